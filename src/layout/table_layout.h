#pragma once
// A table as rows of cells set as ragged paragraphs in columns sized to their content, with
// full rules; each row is one unbreakable box, the header kept with the first row.
#include "layout/layout_env.h"
#include "layout/vertical_list.h"
#include "model/document.h"

namespace quire::layout {

void layout_table(const model::Table& table, const Frame& frame, LayoutEnv& env, VList& out);

}  // namespace quire::layout
