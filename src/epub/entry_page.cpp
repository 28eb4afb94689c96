#include "epub/entry_page.h"

#include "epub/license_link.h"
#include "epub/references_page.h"
#include "epub/url_text.h"
#include "epub/xhtml_content.h"
#include "epub/xhtml_document.h"
#include "epub/xml_text.h"
#include "license/attribution.h"
#include "model/print_pages.h"
#include "util/timestamps.h"

namespace quire::epub {
namespace {

using tinyxml2::XMLElement;

void add_attribution(XMLElement* parent, const model::Book& book, const model::Entry& entry) {
  XMLElement* footer = add_element(parent, "footer");
  footer->SetAttribute("class", "attribution");
  const auto& authors = entry.authors.empty() ? book.meta.authors : entry.authors;
  XMLElement* p = add_text_element(
      footer, "p", license::copyright_notice(util::utc_year(book.meta.modified), authors) + ".");
  if (!book.meta.license.name.empty()) {
    add_text(p, " ");
    add_license_sentence(p, "This entry", book.meta.license);
  }
  if (!book.meta.repository.empty() && !entry.path.empty()) {
    std::string base = book.meta.repository;
    while (!base.empty() && base.back() == '/') base.pop_back();
    XMLElement* edit = add_element(footer, "p");
    edit->SetAttribute("class", "edit");
    XMLElement* a = add_text_element(edit, "a", "Edit this entry");
    a->SetAttribute("href", (encode_url(base) + "/" + encode_path(entry.path)).c_str());
  }
}

// Where the entry's citations link: its own References section (placement entry), or the
// References document that lists the works it cites.
const std::map<std::string, std::string>& reference_hrefs(const model::Entry& entry, const BookLayout& layout,
                                                          std::map<std::string, std::string>& own) {
  if (!entry.bibliography.empty()) {
    for (const model::BibEntry& b : entry.bibliography) own[b.id] = "#" + model::reference_id(b.id);
    return own;
  }
  const auto page = layout.reference_pages.find(entry.slug);
  if (page == layout.reference_pages.end()) return own;
  const auto links = layout.reference_links.find(page->second);
  return links == layout.reference_links.end() ? own : links->second;
}

}  // namespace

std::string entry_page(const model::Book& book, const model::Entry& entry, const BookLayout& layout,
                       const std::map<std::string, std::set<std::string>>& anchors, ImageCatalog& images,
                       Diagnostics& diags, const std::vector<const model::PrintPageStart*>& breaks,
                       std::vector<PlacedPageBreak>* placed) {
  const std::string title = entry.title.empty() ? entry.slug : entry.title;
  XhtmlDocument doc(book.meta.language, title, "../styles/epub.css");
  XMLElement* article = add_element(doc.body(), "article");
  article->SetAttribute("class", "entry");
  if (entry.show_title) add_text_element(article, "h1", title);  // else its chapter's page names it

  std::map<std::string, std::string> own_references;
  const auto& references = reference_hrefs(entry, layout, own_references);
  BlockSpots spots;
  XhtmlContent content(
      ContentContext{entry, layout.entry_hrefs, anchors, images, diags, references, breaks.empty() ? nullptr : &spots});
  content.blocks(article, entry.body);
  if (!entry.bibliography.empty()) add_references_section(article, entry.bibliography, 2);
  content.footnotes(article);
  if (entry.show_title) add_attribution(article, book, entry);  // as in the PDF
  if (!breaks.empty()) {
    auto markers = insert_page_breaks(doc.body(), breaks, spots);
    if (placed != nullptr) placed->insert(placed->end(), markers.begin(), markers.end());
  }
  return doc.to_string();
}

}  // namespace quire::epub
