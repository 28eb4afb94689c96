#pragma once
// The paragraph setters of the threads that lay out a book's entries side by side. Each has
// its own font map, hyphenation dictionaries and caches, since Pango's font maps are not
// thread-safe; they live as long as the lines they set, which refer to their fonts.
#include <memory>
#include <string>
#include <vector>

#include "layout/paragraph_lines.h"
#include "typeset/font_config.h"

namespace quire::layout {

class LayoutThreads {
 public:
  // Setters for `extra` threads besides the caller's, their shapers caching `cache_words`
  // each. Fewer when a font map cannot be made.
  LayoutThreads(const typeset::FontConfig& fonts, const std::string& hyphen_dir, unsigned extra,
                std::size_t cache_words);
  ~LayoutThreads();
  LayoutThreads(const LayoutThreads&) = delete;
  LayoutThreads& operator=(const LayoutThreads&) = delete;

  const std::vector<ParagraphSetter*>& setters() const { return setters_; }

  // Frees their caches, once they have done their work.
  void drop_caches();

  // Their statistics, summed.
  SetterStats stats() const;

 private:
  struct Worker;
  std::vector<std::unique_ptr<Worker>> workers_;
  std::vector<ParagraphSetter*> setters_;
};

// How many threads `jobs` asks for: 0 means one per core.
unsigned thread_count(unsigned jobs);

// The words each of `threads` shapers may cache: one budget shared out, so that a machine
// with many cores does not multiply the memory the caches take (each is ~1 kB a word).
std::size_t cache_words_per_thread(unsigned threads);

}  // namespace quire::layout
