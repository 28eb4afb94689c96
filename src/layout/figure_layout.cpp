#include "layout/figure_layout.h"

#include <filesystem>

#include "graphics/images.h"

namespace quire::layout {

FigureSize figure_size(const model::Image& image, double natural_w, double natural_h, double available,
                       double max_h, double text_height) {
  double w = available;
  double h = natural_h * w / natural_w;
  const auto width = image.width.points(available);
  const auto height = image.height.points(text_height);
  if (width && height) {
    w = *width;
    h = *height;
  } else if (width) {
    w = *width;
    h = natural_h * w / natural_w;
  } else if (height) {
    h = *height;
    w = natural_w * h / natural_h;
  }
  // An asked-for size still fits the text block, keeping the proportions asked for.
  if (w > available) {
    h *= available / w;
    w = available;
  }
  if (h > max_h) {
    w *= max_h / h;
    h = max_h;
  }
  return {w, h};
}

void layout_figure(const model::Figure& figure, const Frame& frame, LayoutEnv& env, const std::string& dest,
                   VList& out) {
  const std::string rel = figure.image.resolved.empty() ? figure.image.src : figure.image.resolved;
  const std::string path = (std::filesystem::path(env.book_root) / rel).string();
  std::string error;
  const auto size = graphics::image_size(path, error, env.image_pixels);
  VFloat fl;
  if (!size) {
    env.diags.warning({frame.source, {}}, "the figure '" + rel + "' cannot be drawn: " + error, "pdf-image");
  } else {
    const double available = env.style.text_width() - frame.left - frame.right;
    const auto [w, h] = figure_size(figure.image, size->width, size->height, available,
                                    env.style.text_height() * 0.6, env.style.text_height());
    VBox box;
    box.height = h;
    box.depth = 0;
    box.art.push_back(ImageArt{path, frame.left + (available - w) / 2, -h, w, h});
    fl.content.emplace_back(std::move(box));
  }
  if (!dest.empty()) {
    Mark mark;
    mark.dest = dest;
    fl.content.insert(fl.content.begin(), std::move(mark));
  }
  const model::Inlines& caption = figure.caption.empty() ? figure.image.alt : figure.caption;
  std::vector<typeset::StyledRun> runs;
  if (!figure.number.empty()) {
    // The label in upright small capitals, the caption in italic.
    typeset::TextStyle label = text_style(env.style.small);
    label.small_caps = true;
    runs.push_back({"Figure " + figure.number + figure.delimiter + "\u00A0", label});
  }
  append_runs(caption, text_style(env.style.small, true), env.exists, runs, env.reference_prefix, env.note_prefix);
  const auto finish = [&] {
    if (fl.content.size() > (dest.empty() ? 0u : 1u)) out.emplace_back(std::move(fl));
  };
  if (runs.empty()) return finish();
  ParaFormat f;
  f.width = env.style.text_width();
  f.left = frame.left;
  f.right = frame.right;
  f.leading = env.style.small.leading;
  f.alignment = typeset::Alignment::Centered;
  if (size) fl.content.emplace_back(VGlue{env.style.small.leading * 0.5});
  for (auto& line : env.setter.lines(paragraph(std::move(runs), env, frame.source), f))
    fl.content.emplace_back(std::move(line));
  finish();
}

}  // namespace quire::layout
