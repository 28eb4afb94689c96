#include "load/book_config.h"

#include <filesystem>
#include <optional>
#include <vector>

#include "diag/did_you_mean.h"
#include "license/licenses.h"
#include "load/book_files.h"
#include "load/book_identifier.h"
#include "load/chapter_config.h"
#include "load/language_tag.h"
#include "load/crossref_config.h"
#include "load/limits_config.h"
#include "load/yaml_values.h"
#include "util/text.h"
#include "util/utf8.h"

namespace quire::load {
namespace {

// The keys of book.yaml. Only `title` is required.
//   title                   the book's title
//   subtitle                shown under the title
//   authors                 one name or a list of names
//   language                BCP 47 tag of the text ("en", "pt-BR"); default "en"
//   identifier              the edition's unique id (ISBN URN, DOI, ...); default: a UUID
//                           derived from the title, so it is stable across builds
//   license                 SPDX id of a Creative Commons license; default CC-BY-SA-4.0
//   bibliography            a BibTeX/CSL-JSON file, or a list of them, inside the book folder
//   csl                     a citation style: a .csl file inside the book folder, or a style
//                           id ("apa", "ieee") from quire's styles or the installed CSL styles
//   bibliography-placement  where references go: book (default), chapter or entry
//   cover                   cover image inside the book folder
//   repository              URL of the book's sources, printed in the colophon
//   version                 the edition's version ("1.2")
//   description             a blurb for the package metadata
//   keywords                one subject or a list of them
//   publisher               the publishing person or organisation
//   style                   the stylesheet the writers apply, as they define it
//   number-figures          true: figures are numbered per chapter ("Figure 2.1"); default false
//   number-chapters         true: chapters are numbered in their titles, the contents and the
//                           running heads ("Chapter 3", "3 Title"); default false
//   limits                  how much quire reads before calling an input unreasonable (limits_config.h)
//   chapters                the chapters and how they are filled (see chapter_config.cpp)
//   parts                   parts grouping chapters; instead of top-level `chapters`
//   appendices              chapters as in `chapters`, after them, lettered A, B, C
//   crossref                what `@fig:x` references print (crossref_config.h)
const std::vector<std::string> kBookKeys = {
    "title",      "subtitle",    "authors",     "language",  "identifier",
    "license",    "bibliography", "csl",        "bibliography-placement",
    "cover",      "repository",  "version",     "description", "keywords",
    "publisher",  "style",       "chapters",    "parts",       "number-figures",
    "limits",     "number-chapters", "appendices", "crossref"};

const std::vector<std::string> kPlacements = {"book", "chapter", "entry"};

std::vector<std::string> texts(const std::vector<LocatedText>& items) {
  std::vector<std::string> out;
  for (const auto& i : items) out.push_back(i.text);
  return out;
}

class ConfigReader {
 public:
  ConfigReader(const YamlDocument& doc, const std::string& dir, model::Book& book,
               Diagnostics& diags)
      : doc_(doc), dir_(dir), book_(book), meta_(book.meta), diags_(diags) {}

  void read() {
    for_each_key(doc_, doc_.root, &kBookKeys, "book.yaml", diags_,
                 [this](const std::string& key, const YAML::Node& key_node,
                        const YAML::Node& value) { read_key(key, key_node, value); });
    finish();
  }

 private:
  void read_key(const std::string& key, const YAML::Node& key_node, const YAML::Node& value) {
    if (key == "title") {
      text(key, value, meta_.title);
    } else if (key == "subtitle") {
      text(key, value, meta_.subtitle);
    } else if (key == "authors") {
      if (auto list = read_text_list(doc_, value, key, diags_)) meta_.authors = texts(*list);
    } else if (key == "language") {
      read_language(value);
    } else if (key == "identifier") {
      text(key, value, meta_.identifier);
    } else if (key == "license") {
      read_license(value);
    } else if (key == "bibliography") {
      if (auto list = read_text_list(doc_, value, key, diags_))
        for (const auto& item : *list)
          if (auto p = check_book_file(dir_, item.text, "bibliography file", doc_.loc(item.pos),
                                       diags_))
            meta_.bibliography.push_back(*p);
    } else if (key == "csl") {
      read_csl(value);
    } else if (key == "bibliography-placement") {
      std::string placement;
      if (text(key, value, placement) && is_one_of(placement, kPlacements))
        meta_.bibliography_placement = placement;
      else if (!placement.empty())
        diags_.error(doc_.loc(value),
                     "'bibliography-placement' must be book, chapter or entry, not '" +
                         placement + "'" + did_you_mean_suffix(placement, kPlacements),
                     "bad-value");
    } else if (key == "cover") {
      book_file(key, value, "cover image", meta_.cover);
    } else if (key == "repository") {
      if (text(key, value, meta_.repository) && !looks_like_url(meta_.repository))
        diags_.warning(doc_.loc(value),
                       "'repository' should be a URL starting with https:// or http://",
                       "bad-value");
    } else if (key == "version") {
      text(key, value, meta_.version);
    } else if (key == "description") {
      text(key, value, meta_.description);
    } else if (key == "keywords") {
      if (auto list = read_text_list(doc_, value, key, diags_)) meta_.keywords = texts(*list);
    } else if (key == "publisher") {
      text(key, value, meta_.publisher);
    } else if (key == "style") {
      // A file of the book's own must be inside it; a preset name is the writers' to check.
      if (text(key, value, meta_.style) &&
          (meta_.style.ends_with(".yaml") || meta_.style.ends_with(".yml")) &&
          !check_book_file(dir_, meta_.style, "print style", doc_.loc(value), diags_))
        meta_.style.clear();
    } else if (key == "limits") {
      read_limits(doc_, value, book_.limits, diags_);
    } else if (key == "crossref") {
      read_crossref(doc_, value, meta_.crossref, diags_);
    } else if (key == "number-figures") {
      read_flag(key, value, meta_.number_figures);
    } else if (key == "number-chapters") {
      read_flag(key, value, meta_.number_chapters);
    } else if (key == "chapters") {
      chapters_.emplace(value);
    } else if (key == "appendices") {
      appendices_.emplace(value);
    } else if (key == "parts") {
      parts_.emplace(value);
      parts_key_ = doc_.pos(key_node);
    }
  }

