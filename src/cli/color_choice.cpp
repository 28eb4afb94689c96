#include "cli/color_choice.h"

#include <string_view>

namespace quire::cli {

std::optional<ColorMode> parse_color_mode(std::string_view s) {
  if (s == "auto") return ColorMode::Auto;
  if (s == "always") return ColorMode::Always;
  if (s == "never") return ColorMode::Never;
  return std::nullopt;
}

bool terminal_can_redraw(bool is_terminal, const char* term) {
  return is_terminal && !(term && std::string_view(term) == "dumb");
}

bool use_color(ColorMode mode, bool is_terminal, const char* no_color, const char* term) {
  switch (mode) {
    case ColorMode::Always: return true;
    case ColorMode::Never: return false;
    case ColorMode::Auto: break;
  }
  // no-color.org: set and not empty.
  if (no_color && *no_color) return false;
  return terminal_can_redraw(is_terminal, term);
}

}  // namespace quire::cli
