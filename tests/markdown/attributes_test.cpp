#include "markdown/attributes.h"

#include <gtest/gtest.h>

#include "markdown/markdown_reader.h"
#include "model/dump.h"

namespace quire::markdown {
namespace {

ParsedAttributes ok(std::string_view text) {
  ParsedAttributes p = parse_attributes(text);
  EXPECT_TRUE(p.ok) << text << ": " << p.error;
  return p;
}

std::string body(std::string_view text, Diagnostics* diags_out = nullptr) {
  Diagnostics diags;
  ParsedMarkdown md = read_markdown(text, "entries/a.md", 1, diags);
  if (diags_out == nullptr) {
    EXPECT_TRUE(diags.all().empty()) << format_diagnostic(diags.all().front());
  } else {
    *diags_out = diags;
  }
  return model::dump(md.body);
}

// ---- the grammar ----------------------------------------------------------------

TEST(AttributesTest, IdClassesAndValues) {
  const ParsedAttributes p = ok(R"({#ident .class key="value value" key2=value2})");
  EXPECT_EQ(p.attr.id, "ident");
  EXPECT_EQ(p.attr.classes, std::vector<std::string>{"class"});
  ASSERT_EQ(p.attr.kv.size(), 2u);
  EXPECT_EQ(p.attr.kv[0], (std::pair<std::string, std::string>{"key", "value value"}));
  EXPECT_EQ(*p.attr.get("key2"), "value2");
  EXPECT_EQ(p.end, 45u);
}

TEST(AttributesTest, WhitespaceAroundDelimitersAndNewlines) {
  EXPECT_EQ(ok("{  #ident  .class key=\"value\" }").attr.id, "ident");
  const ParsedAttributes p = ok("{#ident .class\nkey=value}");
  EXPECT_EQ(*p.attr.get("key"), "value");
}

TEST(AttributesTest, ClassesCombineAndTheLastIdWins) {
  EXPECT_EQ(ok(R"({.class1 .class2 class="class3"})").attr.classes,
            (std::vector<std::string>{"class1", "class2", "class3"}));
  EXPECT_EQ(ok(R"({#id1 #id2 id="id3"})").attr.id, "id3");
}

TEST(AttributesTest, DashIsUnnumbered) {
  EXPECT_TRUE(ok("{-}").attr.has("unnumbered"));
  EXPECT_TRUE(ok("{.unlisted -}").attr.has("unnumbered"));
}

TEST(AttributesTest, CrossrefLabelsKeepColons) {
  EXPECT_EQ(ok("{#fig:x width=66%}").attr.id, "fig:x");
  EXPECT_EQ(*ok("{#fig:x width=66%}").attr.get("width"), "66%");
  EXPECT_EQ(ok("{#sec:intro.part}").attr.id, "sec:intro.part");
}

TEST(AttributesTest, QuotedValuesKeepTheirText) {
  EXPECT_EQ(*ok(R"({caption="A \"quoted\" word, 'and' -- dashes"})").attr.get("caption"),
            R"(A "quoted" word, 'and' -- dashes)");
  EXPECT_EQ(*ok("{k='single'}").attr.get("k"), "single");
}

TEST(AttributesTest, EntitiesInValues) {
  EXPECT_EQ(*ok(R"({key="v&#97;lue" })").attr.get("key"), "value");
  EXPECT_EQ(*ok(R"({key="a&amp;b&#x41;"})").attr.get("key"), "a&bA");
}

TEST(AttributesTest, RawFormat) {
  const ParsedAttributes p = ok("{=html}");
  EXPECT_EQ(p.raw_format, "html");
  EXPECT_TRUE(p.attr.empty());
  EXPECT_FALSE(parse_attributes("{=html .x}").ok);
}

TEST(AttributesTest, EndsAtTheClosingBrace) {
  EXPECT_EQ(ok("{.a} rest").end, 4u);
}

TEST(AttributesTest, ClearErrors) {
  auto error = [](std::string_view text) { return parse_attributes(text).error; };
  EXPECT_EQ(error("{#fig:x width=66%"), "the attribute block is never closed with '}'");
  EXPECT_EQ(error("{}"), "the attribute block is empty");
  EXPECT_EQ(error("{#1x}"), "an id must start with a letter");
  EXPECT_EQ(error("{.}"), "a class must start with a letter");
  EXPECT_EQ(error("{key}"), "'key' needs a value, as in key=value");
  EXPECT_EQ(error("{k=\"open}"), "the value of 'k' has no closing quote");
  EXPECT_EQ(error("{@x}"), "unexpected '@' in an attribute block");
  EXPECT_EQ(error("{.a.b}"), "attributes are separated by spaces");
  EXPECT_EQ(parse_attributes("{#1x}").error_at, 1u);
}

TEST(AttributesTest, ABlockThatNeverClosesWithinTheLimitIsNotOne) {
  std::string text = "{#a " + std::string(kMaxAttributeBlock, ' ') + "}";
  EXPECT_FALSE(parse_attributes(text).ok);
}

// ---- where the reader attaches them (commonmark-extensions/attributes.md) ---------------

// Examples 1-3, 6: attributes at the end of an ATX or Setext heading.
TEST(AttributesReaderTest, HeadingAttributes) {
  EXPECT_EQ(body(R"(# Heading {#ident .class key="value value" key2=value2})"),
            "Heading 1 {#ident .class key=\"value value\" key2=\"value2\"} [Text \"Heading\"]\n");
  EXPECT_EQ(body("Heading {#ident .class key=\"value\"}\n=====\n"),
            "Heading 1 {#ident .class key=\"value\"} [Text \"Heading\"]\n");
  EXPECT_EQ(body("# Heading {  #ident  .class key=\"value\" }"),
            "Heading 1 {#ident .class key=\"value\"} [Text \"Heading\"]\n");
  EXPECT_EQ(body("# Foo {#bar}   \n"), "Heading 1 {#bar} [Text \"Foo\"]\n");
}

// Examples 4-5.
TEST(AttributesReaderTest, HeadingClassesCombineAndIdsReplace) {
  EXPECT_EQ(body(R"(# Heading {.class1 .class2 class="class3"})"),
            "Heading 1 {.class1 .class2 .class3} [Text \"Heading\"]\n");
  EXPECT_EQ(body(R"(# Heading {#id1 #id2 id="id3"})"), "Heading 1 {#id3} [Text \"Heading\"]\n");
}

// Example 7: headings without attributes are unchanged.
TEST(AttributesReaderTest, HeadingsWithoutAttributes) {
  EXPECT_EQ(body("# ATX\n\nSetext\n------\n"), "Heading 1 [Text \"ATX\"]\nHeading 2 [Text \"Setext\"]\n");
}

TEST(AttributesReaderTest, UnnumberedAndUnlistedHeadings) {
  EXPECT_EQ(body("# Preface {-}"), "Heading 1 unnumbered {.unnumbered} [Text \"Preface\"]\n");
  EXPECT_EQ(body("## Part 1 {.unlisted .unnumbered}"),
            "Heading 2 unnumbered unlisted {.unlisted .unnumbered} [Text \"Part 1\"]\n");
  EXPECT_EQ(body("# Intro {#sec:intro}"), "Heading 1 {#sec:intro} [Text \"Intro\"]\n");
}

TEST(AttributesReaderTest, BracesInsideAHeadingAreText) {
  EXPECT_EQ(body("# Set {a, b} here"), "Heading 1 [Text \"Set {a, b} here\"]\n");
  EXPECT_EQ(body("# Sets {#x} and more"), "Heading 1 [Text \"Sets {#x} and more\"]\n");
}

// Examples 8-11: fenced code blocks.
TEST(AttributesReaderTest, CodeBlockAttributes) {
  EXPECT_EQ(body("``` {#ident .class key=\"value value\" key2=value2} \nxyz\n```\n"),
            "CodeBlock \"{#ident .class key=\\\"value value\\\" key2=value2}\" language=class "
            "{#ident .class key=\"value value\" key2=\"value2\"} \"xyz\\n\"\n");
  EXPECT_EQ(body("~~~~{#mycode .ruby .number-lines}\nxyz\n~~~~\n"),
            "CodeBlock \"{#mycode .ruby .number-lines}\" language=ruby {#mycode .ruby .number-lines} \"xyz\\n\"\n");
  EXPECT_EQ(body("``` {#foo} bar\nxyz\n```\n"), "CodeBlock \"{#foo} bar\" language={#foo} \"xyz\\n\"\n");
  EXPECT_EQ(body("``` bar {#foo}\nxyz\n```\n"), "CodeBlock \"bar {#foo}\" language=bar {#foo} \"xyz\\n\"\n");
}

TEST(AttributesReaderTest, ListingAttributesAndRawBlocks) {
  EXPECT_EQ(body("~~~~ {#lst:x .cpp caption=\"A \\\"loop\\\"\"}\nint x;\n~~~~\n"),
            "CodeBlock \"{#lst:x .cpp caption=\\\"A \\\"loop\\\"\\\"}\" language=cpp "
            "{#lst:x .cpp caption=\"A \\\"loop\\\"\"} \"int x;\\n\"\n");
  EXPECT_EQ(body("```cpp {#id}\nx\n```\n"), "CodeBlock \"cpp {#id}\" language=cpp {#id} \"x\\n\"\n");
  EXPECT_EQ(body("```{=html}\n<b>x</b>\n```\n"), "CodeBlock \"{=html}\" raw=html \"<b>x</b>\\n\"\n");
  EXPECT_EQ(body("```cpp\nx\n```\n"), "CodeBlock \"cpp\" language=cpp \"x\\n\"\n");
}

// Examples 12-14: inline attributes follow their element at once.
TEST(AttributesReaderTest, CodeSpanAttributes) {
  EXPECT_EQ(body("`hi`{#ident .class key=value}"),
            "Para [Code \"hi\" {#ident .class key=\"value\"}]\n");
  // After a space they are text (pandoc gives them to an empty span; nothing is lost here).
  EXPECT_EQ(body("`hi` {#ident .class key=value}"),
            "Para [Code \"hi\", Text \" {#ident .class key=value}\"]\n");
  EXPECT_EQ(body("`hi`{#ident .class\nkey=value}"), "Para [Code \"hi\" {#ident .class key=\"value\"}]\n");
}

TEST(AttributesReaderTest, RawInline) {
  EXPECT_EQ(body("a `<b>`{=html} b"), "Para [Text \"a \", RawInline \"html\" \"<b>\", Text \" b\"]\n");
}

// Examples 15-20 put attributes on blocks from a line of their own; quire keeps such a line
// as text (nothing lost).
TEST(AttributesReaderTest, AttributeLinesBeforeBlocksStayText) {
  EXPECT_EQ(body("{#foo .special}\nbar"), "Para [Text \"{#foo .special}\", SoftBreak, Text \"bar\"]\n");
}

// Examples 21-23: links and images.
TEST(AttributesReaderTest, LinkAndImageAttributes) {
  EXPECT_EQ(body(R"([foo](bar){#ident .class key="value value" key2=value2})"),
            "Para [Link \"bar\" {#ident .class key=\"value value\" key2=\"value2\"} [Text \"foo\"]]\n");
  EXPECT_EQ(body("a ![foo](bar){#ident .centered .big} b"),
            "Para [Text \"a \", Image \"bar\" {#ident .centered .big} [Text \"foo\"], Text \" b\"]\n");
}

// Example 28: entities in values.
TEST(AttributesReaderTest, EntitiesInHeadingValues) {
  EXPECT_EQ(body(R"(# Heading {key="v&#97;lue" })"), "Heading 1 {key=\"value\"} [Text \"Heading\"]\n");
}

TEST(AttributesReaderTest, QuotesInValuesAreNotSmartened) {
  EXPECT_EQ(body(R"(a [l](u){title="it's \"x\" -- y"} b)"),
            "Para [Text \"a \", Link \"u\" {title=\"it's \\\"x\\\" -- y\"} [Text \"l\"], Text \" b\"]\n");
}

TEST(AttributesReaderTest, ImplicitFigureWithSize) {
  EXPECT_EQ(body("![A caption](img/x.png){#fig:x width=66%}\n"),
            "Figure Image \"img/x.png\" {#fig:x width=\"66%\"} width=66% [Text \"A caption\"] caption=[Text \"A caption\"]\n");
  EXPECT_EQ(body("![c](x.png){height=3cm width=200px}\n"),
            "Figure Image \"x.png\" {height=\"3cm\" width=\"200px\"} width=200px height=3cm [Text \"c\"] "
            "caption=[Text \"c\"]\n");
}

TEST(AttributesReaderTest, ABadLengthIsReported) {
  Diagnostics diags;
  body("![c](x.png){width=wide}\n", &diags);
  ASSERT_EQ(diags.all().size(), 1u);
  EXPECT_NE(format_diagnostic(diags.all()[0]).find("image width 'wide' is not a length"), std::string::npos);
}

TEST(AttributesReaderTest, AnUnclosedBlockStaysText) {
  EXPECT_EQ(body("![c](x.png){#fig:x width=66%\n"),
            "Para [Image \"x.png\" [Text \"c\"], Text \"{#fig:x width=66%\"]\n");
  EXPECT_EQ(body("# Title {#sec:x"), "Heading 1 [Text \"Title {#sec:x\"]\n");
}

TEST(AttributesReaderTest, BracesElsewhereAreText) {
  EXPECT_EQ(body("a {#x} b and {.y}"), "Para [Text \"a {#x} b and {.y}\"]\n");
  EXPECT_EQ(body("set {1, 2}"), "Para [Text \"set {1, 2}\"]\n");
}

}  // namespace
}  // namespace quire::markdown
