#include "structure/pandoc_chapters.h"

#include <algorithm>
#include <set>
#include <string>
#include <variant>
#include <vector>

#include "load/heading_attrs.h"
#include "model/walk.h"
#include "util/text.h"

namespace quire::structure {
namespace {

const model::Heading* as_chapter_heading(const model::Block& b) {
  const auto* h = std::get_if<model::Heading>(&b.node);
  return h != nullptr && h->level == 1 ? h : nullptr;
}

// An entry of a listed or matched chapter keeps its own title: the heading that gave it is
// taken out of the body so that it is not printed twice.
void settle_title(model::Entry& e, Diagnostics& diags) {
  using From = model::Entry::TitleFrom;
  if (e.title_from == From::FileName) {
    diags.warning(
        e.loc,
        "'" + e.path + "' has no 'title' in front matter and no '# ' heading, so its file name names it",
        "no-title");
  } else if (e.title_from == From::Heading) {
    const auto it = std::find_if(e.body.begin(), e.body.end(),
                                 [](const model::Block& b) { return as_chapter_heading(b) != nullptr; });
    if (it != e.body.end()) e.body.erase(it);
  }
}

std::string unique_chapter_id(const std::string& title, const std::vector<model::Chapter>& taken) {
  const std::string slug = util::slugify(title);
  const std::string base = "ch-" + (slug.empty() ? std::to_string(taken.size() + 1) : slug);
  std::string id = base;
  auto used = [&](const std::string& candidate) {
    return std::any_of(taken.begin(), taken.end(),
                       [&](const model::Chapter& c) { return c.id == candidate; });
  };
  for (int n = 2; used(id); ++n) id = base + "-" + std::to_string(n);
  return id;
}

// Reads a flow item's files as pandoc reads its inputs: one stream in which every level-1
// heading opens a chapter. Each file stays an entry of its own (its notes and its diagnostics'
// paths are its own); a file holding two headings is split into two entries.
class FlowChapters {
 public:
  FlowChapters(model::Book& book, std::vector<model::Chapter>& out, Diagnostics& diags)
      : book_(book), out_(out), diags_(diags) {
    for (const auto& e : book_.entries) slugs_.insert(e.slug);
  }

  // Consecutive items are one stream, as pandoc's inputs are: text before the first heading
  // of an item continues the chapter the previous item left open.
  void add(const model::Chapter& item) {
    const bool follows = item_ != nullptr && out_.size() == open_count_ && item_->appendix == item.appendix &&
                         item_->part == item.part;
    current_ = current_ && follows;
    item_ = &item;
    for (const std::size_t index : item.entries) split(index);
    open_count_ = out_.size();
  }

 private:
  void split(std::size_t index) {
    std::vector<model::Blocks> pieces(1);
    std::vector<const model::Heading*> heads{nullptr};
    for (auto& block : book_.entries[index].body) {
      if (const auto* h = as_chapter_heading(block)) {
        pieces.emplace_back();
        heads.push_back(h);
        continue;
      }
      pieces.back().push_back(std::move(block));
    }
    // Headings are copied out before the body they point into is replaced.
    std::vector<model::Heading> headings;
    for (const auto* h : heads) headings.push_back(h ? *h : model::Heading{});
    model::Entry original = std::move(book_.entries[index]);
    original.body.clear();
    bool first = true;
    for (std::size_t k = 0; k < pieces.size(); ++k) {
      const bool opens = k > 0;
      if (!opens && pieces[0].empty() && pieces.size() > 1) continue;  // the file opens with its heading
      const std::size_t at = first ? index : book_.entries.size();
      if (!first) book_.entries.push_back(piece_of(original, k));
      model::Entry& e = book_.entries[at];
      if (first) {
        e = original;
        e.notes.clear();
      }
      e.body = std::move(pieces[k]);
      e.notes = notes_for(e.body, original);
      e.show_title = false;
      if (opens) {
        open_chapter(headings[k], e);
        e.runs_on = false;
      } else if (!current_) {
        open_untitled(e);  // the stream begins without a heading: the file names its chapter
      } else {
        e.runs_on = true;
      }
      e.title = out_.back().title;  // what the page's <title> and any link to it say
      out_.back().entries.push_back(at);
      first = false;
    }
  }

