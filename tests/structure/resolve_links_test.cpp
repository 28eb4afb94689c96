#include "structure/resolve_links.h"

#include <gtest/gtest.h>

#include "structure/anchors.h"
#include "structure/model_builders.h"

using namespace quire;

namespace {

model::Book two_entries(model::Inlines links) {
  model::Book book;
  book.entries.push_back(test::entry("meta-ai", {test::heading(2, "LLaMA"), test::para({test::text("x")})}));
  book.entries.push_back(test::entry("deepmind", {test::para(std::move(links))}));
  structure::assign_ids(book);
  return book;
}

const model::Link& link_at(const model::Book& book, std::size_t i) {
  return std::get<model::Link>(std::get<model::Paragraph>(book.entries[1].body[0].node).content[i].node);
}

}  // namespace

TEST(ResolveLinks, ResolvesEntriesAndAnchors) {
  auto book = two_entries({test::link("meta-ai.md"), test::link("meta-ai.md#llama"), test::link("https://x.org/a.md"),
                           test::link("#top-missing-is-not-checked-here")});
  book.entries[1].body.insert(book.entries[1].body.begin(), test::heading(2, "Top missing is not checked here"));
  structure::assign_ids(book);
  Diagnostics diags;
  structure::resolve_links(book, diags);
  EXPECT_TRUE(diags.all().empty()) << format_diagnostic(diags.all().front());
  const auto& p = std::get<model::Paragraph>(book.entries[1].body[1].node);
  const auto& l0 = std::get<model::Link>(p.content[0].node);
  EXPECT_TRUE(l0.internal);
  EXPECT_EQ(l0.entry_slug, "meta-ai");
  EXPECT_EQ(l0.anchor, "");
  const auto& l1 = std::get<model::Link>(p.content[1].node);
  EXPECT_EQ(l1.anchor, "llama");
  EXPECT_FALSE(std::get<model::Link>(p.content[2].node).internal);
  const auto& l3 = std::get<model::Link>(p.content[3].node);
  EXPECT_TRUE(l3.internal);
  EXPECT_EQ(l3.entry_slug, "deepmind");
}

TEST(ResolveLinks, MissingEntryAndAnchorSuggestNearestName) {
  auto book = two_entries({test::link("meta-a.md", {5, 9}), test::link("meta-ai.md#lama", {6, 2})});
  Diagnostics diags;
  structure::resolve_links(book, diags);
  ASSERT_EQ(diags.all().size(), 2u);
  EXPECT_EQ(format_diagnostic(diags.all()[0]),
            "book/entries/deepmind.md:5:9: error: link to 'meta-a.md', which is not an entry of this book; "
            "did you mean 'meta-ai.md'? [broken-link]");
  EXPECT_NE(diags.all()[1].message.find("did you mean 'llama'?"), std::string::npos);
  EXPECT_FALSE(link_at(book, 0).internal);
}

TEST(ResolveLinks, ExternalTargetsAreRecognised) {
  EXPECT_TRUE(structure::is_external_target("https://example.org"));
  EXPECT_TRUE(structure::is_external_target("mailto:a@b.c"));
  EXPECT_FALSE(structure::is_external_target("meta-ai.md"));
  EXPECT_FALSE(structure::is_external_target("../x.md#a:b"));
}
