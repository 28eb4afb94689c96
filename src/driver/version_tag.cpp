#include "driver/version_tag.h"

#include <filesystem>

#include "driver/run_command.h"
#include "util/text.h"

namespace quire::driver {

namespace {

constexpr std::size_t kMaxTagBytes = 64;

bool file_name_safe(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' ||
         c == '-';
}

}  // namespace

std::string sanitize_version_tag(std::string_view tag) {
  std::string out;
  for (const char c : util::trim(tag)) {
    if (file_name_safe(c)) {
      out += c;
    } else if (!out.empty() && out.back() != '-') {
      out += '-';  // one dash for a run of unusable characters ("v1 / rc" -> "v1-rc")
    }
  }
  // A leading '.' would hide the file, a leading '-' reads as an option; trailing ones look cut.
  const auto first = out.find_first_not_of(".-");
  if (first == std::string::npos) return {};
  out.erase(0, first);
  if (out.size() > kMaxTagBytes) out.resize(kMaxTagBytes);
  out.erase(out.find_last_not_of(".-") + 1);
  return out;
}

std::string output_stem(const std::string& slug, const std::string& file_tag) {
  return file_tag.empty() ? slug : slug + "-" + file_tag;
}

std::optional<std::string> git_describe(const std::string& dir) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) return std::nullopt;
  const auto inside = capture_output({"git", "-C", dir, "rev-parse", "--is-inside-work-tree"});
  if (!inside || util::trim(*inside) != "true") return std::nullopt;
  // A book generated inside an ignored build folder is not a release of the repository.
  if (capture_output({"git", "-C", dir, "check-ignore", "-q", "."})) return std::nullopt;
  const auto described = capture_output({"git", "-C", dir, "describe", "--tags", "--always", "--dirty"});
  if (!described) return std::nullopt;
  std::string tag(util::trim(*described));
  if (tag.empty()) return std::nullopt;
  return tag;
}

EditionVersion edition_version(const std::optional<std::string>& tag_option, const std::string& book_version,
                               const std::string& book_dir) {
  EditionVersion v;
  if (tag_option) {
    const std::string given(util::trim(*tag_option));
    v.version = given.empty() ? book_version : given;
    v.file_tag = sanitize_version_tag(given);
    return v;
  }
  if (!util::trim(book_version).empty()) {
    v.version = book_version;
  } else if (auto described = git_describe(book_dir)) {
    v.version = *described;
  }
  v.file_tag = sanitize_version_tag(v.version);
  return v;
}

}  // namespace quire::driver
