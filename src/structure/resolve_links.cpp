#include "structure/resolve_links.h"

#include <cctype>
#include <filesystem>
#include <map>
#include <set>

#include "diag/did_you_mean.h"
#include "model/walk.h"
#include "structure/anchors.h"

namespace quire::structure {
namespace {

namespace fs = std::filesystem;

struct Target {
  std::size_t entry;
  std::set<std::string> ids;
};

std::string percent_decode(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && std::isxdigit(static_cast<unsigned char>(s[i + 1])) &&
        std::isxdigit(static_cast<unsigned char>(s[i + 2]))) {
      out += static_cast<char>(std::stoi(s.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

}  // namespace

bool is_external_target(const std::string& target) {
  const auto colon = target.find(':');
  if (colon == std::string::npos || colon == 0) return false;
  for (std::size_t i = 0; i < colon; ++i) {
    const auto c = static_cast<unsigned char>(target[i]);
    if (!(std::isalnum(c) || c == '+' || c == '-' || c == '.')) return false;
  }
  return std::isalpha(static_cast<unsigned char>(target[0])) != 0;
}

void resolve_links(model::Book& book, Diagnostics& diags) {
  std::map<std::string, Target> by_path;  // "entries/a.md" -> target
  std::vector<std::string> paths;
  for (std::size_t i = 0; i < book.entries.size(); ++i) {
    by_path[book.entries[i].path] = {i, entry_ids(book.entries[i])};
    paths.push_back(fs::path(book.entries[i].path).filename().string());
  }

  for (std::size_t i = 0; i < book.entries.size(); ++i) {
    auto& entry = book.entries[i];
    const fs::path folder = fs::path(entry.path).parent_path();
    auto resolve = [&](model::Inline& x) {
      auto* link = std::get_if<model::Link>(&x.node);
      if (!link || link->target.empty() || is_external_target(link->target)) return;
      const SourceLoc at{entry.loc.path, x.pos};
      const auto hash = link->target.find('#');
      const std::string file = percent_decode(link->target.substr(0, hash));
      const std::string anchor = hash == std::string::npos ? "" : percent_decode(link->target.substr(hash + 1));

      const Target* target = &by_path[entry.path];
      if (!file.empty()) {
        const std::string key = (folder / file).lexically_normal().generic_string();
        auto it = by_path.find(key);
        if (it == by_path.end()) {
          diags.error(at, "link to '" + file + "', which is not an entry of this book" +
                              did_you_mean_suffix(fs::path(file).filename().string(), paths),
                      "broken-link");
          return;
        }
        target = &it->second;
      }
      const auto& target_entry = book.entries[target->entry];
      if (!anchor.empty() && !target->ids.count(anchor)) {
        std::vector<std::string> ids(target->ids.begin(), target->ids.end());
        diags.error(at, "link to '#" + anchor + "', which is no heading of '" + target_entry.path + "'" +
                            did_you_mean_suffix(anchor, ids),
                    "broken-anchor");
        return;
      }
      link->internal = true;
      link->entry_slug = target_entry.slug;
      link->anchor = anchor;
    };
    model::walk(entry.body, {{}, resolve});
    for (auto& note : entry.notes) model::walk(note.content, {{}, resolve});
  }
}

}  // namespace quire::structure
