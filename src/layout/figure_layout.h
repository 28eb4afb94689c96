#pragma once
// A figure: its image scaled to the text block (and to at most 0.6 of its height), with its
// caption below ("Figure 2.1." first when the book numbers figures), as one float that
// stays whole and moves to the top of the next page when it does not fit.
#include "layout/layout_env.h"
#include "layout/vertical_list.h"
#include "model/document.h"

namespace quire::layout {

void layout_figure(const model::Figure& figure, const Frame& frame, LayoutEnv& env, const std::string& dest,
                   VList& out);

}  // namespace quire::layout
