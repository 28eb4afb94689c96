#include "markdown/fenced_divs.h"

#include <gtest/gtest.h>

#include "markdown/markdown_reader.h"
#include "model/dump.h"

namespace quire::markdown {
namespace {

std::string dump(std::string_view text) {
  Diagnostics diags;
  ParsedMarkdown md = read_markdown(text, "entries/a.md", 1, diags);
  EXPECT_TRUE(diags.all().empty()) << format_diagnostic(diags.all().front());
  return model::dump(md.body);
}

TEST(FencedDivs, MarkersKeepLineNumbers) {
  const MarkedDivs m = mark_fenced_divs("a\n\n::: {.x #y}\nb\n:::\n");
  EXPECT_EQ(m.text, "a\n\n<!--quire:div:0-->\nb\n<!--quire:/div:0-->\n");
  ASSERT_EQ(m.divs.size(), 1u);
  EXPECT_EQ(m.divs[0].line, 3);
  EXPECT_EQ(m.divs[0].attr.id, "y");
  EXPECT_TRUE(m.divs[0].closed);
  EXPECT_TRUE(mark_fenced_divs("no divs\n").text.empty());
}

TEST(FencedDivs, FencesInCodeAreCode) {
  const MarkedDivs m = mark_fenced_divs("```\n::: note\n```\n");
  EXPECT_TRUE(m.divs.empty());
  EXPECT_EQ(dump("~~~\n::: note\n:::\n~~~\n"), "CodeBlock \"\" \"::: note\\n:::\\n\"\n");
}

TEST(FencedDivs, ReadsMarkers) {
  EXPECT_EQ(read_div_marker("<!--quire:div:12-->\n").index, 12);
  EXPECT_TRUE(read_div_marker("<!--quire:div:12-->").open);
  EXPECT_FALSE(read_div_marker("<!--quire:/div:3-->").open);
  EXPECT_EQ(read_div_marker("<!--quire:/div:3-->").index, 3);
  EXPECT_EQ(read_div_marker("<!-- a comment -->").index, -1);
  EXPECT_EQ(read_div_marker("<!--quire:div:x-->").index, -1);
}

TEST(FencedDivs, PlainDivKeepsItsBlocks) {
  EXPECT_EQ(dump("::: {.aside #keep}\nOne.\n\nTwo.\n:::\n"),
            "Div {#keep .aside}\n  Para [Text \"One.\"]\n  Para [Text \"Two.\"]\n");
  EXPECT_EQ(dump("::: aside\nOne.\n:::\n"), "Div {.aside}\n  Para [Text \"One.\"]\n");
}

TEST(FencedDivs, ClosingFenceEndsAParagraph) {
  // Read as a block start, `:::` after a paragraph line would be a lazy continuation.
  EXPECT_EQ(dump("::: a\nText\n:::\nAfter.\n"), "Div {.a}\n  Para [Text \"Text\"]\nPara [Text \"After.\"]\n");
  EXPECT_EQ(dump("::: a\n> quoted\n:::\n"), "Div {.a}\n  BlockQuote\n    Para [Text \"quoted\"]\n");
}

TEST(FencedDivs, Nest) {
  EXPECT_EQ(dump(":::: outer\n::: inner\nIn.\n:::\nOut.\n::::\n"),
            "Div {.outer}\n  Div {.inner}\n    Para [Text \"In.\"]\n  Para [Text \"Out.\"]\n");
}

TEST(FencedDivs, BareColonsWithNoDivOpenAreText) {
  EXPECT_EQ(dump(":::\n"), "Para [Text \":::\"]\n");
}

TEST(FencedDivs, UnclosedIsAnErrorAtTheOpener) {
  Diagnostics diags;
  ParsedMarkdown md = read_markdown("Intro.\n\n::: {.callout-note}\nText.\n", "entries/a.md", 5, diags);
  ASSERT_EQ(diags.all().size(), 1u);
  EXPECT_EQ(format_diagnostic(diags.all().front()),
            "entries/a.md:7:1: error: this fenced div is never closed; end it with a ':::' line [unclosed-div]");
  ASSERT_EQ(md.body.size(), 2u);  // the content is still read
}

TEST(Callouts, DefaultTitleFromTheKind) {
  EXPECT_EQ(dump("::: {.callout-warning}\nHot.\n:::\n"),
            "Div callout=warning {.callout-warning} title=[Text \"Warning\"]\n  Para [Text \"Hot.\"]\n");
}

TEST(Callouts, TitleAttributeOrFirstHeading) {
  EXPECT_EQ(dump("::: {.callout-tip title=\"Try this\"}\nA.\n:::\n"),
            "Div callout=tip {.callout-tip title=\"Try this\"} title=[Text \"Try this\"]\n  Para [Text \"A.\"]\n");
  EXPECT_EQ(dump("::: callout-note\n## Mind the gap\nA.\n:::\n"),
            "Div callout=note {.callout-note} title=[Text \"Mind the gap\"]\n  Para [Text \"A.\"]\n");
}

TEST(Callouts, GitHubAlerts) {
  EXPECT_EQ(dump("> [!IMPORTANT]\n> Read this.\n"),
            "Div callout=important {.callout-important} title=[Text \"Important\"]\n  Para [Text \"Read this.\"]\n");
  EXPECT_EQ(dump("> [!CAUTION]\n>\n> One.\n"),
            "Div callout=caution {.callout-caution} title=[Text \"Caution\"]\n  Para [Text \"One.\"]\n");
  // Not an alert: an unknown kind, or more on the first line.
  EXPECT_EQ(dump("> [!FOO]\n> x\n"), "BlockQuote\n  Para [Text \"[!FOO]\", SoftBreak, Text \"x\"]\n");
}

}  // namespace
}  // namespace quire::markdown
