// The ordering pass: explicit lists, match-and-sort rules, and entries placed nowhere or twice.
#include "structure/order_entries.h"

#include <gtest/gtest.h>

#include "../load/temp_book.h"
#include "load/book_loader.h"

namespace quire::structure {
namespace {

using quire::testing::dump;
using quire::testing::find_diag;

const std::string kConfig = "book/book.yaml";

// Builds books in memory: entries with front-matter fields, chapters with rules.
class BookBuilder {
 public:
  BookBuilder& entry(const std::string& slug, const std::string& title,
                     std::map<std::string, std::string> fields = {}) {
    model::Entry e;
    e.slug = slug;
    e.title = title;
    e.path = "entries/" + slug + ".md";
    e.loc = {"book/" + e.path, {1, 1}};
    fields["title"] = title;
    for (auto& [k, v] : fields) {
      model::Field f;
      f.scalar = v;
      f.pos = {2, 1};
      e.fields[k] = f;
    }
    book_.entries.push_back(std::move(e));
    return *this;
  }
  BookBuilder& list_field(const std::string& key, std::vector<std::string> values) {
    model::Field f;
    f.is_list = true;
    f.list = std::move(values);
    book_.entries.back().fields[key] = f;
    return *this;
  }
  BookBuilder& listed(const std::string& title, std::vector<std::string> files, int line = 3) {
    model::Chapter ch = chapter(title, line);
    for (std::size_t i = 0; i < files.size(); ++i) {
      ch.rule.entries.push_back(files[i]);
      ch.rule.entry_pos.push_back({line + 1 + static_cast<int>(i), 7});
    }
    book_.chapters.push_back(std::move(ch));
    return *this;
  }
  BookBuilder& matching(const std::string& title, std::map<std::string, std::string> match,
                        const std::string& sort = "", int line = 3) {
    model::Chapter ch = chapter(title, line);
    ch.rule.is_match = true;
    ch.rule.match = std::move(match);
    if (!sort.empty() && sort[0] == '-') {
      ch.rule.descending = true;
      ch.rule.sort = sort.substr(1);
    } else {
      ch.rule.sort = sort;
    }
    book_.chapters.push_back(std::move(ch));
    return *this;
  }
  model::Book build() { return book_; }

