#include "driver/book_stats.h"

#include <variant>

namespace quire::driver {

namespace {

// Gathers the prose of a document into one string (spaces between pieces, so words never run
// together across inlines or blocks) and counts citations on the way.
struct Counter {
  std::string text;
  std::size_t citations = 0;

  void inlines(const model::Inlines& xs) {
    for (const auto& x : xs) std::visit([this](const auto& n) { node(n); }, x.node);
  }
  void blocks(const model::Blocks& xs) {
    for (const auto& x : xs) {
      text += ' ';
      std::visit([this](const auto& n) { node(n); }, x.node);
    }
  }

  void node(const model::Text& t) { text += t.text; }
  void node(const model::Code& c) { text += c.text; }
  void node(const model::SoftBreak&) { text += ' '; }
  void node(const model::LineBreak&) { text += ' '; }
  void node(const model::Emph& e) { inlines(e.content); }
  void node(const model::Strong& s) { inlines(s.content); }
  void node(const model::Strikeout& s) { inlines(s.content); }
  void node(const model::Link& l) { inlines(l.content); }
  void node(const model::Image& i) { inlines(i.alt); }
  void node(const model::Citation& c) { citations += c.items.size(); }
  void node(const model::NoteRef&) {}
  void node(const model::RawInline&) {}
  void node(const model::Math&) {}

  void node(const model::Paragraph& p) { inlines(p.content); }
  void node(const model::Heading& h) { inlines(h.content); }
  void node(const model::CodeBlock&) {}
  void node(const model::BlockQuote& q) { blocks(q.content); }
  void node(const model::Div& d) { blocks(d.content); }
  void node(const model::List& l) {
    for (const auto& item : l.items) blocks(item.content);
  }
  void node(const model::Table& t) {
    for (const auto& cell : t.header) {
      text += ' ';
      inlines(cell);
    }
    for (const auto& row : t.rows)
      for (const auto& cell : row) {
        text += ' ';
        inlines(cell);
      }
  }
  // The caption stands for the picture; its alt text is usually the same words.
  void node(const model::Figure& f) { inlines(f.caption); }
  void node(const model::ThematicBreak&) {}
  void node(const model::PageBreak&) {}
  void node(const model::VSpace&) {}
};

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Letters and digits of any script: any non-ASCII character except General Punctuation
// (U+2000-U+206F: dashes, quotes, ellipses), so "a — b" is two words.
// A character is judged by its first byte; continuation bytes (0x80-0xBF) never start a word.
bool starts_wordy_char(std::string_view text, std::size_t i) {
  const auto u = static_cast<unsigned char>(text[i]);
  if ((u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z')) return true;
  if (u < 0xC0) return false;
  const auto next = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0;
  return !(u == 0xE2 && (next == 0x80 || next == 0x81));
}

}  // namespace

std::size_t count_words(std::string_view text) {
  std::size_t words = 0;
  bool counted = false;  // the current run of non-space characters has been counted
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (is_space(text[i])) {
      counted = false;
    } else if (!counted && starts_wordy_char(text, i)) {
      counted = true;
      ++words;
    }
  }
  return words;
}

BookStats count_book(const model::Book& book) {
  BookStats stats;
  stats.entries = book.entries.size();
  stats.chapters = book.chapters.size();
  for (const auto& entry : book.entries) {
    Counter counter;
    counter.text = entry.title;
    counter.blocks(entry.body);
    for (const auto& note : entry.notes) counter.blocks(note.content);
    stats.words += count_words(counter.text);
    stats.citations += counter.citations;
  }
  return stats;
}

}  // namespace quire::driver
