#include <gtest/gtest.h>

#include "book_fixture.h"
#include "epub/epub_writer.h"
#include "epub/page_breaks.h"
#include "epub_reader.h"

namespace quire::epub {
namespace {

using namespace testing;
using tinyxml2::XMLElement;
using tinyxml2::XMLNode;

model::PrintPageStart start(std::string label, model::PagePlace place, std::string slug, SourcePos block = {},
                            int word = 0, std::string id = {}, std::string division = {}) {
  model::PrintPageStart s;
  s.label = std::move(label);
  s.place = place;
  s.entry_slug = std::move(slug);
  s.block = block;
  s.word = word;
  s.id = std::move(id);
  s.division = std::move(division);
  return s;
}

// The fixture with source positions on the blocks the page starts below point at.
model::Book located_book() {
  model::Book book = fixture_book();
  auto& body = book.entries[0].body;
  body[0].pos = {5, 1};  // "The lab studies <em>learning</em> and ..."
  for (auto& b : body)
    if (auto* l = std::get_if<model::List>(&b.node); l && !l->ordered && l->items.size() == 2 && !l->items[0].task)
      l->items[1].content[0].pos = {20, 3};  // "beta", in a tight list
  return book;
}

model::PrintPages print_pages() {
  model::PrintPages p;
  p.pages = {
      start("5", model::PagePlace::Before, "", {}, 0, "", "part:part-foundations"),
      start("6", model::PagePlace::Before, "", {}, 0, "", "chapter:ch-labs"),
      start("7", model::PagePlace::Word, "meta-ai", {5, 1}, 1),  // "lab", inside a text node
      start("8", model::PagePlace::Word, "meta-ai", {5, 1}, 3),  // "learning", inside <em>
      start("9", model::PagePlace::Before, "meta-ai", {}, 0, "overview"),
      start("10", model::PagePlace::Word, "meta-ai", {20, 3}, 0),
      start("11", model::PagePlace::After, "meta-ai", {40, 1}),   // after the figure
      start("12", model::PagePlace::Before, "garden"),            // the entry's top
      start("13", model::PagePlace::Word, "garden", {99, 1}, 0),  // no such block: left out
  };
  return p;
}

// The text after `from` in document order, skipping `from`'s own content.
std::string text_after(const XMLNode* from, std::size_t limit = 40) {
  std::string out;
  const XMLNode* n = from;
  bool descend = false;
  while (n != nullptr && out.size() < limit) {
    const XMLNode* next = descend ? n->FirstChild() : nullptr;
    if (next == nullptr) {
      while (n != nullptr && n->NextSibling() == nullptr) n = n->Parent();
      if (n == nullptr) break;
      next = n->NextSibling();
    }
    n = next;
    if (n->ToText() != nullptr) out += n->Value();
    descend = true;
  }
  return out.substr(0, std::min(limit, out.size()));
}

class PageListTest : public ::testing::Test {
 protected:
  void SetUp() override {
    book_ = located_book();
    pages_ = print_pages();
    EpubOptions options{QUIRE_SOURCE_DIR "/styles", &pages_};
    auto bytes = build_epub(book_, options, diags_);
    ASSERT_TRUE(bytes.has_value());
    entries_ = read_zip(*bytes);
  }

  Xml doc(const std::string& name) {
    Xml x = parse_xml(zip_file(entries_, name).value_or(""));
    EXPECT_TRUE(x.ok) << name;
    return x;
  }

  // The marker of page `label` in the document `name`, or nullptr.
  const XMLElement* marker(const Xml& x, const std::string& label) {
    return find_first(x.root(), with_attr("span", "id", page_break_id(label)));
  }

