// Every input the fuzzers once crashed on, replayed through the same target: it must now
// finish, every diagnostic well formed, with the codes its .expect file names (one a line;
// an empty file when the input is acceptable). Inputs: tests/data/fuzz_regressions/<target>/.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <sstream>
#include <string>
#include <vector>

#include "targets.h"

namespace quire::fuzz {
namespace {

namespace fs = std::filesystem;

struct Case {
  std::string target;
  fs::path input;
};

// What ctest shows for a case: the target and the input's name.
void PrintTo(const Case& c, std::ostream* os) { *os << c.target << "/" << c.input.filename().string(); }

std::vector<Case> all_cases() {
  std::vector<Case> cases;
  const fs::path root = fs::path(QUIRE_TEST_DATA) / "fuzz_regressions";
  std::error_code ec;
  for (const auto& dir : fs::directory_iterator(root, ec)) {
    if (!dir.is_directory()) continue;
    for (const auto& f : fs::directory_iterator(dir.path(), ec))
      if (f.path().extension() != ".expect") cases.push_back({dir.path().filename().string(), f.path()});
  }
  std::sort(cases.begin(), cases.end(), [](const Case& a, const Case& b) { return a.input < b.input; });
  return cases;
}

std::string read_all(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<std::string> expected_codes(const fs::path& input) {
  std::vector<std::string> codes;
  std::istringstream lines(read_all(input.string() + ".expect"));
  for (std::string line; std::getline(lines, line);)
    if (!line.empty()) codes.push_back(line);
  return codes;
}

class FuzzRegression : public ::testing::TestWithParam<Case> {};

TEST_P(FuzzRegression, FinishesWithACleanDiagnostic) {
  const Case& c = GetParam();
  const Target* target = find_target(c.target);
  ASSERT_NE(target, nullptr) << "no fuzz target named " << c.target;
  const Diagnostics diags = target->run(read_all(c.input));
  for (const auto& d : diags.all()) {
    SCOPED_TRACE(format_diagnostic(d));
    ASSERT_FALSE(d.message.empty());
    EXPECT_FALSE(std::isupper(static_cast<unsigned char>(d.message.front())));
    EXPECT_NE(d.message.back(), '.');
    EXPECT_FALSE(d.code.empty());
  }
  const auto codes = expected_codes(c.input);
  for (const auto& code : codes) {
    const bool found = std::any_of(diags.all().begin(), diags.all().end(),
                                   [&](const Diagnostic& d) { return d.code == code; });
    std::string reported;
    for (const auto& d : diags.all()) reported += "\n  " + format_diagnostic(d);
    EXPECT_TRUE(found) << "no diagnostic [" << code << "] for " << c.input << "; reported:" << reported;
  }
}

INSTANTIATE_TEST_SUITE_P(Inputs, FuzzRegression, ::testing::ValuesIn(all_cases()),
                         [](const ::testing::TestParamInfo<Case>& info) {
                           std::string name = info.param.target + "_" + info.param.input.filename().string();
                           for (char& ch : name)
                             if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
                           return name;
                         });
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(FuzzRegression);

}  // namespace
}  // namespace quire::fuzz
