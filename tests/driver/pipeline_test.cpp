#include "driver/pipeline.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>

#include "model/plain_text.h"

using namespace quire;
namespace fs = std::filesystem;

namespace {

struct Pipeline : ::testing::Test {
  fs::path dir = fs::temp_directory_path() / ("quire-pipeline-" + std::to_string(::getpid()) + "-" +
                                              ::testing::UnitTest::GetInstance()->current_test_info()->name());
  void SetUp() override {
    fs::remove_all(dir);
    fs::create_directories(dir / "book" / "entries");
  }
  void TearDown() override { fs::remove_all(dir); }
  void write(const std::string& rel, const std::string& text) {
    fs::create_directories((dir / "book" / rel).parent_path());
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
};

std::string messages(const Diagnostics& d) {
  std::string s;
  for (const auto& x : d.all()) s += format_diagnostic(x) + "\n";
  return s;
}

}  // namespace

TEST_F(Pipeline, OrdersResolvesAndWritesTheEpub) {
  write("book.yaml",
        "title: Tiny Book\nauthors: [A. Writer]\nchapters:\n"
        "  - title: Labs\n    match: {kind: Lab}\n    sort: founded\n");
  write("entries/b.md", "---\ntitle: Beta Lab\nkind: Lab\nfounded: 2015-12-11\n---\nSee [Alpha](a.md#history).\n");
  write("entries/a.md", "---\ntitle: Alpha Lab\nkind: Lab\nfounded: 2010-09-23\n---\n## History\n\nText.[^n]\n\n[^n]: A note.\n");
  Diagnostics diags;
  auto result = driver::build_book(options(), diags);
  ASSERT_TRUE(result.ok) << messages(diags);
  EXPECT_TRUE(diags.all().empty()) << messages(diags);
  ASSERT_EQ(result.written.size(), 2u);
  EXPECT_EQ(fs::path(result.written[0]).filename(), "tiny-book.epub");
  EXPECT_GT(fs::file_size(result.written[0]), 1000u);
  EXPECT_EQ(fs::path(result.written[1]).filename(), "tiny-book.pdf");
  EXPECT_GT(fs::file_size(result.written[1]), 1000u);

  Diagnostics again;
  auto book = driver::prepare_book(options(), again);
  ASSERT_TRUE(book);
  ASSERT_EQ(book->chapters.size(), 1u);
  ASSERT_EQ(book->chapters[0].entries.size(), 2u);
  EXPECT_EQ(book->entries[book->chapters[0].entries[0]].title, "Alpha Lab");  // founded first
  EXPECT_EQ(book->meta.modified, 1700000000);
  const auto& beta = book->entries[book->chapters[0].entries[1]];
  const auto& link = std::get<model::Link>(std::get<model::Paragraph>(beta.body[0].node).content[1].node);
  EXPECT_TRUE(link.internal);
  EXPECT_EQ(link.anchor, "history");
}

TEST_F(Pipeline, ErrorsWriteNothingAndStrictFailsOnWarnings) {
  write("book.yaml", "title: Tiny Book\nsubtitel: typo\n");
  write("entries/a.md", "---\ntitle: Alpha\n---\nSee [x](missing.md).\n");
  Diagnostics diags;
  auto result = driver::build_book(options(), diags);
  EXPECT_FALSE(result.ok);
  EXPECT_FALSE(fs::exists(dir / "out"));
  EXPECT_NE(messages(diags).find("entries/a.md:4:5: error: link to 'missing.md'"), std::string::npos) << messages(diags);

  write("entries/a.md", "---\ntitle: Alpha\n---\nFine.\n");
  Diagnostics lenient;
  EXPECT_TRUE(driver::build_book(options(), lenient).ok) << messages(lenient);
  auto strict = options();
  strict.strict = true;
  Diagnostics fatal;
  EXPECT_FALSE(driver::build_book(strict, fatal).ok);
  EXPECT_NE(messages(fatal).find("did you mean 'subtitle'?"), std::string::npos) << messages(fatal);
}

namespace {

// Remembers what a build told its observer.
struct Recorder : driver::BuildObserver {
  std::vector<std::string> begun, ended;
  std::map<std::string, std::size_t> counts;
  void stage_begun(std::string_view s) override { begun.emplace_back(s); }
  void stage_ended(std::string_view s, double seconds) override {
    ended.emplace_back(s);
    EXPECT_GE(seconds, 0.0);
  }
  void counted(std::string_view what, std::size_t done, std::size_t) override { counts[std::string(what)] = done; }
};

}  // namespace

TEST_F(Pipeline, TellsItsObserverEachPlannedStageAndTheCounts) {
  write("book.yaml", "title: Tiny Book\nversion: 3.0 beta\n");
  write("entries/a.md", "---\ntitle: Alpha\n---\nText.\n");
  write("entries/b.md", "---\ntitle: Beta\n---\nMore text.\n");
  Recorder recorder;
  auto o = options();
  o.observer = &recorder;
  Diagnostics diags;
  const auto result = driver::build_book(o, diags);
  ASSERT_TRUE(result.ok) << messages(diags);
  EXPECT_EQ(recorder.begun, driver::planned_stages(o));
  EXPECT_EQ(recorder.ended, recorder.begun);
  EXPECT_EQ(recorder.counts["entries"], 2u);
  EXPECT_GT(recorder.counts["pages"], 0u);
  EXPECT_EQ(recorder.counts["pages"], result.stats.pages);
  EXPECT_EQ(result.version, "3.0 beta");
  ASSERT_EQ(result.written.size(), 2u);
  EXPECT_EQ(fs::path(result.written[0]).filename(), "tiny-book-3.0-beta.epub");

  auto check = options();
  check.write = false;
  check.pdf = false;
  EXPECT_EQ(driver::planned_stages(check), (std::vector<std::string>{"load", "order", "resolve", "cite", "images", "epub"}));
}
