#include "cli/build_command.h"

#include <cstdio>
#include <exception>
#include <optional>

#include "cli/exit_codes.h"
#include "cli/progress_display.h"
#include "driver/report.h"
#include "driver/source_date.h"
#include "driver/version_tag.h"

namespace quire::cli {

namespace {

std::string seconds_text(double s) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3f s", s);
  return buf;
}

void print_verbose(const driver::StageTimes& times, const driver::BuildResult& result, std::ostream& err) {
  double total = 0;
  for (const auto& [stage, seconds] : times.stages()) {
    err << "quire: " << stage << ' ' << seconds_text(seconds) << '\n';
    total += seconds;
  }
  err << "quire: total " << seconds_text(total) << '\n';
  const auto& s = result.stats;
  err << "quire: " << s.entries << " entries, " << s.chapters << " chapters, " << s.words << " words, "
      << s.citations << " citations, " << s.pages << " pages\n";
}

}  // namespace

int run_build_command(CommandLine cl, const Environment& env, std::ostream& err) {
  auto& options = cl.build;
  if (options.styles_dir.empty()) options.styles_dir = driver::default_styles_dir(env.argv0);
  if (env.source_date_epoch) {
    options.source_date_epoch = driver::parse_epoch(env.source_date_epoch);
    if (!options.source_date_epoch) {
      err << "quire: error: SOURCE_DATE_EPOCH must be a whole number of seconds, not '" << env.source_date_epoch
          << "'\n";
      return kUsage;
    }
  }
  if (options.version_tag && !options.version_tag->empty() &&
      driver::sanitize_version_tag(*options.version_tag).empty()) {
    err << "quire: error: --version-tag '" << *options.version_tag
        << "' has no letter or digit to put in a file name\n";
    return kUsage;
  }

  driver::StageTimes times;
  driver::ObserverList observers;
  observers.add(&times);
  std::optional<ProgressDisplay> progress;
  if (!cl.ui.quiet && terminal_can_redraw(env.stderr_is_terminal, env.term)) {
    progress.emplace(err, driver::planned_stages(options), env.terminal_width);
    observers.add(&*progress);
  }
  options.observer = &observers;

  Diagnostics diags;
  driver::BuildResult result;
  bool internal_error = false;
  try {
    result = driver::build_book(options, diags);
  } catch (const std::exception& e) {
    // A bug in quire: the report and the diagnostics so far are still worth having.
    diags.error({}, std::string("internal error: ") + e.what(), "internal");
    internal_error = true;
  }
  if (progress) progress->finish();
  bool ok = result.ok;

  if (!cl.ui.report_path.empty()) {
    driver::BuildReport report;
    report.command = options.write ? "build" : "check";
    report.book_dir = options.book_dir;
    report.ok = result.ok;
    report.strict = options.strict;
    report.version = result.version;
    report.stats = result.stats;
    report.stages = times.stages();
    report.outputs = result.written;
    report.diagnostics = &diags;
    std::string error;
    if (!driver::write_report(cl.ui.report_path, report, error)) {
      diags.error({cl.ui.report_path, {}}, "cannot write the report: " + error, "io");
      ok = false;
    }
  }

  PrintStyle style;
  style.format = cl.ui.format;
  style.quiet = cl.ui.quiet;
  style.color = cl.ui.format == DiagnosticsFormat::Gcc &&
                use_color(cl.ui.color, env.stderr_is_terminal, env.no_color, env.term);
  if (env.github_workspace) style.workspace = env.github_workspace;
  print_diagnostics(diags, style, err);
  if (cl.ui.verbose) print_verbose(times, result, err);
  if (!cl.ui.quiet)
    for (const auto& path : result.written) err << "quire: wrote " << path << '\n';
  if (internal_error) return kInternal;
  return ok ? kOk : kBookErrors;
}

}  // namespace quire::cli
