#include "layout/block_layout.h"

#include <algorithm>
#include <functional>
#include <iterator>
#include <set>
#include <sstream>

#include "layout/figure_layout.h"
#include "layout/table_layout.h"
#include "license/attribution.h"
#include "license/licenses.h"
#include "model/plain_text.h"
#include "util/timestamps.h"

namespace quire::layout {

namespace {

const typeset::TypeSize& heading_size(const typeset::PrintStyle& s, int level) {
  if (level <= 1) return s.entry;
  if (level == 2) return s.section;
  return s.subsection;
}

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> out;
  std::string line;
  std::istringstream in(text);
  while (std::getline(in, line)) {
    std::string expanded;
    for (char c : line) {
      if (c == '\t')
        expanded.append(4 - expanded.size() % 4, ' ');
      else
        expanded += c;
    }
    out.push_back(expanded);
  }
  while (!out.empty() && out.back().empty()) out.pop_back();
  return out;
}

// Runs of spaces inside a line stay as typed (see inline_runs' code_text); the line's
// indentation becomes its left indent, since a paragraph's leading space is dropped.
std::string keep_spaces(const std::string& line) {
  std::string out;
  bool prev_space = false;
  for (char c : line) {
    if (c == ' ' && prev_space) {
      out += "\u00A0";
      continue;
    }
    prev_space = c == ' ';
    out += c;
  }
  return out;
}

// The label of a list item: a bullet by depth, or the number.
std::string list_label(const model::List& list, std::size_t index, int depth, const model::ListItem& item) {
  if (item.task) return *item.task ? "\u2611" : "\u2610";
  if (list.ordered) return std::to_string(list.start + static_cast<int>(index)) + ".";
  static const char* const kBullets[] = {"\u2022", "\u2013", "\u2022"};
  return kBullets[depth % 3];
}

int list_depth(const Frame& frame, double body_size) {
  return static_cast<int>(frame.left / (body_size * 1.8));
}

}  // namespace

void BlockLayout::blocks(const model::Blocks& blocks, const Frame& frame, VList& out) {
  const double gap = frame.text.leading / 2;
  bool prev_para = false;
  bool first = true;
  for (const auto& block : blocks) {
    const bool is_para = std::holds_alternative<model::Paragraph>(block.node);
    const bool is_heading = std::holds_alternative<model::Heading>(block.node);
    if (const auto* c = std::get_if<model::CodeBlock>(&block.node); c != nullptr && !c->raw_format.empty())
      continue;  // raw HTML is for the EPUB only
    if (!first && !is_heading) out.emplace_back(VGlue{is_para && prev_para ? 0 : gap});
    std::visit(
        [&](const auto& b) {
          using T = std::decay_t<decltype(b)>;
          if constexpr (std::is_same_v<T, model::Paragraph>) {
            paragraph_block(b.content, frame, prev_para && frame.indent_paragraphs && !b.no_indent, block.pos, out);
          } else if constexpr (std::is_same_v<T, model::Heading>) {
            heading(b.content, std::max(2, b.level), b.id.empty() ? "" : dest_name(entry_slug_, b.id),
                    b.id.empty() ? -1 : entry_outline_ + (b.level <= 2 ? 1 : 2), frame, out);
          } else if constexpr (std::is_same_v<T, model::CodeBlock>) {
            block_caption("Listing", b.number, b.caption, b.number.empty() ? "" : b.attr.id, frame, out);
            code(b, frame, out);
          } else if constexpr (std::is_same_v<T, model::BlockQuote>) {
            Frame inner = frame;
            // Past half the measure, deeper quotes stop indenting: their text keeps room.
            const double step =
                frame.left + frame.right < env_.style.text_width() / 2 ? frame.text.size * 1.5 : 0;
            inner.left += step;
            inner.right += step;
            inner.indent_paragraphs = false;
            this->blocks(b.content, inner, out);
          } else if constexpr (std::is_same_v<T, model::List>) {
            list(b, frame, out);
          } else if constexpr (std::is_same_v<T, model::Table>) {
            block_caption("Table", b.number, b.caption, b.number.empty() ? "" : b.id, frame, out);
            layout_table(b, frame, env_, out);
          } else if constexpr (std::is_same_v<T, model::Figure>) {
            layout_figure(b, frame, env_, b.id.empty() ? "" : dest_name(entry_slug_, b.id), out);
          } else if constexpr (std::is_same_v<T, model::ThematicBreak>) {
            rule(frame, out);
          } else if constexpr (std::is_same_v<T, model::PageBreak>) {
            out.emplace_back(PageBreak{});
          } else if constexpr (std::is_same_v<T, model::VSpace>) {
            out.emplace_back(VGlue{b.amount.points(env_.style.text_width()).value_or(0)});
          } else if constexpr (std::is_same_v<T, model::Div>) {
            div(b, frame, out);
          } else {
            static_assert(model::kUnhandled<T>, "a block the print edition does not lay out");
          }
        },
        block.node);
    prev_para = is_para;
    first = false;
  }
}

