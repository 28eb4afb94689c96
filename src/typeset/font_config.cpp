#include "typeset/font_config.h"

#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>

#include <algorithm>
#include <filesystem>

namespace quire::typeset {
namespace {

std::string join(const std::vector<std::string>& parts, const char* sep) {
  std::string out;
  for (const auto& p : parts) {
    if (!out.empty()) out += sep;
    out += p;
  }
  return out;
}

}  // namespace

std::unique_ptr<FontConfig> FontConfig::create(const FontManifest& manifest, Diagnostics& diags,
                                               const std::string& manifest_path) {
  std::unique_ptr<FontConfig> fc(new FontConfig());
  fc->manifest_ = manifest;
  fc->config_.reset(FcConfigCreate());
  if (!fc->config_) {
    diags.error({manifest_path, {}}, "cannot create a fontconfig configuration", "font-config");
    return nullptr;
  }
  bool serif_loaded = false;
  for (const auto& family : manifest.families) {
    for (const auto& file : family.files) {
      std::error_code ec;
      const bool ok =
          std::filesystem::is_regular_file(file, ec) &&
          FcConfigAppFontAddFile(fc->config_.get(), reinterpret_cast<const FcChar8*>(file.c_str()));
      if (!ok) {
        diags.warning({manifest_path, {}},
                      "font file not found: " + file + " (install " + join(family.packages, " or ") + ")",
                      "font-missing");
        continue;
      }
      ++fc->loaded_files_;
      if (family.role == FontRole::Serif) serif_loaded = true;
    }
  }
  if (!serif_loaded) {
    diags.error({manifest_path, {}}, "no file of the serif family could be loaded", "font-missing");
    return nullptr;
  }
  fc->map_.reset(pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT));
  if (!fc->map_) {
    diags.error({manifest_path, {}}, "cannot create a pango font map", "font-config");
    return nullptr;
  }
  pango_fc_font_map_set_config(PANGO_FC_FONT_MAP(fc->map_.get()), fc->config_.get());
  // PangoCairo assumes a 96 dpi screen; at 72 a size of 10 means 10 pt.
  pango_cairo_font_map_set_resolution(PANGO_CAIRO_FONT_MAP(fc->map_.get()), 72.0);
  return fc;
}

std::unique_ptr<FontConfig> FontConfig::for_another_thread() const {
  Diagnostics reported;
  return create(manifest_, reported);
}

std::string FontConfig::family_list(FontRole role) const {
  std::vector<std::string> names;
  if (const auto* own = manifest_.find(role)) names.push_back(own->family);
  for (const auto& f : manifest_.families)
    if (f.role == FontRole::Fallback) names.push_back(f.family);
  // A family listed twice (one family from two packages) is asked for once.
  std::vector<std::string> unique;
  for (auto& n : names)
    if (std::find(unique.begin(), unique.end(), n) == unique.end()) unique.push_back(n);
  return join(unique, ",");
}

graphics::FontOptionsPtr FontConfig::font_options() const {
  graphics::FontOptionsPtr opts(cairo_font_options_create());
  cairo_font_options_set_hint_style(opts.get(), CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics(opts.get(), CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_antialias(opts.get(), CAIRO_ANTIALIAS_GRAY);
  return opts;
}

graphics::PangoContextPtr FontConfig::make_context() const {
  graphics::PangoContextPtr ctx(pango_font_map_create_context(map_.get()));
  // Pango 1.50 rounds every advance to a whole unit by default; at 72 dpi that is a whole
  // point, which makes a 3.33 pt space 3 pt and word widths off by up to a point.
  pango_context_set_round_glyph_positions(ctx.get(), FALSE);
  const auto opts = font_options();
  pango_cairo_context_set_font_options(ctx.get(), opts.get());
  pango_cairo_context_set_resolution(ctx.get(), 72.0);
  return ctx;
}

}  // namespace quire::typeset
