// Total-fit line breaking on synthetic box/glue lists whose best breaks are known.
#include "typeset/line_breaker.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "typeset/line.h"

namespace quire::typeset {
namespace {

// Words of the given widths separated by 3 pt spaces (stretch 1.5, shrink 1), ended by
// TeX's \parfillskip.
std::vector<Node> words(const std::vector<double>& widths, double space = 3) {
  std::vector<Node> n;
  for (std::size_t i = 0; i < widths.size(); ++i) {
    if (i) n.push_back(Glue{space, space / 2, space / 3, 0, 0});
    Box b;
    b.width = widths[i];
    n.push_back(b);
  }
  n.push_back(Penalty{0, kInfinitePenalty, false, false});
  n.push_back(Glue{0, 0, 0, 1, 0});
  n.push_back(Penalty{0, -kInfinitePenalty, false, false});
  return n;
}

// The break positions first-fit would choose: as many words as fit with spaces shrunk as
// far as they go, as a greedy typesetter does.
std::vector<std::size_t> greedy(const std::vector<Node>& nodes, double width) {
  std::vector<std::size_t> breaks;
  double nat = 0, shrink = 0;
  std::size_t pending_glue = 0;
  bool line_empty = true;
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    if (const auto* b = std::get_if<Box>(&nodes[i])) {
      if (!line_empty) {
        const auto& g = std::get<Glue>(nodes[pending_glue]);
        if (nat + g.width + b->width - (shrink + g.shrink) > width) {
          breaks.push_back(pending_glue);
          nat = b->width;
          shrink = 0;
          continue;
        }
        nat += g.width;
        shrink += g.shrink;
      }
      nat += b->width;
      line_empty = false;
    } else if (const auto* g = std::get_if<Glue>(&nodes[i]); g && g->fill == 0) {
      pending_glue = i;
    }
  }
  breaks.push_back(nodes.size() - 1);
  return breaks;
}

// Total demerits of a set of breaks, computed independently of the breaker: TeX's formula
// with line penalty 10 and adjacent-fitness demerits, no hyphens.
double demerits_of(const std::vector<Node>& nodes, const std::vector<std::size_t>& breaks, double width) {
  double total = 0;
  std::size_t start = 0;
  int prev_fit = 2;
  for (std::size_t brk : breaks) {
    double nat = 0, st = 0, sh = 0, fill = 0;
    for (std::size_t i = start; i < brk; ++i) {
      nat += natural_width(nodes[i]);
      if (const auto* g = std::get_if<Glue>(&nodes[i])) st += g->stretch, sh += g->shrink, fill += g->fill;
    }
    double bad = 0;
    int fit = 2;
    if (nat < width && fill == 0) {
      bad = st > 0 ? std::min(10000.0, 100 * std::pow((width - nat) / st, 3)) : 10000;
      fit = bad > 99 ? 0 : bad > 12 ? 1 : 2;
    } else if (nat > width) {
      if (nat - width > sh) return std::numeric_limits<double>::infinity();
      bad = std::min(10000.0, 100 * std::pow((nat - width) / sh, 3));
      fit = bad > 12 ? 3 : 2;
    }
    if (bad > 200) return std::numeric_limits<double>::infinity();
    total += (10 + bad) * (10 + bad);
    if (std::abs(fit - prev_fit) > 1) total += 10000;
    prev_fit = fit;
    start = line_start_after(nodes, brk);
  }
  return total;
}

// Every way to break the list at its glue, by brute force.
void all_breakings(const std::vector<Node>& nodes, std::size_t from, std::vector<std::size_t>& cur,
                   std::vector<std::vector<std::size_t>>& out) {
  for (std::size_t i = from; i + 3 < nodes.size(); ++i) {
    if (!std::holds_alternative<Glue>(nodes[i])) continue;
    cur.push_back(i);
    all_breakings(nodes, i + 1, cur, out);
    cur.pop_back();
  }
  cur.push_back(nodes.size() - 1);
  out.push_back(cur);
  cur.pop_back();
}

BreakParams no_first_pass() {
  BreakParams p;
  p.pretolerance = -1;
  p.emergency_stretch = 0;
  return p;
}

TEST(LineBreaker, TotalFitDiffersFromGreedyAndIsBetter) {
  // First fit squeezes eight words into the first line, which leaves too little for the
  // second; total fit sets seven and both lines are acceptable.
  const auto nodes = words({10, 10, 20, 35, 10, 10, 30, 10, 15, 40, 30, 10, 30, 30});
  const double width = 150;
  const auto g = greedy(nodes, width);
  EXPECT_EQ(g, (std::vector<std::size_t>{15, 25, nodes.size() - 1}));
  EXPECT_FALSE(std::isfinite(demerits_of(nodes, g, width)));  // a line beyond tolerance
  const auto tf = break_lines(nodes, LineShape::uniform(width), no_first_pass());
  EXPECT_EQ(tf.breaks, (std::vector<std::size_t>{13, 25, nodes.size() - 1}));
  EXPECT_TRUE(std::isfinite(demerits_of(nodes, tf.breaks, width)));
}

TEST(LineBreaker, FindsTheMinimumOfTotalDemerits) {
  // Compared with an exhaustive search over every way to break at glue.
  const std::vector<std::vector<double>> cases = {
      {10, 10, 20, 35, 10, 10, 30, 10, 15, 40, 30, 10, 30, 30},
      {15, 20, 10, 10, 10, 20, 40, 10, 35, 20, 35, 40, 20, 15},
      {30, 25, 35, 10, 35, 25, 15, 15, 15, 10, 35, 10, 10, 15},
      {25, 35, 10, 15, 20, 10, 10, 10, 20, 40, 25, 20, 15, 35},
      {25, 40, 35, 40, 20, 25, 30, 40, 25, 30, 20, 30, 30, 25},
      {40, 10, 40, 10, 40, 15, 10, 10, 10, 10, 25, 10, 40, 35},
  };
  for (const auto& widths : cases) {
    const auto nodes = words(widths);
    const double width = 150;
    std::vector<std::vector<std::size_t>> all;
    std::vector<std::size_t> cur;
    all_breakings(nodes, 0, cur, all);
    double best = std::numeric_limits<double>::infinity();
    for (const auto& b : all) best = std::min(best, demerits_of(nodes, b, width));
    ASSERT_TRUE(std::isfinite(best));
    const auto tf = break_lines(nodes, LineShape::uniform(width), no_first_pass());
    EXPECT_EQ(tf.pass, 2);
    EXPECT_NEAR(demerits_of(nodes, tf.breaks, width), best, 1e-6);
  }
}

TEST(LineBreaker, FirstPassSucceedsWhenNoHyphenIsNeeded) {
  auto nodes = words({25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25});
  const auto r = break_lines(nodes, LineShape::uniform(108), BreakParams{});
  EXPECT_EQ(r.pass, 1);
  EXPECT_EQ(r.breaks.size(), 3u);  // 4 words + 3 spaces = 109 (shrinks 1 pt), three lines
}

TEST(LineBreaker, HyphenatesOnlyWhenItMust) {
  // Two 80 pt words in a 100 pt measure cannot be set without breaking the second one.
  std::vector<Node> n;
  Box a;
  a.width = 80;
  n.push_back(a);
  n.push_back(Glue{3, 1.5, 1, 0, 0});
  Box p1, p2;
  p1.width = 15;
  p2.width = 65;
  n.push_back(p1);
  Box hyphen;
  hyphen.width = 3;
  n.push_back(Discretionary{hyphen, 50, false});
  n.push_back(p2);
  n.push_back(Penalty{0, kInfinitePenalty, false, false});
  n.push_back(Glue{0, 0, 0, 1, 0});
  n.push_back(Penalty{0, -kInfinitePenalty, false, false});
  BreakParams p;
  p.emergency_stretch = 0;
  const auto r = break_lines(n, LineShape::uniform(101), p);
  EXPECT_EQ(r.pass, 2);
  ASSERT_EQ(r.breaks.size(), 2u);
  EXPECT_EQ(r.breaks[0], 3u);  // at the discretionary: "a p1-" is 80+3+15+3 = 101
}

TEST(LineBreaker, ConsecutiveHyphensCostDoubleHyphenDemerits) {
  BreakParams p;
  p.pretolerance = -1;
  p.emergency_stretch = 0;
  // Equal-quality settings with and without two hyphens in a row: the breaker avoids them.
  std::vector<Node> n;
  auto box = [](double w) { Box b; b.width = w; return Node(b); };
  Box hy;
  hy.width = 2;
  n = {box(48), Node(Glue{3, 1.5, 1, 0, 0}), box(24), Node(Discretionary{hy, 50, false}), box(24),
       Node(Glue{3, 1.5, 1, 0, 0}), box(24), Node(Discretionary{hy, 50, false}), box(24),
       Node(Glue{3, 1.5, 1, 0, 0}), box(48),
       Node(Penalty{0, kInfinitePenalty, false, false}), Node(Glue{0, 0, 0, 1, 0}),
       Node(Penalty{0, -kInfinitePenalty, false, false})};
  const auto r = break_lines(n, LineShape::uniform(77), p);
  int hyphens = 0;
  for (std::size_t b : r.breaks) hyphens += std::holds_alternative<Discretionary>(n[b]);
  EXPECT_LE(hyphens, 1);
}

TEST(LineBreaker, NoLineWiderThanTheMeasureForAHugeWord) {
  // A 10,000-letter word made of 5 pt letters with emergency break points between them,
  // as the shaper makes for words no dictionary can break.
  std::vector<Node> n;
  Box letter;
  letter.width = 5;
  Box hy;
  hy.width = 3;
  Box intro;
  intro.width = 40;
  n.push_back(intro);
  n.push_back(Glue{3, 1.5, 1, 0, 0});
  for (int i = 0; i < 10000; ++i) {
    if (i) n.push_back(Discretionary{hy, 5000, true});
    n.push_back(letter);
  }
  n.push_back(Penalty{0, kInfinitePenalty, false, false});
  n.push_back(Glue{0, 0, 0, 1, 0});
  n.push_back(Penalty{0, -kInfinitePenalty, false, false});
  NodeList list;
  list.nodes = n;
  const LineShape shape = LineShape::uniform(200);
  const auto r = break_lines(n, shape, BreakParams{});
  EXPECT_EQ(r.pass, 4);
  const auto lines = set_lines(list, r, shape, Alignment::Justified);
  ASSERT_GT(lines.size(), 200u);
  for (const auto& l : lines) EXPECT_LE(l.width, 200 + 1e-9);
}

TEST(LineBreaker, AGlyphWiderThanTheMeasureStillGivesBreaks) {
  // Nothing can make this fit; TeX's artificial demerits keep the paragraph going.
  const auto nodes = words({30, 500, 30});
  const auto r = break_lines(nodes, LineShape::uniform(100), BreakParams{});
  EXPECT_EQ(r.pass, 4);
  EXPECT_EQ(r.breaks.back(), nodes.size() - 1);
  EXPECT_GE(r.breaks.size(), 2u);
}

TEST(LineBreaker, RespectsVaryingLineWidths) {
  std::vector<double> w(30, 20);
  const auto nodes = words(w);
  const LineShape shape = LineShape::hanging(150, 40, 1);  // first line 150, then 110 at 40
  NodeList list;
  list.nodes = nodes;
  const auto r = break_lines(nodes, shape, BreakParams{});
  const auto lines = set_lines(list, r, shape, Alignment::Justified);
  ASSERT_GE(lines.size(), 3u);
  EXPECT_DOUBLE_EQ(lines[0].measure.width, 150);
  EXPECT_DOUBLE_EQ(lines[1].measure.width, 110);
  EXPECT_DOUBLE_EQ(lines[1].measure.left, 40);
  for (std::size_t i = 0; i + 1 < lines.size(); ++i)
    EXPECT_NEAR(lines[i].width, lines[i].measure.width, 1e-6) << "line " << i;
  // The first line holds more words than the narrower ones.
  EXPECT_GT(lines[0].boxes.size(), lines[1].boxes.size());
}

TEST(LineBreaker, RaggedRightEvensOutLineLengths) {
  const auto nodes = words({40, 40, 40, 40, 10, 10, 10, 10, 60, 60, 60, 10});
  BreakParams p;
  p.ragged = true;
  NodeList list;
  list.nodes = nodes;
  const LineShape shape = LineShape::uniform(140);
  const auto r = break_lines(nodes, shape, p);
  const auto lines = set_lines(list, r, shape, Alignment::Ragged);
  for (const auto& l : lines) {
    EXPECT_LE(l.width, 140 + 1e-9);
    EXPECT_DOUBLE_EQ(l.glue_ratio, 0);        // spaces at natural width
    EXPECT_DOUBLE_EQ(l.width, l.natural);
    EXPECT_DOUBLE_EQ(l.boxes.front().x, 0);   // flush left
  }
}

TEST(LineBreaker, ForcedBreakInsideAParagraph) {
  std::vector<Node> n = words({20, 20});
  // "20 20 \\ 20": insert \hfil\break after the second word.
  std::vector<Node> tail = {Penalty{0, kInfinitePenalty, false, false}, Glue{0, 0, 0, 1, 0},
                            Penalty{0, -kInfinitePenalty, false, false}};
  n.insert(n.begin() + 3, tail.begin(), tail.end());
  Box b;
  b.width = 20;
  n.insert(n.begin() + 6, Node(b));
  const auto r = break_lines(n, LineShape::uniform(300), BreakParams{});
  ASSERT_EQ(r.breaks.size(), 2u);
  EXPECT_EQ(r.breaks[0], 5u);
}

}  // namespace
}  // namespace quire::typeset
