#pragma once
// Owning handles for cmark-gfm objects, so that every parser, tree, iterator and rendered
// string is released exactly once whatever path the reader takes.
#include <cmark-gfm.h>

#include <memory>
#include <string>

namespace quire::markdown {

struct CmarkParserDeleter {
  void operator()(cmark_parser* p) const noexcept { cmark_parser_free(p); }
};
struct CmarkNodeDeleter {
  void operator()(cmark_node* n) const noexcept { cmark_node_free(n); }
};
struct CmarkIterDeleter {
  void operator()(cmark_iter* it) const noexcept { cmark_iter_free(it); }
};
// Rendered output is allocated with the tree's allocator, the default one here.
struct CmarkStringDeleter {
  void operator()(char* s) const noexcept { cmark_get_default_mem_allocator()->free(s); }
};

using CmarkParser = std::unique_ptr<cmark_parser, CmarkParserDeleter>;
using CmarkNode = std::unique_ptr<cmark_node, CmarkNodeDeleter>;
using CmarkIter = std::unique_ptr<cmark_iter, CmarkIterDeleter>;
using CmarkString = std::unique_ptr<char, CmarkStringDeleter>;

// The CommonMark rendering of a subtree, as a std::string.
inline std::string render_commonmark(cmark_node* node) {
  CmarkString s(cmark_render_commonmark(node, CMARK_OPT_DEFAULT, 0));
  return s ? std::string(s.get()) : std::string();
}

}  // namespace quire::markdown
