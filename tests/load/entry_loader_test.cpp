// Finding and loading entry files: encodings, front matter, slugs, file order.
#include "load/entry_loader.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "load/book_loader.h"
#include "model/dump.h"
#include "temp_book.h"

namespace quire::load {
namespace {

using quire::testing::dump;
using quire::testing::find_diag;
using quire::testing::TempBook;

TEST(EntryLoader, FindsMarkdownRecursivelyInByteOrder) {
  TempBook b;
  b.entry("entries/b.md", "B");
  b.entry("entries/Z.md", "Z");
  b.entry("entries/a/c.md", "C");
  b.entry("entries/a.md", "A");
  b.write("entries/notes.txt", "not an entry");
  b.write("entries/.draft.md", "hidden");
  b.entry("entries/.hidden/x.md", "X");
  Diagnostics diags;
  const auto files = find_entry_files(b.dir(), diags);
  EXPECT_TRUE(diags.all().empty()) << dump(diags);
  EXPECT_EQ(files, (std::vector<std::string>{"entries/Z.md", "entries/a.md", "entries/a/c.md",
                                             "entries/b.md"}));
}

TEST(EntryLoader, MissingEntriesFolder) {
  TempBook b;
  Diagnostics diags;
  EXPECT_TRUE(find_entry_files(b.dir(), diags).empty());
  ASSERT_EQ(diags.all().size(), 1u);
  EXPECT_EQ(diags.all()[0].severity, Severity::Error);
  EXPECT_EQ(diags.all()[0].loc.path, b.dir() + "/entries");
}

TEST(EntryLoader, ReadsTitleAuthorsFieldsAndSlug) {
  TempBook b;
  b.write("entries/labs/meta-ai.md",
          "---\ntitle: Meta AI\nauthors: [Ada, Alan]\nkind: lab\nfounded: 2013\n---\nText.\n");
  Diagnostics diags;
  auto e = load_entry(b.dir(), "entries/labs/meta-ai.md", diags);
  ASSERT_TRUE(e);
  EXPECT_TRUE(diags.all().empty()) << dump(diags);
  EXPECT_EQ(e->path, "entries/labs/meta-ai.md");
  EXPECT_EQ(e->slug, "meta-ai");
  EXPECT_EQ(e->title, "Meta AI");
  EXPECT_EQ(e->authors, (std::vector<std::string>{"Ada", "Alan"}));
  EXPECT_EQ(e->fields.at("kind").scalar, "lab");
  EXPECT_EQ(e->fields.at("founded").scalar, "2013");
  EXPECT_EQ(e->fields.at("founded").pos.line, 5);
  EXPECT_EQ(e->loc.path, b.dir() + "/entries/labs/meta-ai.md");
  // The body is parsed with positions in the file, past the front matter.
  ASSERT_EQ(e->body.size(), 1u);
  EXPECT_TRUE(std::holds_alternative<model::Paragraph>(e->body[0].node));
  EXPECT_EQ(e->body[0].pos.line, 7);
}

TEST(EntryLoader, SingleAuthorString) {
  TempBook b;
  b.entry("entries/a.md", "A", "authors: Ada Byron\n");
  Diagnostics diags;
  auto e = load_entry(b.dir(), "entries/a.md", diags);
  ASSERT_TRUE(e);
  EXPECT_EQ(e->authors, (std::vector<std::string>{"Ada Byron"}));
}

TEST(EntryLoader, InvalidUtf8IsReportedAtItsPositionAndTheEntrySkipped) {
  TempBook b;
  b.write("book.yaml", "title: T\n");
  b.entry("entries/good.md", "Good");
  b.write("entries/bad.md", "---\ntitle: Bad\n---\nSome caf\xE9 text.\n");
  Diagnostics diags;
  auto book = load_book(b.dir(), diags);
  ASSERT_TRUE(book);
  ASSERT_EQ(book->entries.size(), 1u);
  EXPECT_EQ(book->entries[0].slug, "good");
  const Diagnostic* d = find_diag(diags, "invalid UTF-8");
  ASSERT_NE(d, nullptr) << dump(diags);
  EXPECT_EQ(d->severity, Severity::Error);
  EXPECT_EQ(d->loc.path, b.dir() + "/entries/bad.md");
  EXPECT_EQ(d->loc.pos.line, 4);
  EXPECT_EQ(d->loc.pos.col, 9);
}

TEST(EntryLoader, ByteOrderMarkAndCrlfAreAccepted) {
  TempBook b;
  b.write("entries/win.md",
          "\xEF\xBB\xBF---\r\ntitle: Windows\r\nkind: lab\r\n---\r\n\r\nText.\r\n");
  Diagnostics diags;
  auto e = load_entry(b.dir(), "entries/win.md", diags);
  ASSERT_TRUE(e);
  EXPECT_TRUE(diags.all().empty()) << dump(diags);
  EXPECT_EQ(e->title, "Windows");
  EXPECT_EQ(e->fields.at("kind").scalar, "lab");
  EXPECT_EQ(e->fields.at("kind").pos.line, 3);
  ASSERT_EQ(e->body.size(), 1u);
  EXPECT_EQ(e->body[0].pos.line, 6);
}

TEST(EntryLoader, BookYamlWithBomAndCrlf) {
  TempBook b;
  b.write("book.yaml", "\xEF\xBB\xBFtitle: Windows Book\r\nversion: 2\r\n");
  b.entry("entries/a.md", "A");
  Diagnostics diags;
  auto book = load_book(b.dir(), diags);
  ASSERT_TRUE(book);
  EXPECT_TRUE(diags.all().empty()) << dump(diags);
  EXPECT_EQ(book->meta.title, "Windows Book");
  EXPECT_EQ(book->meta.version, "2");
}

TEST(EntryLoader, WithoutFrontMatterTheFirstHeadingNamesTheEntry) {
  TempBook b;
  b.write("entries/plain.md", "<!-- licence -->\nIntro.\n\n# Plain Title {.unnumbered}\n\nNo front matter.\n");
  b.write("entries/bare.md", "## Only a section\n\nText.\n");
  Diagnostics diags;
  auto e = load_entry(b.dir(), "entries/plain.md", diags);
  ASSERT_TRUE(e);
  EXPECT_EQ(e->title, "Plain Title");
  EXPECT_EQ(e->title_from, model::Entry::TitleFrom::Heading);
  auto bare = load_entry(b.dir(), "entries/bare.md", diags);
  ASSERT_TRUE(bare);
  EXPECT_EQ(bare->title, "bare");
  EXPECT_EQ(bare->title_from, model::Entry::TitleFrom::FileName);
  EXPECT_TRUE(diags.all().empty()) << dump(diags);  // the ordering pass warns where it matters
}

TEST(EntryLoader, UnclosedFrontMatter) {
  TempBook b;
  b.write("entries/open.md", "---\ntitle: Open\n\nBody.\n");
  Diagnostics diags;
  auto e = load_entry(b.dir(), "entries/open.md", diags);
  ASSERT_TRUE(e);
  const Diagnostic* d = find_diag(diags, "never closed");
  ASSERT_NE(d, nullptr) << dump(diags);
  EXPECT_EQ(d->severity, Severity::Error);
  EXPECT_EQ(d->loc.pos.line, 1);
  EXPECT_EQ(diags.all().size(), 1u) << dump(diags);
}

TEST(EntryLoader, FrontMatterNeedsATitle) {
  TempBook b;
  b.write("entries/a.md", "---\nkind: lab\n---\nText\n");
  b.write("entries/b.md", "---\ntitle: [x, y]\n---\nText\n");
  b.write("entries/c.md", "---\n---\nText\n");
  b.write("entries/d.md", "---\n- just\n- a list\n---\nText\n");
  Diagnostics diags;
  const auto a = load_entry(b.dir(), "entries/a.md", diags);
  ASSERT_TRUE(a);
  EXPECT_TRUE(diags.all().empty()) << dump(diags);
  EXPECT_EQ(a->title, "a");  // no heading either: the file name

  Diagnostics list;
  ASSERT_TRUE(load_entry(b.dir(), "entries/b.md", list));
  ASSERT_EQ(list.all().size(), 1u) << dump(list);
  EXPECT_EQ(list.all()[0].message, "'title' must be text, not a list");
  EXPECT_EQ(list.all()[0].loc.pos.line, 2);
  EXPECT_EQ(list.all()[0].loc.pos.col, 8);

  Diagnostics empty;
  ASSERT_TRUE(load_entry(b.dir(), "entries/c.md", empty));
  EXPECT_TRUE(empty.all().empty()) << dump(empty);

  Diagnostics seq;
  ASSERT_TRUE(load_entry(b.dir(), "entries/d.md", seq));
  const Diagnostic* d = find_diag(seq, "must be keys and values");
  ASSERT_NE(d, nullptr) << dump(seq);
  EXPECT_EQ(d->loc.pos.line, 2);
}

TEST(EntryLoader, InvalidFrontMatterYamlPointsIntoTheFile) {
  TempBook b;
  b.write("entries/a.md", "---\ntitle: A\nkind: [lab\n---\nText\n");
  Diagnostics diags;
  ASSERT_TRUE(load_entry(b.dir(), "entries/a.md", diags));
  ASSERT_EQ(diags.all().size(), 1u) << dump(diags);
  const Diagnostic& d = diags.all()[0];
  EXPECT_NE(d.message.find("invalid YAML"), std::string::npos);
  EXPECT_EQ(d.loc.pos.line, 3);
  EXPECT_EQ(d.loc.pos.col, 11);
}

TEST(EntryLoader, TooLargeFileIsAnError) {
  TempBook b;
  b.write("entries/big.md", "---\ntitle: Big\n---\n" + std::string((16u << 20) + 1, 'x'));
  Diagnostics diags;
  EXPECT_FALSE(load_entry(b.dir(), "entries/big.md", diags));
  const Diagnostic* d = find_diag(diags, "the entry is 16.1 MB, more than the limit of 16 MB; 'limits: {entry-size: N}'");
  ASSERT_NE(d, nullptr) << dump(diags);
  EXPECT_EQ(d->loc.path, b.dir() + "/entries/big.md");
  EXPECT_EQ(d->code, "limit");
}

TEST(EntryLoader, TheEntrySizeLimitIsAdjustable) {
  TempBook b;
  b.write("entries/big.md", "---\ntitle: Big\n---\n" + std::string((2u << 20) + 1, 'x'));
  model::Limits limits;
  limits.entry_bytes = std::size_t{1} << 20;
  Diagnostics low;
  EXPECT_FALSE(load_entry(b.dir(), "entries/big.md", low, limits));
  EXPECT_NE(find_diag(low, "more than the limit of 1 MB"), nullptr) << dump(low);
  limits.entry_bytes = std::size_t{3} << 20;
  Diagnostics high;
  EXPECT_TRUE(load_entry(b.dir(), "entries/big.md", high, limits)) << dump(high);
}

TEST(EntryLoader, NulByteIsAnErrorAtItsPosition) {
  TempBook b;
  static constexpr char kText[] = "---\ntitle: N\n---\nab\0c\n";
  b.write("entries/nul.md", std::string(kText, sizeof kText - 1));
  Diagnostics diags;
  EXPECT_FALSE(load_entry(b.dir(), "entries/nul.md", diags));
  const Diagnostic* d = find_diag(diags, "NUL byte");
  ASSERT_NE(d, nullptr) << dump(diags);
  EXPECT_EQ(d->code, "nul-byte");
  EXPECT_EQ(d->loc.pos.line, 4);
  EXPECT_EQ(d->loc.pos.col, 3);
}

TEST(EntryLoader, SymlinkOutOfTheBookIsNotRead) {
  TempBook outside;
  outside.entry("entries/secret.md", "Secret");
  TempBook b;
  std::filesystem::create_directories(b.path("entries"));
  std::filesystem::create_symlink(outside.path("entries/secret.md"), b.path("entries/secret.md"));
  Diagnostics diags;
  EXPECT_FALSE(load_entry(b.dir(), "entries/secret.md", diags));
  const Diagnostic* d = find_diag(diags, "symlink to a file outside the book folder");
  ASSERT_NE(d, nullptr) << dump(diags);
  EXPECT_EQ(d->code, "outside-book");
}

TEST(EntryLoader, DuplicateSlugsNameBothFiles) {
  TempBook b;
  b.write("book.yaml", "title: T\n");
  b.entry("entries/labs/openai.md", "OpenAI lab");
  b.entry("entries/people/openai.md", "OpenAI people");
  Diagnostics diags;
  auto book = load_book(b.dir(), diags);
  ASSERT_TRUE(book);
  ASSERT_EQ(book->entries.size(), 1u);
  EXPECT_EQ(book->entries[0].path, "entries/labs/openai.md");
  const Diagnostic* d = find_diag(diags, "slug 'openai'");
  ASSERT_NE(d, nullptr) << dump(diags);
  EXPECT_EQ(d->severity, Severity::Error);
  EXPECT_NE(d->message.find(b.dir() + "/entries/labs/openai.md"), std::string::npos);
  EXPECT_NE(d->message.find(b.dir() + "/entries/people/openai.md"), std::string::npos);
  EXPECT_EQ(d->loc.path, b.dir() + "/entries/people/openai.md");
}

TEST(EntryLoader, BookEntriesAreInFileNameOrder) {
  TempBook b;
  b.write("book.yaml", "title: T\n");
  b.entry("entries/c.md", "A title that sorts first");
  b.entry("entries/a.md", "Zebra");
  b.entry("entries/b.md", "Middle");
  Diagnostics diags;
  auto book = load_book(b.dir(), diags);
  ASSERT_TRUE(book);
  ASSERT_EQ(book->entries.size(), 3u);
  EXPECT_EQ(book->entries[0].slug, "a");
  EXPECT_EQ(book->entries[1].slug, "b");
  EXPECT_EQ(book->entries[2].slug, "c");
}

// Everything load_entries gives back, as text: entries in order with their fields, bodies
// and notes, then the diagnostics, so that two loads can be compared whole.
std::string describe(const std::vector<std::optional<model::Entry>>& entries, const Diagnostics& diags) {
  std::string out;
  for (const auto& e : entries) {
    if (!e) {
      out += "(not loaded)\n";
      continue;
    }
    out += e->path + " | " + e->slug + " | " + e->title + " | " + std::to_string(e->fields.size()) + " fields\n";
    for (const auto& a : e->authors) out += "  author " + a + "\n";
    out += model::dump(e->body);
    for (const auto& n : e->notes) out += "  note " + n.label + ": " + model::dump(n.content) + "\n";
  }
  return out + dump(diags);
}

TEST(EntryLoader, LoadingOnSeveralThreadsGivesWhatOneThreadGives) {
  TempBook b;
  // Tables, strikethrough and autolinks are what cmark-gfm's shared state serves; warnings
  // and errors show that diagnostics keep the files' order.
  for (int i = 0; i < 24; ++i) {
    const std::string n = std::to_string(i);
    std::string body = "---\ntitle: Entry " + n + "\nauthors: [A" + n + "]\n---\n";
    body += "Some ~~struck~~ text and www.example.org/" + n + " with a note.[^1]\n\n";
    body += "| a | b ~~c~~ |\n|---|---|\n| 1 | ~~2~~ " + n + " |\n\n";
    body += "- [x] done\n- [ ] not ~~yet~~\n\n<b>raw " + n + "</b>\n\n[^1]: Note " + n + ".\n";
    if (i % 5 == 0) body = "---\nkind: [none\n---\nBroken front matter in " + n + ".\n";
    b.write("entries/e" + std::string(i < 10 ? "0" : "") + n + ".md", body);
  }
  Diagnostics files_diags;
  const auto files = find_entry_files(b.dir(), files_diags);
  ASSERT_EQ(files.size(), 24u);

  Diagnostics serial_diags;
  const auto serial = load_entries(b.dir(), files, serial_diags, {}, 1);
  const std::string want = describe(serial, serial_diags);
  EXPECT_NE(want.find("Strikeout"), std::string::npos) << want;
  EXPECT_NE(want.find("Table"), std::string::npos) << want;
  EXPECT_NE(want.find("error"), std::string::npos) << want;
  for (unsigned jobs : {2u, 4u, 0u}) {
    for (int round = 0; round < 3; ++round) {
      Diagnostics diags;
      const auto parallel = load_entries(b.dir(), files, diags, {}, jobs);
      ASSERT_EQ(describe(parallel, diags), want) << jobs << " threads";
    }
  }
}

}  // namespace
}  // namespace quire::load
