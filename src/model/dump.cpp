#include "model/dump.h"

#include <string_view>

#include "model/callout.h"

namespace quire::model {

namespace {

template <class... F>
struct Overloaded : F... {
  using F::operator()...;
};
template <class... F>
Overloaded(F...) -> Overloaded<F...>;

void quote(std::string& out, std::string_view s) {
  out += '"';
  for (char c : s) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        out += c;
    }
  }
  out += '"';
}

void inlines(std::string& out, const Inlines& list);

// ` {#id .class key="value"}`, only when there are attributes, so older dumps stay as they were.
void attr(std::string& out, const Attr& a) {
  if (a.empty()) return;
  out += " {";
  bool first = true;
  auto sep = [&] {
    if (!first) out += ' ';
    first = false;
  };
  if (!a.id.empty()) {
    sep();
    out += '#' + a.id;
  }
  for (const std::string& c : a.classes) {
    sep();
    out += '.' + c;
  }
  for (const auto& [k, v] : a.kv) {
    sep();
    out += k + '=';
    quote(out, v);
  }
  out += '}';
}

void cite_item(std::string& out, const CiteItem& item) {
  out += "Item ";
  quote(out, item.key);
  auto field = [&](std::string_view name, const std::string& value) {
    if (value.empty()) return;
    out += ' ';
    out += name;
    out += '=';
    quote(out, value);
  };
  field("prefix", item.prefix);
  field("label", item.label);
  field("locator", item.locator);
  field("suffix", item.suffix);
  if (item.suppress_author) out += " suppress_author";
}

void inline_node(std::string& out, const Inline& in) {
  std::visit(Overloaded{
                 [&](const Text& t) {
                   out += "Text ";
                   quote(out, t.text);
                 },
                 [&](const SoftBreak&) { out += "SoftBreak"; },
                 [&](const LineBreak&) { out += "LineBreak"; },
                 [&](const Code& c) {
                   out += "Code ";
                   quote(out, c.text);
                   attr(out, c.attr);
                 },
                 [&](const Emph& e) {
                   out += "Emph ";
                   inlines(out, e.content);
                 },
                 [&](const Strong& s) {
                   out += "Strong ";
                   inlines(out, s.content);
                 },
                 [&](const Strikeout& s) {
                   out += "Strikeout ";
                   inlines(out, s.content);
                 },
                 [&](const Link& l) {
                   out += "Link ";
                   quote(out, l.target);
                   if (!l.title.empty()) {
                     out += " title=";
                     quote(out, l.title);
                   }
                   if (l.internal) {
                     out += " entry=";
                     quote(out, l.entry_slug);
                     out += " anchor=";
                     quote(out, l.anchor);
                   }
                   attr(out, l.attr);
                   out += ' ';
                   inlines(out, l.content);
                 },
                 [&](const Image& i) {
                   out += "Image ";
                   quote(out, i.src);
                   if (!i.title.empty()) {
                     out += " title=";
                     quote(out, i.title);
                   }
                   if (!i.resolved.empty()) {
                     out += " resolved=";
                     quote(out, i.resolved);
                   }
                   attr(out, i.attr);
                   if (!i.width.empty()) out += " width=" + i.width.css();
                   if (!i.height.empty()) out += " height=" + i.height.css();
                   out += ' ';
                   inlines(out, i.alt);
                 },
                 [&](const NoteRef& n) {
                   out += "NoteRef ";
                   quote(out, n.label);
                   if (n.number != 0) out += " " + std::to_string(n.number);
                 },
                 [&](const Citation& c) {
                   out += c.in_text ? "Cite in_text [" : "Cite [";
                   for (std::size_t i = 0; i < c.items.size(); ++i) {
                     if (i > 0) out += ", ";
                     cite_item(out, c.items[i]);
                   }
                   out += ']';
                 },
                 [&](const RawInline& r) {
                   out += "RawInline ";
                   quote(out, r.format);
                   out += ' ';
                   quote(out, r.text);
                 },
                 [&](const Math& m) {
                   out += m.display ? "Math display " : "Math ";
                   quote(out, m.tex);
                   attr(out, m.attr);
                 },
             },
             in.node);
}

