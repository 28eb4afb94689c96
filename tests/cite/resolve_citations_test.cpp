#include "cite/resolve_citations.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <unistd.h>

#include "driver/pipeline.h"
#include "model/plain_text.h"
#include "model/walk.h"

using namespace quire;
namespace fs = std::filesystem;

namespace {

const char* kRefs = R"([
  {"id": "doe2020", "type": "article-journal", "title": "On Things", "container-title": "Journal of Things",
   "author": [{"family": "Doe", "given": "Jane"}], "issued": {"date-parts": [[2020]]}},
  {"id": "roe2019", "type": "book", "title": "A Book", "publisher": "Press",
   "author": [{"family": "Roe", "given": "Richard"}], "issued": {"date-parts": [[2019]]}},
  {"id": "poe2018", "type": "article-journal", "title": "Unused", "container-title": "Elsewhere",
   "author": [{"family": "Poe", "given": "Edgar"}], "issued": {"date-parts": [[2018]]}}
])";

struct ResolveCitations : ::testing::Test {
  fs::path dir = fs::temp_directory_path() / ("quire-cite-" + std::to_string(::getpid()) + "-" +
                                              ::testing::UnitTest::GetInstance()->current_test_info()->name());
  void SetUp() override {
    fs::remove_all(dir);
    fs::create_directories(dir / "book" / "entries");
    write("refs.json", kRefs);
  }
  void TearDown() override { fs::remove_all(dir); }
  void write(const std::string& rel, const std::string& text) {
    fs::create_directories((dir / "book" / rel).parent_path());
    std::ofstream(dir / "book" / rel, std::ios::binary) << text;
  }
  // book.yaml with two chapters: "One" holds a.md, "Two" holds b.md.
  void book(const std::string& extra) {
    write("book.yaml", "title: Cited\nbibliography: refs.json\n" + extra +
                           "chapters:\n  - title: One\n    entries: [a.md]\n  - title: Two\n    entries: [b.md]\n");
  }
  std::optional<model::Book> prepare(Diagnostics& diags) {
    driver::BuildOptions o;
    o.book_dir = (dir / "book").string();
    o.styles_dir = std::string(QUIRE_SOURCE_DIR) + "/styles";
    o.source_date_epoch = 1700000000;
    return driver::prepare_book(o, diags);
  }
  std::string where(const std::string& rel) { return (dir / "book" / rel).string(); }
};

std::string messages(const Diagnostics& d) {
  std::string s;
  for (const auto& x : d.all()) s += format_diagnostic(x) + "\n";
  return s;
}

const model::Entry& entry(const model::Book& b, const std::string& slug) {
  for (const auto& e : b.entries)
    if (e.slug == slug) return e;
  throw std::runtime_error("no entry " + slug);
}

std::vector<model::Citation> citations(model::Entry e) {
  std::vector<model::Citation> out;
  auto grab = [&out](model::Inline& x) {
    if (auto* c = std::get_if<model::Citation>(&x.node)) out.push_back(*c);
  };
  model::walk(e.body, {{}, grab});
  for (auto& n : e.notes) model::walk(n.content, {{}, grab});
  return out;
}

std::vector<std::string> ids(const std::vector<model::BibEntry>& bib) {
  std::vector<std::string> out;
  for (const auto& b : bib) out.push_back(b.id);
  return out;
}

// The references a rendered citation links to, in order.
std::vector<std::string> links(const model::Citation& c) {
  std::vector<std::string> out;
  model::Inlines copy = c.rendered;
  model::walk(copy, {{}, [&out](model::Inline& x) {
                       if (auto* l = std::get_if<model::Link>(&x.node)) out.push_back(l->reference);
                     }});
  return out;
}

}  // namespace

