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

std::optional<std::string> read_file(const std::string& path, std::string& error, std::size_t max_bytes) {
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    error = "is a directory";
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = std::strerror(errno);
    for (auto& c : error) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
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

bool write_file_atomic(const std::string& path, std::string_view data, std::string& error) {
  const fs::path target(path);
  const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::string tmpl = (dir / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
  int fd = ::mkstemp(tmpl.data());
  if (fd < 0) {
    error = std::string("cannot create a file in '") + dir.string() + "': " + std::strerror(errno);
    return false;
  }
  const char* p = data.data();
  std::size_t left = data.size();
  bool ok = true;
  while (left > 0) {
    ssize_t n = ::write(fd, p, left);
    if (n < 0) {
      if (errno == EINTR) continue;
      ok = false;
      break;
    }
    p += n;
    left -= static_cast<std::size_t>(n);
  }
  if (ok && ::fsync(fd) != 0) ok = false;
  if (ok) ::fchmod(fd, 0644);
  const int saved = errno;
  if (::close(fd) != 0) ok = false;
  if (!ok || ::rename(tmpl.c_str(), path.c_str()) != 0) {
    error = std::string("cannot write '") + path + "': " + std::strerror(ok ? errno : saved);
    ::unlink(tmpl.c_str());
    return false;
  }
  return true;
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
