#include "typeset/line_breaker.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <map>
#include <optional>

namespace quire::typeset {

// How total-fit line breaking works (Knuth & Plass 1981, "Breaking paragraphs into lines";
// TeX: The Program §813-890).
//
// A paragraph is a list of boxes (fixed width), glue (width that may stretch or shrink) and
// penalties/discretionaries (places where a break is allowed, at a cost). A line from one
// break to the next has a natural width L, total stretch Y and shrink Z. To fill the measure
// W its glue is set with the adjustment ratio r = (W - L) / Y when stretching, (W - L) / Z
// when shrinking. A line shrunk past r = -1 is overfull and not allowed; badness is
// 100·|r|³ (capped at 10000), so a line stretched to twice its spaces' stretch (r = 1) has
// badness 100. A break is *feasible* when its line's badness is within the tolerance.
//
// Each line costs demerits (line_penalty + badness)² + penalty², plus extra demerits for two
// hyphenated lines in a row and for a line whose tightness class (very loose, loose,
// decent, tight) differs by more than one from the line before (a loose line after a tight
// one looks uneven even if both are acceptable). The best paragraph minimises the *sum* of
// demerits, which greedy first-fit cannot see: it fills a line as tightly as it can and may
// leave the next one very loose.
//
// The algorithm walks the list once. It keeps "active" breaks: feasible breaks from which a
// line could still start. At each legal break point b, every active break a is tried as the
// start of the line a..b: an overfull line deactivates a (a longer line could only be
// worse), a feasible one records the best predecessor of b for each tightness class (and
// line number, while line widths still vary). Those records become new active breaks. At
// the paragraph's forced final break, the active break with least total demerits ends the
// best paragraph, and following predecessors back gives every break. Dynamic programming:
// for a given break point and class only the best predecessor can matter, because what
// follows depends only on the break, the class and the line number.
//
// Passes, as TeX: (1) without hyphenating, with pretolerance 100 (most paragraphs of a
// good measure set well without hyphens, and unhyphenated text reads better); if no
// feasible set of breaks exists, (2) with hyphenation points and tolerance 200; if that
// fails, (3) TeX's emergency pass: the same tolerance, but badness is judged as if each line
// had `emergency_stretch` more stretch, so the spaces of a few lines may open wider than
// the tolerance allows (the lines are still set with their real glue). TeX stops there and
// lets lines stick out; quire adds (4) a pass that accepts every line that is not overfull
// (badness up to 10000) and may use emergency break points, between any two letters. If
// even that leaves no active break (one glyph wider than the measure), the last active
// break is kept with artificial zero demerits, TeX's §854, so a paragraph is always set.
//
// Why the constants:
// - tolerance 200, pretolerance 100 (plain TeX): badness 100 is a line whose spaces are
//   stretched by their full stretch (1.5 × the natural space); 200 allows r ≈ 1.26.
// - line_penalty 10 (plain TeX \linepenalty): adds to every line's badness before squaring,
//   so of two equally good settings the one with fewer lines wins.
// - hyphen penalty 50 and explicit-hyphen penalty 50 (\hyphenpenalty, \exhyphenpenalty):
//   a hyphen costs about as much as a line of badness 40 more; set by the shaper.
// - double_hyphen_demerits 10000 (\doublehyphendemerits): consecutive hyphenated lines
//   cost as much as a line of badness ~90; final_hyphen_demerits 5000: a hyphen on the
//   paragraph's penultimate line leaves a tiny word fragment on the last line.
// - adj_demerits 10000 (\adjdemerits): a very loose line next to a decent or tight one
//   costs as much as a badness-90 line.
// - fitness class limits 12 and 99 (TeX §817): badness 12 is r ≈ 0.5, badness 99 is r ≈ 1.
namespace {

// TeX's inf_bad: the badness of a line that cannot stretch to the measure at all, and the
// cap on every badness, so that any line not overfull has a finite cost.
constexpr double kInfBad = 10000;
// The demerits of a line whose line_penalty plus badness reaches kInfBad (TeX §859: d is
// squared, but never past 10000², which kept TeX's integer sums from overflowing): every such
// line costs the same, as in TeX, so paragraphs break as TeX breaks them.
constexpr double kInfDemerits = kInfBad * kInfBad;
// The badness that marks a line overfull, worse than any line that fits (TeX §851).
constexpr double kOverfullBad = kInfBad + 1;
// Slack (pt) when asking whether a line shrinks past its glue's shrink: the running sums add
// many widths, and a line that fits exactly must not be judged overfull by rounding.
constexpr double kShrinkSlack = 1e-9;
constexpr double kAwful = std::numeric_limits<double>::infinity();
constexpr std::size_t kStart = static_cast<std::size_t>(-1);

enum Fitness { kVeryLoose = 0, kLoose = 1, kDecent = 2, kTight = 3 };
constexpr std::size_t kFitnessClasses = 4;
// The badness limits of the fitness classes (TeX §817): above 99 (r > 1) a stretched line is
// very loose, above 12 (r > 0.5) loose; a shrunk line above 12 is tight.
constexpr double kVeryLooseBadness = 99;
constexpr double kLooseBadness = 12;
constexpr double kTightBadness = 12;

// The passes, numbered as LineBreaks::pass reports them.
constexpr int kPassNoHyphens = 1;
constexpr int kPassHyphens = 2;
constexpr int kPassEmergencyStretch = 3;
constexpr int kPassFinal = 4;

struct PassConfig {
  int number = 1;
  double threshold = 100;
  bool hyphenate = false;
  bool emergency = false;
  bool final_pass = false;
  double extra_stretch = 0;
};

// Running sums of widths, so a line's totals are two subtractions.
struct Sums {
  std::vector<double> width, stretch, shrink, fill;
  explicit Sums(const std::vector<Node>& nodes) {
    const std::size_t n = nodes.size();
    width.assign(n + 1, 0);
    stretch.assign(n + 1, 0);
    shrink.assign(n + 1, 0);
    fill.assign(n + 1, 0);
    for (std::size_t i = 0; i < n; ++i) {
      width[i + 1] = width[i] + natural_width(nodes[i]);
      const auto* g = std::get_if<Glue>(&nodes[i]);
      stretch[i + 1] = stretch[i] + (g ? g->stretch : 0);
      shrink[i + 1] = shrink[i] + (g ? g->shrink : 0);
      fill[i + 1] = fill[i] + (g ? g->fill : 0);
    }
  }
};

struct BreakPoint {
  double width = 0;  // added to the line when breaking here (hyphen)
  double penalty = 0;
  bool flagged = false;
};

std::optional<BreakPoint> break_point_at(const std::vector<Node>& nodes, std::size_t i,
                                         const PassConfig& cfg) {
  const Node& n = nodes[i];
  if (std::holds_alternative<Glue>(n)) {
    // Glue is a break only after a box, so a run of spaces breaks once.
    if (i > 0 && (std::holds_alternative<Box>(nodes[i - 1]) ||
                  std::holds_alternative<Discretionary>(nodes[i - 1])))
      return BreakPoint{};
    return std::nullopt;
  }
  if (const auto* p = std::get_if<Penalty>(&n)) {
    if (p->value >= kInfinitePenalty || (p->emergency && !cfg.emergency)) return std::nullopt;
    return BreakPoint{.width = p->width, .penalty = static_cast<double>(p->value), .flagged = p->flagged};
  }
  if (const auto* d = std::get_if<Discretionary>(&n)) {
    if (!cfg.hyphenate || (d->emergency && !cfg.emergency)) return std::nullopt;
    return BreakPoint{
        .width = d->pre_break.width, .penalty = static_cast<double>(d->penalty), .flagged = true};
  }
  return std::nullopt;
}

// TeX §108: 100·(t/s)³, 10000 when there is nothing to stretch.
double badness(double t, double s) {
  if (t <= 0) return 0;
  if (s <= 0) return kInfBad;
  const double r = t / s;
  return std::min(kInfBad, 100.0 * r * r * r);
}

struct Active {
  std::size_t pos = kStart;  // node index of the break; kStart for the paragraph start
  std::size_t start = 0;     // first node of the line after it
  double lead = 0;           // post-break material the line starts with
  int line = 0;              // 0-based number of the line that starts here
  int fitness = kDecent;
  double total = 0;
  int prev = -1;             // index into the arena
  bool flagged = false;
};

struct Candidate {
  double total = kAwful;
  int prev = -1;
};

class Pass {
 public:
  Pass(const std::vector<Node>& nodes, const Sums& sums, const LineShape& shape,
       const BreakParams& params, const PassConfig& cfg)
      : nodes_(nodes), sums_(sums), shape_(shape), p_(params), cfg_(cfg) {}

