#include "pdf/pdf_writer.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <optional>
#include <regex>
#include <sstream>

#include "driver/pipeline.h"
#include "support/run_command.h"

using namespace quire;
namespace fs = std::filesystem;

namespace {

std::string run(const std::string& command) { return testing_support::run_command(command); }

std::string trim(const std::string& s) {
  const auto b = s.find_first_not_of(" \t\f");
  const auto e = s.find_last_not_of(" \t\f\r\n");
  return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string l; std::getline(in, l);) out.push_back(l);
  return out;
}

// The sample book's PDF, built once for every test here.
struct SampleBookPdf : ::testing::Test {
  static inline std::string bytes;
  static inline fs::path file;
  static inline std::vector<std::string> pages;  // text of each page, 1-based at [n - 1]
  static inline model::Book book;

  static std::optional<std::string> build(Diagnostics& diags) {
    driver::BuildOptions o;
    o.book_dir = std::string(QUIRE_SOURCE_DIR) + "/book";
    o.styles_dir = std::string(QUIRE_SOURCE_DIR) + "/styles";
    o.source_date_epoch = 1700000000;
    auto b = driver::prepare_book(o, diags);
    if (!b) return std::nullopt;
    book = *b;
    pdf::PdfOptions po;
    po.styles_dir = o.styles_dir;
    return pdf::build_pdf(*b, po, diags);
  }

  static void SetUpTestSuite() {
    Diagnostics diags;
    auto out = build(diags);
    ASSERT_TRUE(out);
    bytes = *out;
    file = fs::temp_directory_path() / ("quire-pdf-test-" + std::to_string(::getpid()) + ".pdf");
    std::ofstream(file, std::ios::binary) << bytes;
    const std::string info = run("pdfinfo " + file.string());
    std::smatch m;
    ASSERT_TRUE(std::regex_search(info, m, std::regex(R"(Pages:\s+(\d+))")));
    const int count = std::stoi(m[1]);
    for (int p = 1; p <= count; ++p)
      pages.push_back(run("pdftotext -layout -f " + std::to_string(p) + " -l " + std::to_string(p) + " " +
                          file.string() + " -"));
  }
  static void TearDownTestSuite() { fs::remove(file); }

  // The physical page (1-based) of body page 1: the first page labelled "1".
  static int body_start() {
    const std::string json = run("qpdf --json --json-key=pagelabels " + file.string());
    std::smatch m;
    // Cairo writes an arabic range (style /D from 1) for pages labelled with plain numbers.
    const std::regex re(R"re("index":\s*(\d+),\s*"label":\s*\{\s*"/S":\s*"/D",\s*"/St":\s*1\s*\})re");
    if (!std::regex_search(json, m, re)) return -1;
    return std::stoi(m[1]) + 1;
  }

  // The first non-empty line of a page.
  static std::string first_line(int page) {
    for (const auto& l : lines_of(pages[static_cast<std::size_t>(page - 1)]))
      if (!trim(l).empty()) return trim(l);
    return {};
  }
};

TEST_F(SampleBookPdf, IsAPdfWithEveryPageSixByNine) {
  ASSERT_GT(bytes.size(), 10000u);
  EXPECT_EQ(bytes.substr(0, 5), "%PDF-");
  EXPECT_NE(run("pdfinfo " + file.string()).find("432 x 648 pts"), std::string::npos);
  EXPECT_GT(pages.size(), 30u);
}

TEST_F(SampleBookPdf, TwoBuildsAreByteIdentical) {
  Diagnostics diags;
  const auto again = build(diags);
  ASSERT_TRUE(again);
  EXPECT_TRUE(*again == bytes);
}

