// libFuzzer's entry point for the target named by QUIRE_FUZZ_TARGET (see targets.h).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "targets.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const quire::fuzz::Target* const target = quire::fuzz::find_target(QUIRE_FUZZ_TARGET);
  if (target == nullptr) std::abort();
  (void)target->run(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
