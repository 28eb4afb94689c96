#include "bibliography/bibtex_inline.h"

namespace quire::bibliography::bibtex {
namespace {

bool is_break(InlineKind k) {
  return k == InlineKind::Space || k == InlineKind::SoftBreak || k == InlineKind::LineBreak;
}

bool fuses(InlineKind k) {
  return k == InlineKind::Emph || k == InlineKind::Strong || k == InlineKind::Underline ||
         k == InlineKind::Subscript ||
         k == InlineKind::Superscript || k == InlineKind::Strikeout;
}

struct RenderContext {
  bool outer_quotes = true;
  bool italics = true;
  bool bold = true;
  bool small_caps = true;
};

void render(const BibInlines& xs, RenderContext ctx, std::string& out);

void render(const BibInline& x, RenderContext ctx, std::string& out) {
  switch (x.kind) {
    case InlineKind::Str:
    case InlineKind::Code:
    case InlineKind::Math:
      out += x.text;
      return;
    case InlineKind::Space:
    case InlineKind::SoftBreak:
      out += ' ';
      return;
    case InlineKind::LineBreak:
      out += '\n';
      return;
    case InlineKind::RawInline:
    case InlineKind::Note:
      return;
    case InlineKind::Emph: {
      RenderContext inner = ctx;
      inner.italics = !ctx.italics;
      out += ctx.italics ? "<i>" : "<span style=\"font-style:normal;\">";
      render(x.children, inner, out);
      out += ctx.italics ? "</i>" : "</span>";
      return;
    }
    case InlineKind::Strong: {
      RenderContext inner = ctx;
      inner.bold = !ctx.bold;
      out += ctx.bold ? "<b>" : "<span style=\"font-weight:normal;\">";
      render(x.children, inner, out);
      out += ctx.bold ? "</b>" : "</span>";
      return;
    }
    case InlineKind::SmallCaps: {
      RenderContext inner = ctx;
      inner.small_caps = !ctx.small_caps;
      out += ctx.small_caps ? "<span style=\"font-variant:small-caps;\">"
                            : "<span style=\"font-variant:normal;\">";
      render(x.children, inner, out);
      out += "</span>";
      return;
    }
    case InlineKind::Underline:
      out += "<u>";
      render(x.children, ctx, out);
      out += "</u>";
      return;
    case InlineKind::Superscript:
      out += "<sup>";
      render(x.children, ctx, out);
      out += "</sup>";
      return;
    case InlineKind::Subscript:
      out += "<sub>";
      render(x.children, ctx, out);
      out += "</sub>";
      return;
    case InlineKind::Quoted: {
      RenderContext inner = ctx;
      inner.outer_quotes = !ctx.outer_quotes;
      out += ctx.outer_quotes ? "\u201C" : "\u2018";
      render(x.children, inner, out);
      out += ctx.outer_quotes ? "\u201D" : "\u2019";
      return;
    }
    case InlineKind::Span:
      if (x.classes.size() == 1 && x.classes[0].rfind("csl-", 0) == 0) {
        out += "<div class=\"" + x.classes[0] + "\">";
        render(x.children, ctx, out);
        out += "</div>";
        return;
      }
      render(x.children, ctx, out);
      return;
    case InlineKind::Strikeout:
    case InlineKind::Link:
      render(x.children, ctx, out);
      return;
  }
}

void render(const BibInlines& xs, RenderContext ctx, std::string& out) {
  for (const auto& x : xs) render(x, ctx, out);
}

void stringify_into(const BibInline& x, std::string& out);

void stringify_into(const BibInlines& xs, std::string& out) {
  for (const auto& x : xs) stringify_into(x, out);
}

void stringify_into(const BibInline& x, std::string& out) {
  switch (x.kind) {
    case InlineKind::Str:
    case InlineKind::Code:
    case InlineKind::Math:
      out += x.text;
      return;
    case InlineKind::Space:
    case InlineKind::SoftBreak:
    case InlineKind::LineBreak:
      out += ' ';
      return;
    case InlineKind::RawInline:
    case InlineKind::Note:
      return;
    case InlineKind::Quoted:
      out += x.double_quote ? "\u201C" : "\u2018";
      stringify_into(x.children, out);
      out += x.double_quote ? "\u201D" : "\u2019";
      return;
    default:
      stringify_into(x.children, out);
      return;
  }
}

}  // namespace

void append(BibInlines& xs, BibInline y) {
  if (xs.empty()) {
    xs.push_back(std::move(y));
    return;
  }
  BibInline& x = xs.back();
  const InlineKind a = x.kind;
  const InlineKind b = y.kind;
  if (is_break(a) && is_break(b) &&
      !(a == InlineKind::LineBreak && b == InlineKind::LineBreak)) {
    // Space+Space stays Space; a soft break wins over a space and a line break over both.
    if (a == InlineKind::LineBreak || b == InlineKind::LineBreak)
      x.kind = InlineKind::LineBreak;
    else if (a == InlineKind::SoftBreak || b == InlineKind::SoftBreak)
      x.kind = InlineKind::SoftBreak;
    return;
  }
  if (a == InlineKind::Str && b == InlineKind::Str) {
    x.text += y.text;
    return;
  }
  if (a == b && fuses(a)) {
    append(x.children, std::move(y.children));
    return;
  }
  xs.push_back(std::move(y));
}

void append(BibInlines& xs, BibInlines ys) {
  if (ys.empty()) return;
  auto it = ys.begin();
  append(xs, std::move(*it));
  ++it;
  for (; it != ys.end(); ++it) xs.push_back(std::move(*it));
}

BibInlines concat(BibInlines xs, BibInlines ys) {
  append(xs, std::move(ys));
  return xs;
}

BibInlines trim_inlines(BibInlines xs) {
  auto is_sp = [](const BibInline& x) {
    return x.kind == InlineKind::Space || x.kind == InlineKind::SoftBreak;
  };
  std::size_t b = 0, e = xs.size();
  while (b < e && is_sp(xs[b])) ++b;
  while (e > b && is_sp(xs[e - 1])) --e;
  return BibInlines(std::make_move_iterator(xs.begin() + static_cast<long>(b)),
                    std::make_move_iterator(xs.begin() + static_cast<long>(e)));
}

BibInlines extract_spaces(InlineKind kind, BibInlines xs, std::vector<std::string> classes) {
  BibInlines out;
  if (!xs.empty() && (xs.front().kind == InlineKind::Space ||
                      xs.front().kind == InlineKind::SoftBreak))
    out.push_back(BibInline::leaf(xs.front().kind));
  const bool right = !xs.empty() && (xs.back().kind == InlineKind::Space ||
                                     xs.back().kind == InlineKind::SoftBreak);
  const InlineKind right_kind = right ? xs.back().kind : InlineKind::Space;
  BibInline wrapped = BibInline::container(kind, trim_inlines(std::move(xs)));
  wrapped.classes = std::move(classes);
  append(out, std::move(wrapped));
  if (right) append(out, BibInline::leaf(right_kind));
  return out;
}

std::string stringify(const BibInlines& xs) {
  std::string out;
  stringify_into(xs, out);
  return out;
}

std::string stringify(const BibInline& x) {
  std::string out;
  stringify_into(x, out);
  return out;
}

void collect_all(const BibInlines& xs, BibInlines& out) {
  for (const auto& x : xs) {
    out.push_back(x);
    collect_all(x.children, out);
  }
}

std::string render_csl(const BibInlines& xs) {
  std::string out;
  render(xs, RenderContext{}, out);
  return out;
}

}  // namespace quire::bibliography::bibtex
