#include "layout/front_matter.h"

#include <cmath>

#include "license/attribution.h"
#include "license/licenses.h"
#include "model/chapter_label.h"
#include "util/timestamps.h"

namespace quire::layout {

namespace {

using typeset::Alignment;
using typeset::StyledRun;
using typeset::TypeSize;

void lines(LayoutEnv& env, std::vector<StyledRun> runs, const TypeSize& size, Alignment align, VList& out,
           double left = 0, double right = 0) {
  ParaFormat f;
  f.width = env.style.text_width();
  f.left = left;
  f.right = right;
  f.leading = size.leading;
  f.alignment = align;
  f.hyphenate = false;
  append_lines(out, env.setter.lines(paragraph(std::move(runs), env), f), kNever, kNever);
}

Mark opening_mark(const std::string& dest = {}, int outline = -1, const std::string& title = {}) {
  Mark m;
  m.opening = true;
  m.dest = dest;
  m.outline_level = outline;
  m.title = title;
  return m;
}

// One line of the contents: the title (wrapping if it must), dot leaders on a common grid,
// the page number flush right; all of it a link to the destination.
void toc_line(LayoutEnv& env, const std::string& title, const std::string& number, const std::string& dest,
              double indent, bool bold, VList& out) {
  const TypeSize& t = env.style.body;
  typeset::TextStyle style = text_style(t, false, bold);
  if (env.exists(dest)) style.link = "dest:" + dest;
  const double width = env.style.text_width();
  double num_width = 0;
  TextArt num = env.setter.single_line(paragraph({{number.empty() ? "?" : number, style}}, env), num_width);
  ParaFormat f;
  f.width = width;
  f.left = indent;
  f.right = t.size * 3;
  f.leading = t.leading;
  f.alignment = Alignment::Ragged;
  f.hyphenate = false;
  std::vector<VBox> boxes = env.setter.lines(paragraph({{title, style}}, env), f);
  if (boxes.empty()) return;
  VBox& last = boxes.back();
  const auto& text = std::get<TextArt>(last.art.back());
  const double text_end = text.x + text.line.width;
  num.x = width - num_width;
  double dot_width = 0;
  const TextArt dot = env.setter.single_line(paragraph({{".", text_style(t)}}, env), dot_width);
  const double step = t.size * 0.45;
  for (double x = std::ceil((text_end + t.size * 0.5) / step) * step; x + dot_width < num.x - t.size * 0.4; x += step) {
    TextArt d = dot;
    d.x = x;
    last.art.push_back(std::move(d));
  }
  last.art.push_back(std::move(num));
  append_lines(out, std::move(boxes), kNever, kNever);
}

}  // namespace

VBox strut(double height) {
  VBox b;
  b.height = height;
  return b;
}

void title_pages(const model::Book& book, LayoutEnv& env, VList& out) {
  const auto& s = env.style;
  const std::string title = book.meta.title.empty() ? book.meta.slug : book.meta.title;
  // Half title.
  out.emplace_back(opening_mark());
  out.emplace_back(strut(s.part_sink));
  lines(env, {{title, text_style(s.entry)}}, s.entry, Alignment::Centered, out);

  // Title page, on the next recto.
  out.emplace_back(PageBreak{true});
  out.emplace_back(opening_mark());
  out.emplace_back(strut(s.part_sink));
  lines(env, {{title, text_style(s.part)}}, s.part, Alignment::Centered, out);
  if (!book.meta.subtitle.empty()) {
    out.emplace_back(VGlue{s.body.leading});
    lines(env, {{book.meta.subtitle, text_style(s.section, true)}}, s.section, Alignment::Centered, out,
          s.body.size * 2, s.body.size * 2);
  }
  if (!book.meta.authors.empty()) {
    out.emplace_back(VGlue{s.body.leading * 4});
    lines(env, {{license::join_names(book.meta.authors), text_style(s.section)}}, s.section,
          Alignment::Centered, out);
  }

  // Copyright page, overleaf.
  out.emplace_back(PageBreak{false});
  out.emplace_back(opening_mark());
  const auto small = text_style(s.small);
  auto para = [&](std::vector<StyledRun> runs) {
    lines(env, std::move(runs), s.small, Alignment::Ragged, out);
    out.emplace_back(VGlue{s.small.leading});
  };
  std::string heading = title;
  if (!book.meta.subtitle.empty()) heading += ": " + book.meta.subtitle;
  para({{heading, text_style(s.small, true)}});
  para({{license::copyright_notice(util::utc_year(book.meta.modified), book.meta.authors) + ".", small}});
  if (!book.meta.license.name.empty()) {
    typeset::TextStyle link = small;
    if (!book.meta.license.url.empty()) link.link = "uri:" + book.meta.license.url;
    std::vector<StyledRun> runs{{"This work is ", small}, {license::licensed_under(book.meta.license), link}, {".", small}};
    if (!book.meta.license.url.empty()) {
      runs.push_back({" To view a copy of the license, visit ", small});
      runs.push_back({book.meta.license.url, link});
      runs.push_back({".", small});
    }
    para(std::move(runs));
  }
  if (!book.meta.repository.empty()) {
    typeset::TextStyle link = small;
    link.link = "uri:" + book.meta.repository;
    para({{"Source: ", small}, {book.meta.repository, link}});
  }
  std::string ids;
  if (!book.meta.version.empty()) ids += "Version " + book.meta.version + ". ";
  if (!book.meta.identifier.empty()) ids += "Identifier: " + book.meta.identifier + ".";
  if (!ids.empty()) para({{ids, small}});
  para({{std::string("Typeset with quire ") + QUIRE_VERSION + ".", small}});
}

void contents(const model::Book& book, LayoutEnv& env, const std::map<std::string, std::string>& numbers,
              VList& out) {
  const auto& s = env.style;
  auto number = [&](const std::string& key) {
    const auto it = numbers.find(key);
    return it == numbers.end() ? std::string() : it->second;
  };
  out.emplace_back(PageBreak{true});
  out.emplace_back(opening_mark("contents", 0, "Contents"));
  out.emplace_back(strut(s.chapter_sink));
  lines(env, {{"Contents", text_style(s.chapter)}}, s.chapter, Alignment::Ragged, out);
  out.emplace_back(VPenalty{kNever});
  out.emplace_back(VGlue{s.body.leading * 2});
  int part = -1;
  const double step = s.body.size * 1.5;
  for (const auto& ch : book.chapters) {
    const bool in_part = ch.part >= 0 && static_cast<std::size_t>(ch.part) < book.parts.size();
    if (in_part && ch.part != part) {
      part = ch.part;
      const auto& p = book.parts[static_cast<std::size_t>(part)];
      out.emplace_back(VGlue{s.body.leading});
      toc_line(env, p.title, number("part:" + p.id), "part-" + p.id, 0, true, out);
      out.emplace_back(VPenalty{kNever});
    }
    if (!ch.listed) continue;
    const double indent = in_part ? step : 0;
    out.emplace_back(VGlue{s.body.leading / 2});
    toc_line(env, model::numbered_title(ch), number("chapter:" + ch.id), "chapter-" + ch.id, indent, true, out);
    out.emplace_back(VPenalty{kNever});
    bool first = true;
    for (const std::size_t index : ch.entries) {
      const auto& e = book.entries[index];
      if (!e.show_title) continue;
      if (!first) out.emplace_back(VPenalty{0});
      first = false;
      toc_line(env, e.title.empty() ? e.slug : e.title, number("entry:" + e.slug), dest_name(e.slug, ""),
               indent + step, false, out);
    }
    if (book.meta.bibliography_placement == "chapter" && !ch.bibliography.empty()) {
      out.emplace_back(VPenalty{0});
      toc_line(env, "References", number("references:" + ch.id), "references-" + ch.id, indent + step, false, out);
    }
  }
  if (book.meta.bibliography_placement == "book" && !book.bibliography.empty()) {
    out.emplace_back(VGlue{s.body.leading / 2});
    toc_line(env, "References", number("references"), "references", 0, true, out);
  }
}

}  // namespace quire::layout
