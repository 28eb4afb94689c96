#include "load/yaml_budget.h"

#include <vector>

namespace quire::load {

bool within_node_budget(const YAML::Node& root, std::size_t most) {
  std::vector<YAML::Node> pending{root};  // a stack, not recursion: depth is the input's
  std::size_t seen = 0;
  while (!pending.empty()) {
    const YAML::Node n = pending.back();
    pending.pop_back();
    if (++seen > most) return false;
    if (n.IsSequence()) {
      for (const auto& item : n) pending.push_back(item);
    } else if (n.IsMap()) {
      for (const auto& kv : n) {
        pending.push_back(kv.first);
        pending.push_back(kv.second);
      }
    }
    if (pending.size() > most) return false;
  }
  return true;
}

}  // namespace quire::load
