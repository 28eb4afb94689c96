#include "epub/zip_archive.h"

#include <zip.h>

#include <algorithm>
#include <ctime>

namespace quire::epub {
namespace {

// A zip_error_t that is always finalised.
class ZipError {
 public:
  ZipError() { zip_error_init(&e_); }
  ~ZipError() { zip_error_fini(&e_); }
  ZipError(const ZipError&) = delete;
  ZipError& operator=(const ZipError&) = delete;
  zip_error_t* get() { return &e_; }
  std::string message() { return zip_error_strerror(&e_); }

 private:
  zip_error_t e_;
};

// MS-DOS date and time fields from UTC, so that the bytes do not depend on the time zone.
void to_dos(std::int64_t seconds, std::uint16_t& time, std::uint16_t& date) {
  constexpr std::int64_t kMin = 315532800;   // 1980-01-01T00:00:00Z
  constexpr std::int64_t kMax = 4354819198;  // 2107-12-31T23:59:58Z
  const std::time_t t = static_cast<std::time_t>(std::clamp(seconds, kMin, kMax));
  std::tm tm{};
  gmtime_r(&t, &tm);
  time = static_cast<std::uint16_t>((tm.tm_hour << 11) | (tm.tm_min << 5) | (tm.tm_sec / 2));
  date = static_cast<std::uint16_t>(((tm.tm_year - 80) << 9) | ((tm.tm_mon + 1) << 5) | tm.tm_mday);
}

}  // namespace

void ZipArchive::ArchiveCloser::operator()(zip* z) const { zip_discard(z); }
void ZipArchive::SourceFreer::operator()(zip_source* s) const { zip_source_free(s); }

ZipArchive::ZipArchive(std::int64_t mtime) {
  to_dos(mtime, dos_time_, dos_date_);
  ZipError err;
  buffer_.reset(zip_source_buffer_create(nullptr, 0, 0, err.get()));
  if (!buffer_) {
    error_ = "cannot create an in-memory buffer: " + err.message();
    return;
  }
  archive_.reset(zip_open_from_source(buffer_.get(), ZIP_TRUNCATE, err.get()));
  if (!archive_) {
    error_ = "cannot start an in-memory archive: " + err.message();
    return;
  }
  // The open archive now holds the buffer's reference; take a second one so the bytes
  // outlive zip_close.
  zip_source_keep(buffer_.get());
}

ZipArchive::~ZipArchive() = default;

bool ZipArchive::add(const std::string& name, std::string data, bool store) {
  if (!archive_ || !error_.empty()) return false;
  const std::string& kept = contents_.emplace_back(std::move(data));
  std::unique_ptr<zip_source, SourceFreer> source(
      zip_source_buffer(archive_.get(), kept.data(), kept.size(), 0));
  if (!source) {
    error_ = "cannot add '" + name + "': " + zip_strerror(archive_.get());
    return false;
  }
  const zip_int64_t index = zip_file_add(archive_.get(), name.c_str(), source.get(), ZIP_FL_ENC_UTF_8);
  if (index < 0) {
    error_ = "cannot add '" + name + "': " + zip_strerror(archive_.get());
    return false;
  }
  source.release();  // the archive owns it now
  const auto i = static_cast<zip_uint64_t>(index);
  const zip_int32_t method = store ? ZIP_CM_STORE : ZIP_CM_DEFLATE;
  if (zip_set_file_compression(archive_.get(), i, method, store ? 0 : 9) < 0 ||
      zip_file_set_dostime(archive_.get(), i, dos_time_, dos_date_, 0) < 0 ||
      zip_file_set_external_attributes(archive_.get(), i, 0, ZIP_OPSYS_UNIX, 0100644u << 16) < 0) {
    error_ = "cannot set the attributes of '" + name + "': " + zip_strerror(archive_.get());
    return false;
  }
  return true;
}

std::optional<std::string> ZipArchive::finish() {
  if (!archive_ || !error_.empty()) return std::nullopt;
  if (zip_close(archive_.get()) < 0) {
    error_ = std::string("cannot write the archive: ") + zip_strerror(archive_.get());
    return std::nullopt;
  }
  archive_.release();  // zip_close freed it

  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_source_stat(buffer_.get(), &st) < 0 || zip_source_open(buffer_.get()) < 0) {
    error_ = std::string("cannot read the archive back: ") +
             zip_error_strerror(zip_source_error(buffer_.get()));
    return std::nullopt;
  }
  std::string bytes(static_cast<std::size_t>(st.size), '\0');
  const zip_int64_t n = zip_source_read(buffer_.get(), bytes.data(), bytes.size());
  zip_source_close(buffer_.get());
  if (n < 0 || static_cast<zip_uint64_t>(n) != st.size) {
    error_ = "cannot read the archive back: short read";
    return std::nullopt;
  }
  contents_.clear();
  return bytes;
}

}  // namespace quire::epub
