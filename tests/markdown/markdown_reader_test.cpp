#include "markdown/markdown_reader.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <thread>

#include "model/dump.h"

namespace quire::markdown {
namespace {

struct Read {
  ParsedMarkdown md;
  Diagnostics diags;
};

Read read(std::string_view text, int first_line = 1) {
  Read r;
  r.md = read_markdown(text, "entries/a.md", first_line, r.diags);
  return r;
}

// The model of `text` as text, with a check that nothing was reported.
std::string clean(std::string_view text) {
  Read r = read(text);
  EXPECT_TRUE(r.diags.all().empty()) << format_diagnostic(r.diags.all().front());
  return model::dump(r.md.body);
}

std::vector<std::string> messages(const Diagnostics& diags) {
  std::vector<std::string> out;
  for (const Diagnostic& d : diags.all()) out.push_back(format_diagnostic(d));
  return out;
}

template <class T>
const T& as(const model::Block& b) {
  EXPECT_TRUE(std::holds_alternative<T>(b.node));
  return std::get<T>(b.node);
}
template <class T>
const T& as(const model::Inline& in) {
  EXPECT_TRUE(std::holds_alternative<T>(in.node));
  return std::get<T>(in.node);
}

const model::Citation& only_citation(const model::Blocks& body) {
  static const model::Citation none;
  for (const model::Inline& in : as<model::Paragraph>(body.at(0)).content)
    if (const auto* c = std::get_if<model::Citation>(&in.node)) return *c;
  ADD_FAILURE() << "no citation in " << model::dump(body);
  return none;
}

TEST(MarkdownReader, EmptyInput) {
  Read r = read("");
  EXPECT_TRUE(r.md.body.empty());
  EXPECT_TRUE(r.md.notes.empty());
  EXPECT_TRUE(r.diags.all().empty());
}

TEST(MarkdownReader, HeadingsAndParagraphs) {
  EXPECT_EQ(clean("# One\n\nSetext\n------\n\n### Three *x*\n\nText.\n"),
            "Heading 1 [Text \"One\"]\n"
            "Heading 2 [Text \"Setext\"]\n"
            "Heading 3 [Text \"Three \", Emph [Text \"x\"]]\n"
            "Para [Text \"Text.\"]\n");
}

TEST(MarkdownReader, InlineFormatting) {
  EXPECT_EQ(clean("*em* **strong** ~~gone~~ `code` and ***both***\n"),
            "Para [Emph [Text \"em\"], Text \" \", Strong [Text \"strong\"], Text \" \", "
            "Strikeout [Text \"gone\"], Text \" \", Code \"code\", Text \" and \", "
            "Emph [Strong [Text \"both\"]]]\n");
}

TEST(MarkdownReader, SmartPunctuation) {
  EXPECT_EQ(clean("\"Quoted\" 'single' it's 1--2 a---b...\n"),
            "Para [Text \"\xE2\x80\x9CQuoted\xE2\x80\x9D \xE2\x80\x98single\xE2\x80\x99 "
            "it\xE2\x80\x99s 1\xE2\x80\x93"
            "2 a\xE2\x80\x94"
            "b\xE2\x80\xA6\"]\n");
}

TEST(MarkdownReader, LineBreaks) {
  EXPECT_EQ(clean("one\ntwo  \nthree\\\nfour\n"),
            "Para [Text \"one\", SoftBreak, Text \"two\", LineBreak, Text \"three\", LineBreak, "
            "Text \"four\"]\n");
}

TEST(MarkdownReader, AdjacentTextIsMerged) {
  Read r = read("a [b] c \\* d &amp; e\n");
  const auto& p = as<model::Paragraph>(r.md.body.at(0));
  ASSERT_EQ(p.content.size(), 1u) << model::dump(r.md.body);
  EXPECT_EQ(as<model::Text>(p.content[0]).text, "a [b] c * d & e");
}

TEST(MarkdownReader, CodeBlocks) {
  EXPECT_EQ(clean("```cpp {.numbered}\nint x;\n```\n\n    indented\n"),
            "CodeBlock \"cpp {.numbered}\" language=cpp {.numbered} \"int x;\\n\"\n"
            "CodeBlock \"\" \"indented\\n\"\n");
}

TEST(MarkdownReader, BlockQuotes) {
  EXPECT_EQ(clean("> outer\n>\n> > inner\n"),
            "BlockQuote\n"
            "  Para [Text \"outer\"]\n"
            "  BlockQuote\n"
            "    Para [Text \"inner\"]\n");
}

TEST(MarkdownReader, Lists) {
  EXPECT_EQ(clean("3. three\n4. four\n   - nested\n   - more\n\n* loose\n\n* list\n"),
            "OrderedList start=3 tight\n"
            "  Item\n"
            "    Para [Text \"three\"]\n"
            "  Item\n"
            "    Para [Text \"four\"]\n"
            "    BulletList tight\n"
            "      Item\n"
            "        Para [Text \"nested\"]\n"
            "      Item\n"
            "        Para [Text \"more\"]\n"
            "BulletList loose\n"
            "  Item\n"
            "    Para [Text \"loose\"]\n"
            "  Item\n"
            "    Para [Text \"list\"]\n");
}

TEST(MarkdownReader, TaskList) {
  Read r = read("- [ ] todo\n- [x] done\n- plain\n");
  const auto& list = as<model::List>(r.md.body.at(0));
  ASSERT_EQ(list.items.size(), 3u);
  EXPECT_EQ(list.items[0].task, std::optional<bool>(false));
  EXPECT_EQ(list.items[1].task, std::optional<bool>(true));
  EXPECT_EQ(list.items[2].task, std::nullopt);
  EXPECT_EQ(model::dump(list.items[1].content), "Para [Text \"done\"]\n");
}

TEST(MarkdownReader, Table) {
  Read r = read("| a | b | c | d |\n|:--|:-:|--:|---|\n| 1 | *2* | 3 | |\n| x | y | z | w |\n");
  ASSERT_EQ(r.md.body.size(), 1u);
  const auto& t = as<model::Table>(r.md.body[0]);
  EXPECT_EQ(t.aligns, (std::vector<model::Align>{model::Align::Left, model::Align::Center,
                                                 model::Align::Right, model::Align::Default}));
  EXPECT_EQ(model::dump(r.md.body),
            "Table Left Center Right Default\n"
            "  Header [Text \"a\"] [Text \"b\"] [Text \"c\"] [Text \"d\"]\n"
            "  Row [Text \"1\"] [Emph [Text \"2\"]] [Text \"3\"] []\n"
            "  Row [Text \"x\"] [Text \"y\"] [Text \"z\"] [Text \"w\"]\n");
}

TEST(MarkdownReader, LinksAndAutolinks) {
  EXPECT_EQ(clean("[text](http://a.example \"T\") <https://b.example> www.c.example "
                  "and d@e.example\n"),
            "Para [Link \"http://a.example\" title=\"T\" [Text \"text\"], Text \" \", "
            "Link \"https://b.example\" [Text \"https://b.example\"], Text \" \", "
            "Link \"http://www.c.example\" [Text \"www.c.example\"], Text \" and \", "
            "Link \"mailto:d@e.example\" [Text \"d@e.example\"]]\n");
}

TEST(MarkdownReader, InlineImageIsNotAFigure) {
  EXPECT_EQ(clean("See ![icon](i.png) here.\n"),
            "Para [Text \"See \", Image \"i.png\" [Text \"icon\"], Text \" here.\"]\n");
}

TEST(MarkdownReader, ImageAloneIsAFigure) {
  Read r = read("Intro.\n\n![A *map*](maps/m.png \"Title\")\n");
  ASSERT_EQ(r.md.body.size(), 2u);
  const auto& fig = as<model::Figure>(r.md.body[1]);
  EXPECT_EQ(fig.image.src, "maps/m.png");
  EXPECT_EQ(fig.image.title, "Title");
  EXPECT_EQ(model::dump(fig.caption), "[Text \"A \", Emph [Text \"map\"]]");
  EXPECT_EQ(model::dump(fig.image.alt), "[Text \"A \", Emph [Text \"map\"]]");
  EXPECT_EQ(r.md.body[1].pos.line, 3);
  EXPECT_EQ(r.md.body[1].pos.col, 1);
}

TEST(MarkdownReader, FigureWithoutAltUsesTitle) {
  Read r = read("![](m.png \"The title\")\n");
  const auto& fig = as<model::Figure>(r.md.body.at(0));
  EXPECT_EQ(model::dump(fig.caption), "[Text \"The title\"]");
}

TEST(MarkdownReader, ThematicBreak) {
  EXPECT_EQ(clean("a\n\n***\n\nb\n"), "Para [Text \"a\"]\nThematicBreak\nPara [Text \"b\"]\n");
}

TEST(MarkdownReader, BlockPositionsCountFromFirstLine) {
  Read r = read("# Title\n\n> quoted\n\n- item\n", 5);
  ASSERT_EQ(r.md.body.size(), 3u);
  EXPECT_EQ(r.md.body[0].pos.line, 5);
  EXPECT_EQ(r.md.body[0].pos.col, 1);
  EXPECT_EQ(r.md.body[1].pos.line, 7);
  const auto& quote = as<model::BlockQuote>(r.md.body[1]);
  EXPECT_EQ(quote.content.at(0).pos.line, 7);
  EXPECT_EQ(quote.content.at(0).pos.col, 3);
  EXPECT_EQ(r.md.body[2].pos.line, 9);
}

TEST(MarkdownReader, InlinePositions) {
  Read r = read("Some *emph* text\nnext `code` line\n", 3);
  const auto& p = as<model::Paragraph>(r.md.body.at(0));
  ASSERT_EQ(p.content.size(), 7u) << model::dump(r.md.body);
  EXPECT_EQ(p.content[0].pos.line, 3);
  EXPECT_EQ(p.content[0].pos.col, 1);
  EXPECT_EQ(p.content[1].pos.line, 3);  // *emph*
  EXPECT_EQ(p.content[1].pos.col, 6);
  EXPECT_EQ(p.content[5].pos.line, 4);  // `code`: cmark points at its text, column 7
  for (const model::Inline& in : p.content) EXPECT_GT(in.pos.line, 0);  // soft break too
}

TEST(MarkdownReader, Footnotes) {
  Read r = read("Alpha[^b] beta[^a] again[^b].\n\n[^a]: Note A.\n\n[^b]: Note B.\n\n    More B.\n", 10);
  EXPECT_TRUE(r.diags.all().empty()) << messages(r.diags).front();
  EXPECT_EQ(model::dump(r.md.body),
            "Para [Text \"Alpha\", NoteRef \"b\", Text \" beta\", NoteRef \"a\", Text \" again\", "
            "NoteRef \"b\", Text \".\"]\n");
  ASSERT_EQ(r.md.notes.size(), 2u);
  EXPECT_EQ(r.md.notes[0].label, "a");  // order of definition, not of reference
  EXPECT_EQ(r.md.notes[0].pos.line, 12);
  EXPECT_EQ(r.md.notes[0].pos.col, 1);
  EXPECT_EQ(model::dump(r.md.notes[0].content), "Para [Text \"Note A.\"]\n");
  EXPECT_EQ(r.md.notes[1].label, "b");
  EXPECT_EQ(r.md.notes[1].pos.line, 14);
  EXPECT_EQ(model::dump(r.md.notes[1].content), "Para [Text \"Note B.\"]\nPara [Text \"More B.\"]\n");
  EXPECT_EQ(r.md.notes[1].number, 0);  // numbering is a later pass
}

TEST(MarkdownReader, FootnoteLabelsKeepTheirSpelling) {
  Read r = read("Text[^Long-Label_1].\n\n[^Long-Label_1]: Body.\n");
  const auto& p = as<model::Paragraph>(r.md.body.at(0));
  EXPECT_EQ(as<model::NoteRef>(p.content.at(1)).label, "Long-Label_1");
  ASSERT_EQ(r.md.notes.size(), 1u);
  EXPECT_EQ(r.md.notes[0].label, "Long-Label_1");
}

TEST(MarkdownReader, UndefinedFootnoteStaysTextWithWarning) {
  Read r = read("Text [^missing] here.\n", 4);
  EXPECT_EQ(model::dump(r.md.body), "Para [Text \"Text [^missing] here.\"]\n");
  EXPECT_EQ(messages(r.diags),
            std::vector<std::string>{
                "entries/a.md:4:6: warning: footnote 'missing' is referenced but never defined "
                "[undefined-note]"});
}

TEST(MarkdownReader, UnusedAndDuplicateFootnotesWarn) {
  Read r = read("Use[^a].\n\n[^a]: First.\n[^unused]: Never.\n[^a]: Second.\n\n```\n[^x]: code\n```\n", 2);
  ASSERT_EQ(r.md.notes.size(), 1u);
  EXPECT_EQ(model::dump(r.md.notes[0].content), "Para [Text \"First.\"]\n");
  EXPECT_EQ(messages(r.diags),
            (std::vector<std::string>{
                "entries/a.md:5:1: warning: footnote 'unused' is never referenced [unused-note]",
                "entries/a.md:6:1: warning: footnote 'a' is defined more than once; the first "
                "definition is used [duplicate-note]"}));
}

TEST(MarkdownReader, RawHtmlBlockIsDroppedWithWarning) {
  Read r = read("Before.\n\n<div class=\"x\">\nhello\n</div>\n\nAfter.\n", 7);
  EXPECT_EQ(model::dump(r.md.body), "Para [Text \"Before.\"]\nPara [Text \"After.\"]\n");
  EXPECT_EQ(messages(r.diags),
            std::vector<std::string>{
                "entries/a.md:9:1: warning: raw HTML is not supported and was dropped [raw-html]"});
}

TEST(MarkdownReader, RawInlineHtmlIsDroppedWithWarning) {
  Read r = read("Para.\n\nSome <b>bold</b> text.\n", 3);
  EXPECT_EQ(model::dump(r.md.body), "Para [Text \"Para.\"]\nPara [Text \"Some bold text.\"]\n");
  EXPECT_EQ(messages(r.diags),
            (std::vector<std::string>{
                "entries/a.md:5:6: warning: raw HTML is not supported and was dropped [raw-html]",
                "entries/a.md:5:13: warning: raw HTML is not supported and was dropped "
                "[raw-html]"}));
  EXPECT_EQ(r.diags.all().at(0).severity, Severity::Warning);
}

TEST(MarkdownReader, HtmlCommentsAreDroppedSilently) {
  EXPECT_EQ(clean("<!-- block\ncomment -->\n\nText <!-- inline --> more.\n"),
            "Para [Text \"Text  more.\"]\n");
}

TEST(MarkdownReader, BracketedCitation) {
  Read r = read("As shown [see @smith04, p. 12; -@doe99] before.\n", 20);
  EXPECT_TRUE(r.diags.all().empty());
  const auto& p = as<model::Paragraph>(r.md.body.at(0));
  ASSERT_EQ(p.content.size(), 3u) << model::dump(r.md.body);
  EXPECT_EQ(as<model::Text>(p.content[0]).text, "As shown ");
  EXPECT_EQ(as<model::Text>(p.content[2]).text, " before.");
  const auto& c = as<model::Citation>(p.content[1]);
  EXPECT_FALSE(c.in_text);
  EXPECT_EQ(c.source, "[see @smith04, p. 12; -@doe99]");
  ASSERT_EQ(c.items.size(), 2u);
  EXPECT_EQ(c.items[0].prefix, "see");
  EXPECT_EQ(c.items[0].key, "smith04");
  EXPECT_EQ(c.items[0].label, "page");
  EXPECT_EQ(c.items[0].locator, "12");
  EXPECT_EQ(c.items[1].key, "doe99");
  EXPECT_TRUE(c.items[1].suppress_author);
  EXPECT_EQ(p.content[1].pos.line, 20);
  EXPECT_EQ(p.content[1].pos.col, 10);
  EXPECT_EQ(c.items[0].pos.line, 20);
  EXPECT_EQ(c.items[0].pos.col, 15);
  EXPECT_EQ(c.items[1].pos.col, 33);
}

TEST(MarkdownReader, CitationRangeWithSmartDash) {
  Read r = read("Text [@key, pp. 12--40].\n");
  const auto& c = only_citation(r.md.body);
  ASSERT_EQ(c.items.size(), 1u);
  EXPECT_EQ(c.items[0].label, "page");
  EXPECT_EQ(c.items[0].locator,
            "12\xE2\x80\x93"
            "40");
  EXPECT_EQ(c.source,
            "[@key, pp. 12\xE2\x80\x93"
            "40]");
}

TEST(MarkdownReader, InTextCitations) {
  Read r = read("@smith04 says so, and @doe99 [chap. 3] agrees.\n");
  EXPECT_EQ(model::dump(r.md.body),
            "Para [Cite in_text [Item \"smith04\"], Text \" says so, and \", "
            "Cite in_text [Item \"doe99\" label=\"chapter\" locator=\"3\"], Text \" agrees.\"]\n");
  const auto& p = as<model::Paragraph>(r.md.body.at(0));
  EXPECT_EQ(as<model::Citation>(p.content[2]).source, "@doe99 [chap. 3]");
  EXPECT_EQ(p.content[2].pos.col, 23);
}

TEST(MarkdownReader, CitationAcrossLines) {
  Read r = read("Text [see @a,\np. 4; @b] end.\n");
  EXPECT_EQ(model::dump(r.md.body),
            "Para [Text \"Text \", Cite [Item \"a\" prefix=\"see\" label=\"page\" locator=\"4\", "
            "Item \"b\"], Text \" end.\"]\n");
  const auto& c = only_citation(r.md.body);
  ASSERT_EQ(c.items.size(), 2u);
  EXPECT_EQ(c.items[1].pos.line, 2);
  EXPECT_EQ(c.items[1].pos.col, 7);
}

TEST(MarkdownReader, CitationInsideEmphasisAndHeading) {
  EXPECT_EQ(clean("# On @knuth84\n\n*see [@a]*\n"),
            "Heading 1 [Text \"On \", Cite in_text [Item \"knuth84\"]]\n"
            "Para [Emph [Text \"see \", Cite [Item \"a\"]]]\n");
}

TEST(MarkdownReader, NoCitationInCodeLinksOrEmail) {
  EXPECT_EQ(clean("`@code` [me @x](http://u.example) mail jane@host now\n"),
            "Para [Code \"@code\", Text \" \", Link \"http://u.example\" [Text \"me @x\"], "
            "Text \" mail jane@host now\"]\n");
}

TEST(MarkdownReader, BracketsWithoutKeyStayText) {
  EXPECT_EQ(clean("A [remark] and [another; one].\n"), "Para [Text \"A [remark] and [another; one].\"]\n");
}

TEST(MarkdownReader, EscapedAtIsNotACitation) {
  EXPECT_EQ(clean("Follow \\@jack and @jill.\n"),
            "Para [Text \"Follow @jack and \", Cite in_text [Item \"jill\"], Text \".\"]\n");
}

TEST(MarkdownReader, CitationInFigureCaption) {
  Read r = read("![Map after @smith04](m.png)\n");
  const auto& fig = as<model::Figure>(r.md.body.at(0));
  EXPECT_EQ(model::dump(fig.caption), "[Text \"Map after \", Cite in_text [Item \"smith04\"]]");
}

TEST(MarkdownReader, DeepBlockNestingIsCutWithOneError) {
  std::string text(10000, '>');
  text += " deep text\n";
  Read r = read(text, 3);
  ASSERT_EQ(r.diags.all().size(), 1u);
  EXPECT_EQ(r.diags.all()[0].severity, Severity::Error);
  EXPECT_TRUE(r.diags.all()[0].message.starts_with("nesting deeper than 64 levels")) << r.diags.all()[0].message;
  EXPECT_EQ(r.diags.all()[0].loc.pos.line, 3);
  // 64 block quotes survive; the text below them is kept, flattened into a paragraph.
  int depth = 0;
  const model::Blocks* level = &r.md.body;
  while (level->size() == 1 && std::holds_alternative<model::BlockQuote>(level->front().node)) {
    level = &std::get<model::BlockQuote>(level->front().node).content;
    ++depth;
  }
  EXPECT_EQ(depth, 64);
  ASSERT_EQ(level->size(), 1u);
  EXPECT_EQ(model::dump(*level), "Para [Text \"deep text\"]\n");
}

TEST(MarkdownReader, DeepListNestingIsCut) {
  std::string text;
  for (int i = 0; i < 10000; ++i) text += "- ";
  text += "x\n";
  Read r = read(text);
  ASSERT_EQ(r.diags.count(Severity::Error), 1u);
  EXPECT_TRUE(r.diags.all()[0].message.starts_with("nesting deeper than 64 levels")) << r.diags.all()[0].message;
  EXPECT_NE(model::dump(r.md.body).find("Para [Text \"x\"]"), std::string::npos);
}

TEST(MarkdownReader, DeepInlineNestingIsFlattened) {
  std::string text;
  for (int i = 0; i < 3000; ++i) text += "![a";
  for (int i = 0; i < 3000; ++i) text += "](u)";
  text += " tail\n";
  Read r = read(text);
  ASSERT_EQ(r.diags.count(Severity::Error), 1u);
  EXPECT_TRUE(r.diags.all()[0].message.starts_with("nesting deeper than 64 levels")) << r.diags.all()[0].message;
  const std::string dumped = model::dump(r.md.body);
  EXPECT_NE(dumped.find("Text \" tail\""), std::string::npos);
}

TEST(MarkdownReader, DepthJustUnderTheLimitIsFine) {
  std::string text(63, '>');
  text += " ok\n";
  Read r = read(text);
  EXPECT_TRUE(r.diags.all().empty());
}

// cmark-gfm shares state between parsers; entries read in parallel must not disturb
// each other (run under a thread sanitizer to see races).
TEST(MarkdownReader, ParallelReadsAgree) {
  const std::string text = "~~gone~~ www.example.com [@a] | x |\n\n| a |\n|---|\n| ~~b~~ |\n";
  const std::string expected = model::dump(read(text).md.body);
  std::vector<std::string> results(4);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < results.size(); ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 50; ++i) {
        std::string got = model::dump(read(text).md.body);
        if (got != expected) {
          results[t] = got;
          return;
        }
      }
    });
  }
  for (auto& th : threads) th.join();
  for (const std::string& r : results) EXPECT_EQ(r, "");
  EXPECT_NE(expected.find("Strikeout"), std::string::npos);
}

// A whole entry against its expected dump (regenerate by hand when the model changes).
TEST(MarkdownReader, GoldenEntry) {
  auto slurp = [](const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    EXPECT_TRUE(in) << path;
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
  };
  const std::string dir = std::string(QUIRE_TEST_DATA) + "/markdown/";
  Read r = read(slurp(dir + "golden.md"));
  std::string got = model::dump(r.md.body);
  for (const model::Note& n : r.md.notes) got += "Note \"" + n.label + "\"\n" + model::dump(n.content);
  for (const Diagnostic& d : r.diags.all()) got += format_diagnostic(d) + "\n";
  EXPECT_EQ(got, slurp(dir + "golden.dump"));
}

}  // namespace
}  // namespace quire::markdown
