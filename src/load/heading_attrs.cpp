#include "load/heading_attrs.h"

#include "model/plain_text.h"
#include "util/text.h"

namespace quire::load {

std::string heading_title(const model::Heading& h, HeadingAttrs* attrs) {
  if (attrs != nullptr) *attrs = HeadingAttrs{.id = h.attr.id, .numbered = h.numbered, .listed = h.listed};
  return std::string(util::trim(model::plain_text(h.content)));
}

}  // namespace quire::load
