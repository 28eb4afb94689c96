#include "driver/pipeline.h"

#include <filesystem>

#include "cite/resolve_citations.h"
#include "driver/source_date.h"
#include "epub/epub_writer.h"
#include "pdf/pdf_writer.h"
#include "load/book_loader.h"
#include "structure/anchors.h"
#include "structure/number_notes.h"
#include "structure/order_entries.h"
#include "structure/resolve_images.h"
#include "structure/resolve_links.h"
#include "util/files.h"

namespace quire::driver {

namespace fs = std::filesystem;

namespace {

bool failed(const BuildOptions& options, const Diagnostics& diags) {
  return diags.has_errors() || (options.strict && diags.count(Severity::Warning) > 0);
}

}  // namespace

std::optional<model::Book> prepare_book(const BuildOptions& options, Diagnostics& diags) {
  auto book = load::load_book(options.book_dir, diags);
  if (!book) return std::nullopt;
  book->meta.modified = source_date(options.book_dir, options.source_date_epoch);
  structure::order_entries(*book, diags);
  structure::assign_ids(*book);
  structure::number_notes(*book, diags);
  structure::resolve_links(*book, diags);
  cite::resolve_citations(*book, options.styles_dir.empty() ? std::string(QUIRE_SOURCE_DIR) + "/styles" : options.styles_dir, diags);
  structure::resolve_images(*book, diags);
  return book;
}

BuildResult build_book(const BuildOptions& options, Diagnostics& diags) {
  BuildResult result;
  auto book = prepare_book(options, diags);
  if (!book || failed(options, diags)) return result;

  // Render every output in memory first: nothing is written unless all of them succeed.
  std::vector<std::pair<std::string, std::string>> outputs;
  if (options.epub) {
    auto bytes = epub::build_epub(*book, {options.styles_dir}, diags);
    if (!bytes) return result;
    outputs.emplace_back((fs::path(options.out_dir) / (book->meta.slug + ".epub")).string(), std::move(*bytes));
  }
  if (options.pdf) {
    pdf::PdfOptions pdf_options;
    pdf_options.styles_dir = options.styles_dir;
    auto bytes = pdf::build_pdf(*book, pdf_options, diags);
    if (!bytes) return result;
    outputs.emplace_back((fs::path(options.out_dir) / (book->meta.slug + ".pdf")).string(), std::move(*bytes));
  }
  if (failed(options, diags) || !options.write) {
    result.ok = !failed(options, diags);
    return result;
  }

  std::error_code ec;
  fs::create_directories(options.out_dir, ec);
  if (ec) {
    diags.error({options.out_dir, {}}, "cannot create the output folder: " + ec.message(), "io");
    return result;
  }
  for (const auto& [path, bytes] : outputs) {
    std::string error;
    if (!util::write_file_atomic(path, bytes, error)) {
      diags.error({path, {}}, error, "io");
      return result;
    }
    result.written.push_back(path);
  }
  result.ok = true;
  return result;
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
