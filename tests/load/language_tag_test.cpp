#include "load/language_tag.h"

#include <gtest/gtest.h>

namespace quire::load {
namespace {

TEST(LanguageTag, AcceptsCommonTags) {
  for (const char* tag : {"en", "fr", "pt-BR", "zh-Hant-TW", "es-419", "ast", "de-CH-1996"})
    EXPECT_TRUE(looks_like_language_tag(tag)) << tag;
}

TEST(LanguageTag, RejectsOtherShapes) {
  for (const char* tag : {"", "e", "english", "en_US", "en-", "-en", "en--GB", "12", "en-toolongsubtag",
                          "fr CA", "\xC3\xA9n"})
    EXPECT_FALSE(looks_like_language_tag(tag)) << tag;
}

}  // namespace
}  // namespace quire::load
