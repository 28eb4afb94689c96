#pragma once
// What an SVG file refers to outside itself (href, xlink:href, CSS url()), so the book can
// warn about an image that readers would try to fetch from elsewhere.
#include <string>
#include <vector>

namespace quire::structure {

// Every reference in the SVG text `svg` to anything but its own fragments (`#id`) or a
// `data:` URI, in document order, each once. Empty for text that is not well-formed XML
// (the image check refuses such a file).
std::vector<std::string> svg_external_references(const std::string& svg);

}  // namespace quire::structure
