#include "epub/references_page.h"

#include <gtest/gtest.h>

#include "book_fixture.h"
#include "epub/epub_writer.h"
#include "epub_reader.h"
#include "model/walk.h"

namespace quire::epub {
namespace {

using namespace testing;
using tinyxml2::XMLElement;

// The fixture book as the citation pass leaves it: its one citation resolved to "[1, p. 12]"
// linking to lecun2015, and a formatted entry for it.
model::Book cited_book(const std::string& placement) {
  model::Book book = fixture_book();
  book.meta.bibliography_placement = placement;
  model::walk(book.entries[0].body, {{}, [](model::Inline& x) {
                                      if (auto* c = std::get_if<model::Citation>(&x.node)) {
                                        model::Link work;
                                        work.content = {text("1")};
                                        work.target = "#ref-lecun2015";
                                        work.reference = "lecun2015";
                                        c->rendered = {text("["), model::Inline{work, {}}, text(", p. 12]")};
                                        c->resolved = true;
                                        c->references = {"lecun2015"};
                                      }
                                    }});
  std::vector<model::BibEntry> bib{
      {"lecun2015", {text("1. LeCun, Y. et al. (2015). \u201cDeep Learning.\u201d "), model::Inline{model::Emph{{text("Nature")}}, {}}, text(".")}}};
  if (placement == "entry") book.entries[0].bibliography = bib;
  else if (placement == "chapter") book.chapters[0].bibliography = bib;
  else book.bibliography = bib;
  return book;
}

struct Built {
  std::vector<ZipEntry> zip;
  Diagnostics diags;
  Xml part(const std::string& name) const {
    auto data = zip_file(zip, name);
    EXPECT_TRUE(data.has_value()) << name << " is missing";
    return parse_xml(data.value_or(""));
  }
};

Built build(const model::Book& book) {
  Built out;
  auto bytes = build_epub(book, EpubOptions{QUIRE_SOURCE_DIR "/styles"}, out.diags);
  EXPECT_TRUE(bytes.has_value());
  if (bytes) out.zip = read_zip(*bytes);
  return out;
}

const XMLElement* biblioref(const Xml& doc) {
  return find_first(doc.root(), with_attr("a", "role", "doc-biblioref"));
}

TEST(ReferencesPage, BookPlacementAddsAReferencesDocumentAtTheEndOfTheSpine) {
  Built epub = build(cited_book("book"));
  EXPECT_TRUE(epub.diags.all().empty());

  Xml entry = epub.part("EPUB/text/meta-ai.xhtml");
  const XMLElement* cite = find_first(entry.root(), with_attr("span", "class", "citation"));
  ASSERT_NE(cite, nullptr);
  EXPECT_EQ(text_of(cite), "[1, p. 12]");
  const XMLElement* a = biblioref(entry);
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(attr(a, "href"), "references.xhtml#ref-lecun2015");
  EXPECT_EQ(text_of(a), "1");

  Xml refs = epub.part("EPUB/text/references.xhtml");
  ASSERT_TRUE(refs.ok);
  const XMLElement* section = find_first(refs.root(), with_attr("section", "role", "doc-bibliography"));
  ASSERT_NE(section, nullptr);
  EXPECT_EQ(attr(section, "epub:type"), "bibliography");
  const XMLElement* li = find_first(section, with_attr("li", "id", "ref-lecun2015"));
  ASSERT_NE(li, nullptr);
  EXPECT_EQ(text_of(li), "1. LeCun, Y. et al. (2015). \u201cDeep Learning.\u201d Nature.");
  EXPECT_NE(find_first(li, named("em")), nullptr);

  Xml opf = epub.part("EPUB/package.opf");
  const XMLElement* spine = find_first(opf.root(), named("spine"));
  ASSERT_NE(spine, nullptr);
  EXPECT_EQ(attr(children(spine, "itemref").back(), "idref"), "references");

  Xml nav = epub.part("EPUB/nav.xhtml");
  EXPECT_NE(find_first(nav.root(), with_attr("a", "href", "text/references.xhtml")), nullptr);
  EXPECT_NE(find_first(nav.root(), with_attr("a", "epub:type", "bibliography")), nullptr);
  Xml ncx = epub.part("EPUB/toc.ncx");
  EXPECT_NE(find_first(ncx.root(), with_attr("content", "src", "text/references.xhtml")), nullptr);
}

TEST(ReferencesPage, EntryPlacementClosesTheEntryWithItsReferences) {
  Built epub = build(cited_book("entry"));
  EXPECT_TRUE(epub.diags.all().empty());
  EXPECT_FALSE(zip_file(epub.zip, "EPUB/text/references.xhtml").has_value());
  Xml entry = epub.part("EPUB/text/meta-ai.xhtml");
  const XMLElement* a = biblioref(entry);
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(attr(a, "href"), "#ref-lecun2015");
  const XMLElement* section = find_first(entry.root(), with_attr("section", "role", "doc-bibliography"));
  ASSERT_NE(section, nullptr);
  EXPECT_EQ(text_of(find_first(section, named("h2"))), "References");
  EXPECT_NE(find_first(section, with_attr("li", "id", "ref-lecun2015")), nullptr);
}

TEST(ReferencesPage, ChapterPlacementFollowsTheChaptersLastEntry) {
  model::Book book = cited_book("chapter");
  Built epub = build(book);
  EXPECT_TRUE(epub.diags.all().empty());
  const std::string page = book.chapters[0].id + "-references.xhtml";
  Xml entry = epub.part("EPUB/text/meta-ai.xhtml");
  const XMLElement* a = biblioref(entry);
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(attr(a, "href"), page + "#ref-lecun2015");
  Xml refs = epub.part("EPUB/text/" + page);
  EXPECT_NE(find_first(refs.root(), with_attr("li", "id", "ref-lecun2015")), nullptr);
}

TEST(ReferencesPage, UnresolvedCitationsKeepTheirSourceText) {
  Built epub = build(fixture_book());
  Xml entry = epub.part("EPUB/text/meta-ai.xhtml");
  const XMLElement* cite = find_first(entry.root(), with_attr("span", "class", "citation"));
  ASSERT_NE(cite, nullptr);
  EXPECT_EQ(text_of(cite), "[@lecun2015, p. 12]");
  EXPECT_EQ(biblioref(entry), nullptr);
}

}  // namespace
}  // namespace quire::epub
