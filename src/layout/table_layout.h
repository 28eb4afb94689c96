#pragma once
// A table in the book tradition (booktabs): columns sized to their content within the
// measure, cells set as paragraphs aligned as the Markdown says, a heavy rule above and
// below and a light one under the header, no vertical rules. Rows are stacks of line boxes
// that break between rows (inside a row only when it must), and the header row is set again
// on every page the table continues onto.
#include "layout/layout_env.h"
#include "layout/vertical_list.h"
#include "model/document.h"

namespace quire::layout {

void layout_table(const model::Table& table, const Frame& frame, LayoutEnv& env, VList& out);

}  // namespace quire::layout
