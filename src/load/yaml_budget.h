#pragma once
// A cap on the work of walking a YAML tree. yaml-cpp shares the node an alias names, so a
// few lines of anchors can stand for billions of nodes ("billion laughs"); any reader that
// walks the tree would meet each of them. Checked right after parsing, before anyone walks.
#include <cstddef>

#include <yaml-cpp/yaml.h>

namespace quire::load {

// Far more than any book.yaml, front matter or bibliography holds (a CSL-YAML file of
// 5,000 references has about 150,000 nodes).
constexpr std::size_t kMaxYamlNodes = 1'000'000;

// True when walking `root`, aliases expanded, meets at most `most` nodes. Stops counting
// as soon as it passes `most`, so it costs little whatever the aliases expand to.
bool within_node_budget(const YAML::Node& root, std::size_t most = kMaxYamlNodes);

}  // namespace quire::load
