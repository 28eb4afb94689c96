#include "cli/progress_display.h"

#include <sys/ioctl.h>

#include <algorithm>

namespace quire::cli {

namespace {

constexpr std::size_t kBarWidth = 24;
constexpr const char* kEraseLine = "\x1b[K";

}  // namespace

std::string progress_line(const ProgressState& state, std::size_t width) {
  const std::size_t total = std::max<std::size_t>(state.stages.size(), 1);
  const std::size_t done = std::min(state.done, total);
  const std::size_t filled = done * kBarWidth / total;
  std::string line = "quire: [" + std::string(filled, '#') + std::string(kBarWidth - filled, '.') + "] " +
                     std::to_string(done) + "/" + std::to_string(total);
  if (!state.current.empty()) line += " " + state.current;
  if (state.entries > 0)
    line += ", " + std::to_string(state.entries) + (state.entries == 1 ? " entry" : " entries");
  if (state.pages > 0) {
    line += ", " + std::to_string(state.pages) + (state.pages == 1 ? " page" : " pages");
  } else if (state.entries_total > 0) {
    line += ", " + std::to_string(state.entries_set) + "/" + std::to_string(state.entries_total) + " set";
  }
  // One column short of the width, so the terminal never wraps the line it redraws.
  if (width > 1 && line.size() > width - 1) line.resize(width - 1);
  return line;
}

ProgressDisplay::ProgressDisplay(std::ostream& out, std::vector<std::string> stages, std::size_t width)
    : out_(out), width_(width) {
  state_.stages = std::move(stages);
}

void ProgressDisplay::stage_begun(std::string_view stage) {
  state_.current = stage;
  draw();
}

void ProgressDisplay::stage_ended(std::string_view, double) {
  ++state_.done;
  state_.current.clear();
  draw();
}

void ProgressDisplay::counted(std::string_view what, std::size_t done, std::size_t total) {
  if (what == "entries") state_.entries = done;
  if (what == "pages") state_.pages = done;
  if (what == "entries set") {
    state_.entries_set = done;
    state_.entries_total = total;
  }
  draw();
}

void ProgressDisplay::draw() {
  out_ << '\r' << progress_line(state_, width_) << kEraseLine << std::flush;
  drawn_ = true;
}

void ProgressDisplay::finish() {
  if (!drawn_) return;
  out_ << '\r' << kEraseLine << std::flush;
  drawn_ = false;
}

std::size_t terminal_width(int fd) {
  struct winsize ws {};
  if (::ioctl(fd, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
  return 80;
}

}  // namespace quire::cli
