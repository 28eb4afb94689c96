#pragma once
// Block layout: the blocks of an entry (paragraphs, headings, lists, quotes, code, breaks,
// tables, figures) as a vertical list, with the penalties that keep headings with what
// follows them and paragraphs free of widows and orphans.
#include <string>

#include "layout/layout_env.h"
#include "layout/vertical_list.h"
#include "model/book.h"

namespace quire::layout {

class BlockLayout {
 public:
  explicit BlockLayout(LayoutEnv& env) : env_(env) {}

  // Appends `blocks` set in `frame`.
  void blocks(const model::Blocks& blocks, const Frame& frame, VList& out);

  // A heading: its destination and outline entry (when `outline_level` >= 0), its lines and
  // the space around it. `level` 1 is an entry title, 2 a section, 3 and more a subsection.
  void heading(const model::Inlines& content, int level, const std::string& dest, int outline_level,
               const Frame& frame, VList& out, const std::string& toc_key = {});

  // The whole entry: title, body (each note an insert after the line that first refers to
  // it), its references when the book places them by entry, and the attribution line.
  void entry(const model::Book& book, const model::Entry& entry, int outline_level, VList& out);

  // Bibliography entries as hanging-indent paragraphs, each a destination `prefix` + its id.
  void references(const std::vector<model::BibEntry>& entries, const std::string& prefix, VList& out);

 private:
  void paragraph_block(const model::Inlines& content, const Frame& frame, bool indent, SourcePos pos, VList& out);
  void list(const model::List& list, const Frame& frame, VList& out);
  void block_caption(const std::string& word, const std::string& number, const model::Inlines& caption,
                     const std::string& id, const Frame& frame, VList& out);
  void code(const model::CodeBlock& code, const Frame& frame, VList& out);
  void rule(const Frame& frame, VList& out);
  // A fenced div: a callout boxed with its title, any other div as its blocks (div_layout.cpp).
  void div(const model::Div& div, const Frame& frame, VList& out);
  // A note's lines, its number hanging in the margin of the note area.
  std::vector<VBox> note_lines(const model::Note& note, const Frame& frame);
  // Inserts each of the entry's notes after the first box (from `from` on) that refers to it.
  void attach_notes(const model::Entry& entry, const Frame& frame, std::size_t from, VList& out);
  void attribution(const model::Book& book, const model::Entry& entry, const Frame& frame, VList& out);

  LayoutEnv& env_;
  std::string entry_slug_;
  int entry_outline_ = 0;
};

}  // namespace quire::layout
