#include "targets.h"

namespace quire::fuzz {

const std::vector<Target>& all_targets() {
  static const std::vector<Target> targets{
      {"load", run_load},         {"markdown", run_markdown}, {"bibtex", run_bibtex},
      {"csl_json", run_csl_json}, {"csl_yaml", run_csl_yaml}, {"csl_style", run_csl_style},
      {"pipeline", run_pipeline},
  };
  return targets;
}

const Target* find_target(std::string_view name) {
  for (const auto& t : all_targets())
    if (t.name == name) return &t;
  return nullptr;
}

}  // namespace quire::fuzz
