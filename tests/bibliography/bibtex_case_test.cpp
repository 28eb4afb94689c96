#include "bibliography/bibtex_case.h"

#include <gtest/gtest.h>

#include "bibliography/bibtex_latex.h"

namespace {

using namespace quire::bibliography::bibtex;

std::string sentence(const std::string& tex) {
  auto x = read_latex_inlines(tex);
  return x ? render_csl(to_sentence_case(*x)) : "<rejected>";
}

TEST(BibtexSentenceCase, LowersCapitalizedWordsAndKeepsTheFirst) {
  EXPECT_EQ(sentence("The Art of Computer Programming"), "The art of computer programming");
  EXPECT_EQ(sentence("the lowercase title"), "The lowercase title");
  EXPECT_EQ(sentence("THE ALL CAPS TITLE"), "THE ALL CAPS TITLE");
  EXPECT_EQ(sentence("A Title With 3D and X-Ray and iOS"), "A title with 3D and x-ray and iOS");
  EXPECT_EQ(sentence("Name McDonald and MacBook"), "Name McDonald and MacBook");
}

TEST(BibtexSentenceCase, BracesProtectCase) {
  EXPECT_EQ(sentence("The {iPhone} Revolution"), "The iPhone revolution");
  EXPECT_EQ(sentence("{the Lab} Of Things"), "the Lab of things");
  EXPECT_EQ(sentence("A {Study} of {DNA}"), "A Study of DNA");
  EXPECT_EQ(sentence("The {E}uropean Union"), "The European union");
  EXPECT_EQ(sentence("Title with {\\em Emph Words} Inside"),
            "Title with <i>Emph Words</i> inside");
  EXPECT_EQ(sentence("Title with \\emph{Emph Words} Inside"),
            "Title with <i>emph words</i> inside");
  EXPECT_EQ(sentence("Title with \\textsc{Small Caps}"),
            "Title with <span style=\"font-variant:small-caps;\">Small Caps</span>");
}

TEST(BibtexSentenceCase, SentencesStartAfterColonsAndStops) {
  EXPECT_EQ(sentence("Title: {A} Subtitle"), "Title: A subtitle");
  EXPECT_EQ(sentence("First: second Third"), "First: Second third");
  EXPECT_EQ(sentence("Colon:Word Here"), "Colon:word here");
  EXPECT_EQ(sentence("Title end. (The Thing) Here"), "Title end. (The thing) here");
  EXPECT_EQ(sentence("Title end.-- The Thing"), "Title end.\u2013 the thing");
}

TEST(BibtexSentenceCase, TheLastWordIsNeverASentenceStart) {
  EXPECT_EQ(sentence("Title? Another One. And More! Yes"), "Title? Another one. And more! yes");
  EXPECT_EQ(sentence("Word. Again"), "Word. again");
}

TEST(BibtexSentenceCase, UnicodeWords) {
  EXPECT_EQ(sentence("Über Alles in Der Welt"), "Über alles in der welt");
  EXPECT_EQ(sentence("{\\\"U}ber Things and {\\\"u}ber Stuff"), "Über things and über stuff");
  EXPECT_EQ(sentence("Die ÄRA Der Welt"), "Die ÄRA der welt");
  EXPECT_EQ(sentence("O'Brien Goes Home"), "O\u2019brien goes home");
}

}  // namespace
