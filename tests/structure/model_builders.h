#pragma once
// Small builders for hand-made documents in structure tests.
#include "model/book.h"

namespace quire::test {

inline model::Inline text(std::string s) { return {model::Text{std::move(s)}, {1, 1}}; }

inline model::Inline link(std::string target, SourcePos pos = {3, 5}) {
  model::Link l;
  l.content = {text("here")};
  l.target = std::move(target);
  return {std::move(l), pos};
}

inline model::Inline note_ref(std::string label, SourcePos pos = {2, 1}) {
  return {model::NoteRef{std::move(label), 0}, pos};
}

inline model::Block para(model::Inlines xs) { return {model::Paragraph{std::move(xs)}, {1, 1}}; }

inline model::Block heading(int level, std::string s) {
  model::Heading h;
  h.level = level;
  h.content = {text(std::move(s))};
  return {std::move(h), {1, 1}};
}

inline model::Entry entry(std::string slug, model::Blocks body) {
  model::Entry e;
  e.slug = slug;
  e.path = "entries/" + slug + ".md";
  e.title = slug;
  e.loc = {"book/" + e.path, {1, 1}};
  e.body = std::move(body);
  return e;
}

}  // namespace quire::test
