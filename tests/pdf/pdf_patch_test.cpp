// Insertions into a finished PDF: every cross-reference entry and startxref still point at
// their objects afterwards, whether the insertions add bytes, replace some, or remove them.
#include "pdf/pdf_patch.h"

#include <gtest/gtest.h>

#include "support/cairo_like_pdf.h"

namespace quire::pdf {
namespace {

// Five objects, each with a name and some padding.
std::string five_objects() {
  std::vector<std::string> objects;
  for (int i = 1; i <= 5; ++i) objects.push_back("<< /Name /Object" + std::to_string(i) + " /Pad (....) >>");
  return testing_support::cairo_like_pdf(objects, 1);
}

std::size_t at(const std::string& pdf, const std::string& text) { return pdf.find(text); }

// Every object the table lists starts where it says, and startxref finds the table.
void expect_consistent(const std::string& pdf) {
  const auto offsets = object_offsets(pdf);
  ASSERT_EQ(offsets.size(), 6u);
  for (int i = 1; i <= 5; ++i)
    EXPECT_EQ(pdf.compare(offsets[static_cast<std::size_t>(i)], 8, std::to_string(i) + " 0 obj\n"), 0)
        << "object " << i;
  const std::size_t startxref = pdf.rfind("startxref\n") + 10;
  EXPECT_EQ(pdf.compare(std::stoul(pdf.substr(startxref)), 5, "xref\n"), 0);
}

TEST(PdfPatch, InsertionsThatGrowKeepEveryOffset) {
  std::string pdf = five_objects();
  const std::string original = pdf;
  ASSERT_TRUE(insert_into_pdf(pdf, {{at(pdf, "/Object4") + 8, " /B 4"},
                                    {at(pdf, "/Object1") + 8, " /A 1"},
                                    {at(pdf, "(....)"), "(longer text)", 6}}));
  expect_consistent(pdf);
  EXPECT_NE(pdf.find("/Object1 /A 1 /Pad"), std::string::npos);
  EXPECT_NE(pdf.find("/Object4 /B 4 /Pad"), std::string::npos);
  EXPECT_NE(pdf.find("/Object1 /A 1 /Pad (longer text)"), std::string::npos);
  EXPECT_EQ(pdf.size(), original.size() + 5 + 5 + 7);
}

TEST(PdfPatch, InsertionsThatShrinkKeepEveryOffset) {
  std::string pdf = five_objects();
  ASSERT_TRUE(insert_into_pdf(pdf, {{at(pdf, "/Object2") + 8, " /C 2"}, {at(pdf, " /Pad (....)"), "", 12}}));
  expect_consistent(pdf);
  EXPECT_NE(pdf.find("/Object1 >>"), std::string::npos);
  EXPECT_NE(pdf.find("/Object2 /C 2 /Pad"), std::string::npos);
}

TEST(PdfPatch, RefusesInsertionsItCannotPlace) {
  std::string pdf = five_objects();
  const std::string original = pdf;
  EXPECT_FALSE(insert_into_pdf(pdf, {{at(pdf, "xref\n"), "x"}}));  // inside the table
  EXPECT_FALSE(insert_into_pdf(pdf, {{10, "a", 5}, {12, "b"}}));   // overlapping
  EXPECT_EQ(pdf, original);
  std::string broken = "%PDF-1.5\nno table here\n";
  EXPECT_FALSE(insert_into_pdf(broken, {{3, "x"}}));
}

}  // namespace
}  // namespace quire::pdf
