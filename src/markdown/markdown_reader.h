#pragma once
// Turns an entry's GitHub-flavoured Markdown into the document model (the only place that
// includes cmark-gfm). Citations in pandoc syntax become model::Citation nodes.
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostics.h"
#include "model/document.h"

namespace quire::markdown {

struct ParsedMarkdown {
  model::Blocks body;
  std::vector<model::Note> notes;  // footnote definitions, in order of definition
};

// How deep lists, quotes and emphasis may nest before the rest is flattened to text and
// reported: the conversion and every writer recurse, and no book needs more.
constexpr int kDefaultMaxDepth = 64;

// `path` names the file for diagnostics; `first_line` is the file line on which `text`
// begins (after the front matter), so every position points into the real file.
ParsedMarkdown read_markdown(std::string_view text, const std::string& path, int first_line,
                             Diagnostics& diags, int max_depth = kDefaultMaxDepth);

}  // namespace quire::markdown
