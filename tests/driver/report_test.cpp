#include "driver/report.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "driver/pipeline.h"
#include "driver/run_command.h"
#include "util/files.h"

using namespace quire;
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

struct Report : ::testing::Test {
  fs::path dir = fs::temp_directory_path() / ("quire-report-" + std::to_string(::getpid()) + "-" +
                                              ::testing::UnitTest::GetInstance()->current_test_info()->name());
  void SetUp() override {
    fs::remove_all(dir);
    fs::create_directories(dir / "book" / "entries");
    write("book.yaml", "title: Tiny Book\nauthors: [A. Writer]\nversion: \"2.1\"\nbibliography: refs.bib\n");
    write("refs.bib", "@book{knuth1984,\n  author = {Knuth, Donald E.},\n  title = {The TeXbook},\n"
                      "  publisher = {Addison-Wesley},\n  year = {1984}\n}\n");
    write("entries/a.md", "---\ntitle: Alpha\n---\nOne two three [@knuth1984].\n\n## More\n\nFour five.\n");
  }
  void TearDown() override { fs::remove_all(dir); }
  void write(const std::string& rel, const std::string& text) {
    std::ofstream(dir / "book" / rel, std::ios::binary) << text;
  }
  driver::BuildOptions options() {
    driver::BuildOptions o;
    o.book_dir = (dir / "book").string();
    o.out_dir = (dir / "out").string();
    o.styles_dir = std::string(QUIRE_SOURCE_DIR) + "/styles";
    o.source_date_epoch = 1700000000;
    return o;
  }
  // Builds the book and writes the report as the command line does; returns the parsed report.
  json build_and_report(driver::BuildOptions o, Diagnostics& diags) {
    driver::StageTimes times;
    o.observer = &times;
    const auto result = driver::build_book(o, diags);
    driver::BuildReport report;
    report.command = "build";
    report.book_dir = o.book_dir;
    report.ok = result.ok;
    report.version = result.version;
    report.stats = result.stats;
    report.stages = times.stages();
    report.outputs = result.written;
    report.diagnostics = &diags;
    std::string error;
    const std::string path = (dir / "reports" / "report.json").string();
    EXPECT_TRUE(driver::write_report(path, report, error)) << error;
    std::string text = util::read_file(path, error).value_or("");
    return json::parse(text);
  }
};

std::string sha256sum(const std::string& path) {
  const auto out = driver::capture_output({"sha256sum", path});
  return out ? out->substr(0, 64) : std::string("sha256sum failed");
}

}  // namespace

TEST_F(Report, GivesFiguresTimingsAndDigestsOfASuccessfulBuild) {
  Diagnostics diags;
  const json r = build_and_report(options(), diags);
  EXPECT_EQ(r["ok"], true);
  EXPECT_EQ(r["quire_version"], QUIRE_VERSION);
  EXPECT_EQ(r["command"], "build");
  EXPECT_EQ(r["version"], "2.1");
  EXPECT_EQ(r["entries"], 1);
  EXPECT_EQ(r["chapters"], 1);
  EXPECT_EQ(r["words"], 7);  // "Alpha", "One two three", "More", "Four five."
  EXPECT_EQ(r["citations"], 1);
  EXPECT_GT(r["pages"].get<int>(), 0);
  EXPECT_TRUE(r["errors"].empty());
  EXPECT_TRUE(r["warnings"].is_array());
  for (const char* stage : {"load", "order", "resolve", "cite", "images", "epub", "pdf", "write"}) {
    ASSERT_TRUE(r["stages"].contains(stage)) << stage << " in " << r["stages"].dump();
    EXPECT_GE(r["stages"][stage].get<double>(), 0.0);
  }
  ASSERT_EQ(r["outputs"].size(), 2u);
  const auto& epub = r["outputs"][0];
  EXPECT_EQ(epub["format"], "epub");
  EXPECT_EQ(fs::path(epub["path"].get<std::string>()).filename(), "tiny-book-2.1.epub");
  EXPECT_EQ(epub["bytes"], fs::file_size(epub["path"].get<std::string>()));
  EXPECT_EQ(epub["sha256"], sha256sum(epub["path"]));
  const auto& pdf = r["outputs"][1];
  EXPECT_EQ(pdf["format"], "pdf");
  EXPECT_EQ(pdf["sha256"], sha256sum(pdf["path"]));
  EXPECT_NE(epub["sha256"], pdf["sha256"]);
}

TEST_F(Report, IsWrittenForAFailedBuildWithEachProblemLocated) {
  write("entries/a.md", "---\ntitle: Alpha\n---\nSee [x](missing.md) [@knuth1984].\n");
  write("book.yaml", "title: Tiny Book\ntitel: typo\nbibliography: refs.bib\n");
  Diagnostics diags;
  const json r = build_and_report(options(), diags);
  EXPECT_EQ(r["ok"], false);
  EXPECT_TRUE(r["outputs"].empty());
  EXPECT_EQ(r["pages"], 0);
  EXPECT_EQ(r["entries"], 1);
  ASSERT_EQ(r["errors"].size(), 1u) << r.dump(2);
  const auto& e = r["errors"][0];
  EXPECT_EQ(e["code"], "broken-link");
  EXPECT_EQ(e["line"], 4);
  EXPECT_EQ(e["col"], 5);
  EXPECT_NE(e["path"].get<std::string>().find("entries/a.md"), std::string::npos);
  EXPECT_NE(e["message"].get<std::string>().find("missing.md"), std::string::npos);
  ASSERT_GE(r["warnings"].size(), 1u);
  EXPECT_EQ(r["warnings"][0]["line"], 2);
  EXPECT_TRUE(r["stages"].contains("load"));
  EXPECT_FALSE(r["stages"].contains("pdf")) << "the writers never ran";
}

TEST_F(Report, ABookThatCannotBeLoadedStillGetsAReport) {
  auto o = options();
  o.book_dir = (dir / "nowhere").string();
  Diagnostics diags;
  const json r = build_and_report(o, diags);
  EXPECT_EQ(r["ok"], false);
  EXPECT_EQ(r["entries"], 0);
  EXPECT_EQ(r["version"], nullptr);
  EXPECT_GE(r["errors"].size(), 1u);
}