TEST_F(SampleBookPdf, MetadataComesFromTheBook) {
  const std::string info = run("pdfinfo " + file.string());
  EXPECT_NE(info.find("Title:           Minds and Machines"), std::string::npos) << info;
  EXPECT_NE(info.find("Creator:         quire " QUIRE_VERSION), std::string::npos) << info;
  EXPECT_NE(info.find("Author:          The Quire Sample Book Contributors"), std::string::npos) << info;
  EXPECT_NE(info.find("Tue Nov 14 22:13:20 2023 UTC"), std::string::npos) << info;  // SOURCE_DATE_EPOCH
  EXPECT_NE(run("qpdf --json --json-key=qpdf " + file.string()).find("\"/Lang\": \"u:en\""), std::string::npos);
}

TEST_F(SampleBookPdf, PageLabelsAreRomanThenArabicFromOneOnARecto) {
  const int start = body_start();
  ASSERT_GT(start, 1);
  EXPECT_EQ(start % 2, 1) << "body page 1 must be a recto";
  // Two ranges, as a reader resolves them: roman from the first page, arabic from 1 where
  // the body starts (the pages are drawn body first, then put in order).
  const auto json = nlohmann::json::parse(run("qpdf --json --json-key=pagelabels " + file.string()));
  const auto& labels = json["pagelabels"];
  ASSERT_EQ(labels.size(), 2u) << labels.dump();
  EXPECT_EQ(labels[0]["index"], 0);
  EXPECT_EQ(labels[0]["label"]["/S"], "/r");
  EXPECT_EQ(labels[0]["label"]["/St"], 1);
  EXPECT_EQ(labels[1]["index"], start - 1);
  EXPECT_EQ(labels[1]["label"]["/S"], "/D");
  EXPECT_EQ(labels[1]["label"]["/St"], 1);
}

TEST_F(SampleBookPdf, FrontMatterHasTitleCopyrightAndLicense) {
  std::string front;
  for (int p = 1; p < body_start(); ++p) front += pages[static_cast<std::size_t>(p - 1)];
  EXPECT_NE(front.find("Minds and Machines"), std::string::npos);
  EXPECT_NE(front.find("© 2023 The Quire Sample Book Contributors."), std::string::npos);
  EXPECT_NE(front.find("Creative Commons Attribution-ShareAlike 4.0"), std::string::npos);
  EXPECT_NE(front.find("Contents"), std::string::npos);
}

TEST_F(SampleBookPdf, EveryTitleIsOnThePageItsContentsLineNames) {
  const int start = body_start();
  ASSERT_GT(start, 0);
  std::map<std::string, int> toc;
  const std::regex entry(R"(^\s*(.*?\S)\s*(?:\.\s*)+\s*(\d+)\s*$)");
  for (int p = 1; p < start; ++p)
    for (const auto& l : lines_of(pages[static_cast<std::size_t>(p - 1)])) {
      std::smatch m;
      if (std::regex_match(l, m, entry)) toc[m[1]] = std::stoi(m[2]);
    }
  std::size_t expected = book.chapters.size();
  for (const auto& ch : book.chapters) expected += ch.entries.size();
  if (!book.bibliography.empty()) {
    ++expected;
    EXPECT_TRUE(toc.count("References"));
  }
  ASSERT_EQ(toc.size(), expected);
  for (const auto& [title, number] : toc) {
    const int physical = start + number - 1;
    ASSERT_LE(physical, static_cast<int>(pages.size())) << title;
    const std::string& text = pages[static_cast<std::size_t>(physical - 1)];
    bool found = false;
    for (const auto& l : lines_of(text))
      if (trim(l) == title) found = true;
    EXPECT_TRUE(found) << title << " is not a line of page " << number << ":\n" << text;
  }
}

TEST_F(SampleBookPdf, ChaptersOpenOnRectosWithoutRunningHeads) {
  const int start = body_start();
  for (const auto& ch : book.chapters) {
    int page = -1;
    for (std::size_t p = static_cast<std::size_t>(start - 1); p < pages.size() && page < 0; ++p)
      if (first_line(static_cast<int>(p + 1)) == ch.title) page = static_cast<int>(p + 1);
    ASSERT_GT(page, 0) << ch.title << " opens no page with its title at the top";
    EXPECT_EQ((page - start) % 2, 0) << ch.title << " opens on a verso";
  }
}

