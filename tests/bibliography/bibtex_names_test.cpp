#include "bibliography/bibtex_names.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace {

using namespace quire::bibliography::bibtex;

// Names as pandoc writes them: parsed, then passed through CSL's particle rule.
std::string names(const std::string& tex, bool bibtex = true, bool useprefix = false) {
  auto field = read_latex(tex);
  if (!field) return "<rejected>";
  NameOptions opts;
  opts.bibtex = bibtex;
  opts.useprefix = useprefix;
  auto ns = parse_names(*field, opts);
  if (!ns) return "<none>";
  nlohmann::json arr = nlohmann::json::array();
  for (const auto& n : *ns) arr.push_back(name_to_json(extract_particles(n)));
  return arr.dump();
}

TEST(BibtexNames, FirstLastAndLastFirst) {
  const std::string smith = R"([{"family":"Smith","given":"John"}])";
  EXPECT_EQ(names("John Smith"), smith);
  EXPECT_EQ(names("Smith, John"), smith);
  EXPECT_EQ(names("  Smith  ,  John  "), smith);
  EXPECT_EQ(names("Smith, Jr., John"), R"([{"family":"Smith","given":"John","suffix":"Jr."}])");
  EXPECT_EQ(names("Smith, John, III"), R"([{"family":"Smith","given":"III","suffix":"John"}])");
  EXPECT_EQ(names("Smith"), R"([{"family":"Smith"}])");
}

TEST(BibtexNames, ParticlesDropAsPandocDrops) {
  EXPECT_EQ(names("Jan van der Berg"),
            R"([{"dropping-particle":"van der","family":"Berg","given":"Jan"}])");
  EXPECT_EQ(names("de la Cruz, Maria"),
            R"([{"dropping-particle":"de la","family":"Cruz","given":"Maria"}])");
  EXPECT_EQ(names("Beethoven, Ludwig van"),
            R"([{"dropping-particle":"van","family":"Beethoven","given":"Ludwig"}])");
  EXPECT_EQ(names("Rosa le Roux and Hugo di Stefano"),
            R"([{"dropping-particle":"le","family":"Roux","given":"Rosa"},)"
            R"({"dropping-particle":"di","family":"Stefano","given":"Hugo"}])");
  EXPECT_EQ(names("d'Alembert, Jean"),
            R"([{"family":"Alembert","given":"Jean","non-dropping-particle":"d’"}])");
  EXPECT_EQ(names("van Gogh, Vincent", true, true),
            R"([{"family":"Gogh","given":"Vincent","non-dropping-particle":"van"}])");
}

TEST(BibtexNames, BibtexAndBiblatexDisagreeOnCapitalizedVon) {
  EXPECT_EQ(names("Drummond de Andrade, Carlos", true),
            R"([{"dropping-particle":"Drummond de","family":"Andrade","given":"Carlos"}])");
  EXPECT_EQ(names("Drummond de Andrade, Carlos", false),
            R"([{"family":"Drummond de Andrade","given":"Carlos"}])");
}

TEST(BibtexNames, CorporateNamesOthersAndInitials) {
  EXPECT_EQ(names("{{Northwind AI Lab}} and {ACME Inc.} and others"),
            R"([{"literal":"Northwind AI Lab"},{"literal":"ACME Inc."},{"literal":"others"}])");
  EXPECT_EQ(names("J.G. Smith"), R"([{"family":"Smith","given":"J. G."}])");
  EXPECT_EQ(names("Doe, Jane~Q."), R"([{"family":"Doe","given":"Jane Q."}])");
  EXPECT_EQ(names("{Brinch Hansen}, Per"), R"([{"family":"Brinch Hansen","given":"Per"}])");
}

TEST(BibtexNames, Utf8AndAccentedNames) {
  EXPECT_EQ(names("M{\\\"u}ller, J{\\\"u}rgen and Ødegaard, Tessa and Jean-Paul Sartre"),
            R"([{"family":"Müller","given":"Jürgen"},{"family":"Ødegaard","given":"Tessa"},)"
            R"({"family":"Sartre","given":"Jean-Paul"}])");
}

TEST(BibtexNames, BiblatexKeyValueForm) {
  EXPECT_EQ(names("family=Berg, given=Jan, prefix=van der, useprefix=true"),
            R"([{"family":"Berg","given":"Jan","non-dropping-particle":"van der"}])");
}

TEST(BibtexNames, SeveralParagraphsAreNoNameList) {
  EXPECT_EQ(names("A Smith\n\nB Jones"), "<none>");
}

TEST(BibtexNames, ExtractParticlesFollowsCsl) {
  CslName n;
  n.family = "van der Berg";
  n.given = "Jan";
  const CslName e = extract_particles(n);
  EXPECT_EQ(e.family, "Berg");
  EXPECT_EQ(e.non_dropping_particle, "van der");
  CslName s;
  s.family = "King";
  s.given = "Martin, Jr.";
  const CslName t = extract_particles(s);
  EXPECT_EQ(t.given, "Martin");
  EXPECT_EQ(t.suffix, "Jr.");
}

}  // namespace
