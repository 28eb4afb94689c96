#include "markdown/text_run.h"

#include <algorithm>
#include <utility>

#include "markdown/citation_syntax.h"

namespace quire::markdown {

void TextRun::add_text(std::string_view text, SourcePos pos, const std::vector<std::size_t>& literal_at) {
  if (text.empty()) return;
  for (std::size_t at : literal_at) literal_at_.push_back(text_.size() + at);
  segments_.push_back({text_.size(), pos});
  text_ += text;
}

void TextRun::add_soft_break(SourcePos pos) {
  segments_.push_back({text_.size(), pos});
  text_ += '\n';
}

SourcePos TextRun::pos_at(std::size_t offset) const {
  auto it = std::upper_bound(segments_.begin(), segments_.end(), offset,
                             [](std::size_t off, const Segment& s) { return off < s.offset; });
  if (it == segments_.begin()) return {};
  const Segment& seg = *std::prev(it);
  SourcePos pos = seg.pos;
  if (pos.line > 0 && pos.col > 0) pos.col += static_cast<int>(offset - seg.offset);
  return pos;
}

// A `[^label]` left in the text is a footnote reference cmark found no definition for.
void TextRun::emit_plain(model::Inlines& out, std::size_t begin, std::size_t end, const std::string& path,
                         Diagnostics& diags) const {
  const std::string_view text = std::string_view(text_).substr(0, end);
  for (std::size_t at = text.find("[^", begin); at != std::string_view::npos; at = text.find("[^", at + 2)) {
    const std::size_t close = text.find_first_of("] \t\n[", at + 2);
    if (close == std::string_view::npos || text[close] != ']' || close == at + 2) continue;
    // A warning, not an error: the same shape also occurs in prose, e.g. a regex `[^a-z]`.
    diags.warning(
        {path, pos_at(at)},
        "footnote '" + std::string(text.substr(at + 2, close - at - 2)) + "' is referenced but never defined",
        "undefined-note");
  }
  std::size_t piece = begin;
  for (std::size_t i = begin; i <= end; ++i) {
    if (i < end && text_[i] != '\n') continue;
    if (i > piece) out.push_back({model::Text{text_.substr(piece, i - piece)}, pos_at(piece)});
    if (i < end) out.push_back({model::SoftBreak{}, pos_at(i)});
    piece = i + 1;
  }
}

void TextRun::flush(model::Inlines& out, bool citations, const std::string& path, Diagnostics& diags) {
  std::size_t done = 0;
  if (citations) {
    for (CitationSpan& span : find_citations(text_, literal_at_)) {
      emit_plain(out, done, span.begin, path, diags);
      for (std::size_t i = 0; i < span.citation.items.size(); ++i)
        span.citation.items[i].pos = pos_at(span.key_offsets[i]);
      out.push_back({std::move(span.citation), pos_at(span.begin)});
      done = span.end;
    }
  }
  emit_plain(out, done, text_.size(), path, diags);
  text_.clear();
  segments_.clear();
  literal_at_.clear();
}

}  // namespace quire::markdown
