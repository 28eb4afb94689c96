#include "typeset/shape_cache.h"

#include <functional>

namespace quire::typeset {
namespace {

std::string font_features(const PangoItem* item) {
  std::string out;
  for (const GSList* l = item->analysis.extra_attrs; l; l = l->next) {
    const auto* attr = static_cast<const PangoAttribute*>(l->data);
    if (attr->klass->type == PANGO_ATTR_FONT_FEATURES) {
      out += reinterpret_cast<const PangoAttrFontFeatures*>(attr)->features;
      out += ';';
    }
  }
  return out;
}

gunichar char_before(std::string_view s, std::size_t at) {
  if (at == 0) return 0;
  const char* p = g_utf8_find_prev_char(s.data(), s.data() + at);
  return p ? g_utf8_get_char(p) : 0;
}

gunichar char_at(std::string_view s, std::size_t at) {
  return at < s.size() ? g_utf8_get_char(s.data() + at) : 0;
}

}  // namespace

std::size_t ShapeCache::hash_of(const Key& k) {
  std::size_t h = std::hash<std::string>{}(k.text);
  auto mix = [&h](std::size_t v) { h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2); };
  mix(std::hash<const void*>{}(k.font));
  mix(static_cast<std::size_t>(k.level) * 31 + static_cast<std::size_t>(k.script));
  mix(std::hash<const void*>{}(k.language));
  mix(static_cast<std::size_t>(k.before) * 0x10001 + k.after);
  if (!k.features.empty()) mix(std::hash<std::string>{}(k.features));
  return h;
}

const SharedWord& ShapeCache::shape(const PangoItem* item, std::string_view para, std::size_t begin,
                                    std::size_t end, double ascent, double descent) {
  const PangoAnalysis& a = item->analysis;
  Key key{a.font,
          a.level,
          a.script,
          a.gravity,
          a.flags,
          a.language,
          font_features(item),
          char_before(para, begin),
          char_at(para, end),
          std::string(para.substr(begin, end - begin))};
  key.hash = hash_of(key);
  if (auto it = words_.find(key); it != words_.end()) {
    ++hits_;
    return it->second;
  }
  auto w = std::make_shared<ShapedWord>();
  w->text = key.text;
  w->ascent = ascent;
  w->descent = descent;
  PangoGlyphString* glyphs = pango_glyph_string_new();
  // pango_shape_full would round every advance to a whole point; PANGO_SHAPE_NONE keeps
  // the font's true advances.
  pango_shape_with_flags(para.data() + begin, static_cast<int>(end - begin), para.data(),
                         static_cast<int>(para.size()), &a, glyphs, PANGO_SHAPE_NONE);
  w->glyphs = SharedGlyphs(glyphs, graphics::PangoDeleter{});
  PangoItem* copy = pango_item_copy(const_cast<PangoItem*>(item));
  copy->offset = 0;
  copy->length = static_cast<int>(end - begin);
  copy->num_chars = static_cast<int>(g_utf8_strlen(para.data() + begin, static_cast<gssize>(end - begin)));
  w->item = SharedItem(copy, graphics::PangoDeleter{});
  return words_.emplace(std::move(key), std::move(w)).first->second;
}

}  // namespace quire::typeset
