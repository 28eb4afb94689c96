#include "layout/book_pages.h"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <mutex>
#include <set>
#include <thread>
#include <unordered_map>

#include "layout/block_layout.h"
#include "layout/front_matter.h"

namespace quire::layout {

namespace {

using typeset::Alignment;

void block_dests(const std::string& slug, const model::Blocks& blocks, std::set<std::string>& out) {
  for (const auto& b : blocks) {
    if (const auto* h = std::get_if<model::Heading>(&b.node)) {
      if (!h->id.empty()) out.insert(dest_name(slug, h->id));
    } else if (const auto* f = std::get_if<model::Figure>(&b.node)) {
      if (!f->id.empty()) out.insert(dest_name(slug, f->id));
    } else if (const auto* q = std::get_if<model::BlockQuote>(&b.node)) {
      block_dests(slug, q->content, out);
    } else if (const auto* l = std::get_if<model::List>(&b.node)) {
      for (const auto& item : l->items) block_dests(slug, item.content, out);
    }
  }
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
  bool done = false;
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
  job.done = true;
}

// Lays out the entries on `setters.size()` threads, each taking the next entry not yet
// taken. Once the entries done are sure to fill more than `page_limit` pages, no more are
// started: those done then form a prefix of the book past the limit.
void run_jobs(const model::Book& book, const LayoutEnv& env, const std::vector<ParagraphSetter*>& setters,
              std::vector<EntryJob>& jobs, long long page_limit, const EntriesSet& entries_set) {
  std::atomic<std::size_t> next{0};
  std::atomic<std::size_t> finished{0};
  std::atomic<bool> stop{false};
  std::mutex floor_lock;
  PageFloor total(env.style.text_height());
  // Only the calling thread reports progress: whoever listens need not be thread-safe.
  auto work = [&](ParagraphSetter* setter, bool reports) {
    for (std::size_t i = next++; i < jobs.size() && !stop; i = next++) {
      run_job(book, env, *setter, jobs[i]);
      const std::size_t done = ++finished;
      if (reports && entries_set) entries_set(done, jobs.size());
      PageFloor own(env.style.text_height());
      own.pages(jobs[i].list);
      const std::lock_guard<std::mutex> hold(floor_lock);
      total.add(own);
      if (total.floor() > page_limit) stop = true;
    }
  };
  const std::size_t threads = std::min(setters.size(), jobs.size());
  std::vector<std::thread> pool;
  for (std::size_t t = 1; t < threads; ++t) pool.emplace_back(work, setters[t], false);
  work(setters.front(), true);
  for (auto& t : pool) t.join();
  if (entries_set && finished == jobs.size() && !jobs.empty()) entries_set(jobs.size(), jobs.size());
  setters.front()->set_diagnostics(env.diags);
}

// False, with an error at the entry that passed `limits: total-pages`, when the body is
// sure to run past it. `setters` (the first is env's) lay out the entries side by side; the
// result does not depend on how many there are.
bool layout_body(const model::Book& book, LayoutEnv& env, const std::vector<ParagraphSetter*>& setters,
                 const EntriesSet& entries_set, VList& out) {
  const auto& s = env.style;
  BlockLayout blocks(env);
  PageFloor floor(s.text_height());
  std::vector<EntryJob> jobs = entry_jobs(book);
  run_jobs(book, env, setters, jobs, book.limits.total_pages, entries_set);
  std::size_t items = 0;
  for (const auto& job : jobs) items += job.list.size();
  out.reserve(out.size() + items + 16 * jobs.size() + 64 * book.chapters.size() + 256);
  std::size_t next_job = 0;
  int part = -1;
  for (const auto& ch : book.chapters) {
    const bool in_part = ch.part >= 0 && static_cast<std::size_t>(ch.part) < book.parts.size();
    if (in_part && ch.part != part) {
      part = ch.part;
      const auto& p = book.parts[static_cast<std::size_t>(part)];
      out.emplace_back(PageBreak{true});
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
    out.emplace_back(PageBreak{true});
    Mark m;
    m.dest = "chapter-" + ch.id;
    m.outline_level = level;
    m.title = ch.title;
    m.chapter_start = true;
    m.chapter = ch.title;
    m.opening = true;
    m.toc_key = "chapter:" + ch.id;
    out.emplace_back(std::move(m));
    out.emplace_back(strut(s.chapter_sink));
    division_title(env, ch.title, s.chapter, Alignment::Ragged, out);
    out.emplace_back(VPenalty{kNever});
    out.emplace_back(VGlue{s.body.leading * 2});
    const bool chapter_refs = book.meta.bibliography_placement == "chapter" && !ch.bibliography.empty();
    if (chapter_refs) env.reference_prefix = "ref-" + ch.id + "-";
    for (std::size_t k = 0; k < ch.entries.size(); ++k) {
      if (k > 0) out.emplace_back(PageBreak{false});
      const auto& entry = book.entries[ch.entries[k]];
      EntryJob& job = jobs[next_job++];
      if (!job.done) run_job(book, env, env.setter, job);  // past where the threads stopped
      env.setter.set_diagnostics(env.diags);
      env.diags.merge(job.diags);
      out.insert(out.end(), std::make_move_iterator(job.list.begin()),
                 std::make_move_iterator(job.list.end()));
      VList().swap(job.list);
      if (floor.pages(out) > book.limits.total_pages) {
        env.diags.error({entry.loc.path, {}}, too_many_pages(book.limits.total_pages), "limit");
        return false;
      }
    }
    if (chapter_refs) {
      out.emplace_back(PageBreak{false});
      Frame frame;
      frame.text = s.body;
      blocks.heading({model::Inline{model::Text{"References"}, {}}}, 1, "references-" + ch.id, level + 1,
                     frame, out, "references:" + ch.id);
      blocks.references(ch.bibliography, env.reference_prefix, out);
    }
    env.reference_prefix = "ref-";
  }
  if (book.meta.bibliography_placement == "book" && !book.bibliography.empty()) {
    out.emplace_back(PageBreak{true});
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
  return true;
}

// A single-sided edition (the screen PDF) has no versos to skip: a break to a recto is a
// plain page break, and no blank page is ever inserted.
void plain_page_breaks(VList& list) {
  for (auto& item : list)
    if (auto* brk = std::get_if<PageBreak>(&item)) brk->recto = false;
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
                                       const EntriesSet& entries_set) {
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
  if (!layout_body(book, env, setters, entries_set, result->body)) return nullptr;
  if (!style.two_sided) plain_page_breaks(result->body);
  const auto total_pages = static_cast<std::size_t>(book.limits.total_pages);
  result->body_pages = builder.build(result->body, 1, total_pages);
  if (result->body_pages.size() > total_pages) {
    diags.error({first_source(result->body_pages.back(), book), {}}, too_many_pages(book.limits.total_pages),
                "limit");
    return nullptr;
  }

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
  auto head_text = [&](const std::string& which, const Page& p) -> std::string {
    if (which == "book") return book_title;
    if (which == "chapter") return p.chapter;
    return {};
  };
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
  for (std::size_t i = 0; i < result->body_pages.size(); ++i) {
    const Page& p = result->body_pages[i];
    PrintedPage pp;
    pp.page = &p;
    pp.label = std::to_string(i + 1);
    pp.recto = !style.two_sided || i % 2 == 0;  // single-sided: every page a recto
    if (!p.blank) {
      pp.folio = style.folio == "none" ? "" : pp.label;
      pp.folio_at_foot = p.opening;
      if (!p.opening) pp.head = head_text(pp.recto ? style.recto_head : style.verso_head, p);
    }
    result->pages.push_back(std::move(pp));
  }
  return result;
}

}  // namespace quire::layout
