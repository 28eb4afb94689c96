#pragma once
// The typesetter's private fonts: a fontconfig configuration holding only the manifest's files,
// and the Pango font map and contexts on it, so output does not depend on the machine's fonts.
#include <memory>
#include <string>

#include "diag/diagnostics.h"
#include "graphics/cairo_handles.h"
#include "typeset/font_manifest.h"

namespace quire::typeset {

class FontConfig {
 public:
  // Loads every file of the manifest into a private configuration. A missing file is a
  // warning naming its package; nullptr (with an error) when no serif font could be loaded.
  static std::unique_ptr<FontConfig> create(const FontManifest& manifest, Diagnostics& diags,
                                            const std::string& manifest_path = {});

  // The Pango family list for a role: its own family, then the fallbacks in manifest order
  // ("Linux Libertine O,DejaVu Serif,DejaVu Sans").
  std::string family_list(FontRole role) const;

  // A context for measuring and shaping: 72 dpi (1 unit = 1 pt), glyph positions not rounded
  // to whole points, no hinting, so widths are the fonts' true advances at any size.
  graphics::PangoContextPtr make_context() const;

  // Cairo font options matching make_context (no hinting of outlines or metrics).
  graphics::FontOptionsPtr font_options() const;

  // The same fonts in a configuration and font map of their own, for another thread (the
  // problems of the files were reported when this one was made). nullptr if it fails.
  std::unique_ptr<FontConfig> for_another_thread() const;

  PangoFontMap* font_map() const { return map_.get(); }
  const FontManifest& manifest() const { return manifest_; }
  int loaded_files() const { return loaded_files_; }

 private:
  FontConfig() = default;
  FontManifest manifest_;
  // Declared before the map so the map, which uses it, is released first.
  graphics::FcConfigPtr config_;
  graphics::PangoFontMapPtr map_;
  int loaded_files_ = 0;
};

}  // namespace quire::typeset
