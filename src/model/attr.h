#pragma once
// pandoc's attributes `{#id .class key=value}` as the model keeps them, and the lengths their
// `width`/`height` values name. Readers fill these; writers only read them.
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/source.h"

namespace quire::model {

struct Attr {
  std::string id;
  std::vector<std::string> classes;
  std::vector<std::pair<std::string, std::string>> kv;  // in source order
  SourcePos pos;                                         // of the opening `{`

  bool empty() const { return id.empty() && classes.empty() && kv.empty(); }
  bool has(std::string_view cls) const;
  // The value of the last `key=` of that name, or nullptr.
  const std::string* get(std::string_view key) const;
};

// A width or height as written: `66%`, `200px`, `3cm`, `5mm`, `2in`, `12pt`, or a bare number
// (pixels, as in pandoc).
struct Length {
  enum class Unit { None, Percent, Px, Cm, Mm, In, Pt };
  double value = 0;
  Unit unit = Unit::None;

  bool empty() const { return unit == Unit::None; }
  // In points (1/72 in) for the absolute units, px at 96 per inch; `reference` is what 100%
  // means. An empty length gives nullopt.
  std::optional<double> points(double reference) const;
  // For CSS: "66%", "200px", "3cm", ...
  std::string css() const;
};

// Reads `66%`, `200px`, `3.5cm`, `5mm`, `2in`, `12pt`, `300` (px); nullopt for anything else,
// including zero and negative values.
std::optional<Length> parse_length(std::string_view text);

}  // namespace quire::model