  model::Entry piece_of(const model::Entry& original, std::size_t k) {
    model::Entry e = original;
    e.notes.clear();
    std::string slug = original.slug + "-" + std::to_string(k + 1);
    for (int n = 2; slugs_.count(slug); ++n)
      slug = original.slug + "-" + std::to_string(k + 1) + "-" + std::to_string(n);
    slugs_.insert(slug);
    e.slug = slug;
    return e;
  }

  // The notes a piece's body refers to (all of them when the file is not split).
  static std::vector<model::Note> notes_for(model::Blocks& body, const model::Entry& original) {
    std::set<std::string> labels;
    model::walk(body, {nullptr, [&](model::Inline& in) {
                         if (const auto* r = std::get_if<model::NoteRef>(&in.node)) labels.insert(r->label);
                       }});
    std::vector<model::Note> out;
    for (const auto& n : original.notes)
      if (labels.count(n.label)) out.push_back(n);
    return out;
  }

  model::Chapter fresh_chapter() const {
    model::Chapter ch;
    ch.rule = item_->rule;
    ch.part = item_->part;
    ch.loc = item_->loc;
    ch.appendix = item_->appendix;
    return ch;
  }

  void open_chapter(const model::Heading& h, model::Entry& e) {
    model::Chapter ch = fresh_chapter();
    load::HeadingAttrs attrs;
    ch.title = load::heading_title(h, &attrs);
    if (ch.title.empty()) ch.title = e.title;
    ch.numbered = attrs.numbered;
    ch.listed = attrs.listed;
    ch.label = attrs.id;
    ch.loc = {e.loc.path, h.content.empty() ? e.loc.pos : h.content.front().pos};
    ch.id = unique_chapter_id(ch.title, out_);
    out_.push_back(std::move(ch));
    current_ = true;
  }

  void open_untitled(model::Entry& e) {
    if (e.title_from == model::Entry::TitleFrom::FileName)
      diags_.warning(e.loc,
                     "'" + e.path + "' begins a chapter without a '# ' heading, so its file name names it",
                     "no-title");
    model::Chapter ch = fresh_chapter();
    ch.title = e.title;
    ch.id = unique_chapter_id(ch.title, out_);
    out_.push_back(std::move(ch));
    current_ = true;
  }

  model::Book& book_;
  std::vector<model::Chapter>& out_;
  Diagnostics& diags_;
  std::set<std::string> slugs_;
  const model::Chapter* item_ = nullptr;
  bool current_ = false;
  std::size_t open_count_ = 0;  // chapters made when the last item ended
};

std::string letters(int n) {
  std::string out;
  for (; n > 0; n = (n - 1) / 26) out.insert(out.begin(), static_cast<char>('A' + (n - 1) % 26));
  return out;
}

}  // namespace

void shape_chapters(model::Book& book, Diagnostics& diags) {
  const bool any_flow = std::any_of(book.chapters.begin(), book.chapters.end(),
                                    [](const model::Chapter& c) { return c.rule.flow; });
  for (const auto& ch : book.chapters)
    if (!ch.rule.flow)
      for (const std::size_t e : ch.entries) settle_title(book.entries[e], diags);
  if (any_flow) {
    std::vector<model::Chapter> shaped;
    FlowChapters flow(book, shaped, diags);
    for (auto& ch : book.chapters) {
      if (!ch.rule.flow) {
        shaped.push_back(std::move(ch));
        continue;
      }
      flow.add(ch);
    }
    book.chapters = std::move(shaped);
  }
  int chapter = 0, appendix = 0;
  for (auto& ch : book.chapters) {
    if (!ch.numbered) continue;
    if (ch.appendix)
      ch.number = letters(++appendix);
    else if (book.meta.number_chapters)
      ch.number = std::to_string(++chapter);
  }
}

}  // namespace quire::structure
