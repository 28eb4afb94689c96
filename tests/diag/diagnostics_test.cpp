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

// librsvg's messages end in a line break; a diagnostic is one line of a CI log.
TEST(Diagnostics, AMessageIsKeptOnOneLine) {
  Diagnostics d;
  d.warning({"a.md", {12, 1}}, "cannot be read: an entity reference loop\n; a placeholder stands in", "bad-image");
  d.error({"a.md", {}}, "first line  \r\n   second line\n\n", "x");
  d.note({"a.md", {}}, "tabs\tkept   ");
  EXPECT_EQ(d.all()[0].message, "cannot be read: an entity reference loop; a placeholder stands in");
  EXPECT_EQ(d.all()[1].message, "first line second line");
  EXPECT_EQ(d.all()[2].message, "tabs\tkept");
}

TEST(Diagnostics, ColoursLikeGccOnlyWhenAsked) {
  const Diagnostic e{Severity::Error, {"a.md", {3, 7}}, "bad", "x"};
  EXPECT_EQ(format_diagnostic(e, true), "\x1b[1ma.md:3:7:\x1b[m \x1b[1;31merror:\x1b[m bad [x]");
  EXPECT_EQ(format_diagnostic(e, false), "a.md:3:7: error: bad [x]");
  const Diagnostic w{Severity::Warning, {"", {}}, "w", ""};
  EXPECT_EQ(format_diagnostic(w, true), "\x1b[1mquire:\x1b[m \x1b[1;35mwarning:\x1b[m w");
}

TEST(Diagnostics, SummaryCountsErrorsAndWarnings) {
  Diagnostics d;
  EXPECT_EQ(diagnostics_summary(d), "");
  d.note({}, "n");
  EXPECT_EQ(diagnostics_summary(d), "");
  d.warning({}, "w");
  EXPECT_EQ(diagnostics_summary(d), "0 errors, 1 warning");
  d.error({}, "e1");
  d.error({}, "e2");
  d.warning({}, "w2");
  EXPECT_EQ(diagnostics_summary(d), "2 errors, 2 warnings");
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
