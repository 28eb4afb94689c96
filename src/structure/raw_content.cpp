#include "structure/raw_content.h"

#include <tinyxml2.h>

#include <optional>
#include <string_view>
#include <utility>

namespace quire::structure {
namespace {

using model::Block;
using model::Blocks;
using model::Inline;
using model::Inlines;

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// One TeX command as written: `\name*[opt]{arg}{arg}`.
struct Command {
  std::string name;
  std::vector<std::string> options;
  std::vector<std::string> args;
  std::size_t begin = 0;
  std::size_t end = 0;
};

// The group that opens at `s[i]` (`{` or `[`), balanced, or nullopt when it does not close.
std::optional<std::size_t> group_end(std::string_view s, std::size_t i, char open, char close) {
  int depth = 0;
  for (; i < s.size(); ++i) {
    if (s[i] == '\\') {
      ++i;
    } else if (s[i] == open) {
      ++depth;
    } else if (s[i] == close && --depth == 0) {
      return i;
    }
  }
  return std::nullopt;
}

// The command starting at `s[i]`, a backslash followed by a letter.
Command read_command(std::string_view s, std::size_t i) {
  Command c;
  c.begin = i;
  std::size_t j = i + 1;
  while (j < s.size() && is_letter(s[j])) ++j;
  c.name = std::string(s.substr(i + 1, j - i - 1));
  if (j < s.size() && s[j] == '*') ++j;
  for (;;) {
    if (j < s.size() && (s[j] == '[' || s[j] == '{')) {
      const bool brace = s[j] == '{';
      const auto close = group_end(s, j, s[j], brace ? '}' : ']');
      if (!close) break;
      (brace ? c.args : c.options).emplace_back(s.substr(j + 1, *close - j - 1));
      j = *close + 1;
    } else {
      break;
    }
  }
  c.end = j;
  return c;
}

bool is_command_at(std::string_view s, std::size_t i) {
  return s[i] == '\\' && i + 1 < s.size() && is_letter(s[i + 1]) && (i == 0 || s[i - 1] != '\\');
}

enum class Layout { None, PageBreak, VSpace, NoIndent };

Layout layout_of(const Command& c, model::Length& amount) {
  const std::string& n = c.name;
  if (n == "newpage" || n == "clearpage" || n == "pagebreak" || n == "cleardoublepage") return Layout::PageBreak;
  if (n == "noindent") return Layout::NoIndent;
  if (n == "bigskip" || n == "medskip" || n == "smallskip") {
    amount = {n == "bigskip" ? 12.0 : n == "medskip" ? 6.0 : 3.0, model::Length::Unit::Pt};
    return Layout::VSpace;
  }
  if (n == "vspace" && !c.args.empty()) {
    std::string_view arg = c.args.front();
    while (!arg.empty() && is_space(arg.front())) arg.remove_prefix(1);
    while (!arg.empty() && is_space(arg.back())) arg.remove_suffix(1);
    if (auto l = model::parse_length(arg)) {
      amount = *l;
    } else if (arg.size() > 2 && (arg.substr(arg.size() - 2) == "em" || arg.substr(arg.size() - 2) == "ex")) {
      // Relative to the body size, which a pass does not know: TeX's 10 pt em is close enough.
      const double factor = arg.substr(arg.size() - 2) == "em" ? 10.0 : 4.3;
      try {
        amount = {std::stod(std::string(arg.substr(0, arg.size() - 2))) * factor, model::Length::Unit::Pt};
      } catch (const std::exception&) {
        return Layout::None;
      }
    } else {
      return Layout::None;
    }
    return amount.value > 0 ? Layout::VSpace : Layout::None;
  }
  return Layout::None;
}

// TeX font commands whose meaning the model has.
std::optional<Inline> styled(const Command& c, SourcePos pos) {
  if (c.args.size() != 1) return std::nullopt;
  Inlines text{Inline{model::Text{c.args.front()}, pos}};
  if (c.name == "textbf") return Inline{model::Strong{std::move(text)}, pos};
  if (c.name == "emph" || c.name == "textit") return Inline{model::Emph{std::move(text)}, pos};
  if (c.name == "texttt") return Inline{model::Code{c.args.front()}, pos};
  if (c.name == "textrm" || c.name == "textsf" || c.name == "textnormal") return text.front();
  return std::nullopt;
}

// `width=0.5\textwidth` or `width=5cm` from \includegraphics' options.
model::Length graphic_width(const std::vector<std::string>& options) {
  for (const std::string& o : options) {
    const std::size_t at = o.find("width=");
    if (at == std::string::npos || (at > 0 && o[at - 1] != ',' && !is_space(o[at - 1]))) continue;
    std::string_view v = std::string_view(o).substr(at + 6);
    v = v.substr(0, v.find(','));
    const std::size_t tw = v.find("\\textwidth");
    const std::size_t lw = v.find("\\linewidth");
    const std::size_t rel = tw != std::string_view::npos ? tw : lw;
    if (rel != std::string_view::npos) {
      const std::string_view factor = v.substr(0, rel);
      double f = 1;
      try {
        if (!factor.empty()) f = std::stod(std::string(factor));
      } catch (const std::exception&) {
        continue;
      }
      return {f * 100, model::Length::Unit::Percent};
    }
    if (auto l = model::parse_length(v)) return *l;
  }
  return {};
}

class Reader {
 public:
  Reader(const std::string& path, Diagnostics& diags) : path_(path), diags_(diags) {}