  // Reads a text value into `out`; false when absent or of the wrong type.
  bool text(const std::string& key, const YAML::Node& value, std::string& out) {
    auto t = read_text(doc_, value, key, diags_);
    if (!t) return false;
    out = std::string(util::trim(*t));
    return true;
  }

  // Reads a YAML boolean (true/false, yes/no) into `out`; anything else is an error.
  void read_flag(const std::string& key, const YAML::Node& value, bool& out) {
    std::string word;
    if (!text(key, value, word)) return;
    if (word == "true" || word == "yes" || word == "on") {
      out = true;
    } else if (word == "false" || word == "no" || word == "off") {
      out = false;
    } else {
      diags_.error(doc_.loc(value), "'" + key + "' must be true or false, not '" + word + "'", "bad-value");
    }
  }

  void book_file(const std::string& key, const YAML::Node& value, std::string_view what,
                 std::string& out) {
    std::string rel;
    if (!text(key, value, rel)) return;
    if (auto p = check_book_file(dir_, rel, what, doc_.loc(value), diags_)) out = *p;
  }

  // A bare name ("apa", "quire.csl") not found in the book folder is a style the citation
  // pass looks up in quire's styles and the installed CSL styles; a path must be a file
  // inside the book folder.
  void read_csl(const YAML::Node& value) {
    std::string rel;
    if (!text("csl", value, rel)) return;
    std::error_code ec;
    const bool bare = !rel.empty() && rel.find('/') == std::string::npos &&
                      !std::filesystem::exists(std::filesystem::path(dir_.empty() ? "." : dir_) / rel, ec);
    if (bare) {
      meta_.csl = rel;
      return;
    }
    if (auto p = check_book_file(dir_, rel, "citation style", doc_.loc(value), diags_)) meta_.csl = *p;
  }

  void read_language(const YAML::Node& value) {
    std::string tag;
    if (!text("language", value, tag)) return;
    if (!looks_like_language_tag(tag)) {
      diags_.error(doc_.loc(value),
                   "'" + tag + "' is not a BCP 47 language tag; write e.g. 'en' or 'pt-BR'",
                   "bad-language");
      return;
    }
    meta_.language = tag;
  }

  void read_license(const YAML::Node& value) {
    std::string id;
    if (!text("license", value, id)) return;
    if (auto l = license::lookup(id)) {
      meta_.license = *l;
      license_set_ = true;
      return;
    }
    diags_.error(doc_.loc(value),
                 "unknown license '" + id + "'" + did_you_mean_suffix(id, license::known_ids()),
                 "unknown-license");
  }

  void finish() {
    if (meta_.title.empty())
      diags_.error({doc_.path, {1, 1}}, "book.yaml needs a 'title'", "missing-key");
    meta_.slug = util::slugify(meta_.title);
    // File names stop at 255 bytes; a title's first words name the book well enough.
    constexpr std::size_t kMaxSlug = 80;
    if (meta_.slug.size() > kMaxSlug) {
      meta_.slug.resize(util::utf8_char_start(meta_.slug, kMaxSlug));
      if (const auto dash = meta_.slug.rfind('-'); dash != std::string::npos && dash > kMaxSlug / 2)
        meta_.slug.resize(dash);
      while (!meta_.slug.empty() && meta_.slug.back() == '-') meta_.slug.pop_back();
    }
    if (meta_.slug.empty()) meta_.slug = "book";
    if (meta_.identifier.empty()) meta_.identifier = identifier_for_title(meta_.title);
    if (!license_set_) meta_.license = *license::lookup("CC-BY-SA-4.0");

    if (chapters_ && parts_) {
      diags_.error(doc_.loc(parts_key_),
                   "book.yaml has both 'chapters' and 'parts'; put the chapters inside the "
                   "parts",
                   "conflicting-keys");
      parts_.reset();
    }
    if (chapters_) read_chapters(doc_, *chapters_, -1, book_, diags_);
    if (parts_) read_parts(doc_, *parts_, book_, diags_);
    if (appendices_) read_chapters(doc_, *appendices_, -1, book_, diags_, true);
  }

  static bool is_one_of(const std::string& s, const std::vector<std::string>& set) {
    for (const auto& x : set)
      if (s == x) return true;
    return false;
  }

  static bool looks_like_url(std::string_view s) {
    return s.starts_with("https://") || s.starts_with("http://");
  }

  const YamlDocument& doc_;
  const std::string& dir_;
  model::Book& book_;
  model::Metadata& meta_;
  Diagnostics& diags_;
  // Read after the other keys, once it is known whether both are present.
  std::optional<YAML::Node> chapters_, parts_, appendices_;
  SourcePos parts_key_;
  bool license_set_ = false;
};

}  // namespace

bool read_book_config(const YamlDocument& doc, const std::string& dir, model::Book& book,
                      Diagnostics& diags) {
  if (!doc.root.IsMap()) {
    SourcePos p = doc.pos(doc.root);
    if (p.line == 0) p = {1, 1};
    diags.error({doc.path, p},
                "book.yaml must be a map of keys such as 'title', not " +
                    std::string(yaml_kind(doc.root)),
                "wrong-type");
    return false;
  }
  ConfigReader(doc, dir, book, diags).read();
  return true;
}

}  // namespace quire::load
