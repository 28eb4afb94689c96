#include "layout/book_pages.h"

#include <algorithm>
#include <condition_variable>
#include <filesystem>
#include <mutex>
#include <set>
#include <thread>
#include <unordered_map>

#include "layout/block_layout.h"
#include "layout/front_matter.h"
#include "model/chapter_label.h"
#include "model/walk.h"

namespace quire::layout {

namespace {

using typeset::Alignment;

void block_dests(const std::string& slug, const model::Blocks& blocks, std::set<std::string>& out) {
  model::walk(blocks, {.block = [&](const model::Block& b) {
                if (const auto* h = std::get_if<model::Heading>(&b.node)) {
                  if (!h->id.empty()) out.insert(dest_name(slug, h->id));
                } else if (const auto* f = std::get_if<model::Figure>(&b.node)) {
                  if (!f->id.empty()) out.insert(dest_name(slug, f->id));
                } else if (const auto* t = std::get_if<model::Table>(&b.node)) {
                  if (!t->number.empty()) out.insert(dest_name(slug, t->id));
                } else if (const auto* c = std::get_if<model::CodeBlock>(&b.node)) {
                  if (!c->number.empty()) out.insert(dest_name(slug, c->attr.id));
                }
              }});
}

// Every destination the layout places (as block layout names them), so links are made only
// to places that exist.
std::set<std::string> collect_dests(const model::Book& book) {
  std::set<std::string> out{"contents"};
  const std::string& placement = book.meta.bibliography_placement;
  auto refs = [&out](const std::vector<model::BibEntry>& list, const std::string& prefix) {
    for (const auto& b : list) out.insert(prefix + b.id);
  };
  for (const auto& p : book.parts) out.insert("part-" + p.id);
  for (const auto& ch : book.chapters) {
    out.insert("chapter-" + ch.id);
    for (const std::size_t e : ch.entries) {
      const auto& entry = book.entries[e];
      out.insert(dest_name(entry.slug, ""));
      block_dests(entry.slug, entry.body, out);
      if (placement == "entry") refs(entry.bibliography, "ref-" + entry.slug + "-");
    }
    if (placement == "chapter" && !ch.bibliography.empty()) {
      out.insert("references-" + ch.id);
      refs(ch.bibliography, "ref-" + ch.id + "-");
    }
  }
  if (placement == "book" && !book.bibliography.empty()) {
    out.insert("references");
    refs(book.bibliography, "ref-");
  }
  return out;
}

void division_title(LayoutEnv& env, const std::string& title, const typeset::TypeSize& size, Alignment align,
                    VList& out) {
  ParaFormat f;
  f.width = env.style.text_width();
  f.leading = size.leading;
  f.alignment = align;
  f.hyphenate = false;
  append_lines(out, env.setter.lines(paragraph({{title, text_style(size)}}, env), f), kNever, kNever);
}

// A count of pages the body cannot end below, kept up as the list grows, so a book far past
// `limits: total-pages` stops after the entry that passes it rather than after the whole
// book is set: each forced break starts a page, and no page holds more than a text block's
// height of boxes (a taller box is counted as one page).
class PageFloor {
 public:
  explicit PageFloor(double text_height) : page_(text_height) {}

  long long pages(const VList& list) {
    for (; seen_ < list.size(); ++seen_) {
      const VItem& item = list[seen_];
      if (std::holds_alternative<PageBreak>(item)) {
        ++breaks_;
      } else if (const auto* b = std::get_if<VBox>(&item)) {
        add(*b);
      } else if (const auto* f = std::get_if<VFloat>(&item)) {
        for (const auto& part : f->content)
          if (const auto* fb = std::get_if<VBox>(&part)) add(*fb);
      } else if (const auto* note = std::get_if<VInsert>(&item)) {
        for (const auto& line : note->lines) add(line);
      }
    }
    return floor();
  }

  // Adds what another floor has counted (of material that starts on a page of its own).
  void add(const PageFloor& other) {
    breaks_ += other.breaks_;
    height_ += other.height_;
  }

  long long floor() const { return std::max(breaks_, static_cast<long long>(height_ / (page_ * 1.05))); }

  // The list counted so far was handed on and emptied: what comes is counted from its start.
  void restart() { seen_ = 0; }

 private:
  void add(const VBox& b) { height_ += std::min(b.height + b.depth, page_); }

