#include "model/walk.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace quire::model {
namespace {

Inline text(std::string s) { return Inline{Text{std::move(s)}, {}}; }
Block para(Inlines content) { return Block{Paragraph{std::move(content)}, {}}; }

// Headings, a figure, a quote, a list and a table: every kind of block with children.
Blocks sample() {
  Figure figure;
  figure.image.alt = {text("alt")};
  figure.image.src = "chart.png";
  figure.caption = {text("caption")};
  figure.id = "fig";
  List list;
  list.items.push_back(ListItem{{para({text("item"), Inline{Emph{{text("em")}}, {}}})}, std::nullopt});
  list.items.push_back(
      ListItem{{Block{BlockQuote{{Block{Heading{3, {text("deep")}, "deep"}, {}}}}, {}}}, std::nullopt});
  Table table;
  table.header = {{text("h")}};
  table.rows = {{{Inline{Link{{text("link")}, "x", "", false, "", "", ""}, {}}}}};
  return {Block{Heading{2, {text("top")}, "top"}, {}}, Block{std::move(figure), {7, 1}},
          Block{std::move(list), {}}, Block{std::move(table), {}}};
}

// What a visit sees of a node, so that two walks can be compared.
std::string name(const Block& b) { return "block " + std::to_string(b.node.index()); }
std::string name(const Inline& x) {
  if (const auto* t = std::get_if<Text>(&x.node)) return "text " + t->text;
  if (const auto* i = std::get_if<Image>(&x.node))
    return "image " + i->src + " at " + std::to_string(x.pos.line);
  return "inline " + std::to_string(x.node.index());
}

TEST(Walk, ConstWalkVisitsWhatTheMutableWalkVisitsInTheSameOrder) {
  Blocks blocks = sample();
  std::vector<std::string> mutable_seen;
  walk(blocks, Visitor{[&](Block& b) { mutable_seen.push_back(name(b)); },
                       [&](Inline& x) { mutable_seen.push_back(name(x)); }});
  const Blocks& read_only = blocks;
  std::vector<std::string> const_seen;
  walk(read_only, ConstVisitor{[&](const Block& b) { const_seen.push_back(name(b)); },
                               [&](const Inline& x) { const_seen.push_back(name(x)); }});
  EXPECT_EQ(const_seen, mutable_seen);
  EXPECT_EQ(const_seen.size(), 18u);
  EXPECT_NE(std::find(const_seen.begin(), const_seen.end(), "image chart.png at 7"), const_seen.end());
  EXPECT_NE(std::find(const_seen.begin(), const_seen.end(), "text deep"), const_seen.end());
}

TEST(Walk, BlocksOnlyWalkReachesNestedHeadings) {
  const Blocks blocks = sample();
  std::vector<std::string> ids;
  walk(blocks, ConstVisitor{.block = [&](const Block& b) {
         if (const auto* h = std::get_if<Heading>(&b.node)) ids.push_back(h->id);
       }});
  EXPECT_EQ(ids, (std::vector<std::string>{"top", "deep"}));
}

}  // namespace
}  // namespace quire::model
