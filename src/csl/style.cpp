#include "csl/style.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <functional>
#include <set>
#include <sstream>

#include <tinyxml2.h>

#include "util/files.h"

namespace quire::csl {

namespace {

const std::string kEmpty;

struct Parser {
  const std::string& path;
  Diagnostics& diags;
  std::map<std::string, int> macro_index;
  Style& style;

  void read_attrs(const tinyxml2::XMLElement* el, std::map<std::string, std::string>& out) {
    for (const auto* a = el->FirstAttribute(); a; a = a->Next()) out[a->Name()] = a->Value();
  }

  std::vector<std::string> split(const std::string& s) {
    std::vector<std::string> out;
    std::istringstream is(s);
    std::string w;
    while (is >> w) out.push_back(w);
    return out;
  }

  Condition parse_condition(const std::string& attr, const std::string& value) {
    static const std::map<std::string, ConditionTest> tests = {
        {"type", ConditionTest::Type},
        {"variable", ConditionTest::Variable},
        {"is-numeric", ConditionTest::IsNumeric},
        {"is-uncertain-date", ConditionTest::IsUncertainDate},
        {"locator", ConditionTest::Locator},
        {"position", ConditionTest::Position},
        {"disambiguate", ConditionTest::Disambiguate}};
    static const std::map<std::string, PositionTest> positions = {
        {"first", PositionTest::First},
        {"subsequent", PositionTest::Subsequent},
        {"ibid", PositionTest::Ibid},
        {"ibid-with-locator", PositionTest::IbidWithLocator},
        {"near-note", PositionTest::NearNote}};
    Condition c;
    auto t = tests.find(attr);
    if (t != tests.end()) c.test = t->second;
    c.values = split(value);
    if (c.test == ConditionTest::Position)
      for (const auto& v : c.values) {
        auto p = positions.find(v);
        c.positions.push_back(p == positions.end() ? PositionTest::Unknown : p->second);
      }
    return c;
  }

  void parse_children(const tinyxml2::XMLElement* el, std::vector<Node>& out) {
    for (const auto* c = el->FirstChildElement(); c; c = c->NextSiblingElement()) {
      Node n;
      if (parse_node(c, n)) out.push_back(std::move(n));
    }
  }

  bool parse_node(const tinyxml2::XMLElement* el, Node& n) {
    std::string tag = el->Name();
    read_attrs(el, n.attrs);
    if (tag == "text") {
      n.kind = NodeKind::Text;
      if (n.has("macro")) {
        auto it = macro_index.find(n.get("macro"));
        if (it == macro_index.end()) {
          diags.warning({path, {el->GetLineNum(), 0}}, "unknown macro '" + n.get("macro") + "'", "csl-style");
          return false;
        }
        n.macro = it->second;
      }
      if (n.get("variable") == "year-suffix") style.uses_year_suffix_variable = true;
    } else if (tag == "number") {
      n.kind = NodeKind::Number;
    } else if (tag == "label") {
      n.kind = NodeKind::Label;
    } else if (tag == "names") {
      n.kind = NodeKind::Names;
      parse_children(el, n.children);
    } else if (tag == "name") {
      n.kind = NodeKind::Name;
      parse_children(el, n.children);
    } else if (tag == "name-part") {
      n.kind = NodeKind::NamePart;
    } else if (tag == "et-al") {
      n.kind = NodeKind::EtAl;
    } else if (tag == "substitute") {
      n.kind = NodeKind::Substitute;
      parse_children(el, n.children);
    } else if (tag == "date") {
      n.kind = NodeKind::Date;
      parse_children(el, n.children);
    } else if (tag == "date-part") {
      n.kind = NodeKind::DatePart;
    } else if (tag == "group") {
      n.kind = NodeKind::Group;
      parse_children(el, n.children);
    } else if (tag == "choose") {
      n.kind = NodeKind::Choose;
      for (const auto* b = el->FirstChildElement(); b; b = b->NextSiblingElement()) {
        Branch br;
        std::string btag = b->Name();
        if (btag != "if" && btag != "else-if" && btag != "else") continue;
        std::map<std::string, std::string> battrs;
        read_attrs(b, battrs);
        for (const auto& [k, v] : battrs) {
          if (k == "match") {
            br.match = v;
          } else {
            br.conditions.push_back(parse_condition(k, v));
          }
        }
        if (btag != "else" && br.conditions.empty()) br.conditions.push_back({ConditionTest::Never, {}, {}});
        parse_children(b, br.children);
        n.branches.push_back(std::move(br));
      }
    } else if (tag == "layout") {
      n.kind = NodeKind::Layout;
      parse_children(el, n.children);
    } else {
      return false;
    }
    return true;
  }

