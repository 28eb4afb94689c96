#include "epub/xhtml_content.h"

#include <gtest/gtest.h>

#include "book_fixture.h"
#include "epub/xml_text.h"

namespace quire::epub {
namespace {

using testing::paragraph;
using testing::text;

// Renders one paragraph of an entry and returns the markup and diagnostics.
struct Rendered {
  std::string xml;
  Diagnostics diags;
};

Rendered render_blocks(model::Blocks blocks) {
  model::Entry entry;
  entry.slug = "here";
  entry.path = "entries/here.md";
  entry.body.push_back(model::Block{model::Heading{2, {text("Top")}, "top"}, {}});
  for (auto& b : blocks) entry.body.push_back(std::move(b));
  const std::map<std::string, std::string> hrefs{{"here", "text/here.xhtml"}, {"there", "text/there.xhtml"}};
  const std::map<std::string, std::set<std::string>> anchors{{"here", anchor_ids(entry)}, {"there", {"intro"}}};
  const std::map<std::string, std::string> references{{"doe2020", "references.xhtml#ref-doe2020"}};
  Rendered out;
  ImageCatalog images(QUIRE_TEST_DATA "/epub", out.diags);
  tinyxml2::XMLDocument doc;
  tinyxml2::XMLElement* root = doc.NewElement("div");
  doc.InsertEndChild(root);
  XhtmlContent writer(ContentContext{entry, hrefs, anchors, images, out.diags, references});
  writer.blocks(root, entry.body);
  out.xml = to_xml_string(doc);
  return out;
}

Rendered render(model::Inlines content) { return render_blocks({paragraph(std::move(content))}); }

model::Inline link(std::string target, bool internal = false, std::string slug = "", std::string anchor = "") {
  return model::Inline{model::Link{{text("go")}, std::move(target), "", internal, std::move(slug), std::move(anchor)},
                       {3, 5}};
}

TEST(XhtmlContent, LinksToOtherEntriesAndAnchors) {
  const Rendered r = render({link("there.md#intro", true, "there", "intro"), link("#top"), link("", true, "here", "top")});
  EXPECT_NE(r.xml.find(R"(<a href="there.xhtml#intro">go</a>)"), std::string::npos) << r.xml;
  EXPECT_NE(r.xml.find(R"(<a href="#top">go</a><a href="#top">go</a>)"), std::string::npos) << r.xml;
  EXPECT_TRUE(r.diags.all().empty());
}

TEST(XhtmlContent, BrokenAnchorFallsBackToTheEntryWithAWarning) {
  const Rendered r = render({link("there.md#nope", true, "there", "nope")});
  EXPECT_NE(r.xml.find(R"(<a href="there.xhtml">go</a>)"), std::string::npos) << r.xml;
  ASSERT_EQ(r.diags.count(Severity::Warning), 1u);
  EXPECT_EQ(r.diags.all()[0].code, "broken-anchor");
  EXPECT_EQ(r.diags.all()[0].loc.path, "entries/here.md");
  EXPECT_EQ(r.diags.all()[0].loc.pos.line, 3);
}

TEST(XhtmlContent, UnresolvableLinksKeepTheirTextOnly) {
  const Rendered r = render({link("notes.pdf"), link("gone.md", true, "gone"), link("#missing")});
  EXPECT_EQ(r.xml.find("<a "), std::string::npos) << r.xml;
  EXPECT_NE(r.xml.find("<p>gogogo</p>"), std::string::npos) << r.xml;
  ASSERT_EQ(r.diags.count(Severity::Warning), 3u);
  EXPECT_EQ(r.diags.all()[0].code, "unresolved-link");
  EXPECT_EQ(r.diags.all()[1].code, "link-outside-book");
  EXPECT_EQ(r.diags.all()[2].code, "broken-anchor");
}

TEST(XhtmlContent, EmptyLinkShowsItsTarget) {
  const Rendered r = render({model::Inline{model::Link{{}, "https://example.org/", "", false, "", ""}, {}}});
  EXPECT_NE(r.xml.find(R"(<a href="https://example.org/">https://example.org/</a>)"), std::string::npos) << r.xml;
}

TEST(XhtmlContent, UnsupportedImageFormatIsAnError) {
  const Rendered r = render({model::Inline{model::Image{{text("anim")}, "a.gif", "", "images/a.gif"}, {4, 2}}});
  ASSERT_EQ(r.diags.count(Severity::Error), 1u);
  EXPECT_EQ(r.diags.all()[0].code, "unsupported-image");
  EXPECT_NE(r.xml.find(R"(<span class="missing-image">anim</span>)"), std::string::npos) << r.xml;
}

TEST(XhtmlContent, TaskBoxGoesInsideTheFirstParagraphOfALooseItem) {
  model::List list;
  list.tight = false;
  list.items.push_back(model::ListItem{{paragraph({text("water")})}, true});
  const Rendered r = render_blocks({model::Block{list, {}}});
  EXPECT_NE(r.xml.find(R"(<li class="task done"><p><span class="task-box" role="img" aria-label="checked">)"
                       "\u2611</span> water</p></li>"),
            std::string::npos)
      << r.xml;
}

}  // namespace
}  // namespace quire::epub
