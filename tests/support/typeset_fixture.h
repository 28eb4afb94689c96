#pragma once
// A test fixture with the project's fonts loaded once per suite and a paragraph setter over
// them, for tests that set real text (block layout, paragraph lines).
#include <gtest/gtest.h>

#include <memory>

#include "diag/diagnostics.h"
#include "layout/paragraph_lines.h"
#include "typeset/font_config.h"

namespace quire::testing_support {

struct TypesetFixture : ::testing::Test {
  static inline std::unique_ptr<typeset::FontConfig> fonts;
  static void SetUpTestSuite() {
    Diagnostics diags;
    const auto manifest = typeset::load_font_manifest(typeset::default_font_manifest_path(), diags);
    ASSERT_TRUE(manifest);
    fonts = typeset::FontConfig::create(*manifest, diags);
    ASSERT_TRUE(fonts);
  }

  typeset::HyphenatorSet hyphenators;
  typeset::Shaper shaper{*fonts, hyphenators};
  Diagnostics diags;
  layout::ParagraphSetter setter{shaper, diags};
};

}  // namespace quire::testing_support
