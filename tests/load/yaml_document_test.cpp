// Parsing YAML with positions, and what parse_yaml refuses before anyone reads the tree.
#include "load/yaml_document.h"

#include <gtest/gtest.h>

using namespace quire;

// A NUL from "\0" in book.yaml's title crashed Cairo when the PDF was finished; the other
// controls reached the PDF as missing glyphs with no position.
TEST(YamlDocument, ControlCharactersInStringsAreAnErrorAtTheirScalar) {
  Diagnostics diags;
  EXPECT_FALSE(load::parse_yaml("title: One\ntags: [a, \"b\\x01\"]\n", "entries/a.md", 1, diags));
  ASSERT_EQ(diags.all().size(), 1u);
  EXPECT_EQ(format_diagnostic(diags.all()[0]),
            "entries/a.md:3:11: error: control character U+0001 in a YAML string; it is not text "
            "(an escape such as \\0 or \\x01?) [control-character]");

  Diagnostics key;
  EXPECT_FALSE(load::parse_yaml("\"ti\\0tle\": One\n", "book.yaml", 0, key));
  ASSERT_EQ(key.all().size(), 1u);
  EXPECT_EQ(key.all()[0].loc.pos.line, 1);
  EXPECT_EQ(key.all()[0].loc.pos.col, 1);

  Diagnostics fine;
  EXPECT_TRUE(load::parse_yaml("title: \"tab\\there\"\nabstract: |\n  two\n  lines\n", "book.yaml", 0, fine));
  EXPECT_TRUE(fine.all().empty());
}
