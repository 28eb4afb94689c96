#pragma once
// Raw HTML tags the model can say itself: a line break `<br>` and an image `<img src alt>`.
#include <optional>
#include <string_view>

#include "model/document.h"

namespace quire::markdown {

// The model inline for one raw HTML inline tag, or nullopt when the model has none for it.
std::optional<model::Inline> html_inline(std::string_view tag, SourcePos pos);

}  // namespace quire::markdown
