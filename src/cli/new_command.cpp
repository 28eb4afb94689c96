#include "cli/new_command.h"

#include "cli/exit_codes.h"
#include "driver/scaffold.h"

namespace quire::cli {

int run_new_command(const CommandLine& cl, std::ostream& err) {
  Diagnostics diags;
  std::vector<std::string> created;
  const auto status = driver::scaffold_book(cl.scaffold, diags, created);
  for (const auto& d : diags.all()) err << format_diagnostic(d) << '\n';
  switch (status) {
    case driver::ScaffoldStatus::Refused: return kUsage;
    case driver::ScaffoldStatus::Failed: return kBookErrors;
    case driver::ScaffoldStatus::Created: break;
  }
  for (const auto& path : created) err << "quire: created " << path << '\n';
  err << "quire: build it with: quire build " << cl.scaffold.dir << '\n';
  return kOk;
}

}  // namespace quire::cli
