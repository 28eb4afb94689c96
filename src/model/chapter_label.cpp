#include "model/chapter_label.h"

namespace quire::model {

std::string chapter_kicker(const Chapter& ch) {
  if (ch.number.empty()) return {};
  return (ch.appendix ? "Appendix " : "Chapter ") + ch.number;
}

std::string numbered_title(const Chapter& ch) {
  return ch.number.empty() ? ch.title : ch.number + " " + ch.title;
}

std::string running_title(const Chapter& ch) {
  return ch.number.empty() ? ch.title : chapter_kicker(ch) + ". " + ch.title;
}

}  // namespace quire::model
