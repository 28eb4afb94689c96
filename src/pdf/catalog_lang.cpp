#include "pdf/catalog_lang.h"

#include <cctype>
#include <cstdio>
#include <string_view>

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
  const std::size_t xref = pdf.rfind("\nxref\n");
  const std::size_t startxref = pdf.rfind("\nstartxref\n");
  if (catalog == std::string::npos || xref == std::string::npos || startxref == std::string::npos ||
      catalog > xref || xref > startxref)
    return pdf;
  const std::size_t at = catalog + kCatalog.size();
  const std::string insert = "\n   /Lang (" + lang + ")";
  const long delta = static_cast<long>(insert.size());

  // The table: "xref\n0 N\n" then N entries of 20 bytes, "oooooooooo ggggg n \n".
  std::size_t pos = xref + 6;
  const std::size_t header_end = pdf.find('\n', pos);
  unsigned first = 0, count = 0;
  if (header_end == std::string::npos ||
      std::sscanf(pdf.substr(pos, header_end - pos).c_str(), "%u %u", &first, &count) != 2)
    return pdf;
  pos = header_end + 1;
  if (pos + 20ull * count > startxref + 1) return pdf;
  for (unsigned i = 0; i < count; ++i, pos += 20) {
    if (pdf[pos + 17] != 'n') continue;
    const long offset = std::stol(pdf.substr(pos, 10));
    if (offset <= static_cast<long>(at)) continue;
    char buf[11];
    std::snprintf(buf, sizeof buf, "%010ld", offset + delta);
    pdf.replace(pos, 10, buf, 10);
  }
  const std::size_t value = startxref + 11;
  const std::size_t value_end = pdf.find('\n', value);
  if (value_end == std::string::npos) return pdf;
  const long xref_offset = std::stol(pdf.substr(value, value_end - value));
  pdf.replace(value, value_end - value, std::to_string(xref_offset + delta));
  pdf.insert(at, insert);
  return pdf;
}

}  // namespace quire::pdf
