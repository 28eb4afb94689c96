#include "load/chapter_config.h"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "load/yaml_values.h"
#include "util/text.h"

namespace quire::load {
namespace {

// A chapter is a title plus EITHER an explicit list (`entries`) OR a rule:
//   title:   the chapter's heading (required)
//   entries: files in reading order, relative to entries/ ("a.md") or to the book folder
//            ("chapters/a.md"), or glob patterns ("chapters/*/*.md", natural order)
//   match:   {FIELD: VALUE, ...} — takes every entry whose front matter has all of them
//   sort:    FIELD or -FIELD (descending) — the order of a `match` chapter; default by title
const std::vector<std::string> kChapterKeys = {"title", "entries", "match", "sort"};

// A chapter item may also be a bare path or glob (`- chapters/*.md`): pandoc's model, in which
// the files are one stream and each level-1 heading starts a chapter (pandoc_chapters.h).

// A part groups chapters under a title:
//   title:    the part's heading (required)
//   chapters: a list of chapters, as above
const std::vector<std::string> kPartKeys = {"title", "chapters"};

template <typename T>
std::string unique_id(const std::string& prefix, const std::string& title, std::size_t number,
                      const std::vector<T>& taken) {
  const std::string slug = util::slugify(title);
  const std::string base = prefix + (slug.empty() ? std::to_string(number) : slug);
  auto used = [&](const std::string& id) {
    return std::any_of(taken.begin(), taken.end(), [&](const T& t) { return t.id == id; });
  };
  std::string id = base;
  for (int n = 2; used(id); ++n) id = base + "-" + std::to_string(n);
  return id;
}

void read_match(const YamlDocument& doc, const YAML::Node& node, model::ChapterRule& rule,
                Diagnostics& diags) {
  if (!node.IsMap()) {
    diags.error(doc.loc(node),
                "'match' must be a map of front-matter fields to values, not " +
                    std::string(yaml_kind(node)),
                "wrong-type");
    return;
  }
  for_each_key(doc, node, nullptr, "'match'", diags,
               [&](const std::string& field, const YAML::Node&, const YAML::Node& value) {
                 if (!value.IsScalar()) {
                   diags.error(doc.loc(value),
                               "the value of '" + field + "' in 'match' must be text, not " +
                                   std::string(yaml_kind(value)),
                               "wrong-type");
                   return;
                 }
                 rule.match[field] = value.Scalar();
               });
}

// nullopt when the item is unusable (reported); the chapter otherwise, without its id.
std::optional<model::Chapter> read_chapter(const YamlDocument& doc, const YAML::Node& item,
                                           std::size_t number, Diagnostics& diags) {
  model::Chapter ch;
  ch.loc = doc.loc(item);
  if (item.IsScalar() && !util::trim(item.Scalar()).empty()) {
    ch.rule.flow = true;
    ch.rule.entries.push_back(std::string(util::trim(item.Scalar())));
    ch.rule.entry_pos.push_back(doc.pos(item));
    return ch;
  }
  if (!item.IsMap()) {
    diags.error(ch.loc, "a chapter must be a path, a glob, or a map with 'title' and 'entries' or 'match', not " +
                            std::string(yaml_kind(item)),
                "wrong-type");
    return std::nullopt;
  }
  bool has_entries = false, has_match = false;
  std::optional<LocatedText> sort;
  for_each_key(doc, item, &kChapterKeys, "a chapter", diags,
               [&](const std::string& key, const YAML::Node&, const YAML::Node& value) {
                 if (key == "title") {
                   if (auto t = read_text(doc, value, "title", diags)) ch.title = *t;
                 } else if (key == "entries") {
                   has_entries = true;
                   if (auto list = read_text_list(doc, value, "entries", diags)) {
                     for (auto& e : *list) {
                       ch.rule.entries.push_back(std::move(e.text));
                       ch.rule.entry_pos.push_back(e.pos);
                     }
                   }
                 } else if (key == "match") {
                   has_match = true;
                   read_match(doc, value, ch.rule, diags);
                 } else if (key == "sort") {
                   if (auto t = read_text(doc, value, "sort", diags))
                     sort = LocatedText{*t, doc.pos(value)};
                 }
               });
  if (util::trim(ch.title).empty()) {
    diags.error(ch.loc, "a chapter needs a 'title'", "missing-key");
    ch.title = "Chapter " + std::to_string(number);
  }
  const std::string named = "chapter '" + ch.title + "'";
  if (has_entries && has_match) {
    diags.error(ch.loc, named + " has both 'entries' and 'match'; use one of them",
                "conflicting-keys");
    ch.rule.match.clear();
    has_match = false;
  }
  if (!has_entries && !has_match) {
    diags.error(ch.loc,
                named + " needs 'entries' (a list of files) or 'match' (front-matter values)",
                "missing-key");
    return std::nullopt;
  }
  ch.rule.is_match = has_match;
  if (sort) {
    if (!has_match) {
      diags.warning(doc.loc(sort->pos),
                    "'sort' is ignored in " + named + ", whose 'entries' list gives the order",
                    "ignored-key");
    } else {
      std::string_view field = util::trim(sort->text);
      if (!field.empty() && field.front() == '-') {
        ch.rule.descending = true;
        field.remove_prefix(1);
      }
      if (field.empty())
        diags.error(doc.loc(sort->pos), "'sort' needs a front-matter field name", "wrong-type");
      ch.rule.sort = std::string(field);
    }
  }
  return ch;
}

}  // namespace

void read_chapters(const YamlDocument& doc, const YAML::Node& list, int part, model::Book& book,
                   Diagnostics& diags, bool appendix) {
  if (list.IsNull()) return;
  if (!list.IsSequence()) {
    diags.error(doc.loc(list), "'chapters' must be a list of chapters, not " +
                                   std::string(yaml_kind(list)),
                "wrong-type");
    return;
  }
  for (const auto& item : list) {
    auto ch = read_chapter(doc, item, book.chapters.size() + 1, diags);
    if (!ch) continue;
    ch->part = part;
    ch->appendix = appendix;
    if (ch->rule.flow) ch->title = ch->rule.entries.front();  // until its files name it
    ch->id = unique_id("ch-", ch->title, book.chapters.size() + 1, book.chapters);
    book.chapters.push_back(std::move(*ch));
  }
}

void read_parts(const YamlDocument& doc, const YAML::Node& list, model::Book& book,
                Diagnostics& diags) {
  if (list.IsNull()) return;
  if (!list.IsSequence()) {
    diags.error(doc.loc(list),
                "'parts' must be a list of parts, not " + std::string(yaml_kind(list)),
                "wrong-type");
    return;
  }
  for (const auto& item : list) {
    if (!item.IsMap()) {
      diags.error(doc.loc(item), "a part must be a map with 'title' and 'chapters', not " +
                                     std::string(yaml_kind(item)),
                  "wrong-type");
      continue;
    }
    model::Part part;
    // Held in an optional: assigning to a yaml-cpp Node that holds a value overwrites the
    // value itself, not the handle.
    std::optional<YAML::Node> chapters;
    for_each_key(doc, item, &kPartKeys, "a part", diags,
                 [&](const std::string& key, const YAML::Node&, const YAML::Node& value) {
                   if (key == "title") {
                     if (auto t = read_text(doc, value, "title", diags)) part.title = *t;
                   } else {
                     chapters.emplace(value);
                   }
                 });
    const std::size_t number = book.parts.size() + 1;
    if (util::trim(part.title).empty()) {
      diags.error(doc.loc(item), "a part needs a 'title'", "missing-key");
      part.title = "Part " + std::to_string(number);
    }
    part.id = unique_id("part-", part.title, number, book.parts);
    const int index = static_cast<int>(book.parts.size());
    book.parts.push_back(part);
    if (!chapters || chapters->IsNull()) {
      diags.warning(doc.loc(item), "part '" + part.title + "' has no chapters", "empty-part");
      continue;
    }
    read_chapters(doc, *chapters, index, book, diags, false);
  }
}

}  // namespace quire::load
