#pragma once
// Names of the callout kinds: the word in `.callout-note` and `[!NOTE]`, and the default title
// a boxed callout shows when the author gives none.
#include <string_view>

#include "model/document.h"

namespace quire::model {

// "note", "tip", "important", "warning", "caution"; "" for None.
std::string_view callout_name(Callout kind);
// "Note", "Tip", "Important", "Warning", "Caution"; "" for None.
std::string_view callout_title(Callout kind);
// The kind a name denotes, case-insensitively ("NOTE", "tip"); None for any other word.
Callout callout_from_name(std::string_view name);

}  // namespace quire::model
