#pragma once
// A parsed CSL style: the tree of rendering elements of its citation and bibliography
// layouts, its macros (resolved, with loops reported), sort keys and options.
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "diag/diagnostics.h"

namespace tinyxml2 {
class XMLDocument;
class XMLElement;
}  // namespace tinyxml2

namespace quire::csl {

enum class NodeKind { Text, Number, Label, Names, Name, NamePart, EtAl, Substitute, Date, DatePart, Group, Choose, Layout };

// What a <choose> condition tests: its attribute. Never stands for a branch without any (it
// never matches); Unknown for an attribute CSL does not define (no value matches).
enum class ConditionTest {
  Type,
  Variable,
  IsNumeric,
  IsUncertainDate,
  Locator,
  Position,
  Disambiguate,
  Never,
  Unknown
};

// The values of position="...": NearNote is the only one not a Position of the cite itself.
enum class PositionTest { First, Subsequent, Ibid, IbidWithLocator, NearNote, Unknown };

struct Condition {
  ConditionTest test = ConditionTest::Unknown;
  std::vector<std::string> values;      // the space-separated values
  std::vector<PositionTest> positions;  // test == Position: the values, parsed
};

struct Branch {
  std::string match = "all";  // all | any | none
  std::vector<Condition> conditions;  // empty = else
  std::vector<struct Node> children;
};

// One rendering element. Attributes stay as text; helpers read them with defaults.
struct Node {
  NodeKind kind = NodeKind::Text;
  std::map<std::string, std::string> attrs;
  std::vector<Node> children;  // group, layout, substitute, names (name, et-al, label, substitute), date parts
  std::vector<Branch> branches;  // choose
  int macro = -1;                // text macro=..., index into Style::macros

  const std::string& get(const std::string& key) const;
  bool has(const std::string& key) const { return attrs.count(key) > 0; }
};

struct SortKey {
  std::string variable;
  int macro = -1;
  bool descending = false;
  std::map<std::string, std::string> name_overrides;  // names-min, names-use-first, names-use-last
};

struct Section {
  bool present = false;
  Node layout;  // kind Layout
  std::vector<SortKey> sort;
  std::map<std::string, std::string> attrs;  // options on <citation>/<bibliography>
  const std::string& get(const std::string& key) const;
};

struct Macro {
  std::string name;
  Node body;  // kind Group with the macro's children
};

struct Style {
  std::string cls = "in-text";
  std::string default_locale;
  std::string version;
  std::string parent_link;  // independent-parent href, for dependent styles
  std::map<std::string, std::string> attrs;  // options on <style> (inheritable name options...)
  std::vector<Macro> macros;
  Section citation, bibliography;
  std::shared_ptr<tinyxml2::XMLDocument> doc;             // keeps inline locales alive
  std::vector<const tinyxml2::XMLElement*> locales;       // inline <locale> elements
  bool uses_year_suffix_variable = false;
};

// Parses style text; errors go to diags (path for messages).
bool parse_style(const std::string& text, const std::string& path, Style& out, Diagnostics& diags);

// Loads a style by path or by id from the installed styles, following independent-parent links.
bool load_style(const std::string& path_or_id, Style& out, Diagnostics& diags);

}  // namespace quire::csl
