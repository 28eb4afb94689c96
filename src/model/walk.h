#pragma once
// Visits every block and inline of a document in reading order, so passes that care about
// one kind of node (links, images, note references) need not repeat the tree traversal.
#include <functional>

#include "model/document.h"

namespace quire::model {

struct Visitor {
  std::function<void(Block&)> block{};     // called before the block's children
  std::function<void(Inline&)> inline_{};  // called before the inline's children
};

// The same for passes that only read the tree (ids, destinations, figure sources).
struct ConstVisitor {
  std::function<void(const Block&)> block{};
  std::function<void(const Inline&)> inline_{};
};

void walk(Blocks& blocks, const Visitor& v);
void walk(Inlines& inlines, const Visitor& v);
void walk(const Blocks& blocks, const ConstVisitor& v);
void walk(const Inlines& inlines, const ConstVisitor& v);

}  // namespace quire::model
