// Unit tests of the CSL renderer: names, dates, text case, numbers and page ranges.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "bibliography/csl_json_reader.h"
#include "bibliography/reference.h"
#include "csl/locale.h"
#include "csl/output_html.h"
#include "csl/processor.h"
#include "csl/render.h"
#include "csl/rich_text.h"
#include "csl/style.h"
#include "csl/text_case.h"

using namespace quire;
using namespace quire::bibliography;
using namespace quire::csl;

namespace {

const char* kLocales = "/usr/share/citation-style-language/locales";

std::string style_with_layout(const std::string& citation_attrs, const std::string& layout,
                              const std::string& macros = {}) {
  return "<style xmlns=\"http://purl.org/net/xbiblio/csl\" class=\"in-text\" version=\"1.0\">"
         "<info><id/><title/></info>" + macros + "<citation " + citation_attrs + "><layout delimiter=\"; \">" +
         layout + "</layout></citation></style>";
}

// Renders one citation cluster citing every item, in file order.
std::string cite_all(const std::string& style_text, const std::string& items_json, const std::string& lang = "en-US") {
  Diagnostics diags;
  Style style;
  EXPECT_TRUE(parse_style(style_text, "test.csl", style, diags));
  Locale locale = load_locale(lang, kLocales, style.locales, diags);
  auto refs = read_csl_json(nlohmann::json::parse(items_json), diags);
  Cluster cluster;
  cluster.note_index = 1;
  for (const auto& r : refs) cluster.items.push_back({r.id, {}, {}, {}, {}, false, false});
  auto result = process(style, locale, refs, {cluster}, diags);
  EXPECT_EQ(result.citations.size(), 1u);
  return result.citations.empty() ? std::string() : to_html(result.citations[0], locale);
}

const char* kThreeAuthors = R"([{"id":"a","type":"book","title":"a title of things","author":[
  {"family":"Doe","given":"John Ronald"},{"family":"Roe","given":"Jean-Paul"},
  {"family":"Berg","given":"Anna","non-dropping-particle":"van den"}],
  "issued":{"date-parts":[[2001,3,4],[2001,5,6]]},"page":"321-328"}])";

}  // namespace

TEST(CiteNames, InitialsAndSortOrder) {
  std::string out = cite_all(style_with_layout("", R"(<names variable="author"><name initialize-with=". " name-as-sort-order="first" and="text"/></names>)"),
                             kThreeAuthors);
  EXPECT_EQ(out, "Doe, J. R., J.-P. Roe, and A. van den Berg");
}

TEST(CiteNames, EtAlAndShortForm) {
  std::string out = cite_all(
      style_with_layout(R"(et-al-min="3" et-al-use-first="1")", R"(<names variable="author"><name form="short"/></names>)"),
      kThreeAuthors);
  EXPECT_EQ(out, "Doe et al.");
}

TEST(CiteNames, EtAlUseLast) {
  std::string out = cite_all(style_with_layout(R"(et-al-min="3" et-al-use-first="1" et-al-use-last="true")",
                                               R"(<names variable="author"><name form="short"/></names>)"),
                             R"([{"id":"x","author":[{"family":"A"},{"family":"B"},{"family":"C"},{"family":"D"}]}])");
  EXPECT_EQ(out, "A, \u2026 D");
}

TEST(CiteDates, RangeInOneMonthYearShowsBothDaysAndMonths) {
  std::string out = cite_all(style_with_layout("", R"(<date variable="issued" form="text"/>)"), kThreeAuthors);
  EXPECT_EQ(out, "March 4\u2013May 6, 2001");
}

TEST(CiteDates, LocalizedFrench) {
  std::string out = cite_all(style_with_layout("", R"(<date variable="issued" form="text" date-parts="year-month"/>)"),
                             R"([{"id":"x","issued":{"date-parts":[[1999,2]]}}])", "fr-FR");
  EXPECT_EQ(out, "f\u00e9vrier 1999");
}

TEST(CiteTextCase, TitleKeepsStopWordsLower) {
  std::string out = cite_all(style_with_layout("", R"(<text variable="title" text-case="title"/>)"), kThreeAuthors);
  EXPECT_EQ(out, "A Title of Things");
  Rich r = Rich::leaf("the UK and the world");
  apply_text_case(r, "capitalize-first", true);
  EXPECT_EQ(plain_text(r), "The UK and the world");
  Rich nocase = parse_markup(R"(about <span class="nocase">iPhone</span> use)");
  apply_text_case(nocase, "uppercase", true);
  EXPECT_EQ(plain_text(nocase), "ABOUT iPhone USE");
}

