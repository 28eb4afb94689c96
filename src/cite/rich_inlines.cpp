#include "cite/rich_inlines.h"

#include <utility>
#include <vector>

#include "csl/flatten.h"

namespace quire::cite {
namespace {

enum class Frame { Root, Emph, Strong, Cite, Plain };

struct Open {
  Frame kind = Frame::Root;
  model::Inlines content;
  std::string ref;
};

Frame frame_for(const csl::Token& t) {
  if (!t.ref.empty()) return Frame::Cite;
  if (t.text == "<i>") return Frame::Emph;
  if (t.text == "<b>") return Frame::Strong;
  return Frame::Plain;
}

void append_text(model::Inlines& out, const std::string& text) {
  if (text.empty()) return;
  if (!out.empty())
    if (auto* last = std::get_if<model::Text>(&out.back().node)) {
      last->text += text;
      return;
    }
  out.push_back(model::Inline{model::Text{text}, {}});
}

bool ends_with_space(const model::Inlines& in) {
  if (in.empty()) return true;
  if (const auto* t = std::get_if<model::Text>(&in.back().node))
    return t->text.empty() || t->text.back() == ' ' || t->text.back() == '\n';
  return false;
}

void close_frame(std::vector<Open>& stack) {
  Open top = std::move(stack.back());
  stack.pop_back();
  model::Inlines& parent = stack.back().content;
  switch (top.kind) {
    case Frame::Emph: parent.push_back(model::Inline{model::Emph{std::move(top.content)}, {}}); break;
    case Frame::Strong: parent.push_back(model::Inline{model::Strong{std::move(top.content)}, {}}); break;
    case Frame::Cite: {
      model::Link link;
      link.content = std::move(top.content);
      link.target = "#" + reference_anchor(top.ref);
      link.reference = top.ref;
      parent.push_back(model::Inline{std::move(link), {}});
      break;
    }
    case Frame::Plain:
    case Frame::Root:
      for (auto& in : top.content) {
        if (auto* t = std::get_if<model::Text>(&in.node)) append_text(parent, t->text);
        else parent.push_back(std::move(in));
      }
      break;
  }
}

}  // namespace

std::string reference_anchor(const std::string& id) { return "ref-" + id; }

model::Inlines to_inlines(const csl::Rich& r, const csl::Locale& locale) {
  std::vector<Open> stack(1);
  for (const csl::Token& t : csl::flatten(r, locale)) {
    if (t.kind == csl::Token::Text) {
      append_text(stack.back().content, t.text);
    } else if (t.kind == csl::Token::Open) {
      // the blocks of an aligned entry (number, text) stay apart by a space, as in text output
      if (t.text.rfind("<div", 0) == 0 && !ends_with_space(stack.back().content))
        append_text(stack.back().content, " ");
      stack.push_back(Open{frame_for(t), {}, t.ref});
    } else if (stack.size() > 1) {
      close_frame(stack);
    }
  }
  while (stack.size() > 1) close_frame(stack);
  return std::move(stack.front().content);
}

}  // namespace quire::cite
