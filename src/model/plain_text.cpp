#include "model/plain_text.h"

namespace quire::model {
namespace {

struct Collector {
  std::string& out;
  void operator()(const Text& t) { out += t.text; }
  void operator()(const SoftBreak&) { out += ' '; }
  void operator()(const LineBreak&) { out += ' '; }
  void operator()(const Code& c) { out += c.text; }
  void operator()(const Emph& e) { walk(e.content); }
  void operator()(const Strong& s) { walk(s.content); }
  void operator()(const Strikeout& s) { walk(s.content); }
  void operator()(const Link& l) { walk(l.content); }
  void operator()(const Image& i) { walk(i.alt); }
  void operator()(const NoteRef&) {}
  void operator()(const Citation& c) { out += c.source; }
  void operator()(const RawInline&) {}
  void operator()(const Math& m) { out += m.tex; }
  void walk(const Inlines& xs) {
    for (const auto& x : xs) std::visit(*this, x.node);
  }
};

}  // namespace

std::string plain_text(const Inlines& inlines) {
  std::string out;
  Collector{out}.walk(inlines);
  return out;
}

}  // namespace quire::model
