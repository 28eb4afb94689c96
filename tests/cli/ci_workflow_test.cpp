// docs/ci/github-actions.yml is valid YAML, has the shape GitHub expects, and builds the book
// with options this quire accepts.
#include <gtest/gtest.h>
#include <yaml-cpp/yaml.h>

#include <sstream>
#include <string>

#include "cli/command_line.h"

namespace {

std::string all_runs(const YAML::Node& steps) {
  std::string text;
  for (const auto& step : steps)
    if (step["run"]) text += step["run"].as<std::string>() + "\n";
  return text;
}

bool uses(const YAML::Node& steps, const std::string& action) {
  for (const auto& step : steps)
    if (step["uses"] && step["uses"].as<std::string>().rfind(action + "@", 0) == 0) return true;
  return false;
}

}  // namespace

TEST(CiWorkflow, IsAWorkflowThatBuildsAndReleasesTheBook) {
  YAML::Node wf;
  ASSERT_NO_THROW(wf = YAML::LoadFile(std::string(QUIRE_SOURCE_DIR) + "/docs/ci/github-actions.yml"));
  ASSERT_TRUE(wf["on"]);
  EXPECT_EQ(wf["on"]["push"]["tags"][0].as<std::string>(), "v*");
  ASSERT_TRUE(wf["jobs"]["build"]);
  ASSERT_TRUE(wf["jobs"]["release"]);

  const auto build = wf["jobs"]["build"];
  EXPECT_EQ(build["container"].as<std::string>(), "debian:12");
  const auto steps = build["steps"];
  ASSERT_TRUE(steps.IsSequence());
  for (const auto& step : steps) EXPECT_TRUE(step["run"] || step["uses"]) << "a step does nothing";
  EXPECT_TRUE(uses(steps, "actions/checkout"));
  EXPECT_TRUE(uses(steps, "actions/upload-artifact"));
  const std::string runs = all_runs(steps);
  EXPECT_NE(runs.find("scripts/install-deps --build"), std::string::npos);
  EXPECT_NE(runs.find("--strict --diagnostics=github --report out/report.json"), std::string::npos) << runs;
  EXPECT_NE(runs.find("--version-tag \"$GITHUB_REF_NAME\""), std::string::npos) << runs;
  EXPECT_NE(runs.find("SOURCE_DATE_EPOCH"), std::string::npos);

  const auto release = wf["jobs"]["release"];
  EXPECT_EQ(release["needs"].as<std::string>(), "build");
  EXPECT_EQ(release["permissions"]["contents"].as<std::string>(), "write");
  EXPECT_NE(release["if"].as<std::string>().find("refs/tags/"), std::string::npos);
  EXPECT_TRUE(uses(release["steps"], "actions/download-artifact"));
  EXPECT_NE(all_runs(release["steps"]).find("gh release create"), std::string::npos);
}

TEST(CiWorkflow, ItsCommandLineParses) {
  const char* argv[] = {"quire", "build", "book", "-o", "out", "--version-tag", "v1.2",
                        "--strict", "--diagnostics=github", "--report", "out/report.json"};
  quire::cli::CommandLine cl;
  std::ostringstream out, err;
  EXPECT_FALSE(quire::cli::parse_command_line(11, argv, cl, out, err)) << err.str();
  EXPECT_EQ(cl.ui.format, quire::cli::DiagnosticsFormat::Github);
  EXPECT_EQ(cl.ui.report_path, "out/report.json");
}
