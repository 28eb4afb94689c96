#include "structure/anchors.h"

#include <gtest/gtest.h>

#include "structure/model_builders.h"

using namespace quire;

TEST(GithubAnchor, FollowsGithubRules) {
  EXPECT_EQ(structure::github_anchor("The Seoul Match"), "the-seoul-match");
  EXPECT_EQ(structure::github_anchor("AlphaGo vs. Lee Sedol (2016)"), "alphago-vs-lee-sedol-2016");
  EXPECT_EQ(structure::github_anchor("snake_case and-dash"), "snake_case-and-dash");
  EXPECT_EQ(structure::github_anchor("Café \u201Cquoted\u201D \u2014 end"), "café-quoted--end");
}

TEST(AssignIds, HeadingsAreUniqueWithinAnEntry) {
  model::Book book;
  book.entries.push_back(test::entry("a", {test::heading(2, "History"), test::heading(2, "History"),
                                           test::heading(3, "History")}));
  book.entries.push_back(test::entry("b", {test::heading(2, "History")}));
  structure::assign_ids(book);
  auto id = [&](std::size_t e, std::size_t b) { return std::get<model::Heading>(book.entries[e].body[b].node).id; };
  EXPECT_EQ(id(0, 0), "history");
  EXPECT_EQ(id(0, 1), "history-1");
  EXPECT_EQ(id(0, 2), "history-2");
  EXPECT_EQ(id(1, 0), "history");
  EXPECT_EQ(structure::entry_ids(book.entries[0]), (std::set<std::string>{"history", "history-1", "history-2"}));
}
