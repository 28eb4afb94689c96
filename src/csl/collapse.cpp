#include "csl/collapse.h"

namespace quire::csl {

namespace {

struct Piece {
  Rich rich;
  bool collapsed = false;  // the delimiter after it is the after-collapse one
  bool no_delimiter_before = false;
};

std::vector<Piece> collapse_numbers(std::vector<RenderedCite>& cites) {
  std::vector<Piece> out;
  std::size_t i = 0;
  while (i < cites.size()) {
    std::size_t j = i;
    while (j + 1 < cites.size() && cites[j].plain && cites[j + 1].plain && cites[i].citation_number > 0 &&
           cites[j + 1].citation_number == cites[j].citation_number + 1)
      ++j;
    if (j - i >= 2) {
      Rich r;
      r.kids.push_back(cites[i].full);
      r.kids.push_back(Rich::leaf("\u2013"));
      r.kids.push_back(cites[j].full);
      out.push_back({r, true});
      i = j + 1;
    } else {
      out.push_back({cites[i].full, false});
      ++i;
    }
  }
  return out;
}

// The delimiters of a citation's cites.
struct Delimiters {
  std::string delimiter;  // between cites (the layout's)
  std::string after;      // after a collapsed group
  std::string group;      // between the cites of one author
  std::string suffix;     // between collapsed year suffixes