TEST_F(ResolveCitations, BookPlacementNumbersInReadingOrderAndLinksEachWork) {
  book("");
  write("entries/a.md", "---\ntitle: A\n---\nFirst [@roe2019, p. 12].\n");
  write("entries/b.md", "---\ntitle: B\n---\nBoth [@doe2020; @roe2019].\n");
  Diagnostics diags;
  auto b = prepare(diags);
  ASSERT_TRUE(b);
  ASSERT_FALSE(diags.has_errors()) << messages(diags);

  auto a_cites = citations(entry(*b, "a"));
  ASSERT_EQ(a_cites.size(), 1u);
  EXPECT_TRUE(a_cites[0].resolved);
  EXPECT_EQ(model::plain_text(a_cites[0].rendered), "[1, p. 12]");
  EXPECT_EQ(links(a_cites[0]), std::vector<std::string>{"roe2019"});
  auto b_cites = citations(entry(*b, "b"));
  ASSERT_EQ(b_cites.size(), 1u);
  EXPECT_EQ(model::plain_text(b_cites[0].rendered), "[1, 2]");
  EXPECT_EQ(links(b_cites[0]), (std::vector<std::string>{"roe2019", "doe2020"}));
  EXPECT_EQ(b_cites[0].references, (std::vector<std::string>{"doe2020", "roe2019"}));

  EXPECT_EQ(ids(b->bibliography), (std::vector<std::string>{"roe2019", "doe2020"}));
  EXPECT_EQ(model::plain_text(b->bibliography[0].content), "1. Roe, R. (2019). A Book. Press.");
  // the book title is italic: an Emph in the entry
  bool emph = false;
  for (const auto& in : b->bibliography[0].content) emph = emph || std::holds_alternative<model::Emph>(in.node);
  EXPECT_TRUE(emph);
  EXPECT_TRUE(b->chapters[0].bibliography.empty());
  EXPECT_TRUE(entry(*b, "a").bibliography.empty());
}

TEST_F(ResolveCitations, UnknownKeyIsAnErrorAtTheKeyWithASuggestion) {
  book("");
  write("entries/a.md", "---\ntitle: A\n---\nSee [@doe2021].\n");
  write("entries/b.md", "---\ntitle: B\n---\nText.\n");
  Diagnostics diags;
  auto b = prepare(diags);
  ASSERT_TRUE(b);
  const std::string all = messages(diags);
  EXPECT_NE(all.find(where("entries/a.md") + ":4:6: error: unknown citation key 'doe2021'; did you mean 'doe2020'?"),
            std::string::npos)
      << all;
  auto cites = citations(entry(*b, "a"));
  ASSERT_EQ(cites.size(), 1u);
  EXPECT_FALSE(cites[0].resolved);  // writers fall back to the source text
}

TEST_F(ResolveCitations, UnusedReferencesAreOneWarning) {
  book("");
  write("entries/a.md", "---\ntitle: A\n---\n[@doe2020]\n");
  write("entries/b.md", "---\ntitle: B\n---\nText.\n");
  Diagnostics diags;
  ASSERT_TRUE(prepare(diags));
  ASSERT_EQ(diags.count(Severity::Warning), 1u) << messages(diags);
  EXPECT_EQ(diags.all()[0].message, "2 references are never cited: roe2019, poe2018");
  EXPECT_EQ(diags.all()[0].code, "unused-reference");
}

TEST_F(ResolveCitations, DuplicateKeysAcrossFilesAreWarned) {
  write("more.json", R"([{"id": "doe2020", "type": "book", "title": "Other"}])");
  write("book.yaml", "title: Cited\nbibliography: [refs.json, more.json]\n");
  write("entries/a.md", "---\ntitle: A\n---\n[@doe2020] [@roe2019] [@poe2018]\n");
  Diagnostics diags;
  auto b = prepare(diags);
  ASSERT_TRUE(b);
  ASSERT_EQ(diags.count(Severity::Warning), 1u) << messages(diags);
  EXPECT_EQ(diags.all()[0].code, "duplicate-key");
  EXPECT_NE(diags.all()[0].message.find("'doe2020' is also in"), std::string::npos);
  EXPECT_NE(model::plain_text(b->bibliography[0].content).find("On Things"), std::string::npos);
}

TEST_F(ResolveCitations, EntryPlacementGivesEachEntryItsOwnNumberedList) {
  book("bibliography-placement: entry\n");
  write("entries/a.md", "---\ntitle: A\n---\n[@roe2019]\n");
  write("entries/b.md", "---\ntitle: B\n---\n[@doe2020] and [@roe2019]\n");
  Diagnostics diags;
  auto b = prepare(diags);
  ASSERT_TRUE(b);
  EXPECT_TRUE(b->bibliography.empty());
  EXPECT_EQ(ids(entry(*b, "a").bibliography), std::vector<std::string>{"roe2019"});
  EXPECT_EQ(ids(entry(*b, "b").bibliography), (std::vector<std::string>{"doe2020", "roe2019"}));
  auto cites = citations(entry(*b, "b"));
  ASSERT_EQ(cites.size(), 2u);
  EXPECT_EQ(model::plain_text(cites[1].rendered), "[2]");  // numbering restarts in each entry
}

