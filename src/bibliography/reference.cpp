#include "bibliography/reference.h"

#include <cctype>
#include <cerrno>
#include <cstdlib>
#include <optional>
#include <set>
#include <sstream>

namespace quire::bibliography {

namespace {

const std::set<std::string>& name_variables() {
  static const std::set<std::string> names = {
      "author", "chair", "collection-editor", "compiler", "composer", "container-author",
      "contributor", "curator", "director", "editor", "editorial-director", "editor-translator",
      "executive-producer", "guest", "host", "illustrator", "interviewer", "narrator",
      "organizer", "original-author", "performer", "producer", "recipient", "reviewed-author",
      "script-writer", "series-creator", "translator"};
  return names;
}

const std::set<std::string>& date_variables() {
  static const std::set<std::string> dates = {"accessed",  "available-date", "event-date",
                                              "issued",    "original-date",  "submitted"};
  return dates;
}

bool starts_lower(const std::string& w) {
  if (w.empty()) return false;
  unsigned char c = static_cast<unsigned char>(w[0]);
  if (c >= 0x80) return false;
  return std::islower(c) != 0;
}

// Length of a lowercase particle glued to the family name by an apostrophe or hyphen
// ("d'Aubignac", "d’Aubignac", "al-One"), 0 when there is none; the rest must start upper-case.
std::size_t glued_particle_length(const std::string& family) {
  std::size_t i = 0;
  while (i < family.size() && std::islower(static_cast<unsigned char>(family[i]))) ++i;
  if (i == 0 || i == family.size()) return 0;
  std::size_t end = i;
  if (family[i] == '\'' || family[i] == '-') end = i + 1;
  else if (family.compare(i, 3, "\u2019") == 0) end = i + 3;
  else return 0;
  if (end >= family.size() || !std::isupper(static_cast<unsigned char>(family[end]))) return 0;
  return end;
}

std::vector<std::string> split_spaces(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream is(s);
  std::string w;
  while (is >> w) out.push_back(w);
  return out;
}

std::string join(const std::vector<std::string>& words, std::size_t from, std::size_t to) {
  std::string out;
  for (std::size_t i = from; i < to; ++i) {
    if (!out.empty()) out += ' ';
    out += words[i];
  }
  return out;
}

int month_from_word(const std::string& w) {
  static const char* months[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                 "jul", "aug", "sep", "oct", "nov", "dec"};
  std::string l;
  for (char c : w) l += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (int i = 0; i < 12; ++i)
    if (l.rfind(months[i], 0) == 0) return i + 1;
  static const char* seasons[] = {"spr", "sum", "aut", "win"};
  for (int i = 0; i < 4; ++i)
    if (l.rfind(seasons[i], 0) == 0) return 13 + i;
  if (l.rfind("fall", 0) == 0) return 15;
  return 0;
}

std::optional<DateParts> parse_one_date(const std::string& s) {
  DateParts dp;
  std::string t = s;
  for (char& c : t)
    if (c == '/' || c == ',' || c == '.') c = ' ';
  // ISO form 2004-03-12
  std::vector<std::string> words;
  {
    std::string cur;
    for (char c : t) {
      if (c == '-' && !cur.empty() && std::isdigit(static_cast<unsigned char>(cur.back()))) {
        words.push_back(cur);
        cur.clear();
      } else if (c == ' ') {
        if (!cur.empty()) words.push_back(cur);
        cur.clear();
      } else {
        cur += c;
      }
    }
    if (!cur.empty()) words.push_back(cur);
  }
  std::vector<int> nums;
  int month = 0;
  for (auto& w : words) {
    if (std::isdigit(static_cast<unsigned char>(w[0])) || (w[0] == '-' && w.size() > 1)) {
      const auto n = date_number(w);
      if (!n) return std::nullopt;
      nums.push_back(*n);
    } else {
      int m = month_from_word(w);
      if (m == 0) return std::nullopt;
      month = m;
    }
  }
  if (nums.empty()) return std::nullopt;
  if (month) {
    // "March 2004", "12 March 2004"
    dp.month = month;
    for (int n : nums) {
      if (n > 31 || nums.size() == 1) {
        dp.year = n;
      } else {
        dp.day = n;
      }
    }
  } else if (nums.size() >= 1 && (nums[0] > 31 || words[0].size() == 4)) {
    dp.year = nums[0];
    if (nums.size() > 1) dp.month = nums[1];
    if (nums.size() > 2) dp.day = nums[2];
  } else if (nums.size() == 3) {
    dp.month = nums[0];
    dp.day = nums[1];
    dp.year = nums[2];
  } else {
    dp.year = nums.back();
    if (nums.size() > 1) dp.month = nums[0];
  }
  if (dp.month >= 13 && dp.month <= 16) {
    dp.season = dp.month - 12;
    dp.month = 0;
  }
  dp.has_year = true;
  return dp;
}

}  // namespace

std::optional<int> date_number(long long n) {
  if (n > kMaxDateNumber || n < -kMaxDateNumber) return std::nullopt;
  return static_cast<int>(n);
}

std::optional<int> date_number(const std::string& s) {
  errno = 0;
  char* end = nullptr;
  const long long n = std::strtoll(s.c_str(), &end, 10);
  if (end == s.c_str() || errno == ERANGE) return std::nullopt;
  return date_number(n);
}

bool is_name_variable(const std::string& name) { return name_variables().count(name) > 0; }
bool is_date_variable(const std::string& name) { return date_variables().count(name) > 0; }

void normalize_name(Name& n) {
  if (!n.literal.empty()) return;
  // A family of the form `"Doe, Jr."` is left to the data; particles are split here.
  if (n.non_dropping_particle.empty() && n.family.find(' ') != std::string::npos &&
      n.family.front() != '"') {
    auto words = split_spaces(n.family);
    std::size_t i = 0;
    while (i + 1 < words.size() && starts_lower(words[i])) ++i;
    if (i > 0) {
      n.non_dropping_particle = join(words, 0, i);
      n.family = join(words, i, words.size());
    }
  }
  if (n.non_dropping_particle.empty()) {
    if (std::size_t len = glued_particle_length(n.family)) {
      n.non_dropping_particle = n.family.substr(0, len);
      n.family = n.family.substr(len);
    }
  }
  if (n.family.size() >= 2 && n.family.front() == '"' && n.family.back() == '"')
    n.family = n.family.substr(1, n.family.size() - 2);
  if (n.dropping_particle.empty() && n.given.find(' ') != std::string::npos) {
    auto words = split_spaces(n.given);
    std::size_t i = words.size();
    while (i > 1 && starts_lower(words[i - 1])) --i;
    if (i < words.size()) {
      n.dropping_particle = join(words, i, words.size());
      n.given = join(words, 0, i);
    }
  }
  if (n.suffix.empty() && n.given.find(",!") != std::string::npos) {
    // "John,! Jr." marks a suffix printed after a comma
    auto p = n.given.find(",!");
    std::string suffix = n.given.substr(p + 2);
    while (!suffix.empty() && suffix.front() == ' ') suffix.erase(0, 1);
    n.given = n.given.substr(0, p);
    n.suffix = suffix;
    n.comma_suffix = true;
  }
  if (n.suffix.empty()) {
    auto comma = n.given.find(", ");
    if (comma != std::string::npos) {
      std::string suffix = n.given.substr(comma + 2);
      n.given = n.given.substr(0, comma);
      if (!suffix.empty() && suffix[0] == '!') {
        suffix = suffix.substr(1);
      } else {
        n.comma_suffix = false;
      }
      n.suffix = suffix;
    }
  }
}

Date parse_raw_date(const std::string& raw) {
  Date d;
  std::string s = raw;
  // a range "1999 - 2001" or "1999/2001"? "/" alone is a separator inside dates, so split on " - " or "--"
  std::vector<std::string> halves;
  std::size_t pos = s.find(" - ");
  if (pos == std::string::npos) pos = s.find("--");
  if (pos != std::string::npos) {
    halves.push_back(s.substr(0, pos));
    halves.push_back(s.substr(pos + (s[pos] == ' ' ? 3 : 2)));
  } else {
    halves.push_back(s);
  }
  for (auto& h : halves) {
    auto dp = parse_one_date(h);
    if (!dp) {
      d.parts.clear();
      d.literal = raw;
      return d;
    }
    d.parts.push_back(*dp);
  }
  return d;
}

const std::string* Reference::var(const std::string& name) const {
  auto it = vars.find(name);
  if (it == vars.end() || it->second.empty()) return nullptr;
  return &it->second;
}

const std::vector<Name>* Reference::name_list(const std::string& name) const {
  auto it = names.find(name);
  if (it == names.end() || it->second.empty()) return nullptr;
  return &it->second;
}

const Date* Reference::date(const std::string& name) const {
  auto it = dates.find(name);
  if (it == dates.end() || it->second.empty()) return nullptr;
  return &it->second;
}

}  // namespace quire::bibliography
