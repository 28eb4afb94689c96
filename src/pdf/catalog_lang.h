#pragma once
// Cairo 1.16 has no way to state the document's language, which screen readers and the
// PDF/UA rules want in the catalog (/Lang): this adds it to Cairo's finished bytes.
#include <string>

namespace quire::pdf {

// `pdf` with /Lang (`lang`) in its catalog and the cross-reference table shifted to match.
// The bytes come back unchanged when they are not laid out as Cairo writes them (a classic
// xref table after the catalog) or `lang` is not a plain language tag.
std::string add_catalog_lang(std::string pdf, const std::string& lang);

}  // namespace quire::pdf
