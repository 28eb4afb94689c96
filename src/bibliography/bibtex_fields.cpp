#include "bibliography/bibtex_fields.h"

#include <map>
#include <optional>
#include <set>
#include <utility>
#include <vector>

#include "bibliography/bibtex_case.h"
#include "bibliography/bibtex_dates.h"
#include "bibliography/bibtex_latex.h"
#include "bibliography/bibtex_localization.h"
#include "bibliography/bibtex_names.h"
#include "bibliography/bibtex_unicode.h"

namespace quire::bibliography::bibtex {
namespace {

using Options = std::vector<std::pair<std::string, std::string>>;

bool one_of(const std::string& s, std::initializer_list<const char*> xs) {
  for (const char* x : xs)
    if (s == x) return true;
  return false;
}

Options parse_options(const std::string& raw) {
  Options out;
  std::string cur;
  auto flush = [&] {
    const std::size_t eq = cur.find('=');
    const std::string k = eq == std::string::npos ? cur : cur.substr(0, eq);
    const std::string v = eq == std::string::npos ? std::string() : cur.substr(eq + 1);
    out.emplace_back(to_lower(strip(k)), to_lower(strip(v)));
    cur.clear();
  };
  for (char c : raw) {
    if (c == ',')
      flush();
    else
      cur += c;
  }
  flush();
  return out;
}

std::optional<std::string> lookup(const Options& opts, const std::string& key) {
  for (const auto& [k, v] : opts)
    if (k == key) return v;
  return std::nullopt;
}

bool option_set(const Options& opts, const std::string& key) {
  auto v = lookup(opts, key);
  return v && (*v == "true" || v->empty());
}

// Joins parts with "sep " unless the previous part already ends in punctuation.
BibInlines concat_with(const char* sep, const std::vector<BibInlines>& parts) {
  BibInlines acc;
  for (const auto& s : parts) {
    if (s.empty()) continue;
    if (acc.empty()) {
      acc = s;
      continue;
    }
    const BibInline& last = acc.back();
    bool punct_end = false;
    if (last.kind == InlineKind::Str && !last.text.empty())
      punct_end = std::string_view("!?.,:;").find(last.text.back()) != std::string_view::npos;
    if (!punct_end) append(acc, BibInline::str(sep));
    append(acc, BibInline::leaf(InlineKind::Space));
    append(acc, s);
  }
  return acc;
}

bool is_number_text(const std::string& t) {
  if (t.empty()) return false;
  std::string_view d = t;
  if (d[0] == '-') d.remove_prefix(1);
  return d.find_first_not_of("0123456789") == std::string_view::npos;
}

// Splits top-level words on `c`, each occurrence its own word.
BibInlines split_str_on(const BibInlines& xs, char c) {
  BibInlines out;
  for (const auto& x : xs) {
    if (x.kind != InlineKind::Str) {
      out.push_back(x);
      continue;
    }
    std::string cur;
    for (char ch : x.text) {
      if (ch == c) {
        if (!cur.empty()) out.push_back(BibInline::str(cur));
        cur.clear();
        out.push_back(BibInline::str(std::string(1, c)));
      } else {
        cur += ch;
      }
    }
    if (!cur.empty()) out.push_back(BibInline::str(cur));
  }
  return out;
}

std::vector<BibInlines> split_by_and(const BibInlines& xs) {
  std::vector<BibInlines> parts(1);
  for (std::size_t i = 0; i < xs.size(); ++i) {
    if (i + 2 < xs.size() && xs[i].kind == InlineKind::Space && xs[i + 1].kind == InlineKind::Str &&
        xs[i + 1].text == "and" && xs[i + 2].kind == InlineKind::Space) {
      parts.emplace_back();
      i += 2;
      continue;
    }
    parts.back().push_back(xs[i]);
  }
  return parts;
}

void map_strs(BibInlines& xs, std::string (*f)(std::string_view)) {
  for (auto& x : xs) {
    if (x.kind == InlineKind::Str) x.text = f(x.text);
    map_strs(x.children, f);
  }
}

void en_dash_to_hyphen(BibInlines& xs) {
  for (auto& x : xs) {
    if (x.kind == InlineKind::Str) {
      std::string out;
      for (std::size_t i = 0; i < x.text.size();) {
        const std::size_t start = i;
        if (decode_utf8(x.text, i) == 0x2013)
          out += '-';
        else
          out += x.text.substr(start, i - start);
      }
      x.text = std::move(out);
    }
    en_dash_to_hyphen(x.children);
  }
}

std::string resolve_key_text(std::string_view s) { return resolve_key(s); }

void put_text(nlohmann::json& item, const char* k, const std::optional<std::string>& v) {
  if (v) item[k] = *v;
}

void put_rich(nlohmann::json& item, const char* k, const std::optional<BibInlines>& v) {
  if (v) item[k] = render_csl(*v);
}

void put_date(nlohmann::json& item, const char* k, const std::optional<CslDate>& d) {
  if (d) item[k] = date_to_json(normalize_date(*d));
}

void put_names(nlohmann::json& item, const char* k, const std::optional<std::vector<CslName>>& ns) {
  if (!ns) return;
  nlohmann::json arr = nlohmann::json::array();
  for (const auto& n : *ns) arr.push_back(name_to_json(extract_particles(n)));
  item[k] = std::move(arr);
}

// "Title: Subtitle. Addon", as pandoc joins them.
std::optional<BibInlines> joined_title(const std::optional<BibInlines>& t, const BibInlines& sub,
                                       const BibInlines& addon) {
  if (!t) return std::nullopt;
  return concat_with(".", {concat_with(":", {*t, sub}), addon});
}

class Converter {
 public:
  Converter(const ResolvedEntry& e, BibVariant variant, const std::string& path,
            Diagnostics& diags)
      : e_(e), variant_(variant), path_(path), diags_(diags) {}

