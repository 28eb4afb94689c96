// `quire cite` in-process: usage errors, items mode and styles by id. The CSL test suite's
// fixtures run in full in tests/e2e/csl_suite.sh.
#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>

#include "cite/cite_tool.h"

using namespace quire;
namespace fs = std::filesystem;

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
