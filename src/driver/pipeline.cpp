#include "driver/pipeline.h"

#include <cctype>
#include <filesystem>
#include <thread>

#include "cite/resolve_citations.h"
#include "driver/interrupt.h"
#include "driver/source_date.h"
#include "driver/stage_clock.h"
#include "driver/version_tag.h"
#include "epub/epub_writer.h"
#include "load/book_loader.h"
#include "model/invariants.h"
#include "pdf/pdf_writer.h"
#include "structure/anchors.h"
#include "structure/crossref.h"
#include "structure/number_figures.h"
#include "structure/number_notes.h"
#include "structure/order_entries.h"
#include "structure/pandoc_chapters.h"
#include "structure/raw_content.h"
#include "structure/resolve_images.h"
#include "structure/resolve_links.h"
#include "util/files.h"
#include "util/invariant.h"

namespace quire::driver {

namespace fs = std::filesystem;

namespace {

bool failed(const BuildOptions& options, const Diagnostics& diags) {
  return diags.has_errors() || (options.strict && diags.count(Severity::Warning) > 0);
}

// System messages start upper case; diagnostics do not.
std::string lowered(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace

std::optional<model::Book> prepare_book(const BuildOptions& options, Diagnostics& diags) {
  StageClock clock(options.observer);
  clock.begin("load");
  auto book = load::load_book(options.book_dir, diags, options.jobs);
  if (!book) return std::nullopt;
  QUIRE_ASSERT_VALID(model::invariant_violations(*book, model::Stage::Read));
  if (options.observer) options.observer->counted("entries", book->entries.size(), book->entries.size());
  clock.begin("order");
  book->meta.modified = source_date(options.book_dir, options.source_date_epoch);
  structure::read_raw_content(*book, diags);
  structure::order_entries(*book, diags);
  structure::shape_chapters(*book, diags);
  clock.begin("resolve");
  structure::assign_ids(*book);
  structure::number_notes(*book, diags);
  structure::number_figures(*book);
  structure::resolve_crossrefs(*book, diags);
  structure::resolve_links(*book, diags);
  clock.begin("cite");
  cite::resolve_citations(
      *book, options.styles_dir.empty() ? std::string(QUIRE_SOURCE_DIR) + "/styles" : options.styles_dir,
      diags);
  clock.begin("images");
  structure::resolve_images(*book, diags);
  // An undefined note is an error, and its reference then names no note.
  QUIRE_ASSERT_VALID(model::invariant_violations(*book, model::Stage::Structured, !diags.has_errors()));
  return book;
}

BuildResult build_book(const BuildOptions& options, Diagnostics& diags) {
  InterruptGuard interrupts;  // first, so that every thread the build starts inherits it
  BuildResult result;
  auto book = prepare_book(options, diags);
  if (book) result.stats = count_book(*book);
  if (!book || failed(options, diags)) return result;
  const auto edition = edition_version(options.version_tag, book->meta.version, options.book_dir);
  book->meta.version = result.version = edition.version;
  const std::string stem = output_stem(book->meta.slug, edition.file_tag);
  StageClock clock(options.observer);

  // Render every output in memory first: nothing is written unless all of them succeed.
  // The PDF is laid out first so that the EPUB can mark where its pages begin (a page-list);
  // an EPUB built alone has none, since the layout is what takes the time.
  std::vector<std::pair<std::string, std::string>> outputs;
  std::optional<std::string> pdf_bytes;
  model::PrintPages print_pages;
  const epub::EpubOptions epub_options{options.styles_dir, options.pdf ? &print_pages : nullptr};
  // With both outputs the EPUB is built on a thread of its own while the PDF is drawn, once
  // the layout has said where the pages begin; its diagnostics still come after the PDF's.
  std::optional<std::string> epub_bytes;
  Diagnostics epub_diags;
  std::jthread epub_thread;  // declared last: joined before what it uses is destroyed
  if (options.pdf) {
    pdf::PdfOptions pdf_options;
    pdf_options.styles_dir = options.styles_dir;
    pdf_options.edition = options.edition;
    pdf_options.print_marks = options.print_marks;
    pdf_options.jobs = options.jobs;
    if (options.observer)
      pdf_options.progress = [&options](std::string_view what, std::size_t done, std::size_t total) {
        options.observer->counted(what, done, total);
      };
    if (options.epub && options.jobs != 1)
      pdf_options.laid_out = [&] {
        epub_thread = std::jthread([&] { epub_bytes = epub::build_epub(*book, epub_options, epub_diags); });
      };
    clock.begin("pdf");
    pdf::PdfStats pdf_stats;
    pdf_bytes = pdf::build_pdf(*book, pdf_options, diags, &pdf_stats, options.epub ? &print_pages : nullptr);
    result.stats.pages = static_cast<std::size_t>(pdf_stats.pages);
    if (options.observer) options.observer->counted("pages", result.stats.pages, result.stats.pages);
    if (!pdf_bytes) return result;
  }
  if (options.epub) {
    clock.begin("epub");
    if (epub_thread.joinable()) {
      epub_thread.join();
      diags.merge(epub_diags);
    } else {
      epub_bytes = epub::build_epub(*book, epub_options, diags);
    }
    if (!epub_bytes) return result;
    outputs.emplace_back((fs::path(options.out_dir) / (stem + ".epub")).string(), std::move(*epub_bytes));
  }
  if (pdf_bytes)
    outputs.emplace_back((fs::path(options.out_dir) / (stem + ".pdf")).string(), std::move(*pdf_bytes));
  if (failed(options, diags) || !options.write) {
    result.ok = !failed(options, diags);
    return result;
  }

  clock.begin("write");
  // All outputs or none: each is staged whole, then all are renamed into place together,
  // and an interrupt in the meantime waits until they are.
  const auto no_interrupts = interrupts.hold();
  std::error_code ec;
  fs::create_directories(options.out_dir, ec);
  if (ec) {
    diags.error({options.out_dir, {}}, "cannot create the output folder: " + lowered(ec.message()), "io");
    return result;
  }
  util::OutputBatch batch;
  std::string error;
  for (const auto& [path, bytes] : outputs) {
    if (!batch.stage(path, bytes, error)) {
      diags.error({path, {}}, error, "io");
      return result;
    }
  }
  if (!batch.commit(error)) {
    diags.error({options.out_dir, {}}, error, "io");
    return result;
  }
  for (const auto& output : outputs) result.written.push_back(output.first);
  result.ok = true;
  return result;
}

std::vector<std::string> planned_stages(const BuildOptions& options) {
  std::vector<std::string> stages{"load", "order", "resolve", "cite", "images"};
  if (options.pdf) stages.emplace_back("pdf");
  if (options.epub) stages.emplace_back("epub");
  if (options.write) stages.emplace_back("write");
  return stages;
}

std::string default_styles_dir(const std::string& argv0) {
  std::error_code ec;
  const fs::path exe = fs::canonical("/proc/self/exe", ec);
  const fs::path base = ec ? fs::path(argv0).parent_path() : exe.parent_path();
  const fs::path installed = base / ".." / "share" / "quire" / "styles";
  if (fs::is_regular_file(installed / "epub.css", ec)) return installed.lexically_normal().string();
  return std::string(QUIRE_SOURCE_DIR) + "/styles";
}

}  // namespace quire::driver
