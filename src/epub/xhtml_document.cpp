#include "epub/xhtml_document.h"

#include "epub/xml_text.h"

namespace quire::epub {

XhtmlDocument::XhtmlDocument(std::string_view language, std::string_view title,
                             std::string_view stylesheet_href) {
  doc_.InsertEndChild(doc_.NewDeclaration());
  doc_.InsertEndChild(doc_.NewUnknown("DOCTYPE html"));
  tinyxml2::XMLElement* html = doc_.NewElement("html");
  doc_.InsertEndChild(html);
  html->SetAttribute("xmlns", "http://www.w3.org/1999/xhtml");
  html->SetAttribute("xmlns:epub", "http://www.idpf.org/2007/ops");
  const std::string lang(language);
  html->SetAttribute("xml:lang", lang.c_str());
  html->SetAttribute("lang", lang.c_str());

  head_ = add_element(html, "head");
  add_element(head_, "meta")->SetAttribute("charset", "utf-8");
  add_text_element(head_, "title", title.empty() ? std::string_view("Untitled") : title);
  if (!stylesheet_href.empty()) {
    tinyxml2::XMLElement* link = add_element(head_, "link");
    link->SetAttribute("rel", "stylesheet");
    link->SetAttribute("type", "text/css");
    link->SetAttribute("href", std::string(stylesheet_href).c_str());
  }
  body_ = add_element(html, "body");
}

std::string XhtmlDocument::to_string() const { return to_xml_string(doc_); }

}  // namespace quire::epub
