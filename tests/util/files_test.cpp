#include "util/files.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

using namespace quire;
namespace fs = std::filesystem;

TEST(AtomicWrite, ReplacesWholeFileAndLeavesNoTemporaries) {
  const fs::path dir = fs::temp_directory_path() / ("quire-files-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const std::string path = (dir / "out.bin").string();
  std::string error;
  ASSERT_TRUE(util::write_file_atomic(path, "first", error)) << error;
  ASSERT_TRUE(util::write_file_atomic(path, "second", error)) << error;
  auto read = util::read_file(path, error);
  ASSERT_TRUE(read);
  EXPECT_EQ(*read, "second");
  EXPECT_EQ(std::distance(fs::directory_iterator(dir), fs::directory_iterator{}), 1);
  fs::remove_all(dir);
}

TEST(AtomicWrite, FailureKeepsThePreviousFile) {
  const fs::path dir = fs::temp_directory_path() / ("quire-files-ro-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::string error;
  EXPECT_FALSE(util::write_file_atomic((dir / "missing-folder" / "x").string(), "data", error));
  EXPECT_NE(error.find("cannot create"), std::string::npos);
  fs::remove_all(dir);
}

TEST(ReadFile, ReportsMissingFilesAndSizeLimit) {
  std::string error;
  EXPECT_FALSE(util::read_file("/nonexistent/quire", error));
  EXPECT_EQ(error, "no such file or directory");
  const fs::path p = fs::temp_directory_path() / ("quire-big-" + std::to_string(::getpid()));
  std::ofstream(p) << std::string(2048, 'x');
  EXPECT_FALSE(util::read_file(p.string(), error, 1024));
  EXPECT_NE(error.find("larger than"), std::string::npos);
  fs::remove(p);
}

TEST(IsInside, SeesThroughDotDotAndSymlinks) {
  const fs::path root = fs::temp_directory_path() / ("quire-inside-" + std::to_string(::getpid()));
  fs::create_directories(root / "a");
  fs::create_symlink("/etc", root / "a" / "link");
  EXPECT_TRUE(util::is_inside(root.string(), (root / "a" / "x.png").string()));
  EXPECT_FALSE(util::is_inside(root.string(), (root / "a" / ".." / ".." / "x.png").string()));
  EXPECT_FALSE(util::is_inside(root.string(), (root / "a" / "link" / "passwd").string()));
  fs::remove_all(root);
}
