#pragma once
// English terms BibLaTeX databases may name by key (type = {techreport}, \bibstring{and},
// month = march), and babel language names mapped to the tags CSL uses.
#include <string>
#include <string_view>

namespace quire::bibliography::bibtex {

// The English term for a BibLaTeX localization key ("mathesis" -> "Master’s thesis");
// the text itself when it is not one (keys are lower case and matched exactly).
std::string resolve_key(std::string_view key);

// babel/polyglossia language name -> IETF tag ("english" -> "en-US", "ngerman" ->
// "de-DE"); anything else is returned unchanged.
std::string to_ietf(std::string_view language);

// "3" -> "3rd", "11" -> "11th", as the en-US CSL locale's ordinal terms give them.
std::string ordinalize(std::string_view number);

}  // namespace quire::bibliography::bibtex
