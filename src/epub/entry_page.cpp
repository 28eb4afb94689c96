#include "epub/entry_page.h"

#include "epub/attribution.h"
#include "epub/timestamps.h"
#include "epub/url_text.h"
#include "epub/xhtml_content.h"
#include "epub/xhtml_document.h"
#include "epub/xml_text.h"

namespace quire::epub {
namespace {

using tinyxml2::XMLElement;

void add_attribution(XMLElement* parent, const model::Book& book, const model::Entry& entry) {
  XMLElement* footer = add_element(parent, "footer");
  footer->SetAttribute("class", "attribution");
  const auto& authors = entry.authors.empty() ? book.meta.authors : entry.authors;
  XMLElement* p = add_text_element(footer, "p", copyright_notice(utc_year(book.meta.modified), authors) + ".");
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

}  // namespace

std::string entry_page(const model::Book& book, const model::Entry& entry, const BookLayout& layout,
                       const std::map<std::string, std::set<std::string>>& anchors,
                       ImageCatalog& images, Diagnostics& diags) {
  const std::string title = entry.title.empty() ? entry.slug : entry.title;
  XhtmlDocument doc(book.meta.language, title, "../styles/epub.css");
  XMLElement* article = add_element(doc.body(), "article");
  article->SetAttribute("class", "entry");
  add_text_element(article, "h1", title);

  XhtmlContent content(ContentContext{entry, layout.entry_hrefs, anchors, images, diags});
  content.blocks(article, entry.body);
  content.footnotes(article);
  add_attribution(article, book, entry);
  return doc.to_string();
}

}  // namespace quire::epub