TEST_F(ResolveCitations, ChapterPlacementListsEachChaptersWorks) {
  book("bibliography-placement: chapter\n");
  write("entries/a.md", "---\ntitle: A\n---\n[@roe2019]\n");
  write("entries/b.md", "---\ntitle: B\n---\n[@doe2020]\n");
  Diagnostics diags;
  auto b = prepare(diags);
  ASSERT_TRUE(b);
  EXPECT_EQ(ids(b->chapters[0].bibliography), std::vector<std::string>{"roe2019"});
  EXPECT_EQ(ids(b->chapters[1].bibliography), std::vector<std::string>{"doe2020"});
  EXPECT_TRUE(b->bibliography.empty());
}

TEST_F(ResolveCitations, StyleByIdAndAuthorInText) {
  book("csl: apa\n");
  write("entries/a.md", "---\ntitle: A\n---\nAs @doe2020 [p. 3] says, see [-@roe2019].\n");
  write("entries/b.md", "---\ntitle: B\n---\nText.\n");
  Diagnostics diags;
  auto b = prepare(diags);
  ASSERT_TRUE(b);
  auto cites = citations(entry(*b, "a"));
  ASSERT_EQ(cites.size(), 2u);
  EXPECT_EQ(model::plain_text(cites[0].rendered), "Doe (2020, p. 3)");
  EXPECT_EQ(model::plain_text(cites[1].rendered), "(2019)");
  EXPECT_EQ(ids(b->bibliography), (std::vector<std::string>{"doe2020", "roe2019"}));  // APA sorts by author
}

TEST_F(ResolveCitations, UnknownStyleIsAnErrorAtBookYaml) {
  book("csl: no-such-style\n");
  write("entries/a.md", "---\ntitle: A\n---\n[@doe2020]\n");
  write("entries/b.md", "---\ntitle: B\n---\nText.\n");
  Diagnostics diags;
  ASSERT_TRUE(prepare(diags));
  ASSERT_EQ(diags.count(Severity::Error), 1u) << messages(diags);
  for (const auto& d : diags.all())
    if (d.severity == Severity::Error) {
      EXPECT_EQ(d.loc.path, where("book.yaml"));
      EXPECT_NE(d.message.find("'no-such-style'"), std::string::npos);
    }
}

TEST_F(ResolveCitations, NoteStyleTurnsCitationsIntoNumberedFootnotes) {
  book("csl: chicago-note-bibliography\n");
  write("entries/a.md", "---\ntitle: A\n---\nFirst.[^x] Then [@roe2019, 12].\n\n[^x]: An author's note.\n");
  write("entries/b.md", "---\ntitle: B\n---\nText.\n");
  Diagnostics diags;
  auto b = prepare(diags);
  ASSERT_TRUE(b);
  ASSERT_FALSE(diags.has_errors()) << messages(diags);
  const model::Entry& a = entry(*b, "a");
  ASSERT_EQ(a.notes.size(), 2u);
  EXPECT_EQ(a.notes[0].label, "x");
  EXPECT_EQ(a.notes[0].number, 1);
  EXPECT_EQ(a.notes[1].number, 2);
  // the text now holds a second note reference where the citation stood
  std::vector<int> refs;
  model::Blocks body = a.body;
  model::walk(body, {{}, [&refs](model::Inline& x) {
                       if (auto* r = std::get_if<model::NoteRef>(&x.node)) refs.push_back(r->number);
                       EXPECT_FALSE(std::holds_alternative<model::Citation>(x.node));
                     }});
  EXPECT_EQ(refs, (std::vector<int>{1, 2}));
  auto cites = citations(a);
  ASSERT_EQ(cites.size(), 1u);
  // this edition of the style gives short notes even at first (citeproc-js agrees)
  EXPECT_EQ(model::plain_text(cites[0].rendered), "Roe, A Book, 12.");
}

TEST_F(ResolveCitations, InTextCitationInNumericStyleNamesTheAuthorsAndPrefixIsSpaced) {
  book("");
  write("entries/a.md", "---\ntitle: A\n---\n@doe2020 argued it [see @roe2019].\n");
  write("entries/b.md", "---\ntitle: B\n---\nNothing.\n");
  Diagnostics diags;
  auto b = prepare(diags);
  ASSERT_TRUE(b);
  auto cites = citations(entry(*b, "a"));
  ASSERT_EQ(cites.size(), 2u);
  // The house style is numeric: its citations print no names, so the author comes from the item.
  EXPECT_EQ(model::plain_text(cites[0].rendered), "Doe [1]");
  EXPECT_EQ(model::plain_text(cites[1].rendered), "[see 2]");
}
