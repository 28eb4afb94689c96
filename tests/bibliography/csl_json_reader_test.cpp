// Unit tests of the CSL-JSON reader: name particles, raw dates and date parts out of range.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "bibliography/csl_json_reader.h"

using namespace quire;
using namespace quire::bibliography;

TEST(CiteReference, ParticlesAndRawDates) {
  Diagnostics diags;
  auto refs = read_csl_json(nlohmann::json::parse(R"([{"id":7,"author":[{"family":"van der Berg","given":"Anna de"}],
      "issued":{"raw":"2004-03-12"}}])"),
                            diags);
  ASSERT_EQ(refs.size(), 1u);
  EXPECT_EQ(refs[0].id, "7");
  const auto& n = refs[0].names.at("author")[0];
  EXPECT_EQ(n.non_dropping_particle, "van der");
  EXPECT_EQ(n.family, "Berg");
  EXPECT_EQ(n.dropping_particle, "de");
  const Date* d = refs[0].date("issued");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->parts[0].year, 2004);
  EXPECT_EQ(d->parts[0].month, 3);
  EXPECT_EQ(d->parts[0].day, 12);
}

TEST(CiteReference, DatePartsTooLargeForADateAreDropped) {
  Diagnostics diags;
  auto refs = read_csl_json(nlohmann::json::parse(R"([
      {"id":"float","issued":{"date-parts":[[2e11]]}},
      {"id":"huge","issued":{"date-parts":[[1e308, 1]]}},
      {"id":"text","issued":{"date-parts":[["99999999999"]]}},
      {"id":"unsigned","issued":{"date-parts":[[18446744073709551615]]}},
      {"id":"raw","issued":{"raw":"3000000000-01-02"}},
      {"id":"fine","issued":{"date-parts":[[-44, 3, 15]]}}])"),
                            diags);
  ASSERT_EQ(refs.size(), 6u);
  for (std::size_t i = 0; i < 5; ++i) {
    const Date* d = refs[i].date("issued");
    EXPECT_TRUE(d == nullptr || d->parts.empty()) << refs[i].id;
  }
  const Date* fine = refs[5].date("issued");
  ASSERT_NE(fine, nullptr);
  ASSERT_EQ(fine->parts.size(), 1u);
  EXPECT_EQ(fine->parts[0].year, -44);
  EXPECT_EQ(fine->parts[0].day, 15);
}
