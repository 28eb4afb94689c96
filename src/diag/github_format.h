#pragma once
// Diagnostics as GitHub Actions workflow commands (`::error file=...,line=...::message`), which
// the Actions runner turns into annotations on the files and lines they point at.
#include <string>
#include <string_view>

#include "diag/diagnostics.h"

namespace quire {

// A command's message: '%', CR and LF become %25, %0D and %0A, as the runner unescapes them.
std::string github_escape_data(std::string_view s);

// A property value (file, title): the data escapes, and ':' and ',' (which delimit properties)
// become %3A and %2C.
std::string github_escape_property(std::string_view s);

// `::error file=book/a.md,line=3,col=7,title=quire broken-link::message`; notes are `::notice`.
// Annotations need paths relative to the repository, so a path under `workspace`
// ($GITHUB_WORKSPACE) is made relative to it.
std::string format_github(const Diagnostic& d, std::string_view workspace = {});

}  // namespace quire
