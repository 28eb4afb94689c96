#include "driver/scaffold.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "driver/pipeline.h"
#include "util/files.h"

using namespace quire;
namespace fs = std::filesystem;

namespace {

struct Scaffold : ::testing::Test {
  fs::path dir = fs::temp_directory_path() / ("quire-scaffold-" + std::to_string(::getpid()) + "-" +
                                              ::testing::UnitTest::GetInstance()->current_test_info()->name());
  void SetUp() override { fs::remove_all(dir); }
  void TearDown() override { fs::remove_all(dir); }
};

std::string messages(const Diagnostics& d) {
  std::string s;
  for (const auto& x : d.all()) s += format_diagnostic(x) + "\n";
  return s;
}

}  // namespace

TEST_F(Scaffold, CreatesABookThatBuildsStrictly) {
  Diagnostics diags;
  std::vector<std::string> created;
  const fs::path book = dir / "field-notes";
  ASSERT_EQ(driver::scaffold_book({book.string(), ""}, diags, created), driver::ScaffoldStatus::Created)
      << messages(diags);
  EXPECT_EQ(created.size(), 5u);
  for (const char* f : {"book.yaml", "entries/introduction.md", "entries/line-breaking.md", "references.bib"})
    EXPECT_TRUE(fs::is_regular_file(book / f)) << f;
  std::string error;
  EXPECT_EQ(util::read_file((book / ".gitignore").string(), error), "out/\n");
  EXPECT_NE(util::read_file((book / "book.yaml").string(), error)->find("title: \"Field Notes\""), std::string::npos);

  driver::BuildOptions options;
  options.book_dir = book.string();
  options.out_dir = (book / "out").string();
  options.styles_dir = std::string(QUIRE_SOURCE_DIR) + "/styles";
  options.source_date_epoch = 1700000000;
  options.strict = true;
  Diagnostics build;
  const auto result = driver::build_book(options, build);
  EXPECT_TRUE(result.ok) << messages(build);
  EXPECT_TRUE(build.all().empty()) << messages(build);
  ASSERT_EQ(result.written.size(), 2u);
  EXPECT_EQ(fs::path(result.written[0]).filename(), "field-notes-0.1.epub");
  EXPECT_EQ(fs::path(result.written[1]).filename(), "field-notes-0.1.pdf");
  EXPECT_EQ(result.stats.entries, 2u);
  EXPECT_EQ(result.stats.citations, 3u);
  EXPECT_GT(result.stats.pages, 0u);
}

TEST_F(Scaffold, RefusesAFileOrANonEmptyFolder) {
  fs::create_directories(dir / "full");
  std::ofstream(dir / "full" / "notes.txt") << "mine";
  std::ofstream(dir / "file") << "mine";
  for (const char* target : {"full", "file"}) {
    Diagnostics diags;
    std::vector<std::string> created;
    EXPECT_EQ(driver::scaffold_book({(dir / target).string(), ""}, diags, created), driver::ScaffoldStatus::Refused);
    EXPECT_TRUE(created.empty());
    EXPECT_NE(messages(diags).find("not-empty"), std::string::npos) << messages(diags);
  }
  std::string error;
  EXPECT_EQ(util::read_file((dir / "full" / "notes.txt").string(), error), "mine");
  EXPECT_EQ(fs::directory_iterator(dir / "full") == fs::directory_iterator(), false);
  EXPECT_FALSE(fs::exists(dir / "full" / "book.yaml"));

  fs::create_directories(dir / "empty");
  Diagnostics diags;
  std::vector<std::string> created;
  EXPECT_EQ(driver::scaffold_book({(dir / "empty").string(), "A \"Quoted\": Title"}, diags, created),
            driver::ScaffoldStatus::Created);
  EXPECT_NE(util::read_file((dir / "empty" / "book.yaml").string(), error)->find("title: \"A \\\"Quoted\\\": Title\""),
            std::string::npos);
}

TEST(ScaffoldTitle, ComesFromTheFolderName) {
  EXPECT_EQ(driver::title_from_folder_name("/tmp/field-notes"), "Field Notes");
  EXPECT_EQ(driver::title_from_folder_name("books/my_first.book/"), "My First Book");
  EXPECT_EQ(driver::title_from_folder_name("x"), "X");
  EXPECT_EQ(driver::title_from_folder_name("/tmp/--"), "");
}
