#include "load/limits_config.h"

#include <charconv>
#include <string>
#include <vector>

#include "load/yaml_values.h"

namespace quire::load {
namespace {

const std::vector<std::string> kLimitKeys = {"entry-size", "nesting-depth", "image-pixels", "total-pages"};

// Far past any book. The conversion and the writers recurse once per level of nesting; on
// a default 8 MB stack a debug build survives 2,000 levels and an AddressSanitizer build
// 1,000, so a limit raised to 500 can never turn into a crash.
constexpr long long kMaxEntryMegabytes = 4096;
constexpr long long kMaxNestingDepth = 500;
// Cairo's image surfaces stop at 32,767 pixels a side, about 1,073 megapixels; 1,000 of them
// decode to 4 GB.
constexpr long long kMaxImageMegapixels = 1000;
// A million pages is far past any printable book and still lays out in bounded memory.
constexpr long long kMaxTotalPages = 1'000'000;

std::optional<long long> positive_number(const YamlDocument& doc, const std::string& key,
                                         const YAML::Node& value, long long most, Diagnostics& diags) {
  const auto text = read_text(doc, value, key, diags);
  if (!text) return std::nullopt;
  long long n = 0;
  const char* end = text->data() + text->size();
  const auto [ptr, ec] = std::from_chars(text->data(), end, n);
  if (ec != std::errc() || ptr != end || n <= 0 || n > most) {
    diags.error(doc.loc(value),
                "'limits: " + key + "' must be a whole number from 1 to " + std::to_string(most) +
                    ", not '" + *text + "'",
                "bad-value");
    return std::nullopt;
  }
  return n;
}

}  // namespace

void read_limits(const YamlDocument& doc, const YAML::Node& node, model::Limits& limits,
                 Diagnostics& diags) {
  if (!node.IsMap()) {
    if (!node.IsNull())
      diags.error(doc.loc(node), "'limits' must be a map such as 'entry-size: 32', not " + std::string(yaml_kind(node)),
                  "wrong-type");
    return;
  }
  for_each_key(doc, node, &kLimitKeys, "limits", diags,
               [&](const std::string& key, const YAML::Node&, const YAML::Node& value) {
                 if (key == "entry-size") {
                   if (auto n = positive_number(doc, key, value, kMaxEntryMegabytes, diags))
                     limits.entry_bytes = static_cast<std::size_t>(*n) << 20;
                 } else if (key == "nesting-depth") {
                   if (auto n = positive_number(doc, key, value, kMaxNestingDepth, diags))
                     limits.nesting_depth = static_cast<int>(*n);
                 } else if (key == "image-pixels") {
                   if (auto n = positive_number(doc, key, value, kMaxImageMegapixels, diags))
                     limits.image_pixels = *n * 1'000'000;
                 } else if (key == "total-pages") {
                   if (auto n = positive_number(doc, key, value, kMaxTotalPages, diags))
                     limits.total_pages = static_cast<int>(*n);
                 }
               });
}

}  // namespace quire::load
