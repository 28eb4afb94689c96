#pragma once
// How a numbered chapter is named where it appears, as LaTeX's book class does: "Chapter 3"
// above the title, "3 Title" in the contents, "Chapter 3. Title" in the running heads.
#include <string>

#include "model/book.h"

namespace quire::model {

// "Chapter 3", "Appendix B"; "" for an unnumbered chapter.
std::string chapter_kicker(const Chapter& ch);

// "3 Title"; the title alone for an unnumbered chapter.
std::string numbered_title(const Chapter& ch);

// "Chapter 3. Title"; the title alone for an unnumbered chapter.
std::string running_title(const Chapter& ch);

}  // namespace quire::model
