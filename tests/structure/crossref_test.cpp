// Cross-references: numbering per chapter, pandoc-crossref's prefixes, capitals, ranges and
// the errors for unknown and doubly defined labels.
#include "structure/crossref.h"

#include <gtest/gtest.h>

#include "markdown/markdown_reader.h"
#include "model/plain_text.h"
#include "model/walk.h"
#include "structure/anchors.h"

namespace quire::structure {
namespace {

struct Built {
  model::Book book;
  Diagnostics diags;
  std::vector<std::string> refs;  // each cross-reference as printed
};

// One chapter numbered `chapter`, one entry read from `markdown`.
Built build(const std::string& markdown, const std::string& chapter = "2") {
  Built out;
  model::Entry e;
  e.slug = "e";
  e.path = "e.md";
  e.loc = {"e.md", {1, 1}};
  e.body = markdown::read_markdown(markdown, "e.md", 1, out.diags).body;
  out.book.entries.push_back(std::move(e));
  model::Chapter ch;
  ch.entries = {0};
  ch.number = chapter;
  out.book.meta.number_chapters = true;
  out.book.chapters.push_back(ch);
  assign_ids(out.book);
  resolve_crossrefs(out.book, out.diags);
  model::walk(out.book.entries[0].body, {.inline_ = [&](model::Inline& in) {
                if (auto* c = std::get_if<model::Citation>(&in.node); c && c->crossref)
                  out.refs.push_back(model::plain_text(c->rendered));
              }});
  return out;
}

constexpr const char* kFigures =
    "![A](a.png){#fig:a}\n\n![B](b.png){#fig:b}\n\n![C](c.png){#fig:c}\n\n";

TEST(Crossref, NumbersFiguresPerChapterWithPrefixes) {
  Built b = build(std::string(kFigures) + "See @fig:b and @Fig:c, [-@fig:a].\n");
  EXPECT_FALSE(b.diags.has_errors());
  ASSERT_EQ(b.refs.size(), 3u);
  EXPECT_EQ(b.refs[0], "fig.\u00A02.2");
  EXPECT_EQ(b.refs[1], "Fig.\u00A02.3");
  EXPECT_EQ(b.refs[2], "2.1");
  const auto& fig = std::get<model::Figure>(b.book.entries[0].body[0].node);
  EXPECT_EQ(fig.number, "2.1");
  EXPECT_EQ(fig.delimiter, ":");
}

TEST(Crossref, CompactsRangesInNumberOrder) {
  Built b = build(std::string(kFigures) + "[@fig:c; @fig:a; @fig:b] and [@fig:a; @fig:c] [Pictures @fig:a]\n");
  ASSERT_EQ(b.refs.size(), 3u);
  EXPECT_EQ(b.refs[0], "figs.\u00A02.1\u20132.3");
  EXPECT_EQ(b.refs[1], "figs.\u00A02.1, 2.3");
  EXPECT_EQ(b.refs[2], "Pictures\u00A02.1");
}

TEST(Crossref, BookPrefixesAndChapterDelimiter) {
  Built b;
  {
    model::Entry e;
    e.slug = "e";
    e.loc = {"e.md", {1, 1}};
    e.body = markdown::read_markdown(std::string(kFigures) + "@fig:a\n", "e.md", 1, b.diags).body;
    b.book.entries.push_back(std::move(e));
    model::Chapter ch;
    ch.entries = {0};
    ch.number = "3";
    b.book.chapters.push_back(ch);
    b.book.meta.crossref.figure = "Figure";
    b.book.meta.crossref.chapter_delimiter = "-";
    assign_ids(b.book);
    resolve_crossrefs(b.book, b.diags);
  }
  const auto& p = std::get<model::Paragraph>(b.book.entries[0].body.back().node);
  const auto& c = std::get<model::Citation>(p.content[0].node);
  EXPECT_EQ(model::plain_text(c.rendered), "Figure\u00A03-1");
  const auto* link = std::get_if<model::Link>(&c.rendered[1].node);
  ASSERT_NE(link, nullptr);
  EXPECT_TRUE(link->internal);
  EXPECT_EQ(link->anchor, "fig:a");
}

TEST(Crossref, SectionsListingsEquationsAndTables) {
  Built b = build(
      "## One {#sec:one}\n\n### Deeper {#sec:deep}\n\n## Skip {-}\n\n## Two {#sec:two}\n\n"
      "Listing: The loop\n\n```{#lst:loop .cpp}\nfor (;;) {}\n```\n\n"
      "$$ x = 1 $$ {#eq:x}\n\n| a |\n|---|\n| 1 |\n\nTable: Speeds {#tbl:s}\n\n"
      "@sec:one @sec:deep @sec:two @lst:loop @eq:x @tbl:s\n");
  EXPECT_FALSE(b.diags.has_errors()) << b.diags.all().size();
  ASSERT_EQ(b.refs.size(), 6u);
  EXPECT_EQ(b.refs[0], "sec.\u00A02.1");
  EXPECT_EQ(b.refs[1], "sec.\u00A02.1.1");
  EXPECT_EQ(b.refs[2], "sec.\u00A02.2");
  EXPECT_EQ(b.refs[3], "lst.\u00A02.1");
  EXPECT_EQ(b.refs[4], "eq.\u00A02.1");
  EXPECT_EQ(b.refs[5], "tbl.\u00A02.1");
  bool listing = false, table = false;
  for (const model::Block& bl : b.book.entries[0].body) {
    if (const auto* c = std::get_if<model::CodeBlock>(&bl.node)) {
      listing = true;
      EXPECT_EQ(c->number, "2.1");
      EXPECT_EQ(model::plain_text(c->caption), "The loop");
    } else if (const auto* t = std::get_if<model::Table>(&bl.node)) {
      table = true;
      EXPECT_EQ(t->id, "tbl:s");
      EXPECT_EQ(model::plain_text(t->caption), "Speeds");
    }
  }
  EXPECT_TRUE(listing);
  EXPECT_TRUE(table);
}

TEST(Crossref, UnknownLabelSuggestsTheNearest) {
  Built b = build(std::string(kFigures) + "See @fig:bb.\n");
  ASSERT_EQ(b.diags.all().size(), 1u);
  const auto& d = b.diags.all()[0];
  EXPECT_EQ(d.code, "unknown-label");
  EXPECT_NE(d.message.find("did you mean 'fig:b'"), std::string::npos) << d.message;
  EXPECT_EQ(d.loc.path, "e.md");
  EXPECT_EQ(d.loc.pos.line, 7);
}

TEST(Crossref, DuplicateLabelAndMixedGroupAreErrors) {
  Built b = build("![A](a.png){#fig:a}\n\n![B](b.png){#fig:a}\n\n[@fig:a; @doe2020]\n");
  ASSERT_EQ(b.diags.all().size(), 2u);
  EXPECT_EQ(b.diags.all()[0].code, "duplicate-label");
  EXPECT_EQ(b.diags.all()[1].code, "mixed-citation");
}

TEST(Crossref, ParsesKeys) {
  EXPECT_TRUE(parse_ref_key("fig-x").has_value());
  EXPECT_EQ(parse_ref_key("Tbl:x")->label, "tbl:x");
  EXPECT_TRUE(parse_ref_key("Tbl:x")->capital);
  EXPECT_FALSE(parse_ref_key("figure:x").has_value());
  EXPECT_FALSE(parse_ref_key("doe2020").has_value());
}

}  // namespace
}  // namespace quire::structure
