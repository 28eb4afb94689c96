#include "driver/sha256.h"

#include <openssl/evp.h>

#include <fstream>
#include <memory>

namespace quire::driver {

namespace {

struct DigestContextDeleter {
  void operator()(EVP_MD_CTX* c) const { EVP_MD_CTX_free(c); }
};
using DigestContext = std::unique_ptr<EVP_MD_CTX, DigestContextDeleter>;

std::string to_hex(const unsigned char* bytes, unsigned int n) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  out.reserve(n * 2);
  for (unsigned int i = 0; i < n; ++i) {
    out += kDigits[bytes[i] >> 4];
    out += kDigits[bytes[i] & 0xf];
  }
  return out;
}

// Feeds chunks from `next` until it returns an empty view; "" when libcrypto fails.
template <typename Next>
std::string digest(Next next) {
  DigestContext ctx(EVP_MD_CTX_new());
  if (!ctx || EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr) != 1) return {};
  for (std::string_view chunk = next(); !chunk.empty(); chunk = next())
    if (EVP_DigestUpdate(ctx.get(), chunk.data(), chunk.size()) != 1) return {};
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  if (EVP_DigestFinal_ex(ctx.get(), md, &len) != 1) return {};
  return to_hex(md, len);
}

}  // namespace

std::string sha256_hex(std::string_view data) {
  bool given = false;
  return digest([&]() -> std::string_view {
    if (given) return {};
    given = true;
    return data;
  });
}

std::optional<std::string> sha256_file_hex(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  char buf[1 << 16];
  std::string hex = digest([&]() -> std::string_view {
    in.read(buf, sizeof buf);
    return {buf, static_cast<std::size_t>(in.gcount())};
  });
  if (in.bad() || hex.empty()) return std::nullopt;
  return hex;
}

}  // namespace quire::driver
