#include "bibliography/bibtex_dates.h"

#include <cstdio>
#include <limits>

#include "bibliography/bibtex_unicode.h"

namespace quire::bibliography::bibtex {
namespace {

std::vector<std::string> split(std::string_view s, char sep) {
  std::vector<std::string> out(1);
  for (char c : s) {
    if (c == sep)
      out.emplace_back();
    else
      out.back() += c;
  }
  return out;
}

std::size_t char_count(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size(); ++n) decode_utf8(s, i);
  return n;
}

// Decimal digits only, with an optional leading minus.
std::optional<long long> read_as_int(std::string_view t) {
  bool neg = false;
  if (!t.empty() && t[0] == '-') {
    neg = true;
    t.remove_prefix(1);
  }
  if (t.empty() || t.size() > 15) return std::nullopt;
  long long v = 0;
  for (char c : t) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + (c - '0');
  }
  return neg ? -v : v;
}

std::optional<int> to_int(std::optional<long long> v) {
  if (!v || *v > std::numeric_limits<int>::max() || *v < std::numeric_limits<int>::min())
    return std::nullopt;
  return static_cast<int>(*v);
}

std::optional<std::vector<int>> date_parts(const std::string& t) {
  std::string_view rest = t;
  bool has_y = false, neg = false;
  if (!rest.empty() && rest[0] == 'y') {
    has_y = true;
    rest.remove_prefix(1);
  }
  if (!rest.empty() && rest[0] == '-') {
    neg = true;
    rest.remove_prefix(1);
  }
  std::size_t cut = 0;
  while (cut < rest.size() && rest[cut] != '~' && rest[cut] != '?' && rest[cut] != '%' &&
         rest[cut] != 'T')
    ++cut;
  rest = rest.substr(0, cut);
  auto read_year = [&](const std::string& y) -> std::optional<int> {
    const std::size_t n = char_count(y);
    if (!(n == 4 || (has_y && n >= 4))) return std::nullopt;
    auto v = to_int(read_as_int(y));
    if (!v) return std::nullopt;
    if (neg) return -*v - 1;  // EDTF -0001 is 2 BC
    return *v == 0 ? -1 : *v;  // EDTF 0000 is 1 BC
  };
  const auto pieces = split(rest, '-');
  if (pieces.size() == 1 && pieces[0].empty()) return std::vector<int>{0};
  if (pieces.size() == 3) {
    if (char_count(pieces[1]) != 2 || char_count(pieces[2]) != 2) return std::nullopt;
    auto y = read_year(pieces[0]);
    auto m = to_int(read_as_int(pieces[1]));
    auto d = to_int(read_as_int(pieces[2]));
    if (!y || !m || !d) return std::nullopt;
    return std::vector<int>{*y, *m, *d};
  }
  if (pieces.size() == 2) {
    if (char_count(pieces[1]) != 2) return std::nullopt;
    auto y = read_year(pieces[0]);
    auto m = to_int(read_as_int(pieces[1]));
    if (!y || !m) return std::nullopt;
    return std::vector<int>{*y, *m};
  }
  if (pieces.size() == 1) {
    auto y = read_year(pieces[0]);
    if (!y) return std::nullopt;
    return std::vector<int>{*y};
  }
  return std::nullopt;
}

std::string handle_ranges(std::string_view t) {
  const auto parts = split(t, '/');
  if (parts.size() == 1 && parts[0].find('u') != std::string::npos) {
    std::string lo = parts[0], hi = parts[0];
    for (char& c : lo)
      if (c == 'u') c = '0';
    for (char& c : hi)
      if (c == 'u') c = '9';
    return lo + "/" + hi;
  }
  if (parts.size() == 2 && (parts[1] == "open" || parts[1] == "unknown")) return parts[0] + "/";
  return std::string(t);
}

std::string pad(int v, int width) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%0*d", width, v);
  return buf;
}

std::string parts_to_edtf(const std::vector<int>& dp) {
  if (dp.empty()) return {};
  const int y = dp[0];
  std::string out = (y > 9999 || y < -10000) ? "y" : "";
  const bool bc = y < -1;
  const std::string year = bc ? pad(y + 1, 5) : pad(y, 4);
  if (dp.size() >= 3) return out + year + "-" + pad(dp[1], 2) + "-" + pad(dp[2], 2);
  if (dp.size() == 2) return out + year + "-" + pad(dp[1], 2);
  if (y == 0) return out;  // an open end of a range
  return out + year;
}

}  // namespace

std::optional<CslDate> parse_edtf(std::string_view raw_in) {
  const std::string raw = handle_ranges(raw_in);
  CslDate d;
  for (const auto& range : split(raw, '/')) {
    const std::string r = strip(range);
    if (!r.empty() && r.back() == '~') d.circa = true;
    auto dp = date_parts(r);
    if (!dp) return std::nullopt;
    d.parts.push_back(std::move(*dp));
  }
  return d;
}

CslDate normalize_date(const CslDate& d) {
  std::string text;
  if (d.literal) {
    text = *d.literal;
  } else {
    for (std::size_t i = 0; i < d.parts.size(); ++i) {
      if (i) text += '/';
      text += parts_to_edtf(d.parts[i]);
    }
  }
  if (d.circa) text += '~';
  if (auto parsed = parse_edtf(text)) return *parsed;
  return CslDate{};
}

nlohmann::json date_to_json(const CslDate& d) {
  nlohmann::json j = nlohmann::json::object();
  j["date-parts"] = nlohmann::json::array();
  for (const auto& p : d.parts) j["date-parts"].push_back(p);
  if (d.circa) j["circa"] = true;
  if (d.literal) j["literal"] = *d.literal;
  return j;
}

std::optional<int> read_int(std::string_view s) {
  std::string t = strip(s);
  // Haskell accepts redundant parentheses around a number.
  while (t.size() >= 2 && t.front() == '(' && t.back() == ')') t = strip(t.substr(1, t.size() - 2));
  bool neg = false;
  if (!t.empty() && t[0] == '-') {
    neg = true;
    t = strip(t.substr(1));
  }
  if (t.empty() || t.size() > 12) return std::nullopt;
  long long v = 0;
  if (t.size() > 2 && t[0] == '0' && (t[1] == 'x' || t[1] == 'X')) {
    for (std::size_t i = 2; i < t.size(); ++i) {
      const char c = t[i];
      int dv;
      if (c >= '0' && c <= '9') dv = c - '0';
      else if (c >= 'a' && c <= 'f') dv = c - 'a' + 10;
      else if (c >= 'A' && c <= 'F') dv = c - 'A' + 10;
      else return std::nullopt;
      v = v * 16 + dv;
    }
  } else if (t.size() > 2 && t[0] == '0' && (t[1] == 'o' || t[1] == 'O')) {
    for (std::size_t i = 2; i < t.size(); ++i) {
      if (t[i] < '0' || t[i] > '7') return std::nullopt;
      v = v * 8 + (t[i] - '0');
    }
  } else {
    for (char c : t) {
      if (c < '0' || c > '9') return std::nullopt;
      v = v * 10 + (c - '0');
    }
  }
  return to_int(neg ? -v : v);
}

std::optional<int> parse_month(std::string_view s) {
  static const char* const kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                        "jul", "aug", "sep", "oct", "nov", "dec"};
  const std::string lower = to_lower(s);
  for (int i = 0; i < 12; ++i)
    if (lower == kMonths[i]) return i + 1;
  return read_int(s);
}

}  // namespace quire::bibliography::bibtex
