// pandoc's chapter model: bare path items read as one stream, chapters opened by level-1
// headings, titles from headings, chapter numbers and appendix letters.
#include "structure/pandoc_chapters.h"

#include <gtest/gtest.h>

#include "model_builders.h"
#include "structure/order_entries.h"

namespace quire::structure {
namespace {

using namespace quire::test;

model::Entry file(const std::string& slug, model::Blocks body,
                  model::Entry::TitleFrom from = model::Entry::TitleFrom::FileName) {
  model::Entry e = entry(slug, std::move(body));
  e.path = "chapters/" + slug + ".md";
  e.title_from = from;
  return e;
}

// A level-1 heading as the reader gives it for `# Title {#id .unnumbered .unlisted}`.
model::Block chapter_heading(const std::string& title, const std::string& id = "", bool numbered = true,
                             bool listed = true) {
  model::Block b = heading(1, title);
  auto& h = std::get<model::Heading>(b.node);
  h.attr.id = id;
  h.numbered = numbered;
  h.listed = listed;
  return b;
}

model::Chapter flow_item(std::vector<std::string> files, bool appendix = false) {
  model::Chapter ch;
  ch.rule.flow = true;
  ch.rule.entries = std::move(files);
  ch.title = "item";
  ch.id = "ch-item";
  ch.appendix = appendix;
  return ch;
}

std::string dump_diags(const Diagnostics& diags) {
  std::string out;
  for (const auto& d : diags.all()) out += format_diagnostic(d) + "\n";
  return out;
}

model::Block note_para(const std::string& word, const std::string& label) {
  return para({text(word), note_ref(label)});
}

model::Note note(const std::string& label) {
  model::Note n;
  n.label = label;
  n.content = {para({text("note " + label)})};
  return n;
}

model::Book pandoc_book() {
  model::Book book;
  book.meta.number_chapters = true;
  book.entries.push_back(file("1-0", {heading(1, "Getting Started"), para({text("alpha")})}));
  book.entries.push_back(file("1-2", {heading(2, "More"), note_para("bravo", "1")}));
  book.entries.back().notes = {note("1")};
  book.entries.push_back(file("2-0", {chapter_heading("Part One", "", false), para({text("charlie")}),
                                      chapter_heading("Measuring", "sec:measure"), note_para("delta", "1")}));
  book.entries.back().notes = {note("1")};
  book.entries.push_back(file("2-1", {chapter_heading("Hidden", "", false, false), para({text("echo")})}));
  book.entries.push_back(file("a", {heading(1, "Glossary"), para({text("foxtrot")})}));
  book.chapters.push_back(
      flow_item({"chapters/1-0.md", "chapters/1-2.md", "chapters/2-0.md", "chapters/2-1.md"}));
  book.chapters.push_back(flow_item({"chapters/a.md"}, true));
  return book;
}

TEST(PandocChapters, LevelOneHeadingsOpenChaptersAndFilesRunOn) {
  model::Book book = pandoc_book();
  Diagnostics diags;
  order_entries(book, diags);
  shape_chapters(book, diags);
  EXPECT_TRUE(diags.all().empty()) << dump_diags(diags);
  ASSERT_EQ(book.chapters.size(), 5u);
  EXPECT_EQ(book.chapters[0].title, "Getting Started");
  EXPECT_EQ(book.chapters[0].number, "1");
  EXPECT_EQ(book.chapters[1].title, "Part One");
  EXPECT_FALSE(book.chapters[1].numbered);
  EXPECT_EQ(book.chapters[1].number, "");
  EXPECT_EQ(book.chapters[2].title, "Measuring");
  EXPECT_EQ(book.chapters[2].number, "2");
  EXPECT_EQ(book.chapters[3].title, "Hidden");
  EXPECT_FALSE(book.chapters[3].listed);
  EXPECT_FALSE(book.chapters[3].numbered);
  EXPECT_EQ(book.chapters[4].title, "Glossary");
  EXPECT_EQ(book.chapters[4].number, "A");

  // The first chapter: its heading's file, then the `##` file on the same page.
  ASSERT_EQ(book.chapters[0].entries.size(), 2u);
  const model::Entry& opening = book.entries[book.chapters[0].entries[0]];
  const model::Entry& more = book.entries[book.chapters[0].entries[1]];
  EXPECT_FALSE(opening.show_title);
  EXPECT_FALSE(opening.runs_on);
  ASSERT_EQ(opening.body.size(), 1u);  // the heading is the chapter's title, not repeated
  EXPECT_FALSE(more.show_title);
  EXPECT_TRUE(more.runs_on);
  EXPECT_EQ(more.body.size(), 2u);
  EXPECT_EQ(more.notes.size(), 1u);

  // 2-0 holds two level-1 headings: two entries, the note with the part that cites it.
  const model::Entry& part = book.entries[book.chapters[1].entries.at(0)];
  const model::Entry& measuring = book.entries[book.chapters[2].entries.at(0)];
  EXPECT_EQ(part.path, "chapters/2-0.md");
  EXPECT_EQ(measuring.path, "chapters/2-0.md");
  EXPECT_NE(part.slug, measuring.slug);
  EXPECT_TRUE(part.notes.empty());
  EXPECT_EQ(measuring.notes.size(), 1u);
  EXPECT_FALSE(measuring.runs_on);
}

TEST(PandocChapters, ListedEntriesTakeTheirTitleHeadingOutOfTheBody) {
  model::Book book;
  book.entries.push_back(
      file("h", {heading(1, "From Heading"), para({text("x")})}, model::Entry::TitleFrom::Heading));
  book.entries.back().title = "From Heading";
  book.entries.push_back(file("n", {para({text("y")})}));
  model::Chapter ch;
  ch.title = "Listed";
  ch.id = "ch-listed";
  ch.rule.entries = {"chapters/h.md", "chapters/n.md"};
  book.chapters.push_back(ch);
  Diagnostics diags;
  order_entries(book, diags);
  shape_chapters(book, diags);
  EXPECT_EQ(book.entries[0].body.size(), 1u);
  EXPECT_TRUE(book.entries[0].show_title);
  ASSERT_EQ(diags.all().size(), 1u) << dump_diags(diags);
  EXPECT_EQ(diags.all()[0].code, "no-title");
  EXPECT_EQ(diags.all()[0].loc.path, book.entries[1].loc.path);
  EXPECT_EQ(book.chapters[0].number, "");  // the book does not number its chapters
}

TEST(PandocChapters, AMapInTheFrontMatterIsReportedOnlyWhereMatchNamesIt) {
  model::Book book;
  book.entries.push_back(file("a", {para({text("x")})}, model::Entry::TitleFrom::FrontMatter));
  model::Field map;
  map.unsupported = true;
  book.entries[0].fields["lectures"] = map;
  model::Chapter quiet;
  quiet.title = "Quiet";
  quiet.rule.is_match = true;
  quiet.rule.match["kind"] = "x";
  book.chapters.push_back(quiet);
  Diagnostics silent;
  order_entries(book, silent);
  EXPECT_EQ(silent.count(Severity::Warning), 2u) << dump_diags(silent);  // empty chapter, unplaced entry
  EXPECT_EQ(silent.all()[0].code, "empty-chapter");

  book.chapters[0].rule.sort = "lectures";
  Diagnostics named;
  order_entries(book, named);
  ASSERT_FALSE(named.all().empty());
  EXPECT_EQ(named.all()[0].code, "nested-field") << dump_diags(named);
}

}  // namespace
}  // namespace quire::structure
