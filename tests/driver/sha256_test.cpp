#include "driver/sha256.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

using namespace quire::driver;

TEST(Sha256, KnownDigests) {
  // FIPS 180-2's examples.
  EXPECT_EQ(sha256_hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  const std::string million(1000000, 'a');
  EXPECT_EQ(sha256_hex(million), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");

  const auto path = std::filesystem::temp_directory_path() / ("quire-sha256-" + std::to_string(::getpid()));
  std::ofstream(path, std::ios::binary) << million;  // more than one read buffer
  EXPECT_EQ(sha256_file_hex(path.string()), sha256_hex(million));
  std::filesystem::remove(path);
  EXPECT_FALSE(sha256_file_hex(path.string()));
}
