#include "license/licenses.h"

#include <array>

namespace quire::license {
namespace {

struct Known {
  const char* spdx;
  const char* name;
  const char* short_name;
  const char* url;
};

// CC0 is a dedication, not a license; it reads differently in `licensed_under`.
constexpr std::array<Known, 9> kKnown{{
    {"CC-BY-SA-4.0", "Creative Commons Attribution-ShareAlike 4.0 International", "CC BY-SA 4.0",
     "https://creativecommons.org/licenses/by-sa/4.0/"},
    {"CC-BY-4.0", "Creative Commons Attribution 4.0 International", "CC BY 4.0",
     "https://creativecommons.org/licenses/by/4.0/"},
    {"CC-BY-NC-4.0", "Creative Commons Attribution-NonCommercial 4.0 International", "CC BY-NC 4.0",
     "https://creativecommons.org/licenses/by-nc/4.0/"},
    {"CC-BY-NC-SA-4.0", "Creative Commons Attribution-NonCommercial-ShareAlike 4.0 International",
     "CC BY-NC-SA 4.0", "https://creativecommons.org/licenses/by-nc-sa/4.0/"},
    {"CC-BY-ND-4.0", "Creative Commons Attribution-NoDerivatives 4.0 International", "CC BY-ND 4.0",
     "https://creativecommons.org/licenses/by-nd/4.0/"},
    {"CC-BY-NC-ND-4.0", "Creative Commons Attribution-NonCommercial-NoDerivatives 4.0 International",
     "CC BY-NC-ND 4.0", "https://creativecommons.org/licenses/by-nc-nd/4.0/"},
    {"CC-BY-SA-3.0", "Creative Commons Attribution-ShareAlike 3.0 Unported", "CC BY-SA 3.0",
     "https://creativecommons.org/licenses/by-sa/3.0/"},
    {"CC-BY-3.0", "Creative Commons Attribution 3.0 Unported", "CC BY 3.0",
     "https://creativecommons.org/licenses/by/3.0/"},
    {"CC0-1.0", "CC0 1.0 Universal Public Domain Dedication", "CC0 1.0",
     "https://creativecommons.org/publicdomain/zero/1.0/"},
}};

}  // namespace

std::optional<model::License> lookup(std::string_view spdx) {
  for (const auto& k : kKnown)
    if (spdx == k.spdx) return model::License{k.spdx, k.name, k.short_name, k.url};
  return std::nullopt;
}

std::vector<std::string> known_ids() {
  std::vector<std::string> ids;
  for (const auto& k : kKnown) ids.emplace_back(k.spdx);
  return ids;
}

std::string licensed_under(const model::License& l) {
  if (l.spdx == "CC0-1.0") return "dedicated to the public domain under " + l.name;
  return "licensed under the " + l.name + " License";
}

}  // namespace quire::license
