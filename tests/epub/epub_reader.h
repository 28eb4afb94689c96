#pragma once
// Reading an EPUB back in tests: its ZIP entries (via libzip) and its XML parts (tinyxml2).
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <tinyxml2.h>

namespace quire::epub::testing {

struct ZipEntry {
  std::string name;
  std::string data;
  bool stored = false;  // no compression
};

// Every entry in archive order; empty when `bytes` is not a ZIP archive.
std::vector<ZipEntry> read_zip(const std::string& bytes);

// The entry named `name`, or nullopt.
std::optional<std::string> zip_file(const std::vector<ZipEntry>& entries, const std::string& name);

// A parsed XML part; `ok` false when it is not well formed.
struct Xml {
  std::unique_ptr<tinyxml2::XMLDocument> doc = std::make_unique<tinyxml2::XMLDocument>();
  bool ok = false;
  const tinyxml2::XMLElement* root() const { return doc->RootElement(); }
};
Xml parse_xml(const std::string& text);

// Depth-first search below `from` (itself included).
std::vector<const tinyxml2::XMLElement*> find_all(const tinyxml2::XMLElement* from,
                                                  const std::function<bool(const tinyxml2::XMLElement&)>& pred);
const tinyxml2::XMLElement* find_first(const tinyxml2::XMLElement* from,
                                       const std::function<bool(const tinyxml2::XMLElement&)>& pred);

// Predicates: element name, optionally with an attribute value.
std::function<bool(const tinyxml2::XMLElement&)> named(std::string name);
std::function<bool(const tinyxml2::XMLElement&)> with_attr(std::string name, std::string attr,
                                                           std::string value);

// The concatenated text below `e`.
std::string text_of(const tinyxml2::XMLElement* e);

// Direct child elements named `name`.
std::vector<const tinyxml2::XMLElement*> children(const tinyxml2::XMLElement* e, const char* name);

// An attribute's value, or "" when absent.
std::string attr(const tinyxml2::XMLElement* e, const char* name);

}  // namespace quire::epub::testing
