// data/cameo/event_codes.tsv against the reference codebooks in ../shared:
// every code present, the same Goldstein score, quad class and PLOVER type.
// Skips where ../shared is absent.
#include <gtest/gtest.h>

#include <cctype>
#include <fstream>
#include <map>
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
  // Rows read "0831: CONCEDE, …": digits, a colon, spaces, the type.
  auto parse = [](const std::string& line, std::string* code, std::string* type) {
    size_t i = 0;
    while (i < line.size() && std::isdigit(static_cast<unsigned char>(line[i]))) ++i;
    if (i == 0 || i >= line.size() || line[i] != ':') return false;
    *code = line.substr(0, i);
    ++i;
    while (i < line.size() && std::isspace(static_cast<unsigned char>(line[i]))) ++i;
    size_t j = i;
    while (j < line.size() && line[j] >= 'A' && line[j] <= 'Z') ++j;
    *type = line.substr(i, j - i);
    return j > i;
  };
  std::string line, code, type;
  std::set<std::string> seen;
  while (std::getline(in, line)) {
    if (!parse(line, &code, &type)) continue;
    if (!seen.insert(code).second) continue;  // the table lists root 08 twice; the first counts
    if (!ours.count(code)) continue;
    EXPECT_EQ(ours[code][4], type) << code;
  }
  EXPECT_GT(seen.size(), 250u);
}

}  // namespace
}  // namespace annals::events
