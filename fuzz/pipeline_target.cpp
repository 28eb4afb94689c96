#include "book_archive.h"
#include "driver/pipeline.h"
#include "targets.h"

namespace quire::fuzz {

Diagnostics run_pipeline(std::string_view data) {
  Diagnostics diags;
  TempFolder folder;
  if (!folder.ok() || !folder.write(split_archive(data))) return diags;
  driver::BuildOptions options;
  options.book_dir = folder.dir();
  options.out_dir = folder.dir() + "/out";
  options.write = false;  // both editions are rendered in memory and dropped
  options.source_date_epoch = 1700000000;
  options.styles_dir = std::string(QUIRE_SOURCE_DIR) + "/styles";
  options.version_tag = std::string();  // book.yaml's version, never `git describe`
  (void)driver::build_book(options, diags);
  return diags;
}

}  // namespace quire::fuzz