  void blocks(Blocks& in) {
    Blocks out;
    out.reserve(in.size());
    for (Block& b : in) block(std::move(b), out);
    in = std::move(out);
  }

 private:
  const std::string& path_;
  Diagnostics& diags_;

  void block(Block b, Blocks& out) {
    if (auto* code = std::get_if<model::CodeBlock>(&b.node)) {
      if (!code->raw_format.empty()) return raw_block(*code, b.pos, out);
    } else if (auto* p = std::get_if<model::Paragraph>(&b.node)) {
      return paragraph(std::move(*p), b.pos, out);
    } else if (auto* q = std::get_if<model::BlockQuote>(&b.node)) {
      blocks(q->content);
    } else if (auto* l = std::get_if<model::List>(&b.node)) {
      for (auto& item : l->items) blocks(item.content);
    } else if (auto* h = std::get_if<model::Heading>(&b.node)) {
      inlines(h->content);
    } else if (auto* t = std::get_if<model::Table>(&b.node)) {
      for (auto& cell : t->header) inlines(cell);
      for (auto& row : t->rows)
        for (auto& cell : row) inlines(cell);
    } else if (auto* f = std::get_if<model::Figure>(&b.node)) {
      inlines(f->caption);
    }
    out.push_back(std::move(b));
  }

  void raw_block(model::CodeBlock& code, SourcePos pos, Blocks& out) {
    const std::string& format = code.raw_format;
    if (format == "html") {
      std::string error;
      if (well_formed_html(code.text, &error)) {
        out.push_back({std::move(code), pos});
      } else {
        diags_.warning({path_, pos}, "the raw HTML block is not well-formed XHTML (" + error + ") and was dropped",
                       "raw-html");
      }
      return;
    }
    if (format == "latex" || format == "tex") {
      Paragraph para;
      para.pos = pos;
      tex(code.text, pos, para, &out, true);
      para.flush(out);
      return;
    }
    diags_.warning({path_, pos}, "raw '{=" + format + "}' content is for another output format and was left out",
                   "raw-format");
  }

  // A paragraph being rebuilt: layout commands end it, so the blocks they make keep their place.
  struct Paragraph {
    Inlines content;
    bool no_indent = false;
    SourcePos pos;
    void flush(Blocks& out) {
      while (!content.empty() && is_blank(content.back())) content.pop_back();
      if (!content.empty()) out.push_back({model::Paragraph{std::move(content), no_indent}, pos});
      content.clear();
      no_indent = false;
    }
    static bool is_blank(const Inline& in) {
      if (std::holds_alternative<model::SoftBreak>(in.node)) return true;
      const auto* t = std::get_if<model::Text>(&in.node);
      return t != nullptr && t->text.find_first_not_of(" \t\n") == std::string::npos;
    }
  };

  void paragraph(model::Paragraph p, SourcePos pos, Blocks& out) {
    Paragraph para;
    para.pos = pos;
    para.no_indent = p.no_indent;
    for (Inline& in : p.content) {
      if (auto* t = std::get_if<model::Text>(&in.node)) {
        tex(t->text, in.pos, para, &out, false);
      } else if (auto* r = std::get_if<model::RawInline>(&in.node); r != nullptr && is_tex(r->format)) {
        tex(r->text, in.pos, para, &out, true);
      } else {
        one_inline(in);
        if (keep(in)) para.content.push_back(std::move(in));
      }
    }
    para.flush(out);
  }

  static bool is_tex(const std::string& format) { return format == "latex" || format == "tex"; }

  // Raw inlines that survive: HTML that parses, which the EPUB passes through.
  bool keep(const Inline& in) {
    const auto* r = std::get_if<model::RawInline>(&in.node);
    if (r == nullptr) return true;
    if (r->format == "html") {
      std::string error;
      if (well_formed_html(r->text, &error)) return true;
      diags_.warning({path_, in.pos}, "the raw HTML '" + r->text + "' is not well-formed XHTML (" + error +
                                          ") and was dropped", "raw-html");
      return false;
    }
    diags_.warning({path_, in.pos}, "raw '{=" + r->format + "}' content is for another output format and was left out",
                   "raw-format");
    return false;
  }

