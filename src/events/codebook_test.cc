// data/cameo/event_codes.tsv against the reference codebooks in ../shared:
// every code present, the same Goldstein score, quad class and PLOVER type.
// Skips where ../shared is absent.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "base/paths.h"
#include "base/tsv.h"

namespace annals::events {
namespace {

std::map<std::string, std::vector<std::string>> Ours() {
  std::map<std::string, std::vector<std::string>> out;
  auto r = TsvReader::Open(DefaultDataDir() + "/cameo/event_codes.tsv",
                           "code\tname\tgoldstein\tquad_class\tplover\tplover_mode\tplover_context");
  EXPECT_TRUE(r) << r.error().ToString();
  if (!r) return out;
  while (r->Next()) out[std::string(r->row()[0])] = {r->row().begin(), r->row().end()};
  return out;
}

TEST(Codebook, MatchesTheCameoReference) {
  std::ifstream in(std::string(ANNALS_SHARED_DIR) + "/reference/cameo/cameo_event_codebook.tsv");
  if (!in) GTEST_SKIP() << "../shared/reference is absent";
  auto ours = Ours();
  std::string line;
  std::getline(in, line);  // header
  int checked = 0;
  while (std::getline(in, line)) {
    auto f = Split(line, '\t');
    if (f.size() < 5) continue;
    const std::string code(f[0]);
    ASSERT_TRUE(ours.count(code)) << "missing code " << code;
    EXPECT_DOUBLE_EQ(std::stod(ours[code][2]), std::stod(std::string(f[3]))) << code;
    EXPECT_EQ(ours[code][3], f[4]) << code;
    ++checked;
  }
  EXPECT_GT(checked, 300);
}

TEST(Codebook, PloverTypesMatchTheReference) {
  std::ifstream in(std::string(ANNALS_SHARED_DIR) + "/reference/plover/CAMEO2PLOVER-2021.txt");
  if (!in) GTEST_SKIP() << "../shared/reference is absent";
  auto ours = Ours();
  std::regex row(R"(^(\d+):\s*([A-Z]+))");
  std::string line;
  std::set<std::string> seen;
  while (std::getline(in, line)) {
    std::smatch m;
    if (!std::regex_search(line, m, row)) continue;
    if (!seen.insert(m[1]).second) continue;  // the table lists root 08 twice; the first counts
    if (!ours.count(m[1])) continue;
    EXPECT_EQ(ours[m[1]][4], m[2].str()) << m[1];
  }
  EXPECT_GT(seen.size(), 250u);
}

}  // namespace
}  // namespace annals::events
