// CAMEO actor codes: their country part and their sectors. Tested by
// actors_test.cc.
#include <string>
#include <string_view>
#include <vector>

#include "actors/dict.h"

namespace annals::actors {
namespace {

// International actors (IGO…, NGO…) and regions (EUR, WST…) have no country.
constexpr TripleSet kNoCountry(
    "IGO NGO IMG NGM MNC INT UIS EUR WST AFR ASA ARB MEA LAM NAF SAM EAF WAF SAF CAS SEA SAS BLK CRB CAU MDT PGS ");
constexpr TripleSet kSectors(
    "GOV MIL COP JUD LEG SPY UAF REB INS SEP OPP PTY CVL REF BUS LAB AGR EDU HLH HRI ENV MED CRM DEV ELI RAD MOD REL ");

}  // namespace

std::string_view CountryOf(std::string_view code) {
  if (code.size() < 3 || kNoCountry.Has(code)) return {};
  return code.substr(0, 3);
}

bool HasSectors(std::string_view code) {
  for (size_t i = 3; i + 3 <= code.size(); i += 3) {
    if (kSectors.Has(code.substr(i, 3))) return true;
  }
  return false;
}

void SplitCode(std::string_view code, std::string* country, std::vector<std::string>* sectors) {
  country->assign(CountryOf(code));
  sectors->clear();
  for (size_t i = 3; i + 3 <= code.size(); i += 3) {
    if (kSectors.Has(code.substr(i, 3))) sectors->emplace_back(code.substr(i, 3));
  }
}

}  // namespace annals::actors
