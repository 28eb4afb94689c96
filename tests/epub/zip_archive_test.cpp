#include "epub/zip_archive.h"

#include <gtest/gtest.h>

#include <cstdlib>

#include "epub_reader.h"

namespace quire::epub {
namespace {

std::string build(std::int64_t mtime) {
  ZipArchive zip(mtime);
  EXPECT_TRUE(zip.add("mimetype", "application/epub+zip", true));
  EXPECT_TRUE(zip.add("dir/text.txt", std::string(4000, 'a')));
  auto bytes = zip.finish();
  EXPECT_TRUE(bytes.has_value()) << zip.error();
  return bytes.value_or("");
}

TEST(ZipArchive, StoresAndCompressesInOrder) {
  const auto entries = testing::read_zip(build(1700000000));
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0].name, "mimetype");
  EXPECT_TRUE(entries[0].stored);
  EXPECT_EQ(entries[1].name, "dir/text.txt");
  EXPECT_FALSE(entries[1].stored);
  EXPECT_EQ(entries[1].data, std::string(4000, 'a'));
}

TEST(ZipArchive, SameInputSameBytesWhateverTheTimeZone) {
  const char* old = std::getenv("TZ");
  const std::string saved = old ? old : "";
  setenv("TZ", "UTC", 1);
  tzset();
  const std::string a = build(1700000000);
  setenv("TZ", "Asia/Tokyo", 1);
  tzset();
  const std::string b = build(1700000000);
  if (old) setenv("TZ", saved.c_str(), 1); else unsetenv("TZ");
  tzset();
  EXPECT_EQ(a, b);
  EXPECT_NE(a, build(1700000000 + 3600));
}

TEST(ZipArchive, TimesBefore1980AreClamped) {
  const std::string bytes = build(0);
  const unsigned date = static_cast<unsigned char>(bytes[12]) | (static_cast<unsigned char>(bytes[13]) << 8);
  EXPECT_EQ(date, (0u << 9) | (1u << 5) | 1u);  // 1980-01-01
}

}  // namespace
}  // namespace quire::epub
