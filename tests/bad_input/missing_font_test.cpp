// A font file the manifest names is missing: a missing serif (the body face) stops the
// print edition with an error naming the package to install; a missing secondary face is
// a warning and the PDF is still made.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "load/temp_book.h"
#include "pdf/pdf_writer.h"

using namespace quire;
using quire::testing::dump;
using quire::testing::find_diag;

namespace {

model::Book one_paragraph_book() {
  model::Book book;
  book.meta.title = "Fonts";
  book.meta.slug = "fonts";
  model::Entry e;
  e.path = "entries/a.md";
  e.slug = "a";
  e.title = "A";
  e.body.push_back({model::Paragraph{{{model::Text{"Some text."}, {}}}}, {}});
  book.entries.push_back(std::move(e));
  model::Chapter ch;
  ch.title = "Chapter";
  ch.id = "ch-1";
  ch.entries = {0};
  book.chapters.push_back(std::move(ch));
  return book;
}

// The real manifest with one file path replaced by a file that does not exist.
std::string manifest_without(const std::string& file) {
  std::ifstream in(std::string(QUIRE_SOURCE_DIR) + "/fonts/fonts.yaml");
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const auto at = text.find(file);
  EXPECT_NE(at, std::string::npos) << file;
  if (at != std::string::npos) text.replace(at, file.size(), "/nonexistent/fonts/Missing.otf");
  return text;
}

}  // namespace

TEST(BadInput, MissingBodyFontIsAnErrorNamingThePackage) {
  quire::testing::TempBook b;
  std::string manifest = manifest_without("/usr/share/fonts/opentype/linux-libertine/LinLibertine_R.otf");
  for (const char* face : {"LinLibertine_RI.otf", "LinLibertine_RB.otf", "LinLibertine_RBI.otf"}) {
    const std::string path = std::string("/usr/share/fonts/opentype/linux-libertine/") + face;
    manifest.replace(manifest.find(path), path.size(), "/nonexistent/fonts/Missing.otf");
  }
  b.write("fonts.yaml", manifest);
  pdf::PdfOptions options;
  options.styles_dir = std::string(QUIRE_SOURCE_DIR) + "/styles";
  options.font_manifest = b.path("fonts.yaml");
  Diagnostics diags;
  EXPECT_FALSE(pdf::build_pdf(one_paragraph_book(), options, diags));
  const Diagnostic* missing = find_diag(diags, "font file not found: /nonexistent/fonts/Missing.otf");
  ASSERT_NE(missing, nullptr) << dump(diags);
  EXPECT_NE(missing->message.find("install fonts-linuxlibertine"), std::string::npos) << missing->message;
  const Diagnostic* fatal = find_diag(diags, "no file of the serif family could be loaded");
  ASSERT_NE(fatal, nullptr) << dump(diags);
  EXPECT_EQ(fatal->severity, Severity::Error);
}

TEST(BadInput, MissingSecondaryFontIsAWarningAndThePdfIsMade) {
  quire::testing::TempBook b;
  b.write("fonts.yaml", manifest_without("/usr/share/fonts/opentype/linux-libertine/LinBiolinum_R.otf"));
  pdf::PdfOptions options;
  options.styles_dir = std::string(QUIRE_SOURCE_DIR) + "/styles";
  options.font_manifest = b.path("fonts.yaml");
  Diagnostics diags;
  const auto bytes = pdf::build_pdf(one_paragraph_book(), options, diags);
  ASSERT_TRUE(bytes) << dump(diags);
  EXPECT_EQ(bytes->compare(0, 5, "%PDF-"), 0);
  EXPECT_FALSE(diags.has_errors()) << dump(diags);
  const Diagnostic* d = find_diag(diags, "font file not found: /nonexistent/fonts/Missing.otf");
  ASSERT_NE(d, nullptr) << dump(diags);
  EXPECT_EQ(d->severity, Severity::Warning);
}
