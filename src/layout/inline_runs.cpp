#include "layout/inline_runs.h"

namespace quire::layout {

namespace {

void add(std::vector<typeset::StyledRun>& out, std::string text, const typeset::TextStyle& style) {
  if (text.empty()) return;
  const auto same = [&](const typeset::TextStyle& a) {
    return a.family == style.family && a.italic == style.italic && a.bold == style.bold &&
           a.small_caps == style.small_caps && a.size == style.size && a.link == style.link;
  };
  if (!out.empty() && same(out.back().style))
    out.back().text += text;
  else
    out.push_back({std::move(text), style});
}

// Code keeps its spaces: the shaper counts a run of spaces once, so every space after the
// first of a run becomes a no-break space of the same width.
std::string code_text(const std::string& text) {
  std::string out;
  bool after_space = false;
  for (char c : text) {
    if (c == '\n') c = ' ';
    if (c == ' ' && after_space) {
      out += "\u00A0";
      continue;
    }
    after_space = c == ' ';
    out += c;
  }
  return out;
}

// A parenthetical dash stays with the word before it: a line that starts with a dash reads
// as a list item.
std::string tie_dashes(const std::string& text) {
  std::string out = text;
  for (const char* dash : {" \u2014", " \u2013"}) {
    std::size_t at = 0;
    while ((at = out.find(dash, at)) != std::string::npos) {
      out.replace(at, 1, "\u00A0");
      at += 2;
    }
  }
  return out;
}

}  // namespace

std::string dest_name(const std::string& entry_slug, const std::string& anchor) {
  return anchor.empty() ? "entry-" + entry_slug : "entry-" + entry_slug + "-" + anchor;
}

std::string superscript(int number) {
  static const char* const kDigits[] = {"\u2070", "\u00B9", "\u00B2", "\u00B3", "\u2074",
                                        "\u2075", "\u2076", "\u2077", "\u2078", "\u2079"};
  std::string out;
  for (char c : std::to_string(number)) out += kDigits[c - '0'];
  return out;
}

int note_number_of_link(const std::string& link) {
  std::size_t at = std::string::npos;
  if (link.rfind("note:", 0) == 0)
    at = 5;
  else if (link.rfind("dest:note-", 0) == 0)
    at = link.rfind('-') + 1;
  if (at == std::string::npos || at >= link.size()) return 0;
  int n = 0;
  for (std::size_t k = at; k < link.size(); ++k) {
    if (link[k] < '0' || link[k] > '9') return 0;
    n = n * 10 + (link[k] - '0');
  }
  return n;
}

void append_runs(const model::Inlines& inlines, const typeset::TextStyle& style, const DestExists& exists,
                 std::vector<typeset::StyledRun>& out, const std::string& reference_prefix,
                 const std::string& note_prefix) {
  for (const auto& in : inlines) {
    std::visit(
        [&](const auto& n) {
          using T = std::decay_t<decltype(n)>;
          if constexpr (std::is_same_v<T, model::Text>) {
            add(out, tie_dashes(n.text), style);
          } else if constexpr (std::is_same_v<T, model::SoftBreak>) {
            add(out, " ", style);
          } else if constexpr (std::is_same_v<T, model::LineBreak>) {
            add(out, "\u2028", style);
          } else if constexpr (std::is_same_v<T, model::Code>) {
            typeset::TextStyle s = style;
            s.family = typeset::FontRole::Mono;
            s.size = style.size * 0.85;
            add(out, code_text(n.text), s);
          } else if constexpr (std::is_same_v<T, model::Emph>) {
            typeset::TextStyle s = style;
            s.italic = !style.italic;
            append_runs(n.content, s, exists, out, reference_prefix, note_prefix);
          } else if constexpr (std::is_same_v<T, model::Strong>) {
            typeset::TextStyle s = style;
            s.bold = true;
            append_runs(n.content, s, exists, out, reference_prefix, note_prefix);
          } else if constexpr (std::is_same_v<T, model::Strikeout>) {
            append_runs(n.content, style, exists, out, reference_prefix, note_prefix);
          } else if constexpr (std::is_same_v<T, model::Link>) {
            typeset::TextStyle s = style;
            if (!n.reference.empty()) {
              if (exists(reference_prefix + n.reference)) s.link = "dest:" + reference_prefix + n.reference;
            } else if (n.internal) {
              const std::string dest = dest_name(n.entry_slug, n.anchor);
              if (exists(dest)) s.link = "dest:" + dest;
            } else if (n.target.find(':') != std::string::npos) {
              s.link = "uri:" + n.target;
            }
            append_runs(n.content, s, exists, out, reference_prefix, note_prefix);
          } else if constexpr (std::is_same_v<T, model::Image>) {
            append_runs(n.alt, style, exists, out, reference_prefix, note_prefix);
          } else if constexpr (std::is_same_v<T, model::NoteRef>) {
            if (n.number > 0) {
              typeset::TextStyle s = style;
              const std::string number = std::to_string(n.number);
              s.link = note_prefix.empty() ? "note:" + number : "dest:" + note_prefix + number;
              add(out, superscript(n.number), s);
            }
          } else if constexpr (std::is_same_v<T, model::Citation>) {
            if (n.resolved)
              append_runs(n.rendered, style, exists, out, reference_prefix, note_prefix);
            else
              add(out, n.source, style);
          } else if constexpr (std::is_same_v<T, model::Math>) {
            // Until math is typeset, its TeX source is set as code, so nothing is lost.
            typeset::TextStyle s = style;
            s.family = typeset::FontRole::Mono;
            s.size = style.size * 0.85;
            add(out, code_text(n.tex), s);
            if (!n.number.empty()) add(out, "\u2003(" + n.number + ")", style);
          } else if constexpr (std::is_same_v<T, model::RawInline>) {
            // Raw markup is never printed.
          } else {
            static_assert(model::kUnhandled<T>, "an inline the print edition does not lay out");
          }
        },
        in.node);
  }
}

}  // namespace quire::layout
