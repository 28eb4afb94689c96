#pragma once
// Where a word may be hyphenated, from libhyphen's pattern dictionaries (the TeX patterns
// as shipped in Debian's hyphen-* packages), one dictionary per language, loaded on demand.
#include <hyphen.h>

#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace quire::typeset {

struct HyphenDictDeleter {
  void operator()(HyphenDict* d) const { hnj_hyphen_free(d); }
};

class Hyphenator {
 public:
  // TeX's \lefthyphenmin and \righthyphenmin for English: "ab-stract" but not "a-bout" or
  // "dat-ed" ... the dictionary's own minimums apply when larger.
  static constexpr int kLeftMin = 2;
  static constexpr int kRightMin = 3;

  // Loads a libhyphen .dic file; nullopt when it cannot be read.
  static std::optional<Hyphenator> load(const std::string& path);

  // Byte offsets inside `word` (UTF-8, any case) before which a hyphen may be inserted,
  // ascending. `word` should be letters only; callers strip punctuation. Each distinct word
  // is looked up once, so a Hyphenator is not to be shared between threads.
  const std::vector<std::size_t>& points(std::string_view word) const;

 private:
  explicit Hyphenator(HyphenDict* dict) : dict_(dict) {}
  std::vector<std::size_t> lookup(std::string_view word) const;
  std::unique_ptr<HyphenDict, HyphenDictDeleter> dict_;
  mutable std::unordered_map<std::string, std::vector<std::size_t>> known_;
};

// The dictionaries of a run, by language tag, loaded the first time a language is asked for.
class HyphenatorSet {
 public:
  // `dict_dir` is where hyph_<lang>_<REGION>.dic files live (Debian: /usr/share/hyphen).
  explicit HyphenatorSet(std::string dict_dir = "/usr/share/hyphen");

  // The dictionary for a BCP 47 tag ("en-US", "en", "de-CH", "fr"): the exact region first,
  // then the language alone, then any region of the language. nullptr when none is installed.
  const Hyphenator* for_language(std::string_view tag);

  // The file for_language would load for `tag`, or "" when there is none.
  std::string dictionary_path(std::string_view tag) const;

 private:
  std::string dir_;
  std::map<std::string, std::optional<Hyphenator>> loaded_;  // by dictionary path
  std::map<std::string, std::string, std::less<>> path_by_tag_;
};

}  // namespace quire::typeset
