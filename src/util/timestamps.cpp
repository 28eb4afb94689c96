#include "util/timestamps.h"

#include <fmt/format.h>

#include <ctime>

namespace quire::util {
namespace {

std::tm to_tm(std::int64_t seconds) {
  const auto t = static_cast<std::time_t>(seconds);
  std::tm tm{};
  gmtime_r(&t, &tm);
  return tm;
}

}  // namespace

std::string utc_date_time(std::int64_t seconds) {
  const std::tm tm = to_tm(seconds);
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z", tm.tm_year + 1900, tm.tm_mon + 1,
                     tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
}

std::string utc_date(std::int64_t seconds) {
  const std::tm tm = to_tm(seconds);
  return fmt::format("{:04}-{:02}-{:02}", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

int utc_year(std::int64_t seconds) { return to_tm(seconds).tm_year + 1900; }

}  // namespace quire::util
