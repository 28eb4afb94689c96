#include "cite/cite_tool.h"

#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "bibliography/bibtex_reader.h"
#include "bibliography/csl_json_reader.h"
#include "bibliography/reference.h"
#include "csl/locale.h"
#include "csl/output_html.h"
#include "csl/output_text.h"
#include "csl/processor.h"
#include "csl/style.h"
#include "load/yaml_budget.h"
#include "util/files.h"

namespace quire::cite {

namespace {

const char* kDefaultLocalesDir = "/usr/share/citation-style-language/locales";
const char* kNoPrintedForm = "[CSL STYLE ERROR: reference with no printed form.]";

void print_diagnostics(const Diagnostics& diags, std::ostream& err) {
  for (const auto& d : diags.all()) err << "quire: " << format_diagnostic(d) << "\n";
}

std::string json_scalar(const nlohmann::json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_number_integer()) return std::to_string(v.get<long long>());
  if (v.is_number()) {
    std::string s = v.dump();
    return s;
  }
  return {};
}

nlohmann::json yaml_to_json(const YAML::Node& n) {
  if (n.IsMap()) {
    nlohmann::json o = nlohmann::json::object();
    for (const auto& kv : n) o[kv.first.as<std::string>()] = yaml_to_json(kv.second);
    return o;
  }
  if (n.IsSequence()) {
    nlohmann::json a = nlohmann::json::array();
    for (const auto& e : n) a.push_back(yaml_to_json(e));
    return a;
  }
  if (n.IsScalar()) return n.as<std::string>();
  return nullptr;
}

bool read_clusters(const std::string& path, std::vector<csl::Cluster>& out, Diagnostics& diags) {
  std::string error;
  auto text = util::read_file(path, error);
  if (!text) {
    diags.error({path, {}}, error, "cite-clusters");
    return false;
  }
  nlohmann::json j = nlohmann::json::parse(*text, nullptr, false);
  if (j.is_discarded() || !j.is_array()) {
    diags.error({path, {}}, "the citation clusters must be a JSON array", "cite-clusters");
    return false;
  }
  for (const auto& c : j) {
    csl::Cluster cl;
    const nlohmann::json* items = &c;
    if (c.is_object()) {
      if (c.contains("properties") && c["properties"].contains("noteIndex") && c["properties"]["noteIndex"].is_number())
        cl.note_index = c["properties"]["noteIndex"].get<int>();
      if (!c.contains("citationItems")) continue;
      items = &c["citationItems"];
    }
    if (!items->is_array()) continue;
    for (const auto& it : *items) {
      if (!it.is_object() || !it.contains("id")) continue;
      csl::CitationItem ci;
      ci.id = json_scalar(it["id"]);
      if (it.contains("locator")) ci.locator = json_scalar(it["locator"]);
      if (it.contains("label")) ci.label = json_scalar(it["label"]);
      if (it.contains("prefix")) ci.prefix = json_scalar(it["prefix"]);
      if (it.contains("suffix")) ci.suffix = json_scalar(it["suffix"]);
      if (it.contains("suppress-author") && it["suppress-author"].is_boolean())
        ci.suppress_author = it["suppress-author"].get<bool>();
      if (it.contains("author-only") && it["author-only"].is_boolean()) ci.author_only = it["author-only"].get<bool>();
      cl.items.push_back(ci);
    }
    out.push_back(cl);
  }
  return true;
}

bool read_references(const std::string& path, std::vector<bibliography::Reference>& refs,
                     Diagnostics& diags) {
  std::string ext = std::filesystem::path(path).extension().string();
  std::string error;
  auto text = util::read_file(path, error);
  if (!text) {
    diags.error({path, {}}, error, "cite-refs");
    return false;
  }
  nlohmann::json j;
  if (ext == ".bib" || ext == ".bibtex") {
    auto items = bibliography::read_bibtex(*text, path, diags);
    if (!items) return false;
    j = std::move(*items);
  } else if (ext == ".yaml" || ext == ".yml") {
    try {
      YAML::Node root = YAML::Load(*text);
      if (!load::within_node_budget(root)) {
        diags.error({path, {1, 1}}, "the YAML expands to too many values through its anchors and aliases",
                    "yaml-too-large");
        return false;
      }
      if (root.IsMap() && root["references"]) root = root["references"];
      j = yaml_to_json(root);
    } catch (const YAML::Exception& e) {
      diags.error({path, {e.mark.line + 1, e.mark.column + 1}}, "bad YAML: " + e.msg, "cite-refs");
      return false;
    }
  } else {
    j = nlohmann::json::parse(*text, nullptr, false);
    if (j.is_discarded()) {
      diags.error({path, {}}, "the references are not valid JSON", "cite-refs");
      return false;
    }
  }
  refs = bibliography::read_csl_json(j, diags, path);
  return !diags.has_errors();
}

}  // namespace

