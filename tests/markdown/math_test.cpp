#include <gtest/gtest.h>

#include "markdown/extensions.h"
#include "markdown/markdown_reader.h"
#include "model/dump.h"

namespace quire::markdown {
namespace {

std::string body(std::string_view text) {
  Diagnostics diags;
  ParsedMarkdown md = read_markdown(text, "entries/a.md", 1, diags);
  EXPECT_TRUE(diags.all().empty()) << format_diagnostic(diags.all().front());
  return model::dump(md.body);
}

TEST(MathTest, TexIsKeptVerbatim) {
  EXPECT_EQ(body(R"(a $x\,y$ b)"), "Para [Text \"a \", Math \"x\\\\,y\", Text \" b\"]\n");
  // No escape, smart punctuation, strikethrough or emphasis inside.
  EXPECT_EQ(body(R"($a~\times~b -- c's "d" *e* _f_ \{g\} x^2 ~~h~~$)"),
            "Para [Math \"a~\\\\times~b -- c's \\\"d\\\" *e* _f_ \\\\{g\\\\} x^2 ~~h~~\"]\n");
  EXPECT_EQ(body("$b<a>c$"), "Para [Math \"b<a>c\"]\n");
}

TEST(MathTest, CurrencyIsText) {
  EXPECT_EQ(body("$5 and $6"), "Para [Text \"$5 and $6\"]\n");
  EXPECT_EQ(body("This is not math: 2000$.\nAnd neither is this $ 4 $.\nOr this $4\n$."),
            "Para [Text \"This is not math: 2000$.\", SoftBreak, Text \"And neither is this $ 4 $.\", SoftBreak, "
            "Text \"Or this $4\", SoftBreak, Text \"$.\"]\n");
  EXPECT_EQ(body(R"(The cost is between \$10 and 30$.)"), "Para [Text \"The cost is between $10 and 30$.\"]\n");
  EXPECT_EQ(body("costs $3$4"), "Para [Text \"costs $3$4\"]\n");
}

TEST(MathTest, DisplayMathMaySpanLines) {
  EXPECT_EQ(body("Let $x$ and $y$ be integers such that\n$$x=y + 2$$"),
            "Para [Text \"Let \", Math \"x\", Text \" and \", Math \"y\", Text \" be integers such that\", SoftBreak, "
            "Math display \"x=y + 2\"]\n");
  EXPECT_EQ(body("This is display math:\n$$\n\\begin{aligned}\na &= b \\\\\nc &= d_1\n\\end{aligned}\n$$\nafter"),
            "Para [Text \"This is display math:\", SoftBreak, "
            "Math display \"\\n\\\\begin{aligned}\\na &= b \\\\\\\\\\nc &= d_1\\n\\\\end{aligned}\\n\", SoftBreak, "
            "Text \"after\"]\n");
}

TEST(MathTest, BracesAndEscapesHideDollars) {
  EXPECT_EQ(body(R"($\text{Hello $x$ there!}$)"), "Para [Math \"\\\\text{Hello $x$ there!}\"]\n");
  EXPECT_EQ(body(R"($\text{\$}$)"), "Para [Math \"\\\\text{\\\\$}\"]\n");
}

TEST(MathTest, EquationLabel) {
  EXPECT_EQ(body("$$ E = mc^2 $$ {#eq:energy}"), "Para [Math display \" E = mc^2 \" {#eq:energy}]\n");
  EXPECT_EQ(body("$$x$${#eq:x}"), "Para [Math display \"x\" {#eq:x}]\n");
}

TEST(MathTest, Lengths) {
  EXPECT_EQ(math_length("$x$ b"), 3u);
  EXPECT_EQ(math_length("$$a$$"), 5u);
  EXPECT_EQ(math_length("$ x$"), 0u);
  EXPECT_EQ(math_length("$x $"), 0u);
  EXPECT_EQ(math_length("$x$5"), 0u);
  EXPECT_EQ(math_length("$$ $$"), 0u);
  EXPECT_EQ(math_length("$"), 0u);
  // A paragraph of lone dollars stays cheap: each search stops at its bound.
  std::string many;
  for (int i = 0; i < 20000; ++i) many += "$a ";
  EXPECT_EQ(math_length(many), 0u);
}

TEST(MathTest, CodeSpansKeepTheirDollars) {
  EXPECT_EQ(body("`$x$` and $y$"), "Para [Code \"$x$\", Text \" and \", Math \"y\"]\n");
}

}  // namespace
}  // namespace quire::markdown
