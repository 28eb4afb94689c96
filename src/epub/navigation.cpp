#include "epub/navigation.h"

#include <algorithm>
#include <map>

#include "epub/heading_levels.h"
#include "epub/inline_text.h"
#include "epub/xhtml_document.h"
#include "epub/xml_text.h"
#include "model/chapter_label.h"

namespace quire::epub {
namespace {

using tinyxml2::XMLElement;

std::vector<TocNode> entry_sections(const model::Entry& entry, const std::string& href) {
  std::vector<TocNode> out;
  for (const OutlineHeading& h : heading_outline(entry.body)) {
    if (h.level != 2 || !h.top_level || h.heading->id.empty()) continue;
    std::string label = plain_text(h.heading->content);
    if (label.empty()) label = h.heading->id;
    out.push_back(TocNode{std::move(label), href + "#" + h.heading->id, {}});
  }
  return out;
}

void add_nav_list(XMLElement* parent, const std::vector<TocNode>& nodes) {
  XMLElement* ol = add_element(parent, "ol");
  for (const TocNode& n : nodes) {
    XMLElement* li = add_element(ol, "li");
    add_text_element(li, "a", n.label)->SetAttribute("href", n.href.c_str());
    if (!n.children.empty()) add_nav_list(li, n.children);
  }
}

int depth(const std::vector<TocNode>& nodes) {
  int d = 0;
  for (const TocNode& n : nodes) d = std::max(d, 1 + depth(n.children));
  return d;
}

void add_nav_points(XMLElement* parent, const std::vector<TocNode>& nodes, int& order) {
  for (const TocNode& n : nodes) {
    ++order;
    XMLElement* point = add_element(parent, "navPoint");
    point->SetAttribute("id", ("navpoint-" + std::to_string(order)).c_str());
    point->SetAttribute("playOrder", order);
    add_text_element(add_element(point, "navLabel"), "text", n.label);
    add_element(point, "content")->SetAttribute("src", n.href.c_str());
    add_nav_points(point, n.children, order);
  }
}

}  // namespace

std::vector<TocNode> build_toc(const model::Book& book, const BookLayout& layout) {
  std::vector<TocNode> toc;
  std::map<std::size_t, std::size_t> part_nodes;  // part index -> position in `toc`
  std::vector<TocNode>* chapter_list = &toc;      // where the current chapter's node lives
  std::size_t chapter_pos = 0;
  bool in_chapter = false;
  bool listed = true;  // false inside a chapter left out of the contents

  for (const Page& page : layout.pages) {
    switch (page.kind) {
      case PageKind::Part: {
        const model::Part& part = book.parts[page.index];
        part_nodes[page.index] = toc.size();
        toc.push_back(TocNode{part.title.empty() ? part.id : part.title, page.href, {}});
        break;
      }
      case PageKind::Chapter: {
        const model::Chapter& ch = book.chapters[page.index];
        chapter_list = &toc;
        if (ch.part >= 0)
          if (const auto it = part_nodes.find(static_cast<std::size_t>(ch.part)); it != part_nodes.end())
            chapter_list = &toc[it->second].children;
        chapter_pos = chapter_list->size();
        listed = ch.listed;
        if (!listed) break;
        chapter_list->push_back(TocNode{ch.title.empty() ? ch.id : model::numbered_title(ch), page.href, {}});
        in_chapter = true;
        break;
      }
      case PageKind::Entry: {
        const model::Entry& entry = book.entries[page.index];
        if (!listed) break;
        if (!entry.show_title && in_chapter) {  // its sections belong to the chapter itself
          for (auto& section : entry_sections(entry, page.href))
            (*chapter_list)[chapter_pos].children.push_back(std::move(section));
          break;
        }
        TocNode node{entry.title.empty() ? entry.slug : entry.title, page.href,
                     entry_sections(entry, page.href)};
        if (in_chapter) {
          (*chapter_list)[chapter_pos].children.push_back(std::move(node));
        } else {
          toc.push_back(std::move(node));
        }
        break;
      }
      case PageKind::References: {
        TocNode node{"References", page.href, {}};
        if (page.number > 0 && in_chapter) {
          (*chapter_list)[chapter_pos].children.push_back(std::move(node));
        } else {
          toc.push_back(std::move(node));
        }
        break;
      }
      default:
        break;
    }
  }
  // A navigation list may not be empty; a book without text still has its title page.
  if (toc.empty())
    if (const Page* title = layout.find(PageKind::TitlePage))
      toc.push_back(TocNode{"Title Page", title->href, {}});
  return toc;
}

std::string nav_document(const model::Metadata& meta, const BookLayout& layout,
                         const std::vector<TocNode>& toc, const std::vector<PageListEntry>& pages) {
  XhtmlDocument doc(meta.language, meta.title, "styles/epub.css");
  XMLElement* nav = add_element(doc.body(), "nav");
  nav->SetAttribute("epub:type", "toc");
  nav->SetAttribute("role", "doc-toc");
  nav->SetAttribute("id", "toc");
  nav->SetAttribute("class", "toc");
  add_text_element(nav, "h1", "Contents");
  add_nav_list(nav, toc);

  XMLElement* landmarks = add_element(doc.body(), "nav");
  landmarks->SetAttribute("epub:type", "landmarks");
  landmarks->SetAttribute("hidden", "");
  add_text_element(landmarks, "h2", "Landmarks");
  XMLElement* ol = add_element(landmarks, "ol");
  auto landmark = [ol](const char* type, const char* label, const std::string& href) {
    XMLElement* a = add_text_element(add_element(ol, "li"), "a", label);
    a->SetAttribute("epub:type", type);
    a->SetAttribute("href", href.c_str());
  };
  if (const Page* p = layout.find(PageKind::Cover)) landmark("cover", "Cover", p->href);
  if (const Page* p = layout.find(PageKind::TitlePage)) landmark("titlepage", "Title Page", p->href);
  landmark("toc", "Contents", "nav.xhtml#toc");
  for (const Page& p : layout.pages)
    if (p.kind == PageKind::Part || p.kind == PageKind::Chapter || p.kind == PageKind::Entry) {
      landmark("bodymatter", "Start of Content", p.href);
      break;
    }
  if (const Page* p = layout.find(PageKind::Copyright)) landmark("copyright-page", "Copyright", p->href);
  for (const Page& p : layout.pages)
    if (p.kind == PageKind::References && p.number == 0) landmark("bibliography", "References", p.href);
  if (!pages.empty()) {
    XMLElement* page_list = add_element(doc.body(), "nav");
    page_list->SetAttribute("epub:type", "page-list");
    page_list->SetAttribute("role", "doc-pagelist");
    page_list->SetAttribute("hidden", "");
    add_text_element(page_list, "h2", "Pages of the Print Edition");
    XMLElement* list = add_element(page_list, "ol");
    for (const PageListEntry& p : pages)
      add_text_element(add_element(list, "li"), "a", p.label)->SetAttribute("href", p.href.c_str());
  }
  return doc.to_string();
}

std::string ncx_document(const model::Metadata& meta, const std::vector<TocNode>& toc) {
  tinyxml2::XMLDocument doc;
  doc.InsertEndChild(doc.NewDeclaration());
  XMLElement* ncx = doc.NewElement("ncx");
  doc.InsertEndChild(ncx);
  ncx->SetAttribute("xmlns", "http://www.daisy.org/z3986/2005/ncx/");
  ncx->SetAttribute("version", "2005-1");
  ncx->SetAttribute("xml:lang", meta.language.c_str());

  XMLElement* head = add_element(ncx, "head");
  auto meta_field = [head](const char* name, const std::string& content) {
    XMLElement* m = add_element(head, "meta");
    m->SetAttribute("name", name);
    m->SetAttribute("content", xml_safe(content).c_str());
  };
  meta_field("dtb:uid", meta.identifier);
  meta_field("dtb:depth", std::to_string(std::max(1, depth(toc))));
  meta_field("dtb:totalPageCount", "0");
  meta_field("dtb:maxPageNumber", "0");

  add_text_element(add_element(ncx, "docTitle"), "text", meta.title);
  for (const std::string& author : meta.authors)
    add_text_element(add_element(ncx, "docAuthor"), "text", author);

  XMLElement* map = add_element(ncx, "navMap");
  int order = 0;
  add_nav_points(map, toc, order);
  return to_xml_string(doc);
}

}  // namespace quire::epub