int run_cite_tool(const CiteToolOptions& options, std::ostream& out, std::ostream& err) {
  if (options.mode != "citation" && options.mode != "bibliography" && options.mode != "items") {
    err << "quire: error: --mode must be citation, bibliography or items\n";
    return 2;
  }
  Diagnostics diags;
  std::vector<bibliography::Reference> refs;
  if (!read_references(options.refs, refs, diags)) {
    print_diagnostics(diags, err);
    return 1;
  }
  if (options.mode == "items") {
    // A .bib or .yaml file may hold bytes that are not UTF-8: printed as U+FFFD, not thrown.
    out << bibliography::to_csl_json(refs).dump(2, ' ', false, nlohmann::json::error_handler_t::replace)
        << "\n";
    return 0;
  }
  csl::Style style;
  if (!csl::load_style(options.style, style, diags)) {
    print_diagnostics(diags, err);
    return 1;
  }
  std::string lang = !options.locale.empty() ? options.locale
                     : !style.default_locale.empty() ? style.default_locale
                                                     : "en-US";
  std::string dir = options.locales_dir.empty() ? kDefaultLocalesDir : options.locales_dir;
  csl::Locale locale = csl::load_locale(lang, dir, style.locales, diags);

  std::vector<csl::Cluster> clusters;
  if (!options.cites.empty()) {
    if (!read_clusters(options.cites, clusters, diags)) {
      print_diagnostics(diags, err);
      return 1;
    }
  } else if (options.mode == "bibliography") {
    for (const auto& r : refs)
      clusters.push_back({{csl::CitationItem{r.id, {}, {}, {}, {}, false, false}}, 0});
  } else {
    csl::Cluster all;
    all.note_index = 1;
    for (const auto& id : csl::bibliography_order(style, locale, refs))
      all.items.push_back({id, {}, {}, {}, {}, false, false});
    clusters.push_back(all);
  }
  csl::ProcessorResult result = csl::process(style, locale, refs, clusters, diags);
  bool html = options.to != "text";
  auto render = [&](const csl::Rich& r) { return html ? csl::to_html(r, locale) : csl::to_text(r, locale); };
  if (options.mode == "citation") {
    for (std::size_t i = 0; i < result.citations.size(); ++i) {
      if (result.citation_empty[i]) out << kNoPrintedForm << "\n";
      else out << render(result.citations[i]) << "\n";
    }
  } else if (html) {
    out << "<div class=\"csl-bib-body\">\n";
    for (const auto& e : result.entries) {
      std::string html = render(e);
      // second-field-align entries are laid out on their own lines, as citeproc-js does
      if (html.rfind("<div class=\"csl-left-margin\">", 0) == 0)
        out << "  <div class=\"csl-entry\">\n    " << html << "\n  </div>\n";
      else
        out << "  <div class=\"csl-entry\">" << html << "</div>\n";
    }
    out << "</div>\n";
  } else {
    for (const auto& e : result.entries) out << render(e) << "\n";
  }
  for (const auto& d : diags.all())
    if (d.severity == Severity::Error) {
      print_diagnostics(diags, err);
      return 1;
    }
  return 0;
}

}  // namespace quire::cite
