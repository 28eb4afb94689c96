#include "model/walk.h"

namespace quire::model {
namespace {

struct InlineChildren {
  const Visitor& v;
  void operator()(Emph& e) { walk(e.content, v); }
  void operator()(Strong& s) { walk(s.content, v); }
  void operator()(Strikeout& s) { walk(s.content, v); }
  void operator()(Link& l) { walk(l.content, v); }
  void operator()(Image& i) { walk(i.alt, v); }
  template <typename T>
  void operator()(T&) {}
};

struct BlockChildren {
  const Visitor& v;
  SourcePos pos;  // the block's, which a figure's image shares
  void operator()(Paragraph& p) { walk(p.content, v); }
  void operator()(Heading& h) { walk(h.content, v); }
  void operator()(BlockQuote& q) { walk(q.content, v); }
  void operator()(List& l) {
    for (auto& item : l.items) walk(item.content, v);
  }
  void operator()(Table& t) {
    for (auto& cell : t.header) walk(cell, v);
    for (auto& row : t.rows)
      for (auto& cell : row) walk(cell, v);
  }
  void operator()(Figure& f) {
    Inline image{f.image, pos};
    // The figure's image is visited as an inline so image passes see it; copy back changes.
    if (v.inline_) v.inline_(image);
    f.image = std::get<Image>(image.node);
    walk(f.image.alt, v);
    walk(f.caption, v);
  }
  template <typename T>
  void operator()(T&) {}
};

}  // namespace

void walk(Inlines& inlines, const Visitor& v) {
  for (auto& x : inlines) {
    if (v.inline_) v.inline_(x);
    std::visit(InlineChildren{v}, x.node);
  }
}

void walk(Blocks& blocks, const Visitor& v) {
  for (auto& b : blocks) {
    if (v.block) v.block(b);
    std::visit(BlockChildren{v, b.pos}, b.node);
  }
}

}  // namespace quire::model
