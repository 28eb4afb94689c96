#pragma once
// Shaped words, kept so that each distinct word is shaped once per font and context, as TeX
// engines do: a book repeats the same few thousand words, and shaping is the typesetter's
// most expensive step. One cache per Shaper (per thread); entries are never changed.
#include <pango/pango.h>

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "typeset/nodes.h"

namespace quire::typeset {

class ShapeCache {
 public:
  // `word` (bytes [begin, end) of `para`) shaped in `item`'s analysis. The characters just
  // outside the word are part of the key, since HarfBuzz sees them as context. `ascent` and
  // `descent` are the font's, kept with the word when it is first shaped.
  const SharedWord& shape(const PangoItem* item, std::string_view para, std::size_t begin, std::size_t end,
                          double ascent = 0, double descent = 0);

  std::size_t size() const { return words_.size(); }
  std::size_t hits() const { return hits_; }

 private:
  struct Key {
    const void* font;
    int level;
    int script;
    int gravity;
    int flags;
    const void* language;
    std::string features;  // font features (small capitals) from the item's attributes
    gunichar before;
    gunichar after;
    std::string text;
    // Computed once: the table rehashes a key each time it steps past it in a bucket.
    std::size_t hash = 0;
    bool operator==(const Key&) const = default;
  };
  struct KeyHash {
    std::size_t operator()(const Key& k) const noexcept { return k.hash; }
  };
  static std::size_t hash_of(const Key& k);
  std::unordered_map<Key, SharedWord, KeyHash> words_;
  std::size_t hits_ = 0;
};

}  // namespace quire::typeset
