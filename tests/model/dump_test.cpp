#include "model/dump.h"

#include <gtest/gtest.h>

namespace quire::model {
namespace {

Inline text(std::string s) { return Inline{Text{std::move(s)}, {}}; }
Block para(Inlines content) { return Block{Paragraph{std::move(content)}, {}}; }

TEST(ModelDump, InlinesOnOneLine) {
  Inlines in{text("a \"q\"\n"), Inline{Emph{{text("b")}}, {}}, Inline{SoftBreak{}, {}}, Inline{Code{"x"}, {}},
             Inline{NoteRef{"n1", 2}, {}}};
  EXPECT_EQ(dump(in), R"([Text "a \"q\"\n", Emph [Text "b"], SoftBreak, Code "x", NoteRef "n1" 2])");
}

TEST(ModelDump, ParagraphAndHeading) {
  Blocks blocks{Block{Heading{2, {text("Title")}, "title"}, {}}, para({text("a")})};
  EXPECT_EQ(dump(blocks), "Heading 2 id=\"title\" [Text \"Title\"]\nPara [Text \"a\"]\n");
}

TEST(ModelDump, NestedBlocksAreIndented) {
  List list;
  list.ordered = true;
  list.start = 3;
  list.tight = false;
  list.items.push_back(ListItem{{para({text("one")})}, true});
  list.items.push_back(ListItem{{Block{BlockQuote{{para({text("q")})}}, {}}}, std::nullopt});
  Blocks blocks{Block{std::move(list), {}}};
  EXPECT_EQ(dump(blocks),
            "OrderedList start=3 loose\n"
            "  Item [x]\n"
            "    Para [Text \"one\"]\n"
            "  Item\n"
            "    BlockQuote\n"
            "      Para [Text \"q\"]\n");
}

TEST(ModelDump, TableFigureCodeAndCitation) {
  Table table;
  table.aligns = {Align::Left, Align::Default};
  table.header = {{text("a")}, {text("b")}};
  table.rows = {{{text("1")}, {}}};
  Figure fig;
  fig.image.src = "i.png";
  fig.image.alt = {text("cap")};
  fig.caption = {text("cap")};
  Citation cite;
  cite.in_text = true;
  CiteItem item;
  item.key = "k";
  item.prefix = "see";
  item.label = "page";
  item.locator = "3";
  item.suppress_author = true;
  cite.items.push_back(item);
  Link link;
  link.content = {text("l")};
  link.target = "http://x";
  link.title = "T";
  Blocks blocks{Block{std::move(table), {}}, Block{std::move(fig), {}},
                Block{CodeBlock{"cpp", "int x;\n"}, {}}, Block{ThematicBreak{}, {}},
                para({Inline{std::move(cite), {}}, Inline{std::move(link), {}}})};
  EXPECT_EQ(dump(blocks),
            "Table Left Default\n"
            "  Header [Text \"a\"] [Text \"b\"]\n"
            "  Row [Text \"1\"] []\n"
            "Figure Image \"i.png\" [Text \"cap\"] caption=[Text \"cap\"]\n"
            "CodeBlock \"cpp\" \"int x;\\n\"\n"
            "ThematicBreak\n"
            "Para [Cite in_text [Item \"k\" prefix=\"see\" label=\"page\" locator=\"3\" "
            "suppress_author], Link \"http://x\" title=\"T\" [Text \"l\"]]\n");
}

TEST(ModelDump, EmptyIsEmpty) {
  EXPECT_EQ(dump(Blocks{}), "");
  EXPECT_EQ(dump(Inlines{}), "[]");
}

}  // namespace
}  // namespace quire::model
