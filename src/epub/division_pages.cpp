#include "epub/division_pages.h"

#include <array>
#include <utility>

#include "epub/xhtml_document.h"
#include "epub/xml_text.h"
#include "model/chapter_label.h"

namespace quire::epub {
namespace {

using tinyxml2::XMLElement;

// A section with its semantics spelled both ways: epub:type for reading systems, the ARIA
// role for assistive technology.
std::string division(const model::Metadata& meta, const char* kind, const std::string& title,
                     const std::string& label, const std::vector<const model::PrintPageStart*>& breaks,
                     std::vector<PlacedPageBreak>* placed) {
  const std::string shown = title.empty() ? label : title;
  XhtmlDocument doc(meta.language, shown, "../styles/epub.css");
  XMLElement* section = add_element(doc.body(), "section");
  section->SetAttribute("class", (std::string(kind) + "-page").c_str());
  section->SetAttribute("epub:type", kind);
  section->SetAttribute("role", ("doc-" + std::string(kind)).c_str());
  if (!label.empty()) add_text_element(section, "p", label)->SetAttribute("class", "division-number");
  add_text_element(section, "h1", shown)->SetAttribute("class", "division-title");
  if (!breaks.empty()) {
    BlockSpots none;
    auto markers = insert_page_breaks(doc.body(), breaks, none);
    if (placed != nullptr) placed->insert(placed->end(), markers.begin(), markers.end());
  }
  return doc.to_string();
}

}  // namespace

std::string roman_numeral(int number) {
  if (number < 1 || number > 3999) return std::to_string(number);
  static constexpr std::array<std::pair<int, const char*>, 13> kDigits{{{1000, "M"}, {900, "CM"},
                                                                       {500, "D"}, {400, "CD"},
                                                                       {100, "C"}, {90, "XC"},
                                                                       {50, "L"}, {40, "XL"},
                                                                       {10, "X"}, {9, "IX"},
                                                                       {5, "V"}, {4, "IV"},
                                                                       {1, "I"}}};
  std::string out;
  for (const auto& [value, digits] : kDigits)
    while (number >= value) {
      out += digits;
      number -= value;
    }
  return out;
}

std::string part_page(const model::Metadata& meta, const model::Part& part, int number,
                      const std::vector<const model::PrintPageStart*>& breaks,
                      std::vector<PlacedPageBreak>* placed) {
  return division(meta, "part", part.title, roman_numeral(number), breaks, placed);
}

std::string chapter_page(const model::Metadata& meta, const model::Chapter& chapter, int number,
                         const std::vector<const model::PrintPageStart*>& breaks,
                         std::vector<PlacedPageBreak>* placed) {
  // A book that numbers its chapters says "Chapter 3" or "Appendix A"; one that does not keeps
  // the page's count, except on a chapter marked unnumbered.
  const std::string label = !chapter.numbered           ? std::string()
                            : !chapter.number.empty() ? model::chapter_kicker(chapter)
                                                      : std::to_string(number);
  return division(meta, "chapter", chapter.title, label, breaks, placed);
}

}  // namespace quire::epub
