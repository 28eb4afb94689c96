#include "structure/svg_references.h"

#include <gtest/gtest.h>

using quire::structure::svg_external_references;
using Refs = std::vector<std::string>;

TEST(SvgReferences, FragmentsAndDataUrisAreTheSvgsOwn) {
  EXPECT_EQ(svg_external_references(R"svg(<svg xmlns="http://www.w3.org/2000/svg"><use href="#a"/>)svg"
                                    R"svg(<image href=" DATA:image/png;base64,AA"/><rect fill="url(#g)"/></svg>)svg"),
            Refs{});
}

TEST(SvgReferences, EveryOtherReferenceIsFoundOnceInOrder) {
  const std::string svg =
      R"svg(<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">)svg"
      R"svg(<image xlink:href="../../outside.svg"/><g><use href="file:///etc/passwd#x"/></g>)svg"
      R"svg(<image href="/abs/pic.png"/><image href="https://example.com/a.png"/>)svg"
      R"svg(<rect style="fill: url('pattern.svg#p')"/><image xlink:href="../../outside.svg"/>)svg"
      R"svg(<style>@import "theme.css"; rect { filter: url(filters.svg#blur) }</style></svg>)svg";
  EXPECT_EQ(svg_external_references(svg),
            (Refs{"../../outside.svg", "file:///etc/passwd#x", "/abs/pic.png", "https://example.com/a.png",
                  "pattern.svg#p", "filters.svg#blur", "theme.css"}));
}

TEST(SvgReferences, TextThatIsNotXmlHasNone) {
  EXPECT_EQ(svg_external_references("<svg><image href='a.png'>"), Refs{});
}
