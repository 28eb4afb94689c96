#include "license/attribution.h"

#include "license/licenses.h"

namespace quire::license {

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
  return std::string(subject) + " is " + licensed_under(license) + ".";
}

}  // namespace quire::license