  std::optional<LineBreaks> run() {
    arena_.push_back(Active{.pos = kStart, .start = line_start_after(nodes_, kStart)});
    active_.push_back(0);
    for (std::size_t i = 0; i < nodes_.size(); ++i) {
      const auto bp = break_point_at(nodes_, i, cfg_);
      if (!bp) continue;
      try_break(i, *bp);
      if (active_.empty()) return std::nullopt;
    }
    int best = -1;
    for (int a : active_)
      if (arena_[a].pos == nodes_.size() - 1 && (best < 0 || arena_[a].total < arena_[best].total)) best = a;
    if (best < 0) return std::nullopt;
    LineBreaks out;
    out.pass = cfg_.number;
    for (int a = best; a > 0; a = arena_[a].prev) out.breaks.push_back(arena_[a].pos);
    std::reverse(out.breaks.begin(), out.breaks.end());
    return out;
  }

 private:
  void try_break(std::size_t b, const BreakPoint& bp) {
    const bool forced = bp.penalty <= -kInfinitePenalty;
    const bool last = b + 1 == nodes_.size();
    // Best predecessor per line class (line number while widths vary) and fitness.
    std::map<int, std::array<Candidate, kFitnessClasses>> best;
    std::vector<int> kept;
    bool found = false;
    for (std::size_t k = 0; k < active_.size(); ++k) {
      const int ai = active_[k];
      const Active& a = arena_[ai];
      const std::size_t s = std::min(a.start, b);
      const double natural = sums_.width[b] - sums_.width[s] + bp.width + a.lead;
      const double stretch = p_.ragged ? p_.ragged_stretch : sums_.stretch[b] - sums_.stretch[s];
      const double shrink = p_.ragged ? 0 : sums_.shrink[b] - sums_.shrink[s];
      const double fill = sums_.fill[b] - sums_.fill[s];
      const double shortfall = shape_.at(a.line).width - natural;

      // `bad` decides feasibility; `cost` (the badness of the glue as it will really be
      // set) decides demerits and fitness. They differ only under emergency stretch: TeX
      // charges the judged badness, which lets the optimiser open a few lines very wide
      // for little cost; charging the real one spreads the extra space over many lines.
      double bad = 0;
      double cost = 0;
      int fit = kDecent;
      if (shortfall > 0) {
        if (fill <= 0) {
          bad = badness(shortfall, stretch + cfg_.extra_stretch);
          cost = badness(shortfall, stretch);
          fit = cost > kVeryLooseBadness ? kVeryLoose : cost > kLooseBadness ? kLoose : kDecent;
        }
      } else if (shortfall < 0) {
        bad = -shortfall > shrink + kShrinkSlack ? kOverfullBad : badness(-shortfall, shrink);
        cost = bad;
        fit = bad > kTightBadness ? kTight : kDecent;
      }

      bool stays = true;
      bool artificial = false;
      if (bad > kInfBad || forced) {
        const bool alone = kept.empty() && k + 1 == active_.size();
        if (cfg_.final_pass && !found && alone && bad > cfg_.threshold) {
          artificial = true;
        } else if (bad > cfg_.threshold) {
          continue;  // deactivated: not kept
        }
        stays = false;
      } else if (bad > cfg_.threshold) {
        kept.push_back(ai);
        continue;
      }

      double d = 0;
      if (!artificial) {
        d = p_.line_penalty + std::min(cost, kInfBad);
        d = std::abs(d) >= kInfBad ? kInfDemerits : d * d;
        if (bp.penalty > 0)
          d += bp.penalty * bp.penalty;
        else if (bp.penalty > -kInfinitePenalty)
          d -= bp.penalty * bp.penalty;
        if (a.flagged && (bp.flagged || (forced && last)))
          d += (forced && last) ? p_.final_hyphen_demerits : p_.double_hyphen_demerits;
        if (std::abs(fit - a.fitness) > 1) d += p_.adj_demerits;
      }
      const int line_class = std::min(a.line + 1, shape_.special_lines());
      Candidate& c = best[line_class][static_cast<std::size_t>(fit)];
      if (a.total + d < c.total) c = Candidate{a.total + d, ai};
      found = true;
      if (stays) kept.push_back(ai);
    }
    active_ = std::move(kept);
    for (const auto& [line_class, per_fit] : best) {
      double least = kAwful;
      for (const auto& c : per_fit) least = std::min(least, c.total);
      for (int fit = 0; fit < static_cast<int>(kFitnessClasses); ++fit) {
        const Candidate& c = per_fit[static_cast<std::size_t>(fit)];
        // A break worse than the best by more than adj_demerits can never win: at most
        // adj_demerits separates them later.
        if (c.prev < 0 || c.total > least + p_.adj_demerits) continue;
        const Box* post = post_break_of(nodes_[b]);
        arena_.push_back(Active{.pos = b,
                                .start = line_start_after(nodes_, b),
                                .lead = post ? post->width : 0,
                                .line = arena_[c.prev].line + 1,
                                .fitness = fit,
                                .total = c.total,
                                .prev = c.prev,
                                .flagged = bp.flagged});
        active_.push_back(static_cast<int>(arena_.size() - 1));
      }
    }
  }

