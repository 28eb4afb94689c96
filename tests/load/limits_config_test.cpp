#include "load/limits_config.h"

#include <gtest/gtest.h>

#include "load/temp_book.h"

using namespace quire;
using quire::testing::dump;
using quire::testing::find_diag;

namespace {

model::Limits read(const std::string& yaml, Diagnostics& diags) {
  model::Limits limits;
  auto doc = load::parse_yaml(yaml, "book.yaml", 0, diags);
  if (doc) load::read_limits(*doc, doc->root["limits"], limits, diags);
  return limits;
}

}  // namespace

TEST(LimitsConfig, DefaultsAreGenerous) {
  const model::Limits limits;
  EXPECT_EQ(limits.entry_bytes, std::size_t{16} << 20);
  EXPECT_EQ(limits.nesting_depth, 64);
  EXPECT_EQ(limits.image_pixels, 50'000'000);
  EXPECT_EQ(limits.total_pages, 10000);
}

TEST(LimitsConfig, ImagePixelsAreMegapixelsAndTotalPagesAreCounted) {
  Diagnostics diags;
  const auto limits = read("limits: {image-pixels: 120, total-pages: 40}\n", diags);
  EXPECT_TRUE(diags.all().empty()) << dump(diags);
  EXPECT_EQ(limits.image_pixels, 120'000'000);
  EXPECT_EQ(limits.total_pages, 40);
}

TEST(LimitsConfig, ImagePixelsStopAtAThousandMegapixels) {
  Diagnostics diags;
  const auto limits = read("limits: {image-pixels: 1001}\n", diags);
  const Diagnostic* d = find_diag(diags, "'limits: image-pixels' must be a whole number from 1 to 1000");
  ASSERT_NE(d, nullptr) << dump(diags);
  EXPECT_EQ(d->severity, Severity::Error);
  EXPECT_EQ(limits.image_pixels, 50'000'000);
}

TEST(LimitsConfig, KeysRaiseOrLowerTheLimits) {
  Diagnostics diags;
  const auto limits = read("limits:\n  entry-size: 64\n  nesting-depth: 200\n", diags);
  EXPECT_TRUE(diags.all().empty()) << dump(diags);
  EXPECT_EQ(limits.entry_bytes, std::size_t{64} << 20);
  EXPECT_EQ(limits.nesting_depth, 200);
}

TEST(LimitsConfig, AValueThatIsNotAPositiveNumberIsAnErrorAtTheValue) {
  for (const std::string value : {"lots", "0", "-3", "2.5", "501"}) {
    Diagnostics diags;
    const auto limits = read("limits: {nesting-depth: " + value + "}\n", diags);
    const Diagnostic* d = find_diag(diags, "'limits: nesting-depth' must be a whole number from 1 to");
    ASSERT_NE(d, nullptr) << value << "\n" << dump(diags);
    EXPECT_EQ(d->severity, Severity::Error);
    EXPECT_EQ(d->loc.pos.line, 1);
    EXPECT_EQ(d->loc.pos.col, 25);
    EXPECT_EQ(limits.nesting_depth, 64);
  }
}

TEST(LimitsConfig, UnknownKeysAreWarningsWithASuggestion) {
  Diagnostics diags;
  read("limits: {entry-sise: 3}\n", diags);
  const Diagnostic* d = find_diag(diags, "unknown key 'entry-sise'");
  ASSERT_NE(d, nullptr) << dump(diags);
  EXPECT_EQ(d->severity, Severity::Warning);
  EXPECT_NE(d->message.find("entry-size"), std::string::npos) << d->message;
}

TEST(LimitsConfig, AListIsAnError) {
  Diagnostics diags;
  read("limits: [1, 2]\n", diags);
  EXPECT_NE(find_diag(diags, "'limits' must be a map"), nullptr) << dump(diags);
}