  double page_;
  std::size_t seen_ = 0;
  long long breaks_ = 0;
  double height_ = 0;
};

std::string too_many_pages(int limit) {
  return "the book runs past " + std::to_string(limit) +
         " pages, the limit; 'limits: {total-pages: N}' in book.yaml raises it";
}

// The file whose text begins `page`, else book.yaml.
std::string first_source(const Page& page, const model::Book& book) {
  for (const auto& placed : page.boxes)
    for (const auto& art : placed.box->art)
      if (const auto* text = std::get_if<TextArt>(&art); text && !text->source.path.empty())
        return text->source.path;
  return (std::filesystem::path(book.root) / "book.yaml").string();
}

// One entry of the body, laid out apart from the rest: every entry starts a page, and what
// it sets does not depend on what comes before it.
struct EntryJob {
  const model::Entry* entry = nullptr;
  int outline_level = 0;
  std::string reference_prefix;
  VList list;
  Diagnostics diags;
  bool done = false;  // set by EntryWork, under its lock
};

// The entries of the body in book order, with what each needs from its chapter.
std::vector<EntryJob> entry_jobs(const model::Book& book) {
  std::vector<EntryJob> jobs;
  for (const auto& ch : book.chapters) {
    const bool in_part = ch.part >= 0 && static_cast<std::size_t>(ch.part) < book.parts.size();
    const bool chapter_refs = book.meta.bibliography_placement == "chapter" && !ch.bibliography.empty();
    for (const std::size_t e : ch.entries) {
      EntryJob job;
      job.entry = &book.entries[e];
      job.outline_level = (in_part ? 1 : 0) + 1;
      job.reference_prefix = chapter_refs ? "ref-" + ch.id + "-" : "ref-";
      jobs.push_back(std::move(job));
    }
  }
  return jobs;
}

void run_job(const model::Book& book, const LayoutEnv& base, ParagraphSetter& setter, EntryJob& job) {
  LayoutEnv env{base.style, setter, base.language, base.book_root, base.exists, job.diags};
  env.image_pixels = base.image_pixels;
  env.reference_prefix = job.reference_prefix;
  setter.set_diagnostics(job.diags);
  BlockLayout(env).entry(book, *job.entry, job.outline_level, job.list);
}

// The body's entries, laid out side by side: the helpers' threads each take the next entry
// not yet taken, while the calling thread, which needs them in book order, waits for the one
// it needs or, when that is not yet taken, sets it itself (all of them, with no helpers).
// Once the entries done are sure to fill more than `page_limit` pages, the helpers start no
// more: the caller sets the rest, as far as it gets before it stops at the limit.
class EntryWork {
 public:
  EntryWork(const model::Book& book, const LayoutEnv& env, const std::vector<ParagraphSetter*>& setters,
            std::vector<EntryJob>& jobs, long long page_limit)
      : book_(book), env_(env), jobs_(jobs), page_limit_(page_limit), total_(env.style.text_height()) {
    const std::size_t threads = std::min(setters.size(), jobs.size());
    for (std::size_t t = 1; t < threads; ++t) pool_.emplace_back([this, s = setters[t]] { help(*s); });
  }
  ~EntryWork() {
    {
      const std::lock_guard<std::mutex> hold(lock_);
      stop_ = true;
    }
    for (auto& t : pool_) t.join();
  }
  EntryWork(const EntryWork&) = delete;
  EntryWork& operator=(const EntryWork&) = delete;

  // Entry `k`, set; every entry before it has been asked for already. Diagnostics of the
  // calling thread's setter go to env's sink again on return.
  EntryJob& get(std::size_t k) {
    std::unique_lock<std::mutex> hold(lock_);
    while (!jobs_[k].done) {
      if (next_ < jobs_.size() && (!stop_ || next_ <= k)) {
        const std::size_t i = next_++;
        hold.unlock();
        run_job(book_, env_, env_.setter, jobs_[i]);
        env_.setter.set_diagnostics(env_.diags);
        hold.lock();
        finished(i);
        continue;
      }
      done_.wait(hold);
    }
    return jobs_[k];
  }

 private:
  void help(ParagraphSetter& setter) {
    std::unique_lock<std::mutex> hold(lock_);
    while (!stop_ && next_ < jobs_.size()) {
      const std::size_t i = next_++;
      hold.unlock();
      run_job(book_, env_, setter, jobs_[i]);
      hold.lock();
      finished(i);
    }
  }

  // Called with the lock held: only then may the caller see the entry as done and take its
  // list, after its pages have been counted here.
  void finished(std::size_t i) {
    jobs_[i].done = true;
    PageFloor own(env_.style.text_height());
    own.pages(jobs_[i].list);
    total_.add(own);
    if (total_.floor() > page_limit_) stop_ = true;
    done_.notify_all();
  }

