#include "markdown/markdown_reader.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <utility>

#include "markdown/attributes.h"
#include "markdown/cmark_handles.h"
#include "markdown/extensions.h"
#include "markdown/fenced_divs.h"
#include "markdown/footnote_scan.h"
#include "markdown/read_html.h"
#include "markdown/text_run.h"
#include "model/callout.h"

namespace quire::markdown {

namespace {

constexpr int kOptions =
    CMARK_OPT_FOOTNOTES | CMARK_OPT_SMART | CMARK_OPT_VALIDATE_UTF8 | CMARK_OPT_SOURCEPOS;

// cmark-gfm keeps process-wide state: the extension registry (filled once, below, and only
// read afterwards) and the inline parser's table of special characters. Every parse adds the
// attached extensions' characters to that table when it starts parsing inlines and clears
// them when it ends (cmark_parser_finish), and the table extension does the same for each
// row while blocks are fed, so one parse ending would take '~' or '|' away from another in
// the middle of a paragraph. Registering up front does not change that: feeding and
// finishing hold the lock (about half of loading an entry). Reading the file, its front matter
// and walking the finished tree need none, and run in parallel.
CmarkNode parse(std::string_view text) {
  static std::once_flag registered;
  static std::mutex parsing;
  std::call_once(registered, [] { cmark_gfm_core_extensions_ensure_registered(); });
  std::lock_guard lock(parsing);
  CmarkParser parser(cmark_parser_new(kOptions));
  if (!parser) return nullptr;
  for (const char* name : {"table", "strikethrough", "autolink", "tasklist"}) {
    if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name))
      cmark_parser_attach_syntax_extension(parser.get(), ext);
  }
  attach_quire_extensions(parser.get());
  cmark_parser_feed(parser.get(), text.data(), text.size());
  return CmarkNode(cmark_parser_finish(parser.get()));
}

// Extension nodes have no public type constants; their type strings are stable.
std::string_view type_string(cmark_node* n) {
  const char* s = cmark_node_get_type_string(n);
  return s ? s : "";
}

std::string literal(cmark_node* n) {
  const char* s = cmark_node_get_literal(n);
  return s ? s : "";
}

bool is_html_comment(std::string_view html) {
  while (!html.empty() && (html.back() == '\n' || html.back() == ' ' || html.back() == '\t'))
    html.remove_suffix(1);
  return html.substr(0, 4) == "<!--" && html.size() >= 7 && html.substr(html.size() - 3) == "-->";
}

std::string ascii_lower(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

// The text of a subtree, for content nested too deep to convert. Uses cmark's iterator,
// so it needs no recursion however deep the subtree is.
std::string flatten(cmark_node* root) {
  std::string out;
  CmarkIter it(cmark_iter_new(root));
  for (cmark_event_type ev; (ev = cmark_iter_next(it.get())) != CMARK_EVENT_DONE;) {
    cmark_node* n = cmark_iter_get_node(it.get());
    const cmark_node_type t = cmark_node_get_type(n);
    if (ev == CMARK_EVENT_ENTER &&
        (t == CMARK_NODE_TEXT || t == CMARK_NODE_CODE || t == CMARK_NODE_CODE_BLOCK)) {
      out += literal(n);
    } else if (ev == CMARK_EVENT_ENTER && (t == CMARK_NODE_SOFTBREAK || t == CMARK_NODE_LINEBREAK)) {
      out += ' ';
    } else if (ev == CMARK_EVENT_EXIT && (t == CMARK_NODE_PARAGRAPH || t == CMARK_NODE_HEADING)) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    }
  }
  while (!out.empty() && (out.back() == ' ' || out.back() == '\n')) out.pop_back();
  return out;
}

