#include "model/callout.h"

#include <array>
#include <cstddef>

namespace quire::model {
namespace {

struct Kind {
  Callout kind;
  std::string_view name;
  std::string_view title;
};

constexpr std::array<Kind, 5> kKinds{{{Callout::Note, "note", "Note"},
                                      {Callout::Tip, "tip", "Tip"},
                                      {Callout::Important, "important", "Important"},
                                      {Callout::Warning, "warning", "Warning"},
                                      {Callout::Caution, "caution", "Caution"}}};

bool same_lower(std::string_view a, std::string_view lower) {
  if (a.size() != lower.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char c = a[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != lower[i]) return false;
  }
  return true;
}

}  // namespace

std::string_view callout_name(Callout kind) {
  for (const Kind& k : kKinds)
    if (k.kind == kind) return k.name;
  return {};
}

std::string_view callout_title(Callout kind) {
  for (const Kind& k : kKinds)
    if (k.kind == kind) return k.title;
  return {};
}

Callout callout_from_name(std::string_view name) {
  for (const Kind& k : kKinds)
    if (same_lower(name, k.name)) return k.kind;
  return Callout::None;
}

}  // namespace quire::model
