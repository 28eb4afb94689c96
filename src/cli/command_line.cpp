#include "cli/command_line.h"

#include <CLI/CLI.hpp>

#include "cli/exit_codes.h"

namespace quire::cli {

std::optional<int> parse_command_line(int argc, const char* const* argv, CommandLine& cl, std::ostream& out,
                                      std::ostream& err) {
  CLI::App app{"quire: compiles a book folder into an EPUB 3 and a PDF", "quire"};
  app.set_version_flag("--version", std::string("quire ") + QUIRE_VERSION);
  app.require_subcommand(1);

  auto& options = cl.build;
  bool want_epub = false;
  bool want_pdf = false;
  std::string version_tag;
  std::string color = "auto";
  std::string format = "gcc";

  auto* build = app.add_subcommand("build", "compile BOOK_DIR into OUT_DIR/<slug>[-<version>].epub and .pdf");
  build->add_option("book_dir", options.book_dir, "the book folder (default: book)");
  build->add_option("-o,--output", options.out_dir, "the output folder (default: out)");
  build->add_flag("--epub", want_epub, "write the EPUB");
  build->add_flag("--pdf", want_pdf, "write the PDF");
  auto* tag_option = build->add_option(
      "--version-tag", version_tag,
      "version in the output names (default: book.yaml's version, else git describe; '' for none)");

  build
      ->add_option("--edition", options.edition,
                   "the PDF's edition: print (two-sided, the default) or screen (one-sided, coloured links)")
      ->check(CLI::IsMember({"print", "screen"}));
  build->add_flag("--print-marks", options.print_marks,
                  "add a bleed and crop marks to the PDF, with TrimBox and BleedBox");

  auto* check = app.add_subcommand("check", "check BOOK_DIR without writing anything");
  check->add_option("book_dir", options.book_dir, "the book folder (default: book)");

  auto* cite = app.add_subcommand("cite", "format citations or a bibliography with a CSL style");
  auto& cite_options = cl.cite;
  cite->add_option("--style", cite_options.style, "a .csl file or an installed style id (apa, ieee, ...)");
  cite->add_option("--refs", cite_options.refs, "references: .bib, .json (CSL-JSON) or .yaml (CSL-YAML)")
      ->required();
  cite->add_option("--locale", cite_options.locale, "locale, e.g. en-US (default: the style's)");
  cite->add_option("--locales-dir", cite_options.locales_dir, "folder of CSL locale files");
  cite->add_option("--mode", cite_options.mode, "citation, bibliography or items (CSL-JSON)")
      ->required()
      ->check(CLI::IsMember({"citation", "bibliography", "items"}));
  cite->add_option("--cites", cite_options.cites, "citation clusters as JSON");
  cite->add_option("--to", cite_options.to, "output format")->check(CLI::IsMember({"html", "text"}));

  auto* scaffold = app.add_subcommand("new", "create a new book in DIR (which must not exist or be empty)");
  scaffold->add_option("dir", cl.scaffold.dir, "the folder to create the book in")->required();
  scaffold->add_option("--title", cl.scaffold.title, "the book's title (default: from DIR's name)");

  for (auto* sub : {build, check}) {
    sub->add_flag("--strict", options.strict, "treat warnings as errors");
    sub->add_flag("-q,--quiet", cl.ui.quiet, "print only warnings and errors");
    sub->add_flag("-v,--verbose", cl.ui.verbose, "print each stage's time and the book's figures");
    sub->add_option("-j,--jobs", options.jobs,
                    "threads to use (default: one per core); the output is the same")
        ->check(CLI::Range(0u, 256u));
    sub->add_option("--styles", options.styles_dir,
                    "folder with quire's styles (default: the installed ones)");
    sub->add_option("--color", color,
                    "colour diagnostics: auto (on a terminal, unless NO_COLOR), always, never")
        ->check(CLI::IsMember({"auto", "always", "never"}));
    sub->add_option("--diagnostics", format, "diagnostics layout: gcc, or github (workflow commands)")
        ->check(CLI::IsMember({"gcc", "github"}));
    sub->add_option("--report", cl.ui.report_path,
                    "write a JSON build report to FILE (also when the build fails)");
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e, out, err);
    return code == 0 ? kOk : kUsage;
  }

  if (cite->parsed()) {
    cl.command = Command::Cite;
  } else if (scaffold->parsed()) {
    cl.command = Command::New;
  } else {
    cl.command = check->parsed() ? Command::Check : Command::Build;
  }
  if (want_epub || want_pdf) {
    options.epub = want_epub;
    options.pdf = want_pdf;
  }
  options.write = build->parsed();
  if (tag_option->count() > 0) options.version_tag = version_tag;
  cl.ui.color = parse_color_mode(color).value_or(ColorMode::Auto);
  cl.ui.format = format == "github" ? DiagnosticsFormat::Github : DiagnosticsFormat::Gcc;
  if (cl.ui.quiet && cl.ui.verbose) {
    err << "quire: error: --quiet and --verbose contradict each other\n";
    return kUsage;
  }
  return std::nullopt;
}

}  // namespace quire::cli
