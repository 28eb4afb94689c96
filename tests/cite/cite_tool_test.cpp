// Runs a few CSL test-suite fixtures through `quire cite` in-process, comparing output.
#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>

#include "cite/cite_tool.h"
#include "util/files.h"

using namespace quire;
namespace fs = std::filesystem;

namespace {

std::string normalize(std::string s) {
  // as the suite's harness does: indentation between divs and trailing space are free
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\n') {
      std::size_t j = i + 1;
      while (j < s.size() && s[j] == ' ') ++j;
      out += '\n';
      i = j - 1;
      continue;
    }
    out += s[i];
  }
  while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
  std::size_t p;
  while ((p = out.find("&#38;")) != std::string::npos) out.replace(p, 5, "&amp;");
  return out;
}

void run_fixture(const std::string& name) {
  fs::path dir = fs::path(QUIRE_TEST_DATA) / "cite" / "fixtures" / name;
  std::string error;
  auto cmd = util::read_file((dir / "cmd.txt").string(), error);
  auto expected = util::read_file((dir / "expected.txt").string(), error);
  ASSERT_TRUE(cmd && expected) << error;
  cite::CiteToolOptions o;
  o.style = (dir / "style.csl").string();
  o.refs = (dir / "items.json").string();
  o.mode = cmd->find("--mode bibliography") != std::string::npos ? "bibliography" : "citation";
  if (fs::exists(dir / "cites.json")) o.cites = (dir / "cites.json").string();
  std::ostringstream out, err;
  EXPECT_EQ(cite::run_cite_tool(o, out, err), 0) << err.str();
  EXPECT_EQ(normalize(out.str()), normalize(*expected)) << name;
}

}  // namespace

TEST(CiteFixtures, AsianGlyphs) { run_fixture("name_AsianGlyphs"); }
TEST(CiteFixtures, YearSuffixAndSort) { run_fixture("disambiguate_YearSuffixAndSort"); }
TEST(CiteFixtures, CitationNumberRanges) { run_fixture("collapse_CitationNumberRangesInsert"); }
TEST(CiteFixtures, FrenchDates) { run_fixture("date_LocalizedDateFormats-fr-FR"); }
TEST(CiteFixtures, IbidAcrossClustersInOneNote) { run_fixture("position_IbidSeparateCiteSameNote"); }
TEST(CiteFixtures, BibliographySortedByCitationNumberMacro) {
  run_fixture("sort_CitationNumberPrimaryAscendingViaMacroBibliography");
}

TEST(CiteTool, UsageAndBadInput) {
  cite::CiteToolOptions o;
  o.mode = "nonsense";
  std::ostringstream out, err;
  EXPECT_EQ(cite::run_cite_tool(o, out, err), 2);
  o.mode = "citation";
  o.refs = "/nonexistent/refs.json";
  o.style = "apa";
  EXPECT_EQ(cite::run_cite_tool(o, out, err), 1);
  EXPECT_NE(err.str().find("error"), std::string::npos);
}

TEST(CiteTool, ItemsModeRoundTripsCslJson) {
  fs::path dir = fs::path(QUIRE_TEST_DATA) / "cite" / "fixtures" / "name_AsianGlyphs";
  cite::CiteToolOptions o;
  o.mode = "items";
  o.refs = (dir / "items.json").string();
  o.style = "apa";
  std::ostringstream out, err;
  ASSERT_EQ(cite::run_cite_tool(o, out, err), 0) << err.str();
  EXPECT_NE(out.str().find("\"family\""), std::string::npos);
}

TEST(CiteTool, InstalledStyleById) {
  fs::path dir = fs::path(QUIRE_TEST_DATA) / "cite" / "fixtures" / "disambiguate_YearSuffixAndSort";
  cite::CiteToolOptions o;
  o.mode = "bibliography";
  o.refs = (dir / "items.json").string();
  o.style = "apa";
  std::ostringstream out, err;
  ASSERT_EQ(cite::run_cite_tool(o, out, err), 0) << err.str();
  EXPECT_EQ(out.str().rfind("<div class=\"csl-bib-body\">", 0), 0u);
}
