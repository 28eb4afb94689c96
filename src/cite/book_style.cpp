#include "cite/book_style.h"

#include <filesystem>

#include "load/display_path.h"

namespace quire::cite {
namespace {

namespace fs = std::filesystem;

constexpr const char* kInstalledStyles = "/usr/share/citation-style-language/styles";
constexpr const char* kInstalledLocales = "/usr/share/citation-style-language/locales";
constexpr const char* kHouseStyle = "quire.csl";

bool is_file(const fs::path& p) {
  std::error_code ec;
  return fs::is_regular_file(p, ec);
}

// The file `csl` names, or "" when it names nothing.
std::string find_style(const std::string& csl, const std::string& root, const std::string& styles_dir) {
  if (csl.empty()) return (fs::path(styles_dir) / kHouseStyle).string();
  const fs::path in_book = fs::path(root.empty() ? "." : root) / csl;
  if (is_file(in_book)) return in_book.string();
  const std::string file = fs::path(csl).extension() == ".csl" ? csl : csl + ".csl";
  for (const fs::path& dir : {fs::path(styles_dir), fs::path(kInstalledStyles),
                              fs::path(kInstalledStyles) / "dependent"})
    if (is_file(dir / file)) return (dir / file).string();
  return {};
}

}  // namespace

std::optional<BookStyle> load_book_style(const model::Book& book, const std::string& styles_dir,
                                         Diagnostics& diags) {
  const SourceLoc config{load::display_path(book.root, "book.yaml"), {}};
  const std::string path = find_style(book.meta.csl, book.root, styles_dir);
  if (path.empty()) {
    diags.error(config,
                "citation style '" + book.meta.csl +
                    "' is neither a file in the book folder nor a known style id (e.g. apa, ieee)",
                "csl-style");
    return std::nullopt;
  }
  BookStyle out;
  if (!csl::load_style(path, out.style, diags)) return std::nullopt;
  // The book's language decides the terms ("and", "et al."), as pandoc does.
  out.locale = csl::load_locale(book.meta.language, kInstalledLocales, out.style.locales, diags);
  return out;
}

}  // namespace quire::cite
