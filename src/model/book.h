#pragma once
// A whole book: its metadata, its entries (each a parsed document) and the order
// the ordering pass puts them in (parts, chapters).
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "model/document.h"
#include "model/source.h"

namespace quire::model {

// A front-matter value: a scalar, or a list of scalars.
struct Field {
  std::string scalar;
  std::vector<std::string> list;
  bool is_list = false;
  bool unsupported = false;  // a map, or a list holding maps or lists: kept for `match`/`sort` to name
  SourcePos pos;
};

// What the book's license obliges every edition to say.
struct License {
  std::string spdx;        // "CC-BY-SA-4.0"
  std::string name;        // "Creative Commons Attribution-ShareAlike 4.0 International"
  std::string short_name;  // "CC BY-SA 4.0"
  std::string url;         // canonical deed URL
};

// One formatted work of a bibliography; `id` is the reference's key (citations link to it).
struct BibEntry {
  std::string id;
  Inlines content;
};

// How cross-references read (book.yaml `crossref:`), pandoc-crossref's defaults.
struct CrossrefNames {
  std::string figure = "fig.", figures = "figs.";
  std::string table = "tbl.", tables = "tbls.";
  std::string equation = "eq.", equations = "eqns.";
  std::string listing = "lst.", listings = "lsts.";
  std::string section = "sec.", sections = "secs.";
  std::string chapter_delimiter = ".";
};

struct Metadata {
  std::string title;
  std::string subtitle;
  std::vector<std::string> authors;
  std::string language = "en";
  std::string identifier;  // "urn:uuid:..." or the user's own
  License license;
  std::vector<std::string> bibliography;  // paths relative to the book folder
  std::string cover;                      // path relative to the book folder, or ""
  std::string repository;                 // URL, or ""
  std::string version;
  std::int64_t modified = 0;              // seconds since the epoch (SOURCE_DATE_EPOCH)
  std::string slug;                       // file name stem for outputs
  std::string description;                // blurb for the package metadata, or ""
  std::vector<std::string> keywords;      // subjects for the package metadata
  std::string publisher;                  // or ""
  std::string csl;                        // citation style: a file relative to the book folder,
                                          // a style id ("apa"), or "" for the house style
  std::string bibliography_placement = "book";  // book | chapter | entry
  std::string style;                      // stylesheet choice, as written in book.yaml, or ""
  bool number_figures = false;            // figures numbered per chapter ("Figure 2.1")
  bool number_chapters = false;           // chapters numbered in titles, contents and running heads
  CrossrefNames crossref{};
};

struct Entry {
  std::string path;   // relative to the book folder: "entries/meta-ai.md"
  std::string slug;   // "meta-ai"; unique in the book
  std::string title;
  std::vector<std::string> authors;
  std::map<std::string, Field> fields;  // the whole front matter
  Blocks body;
  std::vector<Note> notes;  // in number order after the numbering pass
  std::vector<BibEntry> bibliography;  // the works it cites, with placement `entry`
  SourceLoc loc;            // the file, at line 1
  // Where `title` came from: the front matter, the body's first level-1 heading (still in `body`
  // until the ordering pass takes it out), or the file name.
  enum class TitleFrom { FrontMatter, Heading, FileName } title_from = TitleFrom::FrontMatter;
  bool show_title = true;   // false: the chapter's title stands for it, or it continues one
  bool runs_on = false;     // continues the previous entry on the same page
};

// How book.yaml says a chapter is filled: an explicit list, or a match-and-sort rule.
struct ChapterRule {
  std::vector<std::string> entries;          // explicit paths as written ("meta-ai.md")
  std::vector<SourcePos> entry_pos;          // where each explicit path is written
  std::map<std::string, std::string> match;  // front-matter field -> required value
  std::string sort;                          // field to sort by ("" = by title)
  bool descending = false;                   // "-founded"
  bool is_match = false;
  // A bare path or glob item (`- chapters/*.md`): its files are read as one stream, pandoc's
  // way, each level-1 heading starting a chapter; `entries` then holds the one pattern.
  bool flow = false;
};

struct Chapter {
  std::string title;
  ChapterRule rule;
  std::string id;                // "ch-houses"; unique in the book
  std::vector<std::size_t> entries;  // indices into Book::entries, in reading order
  int part = -1;                 // index into Book::parts, or -1
  SourceLoc loc;                 // where book.yaml defines it
  std::vector<BibEntry> bibliography;  // the works its entries cite, with placement `chapter`
  bool numbered = true;          // false: `{.unnumbered}` / `{-}` on its heading
  bool listed = true;            // false: `{.unlisted}`, left out of the contents
  bool appendix = false;         // from `appendices:`, lettered A, B, C
  std::string number;            // "3", "B", or "" when the book or chapter is unnumbered
  std::string label{};           // `{#sec:x}` on its heading, for cross-references
};

struct Part {
  std::string title;
  std::string id;
};

// How much quire reads before it calls an input unreasonable rather than working through it;
// book.yaml's `limits:` raises them (the names in comments are its keys).
struct Limits {
  std::size_t entry_bytes = std::size_t{16} << 20;  // entry-size, in MB: one entry file
  int nesting_depth = 64;  // nesting-depth: lists, quotes and emphasis inside each other
  long long image_pixels = 50'000'000;  // image-pixels, in megapixels: one raster, decoded at 4 bytes a pixel
  int total_pages = 10000;  // total-pages: the PDF's body
};

struct Book {
  std::string root;  // the book folder
  Metadata meta;
  Limits limits;
  std::vector<Entry> entries;  // in file-name order, as loaded (entries a file splits into last)
  std::vector<Part> parts;
  std::vector<Chapter> chapters;
  std::vector<BibEntry> bibliography;  // every cited work, with placement `book`
};

}  // namespace quire::model