TEST(CiteNumbers, PageRangeFormats) {
  EXPECT_EQ(format_page_range("321-328", "minimal", "\u2013"), "321\u20138");
  EXPECT_EQ(format_page_range("321-28", "expanded", "\u2013"), "321\u2013328");
  EXPECT_EQ(format_page_range("1496-1504", "chicago", "\u2013"), "1496\u20131504");
  EXPECT_EQ(format_page_range("N110 - 5", "expanded", "\u2013"), "N110-5");
  std::string out = cite_all(
      style_with_layout("", R"(<group delimiter=" "><label variable="page" form="short"/><text variable="page"/></group>)"),
      kThreeAuthors);
  EXPECT_EQ(out, "pp. 321\u2013328");
}

TEST(CiteNumbers, Ordinals) {
  std::string out = cite_all(style_with_layout("", R"(<number variable="edition" form="ordinal"/>)"),
                             R"([{"id":"a","edition":"2"},{"id":"b","edition":"11"},{"id":"c","edition":"23"}])");
  EXPECT_EQ(out, "2nd; 11th; 23rd");
}

TEST(CiteLocale, FallbackChain) {
  Diagnostics diags;
  Locale fr = load_locale("fr", kLocales, {}, diags);
  EXPECT_EQ(fr.term_text("and"), "et");
  EXPECT_EQ(fr.term_text("open-quote"), "\u00ab\u00a0");
  Locale bogus = load_locale("gx", kLocales, {}, diags);
  EXPECT_EQ(bogus.term_text("and"), "and");
  // a style's inline locale overrides the file
  Style style;
  ASSERT_TRUE(parse_style(R"(<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0"><locale xml:lang="en">
      <terms><term name="and">plus</term></terms></locale><citation><layout/></citation></style>)",
                          "s.csl", style, diags));
  Locale en = load_locale("en-US", kLocales, style.locales, diags);
  EXPECT_EQ(en.term_text("and"), "plus");
  EXPECT_EQ(en.term_text("editor", "short"), "ed.");
  EXPECT_EQ(primary_dialect("el"), "el-GR");
}

TEST(CiteStyle, MacroLoopIsADiagnostic) {
  Diagnostics diags;
  Style style;
  std::string text = style_with_layout("", R"(<text macro="a"/>)",
                                       R"(<macro name="a"><text macro="b"/></macro><macro name="b"><text macro="a"/></macro>)");
  EXPECT_FALSE(parse_style(text, "loop.csl", style, diags));
  ASSERT_TRUE(diags.has_errors());
  EXPECT_EQ(diags.all().back().code, "csl-macro-loop");
  EXPECT_NE(diags.all().back().message.find("a -> b -> a"), std::string::npos);
}

TEST(CiteStyle, GroupWithOnlyEmptyVariablesVanishes) {
  std::string out = cite_all(
      style_with_layout("", R"X(<group delimiter=" " prefix="(" suffix=")"><text value="vol."/><text variable="volume"/></group><text variable="title"/>)X"),
      kThreeAuthors);
  EXPECT_EQ(out, "a title of things");
}

TEST(CiteNames, GluedParticleAndLowercaseGivenWord) {
  const char* items = R"([{"id":"a","type":"book","author":[{"family":"d'Aubignac","given":"John Bertrand de Cusance"}]}])";
  std::string out = cite_all(style_with_layout("", R"(<names variable="author"><name initialize-with="." name-as-sort-order="all"/></names>)"),
                             items);
  // the glued particle is split off (and follows the initials when inverted); "de" stays a word
  EXPECT_EQ(out, "Aubignac, J.B. de C. d\u2019");
}

TEST(CiteDates, SeasonRangeFromMonths21To24) {
  const char* items = R"([{"id":"a","type":"book","issued":{"date-parts":[["1999","21"],["1999","22"]]}}])";
  std::string out = cite_all(style_with_layout("", R"(<date variable="issued" form="text" date-parts="year-month-day"/>)"), items);
  EXPECT_EQ(out, "Spring\u2013Summer 1999");
}

TEST(CitePunctuation, StrongerMarkWinsACollision) {
  const char* items = R"([{"id":"a","type":"book","title":"Why?","note":"Hey;"}])";
  std::string out = cite_all(style_with_layout("", R"(<text variable="title" suffix=":"/><text variable="note" prefix=" " suffix="!"/>)"), items);
  EXPECT_EQ(out, "Why? Hey!");
}
