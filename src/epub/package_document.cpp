#include "epub/package_document.h"

#include <tinyxml2.h>

#include "epub/xml_text.h"
#include "license/attribution.h"
#include "util/timestamps.h"

namespace quire::epub {
namespace {

using tinyxml2::XMLElement;

XMLElement* add_meta(XMLElement* metadata, const char* property, const std::string& value) {
  XMLElement* m = add_text_element(metadata, "meta", value);
  m->SetAttribute("property", property);
  return m;
}

void add_refinement(XMLElement* metadata, const std::string& id, const char* property,
                    const char* value, const char* scheme = nullptr) {
  XMLElement* m = add_meta(metadata, property, value);
  m->SetAttribute("refines", ("#" + id).c_str());
  if (scheme != nullptr) m->SetAttribute("scheme", scheme);
}

std::string rights(const model::Metadata& meta) {
  std::string out = license::copyright_notice(util::utc_year(meta.modified), meta.authors) + ".";
  if (const std::string license = license::license_sentence("This work", meta.license); !license.empty())
    out += " " + license;
  return out;
}

void add_accessibility(XMLElement* metadata, bool has_images, bool page_breaks) {
  add_meta(metadata, "schema:accessMode", "textual");
  if (has_images) add_meta(metadata, "schema:accessMode", "visual");
  add_meta(metadata, "schema:accessModeSufficient", "textual");
  for (const char* feature : {"structuralNavigation", "tableOfContents", "readingOrder"})
    add_meta(metadata, "schema:accessibilityFeature", feature);
  if (page_breaks)
    for (const char* feature : {"pageBreakMarkers", "pageNavigation"})
      add_meta(metadata, "schema:accessibilityFeature", feature);
  if (has_images) add_meta(metadata, "schema:accessibilityFeature", "alternativeText");
  add_meta(metadata, "schema:accessibilityHazard", "none");
  add_meta(metadata, "schema:accessibilitySummary",
           has_images
               ? "The text is fully navigable by headings and a table of contents; every image "
                 "has alternative text. The book contains no known hazards."
               : "The text is fully navigable by headings and a table of contents. The book "
                 "contains no known hazards.");
}

}  // namespace

std::string package_document(const model::Metadata& meta, const PackageContents& contents) {
  tinyxml2::XMLDocument doc;
  doc.InsertEndChild(doc.NewDeclaration());
  XMLElement* package = doc.NewElement("package");
  doc.InsertEndChild(package);
  package->SetAttribute("xmlns", "http://www.idpf.org/2007/opf");
  package->SetAttribute("version", "3.0");
  package->SetAttribute("xml:lang", meta.language.c_str());
  package->SetAttribute("unique-identifier", "uid");

  XMLElement* metadata = add_element(package, "metadata");
  metadata->SetAttribute("xmlns:dc", "http://purl.org/dc/elements/1.1/");
  add_text_element(metadata, "dc:identifier", meta.identifier)->SetAttribute("id", "uid");
  add_text_element(metadata, "dc:title", meta.title)->SetAttribute("id", "title");
  add_refinement(metadata, "title", "title-type", "main");
  if (!meta.subtitle.empty()) {
    add_text_element(metadata, "dc:title", meta.subtitle)->SetAttribute("id", "subtitle");
    add_refinement(metadata, "subtitle", "title-type", "subtitle");
  }
  for (std::size_t i = 0; i < meta.authors.size(); ++i) {
    const std::string id = "creator-" + std::to_string(i + 1);
    add_text_element(metadata, "dc:creator", meta.authors[i])->SetAttribute("id", id.c_str());
    add_refinement(metadata, id, "role", "aut", "marc:relators");
  }
  add_text_element(metadata, "dc:language", meta.language);
  add_text_element(metadata, "dc:date", util::utc_date(meta.modified));
  add_text_element(metadata, "dc:rights", rights(meta));
  add_meta(metadata, "dcterms:modified", util::utc_date_time(meta.modified));
  if (!meta.license.url.empty()) add_meta(metadata, "dcterms:license", meta.license.url);
  if (!contents.page_source.empty()) {
    // The page-list's page breaks are those of this source (EPUB 3's source-of refinement).
    add_text_element(metadata, "dc:source", contents.page_source)->SetAttribute("id", "page-source");
    add_refinement(metadata, "page-source", "source-of", "pagination");
  }
  add_accessibility(metadata, contents.has_images, !contents.page_source.empty());
  if (!contents.cover_image_id.empty()) {  // EPUB 2 readers look for the cover this way
    XMLElement* cover = add_element(metadata, "meta");
    cover->SetAttribute("name", "cover");
    cover->SetAttribute("content", contents.cover_image_id.c_str());
  }

  XMLElement* manifest = add_element(package, "manifest");
  for (const ManifestItem& item : contents.manifest) {
    XMLElement* e = add_element(manifest, "item");
    e->SetAttribute("id", item.id.c_str());
    e->SetAttribute("href", item.href.c_str());
    e->SetAttribute("media-type", item.media_type.c_str());
    if (!item.properties.empty()) e->SetAttribute("properties", item.properties.c_str());
  }

  XMLElement* spine = add_element(package, "spine");
  spine->SetAttribute("toc", "ncx");
  for (const std::string& idref : contents.spine)
    add_element(spine, "itemref")->SetAttribute("idref", idref.c_str());
  return to_xml_string(doc);
}

std::string container_document(const std::string& opf_path) {
  tinyxml2::XMLDocument doc;
  doc.InsertEndChild(doc.NewDeclaration());
  XMLElement* container = doc.NewElement("container");
  doc.InsertEndChild(container);
  container->SetAttribute("version", "1.0");
  container->SetAttribute("xmlns", "urn:oasis:names:tc:opendocument:xmlns:container");
  XMLElement* rootfile = add_element(add_element(container, "rootfiles"), "rootfile");
  rootfile->SetAttribute("full-path", opf_path.c_str());
  rootfile->SetAttribute("media-type", "application/oebps-package+xml");
  return to_xml_string(doc);
}

}  // namespace quire::epub
