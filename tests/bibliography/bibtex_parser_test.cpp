#include "bibliography/bibtex_parser.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "bibliography/bibtex_reader.h"

namespace {

using quire::Diagnostics;
using quire::Severity;
using quire::bibliography::bibtex::BibEntry;
using quire::bibliography::bibtex::parse_bib;

std::string field(const BibEntry& e, const std::string& name) {
  const auto* f = e.find(name);
  return f ? f->value : "<missing>";
}

std::string formatted(const Diagnostics& d, std::size_t i) {
  return quire::format_diagnostic(d.all().at(i));
}

TEST(BibtexParser, ReadsEntriesFieldsAndDelimiters) {
  Diagnostics d;
  const auto es = parse_bib(
      "@Article{k1,\n  Title = {A {B} c},\n  year = 2020,\n  note = \"q {\"} \\\" r\",\n}\n"
      "@misc(k2, title = {Parens})\n@misc{k3}\n",
      "x.bib", d);
  ASSERT_EQ(es.size(), 3u);
  EXPECT_EQ(es[0].type, "article");
  EXPECT_EQ(es[0].key, "k1");
  EXPECT_EQ(es[0].pos.line, 1);
  EXPECT_EQ(field(es[0], "title"), "A {B} c");
  EXPECT_EQ(field(es[0], "year"), "2020");
  EXPECT_EQ(field(es[0], "note"), "q {\"} \\\" r");
  EXPECT_EQ(es[0].find("title")->pos.line, 2);
  EXPECT_EQ(es[0].find("title")->pos.col, 3);
  EXPECT_EQ(field(es[1], "title"), "Parens");
  EXPECT_EQ(es[2].key, "k3");
  EXPECT_TRUE(es[2].fields.empty());
  EXPECT_TRUE(d.all().empty());
}

TEST(BibtexParser, ExpandsMacrosConcatenationAndMonths) {
  Diagnostics d;
  const auto es = parse_bib(
      "@string{acm = \"ACM\"}\n@STRING{ pr = acm # { Press} }\n"
      "@misc{k, publisher = pr # \", \" # \"NY\", month = mar, type = phdthesis, x = undefinedname}",
      "x.bib", d);
  ASSERT_EQ(es.size(), 1u);
  EXPECT_EQ(field(es[0], "publisher"), "ACM Press, NY");
  EXPECT_EQ(field(es[0], "month"), "mar");
  // Unquoted names that are not macros are BibLaTeX localization keys, or text.
  EXPECT_EQ(field(es[0], "type"), "PhD thesis");
  EXPECT_EQ(field(es[0], "x"), "undefinedname");
  ASSERT_EQ(d.all().size(), 1u);
  EXPECT_EQ(d.all()[0].code, "bibtex-undefined-macro");
  EXPECT_EQ(d.all()[0].loc.pos.line, 3);
}

TEST(BibtexParser, SkipsPreambleCommentsAndText) {
  Diagnostics d;
  const auto es = parse_bib(
      "Some text.\n% a comment line\n@preamble{ \"\\newcommand{\\x}{y}\" }\n"
      "@comment{ @misc{hidden, title={No}} }\n@Comment not braced\n@misc{shown, title={Yes}}\n",
      "x.bib", d);
  ASSERT_EQ(es.size(), 1u);
  EXPECT_EQ(es[0].key, "shown");
  EXPECT_TRUE(d.all().empty());
}

TEST(BibtexParser, RenamesArxivAliases) {
  Diagnostics d;
  const auto es = parse_bib("@misc{k, archivePrefix = {arXiv}, primaryClass = {cs.CL}}", "x.bib", d);
  ASSERT_EQ(es.size(), 1u);
  EXPECT_EQ(field(es[0], "eprinttype"), "arXiv");
  EXPECT_EQ(field(es[0], "eprintclass"), "cs.CL");
}

TEST(BibtexParser, BrokenEntryIsAnErrorAndReadingGoesOn) {
  Diagnostics d;
  const auto es = parse_bib(
      "@misc{ok1, title = {One}}\n"
      "@article{bad,\n  title = {Closed too late,\n  year = 2020,\n}\n"
      "@misc{ok2, title = {Two}}\n"
      "@misc{bad2, title = {T} year = {2}}\n"
      "@misc{ok3, title = \"Three\"}\n"
      "@misc{, title = {No key}}\n"
      "@misc{bad4, title = \"unterminated}\n"
      "@misc{ok4, title = {Four}}\n"
      "@misc{bad5, title = {never closed\n"
      "@misc{ok5, title = {Five}}\n",
      "refs.bib", d);
  ASSERT_EQ(es.size(), 5u);
  EXPECT_EQ(es[0].key, "ok1");
  EXPECT_EQ(es[1].key, "ok2");
  EXPECT_EQ(es[2].key, "ok3");
  EXPECT_EQ(es[3].key, "ok4");
  EXPECT_EQ(es[4].key, "ok5");
  ASSERT_EQ(d.count(Severity::Error), 5u);
  EXPECT_EQ(formatted(d, 0),
            "refs.bib:6:1: error: expected ',' or '}' after field 'title' in entry 'bad' "
            "[bibtex-syntax]");
  EXPECT_EQ(formatted(d, 1),
            "refs.bib:7:25: error: expected ',' or '}' after field 'title' in entry 'bad2' "
            "[bibtex-syntax]");
  EXPECT_EQ(formatted(d, 2), "refs.bib:9:7: error: missing entry key after @misc [bibtex-syntax]");
  EXPECT_EQ(formatted(d, 3),
            "refs.bib:10:21: error: unterminated quoted value (missing '\"') [bibtex-syntax]");
  EXPECT_EQ(formatted(d, 4),
            "refs.bib:12:21: error: unterminated braced value (missing '}') [bibtex-syntax]");
}

TEST(BibtexParser, WarnsAboutRepeatedFieldsAndStrayAt) {
  Diagnostics d;
  const auto es = parse_bib("mail me@example.org\n@misc{k, title = {A}, Title = {B}}\n", "x.bib", d);
  ASSERT_EQ(es.size(), 1u);
  EXPECT_EQ(field(es[0], "title"), "B");  // the last value wins, as in pandoc
  ASSERT_EQ(d.all().size(), 2u);
  EXPECT_EQ(d.all()[0].code, "bibtex-stray-at");
  EXPECT_EQ(d.all()[0].severity, Severity::Warning);
  EXPECT_EQ(d.all()[1].code, "bibtex-duplicate-field");
  EXPECT_EQ(d.all()[1].loc.pos.col, 23);
}

TEST(BibtexParser, DeepNestingIsALimitNotACrash) {
  Diagnostics d;
  std::string deep = "@misc{deep, title = ";
  deep += std::string(10000, '{') + "x" + std::string(10000, '}');
  deep += "}\n@misc{after, title = {Fine}}\n";
  const auto es = parse_bib(deep, "x.bib", d);
  ASSERT_EQ(es.size(), 1u);
  EXPECT_EQ(es[0].key, "after");
  ASSERT_EQ(d.count(Severity::Error), 1u);
  EXPECT_EQ(d.all()[0].code, "bibtex-nesting");
  EXPECT_NE(d.all()[0].message.find("deeper than 100"), std::string::npos);
}

TEST(BibtexParser, NulBytesAndBadUtf8AreData) {
  Diagnostics d;
  const std::string text = std::string("@misc{k, title = {a\0b \xff c}}", 27);
  const auto es = parse_bib(text, "x.bib", d);
  ASSERT_EQ(es.size(), 1u);
  EXPECT_EQ(field(es[0], "title"), std::string("a\0b \xEF\xBF\xBD c", 9));
}

TEST(BibtexReader, DuplicateKeysAreWarnedWithBothPositions) {
  Diagnostics d;
  const auto items = quire::bibliography::read_bibtex(
      "@misc{same, title = {One}}\n\n  @misc{same, title = {Two}}\n", "refs.bib", d);
  ASSERT_TRUE(items);
  EXPECT_EQ(items->size(), 2u);  // pandoc keeps both in its CSL JSON
  ASSERT_EQ(d.all().size(), 1u);
  EXPECT_EQ(formatted(d, 0),
            "refs.bib:3:3: warning: duplicate entry key 'same' (first at refs.bib:1:1) "
            "[duplicate-id]");
}

TEST(BibtexReader, NothingReadableIsNullopt) {
  Diagnostics d;
  EXPECT_FALSE(quire::bibliography::read_bibtex("@misc{broken, title = {", "x.bib", d));
  EXPECT_TRUE(d.has_errors());
  Diagnostics empty;
  const auto none = quire::bibliography::read_bibtex("% nothing here\n", "x.bib", empty);
  ASSERT_TRUE(none);
  EXPECT_TRUE(none->empty());
}

TEST(BibtexReader, InvalidUtf8IsReportedAndReplaced) {
  Diagnostics d;
  const auto items = quire::bibliography::read_bibtex("@misc{k,\n note = {caf\xe9}}", "x.bib", d);
  ASSERT_TRUE(items);
  EXPECT_EQ((*items)[0]["note"], "caf\xEF\xBF\xBD");
  ASSERT_EQ(d.all().size(), 1u);
  EXPECT_EQ(formatted(d, 0),
            "x.bib:2:13: warning: invalid UTF-8; bad bytes read as U+FFFD [invalid-utf8]");
  // The output must survive serialization (nlohmann rejects invalid UTF-8 there).
  EXPECT_NO_THROW((void)items->dump());
}

}  // namespace

