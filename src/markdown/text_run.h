#pragma once
// Gathers the adjacent text and soft breaks of one inline container, so that syntax cmark
// splits over several nodes (citations, unmatched footnote markers) is seen as a whole.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostics.h"
#include "model/document.h"

namespace quire::markdown {

class TextRun {
 public:
  // `literal_at` holds offsets within `text` of `@` signs the author escaped.
  void add_text(std::string_view text, SourcePos pos, const std::vector<std::size_t>& literal_at);
  void add_soft_break(SourcePos pos);
  bool empty() const { return text_.empty(); }

  // Appends the run to `out` as merged Text, SoftBreak and (when `citations` is set)
  // Citation inlines, warns about footnote markers cmark could not match, and clears it.
  void flush(model::Inlines& out, bool citations, const std::string& path, Diagnostics& diags);

 private:
  struct Segment {
    std::size_t offset;
    SourcePos pos;
  };
  // Positions inside a node are estimated from its start, one column per byte.
  SourcePos pos_at(std::size_t offset) const;
  void emit_plain(model::Inlines& out, std::size_t begin, std::size_t end, const std::string& path,
                  Diagnostics& diags) const;

  std::string text_;  // soft breaks are '\n'
  std::vector<Segment> segments_;
  std::vector<std::size_t> literal_at_;
};

}  // namespace quire::markdown
