#include "pdf/pdf_patch.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <string_view>

namespace quire::pdf {

namespace {

struct Table {
  std::size_t xref = 0;     // where "xref" starts
  std::size_t entries = 0;  // the first 20-byte entry
  unsigned first = 0;
  unsigned count = 0;
  std::size_t startxref_value = 0;  // the offset's digits after "startxref\n"
  std::size_t startxref_end = 0;
};

bool find_table(const std::string& pdf, Table& t) {
  const std::size_t xref = pdf.rfind("\nxref\n");
  const std::size_t startxref = pdf.rfind("\nstartxref\n");
  if (xref == std::string::npos || startxref == std::string::npos || xref > startxref) return false;
  t.xref = xref + 1;
  const std::size_t pos = xref + 6;
  const std::size_t header_end = pdf.find('\n', pos);
  if (header_end == std::string::npos ||
      std::sscanf(pdf.substr(pos, header_end - pos).c_str(), "%u %u", &t.first, &t.count) != 2)
    return false;
  t.entries = header_end + 1;
  // "oooooooooo ggggg n \n": 20 bytes an entry.
  if (t.entries + 20ull * t.count > startxref + 1) return false;
  t.startxref_value = startxref + 11;
  t.startxref_end = pdf.find('\n', t.startxref_value);
  return t.startxref_end != std::string::npos;
}

// Applies sorted, non-overlapping insertions in one pass over the bytes. When none removes more
// than it adds, every byte moves right, so the bytes are moved back to front in place (a
// thousand page boxes into a 35 MB file would otherwise copy the file a thousand times).
void splice(std::string& pdf, const std::vector<PdfInsertion>& insertions) {
  const bool grows = std::all_of(insertions.begin(), insertions.end(),
                                 [](const PdfInsertion& i) { return i.text.size() >= i.remove; });
  std::size_t growth = 0;
  if (grows)
    for (const auto& ins : insertions) growth += ins.text.size() - ins.remove;
  if (!grows) {
    std::string out;
    out.reserve(pdf.size());
    std::size_t from = 0;
    for (const auto& ins : insertions) {
      out.append(pdf, from, ins.at - from);
      out += ins.text;
      from = ins.at + ins.remove;
    }
    out.append(pdf, from, std::string::npos);
    pdf = std::move(out);
    return;
  }
  std::size_t end = pdf.size();
  pdf.resize(pdf.size() + growth);
  char* bytes = pdf.data();
  std::size_t shift = growth;  // how far the bytes after the current insertion move
  for (auto it = insertions.rbegin(); it != insertions.rend(); ++it) {
    const std::size_t tail = it->at + it->remove;
    std::memmove(bytes + tail + shift, bytes + tail, end - tail);
    shift -= it->text.size() - it->remove;
    std::memcpy(bytes + it->at + shift, it->text.data(), it->text.size());
    end = it->at;
  }
}

}  // namespace

std::vector<std::size_t> object_offsets(const std::string& pdf) {
  Table t;
  if (!find_table(pdf, t)) return {};
  std::vector<std::size_t> out(t.first + t.count, 0);
  for (unsigned i = 0; i < t.count; ++i) {
    const std::size_t pos = t.entries + 20ull * i;
    if (pdf[pos + 17] != 'n') continue;
    out[t.first + i] = std::stoul(pdf.substr(pos, 10));
  }
  return out;
}

std::size_t catalog_start(const std::string& pdf) {
  constexpr std::string_view kCatalog = "/Type /Catalog";
  const std::size_t at = pdf.rfind(kCatalog);
  return at == std::string::npos ? at : at + kCatalog.size();
}

bool add_to_catalog(std::string& pdf, const std::string& entry) {
  const std::size_t at = catalog_start(pdf);
  return at != std::string::npos && insert_into_pdf(pdf, {{at, "\n   " + entry}});
}

bool insert_into_pdf(std::string& pdf, std::vector<PdfInsertion> insertions) {
  Table t;
  if (!find_table(pdf, t)) return false;
  std::sort(insertions.begin(), insertions.end(),
            [](const PdfInsertion& a, const PdfInsertion& b) { return a.at < b.at; });
  if (!insertions.empty() && insertions.back().at >= t.xref) return false;
  // How far an offset moves: the length of everything inserted before it. Insertions go
  // inside objects, so an object starting exactly at one does not move.
  auto shift = [&](std::size_t offset) {
    long long delta = 0;
    for (const auto& ins : insertions)
      if (ins.at < offset)
        delta += static_cast<long long>(ins.text.size()) - static_cast<long long>(ins.remove);
    return delta;
  };
  for (std::size_t i = 1; i < insertions.size(); ++i)
    if (insertions[i - 1].at + insertions[i - 1].remove > insertions[i].at) return false;
  // In place, as a book's PDF can be tens of megabytes: the table and the trailer first (they
  // come after every insertion, so their positions hold), then the insertions back to front.
  for (unsigned i = 0; i < t.count; ++i) {
    const std::size_t pos = t.entries + 20ull * i;
    if (pdf[pos + 17] != 'n') continue;
    const std::size_t offset = std::stoul(pdf.substr(pos, 10));
    char buf[11];
    std::snprintf(buf, sizeof buf, "%010lld", static_cast<long long>(offset) + shift(offset));
    pdf.replace(pos, 10, buf, 10);
  }
  const std::size_t xref_offset =
      std::stoul(pdf.substr(t.startxref_value, t.startxref_end - t.startxref_value));
  pdf.replace(t.startxref_value, t.startxref_end - t.startxref_value,
              std::to_string(static_cast<long long>(xref_offset) + shift(t.xref)));
  splice(pdf, insertions);
  return true;
}

}  // namespace quire::pdf
