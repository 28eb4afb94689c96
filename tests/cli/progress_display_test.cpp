#include "cli/progress_display.h"

#include <gtest/gtest.h>

#include <sstream>

using namespace quire::cli;

TEST(ProgressDisplay, LineShowsTheBarTheStageAndTheCounts) {
  ProgressState s;
  s.stages = {"load", "order", "resolve", "cite", "images", "pdf", "epub", "write"};
  EXPECT_EQ(progress_line(s, 200), "quire: [........................] 0/8");
  s.done = 4;
  s.current = "images";
  s.entries = 15;
  EXPECT_EQ(progress_line(s, 200), "quire: [############............] 4/8 images, 15 entries");
  s.done = 8;
  s.current.clear();
  s.pages = 1;
  EXPECT_EQ(progress_line(s, 200), "quire: [########################] 8/8, 15 entries, 1 page");
  EXPECT_EQ(progress_line(s, 20).size(), 19u);  // never wraps a narrow terminal
}

TEST(ProgressDisplay, LineFollowsTheEntriesSetForThePdf) {
  std::ostringstream out;
  ProgressDisplay display(out, {"load", "pdf", "write"}, 200);
  display.counted("entries", 100, 100);
  display.stage_ended("load", 0.1);
  display.stage_begun("pdf");
  display.counted("entries set", 37, 100);
  EXPECT_NE(out.str().find("1/3 pdf, 100 entries, 37/100 set\x1b[K"), std::string::npos) << out.str();
  display.counted("entries set", 100, 100);
  EXPECT_NE(out.str().find("1/3 pdf, 100 entries, 100/100 set\x1b[K"), std::string::npos) << out.str();
  display.counted("pages", 545, 545);
  display.stage_ended("pdf", 0.5);
  EXPECT_NE(out.str().find("2/3, 100 entries, 545 pages\x1b[K"), std::string::npos) << out.str();
  display.finish();
}

TEST(ProgressDisplay, RedrawsInPlaceAndErasesItselfAtTheEnd) {
  std::ostringstream out;
  {
    ProgressDisplay display(out, {"load", "pdf"}, 80);
    display.stage_begun("load");
    display.counted("entries", 3, 3);
    display.stage_ended("load", 0.1);
    display.stage_begun("pdf");
    display.counted("pages", 12, 12);
    display.stage_ended("pdf", 0.5);
    display.finish();
    const std::string text = out.str();
    EXPECT_EQ(text.find('\n'), std::string::npos) << "the display never scrolls";
    EXPECT_NE(text.find("\rquire: [############............] 1/2 pdf, 3 entries\x1b[K"), std::string::npos)
        << text;
    EXPECT_NE(text.find("2/2, 3 entries, 12 pages"), std::string::npos) << text;
    EXPECT_EQ(text.substr(text.size() - 4), "\r\x1b[K");
  }
  // finish() already erased the line: the destructor adds nothing.
  EXPECT_EQ(out.str().substr(out.str().size() - 4), "\r\x1b[K");
  EXPECT_EQ(out.str().find("\r\x1b[K\r\x1b[K"), std::string::npos);
}

TEST(ProgressDisplay, NothingDrawnMeansNothingErased) {
  std::ostringstream out;
  { ProgressDisplay display(out, {"load"}, 80); }
  EXPECT_EQ(out.str(), "");
}
