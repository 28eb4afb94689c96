#include "epub/book_layout.h"

#include <set>

#include "epub/file_names.h"

namespace quire::epub {
namespace {

constexpr const char* kTextFolder = "text/";

}  // namespace

const Page* BookLayout::find(PageKind kind) const {
  for (const Page& p : pages)
    if (p.kind == kind) return &p;
  return nullptr;
}

BookLayout plan_layout(const model::Book& book, bool has_cover) {
  BookLayout layout;
  NameAllocator names;
  // Fixed names first, then entries (their names appear in links), then divisions.
  const std::string cover = names.allocate("cover", "xhtml");
  const std::string title_page = names.allocate("title-page", "xhtml");
  const std::string copyright = names.allocate("copyright", "xhtml");
  const bool book_references = book.meta.bibliography_placement == "book" && !book.bibliography.empty();
  const std::string references = book_references ? names.allocate("references", "xhtml") : std::string();

  std::vector<std::size_t> entry_order;
  std::set<std::size_t> placed;
  if (book.chapters.empty()) {
    for (std::size_t i = 0; i < book.entries.size(); ++i) entry_order.push_back(i);
  } else {
    for (const model::Chapter& ch : book.chapters)
      for (std::size_t e : ch.entries)
        if (e < book.entries.size() && placed.insert(e).second) entry_order.push_back(e);
  }
  std::map<std::size_t, std::string> entry_files;
  for (std::size_t e : entry_order) {
    const std::string name = names.allocate(portable_name(book.entries[e].slug, "entry"), "xhtml");
    entry_files[e] = name;
    layout.entry_hrefs[book.entries[e].slug] = kTextFolder + name;
  }

  auto add = [&layout](PageKind kind, std::size_t index, int number, std::string id,
                       const std::string& file) {
    layout.pages.push_back(Page{kind, index, number, std::move(id), kTextFolder + file});
  };
  if (has_cover) add(PageKind::Cover, 0, 0, "cover", cover);
  add(PageKind::TitlePage, 0, 0, "titlepage", title_page);
  add(PageKind::Copyright, 0, 0, "copyright", copyright);
  layout.pages.push_back(Page{PageKind::Contents, 0, 0, "nav", "nav.xhtml"});

  auto add_entry = [&](std::size_t e) {
    const std::string& file = entry_files[e];
    add(PageKind::Entry, e, 0, "doc-" + file.substr(0, file.size() - 6), file);
  };
  auto add_book_references = [&]() {
    if (!book_references) return;
    add(PageKind::References, 0, 0, "references", references);
    for (std::size_t e : entry_order) layout.reference_pages[book.entries[e].slug] = kTextFolder + references;
  };
  if (book.chapters.empty()) {
    for (std::size_t e : entry_order) add_entry(e);
    add_book_references();
    return layout;
  }

  std::set<std::size_t> emitted;
  std::set<int> parts_seen;
  int chapter_number = 0;
  for (std::size_t c = 0; c < book.chapters.size(); ++c) {
    const model::Chapter& ch = book.chapters[c];
    if (ch.part >= 0 && static_cast<std::size_t>(ch.part) < book.parts.size() &&
        parts_seen.insert(ch.part).second) {
      const std::string file = names.allocate(portable_name(book.parts[ch.part].id, "part"), "xhtml");
      add(PageKind::Part, static_cast<std::size_t>(ch.part), static_cast<int>(parts_seen.size()),
          "doc-" + file.substr(0, file.size() - 6), file);
    }
    const std::string file = names.allocate(portable_name(ch.id, "chapter"), "xhtml");
    add(PageKind::Chapter, c, ++chapter_number, "doc-" + file.substr(0, file.size() - 6), file);
    std::vector<std::size_t> here;
    for (std::size_t e : ch.entries)
      if (entry_files.count(e) != 0 && emitted.insert(e).second) {
        add_entry(e);
        here.push_back(e);
      }
    if (book.meta.bibliography_placement == "chapter" && !ch.bibliography.empty()) {
      const std::string refs = names.allocate(portable_name(ch.id + "-references", "references"), "xhtml");
      add(PageKind::References, c, chapter_number, "doc-" + refs.substr(0, refs.size() - 6), refs);
      for (std::size_t e : here) layout.reference_pages[book.entries[e].slug] = kTextFolder + refs;
    }
  }
  add_book_references();
  return layout;
}

std::string from_text_folder(const std::string& href) {
  const std::string prefix = kTextFolder;
  if (href.compare(0, prefix.size(), prefix) == 0) return href.substr(prefix.size());
  return "../" + href;
}

}  // namespace quire::epub