// "@string{sN = sM # sM}" doubles a value per line: sixty lines stood for 2^60 bytes, and
// reading them ended in std::bad_alloc (or in the kernel's OOM killer).
TEST(BibtexParser, MacrosThatDoubleStopAtTheExpansionLimit) {
  std::string text = "@string{s0 = \"lol\"}\n";
  for (int i = 1; i < 60; ++i)
    text += "@string{s" + std::to_string(i) + " = s" + std::to_string(i - 1) + " # s" +
            std::to_string(i - 1) + "}\n";
  text += "@book{k, title = s59}\n";
  Diagnostics d;
  (void)parse_bib(text, "refs.bib", d);
  ASSERT_EQ(d.count(Severity::Error), 1u);
  const auto& e = *std::find_if(d.all().begin(), d.all().end(),
                                [](const auto& x) { return x.code == "bibtex-too-large"; });
  // The limit counts every expansion: s1 to s22 add 6 * (2^22 - 1) bytes, and the first s22
  // of line 24 (s23 = s22 # s22) another 3 * 2^22, which passes 32 MB.
  EXPECT_EQ(e.loc.pos.line, 24);
  EXPECT_EQ(e.loc.pos.col, 15);

  Diagnostics fine;
  const auto entries =
      parse_bib("@string{a = \"x\"}\n@string{b = a # a # a}\n@book{k, title = b # \"!\"}\n", "refs.bib", fine);
  EXPECT_TRUE(fine.all().empty());
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].fields[0].value, "xxx!");
}
