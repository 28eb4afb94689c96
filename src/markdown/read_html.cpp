#include "markdown/read_html.h"

#include <tinyxml2.h>

#include <cctype>
#include <string>

namespace quire::markdown {
namespace {

std::string lower_name(std::string_view tag) {
  std::string name;
  for (std::size_t i = 1; i < tag.size() && std::isalpha(static_cast<unsigned char>(tag[i])); ++i)
    name += static_cast<char>(std::tolower(static_cast<unsigned char>(tag[i])));
  return name;
}

// An HTML void element as XML: `<img src="a.png">` gets its closing slash.
std::string as_empty_element(std::string_view tag) {
  std::string xml(tag);
  if (xml.size() >= 2 && xml[xml.size() - 2] != '/') xml.insert(xml.size() - 1, "/");
  return xml;
}

}  // namespace

std::optional<model::Inline> html_inline(std::string_view tag, SourcePos pos) {
  if (tag.size() < 4 || tag.front() != '<' || tag.back() != '>') return std::nullopt;
  const std::string name = lower_name(tag);
  if (name == "br") return model::Inline{model::LineBreak{}, pos};
  if (name != "img") return std::nullopt;
  tinyxml2::XMLDocument doc;
  const std::string xml = as_empty_element(tag);
  if (doc.Parse(xml.c_str(), xml.size()) != tinyxml2::XML_SUCCESS) return std::nullopt;
  const tinyxml2::XMLElement* img = doc.RootElement();
  const char* src = img->Attribute("src");
  if (src == nullptr || *src == '\0') return std::nullopt;
  model::Image image;
  image.src = src;
  if (const char* alt = img->Attribute("alt"); alt != nullptr && *alt != '\0')
    image.alt.push_back({model::Text{alt}, pos});
  if (const char* title = img->Attribute("title")) image.title = title;
  if (const char* width = img->Attribute("width"))
    if (auto w = model::parse_length(width)) image.width = *w;
  if (const char* height = img->Attribute("height"))
    if (auto h = model::parse_length(height)) image.height = *h;
  return model::Inline{std::move(image), pos};
}

}  // namespace quire::markdown
