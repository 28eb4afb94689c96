#pragma once
// URLs as they may appear in EPUB hrefs: validators reject spaces and other characters
// that must be percent-encoded.
#include <string>
#include <string_view>

namespace quire::epub {

// True when `s` starts with a URI scheme ("https:", "mailto:").
bool has_url_scheme(std::string_view s);

// `url` with bytes that cannot appear in a URI (space, non-ASCII, "<>\^`{|}) percent-encoded;
// existing %XX escapes and reserved characters are kept.
std::string encode_url(std::string_view url);

// A relative file path for use after a base URL: each byte outside the unreserved set and
// '/' is percent-encoded ("entries/a b.md" -> "entries/a%20b.md").
std::string encode_path(std::string_view path);

}  // namespace quire::epub
