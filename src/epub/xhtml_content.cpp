#include "epub/xhtml_content.h"

#include <algorithm>
#include <cctype>
#include <type_traits>

#include "epub/book_layout.h"
#include "epub/heading_levels.h"
#include "epub/inline_text.h"
#include "epub/url_text.h"
#include "epub/xml_text.h"
#include "model/walk.h"

namespace quire::epub {
namespace {

using tinyxml2::XMLElement;

const char* align_class(model::Align a) {
  switch (a) {
    case model::Align::Left: return "align-left";
    case model::Align::Center: return "align-center";
    case model::Align::Right: return "align-right";
    case model::Align::Default: return nullptr;
  }
  return nullptr;
}

std::string note_id(int number) { return "fn-" + std::to_string(number); }
std::string note_ref_id(int number) { return "fnref-" + std::to_string(number); }

const model::Note* find_note(const model::Entry& entry, int number) {
  if (number <= 0) return nullptr;
  for (const model::Note& n : entry.notes)
    if (n.number == number) return &n;
  return nullptr;
}

// The size the author gave an image, as CSS: a percentage is of the containing block, as in
// pandoc's HTML.
void set_size(XMLElement* img, const model::Image& image) {
  std::string style;
  if (!image.width.empty()) style += "width: " + image.width.css() + ";";
  if (!image.height.empty()) style += std::string(style.empty() ? "" : " ") + "height: " + image.height.css() + ";";
  if (!style.empty()) img->SetAttribute("style", style.c_str());
}

void collect_ids(const model::Blocks& blocks, std::set<std::string>& ids) {
  model::walk(blocks, {.block = [&ids](const model::Block& b) {
                std::visit(
                    [&ids](const auto& node) {
                      using T = std::decay_t<decltype(node)>;
                      if constexpr (std::is_same_v<T, model::Heading> || std::is_same_v<T, model::Figure>) {
                        if (!node.id.empty()) ids.insert(node.id);
                      } else if constexpr (std::is_same_v<T, model::Table>) {
                        if (!node.number.empty()) ids.insert(node.id);
                      } else if constexpr (std::is_same_v<T, model::CodeBlock>) {
                        if (!node.number.empty()) ids.insert(node.attr.id);
                      } else if constexpr (std::is_same_v<T, model::Div>) {
                        if (!node.attr.id.empty()) ids.insert(node.attr.id);
                      }
                    },
                    b.node);
              },
              .inline_ = [&ids](const model::Inline& in) {
                // Numbered equations carry their label as an id.
                const auto* m = std::get_if<model::Math>(&in.node);
                if (m != nullptr && !m->number.empty()) ids.insert(m->attr.id);
              }});
}

// Puts a ballot-box glyph at the start of a task item (inside its first paragraph when
// the list is loose). A glyph rather than a form control: a disabled checkbox without a
// label fails accessibility checks, and reading systems draw form controls poorly.
void add_task_box(XMLElement* li, bool checked) {
  li->SetAttribute("class", checked ? "task done" : "task");
  XMLElement* first = li->FirstChildElement();
  const bool loose = first != nullptr && first == li->FirstChild() && std::string_view(first->Name()) == "p";
  XMLElement* holder = loose ? first : li;
  tinyxml2::XMLDocument* doc = li->GetDocument();
  XMLElement* box = doc->NewElement("span");
  box->SetAttribute("class", "task-box");
  box->SetAttribute("role", "img");
  box->SetAttribute("aria-label", checked ? "checked" : "unchecked");
  add_text(box, checked ? "\u2611" : "\u2610");
  holder->InsertFirstChild(box);
  holder->InsertAfterChild(box, doc->NewText(" "));
}

}  // namespace

SourceLoc entry_loc(const model::Entry& entry, SourcePos pos) {
  return SourceLoc{entry.loc.path.empty() ? entry.path : entry.loc.path, pos};
}

std::set<std::string> anchor_ids(const model::Entry& entry) {
  std::set<std::string> ids;
  collect_ids(entry.body, ids);
  for (const model::Note& n : entry.notes)
    if (n.number > 0) ids.insert(note_id(n.number));
  return ids;
}

SourceLoc XhtmlContent::where(SourcePos pos) const { return entry_loc(ctx_.entry, pos); }

void XhtmlContent::set_id(XMLElement* e, const std::string& id) {
  if (id.empty()) return;
  if (!ids_.insert(id).second) {
    ctx_.diags.warning(where({}), "the id '" + id + "' is used twice in this entry; the second is dropped",
                       "duplicate-id");
    return;
  }
  e->SetAttribute("id", id.c_str());
}

// ---- blocks -------------------------------------------------------------------

void XhtmlContent::blocks(XMLElement* parent, const model::Blocks& blocks) {
  for (const model::Block& b : blocks) block(parent, b);
}

void XhtmlContent::record(XMLElement* parent, tinyxml2::XMLNode* before, SourcePos pos) {
  if (ctx_.spots == nullptr || pos.line <= 0) return;
  tinyxml2::XMLNode* first = before != nullptr ? before->NextSibling() : parent->FirstChild();
  // An inner block recorded first keeps its place when an outer one starts at the same position.
  if (first != nullptr) ctx_.spots->emplace(std::make_pair(pos.line, pos.col), BlockSpot{parent, first, parent->LastChild()});
}

void XhtmlContent::block(XMLElement* parent, const model::Block& b) {
  tinyxml2::XMLNode* before = parent->LastChild();
  std::visit(
      [&](const auto& node) {
        using T = std::decay_t<decltype(node)>;
        if constexpr (std::is_same_v<T, model::Paragraph>) {
          inlines(add_element(parent, "p"), node.content);
        } else if constexpr (std::is_same_v<T, model::Heading>) {
          heading(parent, node);
        } else if constexpr (std::is_same_v<T, model::CodeBlock>) {
          code_block(parent, node);
        } else if constexpr (std::is_same_v<T, model::BlockQuote>) {
          blocks(add_element(parent, "blockquote"), node.content);
        } else if constexpr (std::is_same_v<T, model::List>) {
          list(parent, node);
        } else if constexpr (std::is_same_v<T, model::Table>) {
          table(parent, node);
        } else if constexpr (std::is_same_v<T, model::Figure>) {
          figure(parent, node, b.pos);
        } else if constexpr (std::is_same_v<T, model::ThematicBreak>) {
          add_element(parent, "hr");
        } else if constexpr (std::is_same_v<T, model::PageBreak>) {
          // A reading system has no pages; where it paginates, the hint asks for a new one.
          add_element(parent, "div")->SetAttribute("style", "break-after: page; page-break-after: always;");
        } else if constexpr (std::is_same_v<T, model::VSpace>) {
          add_element(parent, "div")->SetAttribute("style", ("height: " + node.amount.css() + ";").c_str());
        } else if constexpr (std::is_same_v<T, model::Div>) {
          div(parent, node);
        } else {
          static_assert(model::kUnhandled<T>, "a block the EPUB does not write");
        }
      },
      b.node);
  record(parent, before, b.pos);
}

void XhtmlContent::heading(XMLElement* parent, const model::Heading& h) {
  const int level = heading_levels_.next(h.level);
  const std::string name = "h" + std::to_string(level);
  XMLElement* e = add_element(parent, name.c_str());
  set_id(e, h.id);
  inlines(e, h.content);
}

void XhtmlContent::code_block(XMLElement* parent, const model::CodeBlock& c) {
  if (c.raw_format == "html") {  // checked well-formed by the raw-content pass
    add_raw_xml(parent, c.text);
    return;
  }
  // A numbered or captioned listing: its caption above the code, as pandoc-crossref sets it.
  if (!c.number.empty() || !c.caption.empty()) {
    parent = add_element(parent, "div");
    parent->SetAttribute("class", "listing");
    if (!c.number.empty()) set_id(parent, c.attr.id);
    XMLElement* caption = add_element(parent, "p");
    caption->SetAttribute("class", "listing-caption");
    if (!c.number.empty()) {
      add_text_element(caption, "span", "Listing " + c.number + (c.caption.empty() ? "" : ":"))
          ->SetAttribute("class", "listing-number");
      if (!c.caption.empty()) add_text(caption, " ");
    }
    inlines(caption, c.caption);
  }
  XMLElement* code = add_element(add_element(parent, "pre"), "code");
  std::string language;
  for (const char ch : c.info) {
    const auto u = static_cast<unsigned char>(ch);
    if (std::isspace(u)) break;
    if (std::isalnum(u) || ch == '-' || ch == '_' || ch == '+' || ch == '#') language += ch;
  }
  if (!language.empty()) code->SetAttribute("class", ("language-" + language).c_str());
  std::string_view text = c.text;
  if (!text.empty() && text.back() == '\n') text.remove_suffix(1);
  add_text(code, text);
}

void XhtmlContent::list(XMLElement* parent, const model::List& l) {
  XMLElement* e = add_element(parent, l.ordered ? "ol" : "ul");
  if (l.ordered && l.start != 1) e->SetAttribute("start", l.start);
  const bool tasks = std::any_of(l.items.begin(), l.items.end(),
                                 [](const model::ListItem& i) { return i.task.has_value(); });
  if (tasks) e->SetAttribute("class", "task-list");
  for (const model::ListItem& item : l.items) {
    XMLElement* li = add_element(e, "li");
    if (l.tight) {
      // Tight items hold their text directly, as HTML renderers of Markdown do.
      bool first = true;
      for (const model::Block& b : item.content) {
        if (const auto* p = std::get_if<model::Paragraph>(&b.node)) {
          if (!first) add_text(li, "\n");
          tinyxml2::XMLNode* before = li->LastChild();
          inlines(li, p->content);
          record(li, before, b.pos);
        } else {
          block(li, b);
        }
        first = false;
      }
    } else {
      blocks(li, item.content);
    }
    if (item.task) add_task_box(li, *item.task);
  }
}

void XhtmlContent::table(XMLElement* parent, const model::Table& t) {
  XMLElement* table = add_element(parent, "table");
  if (!t.number.empty()) set_id(table, t.id);
  if (!t.caption.empty() || !t.number.empty()) {
    XMLElement* caption = add_element(table, "caption");
    if (!t.number.empty()) {
      add_text_element(caption, "span", "Table " + t.number + (t.caption.empty() ? "" : ":"))
          ->SetAttribute("class", "table-number");
      if (!t.caption.empty()) add_text(caption, " ");
    }
    inlines(caption, t.caption);
  }
  std::size_t columns = t.header.size();
  for (const auto& row : t.rows) columns = std::max(columns, row.size());
  auto cell = [&](XMLElement* row, const char* name, std::size_t col, const model::Inlines* content) {
    XMLElement* c = add_element(row, name);
    if (std::string_view(name) == "th") c->SetAttribute("scope", "col");
    if (col < t.aligns.size())
      if (const char* cls = align_class(t.aligns[col])) c->SetAttribute("class", cls);
    if (content != nullptr) inlines(c, *content);
  };
  if (!t.header.empty()) {
    XMLElement* row = add_element(add_element(table, "thead"), "tr");
    for (std::size_t col = 0; col < columns; ++col)
      cell(row, "th", col, col < t.header.size() ? &t.header[col] : nullptr);
  }
  if (!t.rows.empty()) {
    XMLElement* body = add_element(table, "tbody");
    for (const auto& r : t.rows) {
      XMLElement* row = add_element(body, "tr");
      for (std::size_t col = 0; col < columns; ++col)
        cell(row, "td", col, col < r.size() ? &r[col] : nullptr);
    }
  }
}

void XhtmlContent::figure(XMLElement* parent, const model::Figure& f, SourcePos pos) {
  XMLElement* fig = add_element(parent, "figure");
  set_id(fig, f.id);
  std::string alt = plain_text(f.image.alt);
  if (alt.empty()) alt = plain_text(f.caption);
  const ImageItem* item = nullptr;
  // An image that is missing or unusable has no resolved path; the structure pass has said
  // why, and a placeholder stands in its place.
  if (!f.image.resolved.empty()) item = ctx_.images.use(f.image.resolved, where(pos));
  if (item != nullptr) {
    XMLElement* img = add_element(fig, "img");
    img->SetAttribute("src", from_text_folder(item->href).c_str());
    img->SetAttribute("alt", xml_safe(alt).c_str());
    if (!f.image.title.empty()) img->SetAttribute("title", xml_safe(f.image.title).c_str());
    set_size(img, f.image);
  } else {
    add_element(fig, "p")->SetAttribute("class", "missing-image");
    add_text(fig->LastChildElement(), alt.empty() ? f.image.src : alt);
  }
  if (f.caption.empty() && f.number.empty()) return;
  XMLElement* caption = add_element(fig, "figcaption");
  if (!f.number.empty()) {
    XMLElement* label = add_text_element(caption, "span", "Figure " + f.number + (f.caption.empty() ? "" : f.delimiter));
    label->SetAttribute("class", "figure-number");
    if (!f.caption.empty()) add_text(caption, " ");
  }
  inlines(caption, f.caption);
}

// ---- inlines ------------------------------------------------------------------

void XhtmlContent::inlines(XMLElement* parent, const model::Inlines& inlines) {
  for (const model::Inline& in : inlines) one_inline(parent, in);
}

void XhtmlContent::one_inline(XMLElement* parent, const model::Inline& in) {
  std::visit(
      [&](const auto& node) {
        using T = std::decay_t<decltype(node)>;
        if constexpr (std::is_same_v<T, model::Text>) {
          add_text(parent, node.text);
        } else if constexpr (std::is_same_v<T, model::SoftBreak>) {
          add_text(parent, "\n");
        } else if constexpr (std::is_same_v<T, model::LineBreak>) {
          add_element(parent, "br");
        } else if constexpr (std::is_same_v<T, model::Code>) {
          add_text_element(parent, "code", node.text);
        } else if constexpr (std::is_same_v<T, model::Emph>) {
          inlines(add_element(parent, "em"), node.content);
        } else if constexpr (std::is_same_v<T, model::Strong>) {
          inlines(add_element(parent, "strong"), node.content);
        } else if constexpr (std::is_same_v<T, model::Strikeout>) {
          inlines(add_element(parent, "del"), node.content);
        } else if constexpr (std::is_same_v<T, model::Link>) {
          link(parent, node, in.pos);
        } else if constexpr (std::is_same_v<T, model::Image>) {
          image(parent, node, in.pos);
        } else if constexpr (std::is_same_v<T, model::NoteRef>) {
          note_ref(parent, node);
        } else if constexpr (std::is_same_v<T, model::Citation>) {
          citation(parent, node);
        } else if constexpr (std::is_same_v<T, model::Math>) {
          // Until math is typeset, the TeX source stands in for it, marked for a later renderer.
          XMLElement* span = add_text_element(parent, "span", node.tex);
          span->SetAttribute("class", node.display ? "math display" : "math inline");
          if (!node.number.empty()) {
            set_id(span, node.attr.id);
            add_text_element(parent, "span", "(" + node.number + ")")->SetAttribute("class", "equation-number");
          }
        } else if constexpr (std::is_same_v<T, model::RawInline>) {
          // HTML the raw-content pass found well-formed; any other format has been left out.
          if (node.format == "html") add_raw_xml(parent, node.text);
        } else {
          static_assert(model::kUnhandled<T>, "an inline the EPUB does not write");
        }
      },
      in.node);
}

void XhtmlContent::image(XMLElement* parent, const model::Image& img, SourcePos pos) {
  const std::string alt = plain_text(img.alt);
  const ImageItem* item = nullptr;
  // An image that is missing or unusable has no resolved path; the structure pass has said
  // why, and a placeholder stands in its place.
  if (!img.resolved.empty()) item = ctx_.images.use(img.resolved, where(pos));
  if (item == nullptr) {
    XMLElement* span = add_text_element(parent, "span", alt.empty() ? img.src : alt);
    span->SetAttribute("class", "missing-image");
    return;
  }
  XMLElement* e = add_element(parent, "img");
  e->SetAttribute("src", from_text_folder(item->href).c_str());
  e->SetAttribute("alt", xml_safe(alt).c_str());
  if (!img.title.empty()) e->SetAttribute("title", xml_safe(img.title).c_str());
  set_size(e, img);
}

std::string XhtmlContent::link_href(const model::Link& l, SourcePos pos) {
  if (l.internal) {
    const auto file = ctx_.entry_hrefs.find(l.entry_slug);
    if (file == ctx_.entry_hrefs.end()) {
      ctx_.diags.warning(where(pos),
                         "link to entry '" + l.entry_slug +
                             "', which is in no chapter of the book; the link is left out of the EPUB",
                         "link-outside-book");
      return {};
    }
    const bool same_entry = l.entry_slug == ctx_.entry.slug;
    std::string href = same_entry ? std::string() : from_text_folder(file->second);
    if (!l.anchor.empty()) {
      const auto anchors = ctx_.entry_anchors.find(l.entry_slug);
      if (anchors != ctx_.entry_anchors.end() && anchors->second.count(l.anchor) != 0) {
        href += "#" + l.anchor;
      } else {
        ctx_.diags.warning(where(pos),
                           "link target '#" + l.anchor + "' is not in entry '" + l.entry_slug +
                               "'; the link points to the top of the entry",
                           "broken-anchor");
      }
    }
    return href.empty() ? from_text_folder(file->second) : href;
  }
  if (!l.target.empty() && l.target.front() == '#') {
    const std::string anchor = l.target.substr(1);
    const auto anchors = ctx_.entry_anchors.find(ctx_.entry.slug);
    if (anchors != ctx_.entry_anchors.end() && anchors->second.count(anchor) != 0) return l.target;
    ctx_.diags.warning(where(pos), "link target '" + l.target + "' is not in this entry; the link is left out",
                       "broken-anchor");
    return {};
  }
  if (has_url_scheme(l.target)) return encode_url(l.target);
  ctx_.diags.warning(where(pos),
                     "link target '" + l.target +
                         "' is neither an entry of the book nor a URL; the link is left out of the EPUB",
                     "unresolved-link");
  return {};
}

void XhtmlContent::citation(XMLElement* parent, const model::Citation& c) {
  XMLElement* span = add_element(parent, "span");
  span->SetAttribute("class", "citation");
  if (c.resolved) inlines(span, c.rendered);
  else add_text(span, c.source);  // the citation pass reported why
}

// A cited work inside a citation, linked to its bibliography entry when it has one.
void XhtmlContent::cite_link(XMLElement* parent, const model::Link& l) {
  const auto href = ctx_.reference_hrefs.find(l.reference);
  if (link_depth_ > 0 || href == ctx_.reference_hrefs.end()) {
    inlines(parent, l.content);
    return;
  }
  XMLElement* a = add_element(parent, "a");
  a->SetAttribute("href", href->second.c_str());
  a->SetAttribute("role", "doc-biblioref");
  ++link_depth_;
  inlines(a, l.content);
  --link_depth_;
}

void XhtmlContent::link(XMLElement* parent, const model::Link& l, SourcePos pos) {
  if (!l.reference.empty()) {
    cite_link(parent, l);
    return;
  }
  const std::string href = link_depth_ > 0 ? std::string() : link_href(l, pos);
  if (href.empty()) {  // keep the text; a nested or broken link cannot be an <a>
    inlines(parent, l.content);
    return;
  }
  XMLElement* a = add_element(parent, "a");
  a->SetAttribute("href", href.c_str());
  if (!l.title.empty()) a->SetAttribute("title", xml_safe(l.title).c_str());
  ++link_depth_;
  inlines(a, l.content);
  --link_depth_;
  // A link needs a name for assistive technology: show where it goes.
  if (a->FirstChild() == nullptr) add_text(a, l.internal ? l.entry_slug : l.target);
}

void XhtmlContent::note_ref(XMLElement* parent, const model::NoteRef& r) {
  if (find_note(ctx_.entry, r.number) == nullptr) {  // the numbering pass reported it
    add_text(parent, "[^" + r.label + "]");
    return;
  }
  std::string id = note_ref_id(r.number);
  for (int n = 2; ids_.count(id) != 0; ++n) id = note_ref_id(r.number) + "-" + std::to_string(n);
  first_ref_.emplace(r.number, id);
  const std::string number = std::to_string(r.number);
  XMLElement* sup = add_element(parent, "sup");
  if (link_depth_ > 0) {  // inside a link: no nested <a>, but the back link still has a target
    set_id(sup, id);
    add_text(sup, number);
    return;
  }
  XMLElement* a = add_element(sup, "a");
  a->SetAttribute("epub:type", "noteref");
  a->SetAttribute("role", "doc-noteref");
  a->SetAttribute("href", ("#" + note_id(r.number)).c_str());
  set_id(a, id);
  add_text(a, number);
}

void XhtmlContent::footnotes(XMLElement* parent) {
  std::vector<const model::Note*> notes;
  for (const model::Note& n : ctx_.entry.notes)
    if (n.number > 0) notes.push_back(&n);
  if (notes.empty()) return;
  std::stable_sort(notes.begin(), notes.end(),
                   [](const model::Note* a, const model::Note* b) { return a->number < b->number; });

  XMLElement* section = add_element(parent, "section");
  section->SetAttribute("class", "footnotes");
  section->SetAttribute("epub:type", "footnotes");
  section->SetAttribute("role", "doc-endnotes");
  for (const model::Note* n : notes) {
    XMLElement* aside = add_element(section, "aside");
    aside->SetAttribute("class", "footnote");
    aside->SetAttribute("epub:type", "footnote");
    aside->SetAttribute("role", "doc-footnote");
    set_id(aside, note_id(n->number));
    // The number opens the note and leads back to where it was referenced.
    const bool starts_with_paragraph =
        !n->content.empty() && std::holds_alternative<model::Paragraph>(n->content.front().node);
    XMLElement* first = add_element(aside, "p");
    const auto ref = first_ref_.find(n->number);
    XMLElement* label = nullptr;
    if (ref != first_ref_.end()) {
      label = add_element(first, "a");
      label->SetAttribute("role", "doc-backlink");
      label->SetAttribute("href", ("#" + ref->second).c_str());
    } else {
      label = add_element(first, "span");
    }
    label->SetAttribute("class", "note-number");
    add_text(label, std::to_string(n->number));
    if (starts_with_paragraph) {
      add_text(first, " ");
      tinyxml2::XMLNode* before = first->LastChild();
      inlines(first, std::get<model::Paragraph>(n->content.front().node).content);
      record(first, before, n->content.front().pos);
      for (std::size_t i = 1; i < n->content.size(); ++i) block(aside, n->content[i]);
    } else {
      blocks(aside, n->content);
    }
  }
}

}  // namespace quire::epub
