#include "book_fixture.h"

#include "license/licenses.h"

namespace quire::epub::testing {

using namespace quire::model;

model::Inline text(std::string s) { return Inline{Text{std::move(s)}, {}}; }
model::Block paragraph(model::Inlines content) { return Block{Paragraph{std::move(content)}, {}}; }

namespace {

Inline in(auto node, int line = 0) { return Inline{std::move(node), SourcePos{line, 1}}; }
Block bl(auto node, int line = 0) { return Block{std::move(node), SourcePos{line, 1}}; }

Heading heading(int level, std::string title, std::string id) {
  return Heading{level, {text(std::move(title))}, std::move(id)};
}

Entry first_entry() {
  Entry e;
  e.path = "entries/meta-ai.md";
  e.slug = "meta-ai";
  e.title = "Meta AI";
  e.authors = {"Ada Writer", "Bo Editor"};
  e.loc = SourceLoc{"book/entries/meta-ai.md", {1, 1}};

  Link internal{{text("DeepMind's history")}, "deep-mind.md#history", "", true, "deep-mind", "history"};
  Link external{{text("the website")}, "https://example.com/a b", "Example", false, "", ""};
  Citation cite;
  cite.items = {CiteItem{"lecun2015", "", "12", "page", "", false, {}}};
  cite.source = "[@lecun2015, p. 12]";
  e.body.push_back(paragraph({text("The lab studies "), in(Emph{{text("learning")}}), text(" and "),
                              in(Strong{{text("reasoning")}}), text(", see "), in(internal), text(" and "),
                              in(external), text("."), in(NoteRef{"a", 1}), text(" "), in(cite),
                              in(SoftBreak{}), in(Code{"x < y && z"}), in(LineBreak{}),
                              in(Strikeout{{text("old")}}), in(RawInline{"html", "<b>raw</b>"})}));
  e.body.push_back(paragraph({text("A second paragraph with a "), in(Image{{text("tiny diagram")}, "../images/diagram.svg", "", "images/diagram.svg"}), text(".")}));
  e.body.push_back(bl(heading(2, "Overview", "overview")));
  e.body.push_back(bl(heading(3, "Details", "details")));

  List bullets;
  bullets.items.push_back(ListItem{{paragraph({text("alpha")})}, std::nullopt});
  bullets.items.push_back(ListItem{{paragraph({text("beta")})}, std::nullopt});
  e.body.push_back(bl(bullets));

  List ordered;
  ordered.ordered = true;
  ordered.start = 3;
  ordered.tight = false;
  ordered.items.push_back(ListItem{{paragraph({text("third")})}, std::nullopt});
  ordered.items.push_back(ListItem{{paragraph({text("fourth")})}, std::nullopt});
  e.body.push_back(bl(ordered));

  List tasks;
  tasks.items.push_back(ListItem{{paragraph({text("done thing")})}, true});
  tasks.items.push_back(ListItem{{paragraph({text("open thing")})}, false});
  e.body.push_back(bl(tasks));

  Table table;
  table.aligns = {Align::Left, Align::Right};
  table.header = {{text("Name")}, {text("Year")}};
  table.rows = {{{text("FAIR")}, {text("2013")}}, {{text("Meta AI")}, {text("2021")}}};
  e.body.push_back(bl(table));

  e.body.push_back(bl(CodeBlock{"cpp", "int main() { return 0; }\n"}));
  e.body.push_back(bl(BlockQuote{{paragraph({text("A quoted line.")})}}));
  e.body.push_back(bl(Figure{Image{{text("A red square")}, "../images/dot.png", "", "images/dot.png"},
                             {text("The "), in(Emph{{text("dot")}})},
                             "fig-dot"},
                      40));
  e.body.push_back(bl(ThematicBreak{}));
  e.body.push_back(paragraph({text("After the break.")}));

  e.notes.push_back(Note{"a", 1, {paragraph({text("A note with "), in(Emph{{text("emphasis")}})})}, {90, 1}});
  return e;
}

Entry second_entry() {
  Entry e;
  e.path = "entries/deep mind.md";
  e.slug = "deep-mind";
  e.title = "DeepMind";
  e.loc = SourceLoc{"book/entries/deep mind.md", {1, 1}};
  e.body.push_back(paragraph({text("A lab in London.")}));
  e.body.push_back(bl(heading(2, "History", "history")));
  Link back{{text("Meta AI")}, "meta-ai.md", "", true, "meta-ai", ""};
  e.body.push_back(paragraph({text("Compare "), in(back), text(".")}));
  return e;
}

// Edge cases: a note referenced twice, a reference inside a link, a note that starts
// with a code block, a same-document link, non-ASCII text.
Entry third_entry() {
  Entry e;
  e.path = "entries/garden.md";
  e.slug = "garden";
  e.title = "The Garden";
  e.authors = {"Cy Gardener"};
  e.loc = SourceLoc{"book/entries/garden.md", {1, 1}};
  Link linked{{text("linked"), in(NoteRef{"code", 2})}, "https://example.org/plants", "", false, "", ""};
  Link same_page{{text("soil")}, "#soil", "", false, "", ""};
  e.body.push_back(paragraph({text("Plants grow in the caf\u00E9 \u2014 na\u00EFvely."), in(NoteRef{"n", 1}),
                              text(" A "), in(linked), text(" word, about "), in(same_page), text("."),
                              in(NoteRef{"n", 1})}));
  e.body.push_back(bl(heading(2, "Soil", "soil")));
  e.body.push_back(paragraph({text("Soil matters.")}));
  e.body.push_back(bl(heading(4, "Deep soil", "deep-soil")));
  e.notes.push_back(Note{"n", 1, {paragraph({text("Referenced twice.")})}, {}});
  e.notes.push_back(Note{"code", 2, {bl(CodeBlock{"", "dig()\n"}), paragraph({text("Then water.")})}, {}});
  return e;
}

}  // namespace

model::Book fixture_book() {
  Book book;
  book.root = QUIRE_TEST_DATA "/epub";
  book.meta.title = "A Field Guide to Labs";
  book.meta.subtitle = "Being a Sample Book";
  book.meta.authors = {"Ada Writer", "Bo Editor"};
  book.meta.language = "en";
  book.meta.identifier = "urn:uuid:3f1c2a4e-8d7b-4c1a-9e2f-5b6a7c8d9e0f";
  book.meta.license = *license::lookup("CC-BY-SA-4.0");
  book.meta.cover = "images/cover.png";
  book.meta.repository = "https://example.org/guide/";
  book.meta.modified = 1700000000;  // 2023-11-14T22:13:20Z
  book.meta.slug = "field-guide";

  book.entries = {first_entry(), second_entry(), third_entry()};
  book.parts.push_back(Part{"Foundations", "part-foundations"});
  Chapter labs;
  labs.title = "Laboratories";
  labs.id = "ch-labs";
  labs.part = 0;
  labs.entries = {0, 1};
  Chapter gardens;
  gardens.title = "Gardens";
  gardens.id = "ch-gardens";
  gardens.entries = {2};
  book.chapters = {labs, gardens};
  return book;
}

}  // namespace quire::epub::testing
