// Blocks: paragraphs, headings, environments and raw block commands, which decide how
// pandoc flattens a field into one list of inlines.
#include "bibliography/bibtex_latex_parser.h"

namespace quire::bibliography::bibtex::latex {

void Parser::parse_blocks(std::vector<Block>& blocks, const std::string* stop_env,
                          bool stop_at_brace) {
  DepthGuard guard(*this);
  if (!guard.ok) return;
  while (!failed_) {
    skip_spaces();
    if (p_ >= t_.size()) return;
    if (stop_at_brace && is_sym(peek(), "}")) return;
    const Tok& t = t_[p_];
    if (t.type == TokType::CtrlSeq) {
      if (t.name == "end") {
        if (!stop_env) failed_ = true;
        return;
      }
      if (t.name == "begin") {
        if (inline_environment_starts_here()) {
          parse_paragraph(blocks);
          continue;
        }
        parse_environment(blocks);
        continue;
      }
      if (is_block_command(t.name)) {
        parse_block_command(blocks);
        continue;
      }
      if (!is_inline_listed(t.name) && raw_block_here()) {
        blocks.push_back(Block{});
        continue;
      }
    }
    parse_paragraph(blocks);
  }
}

// Unknown commands alone on their line (at the start of a block) are a raw block,
// which the output drops; pandoc guesses so, and it changes how paragraphs flatten.
bool Parser::raw_block_here() {
  const std::size_t start = p_;
  while (const Tok* t = peek()) {
    if (t->type != TokType::CtrlSeq || t->name == "begin" || t->name == "end" ||
        is_inline_listed(t->name))
      break;
    ++p_;
    if (is_sym(peek(), "*")) ++p_;
    raw_args();
  }
  std::size_t q = p_;
  while (q < t_.size() && t_[q].type == TokType::Spaces) ++q;
  if (p_ > start && q < t_.size() && t_[q].type == TokType::Newline) return true;
  p_ = start;
  return false;
}

void Parser::parse_paragraph(std::vector<Block>& blocks) {
  const std::size_t before = p_;
  BibInlines para;
  while (parse_inline(para)) {
  }
  if (failed_) return;
  if (p_ == before) {
    // A group that does not read as inline text ({\em \par}, say) may still read as
    // blocks; anything else is text pandoc rejects.
    if (!block_group(blocks)) failed_ = true;
    return;
  }
  para = trim_inlines(std::move(para));
  if (!para.empty()) blocks.push_back({true, {std::move(para)}});
}

bool Parser::block_group(std::vector<Block>& blocks) {
  if (!is_sym(peek(), "{")) return false;
  DepthGuard guard(*this);
  if (!guard.ok) return false;
  const std::size_t start = p_;
  ++p_;
  std::vector<Block> inner;
  parse_blocks(inner, nullptr, true);
  if (failed_ || !egroup()) {
    if (!failed_) p_ = start;
    return false;
  }
  for (auto& b : inner) blocks.push_back(std::move(b));
  return true;
}

void Parser::parse_block_command(std::vector<Block>& blocks) {
  const std::string name = t_[p_].name;
  ++p_;
  if (is_sym(peek(), "*")) ++p_;
  if (is_heading_command(name)) {
    skipopts();
    auto a = grouped_inlines();
    if (!a) {
      failed_ = true;
      return;
    }
    blocks.push_back({false, {std::move(*a)}});
    return;
  }
  if (name == "par" || name == "item") {
    skipopts();
    return;
  }
  raw_args();
  blocks.push_back(Block{});
}

void Parser::parse_environment(std::vector<Block>& blocks) {
  ++p_;
  auto name = braced_raw();
  if (!name) {
    failed_ = true;
    return;
  }
  if (is_block_environment(*name)) {
    skipopts();
    std::vector<Block> inner;
    parse_blocks(inner, &*name);
    if (failed_) return;
    if (!is_ctrl(peek(), "end")) {
      failed_ = true;
      return;
    }
    ++p_;
    auto end_name = braced_raw();
    if (!end_name || *end_name != *name) {
      failed_ = true;
      return;
    }
    Block b;
    for (auto& ib : inner)
      for (auto& para : ib.paras) b.paras.push_back(std::move(para));
    blocks.push_back(std::move(b));
    return;
  }
  // Unknown environments stay raw LaTeX, which the output drops.
  int level = 1;
  while (p_ < t_.size()) {
    const Tok& t = t_[p_];
    if (t.type == TokType::CtrlSeq && (t.name == "begin" || t.name == "end")) {
      const bool is_begin = t.name == "begin";
      ++p_;
      if (auto n = braced_raw(); n && *n == *name) {
        level += is_begin ? 1 : -1;
        if (level == 0) return;
      }
      continue;
    }
    ++p_;
  }
  failed_ = true;
}

}  // namespace quire::bibliography::bibtex::latex
