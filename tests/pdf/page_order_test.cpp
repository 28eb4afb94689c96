#include "pdf/page_order.h"

#include <gtest/gtest.h>

#include "support/cairo_like_pdf.h"

using namespace quire::pdf;

namespace {

// A page tree of pages 3..7 drawn in that order, then the catalog (object 8).
std::string five_pages() {
  std::vector<std::string> objects = {"<< /Type /Pages\n   /Kids [ 3 0 R 4 0 R 5 0 R 16 0 R 7 0 R ]\n   /Count 5\n>>",
                                      "<< /Type /Info >>"};
  for (int p = 3; p <= 7; ++p) objects.push_back("<< /Type /Page /Parent 1 0 R >>");
  objects.push_back("<< /Type /Catalog\n   /Pages 1 0 R\n>>");
  return quire::testing_support::cairo_like_pdf(objects, 8);
}

TEST(PageOrder, MovesTheLastPagesToTheFrontWithoutMovingAnyOffset) {
  std::string pdf = five_pages();
  const std::string before = pdf;
  ASSERT_TRUE(move_last_pages_first(pdf, 2));
  EXPECT_NE(pdf.find("/Kids [ 16 0 R 7 0 R 3 0 R 4 0 R 5 0 R ]"), std::string::npos) << pdf;
  ASSERT_EQ(pdf.size(), before.size());
  EXPECT_EQ(pdf.substr(pdf.find("xref")), before.substr(before.find("xref")));
}

TEST(PageOrder, TheLinksOnTheMovedPagesComeFirstInTheStructureTree) {
  // Pages 2 and 3; a Document element (5) holding links on page 3, 2, 3 (objects 6, 7, 8).
  std::string pdf = quire::testing_support::cairo_like_pdf(
      {"<< /Type /Pages\n   /Kids [ 2 0 R 3 0 R ]\n   /Count 2\n>>", "<< /Type /Page /Parent 1 0 R >>",
       "<< /Type /Page /Parent 1 0 R >>", "<< /Type /StructTreeRoot\n   /K [ 5 0 R ]\n>>",
       "<< /Type /StructElem\n   /S /Document\n   /P 4 0 R\n   /K [ 6 0 R 7 0 R 8 0 R ]\n>>",
       "<< /Type /StructElem\n   /S /Link\n   /P 5 0 R\n   /Pg 3 0 R\n>>",
       "<< /Type /StructElem\n   /S /Link\n   /P 5 0 R\n   /Pg 2 0 R\n>>",
       "<< /Type /StructElem\n   /S /Link\n   /P 5 0 R\n   /Pg 3 0 R\n>>",
       "<< /Type /Catalog\n   /Pages 1 0 R\n   /StructTreeRoot 4 0 R\n>>"},
      9);
  const std::size_t size = pdf.size();
  ASSERT_TRUE(move_last_pages_first(pdf, 1));
  EXPECT_NE(pdf.find("/Kids [ 3 0 R 2 0 R ]"), std::string::npos) << pdf;
  EXPECT_NE(pdf.find("/S /Document\n   /P 4 0 R\n   /K [ 6 0 R 8 0 R 7 0 R ]"), std::string::npos) << pdf;
  EXPECT_EQ(pdf.size(), size);
}

TEST(PageOrder, MovingNoPagesOrAllOfThemKeepsTheOrder) {
  for (std::size_t count : {0u, 5u}) {
    std::string pdf = five_pages();
    ASSERT_TRUE(move_last_pages_first(pdf, count));
    EXPECT_EQ(pdf, five_pages());
  }
}

TEST(PageOrder, RefusesATreeItCannotRead) {
  std::string pdf = five_pages();
  EXPECT_FALSE(move_last_pages_first(pdf, 6)) << "more pages than the tree holds";
  EXPECT_EQ(pdf, five_pages());
  std::string odd = quire::testing_support::cairo_like_pdf(
      {"<< /Type /Pages\n   /Kids [ 3 0 R 4 0 ]\n   /Count 2\n>>", "<< /Type /Catalog\n   /Pages 1 0 R\n>>"}, 2);
  const std::string kept = odd;
  EXPECT_FALSE(move_last_pages_first(odd, 1));
  EXPECT_EQ(odd, kept);
}

TEST(PageOrder, LabelsAreRangesOfRomanAndDecimalNumbers) {
  EXPECT_EQ(page_labels_tree({"i", "ii", "iii", "iv", "1", "2", "3"}),
            "<< /Nums [ 0 << /S /r >> 4 << /S /D >> ] >>");
  // A range that does not start at one, a break in the count, and labels that are not numbers.
  EXPECT_EQ(page_labels_tree({"ix", "x", "5", "7", "A-1", "(c)", "é"}),
            "<< /Nums [ 0 << /S /r /St 9 >> 2 << /S /D /St 5 >> 3 << /S /D /St 7 >> 4 << /P (A-1) >> "
            "5 << /P (\\(c\\)) >> 6 << /P <FEFF00E9> >> ] >>");
  EXPECT_EQ(page_labels_tree({"iiii", "01"}), "<< /Nums [ 0 << /P (iiii) >> 1 << /P (01) >> ] >>");
}

TEST(PageOrder, AddsTheLabelsToTheCatalog) {
  const std::string pdf = add_page_labels(five_pages(), "<< /Nums [ 0 << /S /D >> ] >>");
  EXPECT_NE(pdf.find("/Type /Catalog\n   /PageLabels << /Nums [ 0 << /S /D >> ] >>"), std::string::npos);
  const std::size_t table = pdf.find("xref\n0 9\n");
  const std::size_t entry = table + 9 + 20 * 8;
  EXPECT_EQ(std::stoul(pdf.substr(entry, 10)), pdf.find("\n8 0 obj") + 1);
}

}  // namespace
