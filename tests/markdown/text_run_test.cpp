#include "markdown/text_run.h"

#include <gtest/gtest.h>

#include "model/dump.h"

namespace quire::markdown {
namespace {

TEST(TextRun, MergesTextAndKeepsSoftBreaks) {
  TextRun run;
  run.add_text("a [", {3, 1}, {});
  run.add_text("b]", {3, 4}, {});
  run.add_soft_break({3, 6});
  run.add_text("c", {4, 1}, {});
  model::Inlines out;
  Diagnostics diags;
  run.flush(out, true, "x.md", diags);
  EXPECT_EQ(model::dump(out), "[Text \"a [b]\", SoftBreak, Text \"c\"]");
  ASSERT_EQ(out.size(), 3u);
  EXPECT_EQ(out[1].pos.line, 3);
  EXPECT_EQ(out[1].pos.col, 6);
  EXPECT_EQ(out[2].pos.line, 4);
  EXPECT_TRUE(run.empty());
  EXPECT_TRUE(diags.all().empty());
}

TEST(TextRun, FindsCitationsAcrossPiecesWithPositions) {
  TextRun run;
  run.add_text("see [", {2, 1}, {});
  run.add_text("@a, p. 4", {2, 6}, {});
  run.add_text("] now", {2, 14}, {});
  model::Inlines out;
  Diagnostics diags;
  run.flush(out, true, "x.md", diags);
  ASSERT_EQ(out.size(), 3u) << model::dump(out);
  const auto& cite = std::get<model::Citation>(out[1].node);
  EXPECT_EQ(cite.source, "[@a, p. 4]");
  EXPECT_EQ(out[1].pos.col, 5);
  EXPECT_EQ(cite.items.at(0).pos.line, 2);
  EXPECT_EQ(cite.items.at(0).pos.col, 6);
  EXPECT_EQ(std::get<model::Text>(out[2].node).text, " now");
  EXPECT_EQ(out[2].pos.col, 15);
}

TEST(TextRun, CitationsOffLeavesText) {
  TextRun run;
  run.add_text("mail @x", {1, 1}, {});
  model::Inlines out;
  Diagnostics diags;
  run.flush(out, false, "x.md", diags);
  EXPECT_EQ(model::dump(out), "[Text \"mail @x\"]");
}

TEST(TextRun, EscapedAtStaysText) {
  TextRun run;
  run.add_text("hi ", {1, 1}, {});
  run.add_text("@x and @y", {1, 4}, {0});
  model::Inlines out;
  Diagnostics diags;
  run.flush(out, true, "x.md", diags);
  EXPECT_EQ(model::dump(out), "[Text \"hi @x and \", Cite in_text [Item \"y\"]]");
}

TEST(TextRun, WarnsAboutUnmatchedFootnoteMarker) {
  TextRun run;
  run.add_text("x [^nope] y", {7, 3}, {});
  model::Inlines out;
  Diagnostics diags;
  run.flush(out, true, "x.md", diags);
  ASSERT_EQ(diags.all().size(), 1u);
  EXPECT_EQ(format_diagnostic(diags.all()[0]),
            "x.md:7:5: warning: footnote 'nope' is referenced but never defined [undefined-note]");
}

}  // namespace
}  // namespace quire::markdown