  // The inlines inside a line: raw TeX there cannot break pages, so all of it is named.
  void inlines(Inlines& list) {
    Inlines out;
    for (Inline& in : list) {
      if (auto* t = std::get_if<model::Text>(&in.node)) {
        Paragraph para;
        tex(t->text, in.pos, para, nullptr, false);
        for (Inline& x : para.content) out.push_back(std::move(x));
        continue;
      }
      if (auto* r = std::get_if<model::RawInline>(&in.node); r != nullptr && is_tex(r->format)) {
        Paragraph para;
        tex(r->text, in.pos, para, nullptr, true);
        for (Inline& x : para.content) out.push_back(std::move(x));
        continue;
      }
      one_inline(in);
      if (keep(in)) out.push_back(std::move(in));
    }
    list = std::move(out);
  }

  void one_inline(Inline& in) {
    std::visit(
        [&](auto& node) {
          using T = std::decay_t<decltype(node)>;
          if constexpr (std::is_same_v<T, model::Emph> || std::is_same_v<T, model::Strong> ||
                        std::is_same_v<T, model::Strikeout> || std::is_same_v<T, model::Link>) {
            inlines(node.content);
          }
        },
        in.node);
  }

  static SourcePos at(SourcePos pos, std::string_view text, std::size_t offset) {
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
      if (text[i] == '\n') {
        ++pos.line;
        pos.col = 1;
      } else if (pos.col > 0) {
        ++pos.col;
      }
    }
    return pos;
  }

  // Reads TeX in `text` (a text node, or raw TeX when `raw`) into `para`, flushing it into `out`
  // at each layout command; `out` is null inside a line (a heading, a cell, emphasis), where
  // layout commands cannot act and are named instead.
  void tex(const std::string& text, SourcePos pos, Paragraph& para, Blocks* out, bool raw) {
    std::string plain;
    auto emit_plain = [&] {
      if (!plain.empty()) para.content.push_back({model::Text{std::move(plain)}, pos});
      plain.clear();
    };
    std::size_t i = 0;
    while (i < text.size()) {
      if (!is_command_at(text, i)) {
        if (raw && text[i] == '\n') {
          emit_plain();
          para.content.push_back({model::SoftBreak{}, at(pos, text, i)});
        } else if (!(raw && (text[i] == '{' || text[i] == '}'))) {
          plain += text[i];
        }
        ++i;
        continue;
      }
      const Command c = read_command(text, i);
      const SourcePos where = at(pos, text, i);
      i = c.end;
      if (c.args.empty() && c.options.empty())
        while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;  // TeX eats the space
      model::Length amount;
      const Layout layout = layout_of(c, amount);
      if (layout != Layout::None && out != nullptr) {
        emit_plain();
        if (layout == Layout::NoIndent) {
          if (!para.content.empty()) para.flush(*out);
          para.no_indent = true;
          continue;
        }
        para.flush(*out);
        if (layout == Layout::PageBreak) out->push_back({model::PageBreak{}, where});
        if (layout == Layout::VSpace) out->push_back({model::VSpace{amount}, where});
        continue;
      }
      if (auto s = styled(c, where)) {
        emit_plain();
        para.content.push_back(std::move(*s));
        continue;
      }
      if (c.name == "includegraphics" && !c.args.empty()) {
        emit_plain();
        model::Image img;
        img.src = c.args.back();
        img.width = graphic_width(c.options);
        para.content.push_back({std::move(img), where});
        continue;
      }
      unknown(c, where, layout != Layout::None, plain);
    }
    emit_plain();
  }

  void unknown(const Command& c, SourcePos where, bool misplaced, std::string& plain) {
    std::string kept;
    for (const std::string& a : c.args) {
      if (!kept.empty()) kept += ' ';
      kept += a;
    }
    if (c.name == "begin" || c.name == "end") {
      if (c.name == "begin" && !c.args.empty())
        diags_.warning({path_, where}, "the raw TeX environment '" + c.args.front() +
                                           "' is not supported; its text is kept and its layout is not",
                       "raw-tex");
      for (std::size_t k = 1; k < c.args.size(); ++k) plain += c.args[k];
      return;
    }
    std::string message = "the raw TeX command '\\" + c.name + "' ";
    message += misplaced ? "has no effect here" : "is not supported";
    message += kept.empty() ? " and was left out" : "; the text of its arguments is kept";
    diags_.warning({path_, where}, std::move(message), "raw-tex");
    plain += kept;
  }
};

}  // namespace

bool well_formed_html(const std::string& html, std::string* error) {
  tinyxml2::XMLDocument doc;
  const std::string wrapped = "<quire-raw>" + html + "</quire-raw>";
  if (doc.Parse(wrapped.c_str(), wrapped.size()) == tinyxml2::XML_SUCCESS) return true;
  if (error != nullptr) *error = doc.ErrorName();
  return false;
}

void read_raw_content(model::Book& book, Diagnostics& diags) {
  for (model::Entry& e : book.entries) {
    Reader reader(e.loc.path, diags);
    reader.blocks(e.body);
    for (model::Note& n : e.notes) reader.blocks(n.content);
  }
}

}  // namespace quire::structure