  const std::vector<Node>& nodes_;
  const Sums& sums_;
  const LineShape& shape_;
  const BreakParams& p_;
  const PassConfig cfg_;
  std::vector<Active> arena_;
  std::vector<int> active_;
};

}  // namespace

std::size_t line_start_after(const std::vector<Node>& nodes, std::size_t brk) {
  if (brk == kStart) return 0;
  std::size_t i = brk + 1;
  while (i < nodes.size() &&
         (std::holds_alternative<Glue>(nodes[i]) || std::holds_alternative<Penalty>(nodes[i])))
    ++i;
  return i;
}

LineBreaks break_lines(const std::vector<Node>& nodes, const LineShape& shape, const BreakParams& params) {
  if (nodes.empty()) return {};
  const Sums sums(nodes);
  std::vector<PassConfig> passes;
  if (params.pretolerance >= 0)
    passes.push_back({.number = kPassNoHyphens, .threshold = params.pretolerance});
  passes.push_back({.number = kPassHyphens, .threshold = params.tolerance, .hyphenate = true});
  if (params.emergency_stretch > 0)
    passes.push_back({.number = kPassEmergencyStretch,
                      .threshold = params.tolerance,
                      .hyphenate = true,
                      .extra_stretch = params.emergency_stretch});
  passes.push_back({.number = kPassFinal,
                    .threshold = kInfBad,
                    .hyphenate = true,
                    .emergency = true,
                    .final_pass = true,
                    .extra_stretch = params.emergency_stretch});
  for (const auto& cfg : passes)
    if (auto r = Pass(nodes, sums, shape, params, cfg).run()) return *r;
  // The final pass always finds breaks when the list ends in a forced break; a list that
  // does not is one line.
  return LineBreaks{.breaks = {nodes.size() - 1}, .pass = kPassFinal};
}

}  // namespace quire::typeset
