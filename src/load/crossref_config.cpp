#include "load/crossref_config.h"

#include <string>
#include <utility>
#include <vector>

#include "load/yaml_values.h"

namespace quire::load {
namespace {

const std::vector<std::string> kCrossrefKeys = {
    "figure-prefix", "figures-prefix",  "table-prefix",   "tables-prefix",   "equation-prefix",
    "equations-prefix", "listing-prefix", "listings-prefix", "section-prefix", "sections-prefix",
    "chapter-delimiter"};

}  // namespace

void read_crossref(const YamlDocument& doc, const YAML::Node& node, model::CrossrefNames& names,
                   Diagnostics& diags) {
  if (!node.IsMap()) {
    if (!node.IsNull())
      diags.error(doc.loc(node),
                  "'crossref' must be a map such as 'figure-prefix: Figure', not " + std::string(yaml_kind(node)),
                  "wrong-type");
    return;
  }
  const std::vector<std::pair<std::string*, std::string*>> slots = {
      {&names.figure, &names.figures},   {&names.table, &names.tables},
      {&names.equation, &names.equations}, {&names.listing, &names.listings},
      {&names.section, &names.sections}};
  std::vector<bool> plural_given(slots.size(), false);
  for_each_key(doc, node, &kCrossrefKeys, "crossref", diags,
               [&](const std::string& key, const YAML::Node&, const YAML::Node& value) {
                 const auto text = read_text(doc, value, key, diags);
                 if (!text) return;
                 if (key == "chapter-delimiter") {
                   names.chapter_delimiter = *text;
                   return;
                 }
                 // The keys come in singular/plural pairs, in the order of `slots`.
                 for (std::size_t i = 0; i < slots.size(); ++i) {
                   if (key == kCrossrefKeys[2 * i]) {
                     *slots[i].first = *text;
                     if (!plural_given[i]) *slots[i].second = *text;
                   } else if (key == kCrossrefKeys[2 * i + 1]) {
                     *slots[i].second = *text;
                     plural_given[i] = true;
                   }
                 }
               });
}

}  // namespace quire::load
