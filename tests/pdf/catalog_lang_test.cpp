#include "pdf/catalog_lang.h"

#include <gtest/gtest.h>

using quire::pdf::add_catalog_lang;

namespace {

// A PDF laid out as Cairo writes one: objects, the catalog last, a classic xref table.
std::string tiny_pdf() {
  std::string pdf = "%PDF-1.5\n";
  std::vector<std::size_t> offsets;
  auto object = [&](const std::string& body) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
  };
  object("<< /Type /Pages /Kids [ 3 0 R ] /Count 1 >>");
  object("<< /Type /Catalog\n   /Pages 1 0 R\n>>");
  object("<< /Type /Page /Parent 1 0 R /MediaBox [ 0 0 100 100 ] >>");
  const std::size_t xref = pdf.size();
  pdf += "xref\n0 4\n0000000000 65535 f \n";
  for (auto o : offsets) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%010zu 00000 n \n", o);
    pdf += buf;
  }
  pdf += "trailer\n<< /Size 4 /Root 2 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return pdf;
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
