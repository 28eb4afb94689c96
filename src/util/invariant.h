#pragma once
// Invariants checked in debug builds (NDEBUG not defined), as cmark checks its tree: a broken
// one prints where and what, then aborts. Release builds neither evaluate nor pay for them.
#include <string>
#include <vector>

namespace quire::util {

[[noreturn]] void invariant_failed(const char* condition, const char* file, int line);

// Aborts, printing each violation, when `violations` (what a check function found) is not
// empty; `what` names the check.
void require_no_violations(const std::vector<std::string>& violations, const char* what, const char* file,
                           int line);

}  // namespace quire::util

#ifdef NDEBUG
#define QUIRE_ASSERT(condition) static_cast<void>(0)
#define QUIRE_ASSERT_VALID(violations) static_cast<void>(0)
#else
#define QUIRE_ASSERT(condition) \
  ((condition) ? static_cast<void>(0) : ::quire::util::invariant_failed(#condition, __FILE__, __LINE__))
// `violations` is an expression yielding the list of what a check found, e.g.
// QUIRE_ASSERT_VALID(model::invariant_violations(book)).
#define QUIRE_ASSERT_VALID(violations) \
  ::quire::util::require_no_violations((violations), #violations, __FILE__, __LINE__)
#endif
