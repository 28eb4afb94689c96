#pragma once
// Which dialect a .bib file is read as; BibLaTeX splits "A and B" lists, reads location
// and addendum, renames inherited crossref fields and keeps capitalized von parts.
namespace quire::bibliography {

enum class BibVariant { BibTeX, BibLaTeX };

}  // namespace quire::bibliography
