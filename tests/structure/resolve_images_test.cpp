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
    std::ofstream(root / "images" / "a.png") << "x";
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
  EXPECT_EQ(diags.all()[0].loc.pos.line, 7);
  EXPECT_EQ(diags.all()[1].code, "remote-image");
  EXPECT_EQ(diags.all()[2].code, "path-escape");
  EXPECT_EQ(diags.all()[3].code, "bad-image-path");
}
