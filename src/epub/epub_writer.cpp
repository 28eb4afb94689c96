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
#include "util/files.h"

namespace quire::epub {
namespace {

constexpr const char* kPackageFolder = "EPUB/";
constexpr const char* kXhtml = "application/xhtml+xml";

struct Document {
  ManifestItem item;
  std::string text;
};

std::string render_page(const model::Book& book, const Page& page, const BookLayout& layout,
                        const std::map<std::string, std::set<std::string>>& anchors,
                        const ImageItem* cover, ImageCatalog& images, Diagnostics& diags) {
  switch (page.kind) {
    case PageKind::Cover: return cover_page(book.meta, from_text_folder(cover->href));
    case PageKind::TitlePage: return title_page(book.meta);
    case PageKind::Copyright: return copyright_page(book.meta);
    case PageKind::Part: return part_page(book.meta, book.parts[page.index], page.number);
    case PageKind::Chapter: return chapter_page(book.meta, book.chapters[page.index], page.number);
    case PageKind::Entry:
      return entry_page(book, book.entries[page.index], layout, anchors, images, diags);
    case PageKind::References:
      return references_page(book.meta, page.number > 0 ? book.chapters[page.index].bibliography : book.bibliography);
    case PageKind::Contents: break;  // written once the table of contents is known
  }
  return {};
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

  ImageCatalog images(book.root, diags);
  const ImageItem* cover = nullptr;
  if (!book.meta.cover.empty()) {
    const std::string book_yaml = (std::filesystem::path(book.root) / "book.yaml").string();
    cover = images.use(book.meta.cover, SourceLoc{book_yaml, {}}, /*in_text=*/false);
  }
  const BookLayout layout = plan_layout(book, cover != nullptr);

  std::map<std::string, std::set<std::string>> anchors;
  for (const Page& page : layout.pages)
    if (page.kind == PageKind::Entry) anchors[book.entries[page.index].slug] = anchor_ids(book.entries[page.index]);

  const std::vector<TocNode> toc = build_toc(book, layout);
  std::vector<Document> documents;
  for (const Page& page : layout.pages) {
    Document doc;
    doc.item = ManifestItem{page.id, page.href, kXhtml, ""};
    if (page.kind == PageKind::Contents) {
      doc.item.properties = "nav";
      doc.text = nav_document(book.meta, layout, toc);
    } else {
      doc.text = render_page(book, page, layout, anchors, cover, images, diags);
    }
    documents.push_back(std::move(doc));
  }

  PackageContents contents;
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
