#include "typeset/hyphenator.h"

#include <glib.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>

#include "graphics/cairo_handles.h"

namespace quire::typeset {
namespace {

// The arrays libhyphen allocates (with malloc) for non-standard hyphenation.
struct Replacements {
  std::size_t size;
  char** rep = nullptr;
  int* pos = nullptr;
  int* cut = nullptr;
  explicit Replacements(std::size_t n) : size(n) {}
  Replacements(const Replacements&) = delete;
  Replacements& operator=(const Replacements&) = delete;
  ~Replacements() {
    if (rep)
      for (std::size_t i = 0; i < size; ++i) std::free(rep[i]);
    std::free(rep);
    std::free(pos);
    std::free(cut);
  }
};

}  // namespace

std::optional<Hyphenator> Hyphenator::load(const std::string& path) {
  HyphenDict* dict = hnj_hyphen_load(path.c_str());
  if (!dict) return std::nullopt;
  return Hyphenator(dict);
}

const std::vector<std::size_t>& Hyphenator::points(std::string_view word) const {
  std::string key(word);
  if (auto it = known_.find(key); it != known_.end()) return it->second;
  auto found = lookup(word);
  return known_.emplace(std::move(key), std::move(found)).first->second;
}

std::vector<std::size_t> Hyphenator::lookup(std::string_view word) const {
  std::vector<std::size_t> out;
  if (word.empty() || !g_utf8_validate(word.data(), static_cast<gssize>(word.size()), nullptr))
    return out;
  // The patterns are lower case. Lower-casing can change a character's byte length
  // ("İ"), so positions are carried over by character index.
  graphics::GCharPtr lower(g_utf8_strdown(word.data(), static_cast<gssize>(word.size())));
  const long n_chars = g_utf8_strlen(word.data(), static_cast<gssize>(word.size()));
  if (n_chars != g_utf8_strlen(lower.get(), -1)) return out;

  // Dictionaries are UTF-8 or an 8-bit charset named in their first line (German's is
  // ISO8859-1); a word the charset cannot spell has no hyphenation points.
  std::string encoded;
  if (dict_->utf8) {
    encoded = lower.get();
  } else {
    gsize written = 0;
    graphics::GCharPtr converted(
        g_convert(lower.get(), -1, dict_->cset, "UTF-8", nullptr, &written, nullptr));
    if (!converted || written != static_cast<gsize>(n_chars)) return out;
    encoded.assign(converted.get(), written);
  }

  std::vector<char> hyphens(encoded.size() + 5, '0');
  Replacements r{encoded.size()};
  hnj_hyphen_hyphenate3(dict_.get(), encoded.data(), static_cast<int>(encoded.size()), hyphens.data(),
                        nullptr, &r.rep, &r.pos, &r.cut, kLeftMin, kRightMin, kLeftMin, kRightMin);

  // libhyphen returns one digit per character (it renumbers UTF-8 results by character):
  // odd at c means a break may follow character c. Breaks that need a spelling change
  // (r.rep[c], old German "Schiff-fahrt") are not offered.
  std::vector<std::size_t> char_starts;
  for (const char* p = word.data(); p < word.data() + word.size(); p = g_utf8_next_char(p))
    char_starts.push_back(static_cast<std::size_t>(p - word.data()));
  for (std::size_t c = 0; c + 1 < char_starts.size(); ++c)
    if ((hyphens[c] - '0') % 2 == 1 && !(r.rep && r.rep[c])) out.push_back(char_starts[c + 1]);
  return out;
}

HyphenatorSet::HyphenatorSet(std::string dict_dir) : dir_(std::move(dict_dir)) {}

std::string HyphenatorSet::dictionary_path(std::string_view tag) const {
  namespace fs = std::filesystem;
  // language[-script][-region]...: the region is the first two-letter subtag after the
  // language ("en-Latn-US" -> en, US).
  std::string lang, region;
  std::size_t pos = 0;
  for (bool first = true; pos <= tag.size(); first = false) {
    const std::size_t end = std::min(tag.find_first_of("-_", pos), tag.size());
    const std::string_view sub = tag.substr(pos, end - pos);
    if (first)
      lang = std::string(sub);
    else if (sub.size() == 2 && region.empty())
      region = std::string(sub);
    pos = end + 1;
  }
  std::transform(lang.begin(), lang.end(), lang.begin(), [](unsigned char c) { return std::tolower(c); });
  std::transform(region.begin(), region.end(), region.begin(), [](unsigned char c) { return std::toupper(c); });
  if (lang.empty()) return {};
  std::error_code ec;
  auto exists = [&](const std::string& name) { return fs::is_regular_file(fs::path(dir_) / name, ec); };
  if (!region.empty() && exists("hyph_" + lang + "_" + region + ".dic"))
    return (fs::path(dir_) / ("hyph_" + lang + "_" + region + ".dic")).string();
  if (exists("hyph_" + lang + ".dic")) return (fs::path(dir_) / ("hyph_" + lang + ".dic")).string();
  // Any region of the language, the first in name order so the choice is stable.
  std::vector<std::string> candidates;
  for (const auto& entry : fs::directory_iterator(dir_, ec)) {
    const std::string name = entry.path().filename().string();
    const std::string prefix = "hyph_" + lang + "_";
    if (name.rfind(prefix, 0) == 0 && name.size() == prefix.size() + 6 &&
        name.compare(name.size() - 4, 4, ".dic") == 0)
      candidates.push_back(entry.path().string());
  }
  std::sort(candidates.begin(), candidates.end());
  return candidates.empty() ? std::string() : candidates.front();
}

const Hyphenator* HyphenatorSet::for_language(std::string_view tag) {
  auto by_tag = path_by_tag_.find(tag);
  if (by_tag == path_by_tag_.end())
    by_tag = path_by_tag_.emplace(std::string(tag), dictionary_path(tag)).first;
  const std::string& path = by_tag->second;
  if (path.empty()) return nullptr;
  auto it = loaded_.find(path);
  if (it == loaded_.end()) it = loaded_.emplace(path, Hyphenator::load(path)).first;
  return it->second ? &*it->second : nullptr;
}

}  // namespace quire::typeset
