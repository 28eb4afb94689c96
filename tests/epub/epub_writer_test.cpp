#include "epub/epub_writer.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "book_fixture.h"
#include "epub_reader.h"

namespace quire::epub {
namespace {

using namespace testing;
using tinyxml2::XMLElement;

EpubOptions options() { return EpubOptions{QUIRE_SOURCE_DIR "/styles"}; }

// The fixture's one figure, in the first entry.
model::Figure& the_figure(model::Book& book) {
  for (auto& b : book.entries[0].body)
    if (auto* f = std::get_if<model::Figure>(&b.node)) return *f;
  throw std::logic_error("the fixture has no figure");
}

std::string diagnostics_text(const Diagnostics& d) {
  std::string out;
  for (const auto& x : d.all()) out += format_diagnostic(x) + "\n";
  return out;
}

class EpubWriterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    book_ = fixture_book();
    auto bytes = build_epub(book_, options(), diags_);
    ASSERT_TRUE(bytes.has_value()) << diagnostics_text(diags_);
    bytes_ = std::move(*bytes);
    entries_ = read_zip(bytes_);
    ASSERT_FALSE(entries_.empty());
  }

  Xml part(const std::string& name) {
    auto data = zip_file(entries_, name);
    EXPECT_TRUE(data.has_value()) << name << " is missing";
    Xml x = parse_xml(data.value_or(""));
    EXPECT_TRUE(x.ok) << name << " is not well-formed XML";
    return x;
  }

  model::Book book_;
  Diagnostics diags_;
  std::string bytes_;
  std::vector<ZipEntry> entries_;
};

TEST_F(EpubWriterTest, ReportsNoDiagnosticsForAValidBook) {
  EXPECT_TRUE(diags_.all().empty()) << diagnostics_text(diags_);
}

TEST_F(EpubWriterTest, MimetypeComesFirstAndIsStored) {
  EXPECT_EQ(entries_.front().name, "mimetype");
  EXPECT_EQ(entries_.front().data, "application/epub+zip");
  EXPECT_TRUE(entries_.front().stored);
  // The OCF requires the literal bytes at offset 30 for sniffing readers.
  EXPECT_EQ(bytes_.substr(30, 8), "mimetype");
  EXPECT_EQ(bytes_.substr(38, 20), "application/epub+zip");
}

TEST_F(EpubWriterTest, ContainerPointsAtThePackage) {
  Xml c = part("META-INF/container.xml");
  const XMLElement* rootfile = find_first(c.root(), named("rootfile"));
  ASSERT_NE(rootfile, nullptr);
  EXPECT_EQ(attr(rootfile, "full-path"), "EPUB/package.opf");
  EXPECT_EQ(attr(rootfile, "media-type"), "application/oebps-package+xml");
}

TEST_F(EpubWriterTest, ContainerLayout) {
  std::vector<std::string> names;
  for (const auto& e : entries_) names.push_back(e.name);
  for (const char* expected :
       {"EPUB/package.opf", "EPUB/nav.xhtml", "EPUB/toc.ncx", "EPUB/styles/epub.css",
        "EPUB/text/cover.xhtml", "EPUB/text/title-page.xhtml", "EPUB/text/copyright.xhtml",
        "EPUB/text/part-foundations.xhtml", "EPUB/text/ch-labs.xhtml", "EPUB/text/meta-ai.xhtml",
        "EPUB/text/deep-mind.xhtml", "EPUB/text/ch-gardens.xhtml", "EPUB/text/garden.xhtml",
        "EPUB/images/cover.png", "EPUB/images/dot.png", "EPUB/images/diagram.svg"})
    EXPECT_NE(std::find(names.begin(), names.end(), expected), names.end()) << expected;
  EXPECT_EQ(zip_file(entries_, "EPUB/images/dot.png")->substr(1, 3), "PNG");
}

