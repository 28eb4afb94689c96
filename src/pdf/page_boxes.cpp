#include "pdf/page_boxes.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <string_view>

#include "pdf/pdf_patch.h"

namespace quire::pdf {

namespace {

std::string box_text(const char* name, const PdfBox& b) {
  return fmt::format("\n   /{} [ {:.2f} {:.2f} {:.2f} {:.2f} ]", name, b.x0, b.y0, b.x1, b.y1);
}

std::string number(double v) {
  std::string s = fmt::format("{:.2f}", v);
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  return s == "-0" ? "0" : s;
}

// Reads `count` numbers separated by spaces from `at`; the end of the last one, or npos.
std::size_t read_numbers(const std::string& pdf, std::size_t at, std::size_t limit, int count, double* out) {
  std::size_t pos = at;
  for (int i = 0; i < count; ++i) {
    while (pos < limit && pdf[pos] == ' ') ++pos;
    const std::size_t start = pos;
    while (pos < limit && (std::isdigit(static_cast<unsigned char>(pdf[pos])) || pdf[pos] == '.' || pdf[pos] == '-'))
      ++pos;
    if (pos == start) return std::string::npos;
    out[i] = std::strtod(pdf.substr(start, pos - start).c_str(), nullptr);
  }
  return pos;
}

// Link rectangles ("/Rect [ x0 y0 x1 y1 ]") and destinations ("/XYZ x y zoom") of one object,
// moved right by `offset` and down the sheet by `offset` (PDF's y points up).
void shift_positions(const std::string& pdf, std::size_t begin, std::size_t end, double offset,
                     std::vector<PdfInsertion>& out) {
  for (std::size_t at = pdf.find("/Rect [", begin); at < end; at = pdf.find("/Rect [", at + 1)) {
    double v[4];
    const std::size_t from = at + 7;
    const std::size_t to = read_numbers(pdf, from, end, 4, v);
    if (to == std::string::npos) continue;
    out.push_back({from, " " + number(v[0] + offset) + " " + number(v[1] - offset) + " " + number(v[2] + offset) +
                             " " + number(v[3] - offset), to - from});
  }
  for (std::size_t at = pdf.find("/XYZ ", begin); at < end; at = pdf.find("/XYZ ", at + 1)) {
    double v[2];
    const std::size_t from = at + 4;
    const std::size_t to = read_numbers(pdf, from, end, 2, v);
    if (to == std::string::npos) continue;
    out.push_back({from, " " + number(v[0] + offset) + " " + number(v[1] - offset), to - from});
  }
}

}  // namespace

std::string add_page_boxes(std::string pdf, const PdfBox& trim, const PdfBox& bleed, double offset) {
  const std::string boxes = box_text("TrimBox", trim) + box_text("BleedBox", bleed);
  std::vector<PdfInsertion> insertions;
  for (const std::size_t offset_of_object : object_offsets(pdf)) {
    if (offset_of_object == 0 || offset_of_object >= pdf.size()) continue;
    const std::size_t end = pdf.find("endobj", offset_of_object);
    if (end == std::string::npos) continue;
    // Objects with a stream hold binary data: nothing in them is read or changed.
    const bool has_stream =
        std::string_view(pdf).substr(offset_of_object, end - offset_of_object).find("\nstream\n") != std::string_view::npos;
    if (offset != 0 && !has_stream) shift_positions(pdf, offset_of_object, end, offset, insertions);
    const std::size_t dict = pdf.find("<<", offset_of_object);
    if (dict == std::string::npos || dict > end) continue;
    // A page object ("/Type /Page", not "/Type /Pages"), as Cairo opens it.
    constexpr std::string_view kPage = "/Type /Page";
    const std::size_t type = pdf.find(kPage, dict);
    if (type == std::string::npos || type > end) continue;
    const char after = pdf[type + kPage.size()];
    if (after == 's' || has_stream) continue;
    const std::size_t media = pdf.find("/MediaBox [", dict);
    if (media == std::string::npos || media > end) continue;
    const std::size_t close = pdf.find(']', media);
    if (close == std::string::npos || close > end) continue;
    insertions.push_back({close + 1, boxes});
  }
  if (insertions.empty()) return pdf;
  insert_into_pdf(pdf, std::move(insertions));
  return pdf;
}

}  // namespace quire::pdf
