#include "diag/github_format.h"

#include <gtest/gtest.h>

using namespace quire;

TEST(GithubFormat, EscapesDataAsTheRunnerUnescapesIt) {
  EXPECT_EQ(github_escape_data("50% done\r\nnext"), "50%25 done%0D%0Anext");
  EXPECT_EQ(github_escape_data("a: b, c"), "a: b, c");  // ':' and ',' are fine in the message
  EXPECT_EQ(github_escape_data("%0A"), "%250A");         // an escape in the text stays text
}

TEST(GithubFormat, EscapesPropertiesAlsoForColonAndComma) {
  EXPECT_EQ(github_escape_property("C:\\book,v2"), "C%3A\\book%2Cv2");
  EXPECT_EQ(github_escape_property("100%\n"), "100%25%0A");
  EXPECT_EQ(github_escape_property("plain/path.md"), "plain/path.md");
}

TEST(GithubFormat, FormatsErrorsWarningsAndNotes) {
  Diagnostic error{Severity::Error, {"book/entries/a,b.md", {31, 18}},
                   "link to 'x.md', which is not an entry: 50% sure\nreally", "broken-link"};
  EXPECT_EQ(format_github(error),
            "::error file=book/entries/a%2Cb.md,line=31,col=18,title=quire broken-link::"
            "link to 'x.md', which is not an entry: 50%25 sure%0Areally");

  Diagnostic warning{Severity::Warning, {"book/book.yaml", {}}, "no version", ""};
  EXPECT_EQ(format_github(warning), "::warning file=book/book.yaml,title=quire::no version");

  Diagnostic note{Severity::Note, {"", {}}, "something", "x:y"};
  EXPECT_EQ(format_github(note), "::notice title=quire x%3Ay::something");

  Diagnostic no_col{Severity::Error, {"a.md", {3, 0}}, "m", "c"};
  EXPECT_EQ(format_github(no_col), "::error file=a.md,line=3,col=1,title=quire c::m");
}

TEST(GithubFormat, PathsUnderTheWorkspaceBecomeRelative) {
  Diagnostic d{Severity::Error, {"/home/runner/work/book/book/entries/a.md", {2, 1}}, "m", "c"};
  EXPECT_EQ(format_github(d, "/home/runner/work/book"), "::error file=book/entries/a.md,line=2,col=1,title=quire c::m");
  EXPECT_EQ(format_github(d, "/home/runner/work/book/"), "::error file=book/entries/a.md,line=2,col=1,title=quire c::m");
  // A sibling folder that merely shares the prefix is not inside the workspace.
  EXPECT_EQ(format_github(d, "/home/runner/work/bo"),
            "::error file=/home/runner/work/book/book/entries/a.md,line=2,col=1,title=quire c::m");
  Diagnostic relative{Severity::Error, {"book/a.md", {2, 1}}, "m", ""};
  EXPECT_EQ(format_github(relative, "/ws"), "::error file=book/a.md,line=2,col=1,title=quire::m");
}
