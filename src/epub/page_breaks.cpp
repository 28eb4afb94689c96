#include "epub/page_breaks.h"

#include <cstring>
#include <string_view>

namespace quire::epub {
namespace {

using tinyxml2::XMLElement;
using tinyxml2::XMLNode;
using tinyxml2::XMLText;

// The byte length of the space character at `i`, or 0: the characters the print edition's
// shaper treats as word spaces (ASCII white space and Unicode's space separators).
std::size_t space_at(std::string_view s, std::size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r') return 1;
  auto next = [&](std::size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u; };
  if (c == 0xC2 && next(1) == 0xA0) return 2;                                      // U+00A0
  if (c == 0xE1 && next(1) == 0x9A && next(2) == 0x80) return 3;                   // U+1680
  if (c == 0xE2 && next(1) == 0x80 && (next(2) <= 0x8A || next(2) == 0xA8 || next(2) == 0xA9 || next(2) == 0xAF))
    return 3;                                                                      // U+2000-200A, 2028, 2029, 202F
  if (c == 0xE2 && next(1) == 0x81 && next(2) == 0x9F) return 3;                   // U+205F
  if (c == 0xE3 && next(1) == 0x80 && next(2) == 0x80) return 3;                   // U+3000
  return 0;
}

bool is_marker(const XMLElement* e) {
  const char* type = e->Attribute("epub:type");
  return type != nullptr && std::strcmp(type, "pagebreak") == 0;
}

// Finds where the `target`-th word of a run of nodes starts. Element boundaries inside a word
// do not split it ("word<sup>1</sup>" is one word, as the printed line has it), line breaks
// and images do; the task-list box is drawn beside the printed text, so it is not counted.
struct WordFinder {
  int target = 0;
  int words = 0;
  bool in_word = false;
  XMLText* text = nullptr;
  std::size_t offset = 0;

  bool visit(XMLNode* node) {
    if (XMLText* t = node->ToText()) {
      const std::string_view s = t->Value();
      for (std::size_t i = 0; i < s.size();) {
        if (const std::size_t n = space_at(s, i)) {
          in_word = false;
          i += n;
          continue;
        }
        if (!in_word) {
          if (words == target) {
            text = t;
            offset = i;
            return true;
          }
          ++words;
          in_word = true;
        }
        ++i;
      }
      return false;
    }
    XMLElement* e = node->ToElement();
    if (e == nullptr || is_marker(e)) return false;
    const std::string_view name = e->Name();
    const char* cls = e->Attribute("class");
    if (name == "br" || name == "img" || (cls != nullptr && std::strcmp(cls, "task-box") == 0)) {
      in_word = false;
      return false;
    }
    for (XMLNode* c = e->FirstChild(); c != nullptr; c = c->NextSibling())
      if (visit(c)) return true;
    return false;
  }
};

// Where a marker goes: after `prev` among the children of `parent` (first when prev is null).
struct Spot {
  XMLNode* parent = nullptr;
  XMLNode* prev = nullptr;
};

bool holds_only_items(const XMLNode* n) {
  const XMLElement* e = n ? n->ToElement() : nullptr;
  if (e == nullptr) return false;
  const std::string_view name = e->Name();
  return name == "ul" || name == "ol" || name == "table" || name == "thead" || name == "tbody" ||
         name == "tr" || name == "dl";
}

XMLElement* find_id(XMLElement* e, const std::string& id) {
  if (const char* v = e->Attribute("id"); v != nullptr && id == v) return e;
  for (XMLElement* c = e->FirstChildElement(); c != nullptr; c = c->NextSiblingElement())
    if (XMLElement* found = find_id(c, id)) return found;
  return nullptr;
}

XMLElement* find_name(XMLElement* e, const char* name) {
  if (std::strcmp(e->Name(), name) == 0) return e;
  for (XMLElement* c = e->FirstChildElement(); c != nullptr; c = c->NextSiblingElement())
    if (XMLElement* found = find_name(c, name)) return found;
  return nullptr;
}

// Lists and tables may hold only their items: a marker for an item goes inside it.
Spot before_element(XMLElement* e) {
  if (holds_only_items(e->Parent())) return {e, nullptr};
  return {e->Parent(), e->PreviousSibling()};
}

Spot after_element(XMLElement* e) {
  if (holds_only_items(e->Parent())) {
    if (XMLElement* next = e->NextSiblingElement()) return {next, nullptr};
    return {e, e->LastChild()};
  }
  return {e->Parent(), e};
}

class Placer {
 public:
  Placer(XMLElement* body, BlockSpots& spots) : body_(body), spots_(spots) {}

