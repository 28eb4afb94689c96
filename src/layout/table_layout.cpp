#include "layout/table_layout.h"

#include <algorithm>
#include <numeric>

namespace quire::layout {

namespace {

constexpr double kPad = 4;  // space between a cell's text and its rules

struct Cell {
  std::vector<typeset::StyledRun> runs;
  double natural = 0;
};

// Column widths: natural widths when they fit; otherwise every column keeps up to an equal
// share and the rest of the width goes to the columns that want more, in proportion.
std::vector<double> column_widths(const std::vector<double>& natural, double available) {
  const double total = std::accumulate(natural.begin(), natural.end(), 0.0);
  const std::size_t n = natural.size();
  std::vector<double> out(n);
  if (total <= available) {
    const double extra = (available - total) / static_cast<double>(n);
    for (std::size_t i = 0; i < n; ++i) out[i] = natural[i] + extra;
    return out;
  }
  const double share = available / static_cast<double>(n);
  double left = available, excess = 0;
  for (std::size_t i = 0; i < n; ++i) {
    out[i] = std::min(natural[i], share);
    left -= out[i];
    excess += natural[i] - out[i];
  }
  for (std::size_t i = 0; i < n; ++i)
    if (excess > 0) out[i] += left * (natural[i] - out[i]) / excess;
  return out;
}

}  // namespace

void layout_table(const model::Table& table, const Frame& frame, LayoutEnv& env, VList& out) {
  const typeset::TypeSize& t = env.style.small;
  std::vector<std::vector<Cell>> rows;
  std::size_t columns = table.header.size();
  for (const auto& r : table.rows) columns = std::max(columns, r.size());
  if (columns == 0) return;
  auto add_row = [&](const std::vector<model::Inlines>& cells, bool bold) {
    std::vector<Cell> row(columns);
    for (std::size_t c = 0; c < cells.size() && c < columns; ++c)
      append_runs(cells[c], text_style(t, false, bold), env.exists, row[c].runs, env.reference_prefix);
    rows.push_back(std::move(row));
  };
  if (!table.header.empty()) add_row(table.header, true);
  for (const auto& r : table.rows) add_row(r, false);

  std::vector<double> natural(columns, 2 * kPad + t.size);
  for (auto& row : rows)
    for (std::size_t c = 0; c < columns; ++c) {
      if (row[c].runs.empty()) continue;
      env.setter.single_line(paragraph(row[c].runs, env), row[c].natural);
      natural[c] = std::max(natural[c], row[c].natural + 2 * kPad + 0.5);
    }
  const double available = env.style.text_width() - frame.left - frame.right;
  const std::vector<double> widths = column_widths(natural, available);

  for (std::size_t r = 0; r < rows.size(); ++r) {
    std::vector<std::vector<VBox>> cell_lines(columns);
    std::size_t most = 1;
    for (std::size_t c = 0; c < columns; ++c) {
      if (rows[r][c].runs.empty()) continue;
      ParaFormat f;
      f.width = widths[c] - 2 * kPad;
      f.leading = t.leading;
      f.alignment = c < table.aligns.size() && table.aligns[c] == model::Align::Center ? typeset::Alignment::Centered
                                                                                        : typeset::Alignment::Ragged;
      f.hyphenate = true;
      cell_lines[c] = env.setter.lines(paragraph(rows[r][c].runs, env, frame.source), f);
      most = std::max(most, cell_lines[c].size());
    }
    VBox box;
    box.height = kPad + line_height(t.leading);
    box.depth = static_cast<double>(most - 1) * t.leading + line_depth(t.leading) + kPad;
    double x = frame.left;
    for (std::size_t c = 0; c < columns; ++c) {
      const bool right = c < table.aligns.size() && table.aligns[c] == model::Align::Right;
      for (std::size_t i = 0; i < cell_lines[c].size(); ++i)
        for (auto& art : cell_lines[c][i].art)
          if (auto* text = std::get_if<TextArt>(&art)) {
            text->x = x + kPad + (right ? widths[c] - 2 * kPad - text->line.width : 0);
            text->y = static_cast<double>(i) * t.leading;
            box.art.push_back(std::move(*text));
          }
      box.art.push_back(RuleArt{x, -box.height, x, box.depth, 0.4});
      x += widths[c];
    }
    box.art.push_back(RuleArt{x, -box.height, x, box.depth, 0.4});
    box.art.push_back(RuleArt{frame.left, -box.height, x, -box.height, r == 0 ? 0.8 : 0.4});
    if (r + 1 == rows.size()) box.art.push_back(RuleArt{frame.left, box.depth, x, box.depth, 0.8});
    if (r > 0) out.emplace_back(VPenalty{r == 1 && !table.header.empty() ? kNever : 0});
    out.emplace_back(std::move(box));
  }
}

}  // namespace quire::layout
