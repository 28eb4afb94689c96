#pragma once
// The package document (package.opf: metadata, manifest, spine) and the OCF container
// file that points reading systems at it.
#include <string>
#include <vector>

#include "model/book.h"

namespace quire::epub {

struct ManifestItem {
  std::string id;
  std::string href;  // relative to the package folder
  std::string media_type;
  std::string properties;  // "nav", "cover-image", or ""
};

struct PackageContents {
  std::vector<ManifestItem> manifest;  // in the order written
  std::vector<std::string> spine;      // manifest ids in reading order
  std::string cover_image_id;          // "" when the book has no cover
  bool has_images = false;             // images in the text (they carry alternative text)
  // The edition whose page breaks the EPUB marks (its identifier), "" when it marks none.
  std::string page_source;
};

// package.opf for EPUB 3.0, with accessibility metadata and an NCX reference in the spine.
std::string package_document(const model::Metadata& meta, const PackageContents& contents);

// META-INF/container.xml naming `opf_path` (from the container root) as the only rendition.
std::string container_document(const std::string& opf_path);

}  // namespace quire::epub
