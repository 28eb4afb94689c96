#pragma once
// quire's exit codes, which scripts and CI rely on (documented in the README).
namespace quire::cli {

enum Exit : int {
  kOk = 0,          // built (or checked) without errors
  kBookErrors = 1,  // the book has errors (or warnings under --strict); nothing was written
  kUsage = 2,       // unknown option, bad argument, bad SOURCE_DATE_EPOCH, non-empty DIR for `new`
  kInternal = 3,    // a bug in quire
};

}  // namespace quire::cli
