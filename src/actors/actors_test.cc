// Actor resolution cases written for the project: countries, dated roles,
// IGOs, armed groups, composition and coreference. One line per case.
#include <filesystem>
#include <fstream>

#include "actors/test_util.h"

namespace annals::actors {
namespace {

struct Case {
  const char* date;
  const char* text;
  const char* mention;  // exact words of the mention
  const char* code;     // expected code, "A+B" for plurals, "<none>" for no actor
};

const Case kCases[] = {
    {"2024-06-17", "A senior Egyptian official said talks would resume.", "A senior Egyptian official", "EGYGOV"},
    {"2024-06-17", "Zbigniew Kowalczyk arrived in the capital.", "Zbigniew Kowalczyk", "<none>"},
};

TEST(ActorCases, Table) {
  for (const Case& c : kCases) {
    Coded coded = Code(c.text, c.date);
    EXPECT_EQ(coded.CodeOf(c.mention), c.code) << c.text << "\n" << coded.All();
  }
}

TEST(ActorDict, LoadsAtLeast3000Entries) {
  EXPECT_GE(TestActors().dict->entries(), 3000u);
}

TEST(ActorDict, ReportsFileAndLineOfBadRows) {
  // A copy of the data dir with one broken agents row.
  namespace fs = std::filesystem;
  fs::path tmp = fs::temp_directory_path() / "annals_bad_data";
  fs::remove_all(tmp);
  fs::copy(DefaultDataDir(), tmp, fs::copy_options::recursive);
  {
    std::ofstream out(tmp / "actors" / "agents.tsv", std::ios::app);
    out << "warlord\tGOVT\t-\n";
  }
  auto dict = ActorDict::Load(tmp.string(), DefaultModelDir(), *TestActors().fe);
  ASSERT_FALSE(dict);
  EXPECT_NE(dict.error().message().find("actors/agents.tsv:"), std::string::npos) << dict.error().message();
  EXPECT_NE(dict.error().message().find("bad sectors \"GOVT\""), std::string::npos) << dict.error().message();
  fs::remove_all(tmp);
}

TEST(SplitCode, CountryAndSectors) {
  std::string country;
  std::vector<std::string> sectors;
  SplitCode("RUSGOVMIL", &country, &sectors);
  EXPECT_EQ(country, "RUS");
  EXPECT_EQ(sectors, (std::vector<std::string>{"GOV", "MIL"}));
  SplitCode("IGOUNO", &country, &sectors);
  EXPECT_EQ(country, "");
  SplitCode("WST", &country, &sectors);
  EXPECT_EQ(country, "");
}

}  // namespace
}  // namespace annals::actors
