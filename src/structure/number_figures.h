#pragma once
// Numbers the figures of each chapter ("2.1": chapter 2, figure 1) when the book asks for
// numbered figures; both writers show the number before the caption.
#include "model/book.h"

namespace quire::structure {

void number_figures(model::Book& book);

}  // namespace quire::structure
