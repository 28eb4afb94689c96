// Fenced divs in the EPUB: a callout is an `aside` whose semantics reading systems and screen
// readers both know (a tip as doc-tip, the other kinds as notes), headed by its title; any
// other div keeps its id and classes for the book's own CSS.
#include <string>

#include "epub/xhtml_content.h"
#include "epub/xml_text.h"
#include "model/callout.h"

namespace quire::epub {

using tinyxml2::XMLElement;

void XhtmlContent::div(XMLElement* parent, const model::Div& d) {
  const bool callout = d.callout != model::Callout::None;
  std::string classes = callout ? "callout" : "";
  for (const std::string& c : d.attr.classes) classes += (classes.empty() ? "" : " ") + c;
  XMLElement* e = add_element(parent, callout ? "aside" : "div");
  set_id(e, d.attr.id);
  if (!classes.empty()) e->SetAttribute("class", classes.c_str());
  if (callout) {
    const bool tip = d.callout == model::Callout::Tip;
    e->SetAttribute("epub:type", tip ? "tip" : "notice");
    e->SetAttribute("role", tip ? "doc-tip" : "note");
    XMLElement* title = add_element(e, "p");
    title->SetAttribute("class", "callout-title");
    inlines(title, d.title);
  }
  blocks(e, d.content);
}

}  // namespace quire::epub
