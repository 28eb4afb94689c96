#pragma once
// Several files in one fuzz input: a line "%%%% path" starts the file at `path` (relative,
// letters, digits and ._-/ only, no hidden parts), bytes before the first such line are
// book.yaml. Keeps a whole book folder mutable by a fuzzer as one byte string.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace quire::fuzz {

struct ArchiveFile {
  std::string path;
  std::string_view content;
};

// The files of `data`, in order; a file whose path is not acceptable is dropped, a later
// file with the same path replaces the earlier one. At most kMaxArchiveFiles are kept.
std::vector<ArchiveFile> split_archive(std::string_view data);

constexpr std::size_t kMaxArchiveFiles = 16;

// A fresh folder under the system temp folder, removed with everything in it when this
// goes out of scope.
class TempFolder {
 public:
  TempFolder();
  ~TempFolder();
  TempFolder(const TempFolder&) = delete;
  TempFolder& operator=(const TempFolder&) = delete;

  bool ok() const { return !dir_.empty(); }
  const std::string& dir() const { return dir_; }
  // Writes every file of the archive into the folder; false when a write failed.
  bool write(const std::vector<ArchiveFile>& files) const;

 private:
  std::string dir_;
};

}  // namespace quire::fuzz
