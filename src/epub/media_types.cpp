#include "epub/media_types.h"

#include <tinyxml2.h>

#include <algorithm>
#include <cctype>
#include <string>

namespace quire::epub {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

std::string_view local_name(std::string_view qualified) {
  const auto colon = qualified.find(':');
  return colon == std::string_view::npos ? qualified : qualified.substr(colon + 1);
}

std::string check_svg(std::string_view data) {
  tinyxml2::XMLDocument doc;
  if (doc.Parse(data.data(), data.size()) != tinyxml2::XML_SUCCESS)
    return "the file is not well-formed XML (line " + std::to_string(doc.ErrorLineNum()) + ")";
  const tinyxml2::XMLElement* root = doc.RootElement();
  if (root == nullptr || local_name(root->Name()) != "svg")
    return "the file is XML but its root element is not <svg>";
  // Reading systems only render SVG in its namespace; a bare <svg> fails validation too.
  const std::string prefix = [&] {
    const std::string_view name = root->Name();
    const auto colon = name.find(':');
    return colon == std::string_view::npos ? std::string("xmlns")
                                           : "xmlns:" + std::string(name.substr(0, colon));
  }();
  const char* ns = root->Attribute(prefix.c_str());
  if (ns == nullptr || std::string_view(ns) != "http://www.w3.org/2000/svg")
    return "the <svg> root does not declare the namespace http://www.w3.org/2000/svg";
  return {};
}

}  // namespace

std::optional<ImageFormat> image_format_from_name(std::string_view file_name) {
  const auto dot = file_name.rfind('.');
  if (dot == std::string_view::npos) return std::nullopt;
  const std::string ext = lower(file_name.substr(dot + 1));
  if (ext == "png") return ImageFormat::Png;
  if (ext == "jpg" || ext == "jpeg") return ImageFormat::Jpeg;
  if (ext == "svg") return ImageFormat::Svg;
  return std::nullopt;
}

std::string_view media_type(ImageFormat format) {
  switch (format) {
    case ImageFormat::Png: return "image/png";
    case ImageFormat::Jpeg: return "image/jpeg";
    case ImageFormat::Svg: return "image/svg+xml";
  }
  return "application/octet-stream";
}

std::string_view format_name(ImageFormat format) {
  switch (format) {
    case ImageFormat::Png: return "PNG";
    case ImageFormat::Jpeg: return "JPEG";
    case ImageFormat::Svg: return "SVG";
  }
  return "image";
}

std::string_view extension(ImageFormat format) {
  switch (format) {
    case ImageFormat::Png: return "png";
    case ImageFormat::Jpeg: return "jpg";
    case ImageFormat::Svg: return "svg";
  }
  return "bin";
}

std::string check_image_bytes(ImageFormat format, std::string_view data) {
  switch (format) {
    case ImageFormat::Png: {
      constexpr std::string_view kMagic("\x89PNG\r\n\x1a\n", 8);
      if (data.substr(0, kMagic.size()) != kMagic) return "the file does not start with the PNG signature";
      return {};
    }
    case ImageFormat::Jpeg: {
      constexpr std::string_view kMagic("\xff\xd8\xff", 3);
      if (data.substr(0, kMagic.size()) != kMagic) return "the file does not start with the JPEG signature";
      return {};
    }
    case ImageFormat::Svg:
      return check_svg(data);
  }
  return "unknown image format";
}

}  // namespace quire::epub