TEST_F(EpubWriterTest, PackageMetadata) {
  Xml opf = part("EPUB/package.opf");
  const XMLElement* package = opf.root();
  EXPECT_STREQ(package->Name(), "package");
  EXPECT_EQ(attr(package, "version"), "3.0");
  EXPECT_EQ(attr(package, "xml:lang"), "en");
  EXPECT_EQ(attr(package, "unique-identifier"), "uid");

  const XMLElement* id = find_first(package, named("dc:identifier"));
  EXPECT_EQ(attr(id, "id"), "uid");
  EXPECT_EQ(text_of(id), "urn:uuid:3f1c2a4e-8d7b-4c1a-9e2f-5b6a7c8d9e0f");
  EXPECT_EQ(text_of(find_first(package, with_attr("dc:title", "id", "title"))), "A Field Guide to Labs");
  EXPECT_EQ(text_of(find_first(package, with_attr("dc:title", "id", "subtitle"))), "Being a Sample Book");
  const auto creators = find_all(package, named("dc:creator"));
  ASSERT_EQ(creators.size(), 2u);
  EXPECT_EQ(text_of(creators[0]), "Ada Writer");
  EXPECT_EQ(text_of(creators[1]), "Bo Editor");
  EXPECT_EQ(text_of(find_first(package, named("dc:language"))), "en");
  EXPECT_EQ(text_of(find_first(package, named("dc:date"))), "2023-11-14");
  EXPECT_EQ(text_of(find_first(package, with_attr("meta", "property", "dcterms:modified"))),
            "2023-11-14T22:13:20Z");
  EXPECT_EQ(text_of(find_first(package, named("dc:rights"))),
            "\u00A9 2023 Ada Writer and Bo Editor. This work is licensed under the Creative Commons "
            "Attribution-ShareAlike 4.0 International License.");
  EXPECT_EQ(text_of(find_first(package, with_attr("meta", "property", "dcterms:license"))),
            "https://creativecommons.org/licenses/by-sa/4.0/");
}

TEST_F(EpubWriterTest, AccessibilityMetadata) {
  Xml opf = part("EPUB/package.opf");
  auto values = [&](const char* property) {
    std::vector<std::string> out;
    for (const XMLElement* m : find_all(opf.root(), with_attr("meta", "property", property)))
      out.push_back(text_of(m));
    return out;
  };
  EXPECT_EQ(values("schema:accessMode"), (std::vector<std::string>{"textual", "visual"}));
  EXPECT_EQ(values("schema:accessModeSufficient"), (std::vector<std::string>{"textual"}));
  EXPECT_EQ(values("schema:accessibilityFeature"),
            (std::vector<std::string>{"structuralNavigation", "tableOfContents", "readingOrder",
                                      "alternativeText"}));
  EXPECT_EQ(values("schema:accessibilityHazard"), (std::vector<std::string>{"none"}));
  ASSERT_EQ(values("schema:accessibilitySummary").size(), 1u);
  EXPECT_FALSE(values("schema:accessibilitySummary")[0].empty());
}

