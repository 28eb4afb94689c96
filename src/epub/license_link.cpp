#include "epub/license_link.h"

#include <string>

#include "epub/url_text.h"
#include "epub/xml_text.h"
#include "license/licenses.h"

namespace quire::epub {

void add_license_sentence(tinyxml2::XMLElement* parent, std::string_view subject,
                          const model::License& license) {
  if (license.name.empty()) return;
  add_text(parent, std::string(subject) + " is ");
  const std::string terms = license::licensed_under(license);
  if (license.url.empty()) {
    add_text(parent, terms);
  } else {
    tinyxml2::XMLElement* a = add_text_element(parent, "a", terms);
    a->SetAttribute("href", encode_url(license.url).c_str());
    a->SetAttribute("rel", "license");
  }
  add_text(parent, ".");
}

}  // namespace quire::epub
