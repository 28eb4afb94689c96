#include "util/files.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

namespace quire::util {

namespace fs = std::filesystem;

namespace {

// strerror's text, lower-cased to fit a diagnostic.
std::string reason(int err) {
  std::string out = std::strerror(err);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

fs::path folder_of(const std::string& path) {
  const fs::path target(path);
  return target.has_parent_path() ? target.parent_path() : fs::path(".");
}

bool write_all(int fd, std::string_view data) {
  const char* p = data.data();
  std::size_t left = data.size();
  while (left > 0) {
    const ssize_t n = ::write(fd, p, left);
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    p += n;
    left -= static_cast<std::size_t>(n);
  }
  return ::fsync(fd) == 0 && ::fchmod(fd, 0644) == 0;
}

// The name pattern of a temporary file next to `path`, ending in mkstemp's XXXXXX.
std::string temp_template(const std::string& path) {
  return (folder_of(path) / ("." + fs::path(path).filename().string() + ".tmp-XXXXXX")).string();
}

}  // namespace

std::optional<std::string> read_file(const std::string& path, std::string& error, std::size_t max_bytes) {
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    error = "is a directory";
    return std::nullopt;
  }
  // Opening a named pipe blocks until something writes to it, and a device may never end.
  if (const auto st = fs::status(path, ec); !ec && fs::exists(st) && !fs::is_regular_file(st)) {
    error = "is not a regular file (a pipe, socket or device)";
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = reason(errno);
    return std::nullopt;
  }
  std::string data;
  char buf[1 << 16];
  while (in.read(buf, sizeof buf) || in.gcount() > 0) {
    data.append(buf, static_cast<std::size_t>(in.gcount()));
    if (data.size() > max_bytes) {
      error = "file is larger than the limit of " + std::to_string(max_bytes >> 20) + " MiB";
      return std::nullopt;
    }
  }
  return data;
}

OutputBatch::~OutputBatch() { discard(); }

void OutputBatch::discard() {
  for (auto& s : staged_) {
    if (s.fd >= 0) ::close(s.fd);
    if (!s.temp.empty()) ::unlink(s.temp.c_str());
  }
  staged_.clear();
}

bool OutputBatch::stage(const std::string& path, std::string_view data, std::string& error) {
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    error = "cannot write '" + path + "': it is a folder";
    return false;
  }
  const fs::path dir = folder_of(path);
  Staged s;
  s.path = path;
  s.fd = ::open(dir.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0644);
  if (s.fd < 0 && (errno == EOPNOTSUPP || errno == EISDIR || errno == EINVAL)) {
    // A file system without unnamed files: a named temporary file, removed on failure.
    std::string tmpl = temp_template(path);
    s.fd = ::mkostemp(tmpl.data(), O_CLOEXEC);
    if (s.fd >= 0) s.temp = tmpl;
  }
  if (s.fd < 0) {
    error = "cannot create a file in '" + dir.string() + "': " + reason(errno);
    return false;
  }
  if (!write_all(s.fd, data)) {
    error = "cannot write '" + path + "': " + reason(errno);
    ::close(s.fd);
    if (!s.temp.empty()) ::unlink(s.temp.c_str());
    return false;
  }
  if (!s.temp.empty()) {  // a named file is complete; keep no descriptor open
    ::close(s.fd);
    s.fd = -1;
  }
  staged_.push_back(std::move(s));
  return true;
}

bool OutputBatch::commit(std::string& error) {
  // First give every unnamed file a temporary name, so that a failure here changes nothing.
  for (auto& s : staged_) {
    if (s.fd < 0) continue;
    const std::string proc = "/proc/self/fd/" + std::to_string(s.fd);
    for (int attempt = 0; attempt < 100 && s.temp.empty(); ++attempt) {
      std::string name = temp_template(s.path);
      name.replace(name.size() - 6, 6, std::to_string(::getpid() % 100000) + std::to_string(attempt));
      if (::linkat(AT_FDCWD, proc.c_str(), AT_FDCWD, name.c_str(), AT_SYMLINK_FOLLOW) == 0) {
        s.temp = name;
      } else if (errno != EEXIST) {
        break;
      }
    }
    if (s.temp.empty()) {
      error = "cannot write '" + s.path + "': " + reason(errno);
      discard();
      return false;
    }
    ::close(s.fd);
    s.fd = -1;
  }
  for (auto& s : staged_) {
    if (::rename(s.temp.c_str(), s.path.c_str()) != 0) {
      error = "cannot write '" + s.path + "': " + reason(errno);
      discard();
      return false;
    }
    s.temp.clear();
  }
  staged_.clear();
  return true;
}

bool write_file_atomic(const std::string& path, std::string_view data, std::string& error) {
  OutputBatch batch;
  return batch.stage(path, data, error) && batch.commit(error);
}

bool is_inside(const std::string& root, const std::string& path) {
  std::error_code ec;
  const fs::path r = fs::weakly_canonical(root, ec);
  if (ec) return false;
  const fs::path p = fs::weakly_canonical(path, ec);
  if (ec) return false;
  auto [ri, pi] = std::mismatch(r.begin(), r.end(), p.begin(), p.end());
  return ri == r.end();
}

}  // namespace quire::util
