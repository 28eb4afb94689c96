#include "load/yaml_budget.h"

#include <gtest/gtest.h>

#include <string>

#include "load/temp_book.h"
#include "load/yaml_document.h"

using namespace quire;

namespace {

// Thirteen anchors, each nine aliases of the one before: 9^13 strings from 14 lines.
std::string billion_laughs() {
  std::string yaml = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
  char prev = 'a';
  for (char c = 'b'; c <= 'n'; ++c) {
    yaml += std::string(1, c) + ": &" + c + " [";
    for (int i = 0; i < 9; ++i) yaml += std::string(i ? ", *" : "*") + prev;
    yaml += "]\n";
    prev = c;
  }
  return yaml;
}

}  // namespace

TEST(YamlBudget, CountsAliasesAsTheyExpand) {
  const YAML::Node small = YAML::Load("a: &x [1, 2, 3]\nb: *x\n");
  // root, two keys, two lists of three (the alias counted again): 1 + 2 + 2 + 6 = 11.
  EXPECT_TRUE(load::within_node_budget(small, 11));
  EXPECT_FALSE(load::within_node_budget(small, 10));
}

TEST(YamlBudget, BillionLaughsStopsEarly) {
  const YAML::Node laughs = YAML::Load(billion_laughs());
  EXPECT_FALSE(load::within_node_budget(laughs));
}

TEST(YamlBudget, ParseYamlRejectsExpandingAnchors) {
  Diagnostics diags;
  EXPECT_FALSE(load::parse_yaml(billion_laughs(), "entries/a.md", 1, diags));
  const Diagnostic* d = quire::testing::find_diag(diags, "expands to more than 1000000 values");
  ASSERT_NE(d, nullptr) << quire::testing::dump(diags);
  EXPECT_EQ(d->code, "yaml-too-large");
  EXPECT_EQ(d->loc.pos.line, 2);
}

TEST(YamlBudget, DeepNestingIsNamed) {
  Diagnostics diags;
  EXPECT_FALSE(load::parse_yaml("x: " + std::string(5000, '['), "book.yaml", 0, diags));
  EXPECT_NE(quire::testing::find_diag(diags, "invalid YAML: nested too deeply"), nullptr)
      << quire::testing::dump(diags);
}
