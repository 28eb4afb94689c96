#pragma once
// Serialising tinyxml2 documents for the EPUB: block elements start on their own lines
// for readability, while inline content is written exactly as built (no added spaces).
#include <string>
#include <string_view>

namespace tinyxml2 {
class XMLDocument;
class XMLElement;
}  // namespace tinyxml2

namespace quire::epub {

// The document as text, ending with a newline.
std::string to_xml_string(const tinyxml2::XMLDocument& doc);

// `text` without the characters XML 1.0 cannot carry (most C0 controls, U+FFFE/U+FFFF).
std::string xml_safe(std::string_view text);

// Appends a child element named `name` to `parent` and returns it.
tinyxml2::XMLElement* add_element(tinyxml2::XMLElement* parent, const char* name);

// Appends `text` (made XML-safe; tinyxml2 escapes markup characters on output).
void add_text(tinyxml2::XMLElement* parent, std::string_view text);

// Appends the elements and text of the XML fragment `xml` (the author's raw HTML); false, with
// nothing appended, when it does not parse.
bool add_raw_xml(tinyxml2::XMLElement* parent, std::string_view xml);

// Appends a child element holding only `text`, and returns it.
tinyxml2::XMLElement* add_text_element(tinyxml2::XMLElement* parent, const char* name,
                                       std::string_view text);

}  // namespace quire::epub
