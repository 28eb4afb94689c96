// Whole files read by read_bibtex, compared with what pandoc 2.17 wrote for them
// (`pandoc -f bibtex -t csljson x.bib > x.expected.json`, and `-f biblatex` for
// x.biblatex.expected.json), committed beside the fixtures.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "bibliography/bibtex_reader.h"

namespace {

using quire::Diagnostics;
using quire::bibliography::BibVariant;

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

const std::string kDir = std::string(QUIRE_TEST_DATA) + "/bibliography/bibtex/";

void expect_matches_pandoc(const std::string& name, BibVariant variant) {
  const std::string bib = kDir + name + ".bib";
  const std::string expected_path =
      kDir + name + (variant == BibVariant::BibTeX ? ".expected.json" : ".biblatex.expected.json");
  const std::string text = slurp(bib);
  ASSERT_FALSE(text.empty()) << bib;
  const nlohmann::json expected = nlohmann::json::parse(slurp(expected_path));
  Diagnostics diags;
  const auto got = quire::bibliography::read_bibtex(text, bib, diags, variant);
  ASSERT_TRUE(got.has_value());
  EXPECT_FALSE(diags.has_errors());
  ASSERT_EQ(got->size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i)
    EXPECT_EQ((*got)[i], expected[i]) << name << " item " << i << "\n mine:   " << (*got)[i].dump()
                                      << "\n pandoc: " << expected[i].dump();
}

class BibtexGolden : public ::testing::TestWithParam<const char*> {};

TEST_P(BibtexGolden, MatchesPandocBibtex) { expect_matches_pandoc(GetParam(), BibVariant::BibTeX); }
TEST_P(BibtexGolden, MatchesPandocBiblatex) {
  expect_matches_pandoc(GetParam(), BibVariant::BibLaTeX);
}

INSTANTIATE_TEST_SUITE_P(Fixtures, BibtexGolden,
                         ::testing::Values("basics", "latex", "names", "titles", "crossref",
                                           "dates", "corpus20"));

}  // namespace
