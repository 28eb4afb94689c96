#include "csl/locale.h"

#include <filesystem>
#include <memory>

#include <tinyxml2.h>

namespace quire::csl {

namespace {

std::string attr(const tinyxml2::XMLElement* el, const char* name) {
  const char* v = el->Attribute(name);
  return v ? std::string(v) : std::string();
}

std::string term_key(const std::string& name, const std::string& form, const std::string& gender) {
  std::string k = name + "/" + form;
  if (!gender.empty()) k += "/" + gender;
  return k;
}

std::string language_of(const std::string& lang) {
  auto dash = lang.find('-');
  return dash == std::string::npos ? lang : lang.substr(0, dash);
}

bool load_file(const std::string& path, Locale& into) {
  tinyxml2::XMLDocument doc;
  if (doc.LoadFile(path.c_str()) != tinyxml2::XML_SUCCESS) return false;
  const auto* root = doc.RootElement();
  if (!root) return false;
  merge_locale_element(root, into);
  return true;
}

}  // namespace

void merge_locale_element(const tinyxml2::XMLElement* el, Locale& into) {
  for (const auto* child = el->FirstChildElement(); child; child = child->NextSiblingElement()) {
    std::string tag = child->Name();
    if (tag == "terms") {
      // Ordinals defined here replace the whole ordinal set inherited from the fallbacks.
      bool defines_ordinals = false;
      for (const auto* t = child->FirstChildElement("term"); t; t = t->NextSiblingElement("term"))
        if (attr(t, "name").rfind("ordinal", 0) == 0) defines_ordinals = true;
      if (defines_ordinals) {
        for (auto it = into.terms.begin(); it != into.terms.end();)
          it = it->first.rfind("ordinal", 0) == 0 ? into.terms.erase(it) : std::next(it);
      }
      for (const auto* t = child->FirstChildElement("term"); t; t = t->NextSiblingElement("term")) {
        Term term;
        std::string name = attr(t, "name");
        std::string form = attr(t, "form");
        if (form.empty()) form = "long";
        term.gender = attr(t, "gender");
        std::string gender_form = attr(t, "gender-form");
        term.match = attr(t, "match");
        const auto* single = t->FirstChildElement("single");
        const auto* multiple = t->FirstChildElement("multiple");
        if (single || multiple) {
          if (single && single->GetText()) term.single = single->GetText();
          if (multiple && multiple->GetText()) term.multiple = multiple->GetText();
        } else if (t->GetText()) {
          term.single = term.multiple = t->GetText();
        }
        into.terms[term_key(name, form, gender_form)] = term;
      }
    } else if (tag == "date") {
      LocaleDateFormat f;
      std::string form = attr(child, "form");
      for (const auto* a = child->FirstAttribute(); a; a = a->Next()) f.attrs[a->Name()] = a->Value();
      f.delimiter = attr(child, "delimiter");
      for (const auto* p = child->FirstChildElement("date-part"); p;
           p = p->NextSiblingElement("date-part")) {
        LocaleDatePart dp;
        dp.name = attr(p, "name");
        for (const auto* a = p->FirstAttribute(); a; a = a->Next()) dp.attrs[a->Name()] = a->Value();
        f.parts.push_back(dp);
      }
      into.dates[form] = f;
    } else if (tag == "style-options") {
      if (child->Attribute("punctuation-in-quote"))
        into.punctuation_in_quote = attr(child, "punctuation-in-quote") == "true";
      if (child->Attribute("limit-day-ordinals-to-day-1"))
        into.limit_day_ordinals_to_day_1 = attr(child, "limit-day-ordinals-to-day-1") == "true";
    }
  }
}

const Term* Locale::term(const std::string& name, const std::string& form,
                         const std::string& gender) const {
  std::vector<std::string> forms = {form};
  if (form == "verb-short") forms = {"verb-short", "verb", "long"};
  else if (form == "symbol") forms = {"symbol", "short", "long"};
  else if (form == "short") forms = {"short", "long"};
  else if (form == "verb") forms = {"verb", "long"};
  for (const auto& f : forms) {
    if (!gender.empty()) {
      auto it = terms.find(term_key(name, f, gender));
      if (it != terms.end()) return &it->second;
    }
    auto it = terms.find(term_key(name, f, {}));
    if (it != terms.end()) return &it->second;
  }
  return nullptr;
}

std::string Locale::term_text(const std::string& name, const std::string& form, bool plural) const {
  const Term* t = term(name, form);
  if (!t) return {};
  return plural ? t->multiple : t->single;
}

bool Locale::has_term(const std::string& name, const std::string& form) const {
  return term(name, form) != nullptr;
}

std::string primary_dialect(const std::string& language) {
  static const std::map<std::string, std::string> primary = {
      {"af", "af-ZA"}, {"ar", "ar"},    {"bg", "bg-BG"}, {"ca", "ca-AD"}, {"cs", "cs-CZ"},
      {"cy", "cy-GB"}, {"da", "da-DK"}, {"de", "de-DE"}, {"el", "el-GR"}, {"en", "en-US"},
      {"es", "es-ES"}, {"et", "et-EE"}, {"eu", "eu"},    {"fa", "fa-IR"}, {"fi", "fi-FI"},
      {"fr", "fr-FR"}, {"he", "he-IL"}, {"hi", "hi-IN"}, {"hr", "hr-HR"}, {"hu", "hu-HU"},
      {"id", "id-ID"}, {"is", "is-IS"}, {"it", "it-IT"}, {"ja", "ja-JP"}, {"km", "km-KH"},
      {"ko", "ko-KR"}, {"la", "la"},    {"lt", "lt-LT"}, {"lv", "lv-LV"}, {"mn", "mn-MN"},
      {"nb", "nb-NO"}, {"nl", "nl-NL"}, {"nn", "nn-NO"}, {"pl", "pl-PL"}, {"pt", "pt-PT"},
      {"ro", "ro-RO"}, {"ru", "ru-RU"}, {"sk", "sk-SK"}, {"sl", "sl-SI"}, {"sr", "sr-RS"},
      {"sv", "sv-SE"}, {"th", "th-TH"}, {"tr", "tr-TR"}, {"uk", "uk-UA"}, {"vi", "vi-VN"},
      {"zh", "zh-CN"}};
  auto it = primary.find(language);
  return it == primary.end() ? std::string() : it->second;
}

Locale load_locale(const std::string& lang_in, const std::string& dir,
                   const std::vector<const tinyxml2::XMLElement*>& style_locales,
                   Diagnostics& diags) {
  Locale loc;
  std::string lang = lang_in.empty() ? "en-US" : lang_in;
  namespace fs = std::filesystem;
  auto path_for = [&](const std::string& l) { return (fs::path(dir) / ("locales-" + l + ".xml")).string(); };
  if (!load_file(path_for("en-US"), loc))
    diags.warning({path_for("en-US"), {}}, "cannot read the en-US locale", "csl-locale");
  std::string language = language_of(lang);
  std::string primary = primary_dialect(language);
  if (!primary.empty() && primary != "en-US" && primary != lang) load_file(path_for(primary), loc);
  if (lang != "en-US") {
    if (!load_file(path_for(lang), loc) && primary.empty()) {
      // any dialect of the language will do
      std::error_code ec;
      for (const auto& e : fs::directory_iterator(dir, ec)) {
        std::string f = e.path().filename().string();
        if (f.rfind("locales-" + language + "-", 0) == 0) {
          load_file(e.path().string(), loc);
          break;
        }
      }
    }
  }
  loc.lang = lang;
  // style locales: no xml:lang first, then the language, then the exact tag
  for (int pass = 0; pass < 3; ++pass) {
    for (const auto* el : style_locales) {
      std::string l = attr(el, "xml:lang");
      bool match = (pass == 0 && l.empty()) || (pass == 1 && !l.empty() && l == language && l != lang) ||
                   (pass == 2 && l == lang);
      if (match) merge_locale_element(el, loc);
    }
  }
  return loc;
}

}  // namespace quire::csl
