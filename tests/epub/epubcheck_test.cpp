// Holds the writer's output against EPUBCheck 4.2.6 (Debian's epubcheck package): the
// fixture book must validate with no error and no warning.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "book_fixture.h"
#include "epub/epub_writer.h"

namespace quire::epub {
namespace {

namespace fs = std::filesystem;

constexpr const char* kEpubcheckJar = "/usr/share/java/epubcheck.jar";

// A folder removed when the test ends.
class TempDir {
 public:
  TempDir() : path_(fs::temp_directory_path() / ("quire-epubcheck-" + std::to_string(::getpid()))) {
    fs::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

TEST(Epubcheck, FixtureBookHasNoErrorsOrWarnings) {
  ASSERT_TRUE(fs::exists(kEpubcheckJar)) << "install Debian's epubcheck package";
  Diagnostics diags;
  const auto bytes = build_epub(testing::fixture_book(), EpubOptions{QUIRE_SOURCE_DIR "/styles"}, diags);
  ASSERT_TRUE(bytes.has_value());
  ASSERT_FALSE(diags.has_errors());

  TempDir dir;
  const fs::path epub = dir.path() / "fixture.epub";
  const fs::path report = dir.path() / "report.json";
  std::ofstream(epub, std::ios::binary) << *bytes;
  const std::string command = "java -jar " + std::string(kEpubcheckJar) + " '" + epub.string() +
                              "' --json '" + report.string() + "' > '" +
                              (dir.path() / "epubcheck.log").string() + "' 2>&1";
  const int status = std::system(command.c_str());
  ASSERT_TRUE(fs::exists(report)) << "epubcheck did not run (status " << status << ")";

  std::ifstream in(report);
  const nlohmann::json result = nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
  ASSERT_FALSE(result.is_discarded()) << "epubcheck wrote no valid JSON";
  std::string messages;
  for (const auto& m : result.value("messages", nlohmann::json::array())) {
    messages += m.value("severity", "") + " " + m.value("ID", "") + ": " + m.value("message", "");
    for (const auto& loc : m.value("locations", nlohmann::json::array()))
      messages += " [" + loc.value("path", "") + ":" + std::to_string(loc.value("line", -1)) + "]";
    messages += "\n";
  }
  const auto& checker = result.at("checker");
  EXPECT_EQ(checker.value("nFatal", -1), 0) << messages;
  EXPECT_EQ(checker.value("nError", -1), 0) << messages;
  EXPECT_EQ(checker.value("nWarning", -1), 0) << messages;
  EXPECT_EQ(status, 0) << messages;
}

}  // namespace
}  // namespace quire::epub
