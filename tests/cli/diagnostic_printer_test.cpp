#include "cli/diagnostic_printer.h"

#include <gtest/gtest.h>

#include <sstream>

using namespace quire;
using namespace quire::cli;

namespace {

Diagnostics sample() {
  Diagnostics d;
  d.error({"book/a.md", {4, 5}}, "link to 'x.md', which is not an entry of this book", "broken-link");
  d.warning({"book/book.yaml", {2, 1}}, "unknown key 'titel'", "unknown-key");
  d.note({"", {}}, "a note", "");
  return d;
}

std::string print(const Diagnostics& d, PrintStyle style) {
  std::ostringstream out;
  print_diagnostics(d, style, out);
  return out.str();
}

}  // namespace

TEST(DiagnosticPrinter, GccLayoutWithSummary) {
  EXPECT_EQ(print(sample(), {}),
            "book/a.md:4:5: error: link to 'x.md', which is not an entry of this book [broken-link]\n"
            "book/book.yaml:2:1: warning: unknown key 'titel' [unknown-key]\n"
            "quire: note: a note\n"
            "1 error, 1 warning\n");
  PrintStyle quiet;
  quiet.quiet = true;
  EXPECT_EQ(print(sample(), quiet).find("note"), std::string::npos);
}

TEST(DiagnosticPrinter, GithubCommandsKeepTheSummary) {
  PrintStyle github;
  github.format = DiagnosticsFormat::Github;
  github.color = true;  // never applies to workflow commands
  EXPECT_EQ(print(sample(), github),
            "::error file=book/a.md,line=4,col=5,title=quire broken-link::link to 'x.md', which is not an entry of this book\n"
            "::warning file=book/book.yaml,line=2,col=1,title=quire unknown-key::unknown key 'titel'\n"
            "::notice title=quire::a note\n"
            "1 error, 1 warning\n");
}

TEST(DiagnosticPrinter, NothingToSayPrintsNothing) {
  EXPECT_EQ(print(Diagnostics{}, {}), "");
}
