#pragma once
// SHA-256 digests of build outputs, for the build report (what `sha256sum` prints), through
// OpenSSL's libcrypto, which the zip library already links.
#include <optional>
#include <string>
#include <string_view>

namespace quire::driver {

// Lower-case hex digest of `data`.
std::string sha256_hex(std::string_view data);

// Lower-case hex digest of the file's bytes; nullopt when it cannot be read.
std::optional<std::string> sha256_file_hex(const std::string& path);

}  // namespace quire::driver
