// quire's command line: parses arguments, runs the pipeline, prints diagnostics and
// maps the outcome to an exit code (0 ok, 1 the book has errors, 2 usage, 3 internal error).
#include <CLI/CLI.hpp>

#include <cstdlib>
#include <exception>
#include <iostream>

#include "cite/cite_tool.h"
#include "diag/diagnostics.h"
#include "driver/pipeline.h"
#include "driver/source_date.h"

namespace {

enum Exit { kOk = 0, kBookErrors = 1, kUsage = 2, kInternal = 3 };

void print_diagnostics(const quire::Diagnostics& diags, bool quiet) {
  for (const auto& d : diags.all()) {
    if (quiet && d.severity == quire::Severity::Note) continue;
    std::cerr << quire::format_diagnostic(d) << '\n';
  }
  const auto errors = diags.count(quire::Severity::Error);
  const auto warnings = diags.count(quire::Severity::Warning);
  if (errors + warnings > 0)
    std::cerr << errors << (errors == 1 ? " error, " : " errors, ") << warnings
              << (warnings == 1 ? " warning" : " warnings") << '\n';
}

int run(int argc, char** argv) {
  CLI::App app{"quire: compiles a book folder into an EPUB 3 (and a PDF)", "quire"};
  app.set_version_flag("--version", std::string("quire ") + QUIRE_VERSION);
  app.require_subcommand(1);

  quire::driver::BuildOptions options;
  bool quiet = false;
  bool want_epub = false;
  bool want_pdf = false;

  auto* build = app.add_subcommand("build", "compile BOOK_DIR into OUT_DIR/<slug>.epub and <slug>.pdf");
  build->add_option("book_dir", options.book_dir, "the book folder (default: book)");
  build->add_option("-o,--output", options.out_dir, "the output folder (default: out)");
  build->add_flag("--epub", want_epub, "write the EPUB");
  build->add_flag("--pdf", want_pdf, "write the PDF");

  auto* check = app.add_subcommand("check", "check BOOK_DIR without writing anything");
  check->add_option("book_dir", options.book_dir, "the book folder (default: book)");

  quire::cite::CiteToolOptions cite_options;
  auto* cite = app.add_subcommand("cite", "format citations or a bibliography with a CSL style");
  cite->add_option("--style", cite_options.style, "a .csl file or an installed style id (apa, ieee, ...)");
  cite->add_option("--refs", cite_options.refs, "references: .bib, .json (CSL-JSON) or .yaml (CSL-YAML)")->required();
  cite->add_option("--locale", cite_options.locale, "locale, e.g. en-US (default: the style's)");
  cite->add_option("--locales-dir", cite_options.locales_dir, "folder of CSL locale files");
  cite->add_option("--mode", cite_options.mode, "citation, bibliography or items (CSL-JSON)")
      ->required()
      ->check(CLI::IsMember({"citation", "bibliography", "items"}));
  cite->add_option("--cites", cite_options.cites, "citation clusters as JSON");
  cite->add_option("--to", cite_options.to, "output format")->check(CLI::IsMember({"html", "text"}));

  for (auto* sub : {build, check}) {
    sub->add_flag("--strict", options.strict, "treat warnings as errors");
    sub->add_flag("-q,--quiet", quiet, "print only warnings and errors");
    sub->add_option("--styles", options.styles_dir, "folder with quire's styles (default: the installed ones)");
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? kOk : kUsage;
  }

  if (cite->parsed()) {
    if (cite_options.style.empty() && cite_options.mode != "items") {
      std::cerr << "quire: error: cite --mode " << cite_options.mode << " needs --style\n";
      return kUsage;
    }
    return quire::cite::run_cite_tool(cite_options, std::cout, std::cerr);
  }

  if (want_epub || want_pdf) {
    options.epub = want_epub;
    options.pdf = want_pdf;
  }
  options.write = build->parsed();
  if (options.styles_dir.empty()) options.styles_dir = quire::driver::default_styles_dir(argv[0]);
  if (const char* sde = std::getenv("SOURCE_DATE_EPOCH")) {
    options.source_date_epoch = quire::driver::parse_epoch(sde);
    if (!options.source_date_epoch) {
      std::cerr << "quire: error: SOURCE_DATE_EPOCH must be a whole number of seconds, not '" << sde << "'\n";
      return kUsage;
    }
  }

  quire::Diagnostics diags;
  const auto result = quire::driver::build_book(options, diags);
  print_diagnostics(diags, quiet);
  if (!quiet)
    for (const auto& path : result.written) std::cerr << "quire: wrote " << path << '\n';
  return result.ok ? kOk : kBookErrors;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const std::exception& e) {
    std::cerr << "quire: internal error: " << e.what() << '\n';
  } catch (...) {
    std::cerr << "quire: internal error\n";
  }
  return kInternal;
}
