#include "pdf/pdf_writer.h"

#include <cairo-pdf.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <pango/pangocairo.h>

#include <ctime>
#include <map>
#include <set>

#include "graphics/cairo_handles.h"
#include "graphics/images.h"
#include "layout/book_pages.h"
#include "layout/layout_threads.h"
#include "license/attribution.h"
#include "pdf/catalog_lang.h"
#include "pdf/figure_sources.h"
#include "pdf/page_boxes.h"
#include "pdf/page_drawing.h"
#include "pdf/page_map.h"
#include "pdf/page_order.h"
#include "pdf/print_marks.h"
#include "typeset/font_config.h"
#include "typeset/print_style.h"

namespace quire::pdf {

namespace {

// Cairo's output gathered in blocks and joined once at the end, when the pages' layout has
// been freed: a growing string would hold its old and new buffers at once at each doubling.
class ByteBlocks {
 public:
  static cairo_status_t append(void* closure, const unsigned char* data, unsigned int length) {
    auto& blocks = static_cast<ByteBlocks*>(closure)->blocks_;
    if (blocks.empty() || blocks.back().size() + length > kBlock) {
      blocks.emplace_back();
      blocks.back().reserve(std::max<std::size_t>(kBlock, length));
    }
    blocks.back().append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
  }

  // The bytes, with room for `spare` more (the patches made after).
  std::string join(std::size_t spare) {
    std::size_t size = 0;
    for (const auto& b : blocks_) size += b.size();
    std::string out;
    out.reserve(size + spare);
    for (auto& b : blocks_) {
      out += b;
      std::string().swap(b);
    }
    blocks_.clear();
    return out;
  }

