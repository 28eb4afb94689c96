// Includes as mdBook and Quarto write them: expanded in place, inside the book, without cycles.
#include "load/includes.h"

#include <gtest/gtest.h>

#include "temp_book.h"

namespace quire::load {
namespace {

using quire::testing::dump;
using quire::testing::find_diag;
using quire::testing::TempBook;

constexpr std::size_t kLimit = 1 << 20;

TEST(Includes, BothSyntaxesRelativeToTheIncludingFile) {
  TempBook b;
  b.write("ch/parts/a.md", "Part A.\n");
  b.write("ch/parts/b.md", "Part B.");
  Diagnostics diags;
  const std::string out = expand_includes("One.\n\n{{#include parts/a.md}}\n  {{< include parts/b.md >}}\nEnd.\n",
                                          b.dir(), "ch/main.md", 1, kLimit, diags);
  EXPECT_TRUE(diags.all().empty()) << dump(diags);
  EXPECT_EQ(out, "One.\n\nPart A.\nPart B.\nEnd.\n");
}

TEST(Includes, OnlyWholeLinesAreDirectives) {
  TempBook b;
  Diagnostics diags;
  const std::string text = "Write `{{#include x.md}}` in text.\n{{ not one }}\n";
  EXPECT_EQ(expand_includes(text, b.dir(), "a.md", 1, kLimit, diags), text);
  EXPECT_TRUE(diags.all().empty()) << dump(diags);
}

TEST(Includes, NestedIncludes) {
  TempBook b;
  b.write("a.md", "A {{x}}\n{{#include sub/b.md}}\n");
  b.write("sub/b.md", "B\n{{#include c.md}}\n");
  b.write("sub/c.md", "C\n");
  Diagnostics diags;
  EXPECT_EQ(expand_includes("{{#include a.md}}\n", b.dir(), "main.md", 1, kLimit, diags), "A {{x}}\nB\nC\n");
  EXPECT_TRUE(diags.all().empty()) << dump(diags);
}

TEST(Includes, ACycleIsAnErrorNamingTheChain) {
  TempBook b;
  b.write("a.md", "{{#include b.md}}\n");
  b.write("b.md", "{{< include a.md >}}\n");
  Diagnostics diags;
  expand_includes("{{#include a.md}}\n", b.dir(), "main.md", 3, kLimit, diags);
  const Diagnostic* d = find_diag(diags, "cycle");
  ASSERT_NE(d, nullptr) << dump(diags);
  EXPECT_EQ(d->severity, Severity::Error);
  EXPECT_EQ(d->code, "include-cycle");
  EXPECT_NE(d->message.find("main.md -> a.md -> b.md -> a.md"), std::string::npos) << d->message;
}

TEST(Includes, EscapingAndMissingFilesAreErrors) {
  TempBook b;
  Diagnostics diags;
  const std::string out =
      expand_includes("x\n{{#include ../../etc/passwd}}\n{{#include nope.md}}\ny\n", b.dir(), "a.md", 5, kLimit, diags);
  EXPECT_EQ(out, "x\ny\n");
  const Diagnostic* outside = find_diag(diags, "outside the book");
  ASSERT_NE(outside, nullptr) << dump(diags);
  EXPECT_EQ(outside->loc.pos.line, 6);
  const Diagnostic* missing = find_diag(diags, "does not exist");
  ASSERT_NE(missing, nullptr) << dump(diags);
  EXPECT_EQ(missing->loc.pos.line, 7);
}

}  // namespace
}  // namespace quire::load