  explicit Delimiters(const Section& sec) {
    delimiter = sec.layout.get("delimiter");
    after = sec.attrs.count("after-collapse-delimiter") ? sec.get("after-collapse-delimiter") : delimiter;
    // citeproc-js (the reference): an explicit cite-group-delimiter is also the default
    // year-suffix-delimiter.
    bool explicit_group = sec.attrs.count("cite-group-delimiter") > 0;
    group = explicit_group ? sec.get("cite-group-delimiter") : ", ";
    suffix = sec.attrs.count("year-suffix-delimiter") ? sec.get("year-suffix-delimiter")
             : explicit_group                         ? group
                                                      : delimiter;
  }
};

// Cites by the same author are brought together, in order of first appearance.
std::vector<std::vector<std::size_t>> group_by_author(const std::vector<RenderedCite>& cites) {
  std::vector<std::vector<std::size_t>> groups;
  for (std::size_t i = 0; i < cites.size(); ++i) {
    bool placed = false;
    if (!cites[i].author.empty()) {
      for (auto& g : groups) {
        if (cites[g.front()].author == cites[i].author) {
          g.push_back(i);
          placed = true;
          break;
        }
      }
    }
    if (!placed) groups.push_back({i});
  }
  return groups;
}

// One author's cites, grouped without collapsing (cite-group-delimiter alone).
Piece grouped(const std::vector<RenderedCite>& cites, const std::vector<std::size_t>& g,
              const Delimiters& delims) {
  if (g.size() == 1) return {cites[g[0]].full, false, cites[g[0]].prefix_punct};
  Rich r;
  for (std::size_t k = 0; k < g.size(); ++k) {
    if (k) r.kids.push_back(Rich::leaf(delims.group));
    r.kids.push_back(cites[g[k]].full);
  }
  return {r, true};
}

// The cites of an author whose year suffixes run on from `prev`, as letters: cites k..end of
// group g, with ranges of three or more consecutive letters (and runs continuing `prev`'s
// letter) shown as "a–c".
void ranged_suffixes(const std::vector<RenderedCite>& cites, const std::vector<std::size_t>& g, std::size_t k,
                     std::size_t end, const RenderedCite& prev, const Delimiters& delims, Rich& r) {
  auto follows = [](const RenderedCite& a, const RenderedCite& b) {
    return b.year_suffix.size() == 1 && a.year_suffix.size() == 1 && b.year_suffix[0] == a.year_suffix[0] + 1;
  };
  std::size_t s = k;
  while (s <= end) {
    std::size_t t = s;
    while (t + 1 <= end && follows(cites[g[t]], cites[g[t + 1]])) ++t;
    bool joins_prev = s == k && follows(prev, cites[g[s]]);
    if (joins_prev && t > s) {
      r.kids.push_back(Rich::leaf("\u2013"));
      r.kids.push_back(Rich::leaf(cites[g[t]].year_suffix));
    } else if (!joins_prev && t - s >= 2) {
      r.kids.push_back(Rich::leaf(delims.suffix));
      r.kids.push_back(Rich::leaf(cites[g[s]].year_suffix + "\u2013" + cites[g[t]].year_suffix));
    } else {
      for (std::size_t u = s; u <= t; ++u) {
        r.kids.push_back(Rich::leaf(delims.suffix));
        r.kids.push_back(Rich::leaf(cites[g[u]].year_suffix));
      }
    }
    s = t + 1;
  }
}

// Whether `cur` starts a run of year suffixes of the same year as `prev`.
bool starts_suffix_run(const RenderedCite& prev, const RenderedCite& cur) {
  return cur.plain && prev.plain && !cur.year_suffix.empty() && !prev.year_suffix.empty() &&
         cur.year_text == prev.year_text;
}

// The last cite of the run of same-year suffixes that cite k of group g starts.
std::size_t suffix_run_end(const std::vector<RenderedCite>& cites, const std::vector<std::size_t>& g,
                           std::size_t k) {
  std::size_t end = k;
  while (end + 1 < g.size() && cites[g[end + 1]].plain &&
         cites[g[end + 1]].year_text == cites[g[k]].year_text && !cites[g[end + 1]].year_suffix.empty())
    ++end;
  return end;
}

// One author's cites collapsed: the author once, then the years (or year suffixes).
Piece collapsed(const std::vector<RenderedCite>& cites, const std::vector<std::size_t>& g,
                const std::string& collapse, const Delimiters& delims) {
  Rich r;
  r.kids.push_back(cites[g[0]].full);
  bool by_suffix = collapse == "year-suffix" || collapse == "year-suffix-ranged";
  std::size_t k = 1;
  bool after_suffix_run = false;
  while (k < g.size()) {
    const auto& prev = cites[g[k - 1]];
    const auto& cur = cites[g[k]];
    if (by_suffix && starts_suffix_run(prev, cur)) {
      std::size_t end = suffix_run_end(cites, g, k);
      if (collapse == "year-suffix-ranged") {
        ranged_suffixes(cites, g, k, end, prev, delims, r);
      } else {
        for (std::size_t u = k; u <= end; ++u) {
          r.kids.push_back(Rich::leaf(delims.suffix));
          r.kids.push_back(Rich::leaf(cites[g[u]].year_suffix));
        }
      }
      k = end + 1;
      after_suffix_run = true;
      continue;
    }
    // a cite with a locator or suffix ends its own small group, and so does a collapsed run of
    // year suffixes (citeproc-js joins what follows either with the after-collapse delimiter)
    r.kids.push_back(Rich::leaf(prev.plain && !after_suffix_run ? delims.group : delims.after));
    after_suffix_run = false;
    r.kids.push_back(cur.without_author);
    ++k;
  }
  return {r, true};
}

// The pieces joined with the delimiter, or the after-collapse one after a collapsed piece.
Rich join_pieces(std::vector<Piece> pieces, const Delimiters& delims) {
  Rich out;
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    if (is_empty(pieces[i].rich)) continue;
    if (!is_empty(out) && !pieces[i].no_delimiter_before)
      out.kids.push_back(Rich::leaf(pieces[i - 1].collapsed ? delims.after : delims.delimiter));
    out.kids.push_back(std::move(pieces[i].rich));
  }
  return out;
}

}  // namespace

Rich join_cites(const Style& style, std::vector<RenderedCite> cites) {
  const auto& sec = style.citation;
  std::string collapse = sec.get("collapse");
  Delimiters delims(sec);
  std::vector<Piece> pieces;
  if (collapse == "citation-number") {
    pieces = collapse_numbers(cites);
  } else if (collapse.rfind("year", 0) == 0 || sec.attrs.count("cite-group-delimiter")) {
    for (const auto& g : group_by_author(cites))
      pieces.push_back(g.size() == 1 || collapse.empty() ? grouped(cites, g, delims)
                                                         : collapsed(cites, g, collapse, delims));
  } else {
    for (auto& c : cites) pieces.push_back({c.full, false, c.prefix_punct});
  }
  return join_pieces(std::move(pieces), delims);
}

}  // namespace quire::csl