void BlockLayout::paragraph_block(const model::Inlines& content, const Frame& frame, bool indent,
                                  SourcePos pos, VList& out) {
  std::vector<typeset::StyledRun> runs;
  append_runs(content, text_style(frame.text), env_.exists, runs, env_.reference_prefix, env_.note_prefix);
  if (runs.empty()) return;
  ParaFormat f;
  f.width = env_.style.text_width();
  f.left = frame.left;
  f.right = frame.right;
  f.first_indent = indent ? env_.style.indent : 0;
  f.leading = frame.text.leading;
  f.body = frame.text.size == env_.style.body.size;
  // A display equation alone in its paragraph is centred, as it will be once math is typeset.
  if (content.size() == 1)
    if (const auto* m = std::get_if<model::Math>(&content[0].node); m != nullptr && m->display) {
      f.alignment = typeset::Alignment::Centered;
      f.first_indent = 0;
    }
  append_lines(out, env_.setter.lines(paragraph(std::move(runs), env_, frame.source, pos), f));
}

void BlockLayout::heading(const model::Inlines& content, int level, const std::string& dest,
                          int outline_level, const Frame& frame, VList& out, const std::string& toc_key) {
  const typeset::TypeSize& size = heading_size(env_.style, level);
  const double body = env_.style.body.leading;
  if (level > 1 && !out.empty()) out.emplace_back(VGlue{level == 2 ? body * 1.25 : body * 0.75});
  Mark mark;
  mark.dest = dest;
  mark.outline_level = outline_level;
  mark.title = model::plain_text(content);
  mark.toc_key = toc_key;
  out.emplace_back(std::move(mark));
  std::vector<typeset::StyledRun> runs;
  append_runs(content, text_style(size, level >= 3, level == 2), env_.exists, runs, env_.reference_prefix,
              env_.note_prefix);
  ParaFormat f;
  f.width = env_.style.text_width();
  f.left = frame.left;
  f.right = frame.right;
  f.leading = size.leading;
  f.alignment = typeset::Alignment::Ragged;
  f.hyphenate = false;
  append_lines(out, env_.setter.lines(paragraph(std::move(runs), env_, frame.source), f), kNever, kNever);
  out.emplace_back(VPenalty{kNever});
  out.emplace_back(VGlue{level <= 1 ? body : body * 0.25});
}

void BlockLayout::list(const model::List& list, const Frame& frame, VList& out) {
  const typeset::TypeSize& t = frame.text;
  const int depth = list_depth(frame, env_.style.body.size);
  // The label column: wide enough for the longest number.
  double label_col = t.size * 1.5;
  std::vector<TextArt> labels;
  std::vector<double> widths;
  for (std::size_t i = 0; i < list.items.size(); ++i) {
    double w = 0;
    auto run = typeset::StyledRun{list_label(list, i, depth, list.items[i]), text_style(t)};
    labels.push_back(env_.setter.single_line(paragraph({run}, env_), w));
    widths.push_back(w);
    label_col = std::max(label_col, w + t.size * 0.6);
  }
  Frame inner = frame;
  // Past half the measure, deeper lists stop indenting (labels then share a column).
  if (frame.left + frame.right < env_.style.text_width() / 2) inner.left += label_col;
  inner.indent_paragraphs = false;
  for (std::size_t i = 0; i < list.items.size(); ++i) {
    if (i > 0) out.emplace_back(VGlue{list.tight ? 0 : t.leading / 2});
    VList item;
    blocks(list.items[i].content, inner, item);
    auto first_box = std::find_if(item.begin(), item.end(),
                                  [](const VItem& v) { return std::holds_alternative<VBox>(v); });
    if (first_box == item.end()) {
      VBox empty;
      empty.height = line_height(t.leading);
      empty.depth = line_depth(t.leading);
      item.emplace_back(std::move(empty));
      first_box = item.end() - 1;
    }
    TextArt label = labels[i];
    label.x = inner.left - widths[i] - t.size * 0.5;
    std::get<VBox>(*first_box).art.push_back(std::move(label));
    for (auto& v : item) out.push_back(std::move(v));
  }
}

