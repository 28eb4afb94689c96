#pragma once
// Reading and writing files without surprises: reads report errors as values, and writes
// go to a temporary file renamed into place, so a failed build never leaves a partial file.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace quire::util {

// The whole file, or nullopt with `error` set to a lower-case reason.
std::optional<std::string> read_file(const std::string& path, std::string& error,
                                     std::size_t max_bytes = 64u << 20);

// Writes `data` to `path` atomically (temp file in the same folder, fsync, rename).
// On failure returns false, sets `error`, and leaves any previous file untouched.
bool write_file_atomic(const std::string& path, std::string_view data, std::string& error);

// Several output files that appear together or not at all. Each is first written in full to an
// unnamed temporary file in its folder (O_TMPFILE: nothing is left behind even on SIGKILL), and
// only commit() gives them their names, one rename each. Destroying a batch that was not
// committed discards what it staged and leaves every existing file as it was.
class OutputBatch {
 public:
  OutputBatch() = default;
  ~OutputBatch();
  OutputBatch(const OutputBatch&) = delete;
  OutputBatch& operator=(const OutputBatch&) = delete;

  // Writes `data` to a temporary file that will become `path`. False, with `error` set, when
  // it cannot be written (folder missing or read-only, disk full, `path` is a folder).
  bool stage(const std::string& path, std::string_view data, std::string& error);

  // Puts every staged file in place. False, with `error` set, when one cannot be; files
  // already renamed by then stay (each is whole), and the rest are discarded.
  bool commit(std::string& error);

 private:
  struct Staged {
    std::string path;
    int fd = -1;           // an O_TMPFILE file, or -1 when `temp` names it
    std::string temp;      // the named temporary file (fallback, or after linking)
  };
  void discard();
  std::vector<Staged> staged_;
};

// True when `path`, after resolving symlinks, lies inside `root`.
bool is_inside(const std::string& root, const std::string& path);

}  // namespace quire::util
