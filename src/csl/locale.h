#pragma once
// A CSL locale: terms (forms, plurals, genders), date formats and style options, merged
// along the fallback chain (style overrides, the exact locale, its primary dialect, en-US).
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostics.h"

namespace tinyxml2 {
class XMLElement;
}

namespace quire::csl {

struct Term {
  std::string single, multiple;
  std::string gender;  // of the noun: "masculine" | "feminine" | ""
  std::string match;   // ordinals: last-digit | last-two-digits | whole-number
};

struct LocaleDatePart {
  std::string name;  // day | month | year
  std::map<std::string, std::string> attrs;
};

struct LocaleDateFormat {
  std::vector<LocaleDatePart> parts;
  std::string delimiter;
  std::map<std::string, std::string> attrs;  // affixes, formatting of the date
};

struct Locale {
  std::string lang = "en-US";
  // key: name "/" form ["/" gender-form]
  std::map<std::string, Term> terms;
  std::map<std::string, LocaleDateFormat> dates;  // "text" | "numeric"
  bool punctuation_in_quote = false;
  bool limit_day_ordinals_to_day_1 = false;

  // A term with fallback from the given form (verb-short -> verb -> long; symbol -> short -> long).
  const Term* term(const std::string& name, const std::string& form = "long",
                   const std::string& gender = {}) const;
  std::string term_text(const std::string& name, const std::string& form = "long",
                        bool plural = false) const;
  bool has_term(const std::string& name, const std::string& form = "long") const;
};

// Merges one <locale> element (file or inline in a style) over `into`.
void merge_locale_element(const tinyxml2::XMLElement* el, Locale& into);

// "fr" -> "fr-FR", "en" -> "en-US"; "" when unknown.
std::string primary_dialect(const std::string& language);

// Loads `lang` with its fallbacks from `dir`; `style_locales` are the style's inline
// <locale> elements (applied last, most specific last).
Locale load_locale(const std::string& lang, const std::string& dir,
                   const std::vector<const tinyxml2::XMLElement*>& style_locales,
                   Diagnostics& diags);

}  // namespace quire::csl
