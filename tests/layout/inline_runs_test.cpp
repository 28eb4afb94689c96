#include "layout/inline_runs.h"

#include <gtest/gtest.h>

using namespace quire;
using namespace quire::layout;

namespace {

model::Inline text(const std::string& t) { return {model::Text{t}, {}}; }

TEST(InlineRuns, StylesFollowTheMarkup) {
  model::Inlines in{text("plain "), {model::Emph{{text("italic")}}, {}}, text(" "),
                    {model::Strong{{text("bold")}}, {}}, text(" "), {model::Code{"a  b"}, {}}};
  std::vector<typeset::StyledRun> runs;
  append_runs(in, typeset::TextStyle{}, [](const std::string&) { return false; }, runs);
  ASSERT_EQ(runs.size(), 6u);
  EXPECT_EQ(runs[0].text, "plain ");
  EXPECT_TRUE(runs[1].style.italic);
  EXPECT_TRUE(runs[3].style.bold);
  EXPECT_EQ(runs[5].style.family, typeset::FontRole::Mono);
  EXPECT_EQ(runs[5].text, "a \u00A0b");  // code keeps its second space
}

TEST(InlineRuns, LinksCarryTheirTargetWhenItExists) {
  model::Link internal;
  internal.content = {text("AlphaGo")};
  internal.internal = true;
  internal.entry_slug = "alphago";
  internal.anchor = "history";
  model::Link missing = internal;
  missing.entry_slug = "nowhere";
  model::Link external;
  external.content = {text("site")};
  external.target = "https://example.org/";
  model::Inlines in{{internal, {}}, {missing, {}}, {external, {}}};
  std::vector<typeset::StyledRun> runs;
  append_runs(in, typeset::TextStyle{}, [](const std::string& d) { return d == "entry-alphago-history"; }, runs);
  ASSERT_EQ(runs.size(), 3u);
  EXPECT_EQ(runs[0].style.link, "dest:entry-alphago-history");
  EXPECT_EQ(runs[1].style.link, "");
  EXPECT_EQ(runs[2].style.link, "uri:https://example.org/");
}

TEST(InlineRuns, NoteReferencesAreSuperscriptAndCitationsTheirSource) {
  model::Citation cite;
  cite.source = "[@lecun1998]";
  model::Inlines in{text("word"), {model::NoteRef{"n", 12}, {}}, text(" "), {cite, {}}};
  std::vector<typeset::StyledRun> runs;
  append_runs(in, typeset::TextStyle{}, [](const std::string&) { return false; }, runs);
  // The reference is a run of its own, so the line that holds it can be found after breaking.
  ASSERT_EQ(runs.size(), 3u);
  EXPECT_EQ(runs[0].text + runs[1].text + runs[2].text, "word\u00B9\u00B2 [@lecun1998]");
  EXPECT_EQ(runs[1].text, "\u00B9\u00B2");
  EXPECT_EQ(runs[1].style.link, "note:12");
  EXPECT_EQ(note_number_of_link(runs[1].style.link), 12);
  EXPECT_EQ(runs[2].style.link, "");
  runs.clear();
  append_runs(in, typeset::TextStyle{}, [](const std::string&) { return false; }, runs, "ref-", "note-lab-");
  ASSERT_EQ(runs.size(), 3u);
  EXPECT_EQ(runs[1].style.link, "dest:note-lab-12");
  EXPECT_EQ(note_number_of_link(runs[1].style.link), 12);
  EXPECT_EQ(note_number_of_link("dest:entry-lab"), 0);
}

TEST(InlineRuns, ADashStaysWithTheWordBeforeIt) {
  std::vector<typeset::StyledRun> runs;
  append_runs({text("a figure \u2014 still disputed")}, typeset::TextStyle{},
              [](const std::string&) { return false; }, runs);
  ASSERT_EQ(runs.size(), 1u);
  EXPECT_EQ(runs[0].text, "a figure\u00A0\u2014 still disputed");
}

}  // namespace
