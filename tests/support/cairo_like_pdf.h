#pragma once
// A small PDF laid out as Cairo 1.16 writes one (numbered objects, then one classic
// cross-reference table and the trailer), for tests of the patches made to Cairo's output.
#include <cstdio>
#include <string>
#include <vector>

namespace quire::testing_support {

// Objects 1..n with the given dictionaries; `root` is the catalog's object number.
inline std::string cairo_like_pdf(const std::vector<std::string>& objects, int root) {
  std::string pdf = "%PDF-1.5\n";
  std::vector<std::size_t> offsets;
  for (const auto& body : objects) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
  }
  const std::size_t xref = pdf.size();
  const std::string size = std::to_string(objects.size() + 1);
  pdf += "xref\n0 " + size + "\n0000000000 65535 f \n";
  for (auto o : offsets) {
    char entry[32];
    std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", o);
    pdf += entry;
  }
  pdf += "trailer\n<< /Size " + size + " /Root " + std::to_string(root) + " 0 R >>\nstartxref\n" +
         std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

}  // namespace quire::testing_support