 private:
  // Small enough to be served from the heap the pages' freed lines leave behind rather than
  // mapped apart (glibc maps blocks of 128 kB and more on their own).
  static constexpr std::size_t kBlock = 64 << 10;
  std::vector<std::string> blocks_;
};

std::string iso_date(std::int64_t seconds) {
  const std::time_t t = static_cast<std::time_t>(seconds);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

void set_metadata(cairo_surface_t* surface, const model::Metadata& meta) {
  auto set = [surface](cairo_pdf_metadata_t key, const std::string& value) {
    if (!value.empty()) cairo_pdf_surface_set_metadata(surface, key, value.c_str());
  };
  set(CAIRO_PDF_METADATA_TITLE, meta.title.empty() ? meta.slug : meta.title);
  set(CAIRO_PDF_METADATA_AUTHOR, license::join_names(meta.authors));
  set(CAIRO_PDF_METADATA_SUBJECT, !meta.subtitle.empty() ? meta.subtitle : meta.description);
  std::string keywords;
  for (const auto& k : meta.keywords) keywords += (keywords.empty() ? "" : ", ") + k;
  set(CAIRO_PDF_METADATA_KEYWORDS, keywords);
  set(CAIRO_PDF_METADATA_CREATOR, std::string("quire ") + QUIRE_VERSION);
  // Cairo writes the current time unless both dates are given.
  const std::string date = iso_date(meta.modified);
  set(CAIRO_PDF_METADATA_CREATE_DATE, date);
  set(CAIRO_PDF_METADATA_MOD_DATE, date);
}

// A page's bookmark, kept until the pages are all drawn: the outline lists them in reading
// order, and the front matter's pages are drawn after the body's.
struct OutlineItem {
  int level = 0;
  std::string title;
  int page = 0;  // in the order Cairo drew the pages, from 1
  double y = 0;
};

// Outline entries in reading order, each under the nearest entry above it of a lower level.
class Outline {
 public:
  explicit Outline(cairo_surface_t* surface) : surface_(surface) {}
  void add(const OutlineItem& item) {
    while (!stack_.empty() && stack_.back().first >= item.level) stack_.pop_back();
    const int parent = stack_.empty() ? CAIRO_PDF_OUTLINE_ROOT : stack_.back().second;
    const std::string link =
        "page=" + std::to_string(item.page) + " pos=[0 " + std::to_string(static_cast<int>(item.y)) + "]";
    const int id = cairo_pdf_surface_add_outline(
        surface_, parent, item.title.c_str(), link.c_str(),
        item.level == 0 ? CAIRO_PDF_OUTLINE_FLAG_OPEN : cairo_pdf_outline_flags_t{});
    stack_.emplace_back(item.level, id);
  }

 private:
  cairo_surface_t* surface_;
  std::vector<std::pair<int, int>> stack_;  // level, outline id
};

// Every raster on the page checked against its printed size, each image once.
void check_resolutions(const layout::PrintedPage& page, const std::map<std::string, FigureSource>& sources,
                       std::set<std::string>& checked, long long image_pixels, Diagnostics& diags) {
  if (!page.page) return;
  for (const auto& placed : page.page->boxes)
    for (const auto& art : placed.box->art) {
      const auto* image = std::get_if<layout::ImageArt>(&art);
      if (!image || !checked.insert(image->path).second) continue;
      const auto source = sources.find(image->path);
      if (source != sources.end()) {
        graphics::check_print_resolution(image->path, source->second.name, image->width, image->height,
                                         source->second.loc, diags, image_pixels);
      } else {
        SourceLoc unnamed;
        unnamed.path = image->path;
        graphics::check_print_resolution(image->path, image->path, image->width, image->height, unnamed,
                                         diags, image_pixels);
      }
    }
}

// The face a placeholder's label is set in when an image cannot be drawn: the body face,
// upright, from quire's own fonts rather than whatever Cairo would pick on this machine. It
// is set for each label: the text drawn before leaves its own face (italic, bold) behind.
graphics::FontFacePtr placeholder_face(const typeset::FontConfig& fonts) {
  graphics::FontDescriptionPtr desc(pango_font_description_from_string("serif normal 8"));
  graphics::PangoContextPtr context(pango_font_map_create_context(fonts.font_map()));
  graphics::PangoFontPtr font(pango_font_map_load_font(fonts.font_map(), context.get(), desc.get()));
  if (!font) return nullptr;
  cairo_scaled_font_t* scaled = pango_cairo_font_get_scaled_font(PANGO_CAIRO_FONT(font.get()));
  if (!scaled) return nullptr;
  return graphics::FontFacePtr(cairo_font_face_reference(cairo_scaled_font_get_font_face(scaled)));
}

// The pages' labels in reading order, and how many of them (the front matter's) Cairo drew
// last: build_pdf puts those first.
struct PageOrder {
  std::vector<std::string> labels;
  std::size_t drawn_last = 0;
};

// Lays the book out and draws it into `out`; false (with an error) when either fails. The
// body's pages are drawn as the layout hands them out, while later entries are still being
// set; the front matter, laid out once the body's page numbers are known, is drawn last. The
// layout, the fonts and the caches are freed on return, before the bytes are joined.
bool typeset_book(const model::Book& book, const PdfOptions& options, const typeset::PrintStyle& style,
                  const Sheet& sheet, Diagnostics& diags, PdfStats* stats, model::PrintPages* page_map,
                  ByteBlocks& out, PageOrder& order) {
  const std::string manifest_path =
      options.font_manifest.empty() ? typeset::default_font_manifest_path() : options.font_manifest;
  const auto manifest = typeset::load_font_manifest(manifest_path, diags);
  if (!manifest) return false;
  const auto fonts = typeset::FontConfig::create(*manifest, diags, manifest_path);
  if (!fonts) return false;
  typeset::HyphenatorSet hyphenators(options.hyphen_dir);
  const auto wanted = static_cast<unsigned>(std::min<std::size_t>(
      layout::thread_count(options.jobs), std::max<std::size_t>(1, book.entries.size())));
  const std::size_t cache_words = layout::cache_words_per_thread(wanted);
  typeset::Shaper shaper(*fonts, hyphenators, cache_words);
  layout::ParagraphSetter setter(shaper, diags);
  // Declared before the pages, whose lines use their fonts, so that it outlives them.
  layout::LayoutThreads threads(*fonts, options.hyphen_dir, wanted - 1, cache_words);

  const auto sources = figure_sources(book);
  std::set<std::string> checked;
  graphics::SurfacePtr surface(
      cairo_pdf_surface_create_for_stream(ByteBlocks::append, &out, sheet.width, sheet.height));
  cairo_pdf_surface_restrict_to_version(surface.get(), CAIRO_PDF_VERSION_1_5);
  set_metadata(surface.get(), book.meta);
  graphics::CairoPtr cr(cairo_create(surface.get()));
  const auto font_options = fonts->font_options();
  cairo_set_font_options(cr.get(), font_options.get());
  const graphics::FontFacePtr label_face = placeholder_face(*fonts);
  // Cairo 1.16 refers to a structure element for every link but writes them only inside a
  // structure tree (the file is damaged otherwise): one Document element holds them all.
  cairo_tag_begin(cr.get(), "Document", nullptr);
  PageDrawer drawer(style, setter, book.meta.language, book.limits.image_pixels, label_face.get());
  std::vector<OutlineItem> body_outline, front_outline;
  int drawn = 0;
  auto draw_page = [&](const layout::PrintedPage& page, std::vector<OutlineItem>& outline) {
    if (drawn++ > 0) cairo_show_page(cr.get());
    cairo_set_source_rgb(cr.get(), 0, 0, 0);
    // The page is drawn at the trim's place on the sheet (the same place without marks).
    cairo_save(cr.get());
    cairo_translate(cr.get(), sheet.offset, sheet.offset);
    drawer.draw(cr.get(), page);
    cairo_restore(cr.get());
    draw_crop_marks(cr.get(), sheet);
    check_resolutions(page, sources, checked, book.limits.image_pixels, diags);
    if (page.page)
      for (const auto& pm : page.page->marks)
        if (pm.mark.outline_level >= 0)
          outline.push_back({pm.mark.outline_level, pm.mark.title, drawn,
                             std::max(0.0, style.top + pm.y - style.body.leading)});
  };

  layout::EntriesSet entries_set;
  if (options.progress)
    entries_set = [&options](std::size_t done, std::size_t total) {
      options.progress("entries set", done, total);
    };
  auto pages = layout::layout_book(book, style, setter, diags, threads.setters(), entries_set,
                                   [&](const layout::PrintedPage& page) { draw_page(page, body_outline); });
  if (!pages) return false;
  if (page_map) *page_map = pdf::page_map(book, *pages);
  threads.drop_caches();
  setter.drop_caches();
#ifdef __GLIBC__
  // With glibc's malloc (the sanitizer builds) the freed caches go back to the system;
  // jemalloc, which the quire program links, returns unused pages by itself.
  malloc_trim(0);
#endif
  if (options.laid_out) options.laid_out();

  const std::size_t front = pages->front_pages.size();
  const auto done_with = layout::boxes_last_shown(*pages);
  for (std::size_t i = 0; i < front; ++i) {
    draw_page(pages->pages[i], front_outline);
    for (layout::VBox* box : done_with[i]) std::vector<layout::Art>().swap(box->art);
  }
  Outline outline(surface.get());
  for (const auto& item : front_outline) outline.add(item);
  for (const auto& item : body_outline) outline.add(item);
  cairo_tag_end(cr.get(), "Document");
  // Cairo leaves out a last page with nothing drawn on it (the front matter's closing blank
  // verso): shown here, it is kept, and the page Cairo opens after it is the one left out.
  if (drawn > 0) cairo_show_page(cr.get());
  if (stats) {
    layout::SetterStats lines = setter.stats();
    lines += threads.stats();
    stats->pages = static_cast<int>(pages->pages.size());
    stats->lines = lines.lines;
    stats->overfull_lines = lines.overfull;
    stats->contents_passes = pages->contents_passes;
  }
  for (const auto& page : pages->pages) order.labels.push_back(page.label);
  order.drawn_last = front;
  // What is left of the layout goes before Cairo writes the fonts and the cross-references.
  pages.reset();
  cairo_surface_finish(surface.get());
  if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) {
    diags.error(
        {book.root, {}},
        std::string("cannot write the pdf: ") + cairo_status_to_string(cairo_surface_status(surface.get())),
        "pdf-write");
    return false;
  }
  return true;
}

}  // namespace

std::optional<std::string> build_pdf(const model::Book& book, const PdfOptions& options, Diagnostics& diags,
                                     PdfStats* stats, model::PrintPages* page_map) {
  const auto style = typeset::load_print_style(options.styles_dir, book, diags, options.edition);
  if (!style) return std::nullopt;
  const Sheet sheet = sheet_for(*style, options.print_marks);
  ByteBlocks blocks;
  PageOrder order;
  if (!typeset_book(book, options, *style, sheet, diags, stats, page_map, blocks, order)) return std::nullopt;
  // Room for the patches below, so that they need no second copy of the file.
  std::string bytes = blocks.join(4096);
  if (!order.labels.empty()) {
    if (!move_last_pages_first(bytes, order.drawn_last)) {
      diags.error({book.root, {}}, "cannot put the pdf's pages in order: its page tree is not as Cairo writes it",
                  "pdf-write");
      return std::nullopt;
    }
    bytes = add_page_labels(std::move(bytes), page_labels_tree(order.labels));
  }
  // Cairo 1.16 writes no /ID and, given both dates, no clock time: the bytes depend on the
  // book alone (tests/pdf checks two builds are identical).
  bytes = add_catalog_lang(std::move(bytes), book.meta.language);
  if (options.print_marks)
    bytes = add_page_boxes(std::move(bytes), sheet.trim, sheet.bleed_box, sheet.offset);
  return bytes;
}

}  // namespace quire::pdf
