#include "pdf/catalog_lang.h"

#include <cctype>

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
  add_to_catalog(pdf, "/Lang (" + lang + ")");
  return pdf;
}

}  // namespace quire::pdf
