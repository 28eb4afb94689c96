#include "pdf/catalog_lang.h"

#include <gtest/gtest.h>

#include "support/cairo_like_pdf.h"

using quire::pdf::add_catalog_lang;

namespace {

// Pages, the catalog, a page: the catalog is not the last object.
std::string tiny_pdf() {
  return quire::testing_support::cairo_like_pdf(
      {"<< /Type /Pages /Kids [ 3 0 R ] /Count 1 >>", "<< /Type /Catalog\n   /Pages 1 0 R\n>>",
       "<< /Type /Page /Parent 1 0 R /MediaBox [ 0 0 100 100 ] >>"},
      2);
}

std::size_t offset_of_object(const std::string& pdf, int n) {
  return pdf.find("\n" + std::to_string(n) + " 0 obj") + 1;
}

TEST(CatalogLang, AddsLangAndShiftsTheObjectsAfterIt) {
  const std::string in = tiny_pdf();
  const std::string out = add_catalog_lang(in, "en-GB");
  ASSERT_NE(out, in);
  EXPECT_NE(out.find("/Type /Catalog\n   /Lang (en-GB)"), std::string::npos);
  // Every xref entry still points at its object, and startxref at the table.
  const std::size_t table = out.find("xref\n0 4\n");
  for (int n = 1; n <= 3; ++n) {
    const std::size_t entry = table + 9 + 20 * static_cast<std::size_t>(n);
    EXPECT_EQ(std::stoul(out.substr(entry, 10)), offset_of_object(out, n)) << "object " << n;
  }
  const std::size_t sx = out.find("startxref\n") + 10;
  EXPECT_EQ(std::stoul(out.substr(sx, out.find('\n', sx) - sx)), table);
}

TEST(CatalogLang, LeavesOtherBytesAlone) {
  const std::string in = tiny_pdf();
  EXPECT_EQ(add_catalog_lang(in, "en) /JS (x"), in);  // not a language tag
  EXPECT_EQ(add_catalog_lang("not a pdf", "en"), "not a pdf");
}

}  // namespace
