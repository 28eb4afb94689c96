#include "typeset/print_style.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

using namespace quire;
namespace fs = std::filesystem;

namespace {

std::string styles_dir() { return std::string(QUIRE_SOURCE_DIR) + "/styles"; }

TEST(PrintStyle, TheHouseStyleIsSixByNineTenOnThirteen) {
  model::Book book;
  Diagnostics diags;
  const auto style = typeset::load_print_style(styles_dir(), book, diags);
  ASSERT_TRUE(style);
  EXPECT_TRUE(diags.all().empty());
  EXPECT_DOUBLE_EQ(style->page_width, 432);
  EXPECT_DOUBLE_EQ(style->page_height, 648);
  EXPECT_DOUBLE_EQ(style->body.size, 10);
  EXPECT_DOUBLE_EQ(style->body.leading, 13);
  // A measure of 27 to 28 pica.
  EXPECT_GE(style->text_width(), 27 * 12);
  EXPECT_LE(style->text_width(), 28 * 12);
}

TEST(PrintStyle, APresetNameInBookYamlPicksTheTrimWithMarginsInProportion) {
  model::Book book;
  book.meta.style = "a4";
  Diagnostics diags;
  const auto style = typeset::load_print_style(styles_dir(), book, diags);
  ASSERT_TRUE(style);
  EXPECT_NEAR(style->page_width, 595.28, 0.01);
  EXPECT_NEAR(style->page_height, 841.89, 0.01);
  EXPECT_NEAR(style->inner / style->page_width, 45.0 / 432.0, 1e-9);
}

TEST(PrintStyle, AFileInTheBookOverridesSomeKeys) {
  const fs::path dir = fs::temp_directory_path() / ("quire-print-style-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "print.yaml") << "trim: {width: 400, height: 600}\nmargins: {inner: 50, outer: 50, top: 50, bottom: 50}\n"
                                       "body: {size: 11, leading: 14}\n";
  model::Book book;
  book.root = dir.string();
  book.meta.style = "print.yaml";
  Diagnostics diags;
  const auto style = typeset::load_print_style(styles_dir(), book, diags);
  fs::remove_all(dir);
  ASSERT_TRUE(style);
  EXPECT_EQ(style->trim, "custom");
  EXPECT_DOUBLE_EQ(style->text_width(), 300);
  EXPECT_DOUBLE_EQ(style->body.size, 11);
  EXPECT_DOUBLE_EQ(style->section.size, 12);  // kept from the house style
}

TEST(PrintStyle, BadValuesAreErrorsWithTheirPlace) {
  typeset::PrintStyle style;
  Diagnostics diags;
  EXPECT_FALSE(typeset::apply_print_style("trim: b5\nbody:\n  size: big\n", "s.yaml", style, diags));
  ASSERT_EQ(diags.all().size(), 2u);
  EXPECT_EQ(diags.all()[0].loc.path, "s.yaml");
  EXPECT_EQ(diags.all()[0].loc.pos.line, 1);
  EXPECT_NE(diags.all()[0].message.find("unknown trim size"), std::string::npos);
  EXPECT_EQ(diags.all()[1].loc.pos.line, 3);
}

TEST(PrintStyle, MarginsThatLeaveNoTextBlockAreAnError) {
  typeset::PrintStyle style;
  Diagnostics diags;
  EXPECT_FALSE(typeset::apply_print_style("margins: {inner: 200, outer: 200}\n", "s.yaml", style, diags));
  EXPECT_EQ(diags.count(Severity::Error), 1u);
}

TEST(PrintStyle, AMissingStyleFileIsAnError) {
  model::Book book;
  book.root = "/nonexistent-book";
  book.meta.style = "mine.yaml";
  Diagnostics diags;
  EXPECT_FALSE(typeset::load_print_style(styles_dir(), book, diags));
  EXPECT_EQ(diags.count(Severity::Error), 1u);
}

}  // namespace

TEST(PrintStyle, ThePrintEditionIsTwoSidedWithBlackLinks) {
  model::Book book;
  Diagnostics diags;
  const auto style = typeset::load_print_style(styles_dir(), book, diags);
  ASSERT_TRUE(style);
  EXPECT_EQ(style->edition, "print");
  EXPECT_TRUE(style->two_sided);
  EXPECT_NE(style->inner, style->outer);
  EXPECT_DOUBLE_EQ(style->link_colour.blue, 0);
  EXPECT_NEAR(style->bleed, 8.5, 0.01);  // 3 mm
}

TEST(PrintStyle, TheScreenEditionIsOneSidedWithEqualMarginsAndColouredLinks) {
  model::Book book;
  Diagnostics diags;
  const auto print = typeset::load_print_style(styles_dir(), book, diags);
  const auto screen = typeset::load_print_style(styles_dir(), book, diags, "screen");
  ASSERT_TRUE(print && screen);
  EXPECT_EQ(screen->edition, "screen");
  EXPECT_FALSE(screen->two_sided);
  EXPECT_DOUBLE_EQ(screen->inner, screen->outer);
  EXPECT_DOUBLE_EQ(screen->text_width(), print->text_width());
  EXPECT_GT(screen->link_colour.blue, 0.4);
  EXPECT_LT(screen->link_colour.red, 0.2);
  EXPECT_TRUE(diags.all().empty());
}

TEST(PrintStyle, TheEditionAndLinkColourComeFromTheStyleFile) {
  typeset::PrintStyle style;
  Diagnostics diags;
  ASSERT_TRUE(typeset::apply_print_style("edition: screen\nlink_colour: \"#ff0000\"\nbleed: 9\n", "s.yaml", style, diags));
  EXPECT_EQ(style.edition, "screen");
  EXPECT_DOUBLE_EQ(style.screen_link_colour.red, 1);
  EXPECT_DOUBLE_EQ(style.bleed, 9);
  ASSERT_TRUE(typeset::apply_edition(style, style.edition));
  EXPECT_DOUBLE_EQ(style.link_colour.red, 1);
  EXPECT_FALSE(typeset::apply_edition(style, "kindle"));
  EXPECT_FALSE(typeset::apply_print_style("edition: web\n", "s.yaml", style, diags));
  EXPECT_FALSE(typeset::apply_print_style("link_colour: blue\n", "s.yaml", style, diags));
  ASSERT_EQ(diags.all().size(), 2u);
  EXPECT_EQ(diags.all()[0].loc.pos.line, 1);
}
