#include "structure/resolve_images.h"

#include <cctype>
#include <filesystem>
#include <map>

#include "graphics/images.h"
#include "model/walk.h"
#include "structure/resolve_links.h"
#include "structure/svg_references.h"
#include "util/files.h"

namespace quire::structure {

namespace fs = std::filesystem;

namespace {

constexpr const char* kPlaceholder = "; a placeholder stands in its place";

// The PDF draws an SVG through librsvg, which reads nothing outside the SVG's folder, but the
// EPUB carries the file as it is and a reader may fetch what it names.
std::vector<std::string> svg_references(const fs::path& file) {
  std::string ext = file.extension().string();
  for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (ext != ".svg") return {};
  std::string error;
  const auto text = util::read_file(file.string(), error, std::size_t{256} << 20);
  return text ? svg_external_references(*text) : std::vector<std::string>{};
}

}  // namespace

void resolve_images(model::Book& book, Diagnostics& diags) {
  const fs::path root(book.root);
  std::map<std::string, std::string> checked;  // image -> why it cannot be used, "" when it can
  std::map<std::string, std::vector<std::string>> outward;  // SVG -> what it refers to outside itself
  for (auto& entry : book.entries) {
    const fs::path folder = fs::path(entry.path).parent_path();
    auto resolve = [&](model::Inline& x) {
      auto* image = std::get_if<model::Image>(&x.node);
      if (!image) return;
      const SourceLoc at{entry.loc.path, x.pos};
      if (is_external_target(image->src)) {
        diags.error(at, "image '" + image->src + "' is remote; put the file in the book folder", "remote-image");
        return;
      }
      if (image->src.empty() || fs::path(image->src).is_absolute()) {
        diags.error(at, "image path '" + image->src + "' must be relative to the entry", "bad-image-path");
        return;
      }
      // Relative to the entry first (what a Markdown previewer does), then to the book folder.
      for (const fs::path& rel : {(folder / image->src).lexically_normal(), fs::path(image->src).lexically_normal()}) {
        std::error_code ec;
        if (!fs::is_regular_file(root / rel, ec)) continue;
        if (!util::is_inside(book.root, (root / rel).string()) || rel.begin()->string() == "..") {
          diags.error(at, "image '" + image->src + "' lies outside the book folder", "path-escape");
          return;
        }
        // Checked once, header first (a file declaring too many pixels is never decoded).
        const std::string name = rel.generic_string();
        auto known = checked.find(name);
        if (known == checked.end())
          known =
              checked
                  .emplace(name, graphics::check_image_file((root / rel).string(), book.limits.image_pixels))
                  .first;
        if (!known->second.empty()) {
          diags.warning(at, "image '" + image->src + "' cannot be used: " + known->second + kPlaceholder, "bad-image");
          return;
        }
        image->resolved = name;
        auto refs = outward.find(name);
        if (refs == outward.end()) refs = outward.emplace(name, svg_references(root / rel)).first;
        if (!refs->second.empty()) {
          const std::size_t more = refs->second.size() - 1;
          diags.warning(at,
                        "SVG image '" + image->src + "' refers to '" + refs->second.front() + "'" +
                            (more ? " and " + std::to_string(more) + " more" : std::string()) +
                            " outside itself; an SVG may refer only to its own '#id' fragments and data: URIs",
                        "svg-external-reference");
        }
        return;
      }
      // Like a missing picture in a LaTeX draft: the book still builds, with a placeholder,
      // unless --strict makes the warning an error.
      diags.warning(at, "image '" + image->src + "' not found" + kPlaceholder, "missing-image");
    };
    model::walk(entry.body, {{}, resolve});
    for (auto& note : entry.notes) model::walk(note.content, {{}, resolve});
  }
}

}  // namespace quire::structure
