#pragma once
// Whether diagnostics are coloured: --color=always|never decide; auto colours only a
// terminal, and never when NO_COLOR is set (https://no-color.org) or TERM is "dumb".
#include <optional>
#include <string_view>

namespace quire::cli {

enum class ColorMode { Auto, Always, Never };

// "auto", "always", "never"; nullopt for anything else.
std::optional<ColorMode> parse_color_mode(std::string_view s);

// `no_color` and `term` are the environment's values, null when unset. An explicit
// --color=always wins over NO_COLOR, as no-color.org asks of command-line flags.
bool use_color(ColorMode mode, bool is_terminal, const char* no_color, const char* term);

// Whether a terminal can take the carriage returns and erase-line sequences of a progress line.
bool terminal_can_redraw(bool is_terminal, const char* term);

}  // namespace quire::cli
