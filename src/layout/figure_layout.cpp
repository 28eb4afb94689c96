#include "layout/figure_layout.h"

#include <filesystem>

#include "pdf/images.h"

namespace quire::layout {

void layout_figure(const model::Figure& figure, const Frame& frame, LayoutEnv& env, const std::string& dest,
                   VList& out) {
  const std::string rel = figure.image.resolved.empty() ? figure.image.src : figure.image.resolved;
  const std::string path = (std::filesystem::path(env.book_root) / rel).string();
  std::string error;
  const auto size = pdf::image_size(path, error);
  if (!size) {
    env.diags.warning({frame.source, {}}, "the figure '" + rel + "' cannot be drawn: " + error, "pdf-image");
  } else {
    const double available = env.style.text_width() - frame.left - frame.right;
    double w = available;
    double h = size->height * w / size->width;
    const double max_h = env.style.text_height() * 0.6;
    if (h > max_h) {
      w *= max_h / h;
      h = max_h;
    }
    if (!dest.empty()) {
      Mark mark;
      mark.dest = dest;
      out.emplace_back(std::move(mark));
    }
    VBox box;
    box.height = h;
    box.depth = 0;
    box.art.push_back(ImageArt{path, frame.left + (available - w) / 2, -h, w, h});
    out.emplace_back(std::move(box));
  }
  const model::Inlines& caption = figure.caption.empty() ? figure.image.alt : figure.caption;
  std::vector<typeset::StyledRun> runs;
  append_runs(caption, text_style(env.style.small, true), env.exists, runs, env.reference_prefix);
  if (runs.empty()) return;
  ParaFormat f;
  f.width = env.style.text_width();
  f.left = frame.left;
  f.right = frame.right;
  f.leading = env.style.small.leading;
  f.alignment = typeset::Alignment::Centered;
  if (size) {
    out.emplace_back(VPenalty{kNever});
    out.emplace_back(VGlue{env.style.small.leading * 0.5});
  }
  append_lines(out, env.setter.lines(paragraph(std::move(runs), env, frame.source), f), kNever, kNever);
}

}  // namespace quire::layout
