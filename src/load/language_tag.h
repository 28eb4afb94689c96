#pragma once
// A shape check for BCP 47 language tags ("en", "pt-BR", "zh-Hant-TW"): enough to catch
// "english" or "en_US" in book.yaml, without a registry of every subtag.
#include <string_view>

namespace quire::load {

// Subtags of 1-8 ASCII letters or digits joined by hyphens, the first 2-3 letters.
bool looks_like_language_tag(std::string_view tag);

}  // namespace quire::load
