#pragma once
// The version an edition carries, and the file-name-safe tag output names get from it
// (out/<slug>-<tag>.epub).
#include <optional>
#include <string>
#include <string_view>

namespace quire::driver {

struct EditionVersion {
  std::string version;   // as given, for the edition's copyright page; "" = none
  std::string file_tag;  // sanitised for file names; "" = names carry no version
};

// --version-tag when given (an empty one means: no version in the names), else book.yaml's
// `version`, else `git describe --tags --always --dirty` when the book folder is in a git
// work tree (and not ignored by it), else none.
EditionVersion edition_version(const std::optional<std::string>& tag_option, const std::string& book_version,
                               const std::string& book_dir);

// "v1.2/rc 1" -> "v1.2-rc-1": ASCII letters, digits, '.', '_' and '-' only, no leading '.'
// or '-', at most 64 bytes; "" when nothing usable is left.
std::string sanitize_version_tag(std::string_view tag);

// "minds-and-machines" + "1.0" -> "minds-and-machines-1.0"; the slug alone without a tag.
std::string output_stem(const std::string& slug, const std::string& file_tag);

// `git describe --tags --always --dirty` run in `dir`, trimmed; nullopt outside a work tree,
// in a folder the work tree ignores (a build folder), or without git.
std::optional<std::string> git_describe(const std::string& dir);

}  // namespace quire::driver
