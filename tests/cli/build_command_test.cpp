#include "cli/build_command.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

using namespace quire;
using namespace quire::cli;
namespace fs = std::filesystem;

namespace {

struct BuildCommand : ::testing::Test {
  fs::path dir = fs::temp_directory_path() / ("quire-build-command-" + std::to_string(::getpid()) + "-" +
                                              ::testing::UnitTest::GetInstance()->current_test_info()->name());
  void SetUp() override {
    fs::remove_all(dir);
    fs::create_directories(dir / "book" / "entries");
    std::ofstream(dir / "book" / "book.yaml") << "title: Tiny Book\nsubtitel: typo\n";
    std::ofstream(dir / "book" / "entries" / "a.md") << "---\ntitle: Alpha\n---\nText.\n";
  }
  void TearDown() override { fs::remove_all(dir); }

  CommandLine check_command() {
    CommandLine cl;
    cl.command = Command::Check;
    cl.build.book_dir = (dir / "book").string();
    cl.build.write = false;
    cl.build.pdf = false;
    cl.build.styles_dir = std::string(QUIRE_SOURCE_DIR) + "/styles";
    return cl;
  }
  Environment env(bool terminal) {
    Environment e;
    e.source_date_epoch = "1700000000";
    e.term = "xterm";
    e.stderr_is_terminal = terminal;
    return e;
  }
  std::pair<int, std::string> run(const CommandLine& cl, const Environment& e) {
    std::ostringstream err;
    const int code = run_build_command(cl, e, err);
    return {code, err.str()};
  }
};

}  // namespace

TEST_F(BuildCommand, NotATerminalGetsPlainDiagnosticsOnly) {
  const auto [code, err] = run(check_command(), env(false));
  EXPECT_EQ(code, 0);
  EXPECT_EQ(err.find('\r'), std::string::npos) << err;
  EXPECT_EQ(err.find('\x1b'), std::string::npos) << err;
  EXPECT_NE(err.find("book.yaml:2:1: warning: unknown key 'subtitel'"), std::string::npos) << err;
  EXPECT_NE(err.find("\n0 errors, 1 warning\n"), std::string::npos) << err;
}

TEST_F(BuildCommand, ATerminalGetsProgressAndColourUnlessTold) {
  auto [code, err] = run(check_command(), env(true));
  EXPECT_EQ(code, 0);
  EXPECT_NE(err.find("\rquire: ["), std::string::npos) << err;
  EXPECT_NE(err.find("1 entry"), std::string::npos) << err;
  EXPECT_NE(err.find("\x1b[1;35mwarning:"), std::string::npos) << err;

  auto no_color = env(true);
  no_color.no_color = "1";
  std::tie(code, err) = run(check_command(), no_color);
  EXPECT_NE(err.find("\rquire: ["), std::string::npos) << "NO_COLOR keeps the progress line";
  EXPECT_EQ(err.find("\x1b[1;35m"), std::string::npos) << err;

  auto dumb = env(true);
  dumb.term = "dumb";
  std::tie(code, err) = run(check_command(), dumb);
  EXPECT_EQ(err.find('\x1b'), std::string::npos) << err;
  EXPECT_EQ(err.find('\r'), std::string::npos) << err;

  auto quiet = check_command();
  quiet.ui.quiet = true;
  std::tie(code, err) = run(quiet, env(true));
  EXPECT_EQ(err.find('\r'), std::string::npos) << err;
  EXPECT_NE(err.find("warning:"), std::string::npos) << err;
}

TEST_F(BuildCommand, StrictFailureWritesAReportAndExitsOne) {
  auto cl = check_command();
  cl.build.strict = true;
  cl.ui.report_path = (dir / "report" / "r.json").string();
  cl.ui.format = DiagnosticsFormat::Github;
  const auto [code, err] = run(cl, env(false));
  EXPECT_EQ(code, 1);
  EXPECT_NE(err.find("::warning file="), std::string::npos) << err;
  std::ifstream in(cl.ui.report_path);
  ASSERT_TRUE(in) << "no report";
  const auto report = nlohmann::json::parse(in);
  EXPECT_EQ(report["ok"], false);
  EXPECT_EQ(report["command"], "check");
  EXPECT_EQ(report["strict"], true);
  EXPECT_EQ(report["warnings"][0]["code"], "unknown-key");
}

TEST_F(BuildCommand, UsageErrorsExitTwo) {
  auto bad_epoch = env(false);
  bad_epoch.source_date_epoch = "yesterday";
  EXPECT_EQ(run(check_command(), bad_epoch).first, 2);
  auto bad_tag = check_command();
  bad_tag.build.version_tag = "///";
  EXPECT_EQ(run(bad_tag, env(false)).first, 2);
}
