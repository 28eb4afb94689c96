#include "book_archive.h"
#include "load/book_loader.h"
#include "targets.h"

namespace quire::fuzz {

Diagnostics run_load(std::string_view data) {
  Diagnostics diags;
  TempFolder folder;
  if (!folder.ok() || !folder.write(split_archive(data))) return diags;
  (void)load::load_book(folder.dir(), diags);
  return diags;
}

}  // namespace quire::fuzz
