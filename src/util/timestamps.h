#pragma once
// Dates a book states (EPUB metadata, copyright notices in both editions), derived from its
// modification time (UTC), never the clock.
#include <cstdint>
#include <string>

namespace quire::util {

// "2023-11-14T22:13:20Z", as dcterms:modified requires.
std::string utc_date_time(std::int64_t seconds);

// "2023-11-14".
std::string utc_date(std::int64_t seconds);

// 2023: the year in copyright notices.
int utc_year(std::int64_t seconds);

}  // namespace quire::util
