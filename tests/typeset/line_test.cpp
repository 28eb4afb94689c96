// Setting lines: glue set ratios, box positions and bidi order.
#include "typeset/line.h"

#include <gtest/gtest.h>

namespace quire::typeset {
namespace {

Box box(double w, int level = 0, int run = -1) {
  Box b;
  b.width = w;
  b.bidi_level = level;
  b.run = run;
  return b;
}

NodeList paragraph(const std::vector<Box>& boxes, int base_level = 0) {
  NodeList l;
  l.base_level = base_level;
  for (std::size_t i = 0; i < boxes.size(); ++i) {
    if (i) l.nodes.push_back(Glue{4, 2, 1, 0, boxes[i].bidi_level});
    l.nodes.push_back(boxes[i]);
  }
  l.nodes.push_back(Penalty{0, kInfinitePenalty, false, false});
  l.nodes.push_back(Glue{0, 0, 0, 1, base_level});
  l.nodes.push_back(Penalty{0, -kInfinitePenalty, false, false});
  return l;
}

TEST(SetLines, JustifiedLinesFillTheMeasureExactly) {
  const NodeList l = paragraph({box(30), box(30), box(30), box(30), box(30), box(30)});
  // Break after the third box: 3 x 30 + 2 x 4 = 98 natural, 100 wide: r = 2 / 4 = 0.5.
  LineBreaks br{{5, l.nodes.size() - 1}, 2};
  const auto lines = set_lines(l, br, LineShape::uniform(100), Alignment::Justified);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_DOUBLE_EQ(lines[0].natural, 98);
  EXPECT_DOUBLE_EQ(lines[0].glue_ratio, 0.5);
  EXPECT_DOUBLE_EQ(lines[0].width, 100);
  ASSERT_EQ(lines[0].boxes.size(), 3u);
  EXPECT_DOUBLE_EQ(lines[0].boxes[1].x, 35);
  EXPECT_DOUBLE_EQ(lines[0].boxes[2].x, 70);
  // The last line: \\parfillskip takes the rest, spaces stay natural.
  EXPECT_DOUBLE_EQ(lines[1].glue_ratio, 0);
  EXPECT_DOUBLE_EQ(lines[1].boxes[1].x, 34);
}

TEST(SetLines, ShrinkStopsAtItsLimit) {
  const NodeList l = paragraph({box(50), box(50)});
  LineBreaks br{{l.nodes.size() - 1}, 4};
  const auto lines = set_lines(l, br, LineShape::uniform(90), Alignment::Justified);
  EXPECT_DOUBLE_EQ(lines[0].glue_ratio, -1);
  EXPECT_DOUBLE_EQ(lines[0].width, 103);  // overfull: sticks out, never overlaps
}

TEST(SetLines, HyphenEndsTheLineAtTheDiscretionary) {
  NodeList l = paragraph({box(40), box(40)});
  Discretionary d;
  d.pre_break = box(3);
  l.nodes.insert(l.nodes.begin() + 1, d);  // 40 [disc] glue 40
  LineBreaks br{{1, l.nodes.size() - 1}, 2};
  const auto lines = set_lines(l, br, LineShape::uniform(43), Alignment::Justified);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_TRUE(lines[0].hyphenated);
  ASSERT_EQ(lines[0].boxes.size(), 2u);
  EXPECT_DOUBLE_EQ(lines[0].boxes[1].x, 40);
  EXPECT_DOUBLE_EQ(lines[1].boxes[0].x, 0);  // the glue after the break is discarded
}

TEST(SetLines, VisualOrderReversesRightToLeftRuns) {
  EXPECT_EQ(visual_order({0, 0, 0}), (std::vector<std::size_t>{0, 1, 2}));
  EXPECT_EQ(visual_order({1, 1, 1}), (std::vector<std::size_t>{2, 1, 0}));
  // An English phrase (level 2) inside Arabic (level 1) keeps its own order.
  EXPECT_EQ(visual_order({1, 1, 2, 2, 2, 1}), (std::vector<std::size_t>{5, 2, 3, 4, 1, 0}));
  EXPECT_EQ(visual_order({0, 1, 1, 0}), (std::vector<std::size_t>{0, 2, 1, 3}));
}

TEST(SetLines, RightToLeftParagraphsStartAtTheRight) {
  const NodeList l = paragraph({box(10, 1, 0), box(20, 1, 1), box(30, 1, 2)}, 1);
  LineBreaks br{{l.nodes.size() - 1}, 1};
  const auto ragged = set_lines(l, br, LineShape::uniform(200), Alignment::Ragged);
  ASSERT_EQ(ragged[0].boxes.size(), 3u);
  // First word at the right edge, last at the left; the line ends flush right.
  EXPECT_EQ(ragged[0].boxes[0].box.run, 2);
  EXPECT_DOUBLE_EQ(ragged[0].boxes[2].x + 10, 200);
  // Justified: the last line's \\parfillskip (base level) ends up on the left.
  const auto just = set_lines(l, br, LineShape::uniform(200), Alignment::Justified);
  EXPECT_DOUBLE_EQ(just[0].boxes[2].x + 10, 200);
}

TEST(SetLines, AdjacentPiecesOfAWordMerge) {
  NodeList l;
  Box a = box(10, 0, 0), b = box(12, 0, 0);
  a.byte_begin = 0;
  a.byte_end = 3;
  b.byte_begin = 3;
  b.byte_end = 7;
  Discretionary d;
  d.pre_break = box(3);
  l.nodes = {a, d, b, Penalty{0, kInfinitePenalty, false, false}, Glue{0, 0, 0, 1, 0},
             Penalty{0, -kInfinitePenalty, false, false}};
  const auto lines = set_lines(l, LineBreaks{{5}, 1}, LineShape::uniform(100), Alignment::Justified);
  ASSERT_EQ(lines[0].boxes.size(), 1u);
  EXPECT_DOUBLE_EQ(lines[0].boxes[0].box.width, 22);
  EXPECT_EQ(lines[0].boxes[0].box.byte_end, 7);
}

}  // namespace
}  // namespace quire::typeset
