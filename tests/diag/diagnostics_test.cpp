#include "diag/diagnostics.h"

#include <gtest/gtest.h>

#include "diag/did_you_mean.h"

using namespace quire;

TEST(Diagnostics, FormatsLikeGcc) {
  Diagnostics d;
  d.error({"book/book.yaml", {3, 7}}, "unknown license 'CC-BY'", "license");
  d.warning({"book/entries/a.md", {}}, "entry is in no chapter");
  d.note({"", {}}, "something");
  EXPECT_EQ(format_diagnostic(d.all()[0]), "book/book.yaml:3:7: error: unknown license 'CC-BY' [license]");
  EXPECT_EQ(format_diagnostic(d.all()[1]), "book/entries/a.md: warning: entry is in no chapter");
  EXPECT_EQ(format_diagnostic(d.all()[2]), "quire: note: something");
  EXPECT_EQ(d.count(Severity::Error), 1u);
  EXPECT_TRUE(d.has_errors());
}

TEST(DidYouMean, SuggestsOnlyPlausibleTypos) {
  const std::vector<std::string> keys{"title", "subtitle", "authors", "language", "license"};
  EXPECT_EQ(did_you_mean("titel", keys), "title");
  EXPECT_EQ(did_you_mean("licence", keys), "license");
  EXPECT_EQ(did_you_mean("author", keys), "authors");
  EXPECT_FALSE(did_you_mean("zzzzzz", keys));
  EXPECT_EQ(did_you_mean_suffix("langauge", keys), "; did you mean 'language'?");
  EXPECT_EQ(edit_distance("kitten", "sitting"), 3u);
  EXPECT_EQ(edit_distance("titel", "title"), 1u);
}