TEST_F(SampleBookPdf, RunningHeadsShowTheBookOnVersosAndTheChapterOnRectos) {
  const int start = body_start();
  int versos = 0, rectos = 0;
  std::string chapter;
  for (int p = start; p <= static_cast<int>(pages.size()); ++p) {
    const std::string first = first_line(p);
    if (first.empty()) continue;  // a blank verso
    bool opening = false;
    for (const auto& ch : book.chapters)
      if (first == ch.title) {
        chapter = ch.title;
        opening = true;
      }
    if (first == "References") {
      chapter = first;
      opening = true;
    }
    const int folio = p - start + 1;
    if (opening) continue;
    const std::regex head(R"(^(\d+)\s+(.*\S)$|^(.*\S)\s+(\d+)$)");
    std::smatch m;
    ASSERT_TRUE(std::regex_match(first, m, head)) << "page " << folio << ": " << first;
    if (folio % 2 == 0) {
      ++versos;
      EXPECT_EQ(m[1].str(), std::to_string(folio)) << "the folio of a verso is on the left";
      EXPECT_EQ(m[2].str(), "Minds and Machines");
    } else {
      ++rectos;
      EXPECT_EQ(m[4].str(), std::to_string(folio)) << "the folio of a recto is on the right";
      EXPECT_EQ(m[3].str(), chapter) << "page " << folio;
    }
  }
  EXPECT_GT(versos, 10);
  EXPECT_GT(rectos, 10);
}

TEST_F(SampleBookPdf, HasAnOutlineAndWorkingLinks) {
  const std::string json = run("qpdf --json --json-key=outlines " + file.string());
  EXPECT_NE(json.find("\"title\": \"Laboratories\""), std::string::npos);
  EXPECT_NE(json.find("\"title\": \"DeepMind\""), std::string::npos);
  EXPECT_NE(json.find("\"title\": \"Origins\""), std::string::npos);
  EXPECT_EQ(run("qpdf --check " + file.string() + " >/dev/null 2>&1; echo $?"), "0\n");
}

// A body past `limits: total-pages` is an error naming the key, and no PDF: whether the
// limit is passed by far (found while the entries are set) or by a page (found paginating).
TEST_F(SampleBookPdf, ABodyPastTotalPagesIsAnErrorNamingTheKey) {
  const int body_pages = static_cast<int>(pages.size()) - body_start() + 1;
  ASSERT_GT(body_pages, 10);
  for (const int limit : {2, body_pages - 1, body_pages}) {
    model::Book small = book;
    small.limits.total_pages = limit;
    pdf::PdfOptions po;
    po.styles_dir = std::string(QUIRE_SOURCE_DIR) + "/styles";
    Diagnostics diags;
    const auto out = pdf::build_pdf(small, po, diags);
    const std::string expected = "the book runs past " + std::to_string(limit) + " pages";
    const Diagnostic* found = nullptr;
    for (const auto& d : diags.all())
      if (d.message.find(expected) != std::string::npos) found = &d;
    if (limit == body_pages) {
      EXPECT_TRUE(out) << "a book of exactly total-pages pages builds";
      EXPECT_EQ(found, nullptr);
      continue;
    }
    EXPECT_FALSE(out) << limit;
    ASSERT_NE(found, nullptr) << limit;
    EXPECT_EQ(found->severity, Severity::Error);
    EXPECT_NE(found->message.find("'limits: {total-pages: N}'"), std::string::npos) << found->message;
    // Far past: at the entry that passed it; the last page (the references) has no entry.
    if (limit == 2) {
      EXPECT_NE(found->loc.path.find("/entries/"), std::string::npos) << found->loc.path;
    }
  }
}

}  // namespace
