// A typeset PDF read back with poppler: its text in order, its fonts embedded.
#include "pdf/draw_lines.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <sstream>

#include "paragraph_pdf.h"
#include "support/run_command.h"

namespace quire::pdf {
namespace {

using namespace quire::typeset;

std::string run(const std::string& command) { return testing_support::run_command(command); }

std::vector<std::string> split_words(const std::string& s) {
  std::istringstream in(s);
  std::vector<std::string> w;
  for (std::string x; in >> x;) w.push_back(x);
  return w;
}

class TypesetPdf : public ::testing::Test {
 protected:
  void SetUp() override {
    dir = std::filesystem::temp_directory_path() / ("quire-typeset-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const auto m = load_font_manifest(default_font_manifest_path(), diags);
    ASSERT_TRUE(m);
    fonts = FontConfig::create(*m, diags);
    ASSERT_NE(fonts, nullptr);
  }
  void TearDown() override { std::filesystem::remove_all(dir); }

  std::filesystem::path dir;
  Diagnostics diags;
  HyphenatorSet hyphenators;
  std::unique_ptr<FontConfig> fonts;
};

const char* kText[] = {
    "Typesetting a paragraph well means choosing its line breaks all at once, so that no line is "
    "much looser than its neighbours; the efficient algorithm considers every feasible breakpoint "
    "and keeps, for each, the best way of reaching it.",
    "Hyphenation gives the algorithm more freedom: interpretability, considerable, organisation and "
    "internationalisation are broken where the dictionary allows, and an affluent office staffed "
    "by officials with fluffy waffles tests the ligatures.",
    "Its founders announced a shared compute cluster at https://example.org/compute/cluster/index.html "
    "and moved on.",
};

TEST_F(TypesetPdf, TextComesBackInOrderAndFontsAreEmbedded) {
  std::vector<ParagraphText> paras;
  TextStyle italic;
  italic.italic = true;
  for (const char* t : kText) {
    ParagraphText p;
    p.runs.push_back({t, {}});
    paras.push_back(p);
  }
  paras[1].runs.push_back({" Emphasis is set in italic.", italic});
  DemoPage page;
  page.width = 300;  // a narrow page: many breaks and hyphens
  page.margin_left = page.margin_right = 60;
  const std::string pdf = (dir / "para.pdf").string();
  DemoStats stats;
  ASSERT_TRUE(write_paragraphs_pdf(*fonts, hyphenators, paras, page, pdf, diags, &stats));
  EXPECT_TRUE(diags.all().empty());
  EXPECT_GT(stats.hyphenated_lines, 0);
  EXPECT_EQ(stats.overfull_lines, 0);

  std::string text = run("pdftotext -enc UTF-8 '" + pdf + "' - 2>&1");
  // Undo line-end hyphens added by hyphenation (kText has no hyphens of its own).
  for (std::size_t p; (p = text.find("-\n")) != std::string::npos;) text.erase(p, 2);
  for (std::size_t p; (p = text.find("/\n")) != std::string::npos;) text.erase(p + 1, 1);  // URL breaks
  const auto got = split_words(text);
  std::vector<std::string> want;
  for (const char* t : kText)
    for (auto& w : split_words(t)) want.push_back(w);
  std::size_t at = 0;
  for (const auto& w : want) {
    const auto it = std::find(got.begin() + static_cast<long>(std::min(at, got.size())), got.end(), w);
    ASSERT_NE(it, got.end()) << "missing or out of order: " << w << "\n" << text;
    at = static_cast<std::size_t>(it - got.begin()) + 1;
  }

  const std::string fonts_out = run("pdffonts '" + pdf + "' 2>&1");
  std::istringstream lines(fonts_out);
  std::string line;
  int listed = 0;
  bool italic_seen = false;
  std::getline(lines, line);  // header
  ASSERT_NE(line.find("emb"), std::string::npos) << fonts_out;
  const std::size_t emb_col = line.find("emb");
  std::getline(lines, line);  // rule
  while (std::getline(lines, line)) {
    if (line.size() < emb_col + 3) continue;
    ++listed;
    EXPECT_EQ(line.substr(emb_col, 3), "yes") << line;
    italic_seen |= line.find("LinLibertineOI") != std::string::npos;
  }
  EXPECT_GE(listed, 2);
  EXPECT_TRUE(italic_seen) << fonts_out;
}

// A line is drawn a font at a time; words in another font, and glyphs no font has (drawn
// by Pango as boxes), break the line into several operations without changing its text.
TEST_F(TypesetPdf, LinesMixingFontsAndMissingGlyphsKeepTheirText) {
  TextStyle italic;
  italic.italic = true;
  TextStyle bold;
  bold.bold = true;
  ParagraphText p;
  p.runs = {{"Roman words then ", {}}, {"slanted words", italic}, {" and ", {}}, {"heavy", bold},
            {" ones, a missing \u738B glyph, ligatures in affluent offices, and the end.", {}}};
  DemoPage page;
  const std::string pdf = (dir / "mixed.pdf").string();
  ASSERT_TRUE(write_paragraphs_pdf(*fonts, hyphenators, {p}, page, pdf, diags));
  std::string text = run("pdftotext -enc UTF-8 '" + pdf + "' - 2>&1");
  for (std::size_t at; (at = text.find("-\n")) != std::string::npos;) text.erase(at, 2);
  const auto got = split_words(text);
  const auto want = split_words(
      "Roman words then slanted words and heavy ones, a missing glyph, ligatures in affluent offices, and the end.");
  std::size_t at = 0;
  for (const auto& w : want) {
    const auto it = std::find(got.begin() + static_cast<long>(std::min(at, got.size())), got.end(), w);
    ASSERT_NE(it, got.end()) << "missing or out of order: " << w << "\n" << text;
    at = static_cast<std::size_t>(it - got.begin()) + 1;
  }
}

TEST_F(TypesetPdf, FullPagesContinueOnTheNext) {
  std::vector<ParagraphText> paras(40);
  for (auto& p : paras) p.runs.push_back({kText[0], {}});
  DemoStats stats;
  ASSERT_TRUE(write_paragraphs_pdf(*fonts, hyphenators, paras, DemoPage{}, (dir / "long.pdf").string(), diags, &stats));
  EXPECT_GE(stats.pages, 3);
  const std::string info = run("pdfinfo '" + (dir / "long.pdf").string() + "' 2>&1");
  const std::size_t at = info.find("Pages:");
  ASSERT_NE(at, std::string::npos) << info;
  EXPECT_EQ(std::stoi(info.substr(at + 6)), stats.pages) << info;
}

TEST_F(TypesetPdf, UnwritablePathIsAnError) {
  std::vector<ParagraphText> paras(1);
  paras[0].runs.push_back({"text", {}});
  EXPECT_FALSE(write_paragraphs_pdf(*fonts, hyphenators, paras, DemoPage{}, "/nonexistent/dir/x.pdf", diags));
  ASSERT_EQ(diags.all().size(), 1u);
  EXPECT_EQ(diags.all()[0].code, "pdf-write");
}

}  // namespace
}  // namespace quire::pdf