  model::Book book_;
  model::PrintPages pages_;
  Diagnostics diags_;
  std::vector<ZipEntry> entries_;
};

TEST_F(PageListTest, MarkersStandWhereThePrintedPagesBegin) {
  EXPECT_TRUE(diags_.all().empty());
  const Xml entry = doc("EPUB/text/meta-ai.xhtml");
  const std::map<std::string, std::string> after{{"7", "lab studies"}, {"8", "learning and"},
                                                 {"9", "Overview"},    {"10", "beta"},
                                                 {"11", "After the break."}};
  for (const auto& [label, words] : after) {
    const XMLElement* m = marker(entry, label);
    ASSERT_NE(m, nullptr) << "page " << label;
    EXPECT_EQ(attr(m, "epub:type"), "pagebreak");
    EXPECT_EQ(attr(m, "role"), "doc-pagebreak");
    EXPECT_EQ(attr(m, "aria-label"), label);
    EXPECT_EQ(text_after(m).substr(0, words.size()), words) << "page " << label;
  }
  // Splitting a text node keeps the text whole.
  const XMLElement* first_p = find_first(entry.root(), named("p"));
  ASSERT_NE(first_p, nullptr);
  EXPECT_EQ(text_of(first_p).substr(0, 24), "The lab studies learning");
  // The marker in the tight list stays inside its item.
  EXPECT_EQ(std::string(marker(entry, "10")->Parent()->ToElement()->Name()), "li");

  const Xml garden = doc("EPUB/text/garden.xhtml");
  const XMLElement* top = marker(garden, "12");
  ASSERT_NE(top, nullptr);
  EXPECT_EQ(text_after(top).substr(0, 10), "The Garden");
  EXPECT_EQ(marker(garden, "13"), nullptr);
}

TEST_F(PageListTest, DivisionPagesCarryTheirMarkers) {
  bool part = false, chapter = false;
  for (const ZipEntry& e : entries_) {
    if (e.name.find(".xhtml") == std::string::npos) continue;
    const Xml x = parse_xml(e.data);
    part = part || marker(x, "5") != nullptr;
    chapter = chapter || marker(x, "6") != nullptr;
  }
  EXPECT_TRUE(part);
  EXPECT_TRUE(chapter);
}

TEST_F(PageListTest, NavigationListsThePlacedMarkersInOrder) {
  const Xml nav = doc("EPUB/nav.xhtml");
  const XMLElement* list = find_first(nav.root(), with_attr("nav", "epub:type", "page-list"));
  ASSERT_NE(list, nullptr);
  EXPECT_TRUE(list->Attribute("hidden") != nullptr);
  EXPECT_EQ(attr(list, "role"), "doc-pagelist");
  std::vector<std::string> labels;
  for (const XMLElement* a : find_all(list, named("a"))) labels.push_back(text_of(a));
  EXPECT_EQ(labels, (std::vector<std::string>{"5", "6", "7", "8", "9", "10", "11", "12"}));
  const XMLElement* seventh = find_all(list, named("a"))[2];
  EXPECT_EQ(attr(seventh, "href"), "text/meta-ai.xhtml#print-page-7");
}

TEST_F(PageListTest, PackageNamesThePaginationSource) {
  const Xml opf = doc("EPUB/package.opf");
  const XMLElement* source = find_first(opf.root(), named("dc:source"));
  ASSERT_NE(source, nullptr);
  EXPECT_EQ(text_of(source), book_.meta.identifier);
  const XMLElement* refines = find_first(opf.root(), with_attr("meta", "property", "source-of"));
  ASSERT_NE(refines, nullptr);
  EXPECT_EQ(attr(refines, "refines"), "#" + attr(source, "id"));
  EXPECT_EQ(text_of(refines), "pagination");
  bool navigation = false;
  for (const XMLElement* m : find_all(opf.root(), with_attr("meta", "property", "schema:accessibilityFeature")))
    navigation = navigation || text_of(m) == "pageNavigation";
  EXPECT_TRUE(navigation);
}

TEST(PageList, AnEpubWithoutThePrintLayoutHasNoPageList) {
  Diagnostics diags;
  auto bytes = build_epub(located_book(), EpubOptions{QUIRE_SOURCE_DIR "/styles"}, diags);
  ASSERT_TRUE(bytes.has_value());
  const auto entries = read_zip(*bytes);
  const Xml nav = parse_xml(zip_file(entries, "EPUB/nav.xhtml").value_or(""));
  EXPECT_EQ(find_first(nav.root(), with_attr("nav", "epub:type", "page-list")), nullptr);
  const Xml entry = parse_xml(zip_file(entries, "EPUB/text/meta-ai.xhtml").value_or(""));
  EXPECT_EQ(find_first(entry.root(), with_attr("span", "epub:type", "pagebreak")), nullptr);
  const Xml opf = parse_xml(zip_file(entries, "EPUB/package.opf").value_or(""));
  EXPECT_EQ(find_first(opf.root(), named("dc:source")), nullptr);
}

TEST(PageList, NumberedFiguresShowTheirNumberInTheCaption) {
  model::Book book = fixture_book();
  for (auto& b : book.entries[0].body)
    if (auto* f = std::get_if<model::Figure>(&b.node)) f->number = "1.1";
  Diagnostics diags;
  auto bytes = build_epub(book, EpubOptions{QUIRE_SOURCE_DIR "/styles"}, diags);
  ASSERT_TRUE(bytes.has_value());
  const Xml entry = parse_xml(zip_file(read_zip(*bytes), "EPUB/text/meta-ai.xhtml").value_or(""));
  const XMLElement* caption = find_first(entry.root(), named("figcaption"));
  ASSERT_NE(caption, nullptr);
  EXPECT_EQ(text_of(caption), "Figure 1.1. The dot");
  EXPECT_EQ(attr(caption->FirstChildElement("span"), "class"), "figure-number");
}

}  // namespace
}  // namespace quire::epub