  const model::Book& book_;
  const LayoutEnv& env_;
  std::vector<EntryJob>& jobs_;
  long long page_limit_;
  std::mutex lock_;
  std::condition_variable done_;
  std::size_t next_ = 0;  // the first entry no thread has taken
  bool stop_ = false;
  PageFloor total_;
  std::vector<std::thread> pool_;  // last: joined before the rest goes
};

// A single-sided edition (the screen PDF) has no versos to skip: a break to a recto is a
// plain page break, and no blank page is ever inserted.
void plain_page_breaks(VList& list) {
  for (auto& item : list)
    if (auto* brk = std::get_if<PageBreak>(&item)) brk->recto = false;
}

// How a body page is printed: its label and folio (arabic from 1), its side, its running head.
PrintedPage printed_body_page(const Page& p, std::size_t index, const typeset::PrintStyle& style,
                              const std::string& book_title) {
  PrintedPage pp;
  pp.page = &p;
  pp.label = std::to_string(index + 1);
  pp.recto = !style.two_sided || index % 2 == 0;  // single-sided: every page a recto
  if (!p.blank) {
    pp.folio = style.folio == "none" ? "" : pp.label;
    pp.folio_at_foot = p.opening;
    if (!p.opening) {
      const std::string& which = pp.recto ? style.recto_head : style.verso_head;
      pp.head = which == "book" ? book_title : which == "chapter" ? p.chapter : std::string();
    }
  }
  return pp;
}

// A drawn box's art reduced to where its text came from, which is all that is read of it
// later (the EPUB's page-list, the page limit's error); the lines' glyphs go.
void keep_source_only(VBox& box) {
  std::vector<Art> kept;
  for (auto& art : box.art)
    if (auto* text = std::get_if<TextArt>(&art)) {
      TextArt light;
      light.source = std::move(text->source);
      light.word = text->word;
      kept.emplace_back(std::move(light));
    }
  box.art.swap(kept);
}

// The body as it is set: pieces appended in book order, each beginning where a page must
// begin anyway, and the pages they complete made at once and handed to `ready`, after which
// their boxes keep only where their text came from (the lines are most of a book's memory).
class BodyStream {
 public:
  BodyStream(const model::Book& book, const typeset::PrintStyle& style, const PageBuilder& builder,
             BookPages& out, const BodyPageReady& ready, Diagnostics& diags)
      : book_(book),
        style_(style),
        out_(out),
        ready_(ready),
        diags_(diags),
        title_(book.meta.title.empty() ? book.meta.slug : book.meta.title),
        pages_(builder, out.body, 1) {}

  // Appends `piece` (emptied); false, with an error, once the body has run past
  // `limits: total-pages`. With `last`, the body is complete and its last pages are made.
  bool add(VList& piece, bool last = false) {
    if (!style_.two_sided) plain_page_breaks(piece);
    for (auto& item : piece) {
      out_.body.push_back(std::move(item));
      if (const auto* t = std::get_if<VTableStart>(&out_.body.back())) headers_.insert(&t->header);
    }
    piece.clear();
    const auto limit = static_cast<std::size_t>(book_.limits.total_pages);
    for (Page& page : pages_.take(last, limit)) {
      out_.body_pages.push_back(std::move(page));
      const Page& made = out_.body_pages.back();
      if (out_.body_pages.size() > limit) {
        diags_.error({first_source(made, book_), {}}, too_many_pages(book_.limits.total_pages), "limit");
        return false;
      }
      if (!ready_) continue;
      ready_(printed_body_page(made, out_.body_pages.size() - 1, style_, title_));
      // A table's header is set again on the pages the table continues onto.
      for (const auto* placed : {&made.boxes, &made.notes})
        for (const auto& p : *placed)
          if (!headers_.count(p.box)) keep_source_only(*const_cast<VBox*>(p.box));
    }
    return true;
  }

