#include "epub/xml_text.h"

#include <gtest/gtest.h>
#include <tinyxml2.h>

namespace quire::epub {
namespace {

TEST(XmlText, DropsCharactersXmlCannotCarry) {
  EXPECT_EQ(xml_safe("a\x01" "b\tc\n"), "ab\tc\n");
  EXPECT_EQ(xml_safe("caf\xC3\xA9"), "caf\xC3\xA9");
  EXPECT_EQ(xml_safe("x\xEF\xBF\xBFy"), "xy");           // U+FFFF
  EXPECT_EQ(xml_safe("bad\xC3"), "bad\xEF\xBF\xBD");      // truncated sequence
}

TEST(XmlText, BlocksOnLinesInlineContentUntouched) {
  tinyxml2::XMLDocument doc;
  tinyxml2::XMLElement* body = doc.NewElement("body");
  doc.InsertEndChild(body);
  tinyxml2::XMLElement* p = add_element(body, "p");
  add_text_element(p, "em", "a");
  add_text_element(p, "strong", "b");
  add_text(p, " 1 < 2 & 3");
  add_text_element(add_element(body, "pre"), "code", "x\n  y");
  EXPECT_EQ(to_xml_string(doc),
            "<body>\n"
            "    <p><em>a</em><strong>b</strong> 1 &lt; 2 &amp; 3</p>\n"
            "    <pre><code>x\n  y</code></pre>\n"
            "</body>\n");
}

}  // namespace
}  // namespace quire::epub