  void parse_section(const tinyxml2::XMLElement* el, Section& sec) {
    sec.present = true;
    read_attrs(el, sec.attrs);
    if (const auto* layout = el->FirstChildElement("layout")) {
      parse_node(layout, sec.layout);
    } else {
      sec.layout.kind = NodeKind::Layout;
    }
    if (const auto* sort = el->FirstChildElement("sort")) {
      for (const auto* k = sort->FirstChildElement("key"); k; k = k->NextSiblingElement("key")) {
        SortKey key;
        if (const char* v = k->Attribute("variable")) key.variable = v;
        if (const char* m = k->Attribute("macro")) {
          auto it = macro_index.find(m);
          if (it == macro_index.end()) {
            diags.warning({path, {k->GetLineNum(), 0}}, std::string("unknown macro '") + m + "'", "csl-style");
            continue;
          }
          key.macro = it->second;
        }
        if (const char* s = k->Attribute("sort")) key.descending = std::string(s) == "descending";
        for (const char* o : {"names-min", "names-use-first", "names-use-last"})
          if (const char* v = k->Attribute(o)) key.name_overrides[o] = v;
        sec.sort.push_back(std::move(key));
      }
    }
  }
};

void collect_macro_calls(const Node& n, std::vector<int>& out) {
  if (n.macro >= 0) out.push_back(n.macro);
  for (const auto& c : n.children) collect_macro_calls(c, out);
  for (const auto& b : n.branches)
    for (const auto& c : b.children) collect_macro_calls(c, out);
}

}  // namespace

const std::string& Node::get(const std::string& key) const {
  auto it = attrs.find(key);
  return it == attrs.end() ? kEmpty : it->second;
}

const std::string& Section::get(const std::string& key) const {
  auto it = attrs.find(key);
  return it == attrs.end() ? kEmpty : it->second;
}

bool parse_style(const std::string& text, const std::string& path, Style& out, Diagnostics& diags) {
  out.doc = std::make_shared<tinyxml2::XMLDocument>();
  if (out.doc->Parse(text.c_str(), text.size()) != tinyxml2::XML_SUCCESS) {
    // "XML_ERROR_MISMATCHED_ELEMENT" reads as "mismatched element".
    std::string why = tinyxml2::XMLDocument::ErrorIDToName(out.doc->ErrorID());
    if (why.starts_with("XML_ERROR_")) why.erase(0, 10);
    for (char& c : why) c = c == '_' ? ' ' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    diags.error({path, {std::max(out.doc->ErrorLineNum(), 1), 1}},
                "the style is not well-formed XML (" + why + ")", "csl-style");
    return false;
  }
  const auto* root = out.doc->RootElement();
  if (!root || std::string(root->Name()) != "style") {
    diags.error({path, {}}, "the root element of a CSL style must be <style>", "csl-style");
    return false;
  }
  Parser p{path, diags, {}, out};
  p.read_attrs(root, out.attrs);
  if (const char* c = root->Attribute("class")) out.cls = c;
  if (const char* l = root->Attribute("default-locale")) out.default_locale = l;
  if (const char* v = root->Attribute("version")) out.version = v;
  if (const auto* info = root->FirstChildElement("info")) {
    for (const auto* l = info->FirstChildElement("link"); l; l = l->NextSiblingElement("link")) {
      const char* rel = l->Attribute("rel");
      const char* href = l->Attribute("href");
      if (rel && href && std::string(rel) == "independent-parent") out.parent_link = href;
    }
  }
  // Macros are numbered first so that references can be resolved in any order.
  std::vector<const tinyxml2::XMLElement*> macro_elements;
  for (const auto* m = root->FirstChildElement("macro"); m; m = m->NextSiblingElement("macro")) {
    const char* name = m->Attribute("name");
    if (!name) continue;
    if (p.macro_index.count(name)) continue;
    p.macro_index[name] = static_cast<int>(out.macros.size());
    out.macros.push_back({name, {}});
    macro_elements.push_back(m);
  }
  for (std::size_t i = 0; i < macro_elements.size(); ++i) {
    out.macros[i].body.kind = NodeKind::Group;
    p.parse_children(macro_elements[i], out.macros[i].body.children);
  }
  for (const auto* l = root->FirstChildElement("locale"); l; l = l->NextSiblingElement("locale"))
    out.locales.push_back(l);
  if (const auto* c = root->FirstChildElement("citation")) p.parse_section(c, out.citation);
  if (const auto* b = root->FirstChildElement("bibliography")) p.parse_section(b, out.bibliography);

  // A macro that calls itself, directly or not, would never finish rendering.
  std::vector<std::vector<int>> calls(out.macros.size());
  for (std::size_t i = 0; i < out.macros.size(); ++i) collect_macro_calls(out.macros[i].body, calls[i]);
  std::vector<int> state(out.macros.size(), 0);
  std::vector<int> stack;
  bool loop = false;
  std::function<void(int)> visit = [&](int m) {
    if (loop) return;
    state[m] = 1;
    stack.push_back(m);
    for (int c : calls[m]) {
      if (state[c] == 1) {
        std::string chain;
        auto start = std::find(stack.begin(), stack.end(), c);
        for (auto it = start; it != stack.end(); ++it) chain += out.macros[*it].name + " -> ";
        chain += out.macros[c].name;
        diags.error({path, {macro_elements[static_cast<std::size_t>(c)]->GetLineNum(), 1}},
                    "macro loop: " + chain, "csl-macro-loop");
        loop = true;
        return;
      }
      if (state[c] == 0) visit(c);
      if (loop) return;
    }
    stack.pop_back();
    state[m] = 2;
  };
  for (std::size_t i = 0; i < out.macros.size() && !loop; ++i)
    if (state[i] == 0) visit(static_cast<int>(i));
  if (loop) return false;
  if (!out.citation.present && out.parent_link.empty()) {
    diags.error({path, {}}, "the style has no <citation> element", "csl-style");
    return false;
  }
  return true;
}

bool load_style(const std::string& path_or_id, Style& out, Diagnostics& diags) {
  namespace fs = std::filesystem;
  const std::string installed = "/usr/share/citation-style-language/styles";
  std::string path = path_or_id;
  std::error_code ec;
  if (!fs::exists(path, ec)) {
    std::string candidate = installed + "/" + path_or_id + ".csl";
    if (fs::exists(candidate, ec)) {
      path = candidate;
    } else if (fs::exists(installed + "/dependent/" + path_or_id + ".csl", ec)) {
      path = installed + "/dependent/" + path_or_id + ".csl";
    } else {
      diags.error({path_or_id, {}}, "no such style (neither a file nor an installed style id)", "csl-style");
      return false;
    }
  }
  std::string error;
  auto text = util::read_file(path, error);
  if (!text) {
    diags.error({path, {}}, error, "csl-style");
    return false;
  }
  if (!parse_style(*text, path, out, diags)) return false;
  if (!out.citation.present && !out.parent_link.empty()) {
    std::string parent_id = out.parent_link.substr(out.parent_link.find_last_of('/') + 1);
    fs::path here = fs::path(path).parent_path();
    std::vector<fs::path> candidates = {here / (parent_id + ".csl"), here.parent_path() / (parent_id + ".csl"),
                                        fs::path(installed) / (parent_id + ".csl")};
    for (const auto& c : candidates) {
      if (!fs::exists(c, ec)) continue;
      auto parent_text = util::read_file(c.string(), error);
      if (!parent_text) break;
      Style parent;
      if (!parse_style(*parent_text, c.string(), parent, diags)) return false;
      // The dependent style keeps its own default locale.
      std::string locale = out.default_locale;
      out = std::move(parent);
      if (!locale.empty()) out.default_locale = locale;
      return true;
    }
    diags.error({path, {}}, "the parent style '" + parent_id + "' was not found", "csl-style");
    return false;
  }
  return true;
}

}  // namespace quire::csl
