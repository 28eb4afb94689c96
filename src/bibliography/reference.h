#pragma once
// The item model of the citation processor: one bibliographic reference as CSL-JSON
// describes it (ordinary, number, name and date variables).
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace quire::bibliography {

struct Name {
  std::string family, given, dropping_particle, non_dropping_particle, suffix, literal;
  bool comma_suffix = false;
  bool static_ordering = false;
  bool empty() const { return family.empty() && given.empty() && literal.empty(); }
};

// One end of a date: year 0 means "absent"; negative years are BC.
struct DateParts {
  int year = 0, month = 0, day = 0;
  int season = 0;  // 1..4 when the month stands for a season
  bool has_year = false;
};

struct Date {
  std::vector<DateParts> parts;  // 1 = single date, 2 = range
  bool circa = false;
  std::string season;   // a season given as text or number
  std::string literal;  // printed as is when set
  bool empty() const { return parts.empty() && literal.empty(); }
  bool is_range() const { return parts.size() == 2; }
};

struct Reference {
  std::string id;
  std::string type;
  std::string language;
  std::map<std::string, std::string> vars;  // ordinary and number variables, as text
  std::map<std::string, std::vector<Name>> names;
  std::map<std::string, Date> dates;

  const std::string* var(const std::string& name) const;
  const std::vector<Name>* name_list(const std::string& name) const;
  const Date* date(const std::string& name) const;
};

bool is_name_variable(const std::string& name);
bool is_date_variable(const std::string& name);

// Splits particles out of family/given names as citeproc-js does ("van der Berg").
void normalize_name(Name& name);

// Parses a free-form date ("2004-03-12", "March 2004", "2000/2001") into a Date.
Date parse_raw_date(const std::string& raw);

// Date parts beyond this are not dates; refusing them keeps year arithmetic (sort keys,
// era suffixes) far from int overflow.
inline constexpr long long kMaxDateNumber = 99'999'999;

// A date part as an int; nullopt when it is not a number or lies beyond kMaxDateNumber.
std::optional<int> date_number(long long n);
std::optional<int> date_number(const std::string& s);

}  // namespace quire::bibliography
