#pragma once
// Owning handles for the C objects of Cairo, Pango, GLib and fontconfig, so that every
// handle is released exactly once on every path, with no destroy call in the logic.
#include <cairo.h>
#include <fontconfig/fontconfig.h>
#include <glib-object.h>
#include <pango/pango.h>

#include <memory>

namespace quire::graphics {

struct CairoDeleter {
  void operator()(cairo_t* p) const { cairo_destroy(p); }
  void operator()(cairo_surface_t* p) const { cairo_surface_destroy(p); }
  void operator()(cairo_font_options_t* p) const { cairo_font_options_destroy(p); }
  void operator()(cairo_font_face_t* p) const { cairo_font_face_destroy(p); }
};

// Any GObject (PangoContext, PangoLayout, PangoFontMap, PangoFont, ...).
struct GObjectDeleter {
  void operator()(gpointer p) const { g_object_unref(p); }
};

struct PangoDeleter {
  void operator()(PangoAttrList* p) const { pango_attr_list_unref(p); }
  void operator()(PangoAttribute* p) const { pango_attribute_destroy(p); }
  void operator()(PangoGlyphString* p) const { pango_glyph_string_free(p); }
  void operator()(PangoFontDescription* p) const { pango_font_description_free(p); }
  void operator()(PangoItem* p) const { pango_item_free(p); }
  void operator()(PangoFontMetrics* p) const { pango_font_metrics_unref(p); }
  // A list of PangoItem as pango_itemize returns it: the items and the list both.
  void operator()(GList* p) const { g_list_free_full(p, [](gpointer i) { pango_item_free(static_cast<PangoItem*>(i)); }); }
};

struct FcDeleter {
  void operator()(FcConfig* p) const { FcConfigDestroy(p); }
  void operator()(FcPattern* p) const { FcPatternDestroy(p); }
};

struct GFreeDeleter {
  void operator()(void* p) const { g_free(p); }
};

using CairoPtr = std::unique_ptr<cairo_t, CairoDeleter>;
using SurfacePtr = std::unique_ptr<cairo_surface_t, CairoDeleter>;
using FontOptionsPtr = std::unique_ptr<cairo_font_options_t, CairoDeleter>;
using FontFacePtr = std::unique_ptr<cairo_font_face_t, CairoDeleter>;
using PangoContextPtr = std::unique_ptr<PangoContext, GObjectDeleter>;
using PangoLayoutPtr = std::unique_ptr<PangoLayout, GObjectDeleter>;
using PangoFontMapPtr = std::unique_ptr<PangoFontMap, GObjectDeleter>;
using PangoFontPtr = std::unique_ptr<PangoFont, GObjectDeleter>;
using AttrListPtr = std::unique_ptr<PangoAttrList, PangoDeleter>;
using AttributePtr = std::unique_ptr<PangoAttribute, PangoDeleter>;
using GlyphStringPtr = std::unique_ptr<PangoGlyphString, PangoDeleter>;
using FontDescriptionPtr = std::unique_ptr<PangoFontDescription, PangoDeleter>;
using ItemPtr = std::unique_ptr<PangoItem, PangoDeleter>;
using ItemListPtr = std::unique_ptr<GList, PangoDeleter>;
using FontMetricsPtr = std::unique_ptr<PangoFontMetrics, PangoDeleter>;
using FcConfigPtr = std::unique_ptr<FcConfig, FcDeleter>;
using GCharPtr = std::unique_ptr<char, GFreeDeleter>;

// A new reference to a GObject that someone else owns (g_object_ref), as an owning handle.
template <typename T>
std::unique_ptr<T, GObjectDeleter> add_ref(T* object) {
  return std::unique_ptr<T, GObjectDeleter>(object ? static_cast<T*>(g_object_ref(object)) : nullptr);
}

}  // namespace quire::graphics
