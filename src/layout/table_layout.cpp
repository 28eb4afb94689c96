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
      append_runs(cells[c], text_style(t, false, bold), env.exists, row[c].runs, env.reference_prefix,
                  env.note_prefix);
    rows.push_back(std::move(row));
  };
  const bool has_header = !table.header.empty();
  if (has_header) add_row(table.header, true);
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
  const double right_edge = frame.left + std::accumulate(widths.begin(), widths.end(), 0.0);
  auto align_of = [&](std::size_t c) { return c < table.aligns.size() ? table.aligns[c] : model::Align::Default; };

  // Each row's cells as lines; line k of every cell shares one box.
  auto row_slices = [&](std::size_t r) {
    std::vector<std::vector<VBox>> cell_lines(columns);
    std::size_t most = 1;
    for (std::size_t c = 0; c < columns; ++c) {
      if (rows[r][c].runs.empty()) continue;
      ParaFormat f;
      f.width = widths[c] - 2 * kPad;
      f.leading = t.leading;
      f.alignment = align_of(c) == model::Align::Center ? typeset::Alignment::Centered : typeset::Alignment::Ragged;
      cell_lines[c] = env.setter.lines(paragraph(rows[r][c].runs, env, frame.source), f);
      most = std::max(most, cell_lines[c].size());
    }
    std::vector<VBox> slices(most);
    for (auto& box : slices) {
      box.height = line_height(t.leading);
      box.depth = line_depth(t.leading);
    }
    double x = frame.left;
    for (std::size_t c = 0; c < columns; ++c) {
      const bool right = align_of(c) == model::Align::Right;
      for (std::size_t i = 0; i < cell_lines[c].size(); ++i)
        for (auto& art : cell_lines[c][i].art)
          if (auto* text = std::get_if<TextArt>(&art)) {
            text->x = x + kPad + (right ? widths[c] - 2 * kPad - text->line.width : 0);
            text->y = 0;
            slices[i].art.push_back(std::move(*text));
          }
      x += widths[c];
    }
    return slices;
  };

  constexpr double kRowPad = 2;   // above and below each row's text
  constexpr double kRuleGap = 3;  // between a rule and the text next to it
  constexpr double kHeavy = 0.8, kLight = 0.4;
  std::size_t first_body = 0;
  if (has_header) {
    // The header is one box: heavy rule, header text, light rule.
    std::vector<VBox> lines = row_slices(0);
    VBox header;
    header.height = lines.front().height + kRuleGap + kHeavy;
    header.depth = static_cast<double>(lines.size() - 1) * t.leading + lines.front().depth + kRuleGap;
    for (std::size_t i = 0; i < lines.size(); ++i)
      for (auto& art : lines[i].art) {
        if (auto* text = std::get_if<TextArt>(&art)) text->y = static_cast<double>(i) * t.leading;
        header.art.push_back(std::move(art));
      }
    header.art.push_back(RuleArt{frame.left, -header.height + kHeavy / 2, right_edge, -header.height + kHeavy / 2, kHeavy});
    header.art.push_back(RuleArt{frame.left, header.depth - kLight / 2, right_edge, header.depth - kLight / 2, kLight});
    out.emplace_back(VTableStart{header});
    out.emplace_back(std::move(header));
    first_body = 1;
  }
  for (std::size_t r = first_body; r < rows.size(); ++r) {
    std::vector<VBox> slices = row_slices(r);
    const bool first = r == first_body, last = r + 1 == rows.size();
    slices.front().height += first ? kRuleGap + (has_header ? 0 : kHeavy) : kRowPad;
    slices.back().depth += last ? kRuleGap + kHeavy : kRowPad;
    if (first && !has_header)
      slices.front().art.push_back(RuleArt{frame.left, -slices.front().height + kHeavy / 2, right_edge,
                                           -slices.front().height + kHeavy / 2, kHeavy});
    if (last)
      slices.back().art.push_back(RuleArt{frame.left, slices.back().depth - kHeavy / 2, right_edge,
                                          slices.back().depth - kHeavy / 2, kHeavy});
    // Between rows a page may break freely, inside a row only when it must; the header
    // keeps the first row.
    if (r > 0) out.emplace_back(VPenalty{first && has_header ? kNever : 0});
    for (std::size_t i = 0; i < slices.size(); ++i) {
      if (i > 0) out.emplace_back(VPenalty{5000});
      out.emplace_back(std::move(slices[i]));
    }
  }
  if (has_header) out.emplace_back(VTableEnd{});
}

}  // namespace quire::layout
