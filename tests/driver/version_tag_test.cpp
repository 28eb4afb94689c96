#include "driver/version_tag.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "driver/run_command.h"

using namespace quire::driver;
namespace fs = std::filesystem;

TEST(VersionTag, SanitisesIntoFileNameSafeText) {
  EXPECT_EQ(sanitize_version_tag("1.0"), "1.0");
  EXPECT_EQ(sanitize_version_tag("v1.2.3"), "v1.2.3");
  EXPECT_EQ(sanitize_version_tag("  v2.0-rc1 \n"), "v2.0-rc1");
  EXPECT_EQ(sanitize_version_tag("release/2024 spring"), "release-2024-spring");
  EXPECT_EQ(sanitize_version_tag("v1 / rc: 2"), "v1-rc-2");
  EXPECT_EQ(sanitize_version_tag("1.0+build.5"), "1.0-build.5");
  EXPECT_EQ(sanitize_version_tag("../../etc/passwd"), "etc-passwd");
  EXPECT_EQ(sanitize_version_tag("-rf"), "rf");
  EXPECT_EQ(sanitize_version_tag(".hidden."), "hidden");
  EXPECT_EQ(sanitize_version_tag("Ausgabe\xc3\xa4" "2"), "Ausgabe-2");
  EXPECT_EQ(sanitize_version_tag("///"), "");
  EXPECT_EQ(sanitize_version_tag(""), "");
  EXPECT_EQ(sanitize_version_tag(std::string(100, 'a')).size(), 64u);
}

TEST(VersionTag, OutputStem) {
  EXPECT_EQ(output_stem("minds-and-machines", "1.0"), "minds-and-machines-1.0");
  EXPECT_EQ(output_stem("minds-and-machines", ""), "minds-and-machines");
}

namespace {

struct GitRepo : ::testing::Test {
  fs::path dir = fs::temp_directory_path() / ("quire-version-tag-" + std::to_string(::getpid()) + "-" +
                                              ::testing::UnitTest::GetInstance()->current_test_info()->name());
  void SetUp() override {
    fs::remove_all(dir);
    fs::create_directories(dir / "book");
  }
  void TearDown() override { fs::remove_all(dir); }
  void write(const std::string& rel, const std::string& text) { std::ofstream(dir / rel) << text; }
  bool git(std::vector<std::string> args) {
    args.insert(args.begin(), {"git", "-C", dir.string(), "-c", "user.name=quire tests", "-c",
                               "user.email=tests@quire.invalid", "-c", "commit.gpgsign=false", "-c", "tag.gpgsign=false"});
    return capture_output(args).has_value();
  }
};

}  // namespace

TEST_F(GitRepo, DescribesTheBooksWorkTree) {
  if (!capture_output({"git", "--version"})) GTEST_FAIL() << "git is needed (scripts/install-deps installs it)";
  const std::string book = (dir / "book").string();
  EXPECT_FALSE(git_describe(book)) << "not a work tree yet";
  EXPECT_EQ(edition_version(std::nullopt, "", book).file_tag, "");

  ASSERT_TRUE(git({"init", "-q"}));
  write("book/book.yaml", "title: T\n");
  write(".gitignore", "/build/\n");
  ASSERT_TRUE(git({"add", "."}));
  ASSERT_TRUE(git({"commit", "-q", "-m", "first"}));
  const auto hash = capture_output({"git", "-C", dir.string(), "rev-parse", "--short", "HEAD"});
  ASSERT_TRUE(hash);
  EXPECT_EQ(git_describe(book), std::string(*hash).substr(0, hash->size() - 1)) << "--always: the short hash";

  ASSERT_TRUE(git({"tag", "v1.4"}));
  EXPECT_EQ(git_describe(book), "v1.4");
  write("book/book.yaml", "title: T2\n");
  EXPECT_EQ(git_describe(book), "v1.4-dirty");

  // The fallback order: --version-tag, then book.yaml's version, then git.
  auto from_git = edition_version(std::nullopt, "", book);
  EXPECT_EQ(from_git.version, "v1.4-dirty");
  EXPECT_EQ(from_git.file_tag, "v1.4-dirty");
  auto from_yaml = edition_version(std::nullopt, "2.0 beta", book);
  EXPECT_EQ(from_yaml.version, "2.0 beta");
  EXPECT_EQ(from_yaml.file_tag, "2.0-beta");
  auto from_option = edition_version(std::string("release/3"), "2.0", book);
  EXPECT_EQ(from_option.version, "release/3");
  EXPECT_EQ(from_option.file_tag, "release-3");
  auto none = edition_version(std::string(""), "2.0", book);
  EXPECT_EQ(none.version, "2.0") << "the edition keeps its version";
  EXPECT_EQ(none.file_tag, "") << "but the names carry none";

  // A book generated in an ignored build folder is not the repository's release.
  fs::create_directories(dir / "build" / "generated");
  EXPECT_FALSE(git_describe((dir / "build" / "generated").string()));
}
