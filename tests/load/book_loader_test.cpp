// load_book on whole book folders: book.yaml keys, their errors, and the entries.
#include "load/book_loader.h"

#include <gtest/gtest.h>

#include <regex>

#include "temp_book.h"

namespace quire::load {
namespace {

using quire::testing::dump;
using quire::testing::find_diag;
using quire::testing::TempBook;

TEST(LoadBook, MinimalBook) {
  TempBook b;
  b.write("book.yaml", "title: A Small Book\n");
  b.entry("entries/one.md", "One");
  Diagnostics diags;
  auto book = load_book(b.dir(), diags);
  ASSERT_TRUE(book.has_value()) << dump(diags);
  EXPECT_TRUE(diags.all().empty()) << dump(diags);
  EXPECT_EQ(book->root, b.dir());
  EXPECT_EQ(book->meta.title, "A Small Book");
  EXPECT_EQ(book->meta.slug, "a-small-book");
  EXPECT_EQ(book->meta.language, "en");
  EXPECT_EQ(book->meta.license.spdx, "CC-BY-SA-4.0");
  EXPECT_EQ(book->meta.license.short_name, "CC BY-SA 4.0");
  EXPECT_EQ(book->meta.modified, 0);
  EXPECT_TRUE(book->chapters.empty());
  ASSERT_EQ(book->entries.size(), 1u);
  EXPECT_EQ(book->entries[0].path, "entries/one.md");
  EXPECT_EQ(book->entries[0].slug, "one");
  EXPECT_EQ(book->entries[0].title, "One");
  EXPECT_EQ(book->entries[0].loc.path, b.dir() + "/entries/one.md");
  EXPECT_EQ(book->entries[0].loc.pos.line, 1);
  EXPECT_EQ(book->entries[0].loc.pos.col, 1);
}

TEST(LoadBook, AllMetadataKeys) {
  TempBook b;
  b.write("refs/main.bib", "@book{a, title={A}}\n");
  b.write("refs/extra.json", "[]\n");
  b.write("style.csl", "<style/>\n");
  b.write("images/cover.png", "png");
  b.write("book.yaml",
          "title: Atlas of Labs\n"
          "subtitle: A Survey\n"
          "authors: [Ada Byron, Alan Turing]\n"
          "language: pt-BR\n"
          "identifier: urn:isbn:9780000000000\n"
          "license: CC-BY-4.0\n"
          "bibliography: [refs/main.bib, ./refs/extra.json]\n"
          "csl: style.csl\n"
          "bibliography-placement: chapter\n"
          "cover: images/cover.png\n"
          "repository: https://example.org/atlas\n"
          "version: 1.2\n"
          "description: Who builds what.\n"
          "keywords: [labs, research]\n"
          "publisher: Example Press\n"
          "style: serif\n");
  b.entry("entries/a.md", "A");
  Diagnostics diags;
  auto book = load_book(b.dir(), diags);
  ASSERT_TRUE(book) << dump(diags);
  EXPECT_TRUE(diags.all().empty()) << dump(diags);
  const auto& m = book->meta;
  EXPECT_EQ(m.title, "Atlas of Labs");
  EXPECT_EQ(m.subtitle, "A Survey");
  EXPECT_EQ(m.authors, (std::vector<std::string>{"Ada Byron", "Alan Turing"}));
  EXPECT_EQ(m.language, "pt-BR");
  EXPECT_EQ(m.identifier, "urn:isbn:9780000000000");
  EXPECT_EQ(m.license.spdx, "CC-BY-4.0");
  EXPECT_EQ(m.license.url, "https://creativecommons.org/licenses/by/4.0/");
  EXPECT_EQ(m.bibliography, (std::vector<std::string>{"refs/main.bib", "refs/extra.json"}));
  EXPECT_EQ(m.csl, "style.csl");
  EXPECT_EQ(m.cover, "images/cover.png");
  EXPECT_EQ(m.repository, "https://example.org/atlas");
  EXPECT_EQ(m.version, "1.2");
  EXPECT_EQ(m.description, "Who builds what.");
  EXPECT_EQ(m.keywords, (std::vector<std::string>{"labs", "research"}));
  EXPECT_EQ(m.publisher, "Example Press");
  EXPECT_EQ(m.style, "serif");
  EXPECT_EQ(m.slug, "atlas-of-labs");
}

TEST(LoadBook, SingleAuthorString) {
  TempBook b;
  b.write("book.yaml", "title: T\nauthors: Ada Byron\n");
  b.entry("entries/a.md", "A");
  Diagnostics diags;
  auto book = load_book(b.dir(), diags);
  ASSERT_TRUE(book);
  EXPECT_EQ(book->meta.authors, (std::vector<std::string>{"Ada Byron"}));
}

TEST(LoadBook, UnknownKeyWarnsWithSuggestionAtKey) {
  TempBook b;
  b.write("book.yaml", "title: T\nlanguage: en\n\ntitel: X\n");
  b.entry("entries/a.md", "A");
  Diagnostics diags;
  auto book = load_book(b.dir(), diags);
  ASSERT_TRUE(book);
  const Diagnostic* d = find_diag(diags, "unknown key");
  ASSERT_NE(d, nullptr) << dump(diags);
  EXPECT_EQ(d->severity, Severity::Warning);
  EXPECT_EQ(d->message, "unknown key 'titel' in book.yaml; did you mean 'title'?");
  EXPECT_EQ(d->code, "unknown-key");
  EXPECT_EQ(d->loc.path, b.dir() + "/book.yaml");
  EXPECT_EQ(d->loc.pos.line, 4);
  EXPECT_EQ(d->loc.pos.col, 1);
  EXPECT_EQ(book->meta.title, "T");
}

TEST(LoadBook, UnknownKeyWithoutCloseMatchHasNoSuggestion) {
  TempBook b;
  b.write("book.yaml", "title: T\nflavour: vanilla\n");
  b.entry("entries/a.md", "A");
  Diagnostics diags;
  ASSERT_TRUE(load_book(b.dir(), diags));
  const Diagnostic* d = find_diag(diags, "unknown key");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->message, "unknown key 'flavour' in book.yaml");
}

TEST(LoadBook, InvalidYamlIsReportedAtItsPosition) {
  TempBook b;
  b.write("book.yaml", "title: T\nauthors: [a, b\n");
  Diagnostics diags;
  EXPECT_FALSE(load_book(b.dir(), diags));
  ASSERT_EQ(diags.count(Severity::Error), 1u) << dump(diags);
  const Diagnostic& d = diags.all()[0];
  EXPECT_EQ(d.loc.path, b.dir() + "/book.yaml");
  EXPECT_NE(d.message.find("invalid YAML"), std::string::npos);
  // yaml-cpp notices the missing ']' at the end of the text: the end of line 2.
  EXPECT_EQ(d.loc.pos.line, 2);
  EXPECT_EQ(d.loc.pos.col, 15);
}

TEST(LoadBook, InvalidYamlInTheMiddle) {
  TempBook b;
  b.write("book.yaml", "title: T\nsubtitle: a: b\nversion: 1\n");
  Diagnostics diags;
  EXPECT_FALSE(load_book(b.dir(), diags));
  ASSERT_EQ(diags.all().size(), 1u) << dump(diags);
  EXPECT_EQ(diags.all()[0].loc.pos.line, 2);
  EXPECT_EQ(diags.all()[0].loc.pos.col, 12);
}

TEST(LoadBook, MissingBookYaml) {
  TempBook b;
  b.entry("entries/a.md", "A");
  Diagnostics diags;
  EXPECT_FALSE(load_book(b.dir(), diags));
  ASSERT_EQ(diags.all().size(), 1u);
  EXPECT_EQ(diags.all()[0].severity, Severity::Error);
  EXPECT_EQ(diags.all()[0].message, "no book.yaml in '" + b.dir() + "'");
}

TEST(LoadBook, MissingFolder) {
  TempBook b;
  Diagnostics diags;
  EXPECT_FALSE(load_book(b.dir() + "/nowhere", diags));
  ASSERT_EQ(diags.all().size(), 1u);
  EXPECT_NE(diags.all()[0].message.find("no book.yaml in '" + b.dir() + "/nowhere'"),
            std::string::npos);
}

TEST(LoadBook, MissingTitle) {
  TempBook b;
  b.write("book.yaml", "subtitle: S\n");
  b.entry("entries/a.md", "A");
  Diagnostics diags;
  auto book = load_book(b.dir(), diags);
  ASSERT_TRUE(book);
  const Diagnostic* d = find_diag(diags, "needs a 'title'");
  ASSERT_NE(d, nullptr) << dump(diags);
  EXPECT_EQ(d->severity, Severity::Error);
  EXPECT_EQ(book->meta.slug, "book");
}

TEST(LoadBook, BookYamlThatIsNotAMap) {
  TempBook b;
  b.write("book.yaml", "- title\n- other\n");
  Diagnostics diags;
  EXPECT_FALSE(load_book(b.dir(), diags));
  const Diagnostic* d = find_diag(diags, "must be a map");
  ASSERT_NE(d, nullptr) << dump(diags);
  EXPECT_EQ(d->loc.pos.line, 1);
}

TEST(LoadBook, WrongTypesAreErrorsAtTheValue) {
  TempBook b;
  b.write("book.yaml",
          "title: T\n"
          "subtitle:\n"
          "  a: b\n"
          "authors: {name: X}\n"
          "version: [1, 2]\n"
          "keywords: [ok, [nested]]\n");
  b.entry("entries/a.md", "A");
  Diagnostics diags;
  auto book = load_book(b.dir(), diags);
  ASSERT_TRUE(book);
  EXPECT_EQ(diags.count(Severity::Error), 4u) << dump(diags);

  const Diagnostic* sub = find_diag(diags, "'subtitle' must be text, not a map");
  ASSERT_NE(sub, nullptr) << dump(diags);
  EXPECT_EQ(sub->code, "wrong-type");
  EXPECT_EQ(sub->loc.pos.line, 3);
  EXPECT_EQ(sub->loc.pos.col, 3);

  const Diagnostic* authors = find_diag(diags, "'authors' must be text or a list of texts, not a map");
  ASSERT_NE(authors, nullptr) << dump(diags);
  EXPECT_EQ(authors->loc.pos.line, 4);
  EXPECT_EQ(authors->loc.pos.col, 10);

  const Diagnostic* version = find_diag(diags, "'version' must be text, not a list");
  ASSERT_NE(version, nullptr) << dump(diags);
  EXPECT_EQ(version->loc.pos.line, 5);

  const Diagnostic* kw = find_diag(diags, "each item of 'keywords'");
  ASSERT_NE(kw, nullptr) << dump(diags);
  EXPECT_EQ(kw->loc.pos.line, 6);
  EXPECT_EQ(kw->loc.pos.col, 16);
  EXPECT_EQ(book->meta.keywords, (std::vector<std::string>{"ok"}));
  EXPECT_TRUE(book->meta.subtitle.empty());
}

TEST(LoadBook, DuplicateKeyIsAnError) {
  TempBook b;
  b.write("book.yaml", "title: One\ntitle: Two\n");
  b.entry("entries/a.md", "A");
  Diagnostics diags;
  auto book = load_book(b.dir(), diags);
  ASSERT_TRUE(book);
  const Diagnostic* d = find_diag(diags, "duplicate key 'title'");
  ASSERT_NE(d, nullptr) << dump(diags);
  EXPECT_EQ(d->loc.pos.line, 2);
  EXPECT_EQ(book->meta.title, "One");
}

TEST(LoadBook, UnknownLicenseSuggestsTheClosest) {
  TempBook b;
  b.write("book.yaml", "title: T\nlicense: CC-BY-SA-4\n");
  b.entry("entries/a.md", "A");
  Diagnostics diags;
  auto book = load_book(b.dir(), diags);
  ASSERT_TRUE(book);
  const Diagnostic* d = find_diag(diags, "unknown license");
  ASSERT_NE(d, nullptr) << dump(diags);
  EXPECT_EQ(d->severity, Severity::Error);
  EXPECT_EQ(d->message, "unknown license 'CC-BY-SA-4'; did you mean 'CC-BY-SA-4.0'?");
  EXPECT_EQ(d->loc.pos.line, 2);
  EXPECT_EQ(d->loc.pos.col, 10);
  EXPECT_EQ(book->meta.license.spdx, "CC-BY-SA-4.0");  // the default stands
}

TEST(LoadBook, IdentifierIsAStableNameBasedUuid) {
  TempBook b;
  b.write("book.yaml", "title: A Small Book\n");
  b.entry("entries/a.md", "A");
  Diagnostics diags;
  auto first = load_book(b.dir(), diags);
  auto second = load_book(b.dir(), diags);
  ASSERT_TRUE(first && second);
  const std::string& id = first->meta.identifier;
  EXPECT_EQ(id, second->meta.identifier);
  EXPECT_TRUE(std::regex_match(
      id, std::regex("urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")))
      << id;
  // UUID v5 of "quire:book:A Small Book" in the RFC 4122 URL namespace.
  EXPECT_EQ(id, "urn:uuid:afe988cb-075f-512d-b5c6-3299aa970a37");

  b.write("book.yaml", "title: Another Book\n");
  auto other = load_book(b.dir(), diags);
  ASSERT_TRUE(other);
  EXPECT_NE(other->meta.identifier, id);
}

TEST(LoadBook, BadLanguageTag) {
  TempBook b;
  b.write("book.yaml", "title: T\nlanguage: en_US\n");
  b.entry("entries/a.md", "A");
  Diagnostics diags;
  auto book = load_book(b.dir(), diags);
  ASSERT_TRUE(book);
  const Diagnostic* d = find_diag(diags, "not a BCP 47 language tag");
  ASSERT_NE(d, nullptr) << dump(diags);
  EXPECT_EQ(d->severity, Severity::Error);
  EXPECT_EQ(d->loc.pos.line, 2);
  EXPECT_EQ(d->loc.pos.col, 11);
  EXPECT_EQ(book->meta.language, "en");
}

TEST(LoadBook, FilesNamedInBookYamlMustExistInsideTheBook) {
  TempBook b;
  b.write("refs.bib", "\n");
  b.write("book.yaml",
          "title: T\n"
          "bibliography:\n"
          "  - refs.bib\n"
          "  - missing.bib\n"
          "cover: ../outside.png\n"
          "csl: refs\n");
  b.write("refs/x", "");
  b.entry("entries/a.md", "A");
  Diagnostics diags;
  auto book = load_book(b.dir(), diags);
  ASSERT_TRUE(book);
  EXPECT_EQ(book->meta.bibliography, (std::vector<std::string>{"refs.bib"}));

  const Diagnostic* missing = find_diag(diags, "bibliography file 'missing.bib' does not exist");
  ASSERT_NE(missing, nullptr) << dump(diags);
  EXPECT_EQ(missing->loc.pos.line, 4);
  EXPECT_EQ(missing->loc.pos.col, 5);

  const Diagnostic* outside = find_diag(diags, "cover image '../outside.png' is outside the book");
  ASSERT_NE(outside, nullptr) << dump(diags);
  EXPECT_EQ(outside->loc.pos.line, 5);
  EXPECT_EQ(outside->loc.pos.col, 8);
  EXPECT_TRUE(book->meta.cover.empty());

  EXPECT_NE(find_diag(diags, "citation style 'refs' is a folder"), nullptr) << dump(diags);
}

TEST(LoadBook, BibliographyPlacementIsValidated) {
  TempBook b;
  b.write("book.yaml", "title: T\nbibliography-placement: chapters\n");
  b.entry("entries/a.md", "A");
  Diagnostics diags;
  ASSERT_TRUE(load_book(b.dir(), diags));
  const Diagnostic* d = find_diag(diags, "'bibliography-placement' must be book, chapter or entry");
  ASSERT_NE(d, nullptr) << dump(diags);
  EXPECT_NE(d->message.find("did you mean 'chapter'?"), std::string::npos);
}

TEST(LoadBook, ChaptersWithRules) {
  TempBook b;
  b.write("book.yaml",
          "title: T\n"
          "chapters:\n"
          "  - title: Houses\n"
          "    entries: [b.md, entries/a.md]\n"
          "  - title: Labs\n"
          "    match: {kind: lab, country: FR}\n"
          "    sort: -founded\n"
          "  - title: Houses\n"
          "    match: {kind: house}\n");
  b.entry("entries/a.md", "A");
  b.entry("entries/b.md", "B");
  Diagnostics diags;
  auto book = load_book(b.dir(), diags);
  ASSERT_TRUE(book);
  EXPECT_TRUE(diags.all().empty()) << dump(diags);
  ASSERT_EQ(book->chapters.size(), 3u);

  const auto& houses = book->chapters[0];
  EXPECT_EQ(houses.title, "Houses");
  EXPECT_EQ(houses.id, "ch-houses");
  EXPECT_EQ(houses.part, -1);
  EXPECT_FALSE(houses.rule.is_match);
  EXPECT_EQ(houses.rule.entries, (std::vector<std::string>{"b.md", "entries/a.md"}));
  ASSERT_EQ(houses.rule.entry_pos.size(), 2u);
  EXPECT_EQ(houses.rule.entry_pos[1].line, 4);
  EXPECT_EQ(houses.rule.entry_pos[1].col, 21);
  EXPECT_EQ(houses.loc.path, b.dir() + "/book.yaml");
  EXPECT_EQ(houses.loc.pos.line, 3);
  EXPECT_EQ(houses.loc.pos.col, 5);

  const auto& labs = book->chapters[1];
  EXPECT_TRUE(labs.rule.is_match);
  EXPECT_EQ(labs.rule.match, (std::map<std::string, std::string>{{"country", "FR"}, {"kind", "lab"}}));
  EXPECT_EQ(labs.rule.sort, "founded");
  EXPECT_TRUE(labs.rule.descending);
  EXPECT_EQ(labs.id, "ch-labs");

  EXPECT_EQ(book->chapters[2].id, "ch-houses-2");
  EXPECT_FALSE(book->chapters[2].rule.descending);
  EXPECT_TRUE(book->chapters[2].rule.sort.empty());
}

TEST(LoadBook, ChapterProblems) {
  TempBook b;
  b.write("book.yaml",
          "title: T\n"
          "chapters:\n"
          "  - title: One\n"
          "    entires: [a.md]\n"
          "  - title: Two\n"
          "    entries: [a.md]\n"
          "    match: {kind: lab}\n"
          "  - entries: [b.md]\n"
          "  - [a, list]\n");
  b.entry("entries/a.md", "A");
  b.entry("entries/b.md", "B");
  Diagnostics diags;
  auto book = load_book(b.dir(), diags);
  ASSERT_TRUE(book);

  const Diagnostic* typo = find_diag(diags, "unknown key 'entires' in a chapter");
  ASSERT_NE(typo, nullptr) << dump(diags);
  EXPECT_EQ(typo->severity, Severity::Warning);
  EXPECT_NE(typo->message.find("did you mean 'entries'?"), std::string::npos);
  EXPECT_EQ(typo->loc.pos.line, 4);
  EXPECT_EQ(typo->loc.pos.col, 5);

  const Diagnostic* neither = find_diag(diags, "chapter 'One' needs 'entries'");
  ASSERT_NE(neither, nullptr) << dump(diags);
  EXPECT_EQ(neither->loc.pos.line, 3);

  const Diagnostic* both = find_diag(diags, "chapter 'Two' has both 'entries' and 'match'");
  ASSERT_NE(both, nullptr) << dump(diags);
  EXPECT_EQ(both->loc.pos.line, 5);

  const Diagnostic* untitled = find_diag(diags, "a chapter needs a 'title'");
  ASSERT_NE(untitled, nullptr) << dump(diags);
  EXPECT_EQ(untitled->loc.pos.line, 8);

  const Diagnostic* text = find_diag(diags, "a chapter must be a path, a glob, or a map");
  ASSERT_NE(text, nullptr) << dump(diags);
  EXPECT_EQ(text->loc.pos.line, 9);

  // "One" is unusable and dropped; "Two" keeps its list; the untitled one gets a title.
  ASSERT_EQ(book->chapters.size(), 2u);
  EXPECT_EQ(book->chapters[0].title, "Two");
  EXPECT_FALSE(book->chapters[0].rule.is_match);
  EXPECT_TRUE(book->chapters[0].rule.match.empty());
  EXPECT_FALSE(book->chapters[1].title.empty());
}

TEST(LoadBook, Parts) {
  TempBook b;
  b.write("book.yaml",
          "title: T\n"
          "parts:\n"
          "  - title: Before\n"
          "    chapters:\n"
          "      - title: Early\n"
          "        entries: [a.md]\n"
          "  - title: After\n"
          "    chapter: []\n"
          "    chapters:\n"
          "      - title: Late\n"
          "        entries: [b.md]\n"
          "      - title: Later\n"
          "        match: {kind: x}\n");
  b.entry("entries/a.md", "A");
  b.entry("entries/b.md", "B");
  Diagnostics diags;
  auto book = load_book(b.dir(), diags);
  ASSERT_TRUE(book);
  ASSERT_EQ(book->parts.size(), 2u);
  EXPECT_EQ(book->parts[0].title, "Before");
  EXPECT_EQ(book->parts[0].id, "part-before");
  EXPECT_EQ(book->parts[1].id, "part-after");
  ASSERT_EQ(book->chapters.size(), 3u);
  EXPECT_EQ(book->chapters[0].part, 0);
  EXPECT_EQ(book->chapters[1].part, 1);
  EXPECT_EQ(book->chapters[2].part, 1);
  EXPECT_EQ(book->chapters[2].id, "ch-later");

  const Diagnostic* d = find_diag(diags, "unknown key 'chapter' in a part");
  ASSERT_NE(d, nullptr) << dump(diags);
  EXPECT_EQ(d->severity, Severity::Warning);
  EXPECT_NE(d->message.find("did you mean 'chapters'?"), std::string::npos);
  EXPECT_EQ(d->loc.pos.line, 8);
  EXPECT_EQ(diags.all().size(), 1u) << dump(diags);
}

TEST(LoadBook, ChaptersAndPartsTogetherIsAnError) {
  TempBook b;
  b.write("book.yaml",
          "title: T\n"
          "chapters:\n"
          "  - {title: A, entries: [a.md]}\n"
          "parts:\n"
          "  - title: P\n"
          "    chapters: [{title: B, entries: [a.md]}]\n");
  b.entry("entries/a.md", "A");
  Diagnostics diags;
  auto book = load_book(b.dir(), diags);
  ASSERT_TRUE(book);
  const Diagnostic* d = find_diag(diags, "both 'chapters' and 'parts'");
  ASSERT_NE(d, nullptr) << dump(diags);
  EXPECT_EQ(d->severity, Severity::Error);
  EXPECT_EQ(d->loc.pos.line, 4);
  EXPECT_EQ(d->loc.pos.col, 1);
}

TEST(LoadBook, NoEntriesFolder) {
  TempBook b;
  b.write("book.yaml", "title: T\n");
  Diagnostics diags;
  auto book = load_book(b.dir(), diags);
  ASSERT_TRUE(book);
  EXPECT_TRUE(book->entries.empty());
  const Diagnostic* d = find_diag(diags, "no entries folder");
  ASSERT_NE(d, nullptr) << dump(diags);
  EXPECT_EQ(d->severity, Severity::Error);
}

TEST(LoadBook, TrailingSlashInFolderName) {
  TempBook b;
  b.write("book.yaml", "title: T\ntitel: x\n");
  b.entry("entries/a.md", "A");
  Diagnostics diags;
  auto book = load_book(b.dir() + "/", diags);
  ASSERT_TRUE(book);
  EXPECT_EQ(book->entries[0].loc.path, b.dir() + "/entries/a.md");
  ASSERT_EQ(diags.all().size(), 1u);
  EXPECT_EQ(diags.all()[0].loc.path, b.dir() + "/book.yaml");
}

TEST(LoadBook, ChaptersNameFilesAndGlobsOutsideEntries) {
  TempBook b;
  b.write("book.yaml",
          "title: T\n"
          "number-chapters: yes\n"
          "chapters:\n"
          "  - title: Listed\n"
          "    entries: [intro.md, 'essays/*.md']\n"
          "  - 'chapters/*/*.md'\n"
          "appendices:\n"
          "  - appendix/a.md\n");
  b.write("intro.md", "# Introduction\n\nText.\n");
  b.write("essays/1-10 b.md", "---\ntitle: B\n---\nB.\n");
  b.write("essays/1-2 a.md", "---\ntitle: A\n---\nA.\n");
  b.write("chapters/10-x/one.md", "# Ten\n");
  b.write("chapters/9-x/one.md", "# Nine\n");
  b.write("appendix/a.md", "# Glossary\n");
  Diagnostics diags;
  auto book = load_book(b.dir(), diags);
  ASSERT_TRUE(book);
  EXPECT_TRUE(diags.all().empty()) << dump(diags);  // no entries/ folder is needed
  ASSERT_EQ(book->chapters.size(), 3u);
  EXPECT_EQ(book->chapters[0].rule.entries,
            (std::vector<std::string>{"intro.md", "essays/1-2 a.md", "essays/1-10 b.md"}));
  EXPECT_TRUE(book->chapters[1].rule.flow);
  EXPECT_EQ(book->chapters[1].rule.entries, (std::vector<std::string>{"chapters/9-x/one.md", "chapters/10-x/one.md"}));
  EXPECT_TRUE(book->chapters[2].appendix);
  EXPECT_TRUE(book->meta.number_chapters);
  // Loaded in natural order of their paths.
  std::vector<std::string> loaded;
  for (const auto& e : book->entries) loaded.push_back(e.path + " " + e.slug + " " + e.title);
  EXPECT_EQ(loaded, (std::vector<std::string>{"appendix/a.md a Glossary", "chapters/9-x/one.md one Nine",
                                              "chapters/10-x/one.md one-2 Ten", "essays/1-2 a.md 1-2-a A",
                                              "essays/1-10 b.md 1-10-b B", "intro.md intro Introduction"}));
}

TEST(LoadBook, ChapterPathsStayInsideTheBook) {
  TempBook b;
  b.write("book/book.yaml",
          "title: T\n"
          "chapters:\n"
          "  - title: Out\n"
          "    entries: [../outside.md, '../*.md', nothing/*.md]\n");
  b.write("outside.md", "# Outside\n");
  Diagnostics diags;
  auto book = load_book(b.dir() + "/book", diags);
  ASSERT_TRUE(book);
  const Diagnostic* file = find_diag(diags, "'../outside.md' is outside the book folder");
  const Diagnostic* glob = find_diag(diags, "'../*.md' is outside the book folder");
  const Diagnostic* none = find_diag(diags, "'nothing/*.md' matches no file");
  ASSERT_TRUE(file && glob && none) << dump(diags);
  EXPECT_EQ(file->code, "outside-book");
  EXPECT_EQ(glob->code, "outside-book");
  EXPECT_EQ(none->code, "missing-entry");
  EXPECT_TRUE(book->entries.empty());
}

}  // namespace
}  // namespace quire::load
