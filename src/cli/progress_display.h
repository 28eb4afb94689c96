#pragma once
// A progress line for long builds on a terminal: a bar over the stages with the entries and
// pages counted so far, redrawn in place and erased before the diagnostics are printed.
#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

#include "driver/build_observer.h"

namespace quire::cli {

struct ProgressState {
  std::vector<std::string> stages;  // planned, in order
  std::size_t done = 0;             // stages finished
  std::string current;              // running stage, "" between stages
  std::size_t entries = 0;
  std::size_t pages = 0;
  // While the PDF is made: entries set (their pages drawn), of how many (0: not begun).
  std::size_t entries_set = 0, entries_total = 0;
};

// "quire: [##########..............] 3/8 cite, 15 entries" cut to `width` columns; while the
// PDF is made, "6/8 pdf, 100 entries, 37/100 set".
std::string progress_line(const ProgressState& state, std::size_t width);

class ProgressDisplay : public driver::BuildObserver {
 public:
  ProgressDisplay(std::ostream& out, std::vector<std::string> stages, std::size_t width);
  ~ProgressDisplay() override { finish(); }
  ProgressDisplay(const ProgressDisplay&) = delete;
  ProgressDisplay& operator=(const ProgressDisplay&) = delete;

  void stage_begun(std::string_view stage) override;
  void stage_ended(std::string_view stage, double seconds) override;
  void counted(std::string_view what, std::size_t done, std::size_t total) override;

  // Erases the line, leaving the cursor where the display began.
  void finish();

 private:
  void draw();

  std::ostream& out_;
  ProgressState state_;
  std::size_t width_;
  bool drawn_ = false;
};

// Columns of the terminal on file descriptor `fd`; 80 when it cannot be told.
std::size_t terminal_width(int fd);

}  // namespace quire::cli
