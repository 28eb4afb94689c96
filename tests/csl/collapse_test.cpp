// Joining a citation's cites: citation-number ranges, cites by one author grouped and
// collapsed to years or year suffixes, and the delimiters after collapsed groups.
#include "csl/collapse.h"

#include <gtest/gtest.h>

#include "csl/csl_fixture.h"

using namespace quire::bibliography;
using namespace quire::csl;
using namespace quire::csl::testing;

namespace {

const char* kNumbered = R"(<text variable="citation-number"/>)";

const char* kAuthorYear = R"(<group delimiter=" "><names variable="author"><name form="short"/></names>)"
                          R"(<date variable="issued"><date-part name="year"/></date></group>)";

const char* kItems = R"([
  {"id":"d1","author":[{"family":"Doe"}],"issued":{"date-parts":[[2001]]}},
  {"id":"r1","author":[{"family":"Roe"}],"issued":{"date-parts":[[2002]]}},
  {"id":"d2","author":[{"family":"Doe"}],"issued":{"date-parts":[[2003]]}},
  {"id":"d3","author":[{"family":"Doe"}],"issued":{"date-parts":[[2003]]}},
  {"id":"d4","author":[{"family":"Doe"}],"issued":{"date-parts":[[2003]]}},
  {"id":"n5","author":[{"family":"Noe"}],"issued":{"date-parts":[[2005]]}}])";

}  // namespace

TEST(Collapse, CitationNumbersOfThreeOrMoreMakeARange) {
  std::string style = csl_style(R"(collapse="citation-number")", kNumbered, {}, ",");
  EXPECT_EQ(cite_ids(style, kItems, {"d1", "r1", "d2", "d3"}), "1\u20134");
  EXPECT_EQ(cite_ids(style, kItems, {"d1", "r1"}), "1,2");
  // without collapse the numbers stay apart
  EXPECT_EQ(cite_ids(csl_style("", kNumbered, {}, ","), kItems, {"d1", "r1", "d2"}), "1,2,3");
}

TEST(Collapse, CitationNumberRangeStopsAtAGapAndAtALocator) {
  std::string style = csl_style(R"(collapse="citation-number")", kNumbered, {}, ",");
  // numbered in first-cite order: the second cluster cites 1, 2, 3 and 5
  Cluster first, second;
  first.note_index = 1;
  for (const char* id : {"d1", "r1", "d2", "d3", "d4"}) first.items.push_back(cite_of(id));
  second.note_index = 2;
  for (const char* id : {"d1", "r1", "d2", "d4"}) second.items.push_back(cite_of(id));
  auto p = run_csl(style, kItems, {first, second});
  ASSERT_EQ(p.citations.size(), 2u);
  EXPECT_EQ(p.citations[0], "1\u20135");
  EXPECT_EQ(p.citations[1], "1\u20133,5");
  Cluster with_locator;
  with_locator.note_index = 3;
  for (const char* id : {"d1", "r1"}) with_locator.items.push_back(cite_of(id));
  with_locator.items.push_back(cite_of("d2", "12"));
  EXPECT_EQ(run_csl(style, kItems, {with_locator}).citations[0], "1,2,3");
}

TEST(Collapse, YearGroupsByAuthorInOrderOfFirstAppearance) {
  std::string style = csl_style(R"(collapse="year")", kAuthorYear);
  EXPECT_EQ(cite_ids(style, kItems, {"d1", "r1", "d2"}), "Doe 2001, 2003; Roe 2002");
}

TEST(Collapse, CiteGroupDelimiterWithoutCollapsing) {
  std::string style = csl_style(R"(cite-group-delimiter=" &amp; ")", kAuthorYear);
  EXPECT_EQ(cite_ids(style, kItems, {"d1", "r1", "d2"}), "Doe 2001 &#38; Doe 2003; Roe 2002");
}

TEST(Collapse, AfterCollapseDelimiter) {
  std::string style = csl_style(R"(collapse="year" after-collapse-delimiter=" | ")", kAuthorYear, {}, ", ");
  EXPECT_EQ(cite_ids(style, kItems, {"d1", "d2", "r1", "n5"}), "Doe 2001, 2003 | Roe 2002, Noe 2005");
}

TEST(Collapse, YearSuffixesOfOneYear) {
  std::string style =
      csl_style(R"(collapse="year-suffix" disambiguate-add-year-suffix="true")", kAuthorYear, {}, ", ");
  EXPECT_EQ(cite_ids(style, kItems, {"d1", "d2", "d3", "d4"}), "Doe 2001, 2003a, b, c");
}

TEST(Collapse, YearSuffixRanges) {
  std::string style = csl_style(R"(collapse="year-suffix-ranged" disambiguate-add-year-suffix="true")",
                                kAuthorYear, {}, ", ");
  EXPECT_EQ(cite_ids(style, kItems, {"d2", "d3", "d4"}), "Doe 2003a\u2013c");
  EXPECT_EQ(cite_ids(style, kItems, {"d2", "d3"}), "Doe 2003a, b");
}

TEST(Collapse, ACiteWithALocatorEndsItsGroup) {
  std::string style = csl_style(
      R"(collapse="year")", std::string(kAuthorYear) + R"(<text variable="locator" prefix=": "/>)", {}, "; ");
  Cluster cl;
  cl.note_index = 1;
  cl.items = {cite_of("d1", "5"), cite_of("d2"), cite_of("r1")};
  EXPECT_EQ(run_csl(style, kItems, {cl}).citations[0], "Doe 2001: 5; 2003; Roe 2002");
}

TEST(Collapse, JoinCitesDirectly) {
  Style style;
  style.citation.layout.attrs["delimiter"] = "; ";
  std::vector<RenderedCite> cites(2);
  cites[0].full = Rich::leaf("A");
  cites[1].full = Rich::leaf("B");
  EXPECT_EQ(plain_text(join_cites(style, cites)), "A; B");
  cites[1].full = Rich{};
  EXPECT_EQ(plain_text(join_cites(style, cites)), "A");
}
