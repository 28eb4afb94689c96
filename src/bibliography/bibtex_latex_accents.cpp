// Accent commands (\'e, \"{o}, \c{c}): a combining mark composed onto the first character of
// the argument, or the bare accent when there is nothing to sit on.
#include "bibliography/bibtex_latex_parser.h"

#include "bibliography/bibtex_unicode.h"

namespace quire::bibliography::bibtex::latex {

bool Parser::accent(const CmdSpec& spec, bool, BibInlines& out) {
  BibInlines arg;
  if (auto a = tok()) arg = std::move(*a);
  if (failed_) return false;
  if (!arg.empty() && arg[0].kind == InlineKind::Str && !arg[0].text.empty()) {
    std::size_t i = 0;
    const char32_t base = decode_utf8(arg[0].text, i);
    std::string composed;
    if (const char32_t c = compose(base, spec.mark)) {
      append_utf8(c, composed);
    } else {
      append_utf8(base, composed);
      append_utf8(spec.mark, composed);
    }
    arg[0].text = composed + arg[0].text.substr(i);
    append(out, std::move(arg));
    return true;
  }
  if (arg.empty() || (arg.size() == 1 && arg[0].kind == InlineKind::Space)) {
    std::string s;
    append_utf8(spec.fallback ? spec.fallback : spec.mark, s);
    append(out, BibInline::str(s));
    return true;
  }
  append(out, std::move(arg));
  return true;
}

}  // namespace quire::bibliography::bibtex::latex
