#pragma once
// A figure: its image scaled to the text block (and to at most 0.6 of its height), with its
// caption below ("Figure 2.1." first when the book numbers figures), as one float that
// stays whole and moves to the top of the next page when it does not fit.
#include "layout/layout_env.h"
#include "layout/vertical_list.h"
#include "model/document.h"

namespace quire::layout {

struct FigureSize {
  double width;
  double height;
};

// The printed size of a figure's image: the width or height the author asked for (`66%` of
// the text width, `50%` of the text height, or an absolute length), else the full text width;
// the proportions kept unless both are given; never wider than `available` nor taller than
// `max_h`.
FigureSize figure_size(const model::Image& image, double natural_w, double natural_h, double available,
                       double max_h, double text_height);

void layout_figure(const model::Figure& figure, const Frame& frame, LayoutEnv& env, const std::string& dest,
                   VList& out);

}  // namespace quire::layout
