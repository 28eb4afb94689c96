#include "epub/references_page.h"

#include <type_traits>

#include "epub/inline_text.h"
#include "epub/xhtml_document.h"
#include "epub/xml_text.h"
#include "model/print_pages.h"

namespace quire::epub {
namespace {

using tinyxml2::XMLElement;

constexpr const char* kTitle = "References";

// Formatted entries hold text, emphasis and strong emphasis; anything else is kept as text.
void add_inlines(XMLElement* parent, const model::Inlines& inlines) {
  for (const model::Inline& in : inlines) {
    std::visit(
        [&](const auto& node) {
          using T = std::decay_t<decltype(node)>;
          if constexpr (std::is_same_v<T, model::Text>) {
            add_text(parent, node.text);
          } else if constexpr (std::is_same_v<T, model::Emph>) {
            add_inlines(add_element(parent, "em"), node.content);
          } else if constexpr (std::is_same_v<T, model::Strong>) {
            add_inlines(add_element(parent, "strong"), node.content);
          } else {
            add_text(parent, plain_text(model::Inlines{in}));
          }
        },
        in.node);
  }
}

}  // namespace

void add_references_section(XMLElement* parent, const std::vector<model::BibEntry>& entries,
                            int heading_level) {
  XMLElement* section = add_element(parent, "section");
  section->SetAttribute("class", "references");
  section->SetAttribute("epub:type", "bibliography");
  section->SetAttribute("role", "doc-bibliography");
  const std::string heading = "h" + std::to_string(heading_level);
  add_text_element(section, heading.c_str(), kTitle);
  // The style prints any numbering itself ("[1]", "1."), so the list adds no markers.
  XMLElement* list = add_element(section, "ul");
  list->SetAttribute("class", "reference-list");
  for (const model::BibEntry& e : entries) {
    XMLElement* li = add_element(list, "li");
    li->SetAttribute("id", xml_safe(model::reference_id(e.id)).c_str());
    add_inlines(li, e.content);
  }
}

std::string references_page(const model::Metadata& meta, const std::vector<model::BibEntry>& entries,
                            const std::vector<const model::PrintPageStart*>& breaks,
                            std::vector<PlacedPageBreak>* placed) {
  XhtmlDocument doc(meta.language, kTitle, "../styles/epub.css");
  add_references_section(doc.body(), entries, 1);
  if (!breaks.empty()) {
    BlockSpots none;
    auto markers = insert_page_breaks(doc.body(), breaks, none);
    if (placed != nullptr) placed->insert(placed->end(), markers.begin(), markers.end());
  }
  return doc.to_string();
}

std::map<std::string, std::map<std::string, std::string>> reference_links(const model::Book& book,
                                                                           const BookLayout& layout) {
  std::map<std::string, std::map<std::string, std::string>> out;
  for (const Page& p : layout.pages) {
    if (p.kind != PageKind::References) continue;
    const auto& list = p.number > 0 ? book.chapters[p.index].bibliography : book.bibliography;
    const std::string href = from_text_folder(p.href);
    auto& links = out[p.href];
    for (const model::BibEntry& b : list) links[b.id] = href + "#" + model::reference_id(b.id);
  }
  return out;
}

}  // namespace quire::epub
