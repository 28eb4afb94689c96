#include "typeset/print_style.h"

#include <yaml-cpp/yaml.h>

#include <filesystem>

#include "util/files.h"

namespace quire::typeset {

namespace fs = std::filesystem;

namespace {

struct Reader {
  const std::string& path;
  Diagnostics& diags;
  bool ok = true;

  SourceLoc at(const YAML::Node& n) const {
    const auto m = n.Mark();
    return {path, {m.line >= 0 ? m.line + 1 : 0, m.column >= 0 ? m.column + 1 : 0}};
  }
  void number(const YAML::Node& map, const char* key, double& out) {
    const YAML::Node n = map[key];
    if (!n) return;
    try {
      const double v = n.as<double>();
      if (v < 0 || v > 5000) throw YAML::Exception(n.Mark(), "range");
      out = v;
    } catch (const YAML::Exception&) {
      diags.error(at(n), std::string("print style: '") + key + "' must be a length in points", "print-style");
      ok = false;
    }
  }
  void word(const YAML::Node& map, const char* key, std::string& out, std::initializer_list<const char*> allowed) {
    const YAML::Node n = map[key];
    if (!n) return;
    const std::string v = n.IsScalar() ? n.Scalar() : "";
    for (const char* a : allowed)
      if (v == a) {
        out = v;
        return;
      }
    std::string list;
    for (const char* a : allowed) list += std::string(list.empty() ? "" : ", ") + a;
    diags.error(at(n), std::string("print style: '") + key + "' must be one of " + list, "print-style");
    ok = false;
  }
  void type_size(const YAML::Node& map, const char* key, TypeSize& out, double* sink = nullptr) {
    const YAML::Node n = map[key];
    if (!n) return;
    if (!n.IsMap()) {
      diags.error(at(n), std::string("print style: '") + key + "' must be a map with size and leading", "print-style");
      ok = false;
      return;
    }
    number(n, "size", out.size);
    number(n, "leading", out.leading);
    if (sink) number(n, "sink", *sink);
  }
};

void proportional_margins(PrintStyle& s) {
  // The default 6x9in margins as shares of the page, so every trim keeps the same proportions.
  s.inner = s.page_width * 45.0 / 432.0;
  s.outer = s.page_width * 57.0 / 432.0;
  s.top = s.page_height * 54.0 / 648.0;
  s.bottom = s.page_height * 63.0 / 648.0;
}

// "#rrggbb" into 0..1 channels.
bool parse_colour(const std::string& text, Rgb& out) {
  if (text.size() != 7 || text[0] != '#') return false;
  double channels[3];
  for (int i = 0; i < 3; ++i) {
    unsigned value = 0;
    for (int k = 0; k < 2; ++k) {
      const char c = text[static_cast<std::size_t>(1 + i * 2 + k)];
      const int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
      if (digit < 0) return false;
      value = value * 16 + static_cast<unsigned>(digit);
    }
    channels[i] = value / 255.0;
  }
  out = {channels[0], channels[1], channels[2]};
  return true;
}

}  // namespace

bool apply_edition(PrintStyle& style, const std::string& edition) {
  if (edition == "print") {
    style.two_sided = true;
    style.link_colour = {0, 0, 0};
  } else if (edition == "screen") {
    style.two_sided = false;
    // Pages are read one at a time: the text block sits in the middle of the page.
    const double side = (style.inner + style.outer) / 2;
    style.inner = style.outer = side;
    style.link_colour = style.screen_link_colour;
  } else {
    return false;
  }
  style.edition = edition;
  return true;
}

bool trim_preset(const std::string& name, double& width, double& height) {
  struct Preset { const char* name; double w, h; };
  static constexpr Preset kPresets[] = {
      {"6x9in", 432, 648},
      {"a5", 419.53, 595.28},
      {"royal", 442.2, 663.31},  // 156 x 234 mm
      {"a4", 595.28, 841.89},
      {"letter", 612, 792},
  };
  for (const auto& p : kPresets)
    if (name == p.name) {
      width = p.w;
      height = p.h;
      return true;
    }
  return false;
}

bool apply_print_style(const std::string& yaml_text, const std::string& path, PrintStyle& style,
                       Diagnostics& diags) {
  YAML::Node root;
  try {
    root = YAML::Load(yaml_text);
  } catch (const YAML::Exception& e) {
    diags.error({path, {e.mark.line + 1, e.mark.column + 1}}, "print style: " + e.msg, "print-style");
    return false;
  }
  if (!root.IsMap()) {
    diags.error({path, {}}, "print style: expected a map of settings", "print-style");
    return false;
  }
  Reader r{path, diags};
  if (const YAML::Node trim = root["trim"]) {
    if (trim.IsScalar() && trim_preset(trim.Scalar(), style.page_width, style.page_height)) {
      style.trim = trim.Scalar();
    } else if (trim.IsMap()) {
      r.number(trim, "width", style.page_width);
      r.number(trim, "height", style.page_height);
      style.trim = "custom";
    } else {
      diags.error(r.at(trim), "print style: unknown trim size; use 6x9in, a5, royal, a4, letter or {width, height}",
                  "print-style");
      r.ok = false;
    }
    if (!root["margins"]) proportional_margins(style);
  }
  if (const YAML::Node m = root["margins"]) {
    r.number(m, "inner", style.inner);
    r.number(m, "outer", style.outer);
    r.number(m, "top", style.top);
    r.number(m, "bottom", style.bottom);
  }
  if (const YAML::Node b = root["body"]) {
    r.number(b, "size", style.body.size);
    r.number(b, "leading", style.body.leading);
    r.number(b, "indent", style.indent);
  }
  if (const YAML::Node h = root["headings"]) {
    r.type_size(h, "chapter", style.chapter, &style.chapter_sink);
    r.type_size(h, "part", style.part, &style.part_sink);
    r.type_size(h, "entry", style.entry);
    r.type_size(h, "section", style.section);
    r.type_size(h, "subsection", style.subsection);
  }
  r.type_size(root, "small", style.small);
  r.type_size(root, "code", style.code);
  if (const YAML::Node rh = root["running_heads"]) {
    r.number(rh, "size", style.head_size);
    r.word(rh, "verso", style.verso_head, {"book", "chapter", "none"});
    r.word(rh, "recto", style.recto_head, {"book", "chapter", "none"});
    r.word(rh, "folio", style.folio, {"outer", "none"});
  }
  r.word(root, "edition", style.edition, {"print", "screen"});
  r.number(root, "bleed", style.bleed);
  if (const YAML::Node c = root["link_colour"]) {
    if (!parse_colour(c.IsScalar() ? c.Scalar() : "", style.screen_link_colour)) {
      diags.error(r.at(c), "print style: 'link_colour' must be a colour like \"#1f3f8c\"", "print-style");
      r.ok = false;
    }
  }
  if (r.ok && (style.text_width() < 72 || style.text_height() < 72)) {
    diags.error({path, {}}, "print style: the margins leave less than an inch of text block", "print-style");
    r.ok = false;
  }
  if (r.ok && (style.body.size <= 0 || style.body.leading < style.body.size * 0.8)) {
    diags.error({path, {}}, "print style: the body leading must be at least 0.8 times its size", "print-style");
    r.ok = false;
  }
  return r.ok;
}

namespace {

std::optional<PrintStyle> read_print_style(const std::string& styles_dir, const model::Book& book,
                                           Diagnostics& diags) {
  PrintStyle style;
  const std::string base = (fs::path(styles_dir) / "print.yaml").string();
  std::string error;
  if (fs::exists(base)) {
    const auto text = util::read_file(base, error);
    if (!text) {
      diags.error({base, {}}, "cannot read the print style: " + error, "print-style");
      return std::nullopt;
    }
    if (!apply_print_style(*text, base, style, diags)) return std::nullopt;
  }
  const std::string& choice = book.meta.style;
  if (choice.empty()) return style;
  double w = 0, h = 0;
  if (trim_preset(choice, w, h)) {
    style.trim = choice;
    style.page_width = w;
    style.page_height = h;
    proportional_margins(style);
    return style;
  }
  const fs::path file = fs::path(book.root) / choice;
  const std::string book_yaml = (fs::path(book.root) / "book.yaml").string();
  if (fs::path(choice).extension() != ".yaml" && fs::path(choice).extension() != ".yml") {
    // A stylesheet meant for another writer (a .css file): the print edition keeps its own.
    return style;
  }
  const auto text = util::is_inside(book.root, file.string()) ? util::read_file(file.string(), error)
                                                              : std::optional<std::string>();
  if (!text) {
    diags.error({book_yaml, {}}, "style: cannot read the print style '" + choice + "' inside the book folder",
                "print-style");
    return std::nullopt;
  }
  if (!apply_print_style(*text, file.string(), style, diags)) return std::nullopt;
  return style;
}

}  // namespace

std::optional<PrintStyle> load_print_style(const std::string& styles_dir, const model::Book& book,
                                           Diagnostics& diags, const std::string& edition) {
  auto style = read_print_style(styles_dir, book, diags);
  if (!style) return std::nullopt;
  const std::string chosen = edition.empty() ? style->edition : edition;
  if (!apply_edition(*style, chosen)) {
    diags.error({book.root, {}}, "unknown edition '" + chosen + "'; use print or screen", "print-style");
    return std::nullopt;
  }
  return style;
}

}  // namespace quire::typeset