  nlohmann::json run();

 private:
  const ResolvedEntry& e_;
  BibVariant variant_;
  const std::string& path_;
  Diagnostics& diags_;
  bool untitlecase_ = true;
  std::map<std::string, std::optional<LatexField>> latex_cache_;
  std::set<std::string> reported_;

  bool has(const std::string& f) const { return e_.fields.count(f) != 0; }

  std::optional<std::string> raw(const std::string& f) const {
    auto it = e_.fields.find(f);
    if (it == e_.fields.end()) return std::nullopt;
    return it->second;
  }

  SourceLoc loc_of(const std::string& f) const {
    auto it = e_.field_pos.find(f);
    return {path_, it != e_.field_pos.end() ? it->second : e_.pos};
  }

  const std::optional<LatexField>& latex(const std::string& f) {
    auto it = latex_cache_.find(f);
    if (it != latex_cache_.end()) return it->second;
    std::optional<LatexField> parsed;
    if (auto r = raw(f)) {
      bool too_deep = false;
      parsed = read_latex(*r, &too_deep);
      if (!parsed && reported_.insert(f).second)
        diags_.warning(loc_of(f),
                       too_deep ? "field '" + f + "' of entry '" + e_.key +
                                      "' nests too deeply to read; it is ignored"
                                : "field '" + f + "' of entry '" + e_.key +
                                      "' is not readable LaTeX (an unmatched '}' or '$'?); "
                                      "it is ignored",
                       "bibtex-latex");
    }
    return latex_cache_.emplace(f, std::move(parsed)).first->second;
  }

  std::optional<BibInlines> field(const std::string& f) {
    const auto& l = latex(f);
    if (!l) return std::nullopt;
    return l->inlines;
  }

  std::optional<BibInlines> title(const std::string& f) {
    auto x = field(f);
    if (x && untitlecase_) return to_sentence_case(std::move(*x));
    return x;
  }

  std::optional<BibInlines> literal_list(const std::string& f) {
    const auto& l = latex(f);
    if (!l || !l->single_paragraph) return std::nullopt;
    BibInlines out;
    bool first = true;
    for (auto& part : split_by_and(l->inlines)) {
      if (!first) {
        out.push_back(BibInline::str(";"));
        out.push_back(BibInline::leaf(InlineKind::Space));
      }
      first = false;
      for (auto& x : part) out.push_back(x);
    }
    return out;
  }