TEST_F(EpubWriterTest, ManifestAndSpine) {
  Xml opf = part("EPUB/package.opf");
  const auto items = find_all(opf.root(), named("item"));
  auto item = [&](const std::string& href) -> const XMLElement* {
    for (const XMLElement* i : items)
      if (attr(i, "href") == href) return i;
    return nullptr;
  };
  ASSERT_NE(item("nav.xhtml"), nullptr);
  EXPECT_EQ(attr(item("nav.xhtml"), "properties"), "nav");
  EXPECT_EQ(attr(item("toc.ncx"), "media-type"), "application/x-dtbncx+xml");
  EXPECT_EQ(attr(item("styles/epub.css"), "media-type"), "text/css");
  EXPECT_EQ(attr(item("images/cover.png"), "properties"), "cover-image");
  EXPECT_EQ(attr(item("images/dot.png"), "media-type"), "image/png");
  EXPECT_EQ(attr(item("images/diagram.svg"), "media-type"), "image/svg+xml");
  EXPECT_EQ(attr(item("images/diagram.svg"), "properties"), "");
  // Every file in the container except mimetype, META-INF and the OPF is in the manifest.
  for (const auto& e : entries_) {
    if (e.name == "mimetype" || e.name.rfind("META-INF/", 0) == 0 || e.name == "EPUB/package.opf") continue;
    EXPECT_NE(item(e.name.substr(5)), nullptr) << e.name;
  }

  const XMLElement* spine = find_first(opf.root(), named("spine"));
  EXPECT_EQ(attr(spine, "toc"), "ncx");
  std::vector<std::string> order;
  for (const XMLElement* ref : children(spine, "itemref")) {
    const std::string idref = attr(ref, "idref");
    const auto it = std::find_if(items.begin(), items.end(),
                                 [&](const XMLElement* i) { return attr(i, "id") == idref; });
    ASSERT_NE(it, items.end()) << idref;
    order.push_back(attr(*it, "href"));
  }
  EXPECT_EQ(order, (std::vector<std::string>{"text/cover.xhtml", "text/title-page.xhtml",
                                             "text/copyright.xhtml", "nav.xhtml",
                                             "text/part-foundations.xhtml", "text/ch-labs.xhtml",
                                             "text/meta-ai.xhtml", "text/deep-mind.xhtml",
                                             "text/ch-gardens.xhtml", "text/garden.xhtml"}));
}

TEST_F(EpubWriterTest, NavigationTableOfContents) {
  Xml nav = part("EPUB/nav.xhtml");
  const XMLElement* toc = find_first(nav.root(), with_attr("nav", "epub:type", "toc"));
  ASSERT_NE(toc, nullptr);
  EXPECT_EQ(attr(toc, "role"), "doc-toc");
  const auto top = children(children(toc, "ol").at(0), "li");
  ASSERT_EQ(top.size(), 2u);  // the part, then the chapter outside any part

  const XMLElement* part_link = top[0]->FirstChildElement("a");
  EXPECT_EQ(text_of(part_link), "Foundations");
  EXPECT_EQ(attr(part_link, "href"), "text/part-foundations.xhtml");
  const auto chapters = children(top[0]->FirstChildElement("ol"), "li");
  ASSERT_EQ(chapters.size(), 1u);
  EXPECT_EQ(text_of(chapters[0]->FirstChildElement("a")), "Laboratories");
  const auto entries = children(chapters[0]->FirstChildElement("ol"), "li");
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(attr(entries[0]->FirstChildElement("a"), "href"), "text/meta-ai.xhtml");
  EXPECT_EQ(text_of(entries[1]->FirstChildElement("a")), "DeepMind");
  // Only second-level sections are listed: "Overview", not the h3 "Details".
  const auto sections = children(entries[0]->FirstChildElement("ol"), "li");
  ASSERT_EQ(sections.size(), 1u);
  EXPECT_EQ(text_of(sections[0]), "Overview");
  EXPECT_EQ(attr(sections[0]->FirstChildElement("a"), "href"), "text/meta-ai.xhtml#overview");

  EXPECT_EQ(attr(top[1]->FirstChildElement("a"), "href"), "text/ch-gardens.xhtml");
  const auto garden = children(top[1]->FirstChildElement("ol"), "li");
  ASSERT_EQ(garden.size(), 1u);
  EXPECT_EQ(text_of(garden[0]->FirstChildElement("a")), "The Garden");
}

TEST_F(EpubWriterTest, NavigationLandmarks) {
  Xml nav = part("EPUB/nav.xhtml");
  const XMLElement* landmarks = find_first(nav.root(), with_attr("nav", "epub:type", "landmarks"));
  ASSERT_NE(landmarks, nullptr);
  EXPECT_NE(landmarks->Attribute("hidden"), nullptr);
  std::vector<std::string> got;
  for (const XMLElement* a : find_all(landmarks, named("a")))
    got.push_back(attr(a, "epub:type") + " " + attr(a, "href"));
  EXPECT_EQ(got, (std::vector<std::string>{"cover text/cover.xhtml", "titlepage text/title-page.xhtml",
                                           "toc nav.xhtml#toc", "bodymatter text/part-foundations.xhtml",
                                           "copyright-page text/copyright.xhtml"}));
}

