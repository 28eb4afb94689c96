#include "bibliography/csl_json_reader.h"

#include <cmath>
#include <optional>
#include <sstream>

namespace quire::bibliography {

namespace {

std::string json_text(const nlohmann::json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_number_integer()) return std::to_string(v.get<long long>());
  if (v.is_number_float()) {
    std::ostringstream os;
    os << v.get<double>();
    return os.str();
  }
  if (v.is_boolean()) return v.get<bool>() ? "true" : "false";
  return {};
}

int json_int(const nlohmann::json& v, bool& ok) {
  std::optional<int> n;
  if (v.is_number_integer()) {
    n = v.is_number_unsigned() && v.get<unsigned long long>() > kMaxDateNumber
            ? std::nullopt
            : date_number(v.get<long long>());
  } else if (v.is_number_float()) {
    const double d = v.get<double>();
    if (std::isfinite(d) && std::fabs(d) <= static_cast<double>(kMaxDateNumber)) n = static_cast<int>(d);
  } else if (v.is_string()) {
    n = date_number(v.get<std::string>());
  }
  ok = n.has_value();
  return n.value_or(0);
}

Date read_date(const nlohmann::json& v) {
  Date d;
  if (v.is_string()) return parse_raw_date(v.get<std::string>());
  if (!v.is_object()) return d;
  if (v.contains("date-parts") && v["date-parts"].is_array()) {
    for (const auto& p : v["date-parts"]) {
      if (!p.is_array() || p.empty()) continue;
      DateParts dp;
      bool ok = false;
      dp.year = json_int(p[0], ok);
      dp.has_year = ok;
      if (!ok) continue;
      if (p.size() > 1) dp.month = json_int(p[1], ok);
      if (p.size() > 2) dp.day = json_int(p[2], ok);
      if (dp.month >= 13 && dp.month <= 16) {
        dp.season = dp.month - 12;
        dp.month = 0;
      }
      d.parts.push_back(dp);
      if (d.parts.size() == 2) break;
    }
  }
  if (d.parts.empty() && v.contains("raw") && v["raw"].is_string()) {
    Date r = parse_raw_date(v["raw"].get<std::string>());
    d.parts = r.parts;
    d.literal = r.literal;
  }
  if (v.contains("literal")) d.literal = json_text(v["literal"]);
  if (v.contains("season")) {
    d.season = json_text(v["season"]);
  }
  if (v.contains("circa")) {
    const auto& c = v["circa"];
    d.circa = c.is_boolean() ? c.get<bool>() : (c.is_number() ? c.get<double>() != 0 : !json_text(c).empty());
  }
  // "1999-2001" style second part identical to first is no range
  if (d.parts.size() == 2) {
    const auto& a = d.parts[0];
    const auto& b = d.parts[1];
    if (a.year == b.year && a.month == b.month && a.day == b.day && a.season == b.season)
      d.parts.pop_back();
  }
  return d;
}

Name read_name(const nlohmann::json& v) {
  Name n;
  if (v.is_string()) {
    n.literal = v.get<std::string>();
    return n;
  }
  if (!v.is_object()) return n;
  auto get = [&](const char* key) { return v.contains(key) ? json_text(v[key]) : std::string(); };
  n.family = get("family");
  n.given = get("given");
  n.dropping_particle = get("dropping-particle");
  n.non_dropping_particle = get("non-dropping-particle");
  n.suffix = get("suffix");
  n.literal = get("literal");
  if (n.literal.empty() && v.contains("name")) n.literal = get("name");
  if (v.contains("comma-suffix")) {
    const auto& c = v["comma-suffix"];
    n.comma_suffix = c.is_boolean() ? c.get<bool>() : !json_text(c).empty() && json_text(c) != "0";
  }
  if (v.contains("static-ordering")) {
    const auto& c = v["static-ordering"];
    n.static_ordering = c.is_boolean() ? c.get<bool>() : !json_text(c).empty() && json_text(c) != "0";
  }
  bool parse = true;
  if (v.contains("parse-names")) {
    const auto& c = v["parse-names"];
    parse = c.is_boolean() ? c.get<bool>() : json_text(c) != "false";
  }
  if (parse) normalize_name(n);
  return n;
}

}  // namespace

std::vector<Reference> read_csl_json(const nlohmann::json& items, Diagnostics& diags,
                                     const std::string& path) {
  std::vector<Reference> refs;
  if (!items.is_array()) {
    diags.error({path, {}}, "a CSL-JSON file must hold an array of items", "csl-json");
    return refs;
  }
  int n = 0;
  for (const auto& item : items) {
    ++n;
    if (!item.is_object()) {
      diags.warning({path, {}}, "item " + std::to_string(n) + " is not an object; skipped", "csl-json");
      continue;
    }
    Reference r;
    for (auto it = item.begin(); it != item.end(); ++it) {
      const std::string& key = it.key();
      const auto& v = it.value();
      if (key == "id") {
        r.id = json_text(v);
      } else if (key == "type") {
        r.type = json_text(v);
      } else if (key == "language") {
        r.language = json_text(v);
        r.vars[key] = r.language;
      } else if (is_name_variable(key)) {
        if (!v.is_array()) continue;
        std::vector<Name> list;
        for (const auto& nv : v) {
          Name nm = read_name(nv);
          if (!nm.empty()) list.push_back(std::move(nm));
        }
        r.names[key] = std::move(list);
      } else if (is_date_variable(key)) {
        r.dates[key] = read_date(v);
      } else if (v.is_string() || v.is_number()) {
        r.vars[key] = json_text(v);
      }
    }
    if (r.id.empty()) r.id = "ITEM-" + std::to_string(n);
    refs.push_back(std::move(r));
  }
  return refs;
}

nlohmann::json to_csl_json(const std::vector<Reference>& refs) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& r : refs) {
    nlohmann::json j;
    j["id"] = r.id;
    if (!r.type.empty()) j["type"] = r.type;
    for (const auto& [k, v] : r.vars) j[k] = v;
    for (const auto& [k, list] : r.names) {
      nlohmann::json arr = nlohmann::json::array();
      for (const auto& n : list) {
        nlohmann::json o;
        if (!n.literal.empty()) o["literal"] = n.literal;
        if (!n.family.empty()) o["family"] = n.family;
        if (!n.given.empty()) o["given"] = n.given;
        if (!n.dropping_particle.empty()) o["dropping-particle"] = n.dropping_particle;
        if (!n.non_dropping_particle.empty()) o["non-dropping-particle"] = n.non_dropping_particle;
        if (!n.suffix.empty()) o["suffix"] = n.suffix;
        if (n.comma_suffix) o["comma-suffix"] = true;
        arr.push_back(o);
      }
      j[k] = arr;
    }
    for (const auto& [k, d] : r.dates) {
      nlohmann::json o;
      if (!d.parts.empty()) {
        nlohmann::json parts = nlohmann::json::array();
        for (const auto& p : d.parts) {
          nlohmann::json a = nlohmann::json::array();
          a.push_back(p.year);
          if (p.season) {
            a.push_back(12 + p.season);
          } else if (p.month) {
            a.push_back(p.month);
            if (p.day) a.push_back(p.day);
          }
          parts.push_back(a);
        }
        o["date-parts"] = parts;
      }
      if (!d.literal.empty()) o["literal"] = d.literal;
      if (!d.season.empty()) o["season"] = d.season;
      if (d.circa) o["circa"] = true;
      j[k] = o;
    }
    out.push_back(j);
  }
  return out;
}

}  // namespace quire::bibliography
