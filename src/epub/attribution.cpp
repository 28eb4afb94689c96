#include "epub/attribution.h"

#include "epub/url_text.h"
#include "epub/xml_text.h"
#include "license/licenses.h"

namespace quire::epub {

std::string join_names(const std::vector<std::string>& names) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += i + 1 == names.size() ? " and " : ", ";
    out += names[i];
  }
  return out;
}

std::string copyright_notice(int year, const std::vector<std::string>& names) {
  std::string out = "\u00A9 " + std::to_string(year);
  if (!names.empty()) out += " " + join_names(names);
  return out;
}

std::string license_sentence(std::string_view subject, const model::License& license) {
  if (license.name.empty()) return {};
  return std::string(subject) + " is " + license::licensed_under(license) + ".";
}

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
