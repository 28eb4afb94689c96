#include "bibliography/bibtex_latex.h"

#include <gtest/gtest.h>

#include <string>

namespace {

using namespace quire::bibliography::bibtex;

// The CSL JSON rich text pandoc writes for a field holding `tex`.
std::string csl(const std::string& tex) {
  auto x = read_latex_inlines(tex);
  return x ? render_csl(*x) : "<rejected>";
}

TEST(BibtexLatex, AccentsBecomeComposedCharacters) {
  EXPECT_EQ(csl("{\\\"u}ber \\\"{u} \\'e \\c{c} {\\o} {\\aa} \\v{s} \\~n \\^o \\=a \\.z \\u{g}"),
            "über ü é ç ø å š ñ ô ā ż ğ");
  EXPECT_EQ(csl("\\H{o} \\k{a} \\`a \\r{a} \\d{a} \\v{C} \\c c \\\"ue"), "ő ą à å ạ Č ç üe");
  // Letters without a precomposed form keep the combining mark.
  EXPECT_EQ(csl("\\'{\\i}"), "\u0131\u0301");
  // With nothing to sit on, an accent is itself (or its combining mark).
  EXPECT_EQ(csl("\\~{} \\'{}"), "~ '");
}

TEST(BibtexLatex, LetterCommandsEatTheSpaceAfterThem) {
  EXPECT_EQ(csl("\\ss \\l \\L \\O \\AA \\AE \\ae \\oe \\OE \\i \\j"), "ßłŁØÅÆæœŒıȷ");
  EXPECT_EQ(csl("\\ss{} \\l{}"), "ß ł");
}

TEST(BibtexLatex, EscapedAndSpecialCharacters) {
  EXPECT_EQ(csl("\\& \\% \\$ \\_ \\# \\{ \\}"), "& % $ _ # { }");
  EXPECT_EQ(csl("a--b a---b a~b a\\ b a \\ b"),
            "a\u2013b a\u2014b a\u00A0b a\u00A0b a \u00A0b");
  EXPECT_EQ(csl("\\ldots{} \\S{} \\P{} \\copyright{} \\LaTeX{} \\TeX{}"), "… § ¶ © LaTeX TeX");
  EXPECT_EQ(csl("x^2 and y_1 and a & b # c"), "x^2 and y_1 and a & b # c");
  EXPECT_EQ(csl("line\\\\break"), "line\nbreak");
}

TEST(BibtexLatex, FormattingCommands) {
  EXPECT_EQ(csl("\\textit{a} \\emph{b} \\textbf{c} \\textsc{d}"),
            "<i>a</i> <i>b</i> <b>c</b> <span style=\"font-variant:small-caps;\">d</span>");
  EXPECT_EQ(csl("\\textsuperscript{th} \\textsubscript{2} \\underline{u} \\texttt{t t}"),
            "<sup>th</sup> <sub>2</sub> <u>u</u> t t");
  EXPECT_EQ(csl("{\\em a} {\\it b} {\\bf c} {\\sc d}"), "<i>a</i> <i>b</i> <b>c</b> d");
  EXPECT_EQ(csl("\\emph{a \\emph{b} c}"),
            "<i>a <span style=\"font-style:normal;\">b</span> c</i>");
  EXPECT_EQ(csl("\\textit{a}\\textit{b}"), "<i>ab</i>");
  EXPECT_EQ(csl("x\\emph{ spaced }x"), "x <i>spaced</i> x");
}

TEST(BibtexLatex, UrlsAndLinks) {
  EXPECT_EQ(csl("\\url{https://example.org/a\\_b\\%c}"), "https://example.org/a_b%c");
  EXPECT_EQ(csl("\\href{https://example.org}{the \\emph{site}}"), "the <i>site</i>");
}

TEST(BibtexLatex, MathIsKeptAsTexSource) {
  EXPECT_EQ(csl("$x^2 + \\alpha$ and \\(y\\) and $$ z $$"), "x^2 + \\alpha and y and z");
  EXPECT_EQ(csl("Cost in $ dollars"), "<rejected>");
}

TEST(BibtexLatex, SmartQuotesAndApostrophes) {
  EXPECT_EQ(csl("``a'' `b' it's 'n'"), "\u201Ca\u201D \u201Cb\u201D it\u2019s \u2019n\u2019");
  EXPECT_EQ(csl("``outer `inner' text''"), "\u201Couter \u2018inner\u2019 text\u201D");
  EXPECT_EQ(csl("\\enquote{a \\enquote{b}}"), "\u201Ca \u2018b\u2019\u201D");
  EXPECT_EQ(csl("``unclosed"), "\u201Cunclosed");
  EXPECT_EQ(csl("\"straight\""), "\"straight\"");
}

TEST(BibtexLatex, UnknownCommandsVanishWithTheirArguments) {
  EXPECT_EQ(csl("\\foo{bar} \\baz[opt]{x}{y}z"), " z");
  EXPECT_EQ(csl("\\mbox{m} \\cite[p.~5]{k} \\label{l}end"), "  end");
  EXPECT_EQ(csl("\\noopsort{a}Title"), "Title");
  EXPECT_EQ(csl("50% of a comment"), "50");
}

TEST(BibtexLatex, BraceGroupsBecomeSpans) {
  auto x = read_latex_inlines("A {DNA} b {{double}}");
  ASSERT_TRUE(x);
  ASSERT_EQ(x->size(), 7u);
  EXPECT_TRUE((*x)[2].is_plain_span());
  EXPECT_TRUE((*x)[6].is_plain_span());
  ASSERT_EQ((*x)[6].children.size(), 1u);  // {{double}} is one group, not two
  EXPECT_EQ((*x)[6].children[0].text, "double");
  EXPECT_EQ(csl("a {} b"), "a b");
}

TEST(BibtexLatex, ParagraphsFlattenAsPandocFlattensThem) {
  auto one = read_latex("one paragraph\nover two lines");
  ASSERT_TRUE(one);
  EXPECT_TRUE(one->single_paragraph);
  EXPECT_EQ(render_csl(one->inlines), "one paragraph over two lines");
  auto two = read_latex("First \\emph{x}.\n\nSecond.");
  ASSERT_TRUE(two);
  EXPECT_FALSE(two->single_paragraph);
  // pandoc collects every inline node, so the emphasized text appears twice.
  EXPECT_EQ(render_csl(two->inlines), "First <i>x</i>x.Second.");
}

TEST(BibtexLatex, BiblatexCommandsAndLocalizationKeys) {
  EXPECT_EQ(csl("\\bibstring{andothers} \\mkbibquote{q} \\mkbibemph{e} \\RN{12} \\Rn{4}"),
            "et al. \u201Cq\u201D <i>e</i> XII iv");
  EXPECT_EQ(csl("\\MakeUppercase{up} \\MakeLowercase{DOWN}"), "UP down");
}

TEST(BibtexLatex, UrlsAreVerbatim) {
  EXPECT_EQ(csl("\\url{https://x.org/a%20b} rest"), "https://x.org/a%20b rest");
  EXPECT_EQ(csl("\\href{https://x.org/a%20b}{t} rest"), "t rest");
  EXPECT_EQ(csl("\\verb|a%b| c"), "a%b c");
  EXPECT_EQ(csl("\\texttt{a%b}"), "<rejected>");  // a comment swallows the brace
}

TEST(BibtexLatex, XspaceIsExpandedBeforeReading) {
  EXPECT_EQ(csl("a\\xspace 3"), "a 3");
  EXPECT_EQ(csl("a\\xspace,b"), "a,b");
  EXPECT_EQ(csl("$a\\xspace b$"), "a b");
  EXPECT_EQ(csl("deep \\xspace"), "<rejected>");
}

TEST(BibtexLatex, CommandsAloneOnALineAreRawBlocks) {
  auto raw = read_latex("\\relax\n Text");
  ASSERT_TRUE(raw);
  EXPECT_FALSE(raw->single_paragraph);  // a raw block, then the paragraph
  EXPECT_EQ(render_csl(raw->inlines), "Text");
  auto inline_raw = read_latex("\\relax Text");
  ASSERT_TRUE(inline_raw);
  EXPECT_TRUE(inline_raw->single_paragraph);
  EXPECT_EQ(csl("\\textgerman{Welt}\n Text"), "Welt Text");
  EXPECT_EQ(csl("a\\par b"), "ab");
  EXPECT_EQ(csl("{\\em \\par}x"), "<i></i>x");
}

TEST(BibtexLatex, RejectsWhatPandocRejects) {
  EXPECT_EQ(csl("a } b"), "<rejected>");
  EXPECT_EQ(csl("\\textit"), "<rejected>");
  EXPECT_EQ(csl("\\emph{a\n\nb}"), "<rejected>");
}

TEST(BibtexLatex, DeepNestingIsRejectedNotACrash) {
  bool too_deep = false;
  const std::string quotes(20000, '`');
  EXPECT_FALSE(read_latex(quotes + "x", &too_deep));
  EXPECT_TRUE(too_deep);
  std::string groups = std::string(5000, '{') + "x" + std::string(5000, '}');
  too_deep = false;
  EXPECT_FALSE(read_latex(groups, &too_deep));
  EXPECT_TRUE(too_deep);
  std::string accents;
  for (int i = 0; i < 5000; ++i) accents += "\\'";
  EXPECT_FALSE(read_latex(accents + "e", &too_deep));
}

}  // namespace