bool is_blank(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

// A fenced code block's info string: `cpp`, `cpp {#lst:x}`, `{#lst:x .cpp caption="..."}` or
// `{=html}`. The language is the first word, or the first class of an attribute block; info
// strings that are neither keep their first word as the language and nothing else.
model::CodeBlock code_block(std::string info, std::string_view raw, std::string text) {
  model::CodeBlock c;
  c.text = std::move(text);
  std::string_view rest = raw;
  while (!rest.empty() && (rest.front() == ' ' || rest.front() == '\t')) rest.remove_prefix(1);
  if (!rest.empty() && rest.front() != '{') {
    const std::size_t end = rest.find_first_of(" \t{");
    c.language = std::string(rest.substr(0, end));
    rest = end == std::string_view::npos ? std::string_view() : rest.substr(end);
    while (!rest.empty() && (rest.front() == ' ' || rest.front() == '\t')) rest.remove_prefix(1);
  }
  if (!rest.empty() && rest.front() == '{') {
    ParsedAttributes p = parse_attributes(rest);
    if (p.ok && is_blank(rest.substr(p.end))) {
      if (!p.raw_format.empty() && c.language.empty()) {
        c.raw_format = std::move(p.raw_format);
      } else if (p.raw_format.empty()) {
        c.attr = std::move(p.attr);
        if (c.language.empty() && !c.attr.classes.empty()) c.language = c.attr.classes.front();
      }
    } else if (c.language.empty()) {
      c.language = std::string(rest.substr(0, rest.find_first_of(" \t")));  // not attributes: a word
    }
  }
  c.info = std::move(info);
  return c;
}

// Later attributes add classes and key/values, and replace the id, as in pandoc.
void merge(model::Attr& into, model::Attr from) {
  if (into.empty()) into.pos = from.pos;
  if (!from.id.empty()) into.id = std::move(from.id);
  for (auto& c : from.classes) into.classes.push_back(std::move(c));
  for (auto& kv : from.kv) into.kv.push_back(std::move(kv));
}

bool is_blank_text(const model::Inline& in) {
  const auto* t = std::get_if<model::Text>(&in.node);
  return t != nullptr && !t->text.empty() && is_blank(t->text);
}

class Reader {
 public:
  Reader(std::string_view text, const std::string& path, int first_line, Diagnostics& diags, int max_depth,
         const std::vector<FencedDiv>& divs)
      : text_(text), path_(path), line_offset_(first_line - 1), diags_(diags), max_depth_(max_depth), divs_(divs) {
    line_starts_.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i)
      if (text[i] == '\n') line_starts_.push_back(i + 1);
  }

  ParsedMarkdown read(cmark_node* doc) {
    ParsedMarkdown out;
    OpenDivs open;
    for (cmark_node* child = cmark_node_first_child(doc); child; child = cmark_node_next(child)) {
      if (cmark_node_get_type(child) == CMARK_NODE_FOOTNOTE_DEFINITION) {
        out.notes.push_back(note(child));
      } else {
        append_child(child, open, out.body, 1);
      }
    }
    close_divs(open, 0, out.body);
    // cmark moves definitions to the end in order of first reference; keep source order.
    std::stable_sort(out.notes.begin(), out.notes.end(), [](const model::Note& a, const model::Note& b) {
      return std::pair(a.pos.line, a.pos.col) < std::pair(b.pos.line, b.pos.col);
    });
    check_footnote_definitions(out.notes);
    return out;
  }

 private:
  SourcePos pos_of(cmark_node* n, SourcePos fallback) const {
    const int line = cmark_node_get_start_line(n);
    const int col = cmark_node_get_start_column(n);
    if (line <= 0 || col <= 0) return fallback;
    return {line + line_offset_, col};
  }

  std::string_view source_line(int cmark_line) const {
    if (cmark_line <= 0 || static_cast<std::size_t>(cmark_line) > line_starts_.size()) return {};
    const std::size_t start = line_starts_[static_cast<std::size_t>(cmark_line) - 1];
    std::size_t end = text_.find('\n', start);
    if (end == std::string_view::npos) end = text_.size();
    return text_.substr(start, end - start);
  }

  // Reports the depth error once per entry; returns whether `depth` is past the limit.
  bool too_deep(int depth, SourcePos pos) {
    if (depth <= max_depth_) return false;
    if (!reported_depth_) {
      diags_.error({path_, pos},
                   "nesting deeper than " + std::to_string(max_depth_) +
                       " levels (lists, quotes, emphasis); 'limits: {nesting-depth: N}' in book.yaml raises it",
                   "nesting-depth");
      reported_depth_ = true;
    }
    return true;
  }

  void append_block(cmark_node* n, model::Blocks& out, int depth) {
    const SourcePos pos = pos_of(n, {line_offset_ + 1, 1});
    if (too_deep(depth, pos)) {
      std::string flat = flatten(n);
      if (!flat.empty()) {
        model::Inlines content{{model::Text{std::move(flat)}, pos}};
        out.push_back({model::Paragraph{std::move(content)}, pos});
      }
      return;
    }
    if (auto block = convert_block(n, pos, depth)) out.push_back(std::move(*block));
  }

  void blocks(cmark_node* parent, model::Blocks& out, int depth) {
    OpenDivs open;
    for (cmark_node* child = cmark_node_first_child(parent); child; child = cmark_node_next(child))
      append_child(child, open, out, depth);
    close_divs(open, 0, out);
  }

  // The divs opened among a container's children and not yet closed, innermost last, each
  // with the index of its fence.
  using OpenDivs = std::vector<std::pair<int, model::Block>>;

  // A child of a container: a div fence marker opens or closes a div; anything else goes into
  // the innermost open div. A closing marker whose div opened in another container is dropped.
  void append_child(cmark_node* n, OpenDivs& open, model::Blocks& out, int depth) {
    if (cmark_node_get_type(n) == CMARK_NODE_HTML_BLOCK) {
      const DivMarker m = read_div_marker(literal(n));
      if (m.index >= 0 && static_cast<std::size_t>(m.index) < divs_.size()) {
        if (m.open) {
          model::Div div;
          div.attr = divs_[static_cast<std::size_t>(m.index)].attr;
          div.attr.pos.line += line_offset_;
          const SourcePos at = div.attr.pos;
          open.emplace_back(m.index, model::Block{std::move(div), at});
        } else {
          for (std::size_t i = open.size(); i-- > 0;)
            if (open[i].first == m.index) {
              close_divs(open, i, out);
              break;
            }
        }
        return;
      }
    }
    model::Blocks& into = open.empty() ? out : std::get<model::Div>(open.back().second.node).content;
    append_block(n, into, depth + static_cast<int>(open.size()));
  }

  // Closes the open divs from `keep` on, innermost first, each into its parent.
  void close_divs(OpenDivs& open, std::size_t keep, model::Blocks& out) {
    while (open.size() > keep) {
      model::Block b = std::move(open.back().second);
      open.pop_back();
      finish_div(std::get<model::Div>(b.node));
      (open.empty() ? out : std::get<model::Div>(open.back().second.node).content).push_back(std::move(b));
    }
  }

  // A callout's kind comes from its `.callout-*` class; its title from `title="…"`, else its
  // first heading (which then leaves the content), else the kind's name.
  static void finish_div(model::Div& div) {
    constexpr std::string_view kPrefix = "callout-";
    for (const std::string& c : div.attr.classes)
      if (c.compare(0, kPrefix.size(), kPrefix) == 0) {
        div.callout = model::callout_from_name(std::string_view(c).substr(kPrefix.size()));
        if (div.callout != model::Callout::None) break;
      }
    if (div.callout == model::Callout::None) return;
    if (const std::string* title = div.attr.get("title")) {
      div.title.push_back({model::Text{*title}, div.attr.pos});
    } else if (!div.content.empty() && std::holds_alternative<model::Heading>(div.content.front().node)) {
      div.title = std::move(std::get<model::Heading>(div.content.front().node).content);
      div.content.erase(div.content.begin());
    } else {
      div.title.push_back({model::Text{std::string(model::callout_title(div.callout))}, div.attr.pos});
    }
  }

  // GitHub's alert `> [!NOTE]`: a quote whose first line is only the kind in brackets.
  static std::optional<model::Block> alert(model::BlockQuote& q, SourcePos pos) {
    if (q.content.empty()) return std::nullopt;
    auto* para = std::get_if<model::Paragraph>(&q.content.front().node);
    if (para == nullptr || para->content.empty()) return std::nullopt;
    const auto* t = std::get_if<model::Text>(&para->content.front().node);
    if (t == nullptr || t->text.size() < 4 || t->text.compare(0, 2, "[!") != 0 || t->text.back() != ']')
      return std::nullopt;
    const model::Callout kind = model::callout_from_name(std::string_view(t->text).substr(2, t->text.size() - 3));
    if (kind == model::Callout::None) return std::nullopt;
    if (para->content.size() > 1 && !std::holds_alternative<model::SoftBreak>(para->content[1].node) &&
        !std::holds_alternative<model::LineBreak>(para->content[1].node))
      return std::nullopt;
    para->content.erase(para->content.begin(), para->content.begin() + std::min<std::ptrdiff_t>(2, static_cast<std::ptrdiff_t>(para->content.size())));
    if (para->content.empty()) q.content.erase(q.content.begin());
    model::Div div;
    div.callout = kind;
    div.attr.classes.push_back("callout-" + std::string(model::callout_name(kind)));
    div.attr.pos = pos;
    div.content = std::move(q.content);
    div.title.push_back({model::Text{std::string(model::callout_title(kind))}, pos});
    return model::Block{std::move(div), pos};
  }

  std::optional<model::Block> convert_block(cmark_node* n, SourcePos pos, int depth) {
    switch (cmark_node_get_type(n)) {
      case CMARK_NODE_PARAGRAPH: {
        model::Inlines content;
        inlines(n, content, depth + 1, pos, true);
        // An image alone in its paragraph is a figure, as in pandoc.
        if (content.size() == 1 && std::holds_alternative<model::Image>(content[0].node)) {
          model::Figure fig;
          fig.image = std::get<model::Image>(std::move(content[0].node));
          fig.attr = fig.image.attr;
          if (!fig.image.alt.empty()) {
            fig.caption = fig.image.alt;
          } else if (!fig.image.title.empty()) {
            fig.caption.push_back({model::Text{fig.image.title}, content[0].pos});
          }
          return model::Block{std::move(fig), pos};
        }
        return model::Block{model::Paragraph{std::move(content)}, pos};
      }
      case CMARK_NODE_HEADING: {
        model::Heading h;
        h.level = cmark_node_get_heading_level(n);
        inlines(n, h.content, depth + 1, pos, true);
        if (heading_attr_) {
          h.attr = std::move(*heading_attr_);
          heading_attr_.reset();
          h.numbered = !h.attr.has("unnumbered");
          h.listed = !h.attr.has("unlisted");
        }
        return model::Block{std::move(h), pos};
      }
      case CMARK_NODE_CODE_BLOCK: {
        note_verbatim(n);
        const char* info = cmark_node_get_fence_info(n);
        return model::Block{code_block(info ? info : "", raw_info(n), literal(n)), pos};
      }
      case CMARK_NODE_HTML_BLOCK:
        note_verbatim(n);
        if (!is_html_comment(literal(n)))
          diags_.warning({path_, pos}, "raw HTML is not supported and was dropped", "raw-html");
        return std::nullopt;
      case CMARK_NODE_BLOCK_QUOTE: {
        model::BlockQuote q;
        blocks(n, q.content, depth + 1);
        if (auto a = alert(q, pos)) return a;
        return model::Block{std::move(q), pos};
      }
      case CMARK_NODE_LIST:
        return list(n, pos, depth);
      case CMARK_NODE_THEMATIC_BREAK:
        return model::Block{model::ThematicBreak{}, pos};
      default:
        break;
    }
    if (type_string(n) == "table") return table(n, pos, depth);
    return std::nullopt;
  }

  model::Block list(cmark_node* n, SourcePos pos, int depth) {
    model::List l;
    l.ordered = cmark_node_get_list_type(n) == CMARK_ORDERED_LIST;
    if (l.ordered) l.start = cmark_node_get_list_start(n);
    l.tight = cmark_node_get_list_tight(n) != 0;
    for (cmark_node* item = cmark_node_first_child(n); item; item = cmark_node_next(item)) {
      model::ListItem li;
      if (type_string(item) == "tasklist") li.task = cmark_gfm_extensions_get_tasklist_item_checked(item);
      blocks(item, li.content, depth + 2);
      l.items.push_back(std::move(li));
    }
    return {std::move(l), pos};
  }

  model::Block table(cmark_node* n, SourcePos pos, int depth) {
    model::Table t;
    const std::uint16_t columns = cmark_gfm_extensions_get_table_columns(n);
    // A printed page holds about 20 narrow columns; far more is a data dump, not a table.
    constexpr std::uint16_t kLegibleColumns = 30;
    if (columns > kLegibleColumns)
      diags_.warning({path_, pos},
                     "a table of " + std::to_string(columns) + " columns is too wide to print legibly; "
                     "the print edition squeezes it into the text width",
                     "wide-table");
    const std::uint8_t* aligns = cmark_gfm_extensions_get_table_alignments(n);
    for (std::uint16_t i = 0; i < columns; ++i) {
      const char a = aligns ? static_cast<char>(aligns[i]) : '\0';
      t.aligns.push_back(a == 'l'   ? model::Align::Left
                         : a == 'c' ? model::Align::Center
                         : a == 'r' ? model::Align::Right
                                    : model::Align::Default);
    }
    for (cmark_node* row = cmark_node_first_child(n); row; row = cmark_node_next(row)) {
      std::vector<model::Inlines> cells;
      for (cmark_node* cell = cmark_node_first_child(row); cell; cell = cmark_node_next(cell)) {
        model::Inlines content;
        inlines(cell, content, depth + 3, pos_of(cell, pos), true);
        cells.push_back(std::move(content));
      }
      if (cmark_gfm_extensions_get_table_row_is_header(row))
        t.header = std::move(cells);
      else
        t.rows.push_back(std::move(cells));
    }
    return {std::move(t), pos};
  }

  // Converts the inline children of `parent`, which sit at `depth`. Text and soft breaks
  // gather in a run so that citations spanning several cmark nodes are recognised.
  void inlines(cmark_node* parent, model::Inlines& out, int depth, SourcePos fallback, bool citations) {
    TextRun run;
    for (cmark_node* child = cmark_node_first_child(parent); child; child = cmark_node_next(child)) {
      const SourcePos pos = pos_of(child, fallback);
      const cmark_node_type type = cmark_node_get_type(child);
      if (type == CMARK_NODE_TEXT) {
        run.add_text(literal(child), pos, escaped_at(child));
        continue;
      }
      if (type == CMARK_NODE_SOFTBREAK) {
        run.add_soft_break(pos);
        continue;
      }
      if (type == CMARK_NODE_CODE && is_attribute_node(child)) {
        attributes(parent, child, pos, run, out, citations);
        continue;
      }
      if (type == CMARK_NODE_HTML_INLINE) {  // dropped without breaking the run
        if (auto mapped = html_inline(literal(child), pos)) {
          if (!run.empty()) run.flush(out, citations, path_, diags_);
          out.push_back(std::move(*mapped));
          continue;
        }
        if (!is_html_comment(literal(child)))
          diags_.warning({path_, pos}, "raw HTML is not supported and was dropped", "raw-html");
        continue;
      }
      if (too_deep(depth, pos)) {
        run.add_text(flatten(child), pos, {});
        continue;
      }
      if (!run.empty()) run.flush(out, citations, path_, diags_);
      if (auto in = convert_inline(child, type, pos, depth)) out.push_back(std::move(*in));
    }
    if (!run.empty()) run.flush(out, citations, path_, diags_);
  }

  // An attribute block: it belongs to the image, link, code span or math just before it, or
  // to the heading whose line it ends; anywhere else it is text, kept as written.
  void attributes(cmark_node* parent, cmark_node* node, SourcePos pos, TextRun& run, model::Inlines& out,
                  bool citations) {
    const std::string written = literal(node);
    ParsedAttributes p = parse_attributes(written);
    p.attr.pos = pos;
    const bool adjacent = run.empty();
    if (!run.empty()) run.flush(out, citations, path_, diags_);
    if (out.size() >= 2 && is_blank_text(out.back()) && std::holds_alternative<model::Math>(out[out.size() - 2].node) &&
        p.raw_format.empty()) {
      out.pop_back();  // `$$…$$ {#eq:x}`: the space belongs to neither
      merge(std::get<model::Math>(out.back().node).attr, std::move(p.attr));
      return;
    }
    if (adjacent && !out.empty() && attach(out.back(), p)) return;
    if (cmark_node_get_type(parent) == CMARK_NODE_HEADING && cmark_node_next(node) == nullptr &&
        p.raw_format.empty()) {
      if (!out.empty())
        if (auto* t = std::get_if<model::Text>(&out.back().node)) {
          while (!t->text.empty() && (t->text.back() == ' ' || t->text.back() == '\t')) t->text.pop_back();
          if (t->text.empty()) out.pop_back();
        }
      if (!heading_attr_) heading_attr_.emplace();
      merge(*heading_attr_, std::move(p.attr));
      return;
    }
    run.add_text(written, pos, {});
  }

  bool attach(model::Inline& target, ParsedAttributes& p) {
    if (auto* code = std::get_if<model::Code>(&target.node)) {
      if (!p.raw_format.empty()) {
        target.node = model::RawInline{std::move(p.raw_format), std::move(code->text)};
        return true;
      }
      merge(code->attr, std::move(p.attr));
      return true;
    }
    if (!p.raw_format.empty()) return false;
    if (auto* link = std::get_if<model::Link>(&target.node)) {
      merge(link->attr, std::move(p.attr));
      return true;
    }
    if (auto* math = std::get_if<model::Math>(&target.node)) {
      merge(math->attr, std::move(p.attr));
      return true;
    }
    if (auto* image = std::get_if<model::Image>(&target.node)) {
      merge(image->attr, std::move(p.attr));
      image->width = length(image->attr, "width");
      image->height = length(image->attr, "height");
      return true;
    }
    return false;
  }

  model::Length length(const model::Attr& attr, std::string_view key) {
    const std::string* value = attr.get(key);
    if (value == nullptr) return {};
    if (auto len = model::parse_length(*value)) return *len;
    diags_.warning({path_, attr.pos},
                   "image " + std::string(key) + " '" + *value +
                       "' is not a length (such as 66%, 400px, 8cm, 50mm, 3in); the image keeps its size",
                   "bad-length");
    return {};
  }

  std::optional<model::Inline> convert_inline(cmark_node* n, cmark_node_type type, SourcePos pos, int depth) {
    switch (type) {
      case CMARK_NODE_LINEBREAK:
        return model::Inline{model::LineBreak{}, pos};
      case CMARK_NODE_CODE:
        if (is_math_node(n)) {
          const std::string written = literal(n);
          const MathSource m = split_math(written);
          return model::Inline{model::Math{std::string(m.tex), m.display, {}}, pos};
        }
        return model::Inline{model::Code{literal(n), {}}, pos};
      case CMARK_NODE_EMPH: {
        model::Emph e;
        inlines(n, e.content, depth + 1, pos, true);
        return model::Inline{std::move(e), pos};
      }
      case CMARK_NODE_STRONG: {
        model::Strong s;
        inlines(n, s.content, depth + 1, pos, true);
        return model::Inline{std::move(s), pos};
      }
      case CMARK_NODE_LINK: {
        model::Link l;
        inlines(n, l.content, depth + 1, pos, false);  // link text cites nothing
        const char* url = cmark_node_get_url(n);
        const char* title = cmark_node_get_title(n);
        l.target = url ? url : "";
        l.title = title ? title : "";
        return model::Inline{std::move(l), pos};
      }
      case CMARK_NODE_IMAGE: {
        model::Image img;
        inlines(n, img.alt, depth + 1, pos, true);
        const char* url = cmark_node_get_url(n);
        const char* title = cmark_node_get_title(n);
        img.src = url ? url : "";
        img.title = title ? title : "";
        return model::Inline{std::move(img), pos};
      }
      case CMARK_NODE_FOOTNOTE_REFERENCE:
        return model::Inline{model::NoteRef{footnote_label(n)}, pos};
      default:
        break;
    }
    if (type_string(n) == "strikethrough") {
      model::Strikeout s;
      inlines(n, s.content, depth + 1, pos, true);
      return model::Inline{std::move(s), pos};
    }
    return std::nullopt;
  }

  // The label as written. cmark keeps it only where its renderers see it, so ask one:
  // a reference renders as `[^label]`, a definition starts with `[^label]:`.
  static std::string footnote_label(cmark_node* n) {
    const std::string md = render_commonmark(n);
    if (md.compare(0, 2, "[^") != 0) return {};
    const std::size_t close = md.find(']', 2);
    return close == std::string::npos ? std::string() : md.substr(2, close - 2);
  }

  model::Note note(cmark_node* def) {
    model::Note note;
    note.label = footnote_label(def);
    note.pos = pos_of(def, {line_offset_ + 1, 1});
    // cmark places the definition where its text starts; point at `[^label]:` instead.
    const std::string_view row = source_line(note.pos.line - line_offset_);
    const std::string marker = "[^" + note.label + "]:";
    const std::size_t before = std::min<std::size_t>(row.size(), static_cast<std::size_t>(note.pos.col));
    const std::size_t at = row.substr(0, before).rfind(marker);
    if (at != std::string_view::npos) note.pos.col = static_cast<int>(at) + 1;
    blocks(def, note.content, 2);
    return note;
  }

  // Offsets of the `@` signs in a text node that the author escaped as `\@`, found by
  // pairing each `@` of the literal with the same `@` in the node's source.
  std::vector<std::size_t> escaped_at(cmark_node* n) const {
    const std::string lit = literal(n);
    if (lit.find('@') == std::string::npos) return {};
    const int line = cmark_node_get_start_line(n);
    const int start = cmark_node_get_start_column(n);
    const int end = cmark_node_get_end_column(n);
    if (line <= 0 || start <= 0 || end < start || cmark_node_get_end_line(n) != line) return {};
    const std::string_view row = source_line(line);
    if (static_cast<std::size_t>(end) > row.size()) return {};
    const std::string_view src =
        row.substr(static_cast<std::size_t>(start) - 1, static_cast<std::size_t>(end - start) + 1);
    std::vector<std::size_t> in_literal;
    for (std::size_t i = 0; i < lit.size(); ++i)
      if (lit[i] == '@') in_literal.push_back(i);
    std::vector<bool> escaped;
    for (std::size_t i = 0; i < src.size(); ++i)
      if (src[i] == '@') escaped.push_back(i > 0 && src[i - 1] == '\\');
    if (escaped.size() != in_literal.size()) return {};
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < escaped.size(); ++i)
      if (escaped[i]) out.push_back(in_literal[i]);
    return out;
  }

  // The info string as written on the opening fence: cmark has already applied backslash
  // escapes to its copy, which would end a quoted `caption="a \"b\""` early.
  std::string_view raw_info(cmark_node* n) const {
    int length = 0, offset = 0;
    char fence = 0;
    if (!cmark_node_get_fenced(n, &length, &offset, &fence) || length < 3) return {};
    const std::string_view row = source_line(cmark_node_get_start_line(n));
    {
      const std::size_t at = row.find(std::string(static_cast<std::size_t>(length), fence));
      if (at == std::string_view::npos) return {};
      std::size_t end = at;
      while (end < row.size() && row[end] == fence) ++end;
      std::string_view rest = row.substr(end);
      while (!rest.empty() && (rest.back() == ' ' || rest.back() == '\t' || rest.back() == '\r')) rest.remove_suffix(1);
      return rest;
    }
    return {};
  }

  void note_verbatim(cmark_node* n) {
    verbatim_lines_.emplace_back(cmark_node_get_start_line(n), cmark_node_get_end_line(n));
  }

  bool in_verbatim(int cmark_line) const {
    return std::any_of(verbatim_lines_.begin(), verbatim_lines_.end(),
                       [&](const auto& r) { return cmark_line >= r.first && cmark_line <= r.second; });
  }

  // cmark silently drops definitions nobody references and repeated ones; say so.
  void check_footnote_definitions(const std::vector<model::Note>& notes) {
    if (text_.find("[^") == std::string_view::npos) return;
    std::map<std::string, int> kept;  // label -> file line of the definition cmark kept
    for (const model::Note& n : notes) kept.emplace(ascii_lower(n.label), n.pos.line);
    for (const FootnoteDefinitionLine& def : scan_footnote_definitions(text_)) {
      if (in_verbatim(def.line)) continue;
      const SourceLoc loc{path_, {def.line + line_offset_, def.col}};
      auto it = kept.find(ascii_lower(def.label));
      if (it == kept.end()) {
        diags_.warning(loc, "footnote '" + def.label + "' is never referenced", "unused-note");
      } else if (it->second != loc.pos.line) {
        diags_.warning(loc,
                       "footnote '" + def.label + "' is defined more than once; the first definition is used",
                       "duplicate-note");
      }
    }
  }

  std::string_view text_;
  const std::string& path_;
  int line_offset_;
  Diagnostics& diags_;
  int max_depth_;
  const std::vector<FencedDiv>& divs_;
  std::vector<std::size_t> line_starts_;
  std::vector<std::pair<int, int>> verbatim_lines_;  // cmark lines of code and HTML blocks
  bool reported_depth_ = false;
  std::optional<model::Attr> heading_attr_;  // read at the end of the heading being converted
};

}  // namespace

ParsedMarkdown read_markdown(std::string_view text, const std::string& path, int first_line,
                             Diagnostics& diags, int max_depth) {
  const MarkedDivs divs = mark_fenced_divs(text);
  for (const FencedDiv& d : divs.divs)
    if (!d.closed)
      diags.error({path, {d.line + first_line - 1, d.attr.pos.col}},
                  "this fenced div is never closed; end it with a ':::' line", "unclosed-div");
  CmarkNode doc = parse(divs.divs.empty() ? text : std::string_view(divs.text));
  if (!doc) {
    diags.error({path, {first_line, 1}}, "the markdown parser could not be created");
    return {};
  }
  return Reader(text, path, first_line, diags, max_depth, divs.divs).read(doc.get());
}

}  // namespace quire::markdown