void inlines(std::string& out, const Inlines& list) {
  out += '[';
  for (std::size_t i = 0; i < list.size(); ++i) {
    if (i > 0) out += ", ";
    inline_node(out, list[i]);
  }
  out += ']';
}

std::string_view align_name(Align a) {
  switch (a) {
    case Align::Left:
      return "Left";
    case Align::Center:
      return "Center";
    case Align::Right:
      return "Right";
    case Align::Default:
      break;
  }
  return "Default";
}

void blocks(std::string& out, const Blocks& list, int indent);

void block_node(std::string& out, const Block& b, int indent) {
  const std::string pad(static_cast<std::size_t>(indent) * 2, ' ');
  out += pad;
  std::visit(Overloaded{
                 [&](const Paragraph& p) {
                   out += "Para ";
                   inlines(out, p.content);
                   out += '\n';
                 },
                 [&](const Heading& h) {
                   out += "Heading " + std::to_string(h.level);
                   if (!h.id.empty()) {
                     out += " id=";
                     quote(out, h.id);
                   }
                   if (!h.numbered) out += " unnumbered";
                   if (!h.listed) out += " unlisted";
                   attr(out, h.attr);
                   out += ' ';
                   inlines(out, h.content);
                   out += '\n';
                 },
                 [&](const CodeBlock& c) {
                   out += "CodeBlock ";
                   quote(out, c.info);
                   if (!c.language.empty()) out += " language=" + c.language;
                   if (!c.raw_format.empty()) out += " raw=" + c.raw_format;
                   attr(out, c.attr);
                   out += ' ';
                   quote(out, c.text);
                   out += '\n';
                 },
                 [&](const Div& d) {
                   out += "Div";
                   if (d.callout != Callout::None) out += " callout=" + std::string(callout_name(d.callout));
                   attr(out, d.attr);
                   if (!d.title.empty()) {
                     out += " title=";
                     inlines(out, d.title);
                   }
                   out += '\n';
                   blocks(out, d.content, indent + 1);
                 },
                 [&](const BlockQuote& q) {
                   out += "BlockQuote\n";
                   blocks(out, q.content, indent + 1);
                 },
                 [&](const List& l) {
                   out += l.ordered ? "OrderedList start=" + std::to_string(l.start) : "BulletList";
                   out += l.tight ? " tight\n" : " loose\n";
                   for (const ListItem& item : l.items) {
                     out += pad + "  Item";
                     if (item.task) out += *item.task ? " [x]" : " [ ]";
                     out += '\n';
                     blocks(out, item.content, indent + 2);
                   }
                 },
                 [&](const Table& t) {
                   out += "Table";
                   for (Align a : t.aligns) {
                     out += ' ';
                     out += align_name(a);
                   }
                   out += '\n' + pad + "  Header";
                   for (const Inlines& cell : t.header) {
                     out += ' ';
                     inlines(out, cell);
                   }
                   out += '\n';
                   for (const auto& row : t.rows) {
                     out += pad + "  Row";
                     for (const Inlines& cell : row) {
                       out += ' ';
                       inlines(out, cell);
                     }
                     out += '\n';
                   }
                 },
                 [&](const Figure& f) {
                   out += "Figure ";
                   if (!f.id.empty()) {
                     out += "id=";
                     quote(out, f.id);
                     out += ' ';
                   }
                   Inline image{f.image, {}};
                   inline_node(out, image);
                   out += " caption=";
                   inlines(out, f.caption);
                   out += '\n';
                 },
                 [&](const ThematicBreak&) { out += "ThematicBreak\n"; },
                 [&](const PageBreak&) { out += "PageBreak\n"; },
                 [&](const VSpace& v) { out += "VSpace " + v.amount.css() + "\n"; },
             },
             b.node);
}

void blocks(std::string& out, const Blocks& list, int indent) {
  for (const Block& b : list) block_node(out, b, indent);
}

}  // namespace

std::string dump(const Blocks& list) {
  std::string out;
  blocks(out, list, 0);
  return out;
}

std::string dump(const Inlines& list) {
  std::string out;
  inlines(out, list);
  return out;
}

}  // namespace quire::model
