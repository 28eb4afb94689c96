#pragma once
// An in-memory ZIP archive writer over libzip, with fixed timestamps so that the same
// files always give the same bytes.
#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <string>

struct zip;
struct zip_source;

namespace quire::epub {

class ZipArchive {
 public:
  // Every entry gets the same modification time: `mtime` (seconds since the epoch, UTC),
  // clamped to the range a ZIP date can hold (1980-2107).
  explicit ZipArchive(std::int64_t mtime);
  ~ZipArchive();
  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;

  // Adds a file; `store` keeps it uncompressed (the EPUB mimetype must be). False after a failure.
  bool add(const std::string& name, std::string data, bool store = false);

  // Writes the central directory and returns the archive bytes; nullopt with error() set.
  std::optional<std::string> finish();

  const std::string& error() const { return error_; }

 private:
  struct ArchiveCloser { void operator()(zip* z) const; };
  struct SourceFreer { void operator()(zip_source* s) const; };

  std::unique_ptr<zip_source, SourceFreer> buffer_;  // where the archive is written
  std::unique_ptr<zip, ArchiveCloser> archive_;
  std::deque<std::string> contents_;  // libzip reads the data only when the archive is closed
  std::uint16_t dos_time_ = 0;
  std::uint16_t dos_date_ = 0;
  std::string error_;
};

}  // namespace quire::epub
