#pragma once
// A throwaway book folder for loader and ordering tests: files are written into a fresh
// directory under the system temp folder, removed again when the test ends.
#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

#include "diag/diagnostics.h"

namespace quire::testing {

class TempBook {
 public:
  TempBook() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "quire-book-XXXXXX").string();
    if (::mkdtemp(tmpl.data()) == nullptr) ADD_FAILURE() << "cannot create a temp folder";
    dir_ = tmpl;
  }
  ~TempBook() {
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }
  TempBook(const TempBook&) = delete;
  TempBook& operator=(const TempBook&) = delete;

  // Writes `content` byte for byte to `rel` inside the book, creating folders as needed.
  void write(const std::string& rel, std::string_view content) const {
    const auto path = std::filesystem::path(dir_) / rel;
    std::filesystem::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
  }

  // An entry with just a title and optional extra front-matter lines.
  void entry(const std::string& rel, const std::string& title, const std::string& extra = "") const {
    write(rel, "---\ntitle: " + title + "\n" + extra + "---\n\nText.\n");
  }

  const std::string& dir() const { return dir_; }
  std::string path(const std::string& rel) const { return dir_ + "/" + rel; }

 private:
  std::string dir_;
};

// The first diagnostic whose message contains `needle`, or nullptr.
inline const Diagnostic* find_diag(const Diagnostics& diags, std::string_view needle) {
  for (const auto& d : diags.all())
    if (d.message.find(needle) != std::string::npos) return &d;
  return nullptr;
}

// Every diagnostic, one per line, for failure messages.
inline std::string dump(const Diagnostics& diags) {
  std::string out;
  for (const auto& d : diags.all()) out += format_diagnostic(d) + "\n";
  return out;
}

}  // namespace quire::testing
