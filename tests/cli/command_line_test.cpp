#include "cli/command_line.h"

#include <gtest/gtest.h>

#include <sstream>
#include <vector>

using namespace quire::cli;

namespace {

struct Parsed {
  std::optional<int> code;
  CommandLine cl;
  std::string out, err;
};

Parsed parse(std::vector<const char*> args) {
  args.insert(args.begin(), "quire");
  Parsed p;
  std::ostringstream out, err;
  p.code = parse_command_line(static_cast<int>(args.size()), args.data(), p.cl, out, err);
  p.out = out.str();
  p.err = err.str();
  return p;
}

}  // namespace

TEST(CommandLine, BuildOptions) {
  auto p = parse({"build", "mybook", "-o", "dist", "--strict", "--diagnostics=github", "--color=never",
                  "--report", "dist/report.json", "--version-tag", "v2.0", "--pdf"});
  ASSERT_FALSE(p.code) << p.err;
  EXPECT_EQ(p.cl.command, Command::Build);
  EXPECT_EQ(p.cl.build.book_dir, "mybook");
  EXPECT_EQ(p.cl.build.out_dir, "dist");
  EXPECT_TRUE(p.cl.build.strict);
  EXPECT_TRUE(p.cl.build.write);
  EXPECT_TRUE(p.cl.build.pdf);
  EXPECT_FALSE(p.cl.build.epub);
  EXPECT_EQ(p.cl.ui.format, DiagnosticsFormat::Github);
  EXPECT_EQ(p.cl.ui.color, ColorMode::Never);
  EXPECT_EQ(p.cl.ui.report_path, "dist/report.json");
  EXPECT_EQ(p.cl.build.version_tag, "v2.0");
}

TEST(CommandLine, DefaultsAndAnEmptyVersionTag) {
  auto p = parse({"build"});
  ASSERT_FALSE(p.code) << p.err;
  EXPECT_EQ(p.cl.build.book_dir, "book");
  EXPECT_FALSE(p.cl.build.version_tag);  // from book.yaml or git
  EXPECT_EQ(p.cl.ui.format, DiagnosticsFormat::Gcc);
  EXPECT_EQ(p.cl.ui.color, ColorMode::Auto);
  auto none = parse({"build", "--version-tag", ""});
  ASSERT_FALSE(none.code) << none.err;
  EXPECT_EQ(none.cl.build.version_tag, "");
}

TEST(CommandLine, CheckAndNew) {
  auto check = parse({"check", "b", "-q"});
  ASSERT_FALSE(check.code);
  EXPECT_EQ(check.cl.command, Command::Check);
  EXPECT_FALSE(check.cl.build.write);
  EXPECT_TRUE(check.cl.ui.quiet);
  auto created = parse({"new", "/tmp/somewhere", "--title", "Field Notes"});
  ASSERT_FALSE(created.code) << created.err;
  EXPECT_EQ(created.cl.command, Command::New);
  EXPECT_EQ(created.cl.scaffold.dir, "/tmp/somewhere");
  EXPECT_EQ(created.cl.scaffold.title, "Field Notes");
}

TEST(CommandLine, UsageErrorsExitTwo) {
  EXPECT_EQ(parse({"build", "--color=sometimes"}).code, 2);
  EXPECT_EQ(parse({"build", "--diagnostics=json"}).code, 2);
  EXPECT_EQ(parse({"new"}).code, 2);  // DIR is required
  EXPECT_EQ(parse({"build", "--quiet", "--verbose"}).code, 2);
  EXPECT_EQ(parse({}).code, 2);
  auto help = parse({"--help"});
  EXPECT_EQ(help.code, 0);
  EXPECT_NE(help.out.find("build"), std::string::npos);
}
