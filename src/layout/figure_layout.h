#pragma once
// A figure: its image scaled to the text width (and to at most half the text height), with
// its caption below, kept together on one page.
#include "layout/layout_env.h"
#include "layout/vertical_list.h"
#include "model/document.h"

namespace quire::layout {

void layout_figure(const model::Figure& figure, const Frame& frame, LayoutEnv& env, const std::string& dest,
                   VList& out);

}  // namespace quire::layout
