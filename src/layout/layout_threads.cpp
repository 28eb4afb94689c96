#include "layout/layout_threads.h"

#include <algorithm>
#include <thread>

#include "typeset/hyphenator.h"
#include "typeset/shaper.h"

namespace quire::layout {

struct LayoutThreads::Worker {
  Worker(std::unique_ptr<typeset::FontConfig> f, const std::string& hyphen_dir, std::size_t cache_words)
      : fonts(std::move(f)),
        hyphenators(hyphen_dir),
        shaper(*fonts, hyphenators, cache_words),
        setter(shaper, unused) {}
  std::unique_ptr<typeset::FontConfig> fonts;
  typeset::HyphenatorSet hyphenators;
  typeset::Shaper shaper;
  Diagnostics unused;  // every entry gives the setter its own sink
  ParagraphSetter setter;
};

LayoutThreads::LayoutThreads(const typeset::FontConfig& fonts, const std::string& hyphen_dir, unsigned extra,
                             std::size_t cache_words) {
  for (unsigned i = 0; i < extra; ++i) {
    auto own = fonts.for_another_thread();
    if (!own) break;
    workers_.push_back(std::make_unique<Worker>(std::move(own), hyphen_dir, cache_words));
    setters_.push_back(&workers_.back()->setter);
  }
}

LayoutThreads::~LayoutThreads() = default;

void LayoutThreads::drop_caches() {
  for (auto& w : workers_) w->setter.drop_caches();
}

SetterStats LayoutThreads::stats() const {
  SetterStats sum;
  for (const auto& w : workers_) sum += w->setter.stats();
  return sum;
}

unsigned thread_count(unsigned jobs) {
  return jobs > 0 ? jobs : std::max(1u, std::thread::hardware_concurrency());
}

std::size_t cache_words_per_thread(unsigned threads) {
  constexpr std::size_t kBudget = 30000;  // two threads of 15,000: 440 MiB at 1000 entries
  constexpr std::size_t kFloor = 2000;    // below this most words would be shaped again
  return std::max(kFloor, kBudget / std::max(1u, threads));
}

}  // namespace quire::layout
