#pragma once
// Element ids inside an entry: headings get GitHub's anchor for their text, so a link that
// works on the entry's page in a repository works in the book too.
#include <set>
#include <string>
#include <string_view>

#include "model/book.h"

namespace quire::structure {

// GitHub's rule: lower case, drop punctuation other than '-' and '_', spaces become '-'.
std::string github_anchor(std::string_view heading_text);

// Sets Heading::id and Figure::id in every entry, unique within the entry.
void assign_ids(model::Book& book);

// Every id an entry's content defines (headings, figures), for link checking.
std::set<std::string> entry_ids(const model::Entry& entry);

}  // namespace quire::structure