 private:
  model::Chapter chapter(const std::string& title, int line) {
    model::Chapter ch;
    ch.title = title;
    ch.id = "ch-" + title;
    ch.loc = {kConfig, {line, 5}};
    return ch;
  }
  model::Book book_ = [] {
    model::Book b;
    b.root = "book";
    b.meta.title = "The Book";
    return b;
  }();
};

// The slugs of a chapter's entries, in reading order.
std::vector<std::string> slugs(const model::Book& book, std::size_t chapter) {
  std::vector<std::string> out;
  for (std::size_t i : book.chapters.at(chapter).entries) out.push_back(book.entries.at(i).slug);
  return out;
}

using Slugs = std::vector<std::string>;

TEST(OrderEntries, ExplicitListKeepsTheWrittenOrder) {
  auto book = BookBuilder()
                  .entry("a", "Alpha")
                  .entry("b", "Beta")
                  .entry("c", "Gamma")
                  .listed("First", {"c.md", "entries/a.md"})
                  .listed("Second", {"./b.md"})
                  .build();
  Diagnostics diags;
  order_entries(book, diags);
  EXPECT_TRUE(diags.all().empty()) << dump(diags);
  EXPECT_EQ(slugs(book, 0), (Slugs{"c", "a"}));
  EXPECT_EQ(slugs(book, 1), (Slugs{"b"}));
}

TEST(OrderEntries, MissingListedFileSuggestsTheClosest) {
  auto book = BookBuilder()
                  .entry("meta-ai", "Meta AI")
                  .entry("openai", "OpenAI")
                  .listed("Labs", {"openai.md", "meta-aii.md"}, 10)
                  .build();
  Diagnostics diags;
  order_entries(book, diags);
  EXPECT_EQ(slugs(book, 0), (Slugs{"openai"}));
  ASSERT_EQ(diags.all().size(), 2u) << dump(diags);  // the error, and meta-ai left out
  const Diagnostic* d = find_diag(diags, "'meta-aii.md'");
  ASSERT_NE(d, nullptr) << dump(diags);
  EXPECT_EQ(d->severity, Severity::Error);
  EXPECT_EQ(d->code, "missing-entry");
  EXPECT_NE(d->message.find("did you mean 'meta-ai.md'?"), std::string::npos) << d->message;
  EXPECT_EQ(d->loc.path, kConfig);
  EXPECT_EQ(d->loc.pos.line, 12);
  EXPECT_EQ(d->loc.pos.col, 7);
}

TEST(OrderEntries, MatchOnScalarsAndLists) {
  auto book = BookBuilder()
                  .entry("a", "Alpha", {{"kind", "lab"}, {"country", "FR"}})
                  .entry("b", "Beta", {{"kind", "lab"}, {"country", "US"}})
                  .entry("c", "Gamma", {{"kind", "shop"}})
                  .list_field("tags", {"x", "lab"})
                  .entry("d", "Delta")
                  .list_field("kind", {"lab", "house"})
                  .matching("French labs", {{"kind", "lab"}, {"country", "FR"}})
                  .matching("Tagged", {{"tags", "lab"}})
                  .matching("Houses", {{"kind", "house"}})
                  .matching("American", {{"country", "US"}})
                  .build();
  Diagnostics diags;
  order_entries(book, diags);
  EXPECT_TRUE(diags.all().empty()) << dump(diags);
  EXPECT_EQ(slugs(book, 0), (Slugs{"a"}));
  EXPECT_EQ(slugs(book, 1), (Slugs{"c"}));
  EXPECT_EQ(slugs(book, 2), (Slugs{"d"}));
  EXPECT_EQ(slugs(book, 3), (Slugs{"b"}));
}

TEST(OrderEntries, SortByDate) {
  auto book = BookBuilder()
                  .entry("a", "A", {{"kind", "lab"}, {"founded", "2015-12"}})
                  .entry("b", "B", {{"kind", "lab"}, {"founded", "2013-12-09"}})
                  .entry("c", "C", {{"kind", "lab"}, {"founded", "2015"}})
                  .entry("d", "D", {{"kind", "lab"}, {"founded", "2015-12-11"}})
                  .matching("Labs", {{"kind", "lab"}}, "founded")
                  .build();
  Diagnostics diags;
  order_entries(book, diags);
  EXPECT_TRUE(diags.all().empty()) << dump(diags);
  EXPECT_EQ(slugs(book, 0), (Slugs{"b", "c", "a", "d"}));
}

TEST(OrderEntries, SortByNumberNotText) {
  auto book = BookBuilder()
                  .entry("a", "A", {{"rank", "10"}})
                  .entry("b", "B", {{"rank", "9"}})
                  .entry("c", "C", {{"rank", "-1.5"}})
                  .entry("d", "D", {{"rank", "100"}})
                  .matching("All", {}, "rank")
                  .build();
  Diagnostics diags;
  order_entries(book, diags);
  EXPECT_TRUE(diags.all().empty()) << dump(diags);
  EXPECT_EQ(slugs(book, 0), (Slugs{"c", "b", "a", "d"}));
}

TEST(OrderEntries, SortByTextIgnoresCaseAndBreaksTiesByTitle) {
  auto book = BookBuilder()
                  .entry("a", "Zed", {{"city", "paris"}})
                  .entry("b", "Bee", {{"city", "Berlin"}})
                  .entry("c", "Ant", {{"city", "Paris"}})
                  .entry("d", "Dog", {{"city", "10 Downing"}})
                  .matching("All", {}, "city")
                  .build();
  Diagnostics diags;
  order_entries(book, diags);
  EXPECT_TRUE(diags.all().empty()) << dump(diags);
  EXPECT_EQ(slugs(book, 0), (Slugs{"d", "b", "c", "a"}));
}

TEST(OrderEntries, DescendingSort) {
  auto book = BookBuilder()
                  .entry("a", "A", {{"founded", "2001"}})
                  .entry("b", "B", {{"founded", "2020-03"}})
                  .entry("c", "C", {{"founded", "1999-01-31"}})
                  .entry("d", "D", {{"founded", "2020-03"}})
                  .matching("All", {}, "-founded")
                  .build();
  Diagnostics diags;
  order_entries(book, diags);
  EXPECT_TRUE(diags.all().empty()) << dump(diags);
  // Equal dates stay in title order even when descending.
  EXPECT_EQ(slugs(book, 0), (Slugs{"b", "d", "a", "c"}));
}

TEST(OrderEntries, NoSortKeyMeansByTitle) {
  auto book = BookBuilder()
                  .entry("a", "charlie")
                  .entry("b", "Alpha")
                  .entry("c", "bravo")
                  .matching("All", {})
                  .build();
  Diagnostics diags;
  order_entries(book, diags);
  EXPECT_EQ(slugs(book, 0), (Slugs{"b", "c", "a"}));
}

TEST(OrderEntries, MissingSortFieldWarnsAndGoesLast) {
  auto book = BookBuilder()
                  .entry("a", "A", {{"kind", "lab"}, {"founded", "2010"}})
                  .entry("undated", "Undated", {{"kind", "lab"}})
                  .entry("b", "B", {{"kind", "lab"}, {"founded", "2001"}})
                  .entry("blank", "Blank", {{"kind", "lab"}, {"founded", "  "}})
                  .matching("Labs", {{"kind", "lab"}}, "founded")
                  .build();
  Diagnostics diags;
  order_entries(book, diags);
  EXPECT_EQ(slugs(book, 0), (Slugs{"b", "a", "blank", "undated"}));
  ASSERT_EQ(diags.all().size(), 2u) << dump(diags);
  const Diagnostic* d = find_diag(diags, "entries/undated.md");
  ASSERT_NE(d, nullptr) << dump(diags);
  EXPECT_EQ(d->severity, Severity::Warning);
  EXPECT_EQ(d->code, "missing-sort-field");
  EXPECT_NE(d->message.find("'founded'"), std::string::npos);
  EXPECT_EQ(d->loc.path, "book/entries/undated.md");
  EXPECT_EQ(d->loc.pos.line, 1);
}

TEST(OrderEntries, MatchTakingNothingWarnsAtTheChapter) {
  auto book = BookBuilder()
                  .entry("a", "A", {{"kind", "lab"}})
                  .matching("Labs", {{"kind", "lab"}})
                  .matching("Houses", {{"kind", "house"}}, "", 7)
                  .build();
  Diagnostics diags;
  order_entries(book, diags);
  ASSERT_EQ(diags.all().size(), 1u) << dump(diags);
  const Diagnostic& d = diags.all()[0];
  EXPECT_EQ(d.severity, Severity::Warning);
  EXPECT_EQ(d.message, "chapter 'Houses' matches no entry");
  EXPECT_EQ(d.loc.path, kConfig);
  EXPECT_EQ(d.loc.pos.line, 7);
}

TEST(OrderEntries, EntryInNoChapterWarns) {
  auto book = BookBuilder()
                  .entry("a", "A")
                  .entry("x", "X")
                  .listed("Only", {"a.md"})
                  .build();
  Diagnostics diags;
  order_entries(book, diags);
  ASSERT_EQ(diags.all().size(), 1u) << dump(diags);
  const Diagnostic& d = diags.all()[0];
  EXPECT_EQ(d.severity, Severity::Warning);
  EXPECT_EQ(d.message, "entry 'entries/x.md' is in no chapter");
  EXPECT_EQ(d.loc.path, "book/entries/x.md");
  EXPECT_EQ(d.loc.pos.line, 1);
  EXPECT_EQ(d.loc.pos.col, 1);
}

TEST(OrderEntries, EntryInTwoChaptersIsAnError) {
  auto book = BookBuilder()
                  .entry("a", "A", {{"kind", "lab"}})
                  .entry("b", "B", {{"kind", "lab"}})
                  .listed("Favourites", {"a.md"})
                  .matching("Labs", {{"kind", "lab"}}, "", 9)
                  .build();
  Diagnostics diags;
  order_entries(book, diags);
  ASSERT_EQ(diags.count(Severity::Error), 1u) << dump(diags);
  const Diagnostic* d = find_diag(diags, "two chapters");
  ASSERT_NE(d, nullptr);
  EXPECT_NE(d->message.find("'Favourites'"), std::string::npos);
  EXPECT_NE(d->message.find("'Labs'"), std::string::npos);
  EXPECT_NE(d->message.find("entries/a.md"), std::string::npos);
  EXPECT_EQ(d->loc.path, kConfig);
  EXPECT_EQ(d->loc.pos.line, 9);
  // Each entry is read once: it stays where it was first placed.
  EXPECT_EQ(slugs(book, 0), (Slugs{"a"}));
  EXPECT_EQ(slugs(book, 1), (Slugs{"b"}));
}

TEST(OrderEntries, BookWithoutChaptersGetsOneByTitle) {
  auto book = BookBuilder().entry("z", "apple").entry("a", "Pear").entry("m", "Banana").build();
  Diagnostics diags;
  order_entries(book, diags);
  EXPECT_TRUE(diags.all().empty()) << dump(diags);
  ASSERT_EQ(book.chapters.size(), 1u);
  EXPECT_EQ(book.chapters[0].title, "The Book");
  EXPECT_EQ(book.chapters[0].id, "ch-the-book");
  EXPECT_EQ(book.chapters[0].part, -1);
  EXPECT_EQ(slugs(book, 0), (Slugs{"z", "m", "a"}));
}

TEST(OrderEntries, RunningTwiceGivesTheSameResult) {
  auto book = BookBuilder().entry("a", "A").entry("b", "B").listed("C", {"b.md", "a.md"}).build();
  Diagnostics diags;
  order_entries(book, diags);
  order_entries(book, diags);
  EXPECT_EQ(slugs(book, 0), (Slugs{"b", "a"}));
}

// From book.yaml through the loader: positions of rules point into the real file.
TEST(OrderEntries, LoadedBookWithPartsAndRules) {
  quire::testing::TempBook b;
  b.write("book.yaml",
          "title: Atlas\n"
          "parts:\n"
          "  - title: Labs\n"
          "    chapters:\n"
          "      - title: Old labs\n"
          "        match: {era: old}\n"
          "        sort: founded\n"
          "      - title: Picks\n"
          "        entries: [deepmind.md, open-ai.md]\n");
  b.entry("entries/bell.md", "Bell Labs", "era: old\nfounded: 1925-01-01\n");
  b.entry("entries/parc.md", "Xerox PARC", "era: old\nfounded: 1970\n");
  b.entry("entries/deepmind.md", "DeepMind", "founded: 2010\n");
  b.entry("entries/openai.md", "OpenAI", "founded: 2015\n");
  Diagnostics diags;
  auto book = load::load_book(b.dir(), diags);
  ASSERT_TRUE(book) << dump(diags);
  order_entries(*book, diags);
  ASSERT_EQ(book->chapters.size(), 2u);
  EXPECT_EQ(slugs(*book, 0), (Slugs{"bell", "parc"}));
  EXPECT_EQ(slugs(*book, 1), (Slugs{"deepmind"}));
  EXPECT_EQ(book->chapters[1].part, 0);

  const Diagnostic* missing = find_diag(diags, "'open-ai.md'");
  ASSERT_NE(missing, nullptr) << dump(diags);
  EXPECT_EQ(missing->loc.path, b.dir() + "/book.yaml");
  EXPECT_EQ(missing->loc.pos.line, 9);
  EXPECT_EQ(missing->loc.pos.col, 32);
  EXPECT_NE(missing->message.find("did you mean 'openai.md'?"), std::string::npos);

  const Diagnostic* unplaced = find_diag(diags, "is in no chapter");
  ASSERT_NE(unplaced, nullptr) << dump(diags);
  EXPECT_EQ(unplaced->message, "entry 'entries/openai.md' is in no chapter");
  EXPECT_EQ(unplaced->loc.path, b.dir() + "/entries/openai.md");
}

}  // namespace
}  // namespace quire::structure