void BlockLayout::code(const model::CodeBlock& code, const Frame& frame, VList& out) {
  const typeset::TypeSize& t = env_.style.code;
  const auto mono = text_style(t, false, false, typeset::FontRole::Mono);
  double mark_width = 0;
  const TextArt mark = env_.setter.single_line(paragraph({{"\u21AA", mono}}, env_), mark_width);
  ParaFormat f;
  f.width = env_.style.text_width();
  f.left = frame.left + env_.style.body.size;
  f.right = frame.right;
  f.leading = t.leading;
  f.alignment = typeset::Alignment::Ragged;
  f.hyphenate = false;
  f.continuation_indent = mark_width + t.size * 0.4;
  f.continuation_mark = &mark;
  double char_width = 0;
  env_.setter.single_line(paragraph({{"0", mono}}, env_), char_width);
  const double base_left = f.left;
  std::vector<VBox> lines;
  for (const std::string& line : split_lines(code.text)) {
    const std::size_t indent = line.find_first_not_of(' ');
    if (indent == std::string::npos) {
      VBox blank;
      blank.height = line_height(t.leading);
      blank.depth = line_depth(t.leading);
      lines.push_back(std::move(blank));
      continue;
    }
    f.left = std::min(base_left + static_cast<double>(indent) * char_width, f.width / 2);
    for (auto& box :
         env_.setter.lines(paragraph({{keep_spaces(line.substr(indent)), mono}}, env_, frame.source), f))
      lines.push_back(std::move(box));
  }
  append_lines(out, std::move(lines), 50, kNever);
}

// "Listing 2.1: caption" above a listing or table, kept with what it names.
void BlockLayout::block_caption(const std::string& word, const std::string& number, const model::Inlines& caption,
                                const std::string& id, const Frame& frame, VList& out) {
  if (number.empty() && caption.empty()) return;
  if (!id.empty()) {
    Mark mark;
    mark.dest = dest_name(entry_slug_, id);
    out.emplace_back(std::move(mark));
  }
  std::vector<typeset::StyledRun> runs;
  if (!number.empty()) {
    typeset::TextStyle label = text_style(env_.style.small);
    label.small_caps = true;
    runs.push_back({word + " " + number + (caption.empty() ? "" : ":\u00A0"), label});
  }
  append_runs(caption, text_style(env_.style.small, true), env_.exists, runs, env_.reference_prefix,
              env_.note_prefix);
  ParaFormat f;
  f.width = env_.style.text_width();
  f.left = frame.left;
  f.right = frame.right;
  f.leading = env_.style.small.leading;
  f.alignment = typeset::Alignment::Ragged;
  append_lines(out, env_.setter.lines(paragraph(std::move(runs), env_, frame.source), f), kNever, kNever);
  out.emplace_back(VPenalty{kNever});
}

void BlockLayout::rule(const Frame& frame, VList& out) {
  double w = 0;
  TextArt stars = env_.setter.single_line(paragraph({{"*\u2003*\u2003*", text_style(frame.text)}}, env_), w);
  const double width = env_.style.text_width() - frame.left - frame.right;
  stars.x = frame.left + (width - w) / 2;
  VBox box;
  box.height = line_height(frame.text.leading);
  box.depth = line_depth(frame.text.leading);
  box.art.push_back(std::move(stars));
  out.emplace_back(std::move(box));
}

std::vector<VBox> BlockLayout::note_lines(const model::Note& note, const Frame& frame) {
  Frame inner = frame;
  inner.text = env_.style.small;
  inner.indent_paragraphs = false;
  model::List list;
  list.ordered = true;
  list.start = note.number;
  list.items.push_back({note.content, std::nullopt});
  VList items;
  this->list(list, inner, items);
  // Space between the note's paragraphs goes into the height of the line after it.
  std::vector<VBox> out;
  double pending = 0;
  for (auto& v : items) {
    if (const auto* g = std::get_if<VGlue>(&v)) {
      if (!out.empty()) pending += g->size;
    } else if (auto* b = std::get_if<VBox>(&v)) {
      b->height += pending;
      pending = 0;
      b->body_line = false;
      out.push_back(std::move(*b));
    }
  }
  return out;
}

namespace {

// The note numbers a box refers to, in reading order.
void note_refs_in(const VBox& box, std::vector<int>& out) {
  for (const auto& art : box.art) {
    const auto* text = std::get_if<TextArt>(&art);
    if (!text || !text->list) continue;
    for (const auto& placed : text->line.boxes) {
      if (placed.box.run < 0) continue;
      const int n = note_number_of_link(
          text->list->link_of(text->list->runs[static_cast<std::size_t>(placed.box.run)]));
      if (n > 0 && std::find(out.begin(), out.end(), n) == out.end()) out.push_back(n);
    }
  }
}

}  // namespace