 private:
  const model::Book& book_;
  const typeset::PrintStyle& style_;
  BookPages& out_;
  const BodyPageReady& ready_;
  Diagnostics& diags_;
  std::string title_;
  std::set<const VBox*> headers_;
  PageStream pages_;
};

// False, with an error at the entry that passed `limits: total-pages`, when the body is
// sure to run past it. `setters` (the first is env's) lay out the entries side by side; the
// result does not depend on how many there are.
bool layout_body(const model::Book& book, LayoutEnv& env, const std::vector<ParagraphSetter*>& setters,
                 const EntriesSet& entries_set, BodyStream& body) {
  const auto& s = env.style;
  BlockLayout blocks(env);
  PageFloor floor(s.text_height());
  std::vector<EntryJob> jobs = entry_jobs(book);
  EntryWork work(book, env, setters, jobs, book.limits.total_pages);
  // The list is handed on in pieces, each cut just before a page break: a page never ends
  // inside a piece's last stretch but at the break that begins the next one.
  VList out;
  auto page_break = [&](bool recto) {
    floor.pages(out);
    floor.restart();
    if (!out.empty() && !body.add(out)) return false;
    out.emplace_back(PageBreak{recto});
    return true;
  };
  std::size_t next_job = 0;
  int part = -1;
  for (const auto& ch : book.chapters) {
    const bool in_part = ch.part >= 0 && static_cast<std::size_t>(ch.part) < book.parts.size();
    if (in_part && ch.part != part) {
      part = ch.part;
      const auto& p = book.parts[static_cast<std::size_t>(part)];
      if (!page_break(true)) return false;
      Mark m;
      m.dest = "part-" + p.id;
      m.outline_level = 0;
      m.title = p.title;
      m.chapter_start = true;
      m.chapter = p.title;
      m.opening = true;
      m.toc_key = "part:" + p.id;
      out.emplace_back(std::move(m));
      out.emplace_back(strut(s.part_sink));
      division_title(env, p.title, s.part, Alignment::Centered, out);
    }
    const int level = in_part ? 1 : 0;
    if (!page_break(true)) return false;
    Mark m;
    m.dest = "chapter-" + ch.id;
    m.outline_level = level;
    m.title = model::numbered_title(ch);
    m.chapter_start = true;
    m.chapter = model::running_title(ch);
    m.opening = true;
    m.toc_key = "chapter:" + ch.id;
    out.emplace_back(std::move(m));
    out.emplace_back(strut(s.chapter_sink));
    if (const std::string kicker = model::chapter_kicker(ch); !kicker.empty()) {
      division_title(env, kicker, s.section, Alignment::Ragged, out);
      out.emplace_back(VPenalty{kNever});
      out.emplace_back(VGlue{s.body.leading});
    }
    division_title(env, ch.title, s.chapter, Alignment::Ragged, out);
    out.emplace_back(VPenalty{kNever});
    out.emplace_back(VGlue{s.body.leading * 2});
    const bool chapter_refs = book.meta.bibliography_placement == "chapter" && !ch.bibliography.empty();
    if (chapter_refs) env.reference_prefix = "ref-" + ch.id + "-";
    for (std::size_t k = 0; k < ch.entries.size(); ++k) {
      const auto& entry = book.entries[ch.entries[k]];
      if (k > 0 && !entry.runs_on && !page_break(false)) return false;
      const std::size_t index = next_job++;
      EntryJob& job = work.get(index);
      if (entries_set) entries_set(index + 1, jobs.size());
      env.diags.merge(job.diags);
      out.insert(out.end(), std::make_move_iterator(job.list.begin()), std::make_move_iterator(job.list.end()));
      VList().swap(job.list);
      if (floor.pages(out) > book.limits.total_pages) {
        env.diags.error({entry.loc.path, {}}, too_many_pages(book.limits.total_pages), "limit");
        return false;
      }
    }
    if (chapter_refs) {
      if (!page_break(false)) return false;
      Frame frame;
      frame.text = s.body;
      blocks.heading({model::Inline{model::Text{"References"}, {}}}, 1, "references-" + ch.id, level + 1,
                     frame, out, "references:" + ch.id);
      blocks.references(ch.bibliography, env.reference_prefix, out);
    }
    env.reference_prefix = "ref-";
  }
  if (book.meta.bibliography_placement == "book" && !book.bibliography.empty()) {
    if (!page_break(true)) return false;
    Mark m;
    m.dest = "references";
    m.outline_level = 0;
    m.title = "References";
    m.chapter_start = true;
    m.chapter = "References";
    m.opening = true;
    m.toc_key = "references";
    out.emplace_back(std::move(m));
    out.emplace_back(strut(s.chapter_sink));
    division_title(env, "References", s.chapter, Alignment::Ragged, out);
    out.emplace_back(VPenalty{kNever});
    out.emplace_back(VGlue{s.body.leading * 2});
    blocks.references(book.bibliography, "ref-", out);
  }
  return body.add(out, true);
}

std::map<std::string, std::string> read_numbers(const std::vector<Page>& pages, int first) {
  std::map<std::string, std::string> out;
  for (std::size_t i = 0; i < pages.size(); ++i)
    for (const auto& pm : pages[i].marks)
      if (!pm.mark.toc_key.empty() && !out.count(pm.mark.toc_key))
        out[pm.mark.toc_key] = std::to_string(first + static_cast<int>(i));
  return out;
}

}  // namespace

std::vector<std::vector<VBox*>> boxes_last_shown(BookPages& pages) {
  std::unordered_map<const VBox*, std::size_t> last;
  for (std::size_t i = 0; i < pages.pages.size(); ++i) {
    const Page* page = pages.pages[i].page;
    if (!page) continue;
    for (const auto& placed : page->boxes) last[placed.box] = i;
    for (const auto& placed : page->notes) last[placed.box] = i;
  }
  std::vector<std::vector<VBox*>> out(pages.pages.size());
  // The boxes are BookPages' own (in its lists), which the pages see as const.
  for (const auto& [box, page] : last) out[page].push_back(const_cast<VBox*>(box));
  return out;
}

std::string roman(int n) {
  static const std::pair<int, const char*> kDigits[] = {
      {1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"}, {50, "l"},
      {40, "xl"},  {10, "x"},   {9, "ix"},  {5, "v"},    {4, "iv"},  {1, "i"}};
  std::string out;
  for (const auto& [value, digits] : kDigits)
    while (n >= value) {
      out += digits;
      n -= value;
    }
  return out;
}

std::unique_ptr<BookPages> layout_book(const model::Book& book, const typeset::PrintStyle& style,
                                       ParagraphSetter& setter, Diagnostics& diags,
                                       const std::vector<ParagraphSetter*>& more_setters,
                                       const EntriesSet& entries_set, const BodyPageReady& body_page) {
  auto result = std::make_unique<BookPages>();
  const std::set<std::string> dests = collect_dests(book);
  LayoutEnv env{style,
                setter,
                book.meta.language,
                book.root,
                [&dests](const std::string& d) { return dests.count(d) > 0; },
                diags};
  env.image_pixels = book.limits.image_pixels;
  PageGeometry geometry{style.text_height(), style.body.size, style.body.leading,
                        line_depth(style.body.leading)};
  geometry.note_skip = style.body.leading;
  geometry.float_skip = style.body.leading;
  const PageBuilder builder(geometry);
  std::vector<ParagraphSetter*> setters{&setter};
  setters.insert(setters.end(), more_setters.begin(), more_setters.end());
  BodyStream body(book, style, builder, *result, body_page, diags);
  if (!layout_body(book, env, setters, entries_set, body)) return nullptr;

  // The body's folios start at 1 whatever the front matter's length, so the contents are
  // correct once they carry the numbers read from the body; the loop stops when a pass reads
  // the numbers the previous one set.
  std::map<std::string, std::string> numbers;
  for (int pass = 1; pass <= 5; ++pass) {
    result->front.clear();
    title_pages(book, env, result->front);
    contents(book, env, numbers, result->front);
    if (!style.two_sided) plain_page_breaks(result->front);
    result->front_pages = builder.build(result->front, 1);
    result->contents_passes = pass;
    auto found = read_numbers(result->body_pages, 1);
    if (found == numbers) break;
    numbers = std::move(found);
  }
  result->numbers = numbers;
  if (style.two_sided && result->front_pages.size() % 2 == 1) {
    Page blank;
    blank.blank = true;
    result->front_pages.push_back(std::move(blank));
  }

  const std::string book_title = book.meta.title.empty() ? book.meta.slug : book.meta.title;
  bool in_contents = false;
  for (std::size_t i = 0; i < result->front_pages.size(); ++i) {
    const Page& p = result->front_pages[i];
    PrintedPage pp;
    pp.page = &p;
    pp.label = roman(static_cast<int>(i) + 1);
    pp.recto = !style.two_sided || i % 2 == 0;  // single-sided: every page a recto
    for (const auto& pm : p.marks)
      if (pm.mark.dest == "contents") in_contents = true;
    if (in_contents && !p.blank) {
      pp.folio = pp.label;
      pp.folio_at_foot = p.opening;
      if (!p.opening) pp.head = "Contents";
    }
    result->pages.push_back(std::move(pp));
  }
  for (std::size_t i = 0; i < result->body_pages.size(); ++i)
    result->pages.push_back(printed_body_page(result->body_pages[i], i, style, book_title));
  return result;
}

}  // namespace quire::layout
