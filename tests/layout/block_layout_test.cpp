#include "layout/block_layout.h"

#include <gtest/gtest.h>

#include "support/typeset_fixture.h"

using namespace quire;
using namespace quire::layout;

namespace {

struct BlockLayoutTest : testing_support::TypesetFixture {
  typeset::PrintStyle style;
  LayoutEnv env{style, setter, "en", "", [](const std::string&) { return false; }, diags};
  BlockLayout layout{env};

  VList lay_out(const model::Blocks& blocks) {
    VList out;
    Frame frame;
    frame.text = style.body;
    layout.blocks(blocks, frame, out);
    return out;
  }
};

model::Inlines words(const std::string& t) { return {model::Inline{model::Text{t}, {}}}; }
model::Block para(const std::string& t) { return {model::Paragraph{words(t)}, {}}; }

std::vector<const VBox*> boxes(const VList& list) {
  std::vector<const VBox*> out;
  for (const auto& v : list)
    if (const auto* b = std::get_if<VBox>(&v)) out.push_back(b);
  return out;
}

const std::string kLong =
    "A paragraph long enough to be set on several lines of the measure, so that the penalties "
    "between its lines can be seen: the first and the last break are forbidden, so that no line "
    "of it stands alone at the top or the bottom of a page, and the others are free.";

TEST_F(BlockLayoutTest, ParagraphsForbidWidowAndOrphanBreaks) {
  const VList list = lay_out({para(kLong)});
  std::vector<int> penalties;
  for (const auto& v : list)
    if (const auto* p = std::get_if<VPenalty>(&v)) penalties.push_back(p->value);
  ASSERT_GE(penalties.size(), 3u);
  EXPECT_EQ(penalties.front(), kNever);
  EXPECT_EQ(penalties.back(), kNever);
  EXPECT_EQ(penalties[1], 0);
  for (const VBox* b : boxes(list)) EXPECT_DOUBLE_EQ(b->height + b->depth, style.body.leading);
}

TEST_F(BlockLayoutTest, AHeadingCannotBeSeparatedFromWhatFollows) {
  model::Heading h;
  h.level = 2;
  h.content = words("Origins");
  h.id = "origins";
  const VList list = lay_out({para("Before."), {h, {}}, para(kLong)});
  std::size_t heading_at = 0;
  for (std::size_t i = 0; i < list.size(); ++i)
    if (const auto* m = std::get_if<MarkItem>(&list[i]); m && (*m)->title == "Origins") heading_at = i;
  ASSERT_GT(heading_at, 0u);
  EXPECT_EQ(std::get<MarkItem>(list[heading_at])->dest, "entry--origins");
  // mark, heading line, a forbidden break, then the paragraph.
  ASSERT_TRUE(std::holds_alternative<VBox>(list[heading_at + 1]));
  ASSERT_TRUE(std::holds_alternative<VPenalty>(list[heading_at + 2]));
  EXPECT_EQ(std::get<VPenalty>(list[heading_at + 2]).value, kNever);
}

TEST_F(BlockLayoutTest, ListItemsCarryTheirLabelsInTheHangingIndent) {
  model::List list;
  list.ordered = true;
  list.start = 9;
  list.items.push_back({{para("nine")}, std::nullopt});
  list.items.push_back({{para(kLong)}, std::nullopt});
  const VList laid = lay_out({{list, {}}});
  const auto out = boxes(laid);
  ASSERT_GE(out.size(), 3u);
  // The first line of each item: its text and its label, the label left of the text.
  ASSERT_EQ(out[0]->art.size(), 2u);
  const auto& text = std::get<TextArt>(out[0]->art[0]);
  const auto& label = std::get<TextArt>(out[0]->art[1]);
  EXPECT_LT(label.x + label.line.width, text.x);
  ASSERT_EQ(out[1]->art.size(), 2u);
  // Continuation lines of the long item line up with its text, without a label.
  EXPECT_EQ(out[2]->art.size(), 1u);
  EXPECT_DOUBLE_EQ(std::get<TextArt>(out[2]->art[0]).x, std::get<TextArt>(out[1]->art[0]).x);
}

TEST_F(BlockLayoutTest, LongCodeLinesWrapWithAContinuationMark) {
  model::CodeBlock code;
  code.text = "int x = 0;\n    // " + std::string(30, 'w') + " " + std::string(30, 'z') + " " +
              std::string(30, 'y') + "\n";
  const VList laid = lay_out({{code, {}}});
  const auto out = boxes(laid);
  ASSERT_EQ(out.size(), 3u);
  EXPECT_EQ(out[0]->art.size(), 1u);
  EXPECT_EQ(out[1]->art.size(), 1u);
  ASSERT_EQ(out[2]->art.size(), 2u);  // the mark, then the text
  const auto& mark = std::get<TextArt>(out[2]->art[0]);
  EXPECT_EQ(mark.list->runs.front().text(), "\u21AA");
  // The indented line starts four characters in.
  EXPECT_GT(std::get<TextArt>(out[1]->art[0]).x, std::get<TextArt>(out[0]->art[0]).x + 10);
  for (const VBox* b : out) {
    for (const auto& a : b->art) {
      if (const auto* t = std::get_if<TextArt>(&a)) {
        EXPECT_LE(t->line.width, t->line.measure.width + 0.01);
      }
    }
  }
}

TEST_F(BlockLayoutTest, TablesAreRowsOfBoxesWithTheHeaderKeptWithTheFirstRow) {
  model::Table t;
  t.aligns = {model::Align::Left, model::Align::Right};
  t.header = {words("Year"), words("Count")};
  t.rows = {{words("2015"), words("1")}, {words("2016"), words("22")}};
  const VList list = lay_out({{t, {}}});
  ASSERT_EQ(boxes(list).size(), 3u);
  std::vector<int> penalties;
  for (const auto& v : list)
    if (const auto* p = std::get_if<VPenalty>(&v)) penalties.push_back(p->value);
  ASSERT_EQ(penalties.size(), 2u);
  EXPECT_EQ(penalties[0], kNever);
  EXPECT_EQ(penalties[1], 0);
}

// Every glyph run's text of a box's lines, joined.
std::string text_of(const VBox& b) {
  std::string out;
  for (const auto& a : b.art)
    if (const auto* t = std::get_if<TextArt>(&a))
      for (const auto& placed : t->line.boxes)
        if (placed.box.run >= 0)
          out += t->list->runs[static_cast<std::size_t>(placed.box.run)].text().substr(
              static_cast<std::size_t>(placed.box.byte_begin),
              static_cast<std::size_t>(placed.box.byte_end - placed.box.byte_begin));
  return out;
}

TEST_F(BlockLayoutTest, ANoteFollowsTheLineThatFirstRefersToItAsAnInsert) {
  model::Book book;
  model::Entry e;
  e.slug = "lab";
  e.title = "Lab";
  model::Inlines content = words(kLong);
  content.push_back({model::NoteRef{"n", 7}, {}});
  content.push_back({model::Text{" And a second reference to the same note."}, {}});
  content.push_back({model::NoteRef{"n", 7}, {}});
  e.body = {{model::Paragraph{content}, {}}};
  e.notes.push_back(model::Note{"n", 7, {para("Seven is the number of this note.")}, {}});
  VList out;
  layout.entry(book, e, 1, out);
  std::vector<std::size_t> inserts;
  for (std::size_t i = 0; i < out.size(); ++i)
    if (std::holds_alternative<VInsert>(out[i])) inserts.push_back(i);
  ASSERT_EQ(inserts.size(), 1u);  // once, after the first reference
  const auto& note = std::get<VInsert>(out[inserts[0]]);
  EXPECT_EQ(note.dest, "note-lab-7");
  ASSERT_EQ(note.lines.size(), 1u);
  EXPECT_NE(text_of(note.lines[0]).find("7."), std::string::npos);  // its label
  EXPECT_NE(text_of(note.lines[0]).find("Seven"), std::string::npos);
  // The box before it holds the superscript reference, linked to the note.
  const auto& line = std::get<VBox>(out[inserts[0] - 1]);
  EXPECT_NE(text_of(line).find("\u2077"), std::string::npos);
  bool linked = false;
  for (const auto& a : line.art)
    if (const auto* t = std::get_if<TextArt>(&a))
      for (const auto& r : t->list->runs) linked |= t->list->link_of(r) == "dest:note-lab-7";
  EXPECT_TRUE(linked);
  // No list of notes at the end of the entry any more.
  for (const auto& v : out)
    if (const auto* m = std::get_if<MarkItem>(&v)) {
      EXPECT_NE((*m)->title, "Notes");
    }
}

TEST_F(BlockLayoutTest, AFigureIsOneFloatWithItsNumberedCaption) {
  env.book_root = std::string(QUIRE_TEST_DATA) + "/layout/pages-book";
  model::Figure f;
  f.image.src = "images/block.png";
  f.caption = words("A grey block.");
  f.number = "2.1";
  f.id = "grey";
  const VList list = lay_out({{f, {}}});
  ASSERT_EQ(list.size(), 1u);
  const auto& fl = std::get<VFloat>(list[0]);
  std::vector<const VBox*> parts;
  for (const auto& p : fl.content)
    if (const auto* b = std::get_if<VBox>(&p)) parts.push_back(b);
  ASSERT_EQ(parts.size(), 2u);  // the image, the caption's line
  const auto& image = std::get<ImageArt>(parts[0]->art[0]);
  EXPECT_LE(image.width, style.text_width() + 1e-6);
  EXPECT_NEAR(image.height / image.width, 0.5, 1e-6);  // 1200 x 600, kept in proportion
  const std::string caption = text_of(*parts[1]);
  EXPECT_EQ(caption.rfind("Figure", 0), 0u) << caption;
  EXPECT_NE(caption.find("2.1."), std::string::npos) << caption;
  EXPECT_NE(caption.find("block."), std::string::npos) << caption;
  EXPECT_EQ(std::get<Mark>(fl.content[0]).dest, "entry--grey");
}

TEST_F(BlockLayoutTest, TablesHaveBooktabsRulesAndRepeatTheirHeader) {
  model::Table t;
  t.aligns = {model::Align::Left, model::Align::Right};
  t.header = {words("Name"), words("Count")};
  t.rows = {{words("short"), words("1")}, {words(kLong), words("22")}, {words("last"), words("3")}};
  const VList list = lay_out({{t, {}}});
  ASSERT_TRUE(std::holds_alternative<VTableStart>(list.front()));
  ASSERT_TRUE(std::holds_alternative<VTableEnd>(list.back()));
  std::vector<double> rules;
  for (const VBox* b : boxes(list))
    for (const auto& a : b->art)
      if (const auto* r = std::get_if<RuleArt>(&a)) {
        EXPECT_DOUBLE_EQ(r->y1, r->y2) << "no vertical rules";
        rules.push_back(r->thickness);
      }
  EXPECT_EQ(rules, (std::vector<double>{0.8, 0.4, 0.8}));  // top, under the header, bottom
  // The long row is a stack of line boxes, breakable only reluctantly.
  std::vector<int> penalties;
  for (const auto& v : list)
    if (const auto* p = std::get_if<VPenalty>(&v)) penalties.push_back(p->value);
  EXPECT_EQ(penalties.front(), kNever);
  EXPECT_NE(std::find(penalties.begin(), penalties.end(), 5000), penalties.end());
  EXPECT_EQ(text_of(std::get<VTableStart>(list.front()).header), text_of(*boxes(list)[0]));
}

}  // namespace