  std::optional<std::vector<CslName>> names(const std::string& f, const Options& opts) {
    const auto& l = latex(f);
    if (!l) return std::nullopt;
    NameOptions no;
    no.bibtex = variant_ == BibVariant::BibTeX;
    no.useprefix = option_set(opts, "useprefix");
    no.juniorcomma = option_set(opts, "juniorcomma");
    return parse_names(*l, no);
  }

  std::optional<CslDate> date(const std::string& f) {
    auto r = raw(f);
    if (!r) return std::nullopt;
    std::string t;
    for (std::size_t i = 0; i < r->size();) {
      const std::size_t start = i;
      if (decode_utf8(*r, i) == 0xA0)
        t += '~';
      else
        t += r->substr(start, i - start);
    }
    return parse_edtf(t);
  }

  static std::string fix_leading_dash(const std::string& t) {
    for (const char* dash : {"\u2013", "\u2014"}) {
      const std::string d(dash);
      if (t.rfind(d, 0) == 0 && t.size() > d.size() && t[d.size()] >= '0' && t[d.size()] <= '9')
        return "\u2013" + t.substr(d.size());
    }
    return t;
  }

  std::optional<int> old_year(const std::string& f) {
    auto x = field(f);
    if (!x) return std::nullopt;
    return read_int(fix_leading_dash(stringify(*x)));
  }

  std::optional<CslDate> old_date(const std::string& prefix) {
    const auto year = old_year(prefix + "year");
    std::optional<int> month, day, endmonth, endday;
    if (auto m = raw(prefix + "month")) month = parse_month(*m);
    if (auto d = raw(prefix + "day")) day = read_int(*d);
    const auto endyear = old_year(prefix + "endyear");
    if (auto m = field(prefix + "endmonth")) endmonth = parse_month(stringify(*m));
    if (auto d = field(prefix + "endday")) endday = read_int(stringify(*d));
    auto parts = [](std::optional<int> y, std::optional<int> m, std::optional<int> d) {
      std::vector<int> p;
      if (!y) return p;
      p.push_back(*y);
      if (!m) return p;
      p.push_back(*m);
      if (d) p.push_back(*d);
      return p;
    };
    CslDate out;
    for (auto p : {parts(year, month, day), parts(endyear, endmonth, endday)})
      if (!p.empty()) out.parts.push_back(std::move(p));
    if (out.parts.empty()) {
      auto lit = raw(prefix + "year");
      if (!lit) return std::nullopt;
      out.literal = *lit;
    }
    return out;
  }

  std::optional<BibInlines> short_title(bool require_colon) {
    auto t = title("title");
    if (!t) return std::nullopt;
    const BibInlines parts = split_str_on(*t, ':');
    bool has_colon = false;
    for (const auto& x : parts) has_colon = has_colon || (x.kind == InlineKind::Str && x.text == ":");
    if (require_colon && !has_colon) return std::nullopt;
    BibInlines out;
    for (const auto& x : parts) {
      if (x.kind == InlineKind::Str && x.text == ":") break;
      out.push_back(x);
    }
    return out;
  }

  bool bibtex() const { return variant_ == BibVariant::BibTeX; }
  bool is_article() const { return one_of(e_.type, {"article", "periodical", "suppperiodical", "review"}); }
  bool is_chapterlike() const {
    return one_of(e_.type, {"inbook", "incollection", "inproceedings", "inreference", "bookinbook"});
  }

  std::pair<std::string, std::optional<std::string>> type_and_genre();
  std::optional<std::string> language();

