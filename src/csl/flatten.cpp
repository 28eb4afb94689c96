#include "csl/flatten.h"

#include <cctype>
#include <cstring>

namespace quire::csl {

namespace {

struct State {
  bool italic = false;
  bool bold = false;
  bool small_caps = false;
  int quote_level = 0;
};

struct Flattener {
  const Locale& locale;
  std::vector<Token> out;

  void open(const std::string& tag) { out.push_back({Token::Open, tag, false, {}}); }
  void close(const std::string& tag) { out.push_back({Token::Close, tag, false, {}}); }
  void text(const std::string& t) {
    if (!t.empty()) out.push_back({Token::Text, t, false, {}});
  }

  void walk(const Rich& r, State st) {
    if (is_empty(r)) return;
    // a cite's bounds: tokens without markup, which link-aware writers turn into links
    if (!r.ref.empty()) out.push_back({Token::Open, "", false, r.ref});
    std::vector<std::string> closes;
    if (!r.display.empty()) {
      open("<div class=\"csl-" + (r.display == "block" ? std::string("block") : r.display) + "\">");
      closes.push_back("</div>");
    }
    if (r.vertical_align == "sup") {
      open("<sup>");
      closes.push_back("</sup>");
    } else if (r.vertical_align == "sub") {
      open("<sub>");
      closes.push_back("</sub>");
    } else if (r.vertical_align == "baseline") {
      open("<span style=\"baseline\">");
      closes.push_back("</span>");
    }
    if (r.text_decoration == "underline") {
      open("<span style=\"text-decoration:underline;\">");
      closes.push_back("</span>");
    } else if (r.text_decoration == "none") {
      open("<span style=\"text-decoration:none;\">");
      closes.push_back("</span>");
    }
    if (!r.font_weight.empty()) {
      if (r.font_weight == "bold" && !st.bold) {
        open("<b>");
        closes.push_back("</b>");
        st.bold = true;
      } else if (r.font_weight == "bold" || (r.font_weight == "normal" && st.bold)) {
        open("<span style=\"font-weight:normal;\">");
        closes.push_back("</span>");
        st.bold = false;
      } else if (r.font_weight == "light") {
        open("<span style=\"font-weight:light;\">");
        closes.push_back("</span>");
      }
    }
    if (!r.font_variant.empty()) {
      if (r.font_variant == "small-caps" && !st.small_caps) {
        open("<span style=\"font-variant:small-caps;\">");
        closes.push_back("</span>");
        st.small_caps = true;
      } else if (r.font_variant == "normal" && st.small_caps) {
        open("<span style=\"font-variant:normal;\">");
        closes.push_back("</span>");
        st.small_caps = false;
      }
    }
    if (!r.font_style.empty()) {
      if (r.font_style == "italic" && !st.italic) {
        open("<i>");
        closes.push_back("</i>");
        st.italic = true;
      } else if (r.font_style == "italic" || (r.font_style == "normal" && st.italic)) {
        open("<span style=\"font-style:normal;\">");
        closes.push_back("</span>");
        st.italic = false;
      } else if (r.font_style == "oblique") {
        open("<span style=\"font-style:oblique;\">");
        closes.push_back("</span>");
      }
    }
    bool quoted = r.quotes;
    bool inner = st.quote_level % 2 == 1;
    if (quoted) {
      text(locale.term_text(inner ? "open-inner-quote" : "open-quote"));
      st.quote_level++;
    }
    if (r.kids.empty()) {
      text(r.text);
    } else {
      for (const auto& k : r.kids) walk(k, st);
    }
    if (quoted) {
      out.push_back({Token::Text, locale.term_text(inner ? "close-inner-quote" : "close-quote"), true, {}});
    }
    for (auto it = closes.rbegin(); it != closes.rend(); ++it) close(*it);
    if (!r.ref.empty()) out.push_back({Token::Close, "", false, r.ref});
  }
};

bool is_punct(char c) { return std::strchr(".,;:!?", c) != nullptr && c != 0; }

enum class Collision { Keep, DropNew, ReplaceOld };

// What happens when punctuation `next` follows punctuation `last` (citeproc-js's table, as its
// punctuation_FullMonty fixtures show it): the stronger mark wins, a doubled mark is printed once.
Collision collide(char last, char next) {
  if (next == last) return Collision::DropNew;
  bool weak_last = last == ':' || last == ';';
  switch (next) {
    case '.': return std::strchr(":;!?", last) ? Collision::DropNew : Collision::Keep;
    case ':': return std::strchr(";!?", last) ? Collision::DropNew : Collision::Keep;
    case '!':
    case '?': return weak_last ? Collision::ReplaceOld : Collision::Keep;
    default: return Collision::Keep;
  }
}

// Index of the text token holding the last visible character before `i`, or -1.
int prev_text(const std::vector<Token>& t, int i) {
  for (int j = i - 1; j >= 0; --j)
    if (t[j].kind == Token::Text && !t[j].text.empty()) return j;
  return -1;
}

}  // namespace

std::vector<Token> flatten(const Rich& r, const Locale& locale) {
  Flattener f{locale, {}};
  f.walk(r, State{});
  auto& t = f.out;
  for (int i = 0; i < static_cast<int>(t.size()); ++i) {
    if (t[i].kind != Token::Text || t[i].text.empty()) continue;
    int p = prev_text(t, i);
    if (p < 0) continue;
    char c = t[i].text[0];
    // punctuation goes inside the closing quote where the locale says so
    if (t[p].close_quote && locale.punctuation_in_quote && (c == '.' || c == ',')) {
      std::string q = t[p].text;
      int before = prev_text(t, p);
      bool drop = false;
      if (before >= 0) {
        char last = t[before].text.back();
        // citeproc-js keeps a comma after "?" or "!" ("big?,”") but not a period
        if (last == c || (c == '.' && (last == '!' || last == '?'))) drop = true;
      }
      t[i].text.erase(0, 1);
      if (!drop) {
        if (before >= 0 && p - before == 1) {
          t[before].text += c;
        } else {
          t[p].text = std::string(1, c) + q;
        }
      }
      if (t[i].text.empty()) continue;
      c = t[i].text[0];
      p = prev_text(t, i);
      if (p < 0) continue;
    }
    char last = t[p].text.back();
    if (is_punct(c) && !t[p].close_quote) {
      switch (collide(last, c)) {
        case Collision::DropNew: t[i].text.erase(0, 1); break;
        case Collision::ReplaceOld:
          t[p].text.back() = c;
          t[i].text.erase(0, 1);
          break;
        case Collision::Keep: break;
      }
    } else if (c == ' ' && last == ' ') {
      t[i].text.erase(0, 1);
    }
  }
  // a straight apostrophe after a letter is a typographic one
  for (auto& tok : t) {
    if (tok.kind != Token::Text) continue;
    for (std::size_t k = 1; k < tok.text.size(); ++k) {
      if (tok.text[k] != '\'') continue;
      unsigned char prev = static_cast<unsigned char>(tok.text[k - 1]);
      if (std::isalpha(prev) || prev >= 0x80) tok.text.replace(k, 1, "\u2019");
    }
  }
  return t;
}

}  // namespace quire::csl
