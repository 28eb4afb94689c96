#include "load/book_identifier.h"

#include <uuid/uuid.h>

namespace quire::load {

std::string identifier_for_title(std::string_view title) {
  const std::string name = "quire:book:" + std::string(title);
  // libuuid's built-in copy of the RFC 4122 URL namespace (6ba7b811-...).
  const uuid_t* ns = uuid_get_template("url");
  uuid_t out;
  uuid_generate_sha1(out, *ns, name.data(), name.size());
  char text[37];
  uuid_unparse_lower(out, text);
  return "urn:uuid:" + std::string(text);
}

}  // namespace quire::load
