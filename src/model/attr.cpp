#include "model/attr.h"

#include <algorithm>
#include <charconv>
#include <cstdio>

namespace quire::model {

bool Attr::has(std::string_view cls) const {
  return std::find(classes.begin(), classes.end(), cls) != classes.end();
}

const std::string* Attr::get(std::string_view key) const {
  for (auto it = kv.rbegin(); it != kv.rend(); ++it)
    if (it->first == key) return &it->second;
  return nullptr;
}

std::optional<double> Length::points(double reference) const {
  switch (unit) {
    case Unit::None:
      return std::nullopt;
    case Unit::Percent:
      return value / 100.0 * reference;
    case Unit::Px:
      return value * 72.0 / 96.0;
    case Unit::Cm:
      return value * 72.0 / 2.54;
    case Unit::Mm:
      return value * 72.0 / 25.4;
    case Unit::In:
      return value * 72.0;
    case Unit::Pt:
      return value;
  }
  return std::nullopt;
}

std::string Length::css() const {
  if (unit == Unit::None) return {};
  char number[32];
  std::snprintf(number, sizeof number, "%g", value);
  std::string out = number;
  switch (unit) {
    case Unit::Percent:
      return out + "%";
    case Unit::Px:
      return out + "px";
    case Unit::Cm:
      return out + "cm";
    case Unit::Mm:
      return out + "mm";
    case Unit::In:
      return out + "in";
    case Unit::Pt:
      return out + "pt";
    case Unit::None:
      break;
  }
  return {};
}

std::optional<Length> parse_length(std::string_view text) {
  std::size_t digits = 0;
  while (digits < text.size() && ((text[digits] >= '0' && text[digits] <= '9') || text[digits] == '.')) ++digits;
  if (digits == 0) return std::nullopt;
  double value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + digits, value);
  if (ec != std::errc() || end != text.data() + digits || !(value > 0)) return std::nullopt;
  const std::string_view unit = text.substr(digits);
  Length len{value, Length::Unit::None};
  if (unit == "%") len.unit = Length::Unit::Percent;
  else if (unit == "px" || unit.empty()) len.unit = Length::Unit::Px;
  else if (unit == "cm") len.unit = Length::Unit::Cm;
  else if (unit == "mm") len.unit = Length::Unit::Mm;
  else if (unit == "in") len.unit = Length::Unit::In;
  else if (unit == "pt") len.unit = Length::Unit::Pt;
  else return std::nullopt;
  return len;
}

}  // namespace quire::model