  // The phases of run(), each reading one group of fields into `item`.
  void read_names(nlohmann::json& item, const Options& opts);
  std::optional<CslDate> read_dates(nlohmann::json& item);
  void read_locators(nlohmann::json& item);
  bool read_titles(nlohmann::json& item);
  void read_short_and_series_titles(nlohmann::json& item, bool title_has_parts);
  void read_publishers(nlohmann::json& item);
  void read_places(nlohmann::json& item, const std::string& reftype);
  void read_identifiers(nlohmann::json& item, const Options& opts);
  void read_notes(nlohmann::json& item, const std::optional<CslDate>& issued);
};

std::pair<std::string, std::optional<std::string>> Converter::type_and_genre() {
  const std::string et = e_.type;
  const std::string type_field = raw("type") ? resolve_key(*raw("type")) : std::string();
  const std::string st = raw("entrysubtype").value_or("");
  const bool is_event = has("eventdate") || has("eventtitle") || has("venue");
  auto periodical_kind = [&] {
    if (st == "magazine") return "article-magazine";
    if (st == "newspaper") return "article-newspaper";
    return "article-journal";
  };
  static const std::map<std::string, std::string> kTypes = {
      {"book", "book"},
      {"booklet", "pamphlet"},
      {"bookinbook", "chapter"},
      {"collection", "book"},
      {"dataset", "dataset"},
      {"electronic", "webpage"},
      {"inbook", "chapter"},
      {"incollection", "chapter"},
      {"inreference", "entry-encyclopedia"},
      {"inproceedings", "paper-conference"},
      {"manual", "book"},
      {"mastersthesis", "thesis"},
      {"misc", ""},
      {"mvbook", "book"},
      {"mvcollection", "book"},
      {"mvproceedings", "book"},
      {"mvreference", "book"},
      {"online", "webpage"},
      {"patent", "patent"},
      {"phdthesis", "thesis"},
      {"proceedings", "book"},
      {"reference", "book"},
      {"report", "report"},
      {"software", "book"},
      {"suppbook", "chapter"},
      {"suppcollection", "chapter"},
      {"techreport", "report"},
      {"thesis", "thesis"},
      {"www", "webpage"},
      {"artwork", "graphic"},
      {"audio", "song"},
      {"commentary", "book"},
      {"image", "graphic"},
      {"jurisdiction", "legal_case"},
      {"legislation", "legislation"},
      {"legal", "treaty"},
      {"letter", "personal_communication"},
      {"movie", "motion_picture"},
      {"music", "song"},
      {"performance", "speech"},
      {"review", "review"},
      {"standard", "legislation"},
      {"video", "motion_picture"},
      {"data", "dataset"},
      {"letters", "personal_communication"},
      {"newsarticle", "article-newspaper"},
  };
  std::string reftype;
  if (et == "article" || et == "periodical" || et == "suppperiodical") {
    reftype = periodical_kind();
  } else if (et == "unpublished") {
    reftype = is_event ? "speech" : "manuscript";
  } else if (auto it = kTypes.find(et); it != kTypes.end()) {
    reftype = it->second;
  }
  std::optional<std::string> genre;
  if (et == "mastersthesis")
    genre = type_field.empty() ? resolve_key("mathesis") : type_field;
  else if (et == "phdthesis")
    genre = type_field.empty() ? resolve_key("phdthesis") : type_field;
  else if (!type_field.empty())
    genre = type_field;
  return {reftype, genre};
}

std::optional<std::string> Converter::language() {
  std::optional<std::string> lang;
  if (auto langid = raw("langid")) {
    const std::string id = strip(to_lower(*langid));
    std::string opts;
    if (auto o = field("langidopts")) opts = strip(to_lower(stringify(*o)));
    lang = id;
    if (id == "english") {
      if (opts == "variant=british" || opts == "variant=uk") lang = "british";
      else if (opts == "variant=american" || opts == "variant=us" || opts == "variant=usmax")
        lang = "american";
      else if (opts == "variant=australian") lang = "australian";
      else if (opts == "variant=newzealand") lang = "newzealand";
    }
  } else if (auto h = raw("hyphenation")) {
    lang = *h;
  }
  if (!lang) return std::nullopt;
  return to_ietf(to_lower(*lang));
}

nlohmann::json Converter::run() {
  nlohmann::json item = nlohmann::json::object();
  const auto other_ids = raw("ids");
  const auto [reftype, genre] = type_and_genre();
  const auto hyphenation = language();
  untitlecase_ = !hyphenation || hyphenation->rfind("en-", 0) == 0;
  Options opts;
  if (auto o = raw("options")) opts = parse_options(*o);
  item["id"] = e_.key;
  item["type"] = reftype;
  put_text(item, "other-ids", other_ids);
  put_text(item, "genre", genre);
  put_text(item, "language", hyphenation);

  // The phases read fields in this order, which is the order their warnings come in.
  read_names(item, opts);
  const auto issued = read_dates(item);
  read_locators(item);
  const bool title_has_parts = read_titles(item);
  read_short_and_series_titles(item, title_has_parts);
  read_publishers(item);
  read_places(item, reftype);
  read_identifiers(item, opts);
  read_notes(item, issued);
  return item;
}

void Converter::read_names(nlohmann::json& item, const Options& opts) {
  Options name_opts{{"bibtex", bibtex() ? "true" : "false"}};
  name_opts.insert(name_opts.end(), opts.begin(), opts.end());
  auto author = names("author", name_opts);
  auto container_author = names("bookauthor", name_opts);
  auto translator = names("translator", name_opts);
  const std::string editortype = raw("editortype").value_or("");
  auto editor = names("editor", name_opts);
  auto director = names("director", name_opts);
  if (editortype == "director") {
    director = editor;
    editor.reset();
  }
  put_names(item, "author", author);
  put_names(item, "editor", editor);
  put_names(item, "translator", translator);
  put_names(item, "director", director);
  put_names(item, "container-author", container_author);
}

std::optional<CslDate> Converter::read_dates(nlohmann::json& item) {
  auto date_or_old = [&](const std::string& f, const std::string& prefix) {
    if (auto d = date(f)) return std::optional<CslDate>(d);
    return old_date(prefix);
  };
  const auto issued = date_or_old("date", "");
  const auto event_date = date_or_old("eventdate", "event");
  const auto orig_date = date_or_old("origdate", "orig");
  const auto accessed = date_or_old("urldate", "url");
  put_date(item, "accessed", accessed);
  put_date(item, "event-date", event_date);
  put_date(item, "issued", issued);
  put_date(item, "original-date", orig_date);
  return issued;
}

void Converter::read_locators(nlohmann::json& item) {
  const std::string& et = e_.type;
  auto pages = field("pages");
  auto volume = field("volume");
  auto part = field("part");
  auto volumes = field("volumes");
  auto pagetotal = field("pagetotal");
  auto chapter = field("chapter");
  auto edition = field("edition");
  auto version = field("version");
  std::optional<BibInlines> number, collection_number, issue;
  if (auto n = field("number")) {
    if (one_of(et, {"book", "collection", "proceedings", "reference", "mvbook", "mvcollection",
                    "mvproceedings", "mvreference", "bookinbook", "inbook", "incollection",
                    "inproceedings", "inreference", "suppbook", "suppcollection"})) {
      collection_number = n;
    } else if (is_article()) {
      if (auto i = field("issue"))
        issue = concat_with(",", {*n, *i});
      else
        issue = n;
    } else {
      number = n;
    }
  }
  if (pages) {
    BibInlines p = *pages;
    en_dash_to_hyphen(p);
    item["page"] = render_csl(p);
  }
  put_rich(item, "number-of-pages", pagetotal);
  if (volume && part)
    item["volume"] = render_csl(concat(concat(*volume, {BibInline::str(".")}), *part));
  else if (volume)
    put_rich(item, "volume", volume);
  else if (part)
    put_rich(item, "volume", part);
  put_rich(item, "number-of-volumes", volumes);
  put_rich(item, "chapter-number", chapter);
  put_rich(item, "edition", edition);
  put_rich(item, "version", version);
  put_rich(item, "number", number);
  put_rich(item, "collection-number", collection_number);
  put_rich(item, "issue", issue);
}

// The title, volume title and container title, each with its subtitle and addon; which
// fields feed which depends on whether the entry is a periodical, a part of a book, or
// one volume of a multi-volume work. True when the title has a subtitle or addon.
bool Converter::read_titles(nlohmann::json& item) {
  const bool is_periodical = e_.type == "periodical";
  const bool chapterlike = is_chapterlike();
  const bool has_maintitle = has("maintitle");
  const bool main_first = has_maintitle && !chapterlike;
  const bool main_chapter = has_maintitle && chapterlike;
  auto first_of = [](std::initializer_list<std::optional<BibInlines>> xs) {
    for (const auto& x : xs)
      if (x) return x;
    return std::optional<BibInlines>();
  };
  auto when = [&](bool cond, auto get) { return cond ? get() : std::optional<BibInlines>(); };
  auto T = [&](const char* f) { return [this, f] { return title(f); }; };
  auto F = [&](const char* f) { return [this, f] { return field(f); }; };

  const auto title_main = first_of({when(is_periodical, T("issuetitle")),
                                    when(main_first, T("maintitle")), title("title")});
  const BibInlines subtitle = first_of({when(is_periodical, T("issuesubtitle")),
                                        when(main_first, T("mainsubtitle")), title("subtitle")})
                                  .value_or(BibInlines{});
  const BibInlines titleaddon =
      first_of({when(main_first, T("maintitleaddon")), title("titleaddon")}).value_or(BibInlines{});
  const auto volume_title =
      first_of({when(main_first, T("title")), when(main_chapter, T("booktitle"))});
  const BibInlines volume_subtitle =
      first_of({when(main_first, T("subtitle")), when(main_chapter, T("booksubtitle"))})
          .value_or(BibInlines{});
  const BibInlines volume_titleaddon =
      first_of({when(main_first, T("titleaddon")), when(main_chapter, T("booktitleaddon"))})
          .value_or(BibInlines{});
  const auto container_title =
      first_of({when(is_periodical, F("title")), when(chapterlike, T("maintitle")),
                when(chapterlike, T("booktitle")), field("journaltitle"), field("journal")});
  const BibInlines container_subtitle =
      first_of({when(is_periodical, F("subtitle")), when(chapterlike, T("mainsubtitle")),
                when(chapterlike, T("booksubtitle")), field("journalsubtitle")})
          .value_or(BibInlines{});
  const BibInlines container_titleaddon =
      first_of({when(is_periodical, F("titleaddon")), when(chapterlike, T("maintitleaddon")),
                when(chapterlike, T("booktitleaddon"))})
          .value_or(BibInlines{});
  const auto container_title_short = first_of(
      {when(is_periodical && !has_maintitle, F("shorttitle")), field("shortjournal")});

  put_rich(item, "title", joined_title(title_main, subtitle, titleaddon));
  put_rich(item, "volume-title", joined_title(volume_title, volume_subtitle, volume_titleaddon));
  put_rich(item, "container-title",
           joined_title(container_title, container_subtitle, container_titleaddon));
  put_rich(item, "container-title-short", container_title_short);
  return !subtitle.empty() || !titleaddon.empty();
}

void Converter::read_short_and_series_titles(nlohmann::json& item, bool title_has_parts) {
  const bool has_maintitle = has("maintitle");
  std::optional<BibInlines> series = title("series");
  if (series) {
    map_strs(*series, resolve_key_text);
    if (series->size() == 1 && (*series)[0].kind == InlineKind::Str &&
        is_number_text((*series)[0].text))
      series = BibInlines{BibInline::str(ordinalize((*series)[0].text)),
                          BibInline::leaf(InlineKind::Space),
                          BibInline::str(resolve_key("jourser"))};
  }
  std::optional<BibInlines> title_short;
  if (!has_maintitle || is_chapterlike()) title_short = title("shorttitle");
  if (!title_short) {
    if (title_has_parts && !has_maintitle)
      title_short = short_title(false);
    else
      title_short = short_title(true);
  }
  const auto event_title = title("eventtitle");
  const auto orig_title = title("origtitle");
  put_rich(item, "original-title", orig_title);
  put_rich(item, "event", event_title);
  put_rich(item, "collection-title", series);
  put_rich(item, "title-short", title_short);
}

void Converter::read_publishers(nlohmann::json& item) {
  std::vector<BibInlines> pubs;
  for (const char* f : {"school", "institution", "organization", "howpublished", "publisher"}) {
    const bool plain = bibtex() || std::string_view(f) == "howpublished";
    if (auto p = plain ? field(f) : literal_list(f)) pubs.push_back(std::move(*p));
  }
  std::optional<BibInlines> publisher;
  if (!pubs.empty()) publisher = concat_with(";", pubs);
  const auto orig_publisher = field("origpublisher");
  put_rich(item, "publisher", publisher);
  put_rich(item, "original-publisher", orig_publisher);
}

void Converter::read_places(nlohmann::json& item, const std::string& reftype) {
  const auto venue = field("venue");
  std::optional<BibInlines> address;
  if (bibtex()) {
    address = field("address");
  } else {
    address = literal_list("address");
    if (!address && e_.type != "patent") address = literal_list("location");
  }
  const auto orig_location = bibtex() ? field("origlocation") : literal_list("origlocation");
  std::optional<BibInlines> jurisdiction;
  if (reftype == "patent") {
    const auto& l = latex("location");
    if (l && l->single_paragraph) {
      std::vector<BibInlines> places;
      for (auto p : split_by_and(l->inlines)) {
        map_strs(p, resolve_key_text);
        places.push_back(std::move(p));
      }
      jurisdiction = concat_with(";", places);
    }
  }
  put_rich(item, "jurisdiction", jurisdiction);
  put_rich(item, "event-place", venue);
  put_rich(item, "publisher-place", address);
  put_rich(item, "original-publisher-place", orig_location);
}

void Converter::read_identifiers(nlohmann::json& item, const Options& opts) {
  std::optional<std::string> url;
  if (e_.type == "online" || lookup(opts, "url") != std::optional<std::string>("false")) url = raw("url");
  if (!url) {
    auto etype = raw("eprinttype");
    auto eprint = raw("eprint");
    if (etype && eprint) {
      const std::string t = to_lower(*etype);
      std::string base;
      if (t == "arxiv") base = "https://arxiv.org/abs/";
      else if (t == "jstor") base = "https://www.jstor.org/stable/";
      else if (t == "pubmed") base = "https://www.ncbi.nlm.nih.gov/pubmed/";
      else if (t == "googlebooks") base = "https://books.google.com?id=";
      if (!base.empty()) url = base + *eprint;
    }
  }
  std::optional<std::string> doi;
  if (lookup(opts, "doi") != std::optional<std::string>("false")) doi = raw("doi");
  put_text(item, "URL", url);
  put_text(item, "DOI", doi);
  put_text(item, "ISBN", raw("isbn"));
  put_text(item, "ISSN", raw("issn"));
  put_text(item, "PMCID", raw("pmcid"));
  put_text(item, "PMID", raw("pmid"));
  put_text(item, "call-number", raw("library"));
}

void Converter::read_notes(nlohmann::json& item, const std::optional<CslDate>& issued) {
  const std::string& et = e_.type;
  auto annotation = field("annotation");
  if (!annotation) annotation = field("annote");
  const auto abstract = field("abstract");
  const auto keywords = field("keywords");
  const auto note = et == "periodical" ? std::nullopt : field("note");
  const auto addendum = bibtex() ? std::nullopt : field("addendum");
  std::optional<BibInlines> status;
  if (auto ps = field("pubstate")) {
    map_strs(*ps, resolve_key_text);
    status = ps;
  } else if (issued && issued->literal && *issued->literal == "forthcoming") {
    status = BibInlines{BibInline::str("forthcoming")};
  }
  std::vector<BibInlines> notes;
  if (note) notes.push_back(*note);
  if (addendum) notes.push_back(*addendum);
  if (note || addendum) item["note"] = render_csl(concat_with(".", notes));
  put_rich(item, "annote", annotation);
  put_rich(item, "abstract", abstract);
  put_rich(item, "keyword", keywords);
  put_rich(item, "status", status);
}

}  // namespace

nlohmann::json entry_to_csl(const ResolvedEntry& entry, BibVariant variant,
                            const std::string& path, Diagnostics& diags) {
  return Converter(entry, variant, path, diags).run();
}

}  // namespace quire::bibliography::bibtex
