// Disambiguation of cites that render alike: added names, given names (per cite and by the
// global rules), the disambiguate condition and year suffixes, in citeproc-js's order.
#include "csl/disambiguate.h"

#include <gtest/gtest.h>

#include "csl/csl_fixture.h"

using namespace quire::bibliography;
using namespace quire::csl;
using namespace quire::csl::testing;

namespace {

const char* kAuthorYear =
    R"(<group delimiter=" "><names variable="author"><name form="short" initialize-with=". "/></names>)"
    R"(<date variable="issued"><date-part name="year"/></date></group>)";

const char* kTwoDoes2001 = R"([
  {"id":"a","title":"Alpha","author":[{"family":"Doe","given":"John"}],"issued":{"date-parts":[[2001]]}},
  {"id":"b","title":"Beta","author":[{"family":"Doe","given":"Anne"}],"issued":{"date-parts":[[2001]]}}])";

const char* kSameAuthorTwice = R"([
  {"id":"a","title":"Alpha","author":[{"family":"Doe","given":"John"}],"issued":{"date-parts":[[2001]]}},
  {"id":"b","title":"Beta","author":[{"family":"Doe","given":"John"}],"issued":{"date-parts":[[2001]]}},
  {"id":"c","title":"Gamma","author":[{"family":"Roe","given":"Jane"}],"issued":{"date-parts":[[2001]]}}])";

}  // namespace

TEST(Disambiguate, WithoutOptionsAlikeCitesStayAlike) {
  EXPECT_EQ(cite_ids(csl_style("", kAuthorYear), kTwoDoes2001, {"a", "b"}), "Doe 2001; Doe 2001");
}

TEST(Disambiguate, YearSuffixesInCitationOrder) {
  std::string style = csl_style(R"(disambiguate-add-year-suffix="true")", kAuthorYear);
  EXPECT_EQ(cite_ids(style, kSameAuthorTwice, {"a", "b", "c"}), "Doe 2001a; Doe 2001b; Roe 2001");
  // the first cite takes "a": suffixes follow first-cite order when nothing sorts
  EXPECT_EQ(cite_ids(style, kSameAuthorTwice, {"b", "a"}), "Doe 2001a; Doe 2001b");
}

TEST(Disambiguate, YearSuffixesFollowTheBibliographyOrder) {
  std::string bib = R"(<bibliography><sort><key variable="title" sort="descending"/></sort>)"
                    R"(<layout><text variable="title"/></layout></bibliography>)";
  std::string style = csl_style(R"(disambiguate-add-year-suffix="true")", kAuthorYear, bib);
  EXPECT_EQ(cite_ids(style, kSameAuthorTwice, {"a", "b"}), "Doe 2001b; Doe 2001a");
}

TEST(Disambiguate, GivenNamesTellPeopleApart) {
  std::string style = csl_style(R"(disambiguate-add-givenname="true")", kAuthorYear);
  EXPECT_EQ(cite_ids(style, kTwoDoes2001, {"a", "b"}), "J. Doe 2001; A. Doe 2001");
}

TEST(Disambiguate, FullGivenNamesWhenInitialsAlike) {
  const char* items = R"([
    {"id":"a","author":[{"family":"Doe","given":"John"}],"issued":{"date-parts":[[2001]]}},
    {"id":"b","author":[{"family":"Doe","given":"Jane"}],"issued":{"date-parts":[[2001]]}}])";
  std::string style = csl_style(R"(disambiguate-add-givenname="true")", kAuthorYear);
  EXPECT_EQ(cite_ids(style, items, {"a", "b"}), "John Doe 2001; Jane Doe 2001");
}

TEST(Disambiguate, GlobalRuleExpandsEveryCollidingName) {
  // all-names: the two Does differ even where no cite is ambiguous (different years)
  const char* items = R"([
    {"id":"a","author":[{"family":"Doe","given":"John"}],"issued":{"date-parts":[[2001]]}},
    {"id":"b","author":[{"family":"Doe","given":"Anne"}],"issued":{"date-parts":[[2002]]}}])";
  std::string by_cite = csl_style(R"(disambiguate-add-givenname="true")", kAuthorYear);
  EXPECT_EQ(cite_ids(by_cite, items, {"a", "b"}), "Doe 2001; Doe 2002");
  std::string all_names = csl_style(
      R"(disambiguate-add-givenname="true" givenname-disambiguation-rule="all-names")", kAuthorYear);
  EXPECT_EQ(cite_ids(all_names, items, {"a", "b"}), "J. Doe 2001; A. Doe 2002");
}

TEST(Disambiguate, AddsNamesOnlyAsFarAsTheyHelp) {
  const char* items = R"([
    {"id":"a","author":[{"family":"Doe"},{"family":"Roe"},{"family":"Poe"},{"family":"Moe"}],"issued":{"date-parts":[[2001]]}},
    {"id":"b","author":[{"family":"Doe"},{"family":"Roe"},{"family":"Zoe"},{"family":"Moe"}],"issued":{"date-parts":[[2001]]}}])";
  std::string style =
      csl_style(R"(et-al-min="3" et-al-use-first="1" disambiguate-add-names="true")", kAuthorYear);
  EXPECT_EQ(cite_ids(style, items, {"a", "b"}), "Doe, Roe, Poe, et al. 2001; Doe, Roe, Zoe, et al. 2001");
}

TEST(Disambiguate, ConditionShowsTheTitle) {
  std::string layout =
      std::string(kAuthorYear) +
      R"(<choose><if disambiguate="true"><text variable="title" prefix=", "/></if></choose>)";
  std::string style = csl_style("", layout);
  EXPECT_EQ(cite_ids(style, kSameAuthorTwice, {"a", "b", "c"}), "Doe 2001, Alpha; Doe 2001, Beta; Roe 2001");
}

TEST(Disambiguate, CallsRenderUntilCitesDiffer) {
  // the processor's contract in isolation: texts come from `render`, suffixes from bib_order
  std::vector<Reference> refs(3);
  std::vector<const Reference*> items = {&refs[0], &refs[1], &refs[2]};
  std::vector<ItemState> states(3);
  Style style;
  style.citation.attrs["disambiguate-add-year-suffix"] = "true";
  auto render = [](std::size_t i, const ItemState& s) {
    return std::string(i == 2 ? "other" : "same") + std::to_string(s.year_suffix);
  };
  disambiguate(style, items, states, render, {1, 0, 2});
  EXPECT_EQ(states[1].year_suffix, 1);
  EXPECT_EQ(states[0].year_suffix, 2);
  EXPECT_EQ(states[2].year_suffix, 0);
  EXPECT_TRUE(states[0].disambiguate);
  EXPECT_FALSE(states[2].disambiguate);
}
