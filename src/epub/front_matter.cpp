#include "epub/front_matter.h"

#include "epub/license_link.h"
#include "epub/xhtml_document.h"
#include "epub/xml_text.h"
#include "license/attribution.h"
#include "util/timestamps.h"

namespace quire::epub {
namespace {

using tinyxml2::XMLElement;

constexpr const char* kStylesheet = "../styles/epub.css";

XMLElement* add_paragraph(XMLElement* parent, const char* cls, const std::string& text) {
  XMLElement* p = add_text_element(parent, "p", text);
  p->SetAttribute("class", cls);
  return p;
}

XMLElement* add_section(XMLElement* body, const char* epub_type, const char* cls) {
  XMLElement* s = add_element(body, "section");
  s->SetAttribute("epub:type", epub_type);
  s->SetAttribute("class", cls);
  return s;
}

}  // namespace

std::string cover_page(const model::Metadata& meta, const std::string& image_href) {
  XhtmlDocument doc(meta.language, meta.title, kStylesheet);
  doc.body()->SetAttribute("class", "cover");
  XMLElement* section = add_section(doc.body(), "cover", "cover");
  XMLElement* img = add_element(section, "img");
  img->SetAttribute("src", image_href.c_str());
  img->SetAttribute("alt", xml_safe(meta.title).c_str());
  img->SetAttribute("role", "doc-cover");
  return doc.to_string();
}

std::string title_page(const model::Metadata& meta) {
  XhtmlDocument doc(meta.language, meta.title, kStylesheet);
  XMLElement* section = add_section(doc.body(), "titlepage", "titlepage");
  add_text_element(section, "h1", meta.title)->SetAttribute("class", "title");
  if (!meta.subtitle.empty()) add_paragraph(section, "subtitle", meta.subtitle);
  if (!meta.authors.empty()) add_paragraph(section, "authors", license::join_names(meta.authors));
  return doc.to_string();
}

std::string copyright_page(const model::Metadata& meta) {
  XhtmlDocument doc(meta.language, meta.title, kStylesheet);
  XMLElement* section = add_section(doc.body(), "copyright-page", "copyright");
  std::string title = meta.title;
  if (!meta.subtitle.empty()) title += ": " + meta.subtitle;
  XMLElement* heading = add_paragraph(section, "book-title", "");
  add_text_element(heading, "em", title);
  if (!meta.authors.empty()) add_paragraph(section, "authors", license::join_names(meta.authors));
  add_paragraph(section, "notice", license::copyright_notice(util::utc_year(meta.modified), meta.authors));
  if (!meta.license.name.empty())
    add_license_sentence(add_paragraph(section, "license", ""), "This work", meta.license);
  // Worded as on the PDF's copyright page, so both editions say which release they are.
  if (!meta.version.empty()) add_paragraph(section, "version", "Version " + meta.version + ".");
  if (!meta.identifier.empty()) add_paragraph(section, "identifier", meta.identifier);
  add_paragraph(section, "colophon", "Made with quire");
  return doc.to_string();
}

}  // namespace quire::epub
