#include "structure/svg_references.h"

#include <tinyxml2.h>

#include <algorithm>
#include <cctype>
#include <cstring>

namespace quire::structure {

namespace {

std::string trimmed(std::string s) {
  const auto space = [](unsigned char c) { return std::isspace(c) != 0; };
  s.erase(s.begin(), std::find_if_not(s.begin(), s.end(), space));
  s.erase(std::find_if_not(s.rbegin(), s.rend(), space).base(), s.end());
  return s;
}

bool is_internal(const std::string& ref) {
  if (ref.empty() || ref[0] == '#') return true;
  if (ref.size() < 5) return false;
  std::string scheme = ref.substr(0, 5);
  for (auto& c : scheme) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return scheme == "data:";
}

void add(std::string ref, std::vector<std::string>& out) {
  ref = trimmed(std::move(ref));
  if (ref.size() >= 2 && (ref.front() == '"' || ref.front() == '\'') && ref.back() == ref.front())
    ref = trimmed(ref.substr(1, ref.size() - 2));
  if (is_internal(ref) || std::find(out.begin(), out.end(), ref) != out.end()) return;
  out.push_back(std::move(ref));
}

// CSS `url(...)` in a style attribute, a presentation attribute (fill="url(#g)") or a
// <style> element.
void add_css_urls(const char* text, std::vector<std::string>& out) {
  if (!text) return;
  const std::string s(text);
  std::string lower = s;
  for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (std::size_t at = lower.find("url("); at != std::string::npos; at = lower.find("url(", at + 4)) {
    const std::size_t close = s.find(')', at + 4);
    if (close == std::string::npos) break;
    add(s.substr(at + 4, close - at - 4), out);
  }
}

// `@import "file.css"` (without url()) in a <style> element.
void add_css_imports(const char* text, std::vector<std::string>& out) {
  if (!text) return;
  const std::string s(text);
  for (std::size_t at = s.find("@import"); at != std::string::npos; at = s.find("@import", at + 7)) {
    std::size_t from = s.find_first_not_of(" \t\r\n", at + 7);
    if (from == std::string::npos || (s[from] != '"' && s[from] != '\'')) continue;
    const std::size_t to = s.find(s[from], from + 1);
    if (to != std::string::npos) add(s.substr(from, to - from + 1), out);
  }
}

bool is_href(const char* name) {
  const char* colon = std::strrchr(name, ':');
  return std::strcmp(colon ? colon + 1 : name, "href") == 0;
}

void scan(const tinyxml2::XMLElement* el, std::vector<std::string>& out) {
  for (const tinyxml2::XMLAttribute* a = el->FirstAttribute(); a; a = a->Next()) {
    if (is_href(a->Name())) add(a->Value(), out);
    else add_css_urls(a->Value(), out);
  }
  if (std::strcmp(el->Name(), "style") != 0 && std::strcmp(el->Name(), "svg:style") != 0) return;
  for (const tinyxml2::XMLNode* n = el->FirstChild(); n; n = n->NextSibling())
    if (const auto* t = n->ToText()) {
      add_css_urls(t->Value(), out);
      add_css_imports(t->Value(), out);
    }
}

// In document order, without recursion: a deeply nested file must not exhaust the stack.
void walk(const tinyxml2::XMLElement* root, std::vector<std::string>& out) {
  std::vector<const tinyxml2::XMLElement*> stack;
  if (root) stack.push_back(root);
  while (!stack.empty()) {
    const tinyxml2::XMLElement* el = stack.back();
    stack.pop_back();
    scan(el, out);
    std::vector<const tinyxml2::XMLElement*> children;
    for (auto* c = el->FirstChildElement(); c; c = c->NextSiblingElement()) children.push_back(c);
    stack.insert(stack.end(), children.rbegin(), children.rend());
  }
}

}  // namespace

std::vector<std::string> svg_external_references(const std::string& svg) {
  std::vector<std::string> out;
  tinyxml2::XMLDocument doc;
  if (doc.Parse(svg.data(), svg.size()) != tinyxml2::XML_SUCCESS) return out;
  walk(doc.RootElement(), out);
  return out;
}

}  // namespace quire::structure
