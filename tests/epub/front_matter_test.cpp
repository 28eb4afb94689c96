#include "epub/front_matter.h"

#include <gtest/gtest.h>

#include "epub_reader.h"

using namespace quire;
using namespace quire::epub::testing;

namespace {

model::Metadata metadata(const std::string& version) {
  model::Metadata meta;
  meta.title = "A Field Guide";
  meta.language = "en";
  meta.identifier = "urn:uuid:3f1c2a4e-8d7b-4c1a-9e2f-5b6a7c8d9e0f";
  meta.version = version;
  return meta;
}

}  // namespace

TEST(EpubFrontMatter, TheCopyrightPageCarriesTheVersionAsThePdfWordsIt) {
  const Xml page = parse_xml(epub::copyright_page(metadata("release/2.0 rc")));
  ASSERT_TRUE(page.ok);
  const auto* version = find_first(page.root(), with_attr("p", "class", "version"));
  ASSERT_NE(version, nullptr);
  // As given, not reduced as in file names; before the identifier, as on the PDF's page.
  EXPECT_EQ(text_of(version), "Version release/2.0 rc.");
  const std::string all = text_of(find_first(page.root(), named("body")));
  EXPECT_LT(all.find("Version release/2.0 rc."), all.find("urn:uuid:"));
}

TEST(EpubFrontMatter, NoVersionNoVersionLine) {
  const Xml page = parse_xml(epub::copyright_page(metadata("")));
  ASSERT_TRUE(page.ok);
  EXPECT_EQ(find_first(page.root(), with_attr("p", "class", "version")), nullptr);
  EXPECT_EQ(text_of(find_first(page.root(), named("body"))).find("Version"), std::string::npos);
}