void BlockLayout::attach_notes(const model::Entry& entry, const Frame& frame, std::size_t from, VList& out) {
  if (entry.notes.empty() || from >= out.size()) return;
  std::set<int> placed;
  // A note and the notes its own text refers to follow the box, in that order.
  std::function<void(int, VList&)> insert = [&](int number, VList& to) {
    if (!placed.insert(number).second) return;
    const auto it = std::find_if(entry.notes.begin(), entry.notes.end(),
                                 [number](const model::Note& n) { return n.number == number; });
    if (it == entry.notes.end()) return;
    VInsert ins;
    ins.dest = env_.note_prefix.empty() ? "" : env_.note_prefix + std::to_string(number);
    ins.lines = note_lines(*it, frame);
    std::vector<int> inner;
    for (const auto& line : ins.lines) note_refs_in(line, inner);
    to.emplace_back(std::move(ins));
    for (const int k : inner) insert(k, to);
  };
  VList tail(std::make_move_iterator(out.begin() + static_cast<std::ptrdiff_t>(from)),
             std::make_move_iterator(out.end()));
  out.resize(from);
  for (auto& item : tail) {
    std::vector<int> refs;
    if (const auto* box = std::get_if<VBox>(&item)) note_refs_in(*box, refs);
    if (const auto* fl = std::get_if<VFloat>(&item))
      for (const auto& part : fl->content)
        if (const auto* b = std::get_if<VBox>(&part)) note_refs_in(*b, refs);
    out.push_back(std::move(item));
    for (const int n : refs) insert(n, out);
  }
}

void BlockLayout::attribution(const model::Book& book, const model::Entry& entry, const Frame& frame,
                              VList& out) {
  const auto& authors = entry.authors.empty() ? book.meta.authors : entry.authors;
  const auto style = text_style(env_.style.small, true);
  std::vector<typeset::StyledRun> runs{
      {license::copyright_notice(util::utc_year(book.meta.modified), authors) + ".", style}};
  if (!book.meta.license.name.empty()) {
    runs.push_back({" This entry is ", style});
    typeset::TextStyle link = style;
    if (!book.meta.license.url.empty()) link.link = "uri:" + book.meta.license.url;
    runs.push_back({license::licensed_under(book.meta.license), link});
    runs.push_back({".", style});
  }
  ParaFormat f;
  f.width = env_.style.text_width();
  f.left = frame.left;
  f.leading = env_.style.small.leading;
  f.alignment = typeset::Alignment::Ragged;
  // The attribution closes the entry: it never stands alone at the top of a page.
  out.emplace_back(VPenalty{kNever});
  out.emplace_back(VGlue{env_.style.body.leading});
  append_lines(out, env_.setter.lines(paragraph(std::move(runs), env_, frame.source), f), 0, kNever);
}

void BlockLayout::references(const std::vector<model::BibEntry>& entries, const std::string& prefix,
                             VList& out) {
  const typeset::TypeSize& t = env_.style.small;
  ParaFormat f;
  f.width = env_.style.text_width();
  f.leading = t.leading;
  f.alignment = typeset::Alignment::Ragged;
  f.continuation_indent = env_.style.indent;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    std::vector<typeset::StyledRun> runs;
    append_runs(entries[i].content, text_style(t), env_.exists, runs, env_.reference_prefix,
                env_.note_prefix);
    if (runs.empty()) continue;
    if (i > 0) out.emplace_back(VGlue{t.leading * 0.25});
    Mark mark;
    mark.dest = prefix + entries[i].id;
    out.emplace_back(std::move(mark));
    append_lines(out, env_.setter.lines(paragraph(std::move(runs), env_), f));
  }
}

void BlockLayout::entry(const model::Book& book, const model::Entry& entry, int outline_level, VList& out) {
  entry_slug_ = entry.slug;
  // Without a title of its own the entry's sections sit right under its chapter.
  entry_outline_ = entry.show_title ? outline_level : outline_level - 1;
  env_.note_prefix = "note-" + entry.slug + "-";
  const std::size_t start = out.size();
  if (book.meta.bibliography_placement == "entry") env_.reference_prefix = "ref-" + entry.slug + "-";
  Frame frame;
  frame.text = env_.style.body;
  frame.source = entry.loc.path;
  const std::string title = entry.title.empty() ? entry.slug : entry.title;
  if (entry.show_title) {
    heading({model::Inline{model::Text{title}, {}}}, 1, dest_name(entry.slug, ""), outline_level, frame, out,
            "entry:" + entry.slug);
  } else {
    Mark mark;  // links to the entry still land where it begins
    mark.dest = dest_name(entry.slug, "");
    out.emplace_back(std::move(mark));
  }
  blocks(entry.body, frame, out);
  attach_notes(entry, frame, start, out);
  if (book.meta.bibliography_placement == "entry" && !entry.bibliography.empty()) {
    heading({model::Inline{model::Text{"References"}, {}}}, 3, "", -1, frame, out);
    references(entry.bibliography, env_.reference_prefix, out);
  }
  // A file of a pandoc-style chapter is not an entry with authors of its own: the copyright
  // page's notice covers it.
  if (entry.show_title) attribution(book, entry, frame, out);
  env_.note_prefix.clear();
}

}  // namespace quire::layout
