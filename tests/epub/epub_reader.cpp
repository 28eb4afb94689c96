#include "epub_reader.h"

#include <zip.h>

namespace quire::epub::testing {
namespace {

struct ZipCloser {
  void operator()(zip_t* z) const { zip_discard(z); }
};
struct ZipFileCloser {
  void operator()(zip_file_t* f) const { zip_fclose(f); }
};
struct SourceFreer {
  void operator()(zip_source_t* s) const { zip_source_free(s); }
};

void visit(const tinyxml2::XMLElement* e, const std::function<bool(const tinyxml2::XMLElement&)>& pred,
           std::vector<const tinyxml2::XMLElement*>& out) {
  if (pred(*e)) out.push_back(e);
  for (const auto* c = e->FirstChildElement(); c != nullptr; c = c->NextSiblingElement()) visit(c, pred, out);
}

void collect_text(const tinyxml2::XMLNode* n, std::string& out) {
  for (const auto* c = n->FirstChild(); c != nullptr; c = c->NextSibling()) {
    if (const auto* t = c->ToText()) out += t->Value();
    else collect_text(c, out);
  }
}

}  // namespace

std::vector<ZipEntry> read_zip(const std::string& bytes) {
  std::vector<ZipEntry> out;
  zip_error_t error;
  zip_error_init(&error);
  std::unique_ptr<zip_source_t, SourceFreer> source(zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error));
  zip_error_fini(&error);
  if (!source) return out;
  zip_error_init(&error);
  std::unique_ptr<zip_t, ZipCloser> archive(zip_open_from_source(source.get(), ZIP_RDONLY, &error));
  zip_error_fini(&error);
  if (!archive) return out;
  source.release();  // owned by the archive now
  const zip_int64_t n = zip_get_num_entries(archive.get(), 0);
  for (zip_int64_t i = 0; i < n; ++i) {
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(archive.get(), static_cast<zip_uint64_t>(i), 0, &st) < 0) return {};
    std::unique_ptr<zip_file_t, ZipFileCloser> file(zip_fopen_index(archive.get(), static_cast<zip_uint64_t>(i), 0));
    if (!file) return {};
    ZipEntry entry{st.name, std::string(static_cast<std::size_t>(st.size), '\0'), st.comp_method == ZIP_CM_STORE};
    if (zip_fread(file.get(), entry.data.data(), entry.data.size()) != static_cast<zip_int64_t>(st.size)) return {};
    out.push_back(std::move(entry));
  }
  return out;
}

std::optional<std::string> zip_file(const std::vector<ZipEntry>& entries, const std::string& name) {
  for (const ZipEntry& e : entries)
    if (e.name == name) return e.data;
  return std::nullopt;
}

Xml parse_xml(const std::string& text) {
  Xml x;
  x.ok = x.doc->Parse(text.data(), text.size()) == tinyxml2::XML_SUCCESS && x.doc->RootElement() != nullptr;
  return x;
}

std::vector<const tinyxml2::XMLElement*> find_all(const tinyxml2::XMLElement* from,
                                                  const std::function<bool(const tinyxml2::XMLElement&)>& pred) {
  std::vector<const tinyxml2::XMLElement*> out;
  if (from != nullptr) visit(from, pred, out);
  return out;
}

const tinyxml2::XMLElement* find_first(const tinyxml2::XMLElement* from,
                                       const std::function<bool(const tinyxml2::XMLElement&)>& pred) {
  const auto all = find_all(from, pred);
  return all.empty() ? nullptr : all.front();
}

std::function<bool(const tinyxml2::XMLElement&)> named(std::string name) {
  return [name](const tinyxml2::XMLElement& e) { return name == e.Name(); };
}

std::function<bool(const tinyxml2::XMLElement&)> with_attr(std::string name, std::string attr_name,
                                                           std::string value) {
  return [=](const tinyxml2::XMLElement& e) {
    const char* v = e.Attribute(attr_name.c_str());
    return name == e.Name() && v != nullptr && value == v;
  };
}

std::string text_of(const tinyxml2::XMLElement* e) {
  std::string out;
  if (e != nullptr) collect_text(e, out);
  return out;
}

std::vector<const tinyxml2::XMLElement*> children(const tinyxml2::XMLElement* e, const char* name) {
  std::vector<const tinyxml2::XMLElement*> out;
  if (e == nullptr) return out;
  for (const auto* c = e->FirstChildElement(name); c != nullptr; c = c->NextSiblingElement(name)) out.push_back(c);
  return out;
}

std::string attr(const tinyxml2::XMLElement* e, const char* name) {
  const char* v = e == nullptr ? nullptr : e->Attribute(name);
  return v == nullptr ? std::string() : std::string(v);
}

}  // namespace quire::epub::testing
