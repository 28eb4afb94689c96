#pragma once
// The images the EPUB carries: each file is read and checked once, on first use, and
// given a stable name under images/ and a manifest id.
#include <deque>
#include <map>
#include <string>

#include "diag/diagnostics.h"
#include "epub/file_names.h"

namespace quire::epub {

struct ImageItem {
  std::string id;          // manifest id: "img-photo.png"
  std::string href;        // relative to the package folder: "images/photo.png"
  std::string media_type;  // "image/png"
  std::string data;
  bool in_text = false;    // shown in the text (not only as the cover)
};

class ImageCatalog {
 public:
  ImageCatalog(std::string root, Diagnostics& diags) : root_(std::move(root)), diags_(diags) {}

  // The item for `resolved` (a path relative to the book folder), or nullptr after an
  // error at `where` saying why it cannot be used. A failing file is reported once.
  // `in_text` is false for the cover, which needs no alternative text in the metadata.
  const ImageItem* use(const std::string& resolved, const SourceLoc& where, bool in_text = true);

  // In order of first use, which keeps names and the manifest deterministic.
  const std::deque<ImageItem>& items() const { return items_; }

 private:
  std::string root_;
  Diagnostics& diags_;
  std::deque<ImageItem> items_;                         // stable addresses for use()
  std::map<std::string, ImageItem*> by_path_;  // nullptr: reported as unusable
  NameAllocator names_;
};

}  // namespace quire::epub
