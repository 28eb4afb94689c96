#include "driver/report.h"

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "driver/sha256.h"
#include "util/files.h"

namespace quire::driver {

namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;

namespace {

Json diagnostic_json(const Diagnostic& d) {
  Json j;
  j["path"] = d.loc.path;
  j["line"] = d.loc.pos.line;
  j["col"] = d.loc.pos.line > 0 ? std::max(d.loc.pos.col, 1) : 0;
  j["code"] = d.code;
  j["message"] = d.message;
  return j;
}

Json diagnostics_of(const Diagnostics* diags, Severity severity) {
  Json list = Json::array();
  if (diags)
    for (const auto& d : diags->all())
      if (d.severity == severity) list.push_back(diagnostic_json(d));
  return list;
}

Json output_json(const std::string& path) {
  Json j;
  j["path"] = path;
  const std::string extension = fs::path(path).extension().string();
  j["format"] = extension.empty() ? extension : extension.substr(1);
  std::error_code ec;
  const auto size = fs::file_size(path, ec);
  j["bytes"] = ec ? Json(nullptr) : Json(size);
  const auto digest = sha256_file_hex(path);
  j["sha256"] = digest ? Json(*digest) : Json(nullptr);
  return j;
}

}  // namespace

std::string report_json(const BuildReport& report) {
  Json j;
  j["quire_version"] = QUIRE_VERSION;
  j["ok"] = report.ok;
  j["command"] = report.command;
  j["book"] = report.book_dir;
  j["strict"] = report.strict;
  j["version"] = report.version.empty() ? Json(nullptr) : Json(report.version);
  j["entries"] = report.stats.entries;
  j["chapters"] = report.stats.chapters;
  j["words"] = report.stats.words;
  j["citations"] = report.stats.citations;
  j["pages"] = report.stats.pages;
  j["errors"] = diagnostics_of(report.diagnostics, Severity::Error);
  j["warnings"] = diagnostics_of(report.diagnostics, Severity::Warning);
  j["notes"] = diagnostics_of(report.diagnostics, Severity::Note);
  Json stages = Json::object();
  double total = 0;
  for (const auto& [name, seconds] : report.stages) {
    stages[name] = seconds;
    total += seconds;
  }
  j["stages"] = std::move(stages);
  j["total_seconds"] = total;
  Json outputs = Json::array();
  for (const auto& path : report.outputs) outputs.push_back(output_json(path));
  j["outputs"] = std::move(outputs);
  // Replacement characters rather than an exception if a message carries broken UTF-8.
  return j.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

bool write_report(const std::string& path, const BuildReport& report, std::string& error) {
  const fs::path parent = fs::path(path).parent_path();
  if (!parent.empty()) {
    std::error_code ec;
    fs::create_directories(parent, ec);
    if (ec) {
      error = "cannot create the folder '" + parent.string() + "': " + ec.message();
      return false;
    }
  }
  return util::write_file_atomic(path, report_json(report), error);
}

}  // namespace quire::driver
