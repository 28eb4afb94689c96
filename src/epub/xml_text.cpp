#include "epub/xml_text.h"

#include <tinyxml2.h>

#include "util/utf8.h"

namespace quire::epub {
namespace {

// Elements whose children are all elements in what quire writes, so a line break and
// indentation between those children cannot change what a reader shows.
bool holds_only_blocks(std::string_view name) {
  static constexpr std::string_view kNames[] = {
      // XHTML
      "html", "head", "body", "section", "nav", "ol", "ul", "table", "thead", "tbody", "tr", "blockquote",
      "figure", "aside", "div", "header", "footer", "article",
      // OPF and OCF
      "package", "metadata", "manifest", "spine", "container", "rootfiles",
      // NCX
      "ncx", "docTitle", "docAuthor", "navMap", "navPoint", "navLabel"};
  for (std::string_view n : kNames)
    if (n == name) return true;
  return false;
}

// tinyxml2 asks CompactMode about an element's parent before writing the element, and
// about the element itself before writing its end tag: so only children of block
// containers, and the end tags of those containers, start new lines.
class LayoutPrinter : public tinyxml2::XMLPrinter {
 protected:
  bool CompactMode(const tinyxml2::XMLElement& element) override {
    return !holds_only_blocks(element.Name());
  }
};

}  // namespace

std::string to_xml_string(const tinyxml2::XMLDocument& doc) {
  LayoutPrinter printer;
  doc.Print(&printer);
  std::string out(printer.CStr(), static_cast<std::size_t>(printer.CStrSize() - 1));
  if (out.empty() || out.back() != '\n') out += '\n';
  return out;
}

std::string xml_safe(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t clean = 0;  // start of the run of bytes kept as they are
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c < 0x80) {  // printable ASCII, nearly all of a book's text
      ++i;
      continue;
    }
    const std::size_t n = util::valid_utf8_length(text, i);
    const bool control = n == 1 && c < 0x20 && c != '\t' && c != '\n' && c != '\r';
    const bool nonchar = n == 3 && c == 0xEF && static_cast<unsigned char>(text[i + 1]) == 0xBF &&
                         static_cast<unsigned char>(text[i + 2]) >= 0xBE;
    if (n > 0 && !control && !nonchar) {
      i += n;
      continue;
    }
    out.append(text.substr(clean, i - clean));
    if (n == 0) out += "\xEF\xBF\xBD";  // invalid UTF-8 cannot appear in XML; readers validate it earlier
    i += n == 0 ? 1 : n;
    clean = i;
  }
  out.append(text.substr(clean));
  return out;
}

tinyxml2::XMLElement* add_element(tinyxml2::XMLElement* parent, const char* name) {
  return parent->InsertNewChildElement(name);
}

void add_text(tinyxml2::XMLElement* parent, std::string_view text) {
  if (text.empty()) return;
  parent->InsertNewText(xml_safe(text).c_str());
}

bool add_raw_xml(tinyxml2::XMLElement* parent, std::string_view xml) {
  tinyxml2::XMLDocument fragment;
  const std::string wrapped = "<r>" + xml_safe(xml) + "</r>";
  if (fragment.Parse(wrapped.c_str(), wrapped.size()) != tinyxml2::XML_SUCCESS) return false;
  for (const tinyxml2::XMLNode* n = fragment.RootElement()->FirstChild(); n; n = n->NextSibling())
    parent->InsertEndChild(n->DeepClone(parent->GetDocument()));
  return true;
}

tinyxml2::XMLElement* add_text_element(tinyxml2::XMLElement* parent, const char* name,
                                       std::string_view text) {
  tinyxml2::XMLElement* e = add_element(parent, name);
  add_text(e, text);
  return e;
}

}  // namespace quire::epub
