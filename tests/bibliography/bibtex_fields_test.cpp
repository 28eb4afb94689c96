#include "bibliography/bibtex_fields.h"

#include <gtest/gtest.h>

#include <string>

#include "bibliography/bibtex_reader.h"

namespace {

using quire::Diagnostics;
using quire::bibliography::BibVariant;

nlohmann::json one(const std::string& bib, BibVariant v = BibVariant::BibTeX) {
  Diagnostics d;
  auto items = quire::bibliography::read_bibtex(bib, "x.bib", d, v);
  if (!items || items->size() != 1) return nullptr;
  return (*items)[0];
}

std::string type_of(const std::string& entry_type, const std::string& extra = "") {
  return one("@" + entry_type + "{k, title = {T}" + extra + "}")["type"].get<std::string>();
}

TEST(BibtexFields, EntryTypesMapToCslTypes) {
  EXPECT_EQ(type_of("article"), "article-journal");
  EXPECT_EQ(type_of("article", ", entrysubtype = {magazine}"), "article-magazine");
  EXPECT_EQ(type_of("inproceedings"), "paper-conference");
  EXPECT_EQ(type_of("book"), "book");
  EXPECT_EQ(type_of("incollection"), "chapter");
  EXPECT_EQ(type_of("inbook"), "chapter");
  EXPECT_EQ(type_of("misc"), "");
  EXPECT_EQ(type_of("techreport"), "report");
  EXPECT_EQ(type_of("phdthesis"), "thesis");
  EXPECT_EQ(type_of("mastersthesis"), "thesis");
  EXPECT_EQ(type_of("online"), "webpage");
  EXPECT_EQ(type_of("unpublished"), "manuscript");
  EXPECT_EQ(type_of("unpublished", ", venue = {Rome}"), "speech");
  EXPECT_EQ(type_of("manual"), "book");
  EXPECT_EQ(type_of("booklet"), "pamphlet");
  EXPECT_EQ(type_of("dataset"), "dataset");
  EXPECT_EQ(type_of("software"), "book");
  EXPECT_EQ(type_of("strange"), "");
}

TEST(BibtexFields, ArticleFields) {
  const auto j = one(
      "@article{k, author = {Smith, John}, title = {The Title}, journal = {Journal of Things},"
      " year = 2020, month = mar, volume = {12}, number = {3}, pages = {100--120},"
      " doi = {10.1/x}, url = {https://example.org/a\\_b}, issn = {1234-5678}}");
  EXPECT_EQ(j["container-title"], "Journal of Things");  // journal titles keep their case
  EXPECT_EQ(j["title"], "The title");
  EXPECT_EQ(j["issue"], "3");
  EXPECT_EQ(j["volume"], "12");
  EXPECT_EQ(j["page"], "100-120");  // pandoc turns the en dash back into a hyphen
  EXPECT_EQ(j["issued"], nlohmann::json::parse(R"({"date-parts":[[2020,3]]})"));
  EXPECT_EQ(j["DOI"], "10.1/x");
  EXPECT_EQ(j["URL"], "https://example.org/a\\_b");  // raw, as pandoc keeps it
  EXPECT_EQ(j["ISSN"], "1234-5678");
  EXPECT_EQ(j["author"], nlohmann::json::parse(R"([{"family":"Smith","given":"John"}])"));
}

TEST(BibtexFields, BookAndChapterFields) {
  const auto j = one(
      "@incollection{k, title = {Chap}, booktitle = {The Big Book}, editor = {Ed, Itor},"
      " translator = {Trans, Lator}, publisher = {Pub}, address = {NYC}, edition = {2},"
      " series = {Lecture Notes}, number = {7}, chapter = {3}, isbn = {978-0}}");
  EXPECT_EQ(j["container-title"], "The big book");  // book titles are sentence-cased
  EXPECT_EQ(j["collection-title"], "Lecture notes");
  EXPECT_EQ(j["collection-number"], "7");
  EXPECT_EQ(j["publisher"], "Pub");
  EXPECT_EQ(j["publisher-place"], "NYC");
  EXPECT_EQ(j["edition"], "2");
  EXPECT_EQ(j["chapter-number"], "3");
  EXPECT_EQ(j["ISBN"], "978-0");
  EXPECT_EQ(j["editor"][0]["family"], "Ed");
  EXPECT_EQ(j["translator"][0]["family"], "Trans");
}

TEST(BibtexFields, ArxivEprintBecomesUrl) {
  const auto j = one(
      "@misc{k, title = {T}, eprint = {2404.13635}, archiveprefix = {arXiv}, primaryclass = "
      "{cs.CL}}");
  EXPECT_EQ(j["URL"], "https://arxiv.org/abs/2404.13635");
}

TEST(BibtexFields, ThesisAndReportGenres) {
  EXPECT_EQ(one("@phdthesis{k, title = {T}, school = {MIT}}")["genre"], "PhD thesis");
  EXPECT_EQ(one("@phdthesis{k, title = {T}, school = {MIT}}")["publisher"], "MIT");
  EXPECT_EQ(one("@mastersthesis{k, title = {T}}")["genre"], "Master\u2019s thesis");
  EXPECT_EQ(one("@techreport{k, title = {T}, type = {techreport}}")["genre"], "technical report");
}

TEST(BibtexFields, AbstractKeywordsNoteLanguageAreKept) {
  const auto j = one(
      "@book{k, title = {A Title}, abstract = {An \\emph{abstract}.}, keywords = {a, b},"
      " note = {A note}, langid = {english}, urldate = {2022-04-25}}");
  EXPECT_EQ(j["abstract"], "An <i>abstract</i>.");
  EXPECT_EQ(j["keyword"], "a, b");
  EXPECT_EQ(j["note"], "A note");
  EXPECT_EQ(j["language"], "en-US");
  EXPECT_EQ(j["accessed"], nlohmann::json::parse(R"({"date-parts":[[2022,4,25]]})"));
}

TEST(BibtexFields, NonEnglishTitlesKeepTheirCase) {
  EXPECT_EQ(one("@book{k, title = {Die Welt Von Gestern}, langid = {ngerman}}")["title"],
            "Die Welt Von Gestern");
  EXPECT_EQ(one("@book{k, title = {Die Welt Von Gestern}}")["title"], "Die welt von gestern");
}

TEST(BibtexFields, TitlePartsAndShortTitles) {
  const auto j = one(
      "@book{k, title = {Main Title}, subtitle = {The Subtitle}, titleaddon = {An Addon}}");
  EXPECT_EQ(j["title"], "Main title: The subtitle. An addon");
  EXPECT_EQ(j["title-short"], "Main title");
  EXPECT_EQ(one("@book{k, title = {Short: Long Part}}")["title-short"], "Short");
  EXPECT_EQ(one("@book{k, title = {T}, series = {3}}")["collection-title"], "3rd series");
}

TEST(BibtexFields, BiblatexSplitsListsAndReadsLocation) {
  const auto bibtex = one("@book{k, title = {T}, location = {Berlin and Paris}, publisher = {A and B}}");
  EXPECT_FALSE(bibtex.contains("publisher-place"));
  EXPECT_EQ(bibtex["publisher"], "A and B");
  const auto biblatex = one(
      "@book{k, title = {T}, location = {Berlin and Paris}, publisher = {A and B}}",
      BibVariant::BibLaTeX);
  EXPECT_EQ(biblatex["publisher-place"], "Berlin; Paris");
  EXPECT_EQ(biblatex["publisher"], "A; B");
}

TEST(BibtexFields, UnreadableFieldIsDroppedWithAWarning) {
  Diagnostics d;
  auto items = quire::bibliography::read_bibtex("@misc{k,\n  title = {Cost in $ dollars}}", "x.bib", d);
  ASSERT_TRUE(items);
  EXPECT_FALSE((*items)[0].contains("title"));
  ASSERT_EQ(d.all().size(), 1u);
  EXPECT_EQ(d.all()[0].code, "bibtex-latex");
  EXPECT_EQ(d.all()[0].loc.pos.line, 2);
}

}  // namespace