  std::optional<Spot> locate(const model::PrintPageStart& s) {
    if (s.block.line > 0) {
      const auto it = spots_.find({s.block.line, s.block.col});
      if (it == spots_.end() || it->second.first == nullptr) return std::nullopt;
      BlockSpot& b = it->second;
      if (s.place == model::PagePlace::Word) {
        if (auto spot = at_word(b, s.word)) return spot;
        if (s.word > 0) return Spot{b.parent, b.last};
      }
      if (s.place == model::PagePlace::After) return Spot{b.parent, b.last};
      return Spot{b.parent, b.first->PreviousSibling()};
    }
    if (!s.id.empty()) {
      XMLElement* e = find_id(body_, s.id);
      if (e == nullptr) return std::nullopt;
      return s.place == model::PagePlace::After ? after_element(e) : before_element(e);
    }
    if (s.place == model::PagePlace::After) {
      if (XMLElement* h = find_name(body_, "h1")) return after_element(h);
      return Spot{body_, body_->LastChild()};
    }
    // The top of the document is its title: a division's number is the EPUB's alone.
    if (XMLElement* h = find_name(body_, "h1")) return before_element(h);
    XMLElement* top = body_->FirstChildElement();
    return top != nullptr ? Spot{top, nullptr} : Spot{body_, nullptr};
  }

 private:
  // Splits the text node where the word starts, so the marker can stand between the halves.
  std::optional<Spot> at_word(BlockSpot& b, int word) {
    WordFinder finder;
    finder.target = word;
    bool found = false;
    for (XMLNode* n = b.first; n != nullptr; n = n->NextSibling()) {
      if (finder.visit(n)) {
        found = true;
        break;
      }
      if (n == b.last) break;
    }
    if (!found) return std::nullopt;
    XMLText* t = finder.text;
    if (finder.offset == 0) return Spot{t->Parent(), t->PreviousSibling()};
    const std::string value = t->Value();
    XMLText* rest = t->GetDocument()->NewText(value.substr(finder.offset).c_str());
    t->SetValue(value.substr(0, finder.offset).c_str());
    t->Parent()->InsertAfterChild(t, rest);
    for (auto& [pos, spot] : spots_)
      if (spot.last == t) spot.last = rest;
    return Spot{t->Parent(), t};
  }

  XMLElement* body_;
  BlockSpots& spots_;
};

std::string place_key(const model::PrintPageStart& s) {
  return std::to_string(static_cast<int>(s.place)) + ":" + std::to_string(s.block.line) + ":" +
         std::to_string(s.block.col) + ":" + std::to_string(s.word) + ":" + s.id;
}

}  // namespace

std::string page_break_id(const std::string& label) { return "print-page-" + label; }

std::vector<PlacedPageBreak> insert_page_breaks(XMLElement* body,
                                                const std::vector<const model::PrintPageStart*>& starts,
                                                BlockSpots& spots) {
  std::vector<PlacedPageBreak> placed;
  if (body == nullptr) return placed;
  Placer placer(body, spots);
  std::map<std::string, XMLElement*> last_at;  // several pages starting at one place stay in order
  for (const model::PrintPageStart* s : starts) {
    const std::string key = place_key(*s);
    Spot spot;
    if (const auto it = last_at.find(key); it != last_at.end()) {
      spot = {it->second->Parent(), it->second};
    } else if (auto found = placer.locate(*s)) {
      spot = *found;
    } else {
      continue;
    }
    XMLElement* marker = body->GetDocument()->NewElement("span");
    const std::string id = page_break_id(s->label);
    marker->SetAttribute("epub:type", "pagebreak");
    marker->SetAttribute("role", "doc-pagebreak");
    marker->SetAttribute("id", id.c_str());
    marker->SetAttribute("aria-label", s->label.c_str());
    if (spot.prev != nullptr)
      spot.parent->InsertAfterChild(spot.prev, marker);
    else
      spot.parent->InsertFirstChild(marker);
    last_at[key] = marker;
    placed.push_back({s->label, id});
  }
  return placed;
}

}  // namespace quire::epub
