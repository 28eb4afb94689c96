#include "structure/resolve_images.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "structure/model_builders.h"

using namespace quire;
namespace fs = std::filesystem;

namespace {

model::Inline image(std::string src) {
  model::Image i;
  i.src = std::move(src);
  return {std::move(i), {7, 3}};
}

struct ResolveImages : ::testing::Test {
  fs::path root = fs::temp_directory_path() / ("quire-images-" + std::to_string(::getpid()));
  void SetUp() override {
    fs::create_directories(root / "images");
    fs::create_directories(root / "entries");
    fs::copy_file(std::string(QUIRE_TEST_DATA) + "/pdf/coarse.png", root / "images" / "a.png",
                  fs::copy_options::overwrite_existing);
    std::ofstream(root.parent_path() / "outside.png") << "x";
  }
  void TearDown() override { fs::remove_all(root); }
};

}  // namespace

TEST_F(ResolveImages, FindsImagesRelativeToEntryOrBook) {
  model::Book book;
  book.root = root.string();
  book.entries.push_back(test::entry("a", {test::para({image("../images/a.png"), image("images/a.png")})}));
  Diagnostics diags;
  structure::resolve_images(book, diags);
  EXPECT_TRUE(diags.all().empty());
  const auto& p = std::get<model::Paragraph>(book.entries[0].body[0].node);
  EXPECT_EQ(std::get<model::Image>(p.content[0].node).resolved, "images/a.png");
  EXPECT_EQ(std::get<model::Image>(p.content[1].node).resolved, "images/a.png");
}

TEST_F(ResolveImages, RejectsMissingRemoteAndEscapingPaths) {
  model::Book book;
  book.root = root.string();
  book.entries.push_back(test::entry("a", {test::para({image("../images/none.png"), image("https://x.org/a.png"),
                                                       image("../../outside.png"), image("/etc/passwd")})}));
  Diagnostics diags;
  structure::resolve_images(book, diags);
  ASSERT_EQ(diags.all().size(), 4u);
  EXPECT_EQ(diags.all()[0].code, "missing-image");
  // A missing image is a warning (an error under --strict): the writers draw a placeholder.
  EXPECT_EQ(diags.all()[0].severity, Severity::Warning);
  EXPECT_EQ(diags.all()[0].loc.pos.line, 7);
  EXPECT_EQ(diags.all()[1].severity, Severity::Error);
  EXPECT_EQ(diags.all()[1].code, "remote-image");
  EXPECT_EQ(diags.all()[2].code, "path-escape");
  EXPECT_EQ(diags.all()[3].code, "bad-image-path");
}

TEST_F(ResolveImages, DamagedHugeAndMislabelledImagesAreWarningsAndStayUnresolved) {
  std::ofstream(root / "images" / "text.png") << "not a picture";
  const std::string png = [] {
    std::ifstream in(std::string(QUIRE_TEST_DATA) + "/pdf/coarse.png", std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
  }();
  std::ofstream(root / "images" / "cut.png", std::ios::binary) << png.substr(0, png.size() - 40);
  // A header declaring 60000 x 60000 pixels, and nothing else.
  std::string huge = png.substr(0, 16) + std::string("\0\0\xea\x60\0\0\xea\x60", 8) + png.substr(24, 9);
  std::ofstream(root / "images" / "huge.png", std::ios::binary) << huge;
  model::Book book;
  book.root = root.string();
  book.entries.push_back(test::entry(
      "a", {test::para({image("../images/text.png"), image("../images/cut.png"), image("../images/huge.png"),
                        image("../images/a.png"), image("../images/huge.png")})}));
  Diagnostics diags;
  structure::resolve_images(book, diags);
  ASSERT_EQ(diags.all().size(), 4u);
  for (const auto& d : diags.all()) {
    EXPECT_EQ(d.severity, Severity::Warning);
    EXPECT_EQ(d.code, "bad-image");
    EXPECT_NE(d.message.find("a placeholder stands in its place"), std::string::npos) << d.message;
  }
  EXPECT_NE(diags.all()[0].message.find("PNG signature"), std::string::npos) << diags.all()[0].message;
  EXPECT_NE(diags.all()[1].message.find("damaged"), std::string::npos) << diags.all()[1].message;
  EXPECT_NE(diags.all()[2].message.find("60000 x 60000 pixels"), std::string::npos) << diags.all()[2].message;
  const auto& p = std::get<model::Paragraph>(book.entries[0].body[0].node);
  EXPECT_EQ(std::get<model::Image>(p.content[0].node).resolved, "");
  EXPECT_EQ(std::get<model::Image>(p.content[2].node).resolved, "");
  EXPECT_EQ(std::get<model::Image>(p.content[3].node).resolved, "images/a.png");
}

TEST_F(ResolveImages, AnSvgReferringOutsideItselfIsAWarningAtTheImage) {
  std::ofstream(root / "images" / "out.svg")
      << R"(<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10">)"
      << R"(<image xlink:href="../../secret.png" width="5" height="5"/><use href="http://example.com/a.svg#b"/>)"
      << R"(<use href="#self"/></svg>)";
  std::ofstream(root / "images" / "own.svg")
      << R"(<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect id="r" width="5" height="5"/>)"
      << R"(<use href="#r"/><image href="data:image/png;base64,AAAA" width="1" height="1"/></svg>)";
  model::Book book;
  book.root = root.string();
  book.entries.push_back(test::entry("a", {test::para({image("../images/out.svg"), image("../images/own.svg")})}));
  Diagnostics diags;
  structure::resolve_images(book, diags);
  ASSERT_EQ(diags.all().size(), 1u);
  const auto& d = diags.all()[0];
  EXPECT_EQ(d.code, "svg-external-reference");
  EXPECT_EQ(d.severity, Severity::Warning);
  EXPECT_EQ(d.loc.pos.line, 7);
  EXPECT_EQ(d.loc.pos.col, 3);
  EXPECT_NE(d.message.find("'../../secret.png' and 1 more"), std::string::npos) << d.message;
  // Still used: librsvg draws it without reading outside, and the warning says what the EPUB holds.
  const auto& p = std::get<model::Paragraph>(book.entries[0].body[0].node);
  EXPECT_EQ(std::get<model::Image>(p.content[0].node).resolved, "images/out.svg");
}
