#pragma once
// Dates in BibTeX fields: ISO 8601 / EDTF text (date = {2020-03/2020-05}, "2020~" for
// circa), the old year/month/day fields, and the CSL JSON form pandoc writes for them.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace quire::bibliography::bibtex {

struct CslDate {
  std::vector<std::vector<int>> parts;  // [[year, month, day], [end...]]
  bool circa = false;
  std::optional<std::string> literal;   // text that is no date ("n.d.", "forthcoming")
};

// EDTF-style text as CSL processors read it; nullopt if it is not one.
std::optional<CslDate> parse_edtf(std::string_view raw);

// pandoc passes every date through its EDTF text form before writing CSL JSON; a literal
// or unreadable date comes out with no parts.
CslDate normalize_date(const CslDate& d);

nlohmann::json date_to_json(const CslDate& d);

// Haskell's `read` for an Int: surrounding spaces, a sign, parentheses; nullopt otherwise.
std::optional<int> read_int(std::string_view s);

// "jan".."dec" (any case) or a number.
std::optional<int> parse_month(std::string_view s);

}  // namespace quire::bibliography::bibtex