TEST_F(EpubWriterTest, NcxMirrorsTheTableOfContents) {
  Xml ncx = part("EPUB/toc.ncx");
  EXPECT_EQ(attr(find_first(ncx.root(), with_attr("meta", "name", "dtb:uid")), "content"),
            "urn:uuid:3f1c2a4e-8d7b-4c1a-9e2f-5b6a7c8d9e0f");
  const auto points = find_all(ncx.root(), named("navPoint"));
  ASSERT_EQ(points.size(), 9u);  // part, 2 chapters, 3 entries, 3 sections
  for (std::size_t i = 0; i < points.size(); ++i)
    EXPECT_EQ(attr(points[i], "playOrder"), std::to_string(i + 1));
  EXPECT_EQ(attr(points[0]->FirstChildElement("content"), "src"), "text/part-foundations.xhtml");
  EXPECT_EQ(attr(find_first(ncx.root(), with_attr("meta", "name", "dtb:depth")), "content"), "4");
}

TEST_F(EpubWriterTest, EveryXhtmlDocumentHasTheSkeleton) {
  for (const auto& e : entries_) {
    if (e.name.size() < 6 || e.name.substr(e.name.size() - 6) != ".xhtml") continue;
    SCOPED_TRACE(e.name);
    Xml doc = parse_xml(e.data);
    ASSERT_TRUE(doc.ok);
    EXPECT_EQ(e.data.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>", 0), 0u);
    EXPECT_EQ(attr(doc.root(), "xmlns"), "http://www.w3.org/1999/xhtml");
    EXPECT_EQ(attr(doc.root(), "xmlns:epub"), "http://www.idpf.org/2007/ops");
    EXPECT_EQ(attr(doc.root(), "xml:lang"), "en");
    EXPECT_EQ(attr(doc.root(), "lang"), "en");
    EXPECT_FALSE(text_of(find_first(doc.root(), named("title"))).empty());
    const XMLElement* link = find_first(doc.root(), with_attr("link", "rel", "stylesheet"));
    ASSERT_NE(link, nullptr);
    EXPECT_EQ(attr(link, "href"), e.name == "EPUB/nav.xhtml" ? "styles/epub.css" : "../styles/epub.css");
  }
}

TEST_F(EpubWriterTest, EntryDocument) {
  Xml doc = part("EPUB/text/meta-ai.xhtml");
  const XMLElement* body = find_first(doc.root(), named("body"));
  const auto h1 = find_all(body, named("h1"));
  ASSERT_EQ(h1.size(), 1u);
  EXPECT_EQ(text_of(h1[0]), "Meta AI");
  EXPECT_EQ(attr(find_first(body, named("h2")), "id"), "overview");
  EXPECT_EQ(attr(find_first(body, named("h3")), "id"), "details");

  const XMLElement* p = find_first(body, named("p"));
  EXPECT_EQ(text_of(find_first(p, named("em"))), "learning");
  EXPECT_EQ(text_of(find_first(p, named("strong"))), "reasoning");
  EXPECT_EQ(text_of(find_first(p, named("code"))), "x < y && z");
  EXPECT_EQ(text_of(find_first(p, named("del"))), "old");
  EXPECT_NE(find_first(p, named("br")), nullptr);
  EXPECT_EQ(text_of(find_first(p, with_attr("span", "class", "citation"))), "[@lecun2015, p. 12]");
  EXPECT_EQ(text_of(find_first(p, named("b"))), "raw");  // raw HTML, checked by the raw-content pass, passes
  EXPECT_NE(find_first(p, with_attr("a", "href", "deep-mind.xhtml#history")), nullptr);
  EXPECT_NE(find_first(p, with_attr("a", "href", "https://example.com/a%20b")), nullptr);
  const XMLElement* svg = find_first(body, with_attr("img", "src", "../images/diagram.svg"));
  ASSERT_NE(svg, nullptr);
  EXPECT_EQ(attr(svg, "alt"), "tiny diagram");
}

TEST_F(EpubWriterTest, EntryListsAndTables) {
  Xml doc = part("EPUB/text/meta-ai.xhtml");
  const XMLElement* body = find_first(doc.root(), named("body"));
  const auto uls = find_all(body, named("ul"));
  ASSERT_EQ(uls.size(), 2u);
  const auto bullets = children(uls[0], "li");
  ASSERT_EQ(bullets.size(), 2u);
  EXPECT_EQ(text_of(bullets[0]), "alpha");
  EXPECT_EQ(bullets[0]->FirstChildElement("p"), nullptr);  // tight

  const XMLElement* ol = find_first(body, named("ol"));
  EXPECT_EQ(attr(ol, "start"), "3");
  const auto ordered = children(ol, "li");
  ASSERT_EQ(ordered.size(), 2u);
  EXPECT_EQ(text_of(ordered[1]->FirstChildElement("p")), "fourth");  // loose

  EXPECT_EQ(attr(uls[1], "class"), "task-list");
  const auto tasks = children(uls[1], "li");
  ASSERT_EQ(tasks.size(), 2u);
  EXPECT_EQ(text_of(tasks[0]), "\u2611 done thing");
  EXPECT_EQ(text_of(tasks[1]), "\u2610 open thing");
  EXPECT_EQ(attr(find_first(tasks[0], named("span")), "aria-label"), "checked");

  const XMLElement* table = find_first(body, named("table"));
  ASSERT_NE(table, nullptr);
  const auto head = find_all(table->FirstChildElement("thead"), named("th"));
  ASSERT_EQ(head.size(), 2u);
  EXPECT_EQ(text_of(head[0]), "Name");
  EXPECT_EQ(attr(head[1], "class"), "align-right");
  const auto rows = children(table->FirstChildElement("tbody"), "tr");
  ASSERT_EQ(rows.size(), 2u);
  const auto cells = children(rows[1], "td");
  ASSERT_EQ(cells.size(), 2u);
  EXPECT_EQ(text_of(cells[1]), "2021");
  EXPECT_EQ(attr(cells[0], "class"), "align-left");

  const XMLElement* code = find_first(find_first(body, named("pre")), named("code"));
  EXPECT_EQ(attr(code, "class"), "language-cpp");
  EXPECT_EQ(text_of(code), "int main() { return 0; }");
  EXPECT_EQ(text_of(find_first(body, named("blockquote"))), "A quoted line.");
  EXPECT_NE(find_first(body, named("hr")), nullptr);
}

TEST_F(EpubWriterTest, EntryFigure) {
  Xml doc = part("EPUB/text/meta-ai.xhtml");
  const XMLElement* figure = find_first(doc.root(), named("figure"));
  ASSERT_NE(figure, nullptr);
  EXPECT_EQ(attr(figure, "id"), "fig-dot");
  const XMLElement* img = figure->FirstChildElement("img");
  EXPECT_EQ(attr(img, "src"), "../images/dot.png");
  EXPECT_EQ(attr(img, "alt"), "A red square");
  EXPECT_EQ(text_of(figure->FirstChildElement("figcaption")), "The dot");
}

TEST_F(EpubWriterTest, EntryFootnotes) {
  Xml doc = part("EPUB/text/meta-ai.xhtml");
  const XMLElement* ref = find_first(doc.root(), with_attr("a", "epub:type", "noteref"));
  ASSERT_NE(ref, nullptr);
  EXPECT_STREQ(ref->Parent()->ToElement()->Name(), "sup");
  EXPECT_EQ(attr(ref, "role"), "doc-noteref");
  EXPECT_EQ(attr(ref, "href"), "#fn-1");
  EXPECT_EQ(attr(ref, "id"), "fnref-1");
  EXPECT_EQ(text_of(ref), "1");

  const XMLElement* notes = find_first(doc.root(), with_attr("section", "epub:type", "footnotes"));
  ASSERT_NE(notes, nullptr);
  EXPECT_EQ(attr(notes, "role"), "doc-endnotes");
  const XMLElement* note = find_first(notes, with_attr("aside", "id", "fn-1"));
  ASSERT_NE(note, nullptr);
  EXPECT_EQ(attr(note, "epub:type"), "footnote");
  EXPECT_EQ(attr(note, "role"), "doc-footnote");
  const XMLElement* back = find_first(note, with_attr("a", "role", "doc-backlink"));
  ASSERT_NE(back, nullptr);
  EXPECT_EQ(attr(back, "href"), "#fnref-1");
  EXPECT_EQ(text_of(note), "1 A note with emphasis");
}

TEST_F(EpubWriterTest, RepeatedAndNestedNoteReferences) {
  Xml doc = part("EPUB/text/garden.xhtml");
  const auto refs = find_all(doc.root(), with_attr("a", "epub:type", "noteref"));
  ASSERT_EQ(refs.size(), 2u);  // the reference inside a link cannot be a link itself
  EXPECT_EQ(attr(refs[0], "id"), "fnref-1");
  EXPECT_EQ(attr(refs[1], "id"), "fnref-1-2");
  EXPECT_EQ(attr(refs[1], "href"), "#fn-1");
  const XMLElement* nested = find_first(doc.root(), with_attr("sup", "id", "fnref-2"));
  ASSERT_NE(nested, nullptr);
  EXPECT_STREQ(nested->Parent()->ToElement()->Name(), "a");
  EXPECT_NE(find_first(doc.root(), with_attr("a", "href", "#soil")), nullptr);
  // "####" right after "##" would skip a level; it is written as h3.
  EXPECT_EQ(find_first(doc.root(), named("h4")), nullptr);
  EXPECT_EQ(attr(find_first(doc.root(), named("h3")), "id"), "deep-soil");

  const XMLElement* second = find_first(doc.root(), with_attr("aside", "id", "fn-2"));
  ASSERT_NE(second, nullptr);
  EXPECT_EQ(attr(find_first(second, with_attr("a", "role", "doc-backlink")), "href"), "#fnref-2");
  EXPECT_EQ(text_of(find_first(second, named("pre"))), "dig()");
  EXPECT_NE(text_of(find_first(doc.root(), named("p"))).find("caf\u00E9 \u2014 na\u00EFvely"), std::string::npos);
}

TEST_F(EpubWriterTest, EveryEpubTypeHasItsRole) {
  // Ace's epub-type-has-matching-role, for the types quire writes (landmarks are exempt).
  const std::map<std::string, std::string> roles{{"noteref", "doc-noteref"}, {"footnote", "doc-footnote"},
                                                 {"chapter", "doc-chapter"}, {"part", "doc-part"},
                                                 {"toc", "doc-toc"}, {"endnotes", "doc-endnotes"}};
  for (const auto& e : entries_) {
    if (e.name.size() < 6 || e.name.substr(e.name.size() - 6) != ".xhtml") continue;
    Xml doc = parse_xml(e.data);
    for (const XMLElement* el : find_all(doc.root(), [](const XMLElement& x) { return x.Attribute("epub:type"); })) {
      if (std::string_view(el->Parent()->ToElement()->Name()) == "li") continue;  // landmarks list
      const auto it = roles.find(attr(el, "epub:type"));
      if (it != roles.end()) {
        EXPECT_EQ(attr(el, "role"), it->second) << e.name << " " << el->Name();
      }
    }
  }
}

TEST_F(EpubWriterTest, EntryAttribution) {
  Xml first = part("EPUB/text/meta-ai.xhtml");
  const XMLElement* footer = find_first(first.root(), with_attr("footer", "class", "attribution"));
  ASSERT_NE(footer, nullptr);
  EXPECT_EQ(text_of(footer->FirstChildElement("p")),
            "\u00A9 2023 Ada Writer and Bo Editor. This entry is licensed under the Creative Commons "
            "Attribution-ShareAlike 4.0 International License.");
  EXPECT_NE(find_first(footer, with_attr("a", "href", "https://creativecommons.org/licenses/by-sa/4.0/")), nullptr);
  const XMLElement* edit = find_first(footer, with_attr("a", "href", "https://example.org/guide/entries/meta-ai.md"));
  ASSERT_NE(edit, nullptr);
  EXPECT_EQ(text_of(edit), "Edit this entry");

  // Without entry authors the book's authors are credited; the path is URL-encoded.
  Xml second = part("EPUB/text/deep-mind.xhtml");
  const XMLElement* footer2 = find_first(second.root(), named("footer"));
  EXPECT_EQ(text_of(footer2->FirstChildElement("p")).rfind("\u00A9 2023 Ada Writer and Bo Editor.", 0), 0u);
  EXPECT_NE(find_first(footer2, with_attr("a", "href", "https://example.org/guide/entries/deep%20mind.md")), nullptr);
  EXPECT_NE(find_first(second.root(), with_attr("a", "href", "meta-ai.xhtml")), nullptr);
}

TEST_F(EpubWriterTest, FrontMatterAndDivisions) {
  Xml title = part("EPUB/text/title-page.xhtml");
  EXPECT_EQ(text_of(find_first(title.root(), named("h1"))), "A Field Guide to Labs");
  EXPECT_EQ(text_of(find_first(title.root(), with_attr("p", "class", "subtitle"))), "Being a Sample Book");
  EXPECT_EQ(text_of(find_first(title.root(), with_attr("p", "class", "authors"))), "Ada Writer and Bo Editor");

  Xml copyright = part("EPUB/text/copyright.xhtml");
  const std::string all = text_of(find_first(copyright.root(), named("body")));
  for (const char* expected : {"A Field Guide to Labs", "\u00A9 2023 Ada Writer and Bo Editor",
                               "This work is licensed under the Creative Commons Attribution-ShareAlike 4.0 International License.",
                               "urn:uuid:3f1c2a4e-8d7b-4c1a-9e2f-5b6a7c8d9e0f", "Made with quire"})
    EXPECT_NE(all.find(expected), std::string::npos) << expected;
  EXPECT_NE(find_first(copyright.root(), with_attr("a", "href", "https://creativecommons.org/licenses/by-sa/4.0/")), nullptr);

  Xml cover = part("EPUB/text/cover.xhtml");
  EXPECT_NE(find_first(cover.root(), with_attr("section", "epub:type", "cover")), nullptr);
  EXPECT_EQ(attr(find_first(cover.root(), named("img")), "src"), "../images/cover.png");

  Xml chapter = part("EPUB/text/ch-labs.xhtml");
  const XMLElement* section = find_first(chapter.root(), with_attr("section", "epub:type", "chapter"));
  ASSERT_NE(section, nullptr);
  EXPECT_EQ(attr(section, "role"), "doc-chapter");
  EXPECT_EQ(text_of(section->FirstChildElement("h1")), "Laboratories");
  Xml part_doc = part("EPUB/text/part-foundations.xhtml");
  const XMLElement* part_section = find_first(part_doc.root(), with_attr("section", "epub:type", "part"));
  ASSERT_NE(part_section, nullptr);
  EXPECT_EQ(attr(part_section, "role"), "doc-part");
  EXPECT_EQ(text_of(part_section->FirstChildElement("p")), "I");
}

TEST(EpubWriter, TwoBuildsAreByteIdentical) {
  const model::Book book = fixture_book();
  Diagnostics d1, d2;
  const auto a = build_epub(book, options(), d1);
  const auto b = build_epub(book, options(), d2);
  ASSERT_TRUE(a && b);
  EXPECT_EQ(*a, *b);
}

TEST(EpubWriter, TimestampsComeFromTheBook) {
  model::Book book = fixture_book();
  Diagnostics d1, d2;
  const auto a = build_epub(book, options(), d1);
  book.meta.modified += 86400 * 400;
  const auto b = build_epub(book, options(), d2);
  ASSERT_TRUE(a && b);
  EXPECT_NE(*a, *b);
  // Local file header of the first entry: DOS date at offset 12 (2023-11-14).
  const auto u16 = [](const std::string& s, std::size_t at) {
    return static_cast<unsigned>(static_cast<unsigned char>(s[at])) |
           (static_cast<unsigned>(static_cast<unsigned char>(s[at + 1])) << 8);
  };
  EXPECT_EQ(u16(*a, 12), ((2023u - 1980u) << 9) | (11u << 5) | 14u);
  EXPECT_EQ(u16(*a, 10), (22u << 11) | (13u << 5) | 10u);
}

TEST(EpubWriter, MissingImageIsAPlaceholderNotACrash) {
  model::Book book = fixture_book();
  model::Figure& figure = the_figure(book);
  figure.image.resolved.clear();
  figure.image.src = "../images/gone.png";
  Diagnostics diags;
  const auto bytes = build_epub(book, options(), diags);
  ASSERT_TRUE(bytes.has_value());
  // The structure pass (resolve_images) reports a missing image once, at its place; the
  // writer says nothing more.
  EXPECT_EQ(diags.count(Severity::Error), 0u);
  // The document still parses, with the alternative text in place of the image.
  Xml doc = parse_xml(*zip_file(read_zip(*bytes), "EPUB/text/meta-ai.xhtml"));
  ASSERT_TRUE(doc.ok);
  EXPECT_EQ(text_of(find_first(doc.root(), with_attr("p", "class", "missing-image"))), "A red square");
  EXPECT_FALSE(zip_file(read_zip(*bytes), "EPUB/images/dot.png").has_value());
}

TEST(EpubWriter, ImageWhoseBytesDoNotMatchItsExtensionIsAnError) {
  model::Book book = fixture_book();
  the_figure(book).image.resolved = "images/not-a-png.png";
  Diagnostics diags;
  ASSERT_TRUE(build_epub(book, options(), diags).has_value());
  ASSERT_EQ(diags.count(Severity::Error), 1u);
  EXPECT_EQ(diags.all().front().loc.path, "book/entries/meta-ai.md");
  EXPECT_EQ(diags.all().front().code, "invalid-image");
  EXPECT_NE(diags.all().front().message.find("PNG"), std::string::npos);
}

TEST(EpubWriter, MissingStylesheetFails) {
  Diagnostics diags;
  EXPECT_FALSE(build_epub(fixture_book(), EpubOptions{"/nonexistent-styles"}, diags).has_value());
  EXPECT_TRUE(diags.has_errors());
}

TEST(EpubWriter, BookWithoutChaptersListsEntriesAsLoaded) {
  model::Book book = fixture_book();
  book.chapters.clear();
  book.parts.clear();
  book.meta.cover.clear();
  Diagnostics diags;
  const auto bytes = build_epub(book, options(), diags);
  ASSERT_TRUE(bytes.has_value()) << diagnostics_text(diags);
  const auto entries = read_zip(*bytes);
  Xml nav = parse_xml(*zip_file(entries, "EPUB/nav.xhtml"));
  const auto top = children(find_first(find_first(nav.root(), with_attr("nav", "epub:type", "toc")), named("ol")), "li");
  ASSERT_EQ(top.size(), 3u);
  EXPECT_EQ(attr(top[2]->FirstChildElement("a"), "href"), "text/garden.xhtml");
  EXPECT_FALSE(zip_file(entries, "EPUB/text/cover.xhtml").has_value());
}

}  // namespace
}  // namespace quire::epub
