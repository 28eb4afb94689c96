#include "bibliography/csl_yaml_reader.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

namespace {

using quire::Diagnostics;

const char* kYaml = R"(---
references:
- id: doe2020
  type: book
  title: The *Book* of **Things** -- and "more"
  author:
  - family: Doe
    given: Jane
  - literal: ACME Corp
  - family: van der Berg
    given: Jan
  issued:
    date-parts:
    - [2020, 3]
  edition: 2
  note: "Smith's ^2^ H~2~O [small]{.smallcaps} [nc]{.nocase}"
  URL: https://example.org/a_b
- id: x2
  type: article-journal
  issued: 2019-05-04
  accessed: {year: 2020, month: 1}
  DOI: 10.1/x
  author:
    family: Solo
...
)";

TEST(CslYaml, ReadsItemsAsPandocDoes) {
  Diagnostics d;
  auto items = quire::bibliography::read_csl_yaml(kYaml, "refs.yaml", d);
  ASSERT_TRUE(items);
  ASSERT_EQ(items->size(), 2u);
  const auto& a = (*items)[0];
  EXPECT_EQ(a["id"], "doe2020");
  EXPECT_EQ(a["type"], "book");
  EXPECT_EQ(a["title"], "The <i>Book</i> of <b>Things</b> \u2013 and \u201Cmore\u201D");
  EXPECT_EQ(a["note"],
            "Smith\u2019s <sup>2</sup> H<sub>2</sub>O <span style=\"font-variant:small-caps;\">"
            "small</span> nc");
  EXPECT_EQ(a["edition"], "2");
  EXPECT_EQ(a["URL"], "https://example.org/a_b");
  EXPECT_EQ(a["issued"], nlohmann::json::parse(R"({"date-parts":[[2020,3]]})"));
  EXPECT_EQ(a["author"], nlohmann::json::parse(
                             R"([{"family":"Doe","given":"Jane"},{"literal":"ACME Corp"},)"
                             R"({"family":"Berg","given":"Jan","non-dropping-particle":"van der"}])"));
  const auto& b = (*items)[1];
  EXPECT_EQ(b["issued"], nlohmann::json::parse(R"({"date-parts":[[2019,5,4]]})"));
  EXPECT_EQ(b["accessed"], nlohmann::json::parse(R"({"date-parts":[[2020,1]]})"));
  EXPECT_EQ(b["DOI"], "10.1/x");
  EXPECT_EQ(b["author"], nlohmann::json::parse(R"([{"family":"Solo"}])"));
  EXPECT_TRUE(d.all().empty());
}

TEST(CslYaml, AcceptsABareListAndWarnsOnDuplicates) {
  Diagnostics d;
  auto items = quire::bibliography::read_csl_yaml("- id: a\n  title: One\n- id: a\n  title: Two\n",
                                          "refs.yaml", d);
  ASSERT_TRUE(items);
  EXPECT_EQ(items->size(), 2u);
  EXPECT_EQ((*items)[0]["type"], "");
  ASSERT_EQ(d.all().size(), 1u);
  EXPECT_EQ(quire::format_diagnostic(d.all()[0]),
            "refs.yaml:3:7: warning: duplicate id 'a' (first at refs.yaml:1:7) [duplicate-id]");
}

TEST(CslYaml, SyntaxErrorsHaveAPosition) {
  Diagnostics d;
  EXPECT_FALSE(quire::bibliography::read_csl_yaml("- id: a\n  title: [unclosed\n", "refs.yaml", d));
  ASSERT_EQ(d.all().size(), 1u);
  EXPECT_EQ(d.all()[0].code, "invalid-yaml");
  EXPECT_GT(d.all()[0].loc.pos.line, 0);
  Diagnostics d2;
  EXPECT_FALSE(quire::bibliography::read_csl_yaml("just: a map\n", "refs.yaml", d2));
  EXPECT_TRUE(d2.has_errors());
}

TEST(CslYaml, InvalidUtf8IsReplacedSoTheJsonSerializes) {
  Diagnostics d;
  auto items = quire::bibliography::read_csl_yaml("- id: a\n  title: caf\xe9\n", "refs.yaml", d);
  ASSERT_TRUE(items);
  EXPECT_EQ((*items)[0]["title"], "caf\xEF\xBF\xBD");
  EXPECT_NO_THROW((void)items->dump());
  ASSERT_EQ(d.all().size(), 1u);
  EXPECT_EQ(d.all()[0].code, "invalid-utf8");
}

TEST(CslYaml, MutatedInputNeverCrashes) {
  const std::string seed = kYaml;
  const std::string alphabet = "-:[]{}\"'*_^~`<>\n #\xff\xc3\xa9";
  std::mt19937 rng(5);
  for (int round = 0; round < 300; ++round) {
    std::string text = seed;
    for (int e = 0; e < 1 + static_cast<int>(rng() % 8); ++e) {
      const std::size_t at = rng() % (text.size() + 1);
      if (rng() % 2)
        text.insert(at, 1, alphabet[rng() % alphabet.size()]);
      else if (at < text.size())
        text.erase(at, 1 + rng() % 4);
    }
    Diagnostics d;
    auto items = quire::bibliography::read_csl_yaml(text, "fuzz.yaml", d);
    if (items) {
      EXPECT_NO_THROW((void)items->dump());
    }
  }
}

}  // namespace

TEST(CslYaml, NestingPastYamlCppsLimitSaysSo) {
  Diagnostics d;
  const std::string yaml = "- id: a\n  x: " + std::string(100000, '[') + std::string(100000, ']') + "\n";
  EXPECT_FALSE(quire::bibliography::read_csl_yaml(yaml, "refs.yaml", d));
  ASSERT_EQ(d.all().size(), 1u);
  EXPECT_EQ(d.all()[0].message, "invalid YAML: nested too deeply");
  EXPECT_EQ(d.all()[0].loc.pos.line, 2);
}
