#include "util/files.h"

#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

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

// A named pipe named as a bibliography made the build wait forever in open().
TEST(ReadFile, RefusesPipesAndDevicesWithoutOpeningThem) {
  const fs::path fifo = fs::temp_directory_path() / ("quire-fifo-" + std::to_string(::getpid()));
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  std::string error;
  EXPECT_FALSE(util::read_file(fifo.string(), error));
  EXPECT_EQ(error, "is not a regular file (a pipe, socket or device)");
  fs::remove(fifo);
  EXPECT_FALSE(util::read_file("/dev/zero", error));
  EXPECT_EQ(error, "is not a regular file (a pipe, socket or device)");
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

namespace {

std::vector<std::string> names_in(const fs::path& dir) {
  std::vector<std::string> out;
  for (const auto& e : fs::directory_iterator(dir)) out.push_back(e.path().filename().string());
  std::sort(out.begin(), out.end());
  return out;
}

std::string contents(const fs::path& p) {
  std::string error;
  return util::read_file(p.string(), error).value_or("<unreadable: " + error + ">");
}

}  // namespace

TEST(OutputBatch, CommitPutsEveryFileInPlace) {
  const fs::path dir = fs::temp_directory_path() / ("quire-batch-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "a.epub") << "old a";
  util::OutputBatch batch;
  std::string error;
  ASSERT_TRUE(batch.stage((dir / "a.epub").string(), "new a", error)) << error;
  ASSERT_TRUE(batch.stage((dir / "b.pdf").string(), "new b", error)) << error;
  // Staged files have no name yet: the folder still shows only the old file.
  EXPECT_EQ(names_in(dir), std::vector<std::string>{"a.epub"});
  EXPECT_EQ(contents(dir / "a.epub"), "old a");
  ASSERT_TRUE(batch.commit(error)) << error;
  EXPECT_EQ(names_in(dir), (std::vector<std::string>{"a.epub", "b.pdf"}));
  EXPECT_EQ(contents(dir / "a.epub"), "new a");
  EXPECT_EQ(contents(dir / "b.pdf"), "new b");
  EXPECT_EQ(fs::status(dir / "b.pdf").permissions() & fs::perms::all,
            fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read | fs::perms::others_read);
  fs::remove_all(dir);
}

TEST(OutputBatch, AFailedStageChangesNothing) {
  const fs::path dir = fs::temp_directory_path() / ("quire-batch-fail-" + std::to_string(::getpid()));
  fs::create_directories(dir / "b.pdf");  // a folder where the second output should go
  std::ofstream(dir / "a.epub") << "old a";
  {
    util::OutputBatch batch;
    std::string error;
    ASSERT_TRUE(batch.stage((dir / "a.epub").string(), "new a", error)) << error;
    EXPECT_FALSE(batch.stage((dir / "b.pdf").string(), "new b", error));
    EXPECT_EQ(error, "cannot write '" + (dir / "b.pdf").string() + "': it is a folder");
  }  // never committed
  EXPECT_EQ(names_in(dir), (std::vector<std::string>{"a.epub", "b.pdf"}));
  EXPECT_EQ(contents(dir / "a.epub"), "old a");
  fs::remove_all(dir);
}

TEST(OutputBatch, AnUncommittedBatchLeavesNoTrace) {
  const fs::path dir = fs::temp_directory_path() / ("quire-batch-drop-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  {
    util::OutputBatch batch;
    std::string error;
    ASSERT_TRUE(batch.stage((dir / "a.epub").string(), std::string(1 << 20, 'x'), error)) << error;
  }
  EXPECT_TRUE(names_in(dir).empty());
  fs::remove_all(dir);
}
