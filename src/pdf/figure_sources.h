#pragma once
// Where each figure's image is used in the book's sources, so a problem found while drawing
// (a raster too coarse for its printed size) points at the figure's path:line:col.
#include <map>
#include <string>

#include "model/book.h"
#include "model/source.h"

namespace quire::pdf {

struct FigureSource {
  SourceLoc loc;     // the figure in its entry
  std::string name;  // the image as the book names it (relative to the book folder)
};

// By the image's absolute path (as layout gives it); the first figure using an image wins.
std::map<std::string, FigureSource> figure_sources(const model::Book& book);

}  // namespace quire::pdf
