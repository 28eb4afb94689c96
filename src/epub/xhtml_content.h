#pragma once
// Turns one entry's blocks, inlines and footnotes from the document model into XHTML
// elements of its EPUB content document (which lives in text/).
#include <map>
#include <set>
#include <string>

#include <tinyxml2.h>

#include "diag/diagnostics.h"
#include "epub/heading_levels.h"
#include "epub/image_catalog.h"
#include "epub/page_breaks.h"
#include "model/book.h"

namespace quire::epub {

// What the writer needs from the rest of the EPUB to resolve links and images.
struct ContentContext {
  const model::Entry& entry;
  const std::map<std::string, std::string>& entry_hrefs;  // slug -> href from the package folder
  const std::map<std::string, std::set<std::string>>& entry_anchors;  // slug -> ids in its document
  ImageCatalog& images;
  Diagnostics& diags;
  // cited reference id -> href of its bibliography entry, as seen from this document
  const std::map<std::string, std::string>& reference_hrefs;
  // When set, receives the nodes of every block by source position (for page-break markers).
  BlockSpots* spots = nullptr;
};

class XhtmlContent {
 public:
  explicit XhtmlContent(ContentContext ctx) : ctx_(ctx) {}

  void blocks(tinyxml2::XMLElement* parent, const model::Blocks& blocks);
  void inlines(tinyxml2::XMLElement* parent, const model::Inlines& inlines);

  // Appends the footnotes section (EPUB footnotes with back links); nothing when the entry
  // has no numbered note.
  void footnotes(tinyxml2::XMLElement* parent);

 private:
  void block(tinyxml2::XMLElement* parent, const model::Block& block);
  // Records the nodes `parent` gained after `before` as the block at `pos`.
  void record(tinyxml2::XMLElement* parent, tinyxml2::XMLNode* before, SourcePos pos);
  void one_inline(tinyxml2::XMLElement* parent, const model::Inline& in);
  void heading(tinyxml2::XMLElement* parent, const model::Heading& h);
  void code_block(tinyxml2::XMLElement* parent, const model::CodeBlock& c);
  void list(tinyxml2::XMLElement* parent, const model::List& l);
  void table(tinyxml2::XMLElement* parent, const model::Table& t);
  void figure(tinyxml2::XMLElement* parent, const model::Figure& f, SourcePos pos);
  // A fenced div: a callout as a titled `aside`, any other div as a `div` (xhtml_div.cpp).
  void div(tinyxml2::XMLElement* parent, const model::Div& d);
  void image(tinyxml2::XMLElement* parent, const model::Image& img, SourcePos pos);
  void link(tinyxml2::XMLElement* parent, const model::Link& l, SourcePos pos);
  void citation(tinyxml2::XMLElement* parent, const model::Citation& c);
  void cite_link(tinyxml2::XMLElement* parent, const model::Link& l);
  void note_ref(tinyxml2::XMLElement* parent, const model::NoteRef& r);

  // The href for a link, or "" when it cannot point anywhere valid (reported).
  std::string link_href(const model::Link& l, SourcePos pos);
  // Sets `id` on `e` unless the document already uses it (ids must be unique).
  void set_id(tinyxml2::XMLElement* e, const std::string& id);
  SourceLoc where(SourcePos pos) const;

  ContentContext ctx_;
  std::set<std::string> ids_;             // ids given so far in this document
  std::map<int, std::string> first_ref_;  // note number -> id of its first reference
  int link_depth_ = 0;                    // links cannot nest
  HeadingLevels heading_levels_;
};

// The ids an entry's document carries (headings, figures, footnotes): valid link anchors.
std::set<std::string> anchor_ids(const model::Entry& entry);

// Where diagnostics about an entry point: its file as the user knows it.
SourceLoc entry_loc(const model::Entry& entry, SourcePos pos = {});

}  // namespace quire::epub
