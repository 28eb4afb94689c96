// The private font configuration: only the manifest's fonts, measured in points.
#include "typeset/font_config.h"

#include <gtest/gtest.h>
#include <pango/pangocairo.h>

#include <set>
#include <string>

namespace quire::typeset {
namespace {

TEST(FontManifest, TheProjectManifestNamesEveryRole) {
  Diagnostics d;
  const auto m = load_font_manifest(default_font_manifest_path(), d);
  ASSERT_TRUE(m) << (d.all().empty() ? "" : d.all()[0].message);
  EXPECT_TRUE(d.all().empty());
  for (FontRole r : {FontRole::Serif, FontRole::Sans, FontRole::Mono, FontRole::Fallback}) {
    const FontFamilyEntry* e = m->find(r);
    ASSERT_NE(e, nullptr);
    EXPECT_FALSE(e->packages.empty()) << e->family;
    EXPECT_FALSE(e->license.empty()) << e->family;
  }
  EXPECT_EQ(m->find(FontRole::Serif)->family, "Linux Libertine O");
}

TEST(FontManifest, ReportsBadEntries) {
  Diagnostics d;
  EXPECT_FALSE(parse_font_manifest("families: 3", "fonts.yaml", d));
  EXPECT_FALSE(parse_font_manifest("[1, 2", "fonts.yaml", d));
  const auto m = parse_font_manifest(
      "families:\n"
      "  - role: serif\n    family: A\n    files: [/x.otf]\n"
      "  - role: cursive\n    family: B\n    files: [/y.otf]\n",
      "fonts.yaml", d);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->families.size(), 1u);
  ASSERT_EQ(d.all().size(), 3u);
  EXPECT_EQ(d.all()[2].loc.pos.line, 5);
  EXPECT_NE(d.all()[2].message.find("font role"), std::string::npos);
}

TEST(FontConfig, MissingFilesAreWarningsAndNoSerifIsAnError) {
  Diagnostics d;
  FontManifest m;
  m.families.push_back({FontRole::Serif, "Nothing", {"fonts-nothing"}, "OFL-1.1", {"/nonexistent/x.otf"}});
  EXPECT_EQ(FontConfig::create(m, d, "fonts.yaml"), nullptr);
  ASSERT_EQ(d.all().size(), 2u);
  EXPECT_EQ(d.all()[0].severity, Severity::Warning);
  EXPECT_NE(d.all()[0].message.find("install fonts-nothing"), std::string::npos);
  EXPECT_EQ(d.all()[1].severity, Severity::Error);
}

TEST(FontConfig, SeesOnlyTheManifestsFamilies) {
  Diagnostics d;
  const auto m = load_font_manifest(default_font_manifest_path(), d);
  ASSERT_TRUE(m);
  const auto fc = FontConfig::create(*m, d);
  ASSERT_NE(fc, nullptr);
  EXPECT_TRUE(d.all().empty());
  std::set<std::string> expected;
  for (const auto& f : m->families) expected.insert(f.family);
  PangoFontFamily** families = nullptr;
  int n = 0;
  pango_font_map_list_families(fc->font_map(), &families, &n);
  const std::unique_ptr<PangoFontFamily*, graphics::GFreeDeleter> owner(families);
  std::set<std::string> seen;
  // Pango always lists its generic aliases; they resolve to the families above.
  const std::set<std::string> generic = {"Sans", "Serif", "Monospace", "System-ui", "Cursive", "Fantasy", "Emoji"};
  for (int i = 0; i < n; ++i)
    if (!generic.count(pango_font_family_get_name(families[i]))) seen.insert(pango_font_family_get_name(families[i]));
  EXPECT_EQ(seen, expected);
  EXPECT_EQ(fc->family_list(FontRole::Mono), "DejaVu Sans Mono,DejaVu Serif,DejaVu Sans");
}

TEST(FontConfig, AskingForAnotherFamilyGivesTheFallback) {
  Diagnostics d;
  const auto fc = FontConfig::create(*load_font_manifest(default_font_manifest_path(), d), d);
  ASSERT_NE(fc, nullptr);
  auto ctx = fc->make_context();
  graphics::FontDescriptionPtr desc(pango_font_description_from_string("Comic Sans MS 10"));
  graphics::PangoFontPtr font(pango_context_load_font(ctx.get(), desc.get()));
  ASSERT_NE(font, nullptr);
  graphics::FontDescriptionPtr got(pango_font_describe(font.get()));
  const std::string family = pango_font_description_get_family(got.get());
  std::set<std::string> ours;
  for (const auto& f : fc->manifest().families) ours.insert(f.family);
  EXPECT_TRUE(ours.count(family)) << family;
}

}  // namespace
}  // namespace quire::typeset
