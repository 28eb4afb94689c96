#include "diag/github_format.h"

namespace quire {

namespace {

std::string_view command_name(Severity s) {
  switch (s) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Note: return "notice";
  }
  return "error";
}

std::string_view relative_to(std::string_view path, std::string_view workspace) {
  while (workspace.size() > 1 && workspace.back() == '/') workspace.remove_suffix(1);
  if (workspace.empty() || path.size() <= workspace.size() + 1) return path;
  if (path.substr(0, workspace.size()) != workspace || path[workspace.size()] != '/') return path;
  return path.substr(workspace.size() + 1);
}

}  // namespace

std::string github_escape_data(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (const char c : s) {
    switch (c) {
      case '%': out += "%25"; break;
      case '\r': out += "%0D"; break;
      case '\n': out += "%0A"; break;
      default: out += c;
    }
  }
  return out;
}

std::string github_escape_property(std::string_view s) {
  std::string out;
  for (const char c : github_escape_data(s)) {
    switch (c) {
      case ':': out += "%3A"; break;
      case ',': out += "%2C"; break;
      default: out += c;
    }
  }
  return out;
}

std::string format_github(const Diagnostic& d, std::string_view workspace) {
  std::string props;
  auto add = [&props](std::string_view key, std::string_view value) {
    props += props.empty() ? " " : ",";
    props += key;
    props += '=';
    props += github_escape_property(value);
  };
  if (!d.loc.path.empty()) {
    add("file", relative_to(d.loc.path, workspace));
    if (d.loc.pos.line > 0) {
      add("line", std::to_string(d.loc.pos.line));
      add("col", std::to_string(d.loc.pos.col > 0 ? d.loc.pos.col : 1));
    }
  }
  add("title", d.code.empty() ? std::string("quire") : "quire " + d.code);
  std::string out = "::";
  out += command_name(d.severity);
  out += props;
  out += "::";
  out += github_escape_data(d.message);
  return out;
}

}  // namespace quire
