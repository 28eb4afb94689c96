#pragma once
// The skeleton every XHTML content document of the EPUB shares: XML declaration,
// HTML5 doctype, the XHTML and OPS namespaces, language, title and stylesheet link.
#include <string>
#include <string_view>

#include <tinyxml2.h>

namespace quire::epub {

class XhtmlDocument {
 public:
  // `stylesheet_href` is relative to the document ("../styles/epub.css"); empty for none.
  XhtmlDocument(std::string_view language, std::string_view title, std::string_view stylesheet_href);
  XhtmlDocument(const XhtmlDocument&) = delete;
  XhtmlDocument& operator=(const XhtmlDocument&) = delete;

  tinyxml2::XMLDocument& xml() { return doc_; }
  tinyxml2::XMLElement* head() { return head_; }
  tinyxml2::XMLElement* body() { return body_; }

  std::string to_string() const;

 private:
  tinyxml2::XMLDocument doc_;
  tinyxml2::XMLElement* head_ = nullptr;
  tinyxml2::XMLElement* body_ = nullptr;
};

}  // namespace quire::epub
