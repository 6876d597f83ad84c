// Places written for the project: each sentence, the countries the article
// is about, and the place expected for the first locative place name.
#include "geo/geo.h"

#include <gtest/gtest.h>

#include "base/paths.h"

namespace annals::geo {
namespace {

struct Loaded {
  std::unique_ptr<text::FrontEnd> fe;
  std::unique_ptr<Gazetteer> gaz;
};

const Loaded& L() {
  static const Loaded* l = [] {
    auto fe = text::FrontEnd::Load(DefaultModelDir(), DefaultDataDir());
    if (!fe) { ADD_FAILURE() << fe.error().ToString(); std::abort(); }
    auto g = Gazetteer::Load(DefaultModelDir(), DefaultDataDir(), **fe);
    if (!g) { ADD_FAILURE() << g.error().ToString(); std::abort(); }
    return new Loaded{std::move(*fe), std::move(*g)};
  }();
  return *l;
}

// "Rafah|city|PSE" for the first place found, "<none>" if none.
std::string FirstPlace(const std::string& text, const std::vector<std::string>& context) {
  text::Document doc = L().fe->Analyze(text);
  if (doc.sentences.empty()) return "<none>";
  auto places = L().gaz->Find(doc, 0, context);
  if (places.empty()) return "<none>";
  const Place& p = *places[0].place;
  return std::string(doc.Text(places[0].span)) + "|" + KindName(p.kind) + "|" + p.country;
}

struct Case {
  const char* text;
  std::vector<std::string> context;  // countries the article is about
  const char* expected;              // "words|kind|country" or "<none>"
};

const Case kCases[] = {
    {"Putin hosted Kim in Far Eastern Russia.", {"RUS", "PRK"}, "Far Eastern Russia|region|RUS"},
    {"Israeli troops attacked militants in Rafah on Tuesday.", {"ISR", "PSE"}, "Rafah|city|PSE"},
    {"Talks were held in Paris on Monday.", {"FRA"}, "Paris|city|FRA"},
    {"The storm hit homes in Paris, officials in Texas said.", {"USA"}, "Paris|city|USA"},
    {"Protests spread in Georgia after the vote.", {"GEO", "RUS"}, "Georgia|country|GEO"},
    {"Voters lined up in Georgia for the Senate runoff.", {"USA"}, "Georgia|admin1|USA"},
    {"Shelling continued near Kiev overnight.", {"UKR", "RUS"}, "Kiev|city|UKR"},
    {"Vladimir Putin spoke to reporters.", {"RUS"}, "<none>"},
    {"Aid reached families in Rafa\xe1\xb8\xa9.", {"PSE"}, "Rafa\xe1\xb8\xa9|city|PSE"},
};

TEST(Gazetteer, Table) {
  for (const Case& c : kCases) EXPECT_EQ(FirstPlace(c.text, c.context), c.expected) << c.text;
}

TEST(Gazetteer, CountriesHaveNoCoordinates) {
  text::Document doc = L().fe->Analyze("Troops massed in Belarus.");
  auto places = L().gaz->Find(doc, 0, {});
  ASSERT_EQ(places.size(), 1u);
  EXPECT_EQ(places[0].place->kind, Kind::kCountry);
  EXPECT_FALSE(places[0].place->has_coordinates);
}

TEST(Gazetteer, HasCitiesAndSubdivisions) { EXPECT_GT(L().gaz->size(), 29000u); }

}  // namespace
}  // namespace annals::geo
