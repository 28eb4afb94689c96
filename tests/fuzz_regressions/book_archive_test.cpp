// The multi-file fuzz input format: which bytes become which file of the book folder.
#include "book_archive.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "targets.h"

namespace quire::fuzz {
namespace {

TEST(BookArchive, TextBeforeTheFirstMarkerIsBookYaml) {
  const auto files = split_archive("title: T\n%%%% entries/a.md\n---\ntitle: A\n---\nbody\n");
  ASSERT_EQ(files.size(), 2u);
  EXPECT_EQ(files[0].path, "book.yaml");
  EXPECT_EQ(files[0].content, "title: T\n");
  EXPECT_EQ(files[1].path, "entries/a.md");
  EXPECT_EQ(files[1].content, "---\ntitle: A\n---\nbody\n");
}

TEST(BookArchive, PathsThatLeaveTheFolderOrHideAreDropped) {
  const auto files = split_archive("%%%% ../x\na\n%%%% /etc/x\nb\n%%%% entries/.h.md\nc\n%%%% a//b\nd\n%%%% ok.bib\ne");
  ASSERT_EQ(files.size(), 1u);
  EXPECT_EQ(files[0].path, "ok.bib");
  EXPECT_EQ(files[0].content, "e");
}

TEST(BookArchive, ALaterFileReplacesAnEarlierOneOfTheSamePath) {
  const auto files = split_archive("%%%% a.md\none\n%%%% a.md\ntwo\n");
  ASSERT_EQ(files.size(), 1u);
  EXPECT_EQ(files[0].content, "two\n");
}

TEST(BookArchive, TempFolderHoldsTheFilesAndIsRemoved) {
  std::string dir;
  {
    TempFolder folder;
    ASSERT_TRUE(folder.ok());
    dir = folder.dir();
    ASSERT_TRUE(folder.write(split_archive("title: T\n%%%% entries/a.md\nhello")));
    std::ifstream in(dir + "/entries/a.md");
    std::stringstream s;
    s << in.rdbuf();
    EXPECT_EQ(s.str(), "hello");
  }
  EXPECT_FALSE(std::filesystem::exists(dir));
}

TEST(FuzzTargets, PipelineBuildsASmallBookWithoutErrors) {
  const Diagnostics diags = find_target("pipeline")->run(
      "title: Fuzz Seed\nlicense: CC0-1.0\n%%%% entries/a.md\n---\ntitle: A\n---\nSome *text*.\n");
  for (const auto& d : diags.all()) ADD_FAILURE() << format_diagnostic(d);
}

TEST(FuzzTargets, LoadReportsAMissingBookTitle) {
  const Diagnostics diags = find_target("load")->run("license: CC0-1.0\n%%%% entries/a.md\n---\nkind: x\n---\n");
  ASSERT_TRUE(diags.has_errors());
  EXPECT_EQ(diags.all().front().code, "missing-key");
}

TEST(FuzzTargets, CslStyleRendersWithTheDefaultReferences) {
  const Diagnostics diags = find_target("csl_style")->run("<style xmlns=\"http://purl.org/net/xbiblio/csl\" version=\"1.0\" class=\"in-text\"><citation><layout><text variable=\"title\"/></layout></citation></style>");
  EXPECT_FALSE(diags.has_errors());
}

}  // namespace
}  // namespace quire::fuzz
