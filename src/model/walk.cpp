#include "model/walk.h"

#include <type_traits>

namespace quire::model {
namespace {

// One traversal for both visitors: Node is Block or Inline, const when V is ConstVisitor.
template <typename V>
constexpr bool kConst = std::is_same_v<V, ConstVisitor>;

template <typename V>
struct InlineChildren {
  const V& v;
  template <typename T>
  void operator()(T& x) {
    using U = std::remove_const_t<T>;
    if constexpr (std::is_same_v<U, Emph> || std::is_same_v<U, Strong> || std::is_same_v<U, Strikeout> ||
                  std::is_same_v<U, Link>) {
      walk(x.content, v);
    } else if constexpr (std::is_same_v<U, Image>) {
      walk(x.alt, v);
    }
  }
};

template <typename V>
struct BlockChildren {
  const V& v;
  SourcePos pos;  // the block's, which a figure's image shares
  template <typename T>
  void operator()(T& x) {
    using U = std::remove_const_t<T>;
    if constexpr (std::is_same_v<U, Paragraph> || std::is_same_v<U, Heading> ||
                  std::is_same_v<U, BlockQuote>) {
      walk(x.content, v);
    } else if constexpr (std::is_same_v<U, List>) {
      for (auto& item : x.items) walk(item.content, v);
    } else if constexpr (std::is_same_v<U, Table>) {
      for (auto& cell : x.header) walk(cell, v);
      for (auto& row : x.rows)
        for (auto& cell : row) walk(cell, v);
    } else if constexpr (std::is_same_v<U, Figure>) {
      figure(x);
    } else if constexpr (std::is_same_v<U, Div>) {
      walk(x.title, v);
      walk(x.content, v);
    }
  }
  // The figure's image is visited as an inline so image passes see it; a mutable walk copies
  // changes back.
  template <typename F>
  void figure(F& f) {
    if (v.inline_) {
      Inline image{f.image, pos};
      v.inline_(image);
      if constexpr (!kConst<V>) f.image = std::get<Image>(image.node);
    }
    walk(f.image.alt, v);
    walk(f.caption, v);
  }
};

template <typename V, typename Xs>
void walk_inlines(Xs& inlines, const V& v) {
  if (!v.inline_) return;  // inlines hold no blocks: nothing below here would be visited
  for (auto& x : inlines) {
    v.inline_(x);
    std::visit(InlineChildren<V>{v}, x.node);
  }
}

template <typename V, typename Bs>
void walk_blocks(Bs& blocks, const V& v) {
  for (auto& b : blocks) {
    if (v.block) v.block(b);
    std::visit(BlockChildren<V>{v, b.pos}, b.node);
  }
}

}  // namespace

void walk(Inlines& inlines, const Visitor& v) { walk_inlines(inlines, v); }
void walk(Blocks& blocks, const Visitor& v) { walk_blocks(blocks, v); }
void walk(const Inlines& inlines, const ConstVisitor& v) { walk_inlines(inlines, v); }
void walk(const Blocks& blocks, const ConstVisitor& v) { walk_blocks(blocks, v); }

}  // namespace quire::model
