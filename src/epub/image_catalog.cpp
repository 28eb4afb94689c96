#include "epub/image_catalog.h"

#include <filesystem>

#include "epub/media_types.h"
#include "util/files.h"

namespace quire::epub {

const ImageItem* ImageCatalog::use(const std::string& resolved, const SourceLoc& where, bool in_text) {
  if (const auto it = by_path_.find(resolved); it != by_path_.end()) {
    if (it->second != nullptr) it->second->in_text |= in_text;
    return it->second;
  }
  by_path_[resolved] = nullptr;  // until proven usable

  const auto format = image_format_from_name(resolved);
  if (!format) {
    diags_.error(where, "image '" + resolved + "' is not PNG, JPEG or SVG, the formats an EPUB can carry",
                 "unsupported-image");
    return nullptr;
  }
  std::string error;
  const std::string path = (std::filesystem::path(root_) / resolved).string();
  auto data = util::read_file(path, error);
  if (!data) {
    diags_.error(where, "cannot read image '" + resolved + "': " + error, "missing-image");
    return nullptr;
  }
  if (const std::string why = check_image_bytes(*format, *data); !why.empty()) {
    diags_.error(where, "image '" + resolved + "' is not a valid " +
                            std::string(format_name(*format)) + " file: " + why,
                 "invalid-image");
    return nullptr;
  }

  const std::filesystem::path p(resolved);
  const std::string stem = portable_name(p.stem().string(), "image");
  const std::string name = names_.allocate(stem, extension(*format));
  ImageItem& item = items_.emplace_back();
  item.id = "img-" + name;
  item.href = "images/" + name;
  item.media_type = std::string(media_type(*format));
  item.data = std::move(*data);
  item.in_text = in_text;
  by_path_[resolved] = &item;
  return &item;
}

}  // namespace quire::epub
