// Raw content: HTML kept for the EPUB when well-formed, TeX layout made into blocks, other TeX named.
#include "structure/raw_content.h"

#include <gtest/gtest.h>

#include "markdown/markdown_reader.h"
#include "model/dump.h"

using namespace quire;

namespace {

struct Result {
  std::string model;
  Diagnostics diags;
};

Result read(std::string_view md) {
  Result r;
  model::Book book;
  model::Entry e;
  e.loc.path = "a.md";
  e.body = markdown::read_markdown(md, "a.md", 1, r.diags).body;
  book.entries.push_back(std::move(e));
  structure::read_raw_content(book, r.diags);
  r.model = model::dump(book.entries[0].body);
  return r;
}

std::string diags_text(const Diagnostics& d) {
  std::string out;
  for (const auto& x : d.all()) out += format_diagnostic(x) + "\n";
  return out;
}

}  // namespace

TEST(RawContent, LayoutCommandsBecomeBlocks) {
  const Result r = read("One.\n\n\\newpage\n\nTwo.\n\n\\vspace{1cm}\n\n\\noindent Three.\n\n```{=latex}\n\\clearpage\n```\n");
  EXPECT_TRUE(r.diags.all().empty()) << diags_text(r.diags);
  EXPECT_EQ(r.model,
            "Para [Text \"One.\"]\nPageBreak\nPara [Text \"Two.\"]\nVSpace 1cm\nPara [Text \"Three.\"]\nPageBreak\n");
}

TEST(RawContent, OtherCommandsAreNamedAndKeepTheirArguments) {
  const Result r = read("Step \\circled{1} then \\phantomsection go.\n");
  EXPECT_EQ(r.model, "Para [Text \"Step 1 then go.\"]\n");
  ASSERT_EQ(r.diags.all().size(), 2u) << diags_text(r.diags);
  EXPECT_EQ(format_diagnostic(r.diags.all()[0]),
            "a.md:1:6: warning: the raw TeX command '\\circled' is not supported; the text of its arguments is "
            "kept [raw-tex]");
  EXPECT_NE(r.diags.all()[1].message.find("'\\phantomsection'"), std::string::npos);
}

TEST(RawContent, FontCommandsMapAndGraphicsBecomeImages) {
  const Result r = read("A \\textbf{bold} and \\includegraphics[width=0.5\\textwidth]{img/x.png}\n");
  EXPECT_TRUE(r.diags.all().empty()) << diags_text(r.diags);
  EXPECT_NE(r.model.find("Strong [Text \"bold\"]"), std::string::npos) << r.model;
  EXPECT_NE(r.model.find("img/x.png"), std::string::npos) << r.model;
}

TEST(RawContent, EnvironmentsAreNamed) {
  const Result r = read("\\begin{multicols}{2}\n\\end{multicols}\n");
  ASSERT_EQ(r.diags.all().size(), 1u) << diags_text(r.diags);
  EXPECT_NE(r.diags.all()[0].message.find("'multicols'"), std::string::npos);
}

TEST(RawContent, WellFormedHtmlIsKeptOtherwiseNamed) {
  const Result ok = read("```{=html}\n<p class=\"x\">Hi<br/></p>\n```\n\nA `<b>b</b>`{=html} c.\n");
  EXPECT_TRUE(ok.diags.all().empty()) << diags_text(ok.diags);
  EXPECT_NE(ok.model.find("raw=html"), std::string::npos) << ok.model;
  EXPECT_NE(ok.model.find("RawInline"), std::string::npos) << ok.model;
  const Result bad = read("```{=html}\n<p>unclosed\n```\n\nA `<b>b`{=html} c.\n");
  ASSERT_EQ(bad.diags.all().size(), 2u) << diags_text(bad.diags);
  EXPECT_EQ(bad.diags.all()[0].code, "raw-html");
  EXPECT_NE(bad.diags.all()[1].message.find("<b>b"), std::string::npos);
  EXPECT_EQ(bad.model, "Para [Text \"A \", Text \" c.\"]\n");
}

TEST(RawContent, LayoutInsideALineIsNamed) {
  const Result r = read("# Title \\newpage\n");
  ASSERT_EQ(r.diags.all().size(), 1u) << diags_text(r.diags);
  EXPECT_NE(r.diags.all()[0].message.find("has no effect here"), std::string::npos);
}

TEST(RawContent, HtmlLineBreaksAndImagesMapIntoTheModel) {
  const Result r = read("a<br>b <img src=\"x.png\" alt=\"X\" width=\"50%\"> c\n");
  EXPECT_TRUE(r.diags.all().empty()) << diags_text(r.diags);
  EXPECT_NE(r.model.find("LineBreak"), std::string::npos) << r.model;
  EXPECT_NE(r.model.find("x.png"), std::string::npos) << r.model;
}
