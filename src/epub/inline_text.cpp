#include "epub/inline_text.h"

#include <type_traits>

namespace quire::epub {
namespace {

void append(std::string& out, const model::Inlines& inlines) {
  for (const model::Inline& in : inlines) {
    std::visit(
        [&out](const auto& node) {
          using T = std::decay_t<decltype(node)>;
          if constexpr (std::is_same_v<T, model::Text> || std::is_same_v<T, model::Code>) {
            out += node.text;
          } else if constexpr (std::is_same_v<T, model::SoftBreak> ||
                               std::is_same_v<T, model::LineBreak>) {
            out += ' ';
          } else if constexpr (std::is_same_v<T, model::Emph> || std::is_same_v<T, model::Strong> ||
                               std::is_same_v<T, model::Strikeout> ||
                               std::is_same_v<T, model::Link>) {
            append(out, node.content);
          } else if constexpr (std::is_same_v<T, model::Image>) {
            append(out, node.alt);
          } else if constexpr (std::is_same_v<T, model::Citation>) {
            out += node.source;
          } else if constexpr (std::is_same_v<T, model::Math>) {
            out += node.tex;
          } else if constexpr (std::is_same_v<T, model::NoteRef> || std::is_same_v<T, model::RawInline>) {
            // Note references and raw markup have no text of their own.
          } else {
            static_assert(model::kUnhandled<T>, "an inline without plain text");
          }
        },
        in.node);
  }
}

}  // namespace

std::string plain_text(const model::Inlines& inlines) {
  std::string out;
  append(out, inlines);
  return out;
}

}  // namespace quire::epub
