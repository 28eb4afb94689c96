#include "bibliography/bibtex_dates.h"

#include <gtest/gtest.h>

namespace {

using namespace quire::bibliography::bibtex;

TEST(BibtexDates, ParsesIsoAndEdtf) {
  auto d = parse_edtf("2020-03-04");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->parts, (std::vector<std::vector<int>>{{2020, 3, 4}}));
  auto r = parse_edtf("2020-03/2021-05");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->parts, (std::vector<std::vector<int>>{{2020, 3}, {2021, 5}}));
  auto c = parse_edtf("2020~");
  ASSERT_TRUE(c);
  EXPECT_TRUE(c->circa);
  auto u = parse_edtf("199u");
  ASSERT_TRUE(u);
  EXPECT_EQ(u->parts, (std::vector<std::vector<int>>{{1990}, {1999}}));
  auto open = parse_edtf("2020/open");
  ASSERT_TRUE(open);
  EXPECT_EQ(open->parts, (std::vector<std::vector<int>>{{2020}, {0}}));
  EXPECT_EQ(parse_edtf("2020-01-02T10:00:00")->parts, (std::vector<std::vector<int>>{{2020, 1, 2}}));
  EXPECT_FALSE(parse_edtf("n.d."));
  EXPECT_FALSE(parse_edtf("20"));
  EXPECT_FALSE(parse_edtf("2020-1"));
}

TEST(BibtexDates, NormalizingDropsLiterals) {
  CslDate lit;
  lit.literal = "n.d.";
  EXPECT_EQ(date_to_json(normalize_date(lit)).dump(), R"({"date-parts":[]})");
  CslDate looks_like_date;
  looks_like_date.literal = "2020-01";
  EXPECT_EQ(date_to_json(normalize_date(looks_like_date)).dump(), R"({"date-parts":[[2020,1]]})");
  CslDate circa;
  circa.parts = {std::vector<int>{1999}};
  circa.circa = true;
  EXPECT_EQ(date_to_json(normalize_date(circa)).dump(), R"({"circa":true,"date-parts":[[1999]]})");
  CslDate bad_month;
  bad_month.parts = {std::vector<int>{2010, 123}};
  EXPECT_EQ(date_to_json(normalize_date(bad_month)).dump(), R"({"date-parts":[]})");
}

TEST(BibtexDates, MonthsAndHaskellIntegers) {
  EXPECT_EQ(parse_month("mar"), 3);
  EXPECT_EQ(parse_month("MAY"), 5);
  EXPECT_EQ(parse_month("12"), 12);
  EXPECT_FALSE(parse_month("March"));
  EXPECT_EQ(read_int(" 2001 "), 2001);
  EXPECT_EQ(read_int("-44"), -44);
  EXPECT_EQ(read_int("(7)"), 7);
  EXPECT_FALSE(read_int("1999a"));
  EXPECT_FALSE(read_int("n.d."));
  EXPECT_FALSE(read_int("99999999999999"));
}

}  // namespace
