#include "epub/epub_writer.h"

#include <filesystem>
#include <map>
#include <set>

#include "epub/book_layout.h"
#include "epub/division_pages.h"
#include "epub/entry_page.h"
#include "epub/front_matter.h"
#include "epub/image_catalog.h"
#include "epub/navigation.h"
#include "epub/package_document.h"
#include "epub/references_page.h"
#include "epub/xhtml_content.h"
#include "epub/zip_archive.h"
#include "model/walk.h"
#include "util/files.h"

namespace quire::epub {
namespace {

constexpr const char* kPackageFolder = "EPUB/";
constexpr const char* kXhtml = "application/xhtml+xml";

struct Document {
  ManifestItem item;
  std::string text;
};

// The name print page starts use for the document `page` (see model::PrintPageStart).
std::string print_key(const model::Book& book, const Page& page) {
  switch (page.kind) {
    case PageKind::Part: return "part:" + book.parts[page.index].id;
    case PageKind::Chapter: return "chapter:" + book.chapters[page.index].id;
    case PageKind::Entry: return "entry:" + book.entries[page.index].slug;
    case PageKind::References:
      return page.number > 0 ? "references:" + book.chapters[page.index].id : std::string("references");
    default: return {};
  }
}

std::map<std::string, std::vector<const model::PrintPageStart*>> starts_by_document(
    const model::PrintPages* pages) {
  std::map<std::string, std::vector<const model::PrintPageStart*>> out;
  if (pages == nullptr) return out;
  for (const model::PrintPageStart& s : pages->pages)
    out[s.entry_slug.empty() ? s.division : "entry:" + s.entry_slug].push_back(&s);
  return out;
}

std::string render_page(const model::Book& book, const Page& page, const BookLayout& layout,
                        const std::map<std::string, std::set<std::string>>& anchors, const ImageItem* cover,
                        ImageCatalog& images, Diagnostics& diags,
                        const std::vector<const model::PrintPageStart*>& breaks,
                        std::vector<PlacedPageBreak>& placed) {
  switch (page.kind) {
    case PageKind::Cover: return cover_page(book.meta, from_text_folder(cover->href));
    case PageKind::TitlePage: return title_page(book.meta);
    case PageKind::Copyright: return copyright_page(book.meta);
    case PageKind::Part: return part_page(book.meta, book.parts[page.index], page.number, breaks, &placed);
    case PageKind::Chapter: return chapter_page(book.meta, book.chapters[page.index], page.number, breaks, &placed);
    case PageKind::Entry:
      return entry_page(book, book.entries[page.index], layout, anchors, images, diags, breaks, &placed);
    case PageKind::References:
      return references_page(book.meta, page.number > 0 ? book.chapters[page.index].bibliography : book.bibliography,
                             breaks, &placed);
    case PageKind::Contents: break;  // written once the table of contents is known
  }
  return {};
}

bool has_callout(const model::Book& book) {
  bool found = false;
  const model::ConstVisitor visit{.block = [&found](const model::Block& b) {
    if (const auto* d = std::get_if<model::Div>(&b.node)) found = found || d->callout != model::Callout::None;
  }};
  for (const model::Entry& e : book.entries) {
    model::walk(e.body, visit);
    for (const model::Note& n : e.notes) model::walk(n.content, visit);
  }
  return found;
}

}  // namespace

std::optional<std::string> build_epub(const model::Book& book, const EpubOptions& options,
                                      Diagnostics& diags) {
  const std::string css_path = (std::filesystem::path(options.styles_dir) / "epub.css").string();
  std::string error;
  auto css = util::read_file(css_path, error);
  if (!css) {
    diags.error(SourceLoc{css_path, {}}, "cannot read the EPUB stylesheet: " + error, "missing-stylesheet");
    return std::nullopt;
  }
  // Callout styles join the stylesheet only in books that have callouts.
  if (has_callout(book)) {
    const std::string callout_path = (std::filesystem::path(options.styles_dir) / "callouts.css").string();
    auto callout_css = util::read_file(callout_path, error);
    if (!callout_css) {
      diags.error(SourceLoc{callout_path, {}}, "cannot read the EPUB stylesheet: " + error, "missing-stylesheet");
      return std::nullopt;
    }
    *css += "\n" + *callout_css;
  }

  ImageCatalog images(book.root, diags);
  const ImageItem* cover = nullptr;
  if (!book.meta.cover.empty()) {
    const std::string book_yaml = (std::filesystem::path(book.root) / "book.yaml").string();
    cover = images.use(book.meta.cover, SourceLoc{book_yaml, {}}, /*in_text=*/false);
  }
  BookLayout layout = plan_layout(book, cover != nullptr);
  layout.reference_links = reference_links(book, layout);

  std::map<std::string, std::set<std::string>> anchors;
  for (const Page& page : layout.pages)
    if (page.kind == PageKind::Entry) anchors[book.entries[page.index].slug] = anchor_ids(book.entries[page.index]);

  const std::vector<TocNode> toc = build_toc(book, layout);
  const auto breaks = starts_by_document(options.print_pages);
  const std::vector<const model::PrintPageStart*> no_breaks;
  std::vector<Document> documents;
  std::vector<PageListEntry> page_list;
  std::size_t nav_index = 0;
  for (const Page& page : layout.pages) {
    Document doc;
    doc.item = ManifestItem{page.id, page.href, kXhtml, ""};
    if (page.kind == PageKind::Contents) {
      doc.item.properties = "nav";
      nav_index = documents.size();
    } else {
      const auto here = breaks.find(print_key(book, page));
      std::vector<PlacedPageBreak> placed;
      doc.text = render_page(book, page, layout, anchors, cover, images, diags,
                             here == breaks.end() ? no_breaks : here->second, placed);
      for (const PlacedPageBreak& p : placed) page_list.push_back({p.label, page.href + "#" + p.id});
    }
    documents.push_back(std::move(doc));
  }
  // The navigation document lists the page breaks, known once every other document is written.
  if (nav_index < documents.size() && documents[nav_index].item.properties == "nav")
    documents[nav_index].text = nav_document(book.meta, layout, toc, page_list);

  PackageContents contents;
  if (!page_list.empty()) contents.page_source = book.meta.identifier;
  for (const Document& d : documents) {
    contents.manifest.push_back(d.item);
    contents.spine.push_back(d.item.id);
  }
  contents.manifest.push_back(ManifestItem{"ncx", "toc.ncx", "application/x-dtbncx+xml", ""});
  contents.manifest.push_back(ManifestItem{"css", "styles/epub.css", "text/css", ""});
  for (const ImageItem& image : images.items()) {
    const bool is_cover = &image == cover;
    contents.manifest.push_back(
        ManifestItem{image.id, image.href, image.media_type, is_cover ? "cover-image" : ""});
    if (is_cover) contents.cover_image_id = image.id;
    contents.has_images = contents.has_images || image.in_text;
  }

  const std::string package = kPackageFolder;
  ZipArchive zip(book.meta.modified);
  zip.add("mimetype", "application/epub+zip", /*store=*/true);
  zip.add("META-INF/container.xml", container_document(package + "package.opf"));
  zip.add(package + "package.opf", package_document(book.meta, contents));
  for (const Document& d : documents)
    if (d.item.properties == "nav") zip.add(package + d.item.href, d.text);
  zip.add(package + "toc.ncx", ncx_document(book.meta, toc));
  zip.add(package + "styles/epub.css", std::move(*css));
  for (Document& d : documents)
    if (d.item.properties != "nav") zip.add(package + d.item.href, std::move(d.text));
  for (const ImageItem& image : images.items()) zip.add(package + image.href, image.data);

  auto bytes = zip.finish();
  if (!bytes) {
    diags.error(SourceLoc{}, "cannot build the EPUB: " + zip.error(), "epub-archive");
    return std::nullopt;
  }
  return bytes;
}

}  // namespace quire::epub
