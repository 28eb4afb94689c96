#pragma once
// Disambiguation of cites that render alike: add-names, add-givenname (with the
// givenname-disambiguation-rule), the disambiguate condition, then year suffixes.
#include <functional>
#include <string>
#include <vector>

#include "bibliography/reference.h"
#include "csl/render.h"
#include "csl/style.h"

namespace quire::csl {

// `render(i, state)` gives item i's cite as compared text. `bib_order` lists item indices in
// bibliography order (year suffixes follow it).
void disambiguate(const Style& style, const std::vector<const bibliography::Reference*>& items,
                  std::vector<ItemState>& states,
                  const std::function<std::string(std::size_t, const ItemState&)>& render,
                  const std::vector<std::size_t>& bib_order);

}  // namespace quire::csl
