#include "pdf/catalog_lang.h"

#include <cctype>
#include <string_view>

#include "pdf/pdf_patch.h"

namespace quire::pdf {

namespace {

bool plain_tag(const std::string& lang) {
  if (lang.empty() || lang.size() > 35) return false;
  for (char c : lang)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-') return false;
  return true;
}

}  // namespace

std::string add_catalog_lang(std::string pdf, const std::string& lang) {
  if (!plain_tag(lang)) return pdf;
  constexpr std::string_view kCatalog = "/Type /Catalog";
  const std::size_t catalog = pdf.rfind(kCatalog);
  if (catalog == std::string::npos) return pdf;
  insert_into_pdf(pdf, {{catalog + kCatalog.size(), "\n   /Lang (" + lang + ")"}});
  return pdf;
}

}  // namespace quire::pdf
