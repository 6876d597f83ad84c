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
    {"Rebels seized a town in Eastern Congo.", {"COD"}, "Congo|country|COD"},
    {"Settlers attacked a village in the West Bank.", {"PSE", "ISR"}, "West Bank|country|PSE"},
    {"The storm hit homes in Paris, officials in Texas said.", {"USA"}, "Paris|city|USA"},
    {"Protests spread in Georgia after the vote.", {"GEO", "RUS"}, "Georgia|country|GEO"},
    {"Voters lined up in Georgia for the Senate runoff.", {"USA"}, "Georgia|admin1|USA"},
    {"Shelling continued near Kiev overnight.", {"UKR", "RUS"}, "Kiev|city|UKR"},
    {"Vladimir Putin spoke to reporters.", {"RUS"}, "<none>"},
    // Found by review and fixed:
    {"Residents of \xc3\x9cr\xc3\xbcmqi protested the lockdown.", {"CHN"}, "\xc3\x9cr\xc3\xbcmqi|city|CHN"},
    {"Jihadists seized towns in northern Mali.", {"MLI", "FRA"}, "Mali|country|MLI"},
    {"Drought has devastated cattle ranchers in Texas.", {"USA"}, "Texas|admin1|USA"},
    {"Hospitals in Gaza City ran out of fuel.", {"PSE", "ISR"}, "Gaza City|city|PSE"},
    {"Pilgrims crowded into Mecca for the hajj.", {"SAU"}, "Mecca|city|SAU"},
    {"Students protested in Tehran Monday against the verdict.", {"IRN"}, "Tehran|city|IRN"},
    {"Aid reached families in Rafa\xe1\xb8\xa9.", {"PSE"}, "Rafa\xe1\xb8\xa9|city|PSE"},
    // Capitals and large cities, every continent.
    {"Floods displaced thousands of residents in Lagos this week.", {"NGA"}, "Lagos|city|NGA"},
    {"The foreign minister landed in Nairobi for talks on Somalia.", {"KEN", "SOM"}, "Nairobi|city|KEN"},
    {"Delegates gathered in Addis Ababa for the African Union summit.", {"ETH"}, "Addis Ababa|city|ETH"},
    {"Police fired tear gas at protesters in Johannesburg.", {"ZAF"}, "Johannesburg|city|ZAF"},
    {"Protesters gathered in Kinshasa.", {"COD"}, "Kinshasa|city|COD"},
    {"Paramilitary forces shelled neighborhoods in Khartoum.", {"SDN"}, "Khartoum|city|SDN"},
    {"Tens of thousands marched in Buenos Aires against the austerity budget.", {"ARG"}, "Buenos Aires|city|ARG"},
    {"An earthquake struck near Lima late on Wednesday.", {"PER"}, "Lima|city|PER"},
    {"Riot police were deployed in Bogot\xc3\xa1.", {"COL"}, "Bogot\xc3\xa1|city|COL"},
    {"Voters lined up in Mexico City to elect a mayor.", {"MEX"}, "Mexico City|city|MEX"},
    {"Stocks fell in New York on Friday.", {"USA"}, "New York|city|USA"},
    {"Lawmakers met in Washington D.C. on Monday.", {"USA"}, "Washington D.C.|city|USA"},
    {"Parliament sat late in Canberra to pass the bill.", {"AUS"}, "Canberra|city|AUS"},
    {"Flash floods cut power across Auckland.", {"NZL"}, "Auckland|city|NZL"},
    {"A court in Tokyo sentenced the former executive.", {"JPN"}, "Tokyo|city|JPN"},
    {"Thousands rallied in Seoul against the president.", {"KOR"}, "Seoul|city|KOR"},
    {"An earthquake shook buildings in Istanbul.", {"TUR"}, "Istanbul|city|TUR"},
    {"A ceasefire took hold in Beirut.", {"LBN", "ISR"}, "Beirut|city|LBN"},
    {"Investors in London sold off government bonds.", {"GBR"}, "London|city|GBR"},
    {"Wildfires burned outside Athens.", {"GRC"}, "Athens|city|GRC"},
    {"Warships docked in St. Petersburg for the naval parade.", {"RUS"}, "St. Petersburg|city|RUS"},
    {"The envoy held talks in Moscow on the prisoner swap.", {"USA", "RUS"}, "Moscow|city|RUS"},
    {"Talks on the crisis opened in Paris.", {}, "Paris|city|FRA"},
    // Diacritics, written and not.
    {"Truck drivers blocked highways around S\xc3\xa3o Paulo on Sunday.", {"BRA"}, "S\xc3\xa3o Paulo|city|BRA"},
    {"Truck drivers blocked highways around Sao Paulo on Sunday.", {"BRA"}, "Sao Paulo|city|BRA"},
    {"Police detained two activists near Krak\xc3\xb3w.", {"POL"}, "Krak\xc3\xb3w|city|POL"},
    {"Police detained two activists near Krakow.", {"POL"}, "Krakow|city|POL"},
    {"Central bankers gathered in Z\xc3\xbcrich to discuss the franc.", {"CHE"}, "Z\xc3\xbcrich|city|CHE"},
    {"Central bankers gathered in Zurich to discuss the franc.", {"CHE"}, "Zurich|city|CHE"},
    {"A gas explosion rocked a building in Montr\xc3\xa9" "al.", {"CAN"}, "Montr\xc3\xa9" "al|city|CAN"},
    {"Geologists warned of new eruptions in Reykjav\xc3\xad" "k.", {"ISL"}, "Reykjav\xc3\xad" "k|city|ISL"},
    {"Residents of Urumqi protested the lockdown.", {"CHN"}, "Urumqi|city|CHN"},
    {"Airstrikes hit a depot outside Damascus overnight.", {"SYR", "ISR"}, "Damascus|city|SYR"},
    // Countries and regions.
    {"Militants fired a barrage of rockets into Israel.", {"ISR", "PSE"}, "Israel|country|ISR"},
    {"Refugees streamed toward Poland.", {"UKR", "POL"}, "Poland|country|POL"},
    {"Inside Syria, the fighting has displaced millions.", {"SYR"}, "Syria|country|SYR"},
    {"Exports from Chile rose sharply in March.", {"CHL"}, "Chile|country|CHL"},
    {"Security was tightened in Chad.", {"TCD"}, "Chad|country|TCD"},
    {"Russian forces tightened their grip across Crimea.", {"UKR", "RUS"}, "Crimea|region|UKR"},
    {"Shelling intensified throughout Donbas last week.", {"UKR", "RUS"}, "Donbas|region|UKR"},
    {"Wildfires have burned vast areas of forest across Siberia.", {"RUS"}, "Siberia|region|RUS"},
    {"Militants attacked oil pipelines in the Niger Delta.", {"NGA"}, "Niger Delta|region|NGA"},
    {"Tensions rose sharply in the Middle East.", {}, "Middle East|region|MEA"},
    // First-level subdivisions.
    {"Farmers blocked rail lines in Punjab to demand higher prices.", {"IND"}, "Punjab|admin1|IND"},
    {"Floods swept through villages in Punjab, officials in Lahore said.", {"PAK"}, "Punjab|admin1|PAK"},
    {"Floods killed twenty people in Bahia.", {"BRA"}, "Bahia|admin1|BRA"},
    {"Cartel violence surged in Nuevo Le\xc3\xb3n.", {"MEX"}, "Nuevo Le\xc3\xb3n|admin1|MEX"},
    // Ambiguous names, resolved by context.
    {"Rival militias clashed in Tripoli on Saturday.", {"LBY"}, "Tripoli|city|LBY"},
    {"Gunmen attacked an army post in Tripoli, in northern Lebanon.", {"LBN", "SYR"}, "Tripoli|city|LBN"},
    {"Security forces dispersed a rally in Alexandria.", {"EGY"}, "Alexandria|city|EGY"},
    {"A gunman opened fire at a bank in Alexandria, Virginia.", {"USA"}, "Alexandria|city|USA"},
    {"Students occupied the university in C\xc3\xb3rdoba, the country's second city.", {"ARG"}, "C\xc3\xb3rdoba|city|ARG"},
    {"Firefighters battled a blaze near C\xc3\xb3rdoba in Andalusia.", {"ESP"}, "C\xc3\xb3rdoba|city|ESP"},
    {"Unions called a general strike in Cordoba.", {"ARG"}, "Cordoba|city|ARG"},
    {"Heavy rain flooded low-lying streets in Hyderabad.", {"IND"}, "Hyderabad|city|IND"},
    {"Heavy rain flooded low-lying streets in Hyderabad, in Sindh province.", {"PAK"}, "Hyderabad|city|PAK"},
    {"A tornado damaged homes in London, Ontario.", {"CAN"}, "London|city|CAN"},
    {"Residents of Vladimir protested the closure of the tractor plant.", {"RUS"}, "Vladimir|city|RUS"},
    {"The letter from Vladimir Putin was read aloud.", {"RUS"}, "<none>"},
    // Old names, through the aliases.
    {"Stock markets in Bombay closed early.", {"IND"}, "Bombay|city|IND"},
    {"Trams still run in Calcutta.", {"IND"}, "Calcutta|city|IND"},
    {"Nixon arrived in Peking in February 1972.", {"CHN", "USA"}, "Peking|city|CHN"},
    {"Monks led the protests in Rangoon.", {"MMR"}, "Rangoon|city|MMR"},
    {"The last helicopters lifted off from Saigon.", {"VNM", "USA"}, "Saigon|city|VNM"},
    {"The siege of Leningrad lasted nearly 900 days.", {"RUS"}, "Leningrad|city|RUS"},
    {"Missiles struck residential blocks in Kharkov.", {"UKR", "RUS"}, "Kharkov|city|UKR"},
    {"Drones struck the port of Odesa.", {"UKR"}, "Odesa|city|UKR"},
    // Each locative word.
    {"Rebels advanced toward Goma despite the ceasefire.", {"COD", "RWA"}, "Goma|city|COD"},
    {"Ukrainian troops pushed into Kherson on Friday.", {"UKR", "RUS"}, "Kherson|city|UKR"},
    {"Fighting raged near the eastern city of Bakhmut.", {"UKR", "RUS"}, "Bakhmut|city|UKR"},
    {"Police set up checkpoints around Baghdad ahead of the vote.", {"IRQ"}, "Baghdad|city|IRQ"},
    {"A suicide bomber struck at Kabul airport.", {"AFG"}, "Kabul|city|AFG"},
    {"Thousands of families fled from Aleppo.", {"SYR", "TUR"}, "Aleppo|city|SYR"},
    {"Old cars rattled through the streets of Havana.", {"CUB"}, "Havana|city|CUB"},
    {"A bomb went off in a market within Mogadishu.", {"SOM"}, "Mogadishu|city|SOM"},
    // No place after the locative word.
    {"The spending bill stalled in Congress.", {"USA"}, "<none>"},
    {"The election is expected in December.", {"NGA"}, "<none>"},
    {"She gave a lecture at Harvard University.", {"USA"}, "<none>"},
};

TEST(Gazetteer, Table) {
  for (const Case& c : kCases) EXPECT_EQ(FirstPlace(c.text, c.context), c.expected) << c.text;
}

// The place of an event's trigger: none across another clause's verb, but
// a trigger noun happened where its own verb did.
TEST(PlaceForTrigger, AcrossTheTriggerNounsOwnVerbOnly) {
  auto place_of = [](const std::string& text, const std::string& trigger_word) {
    text::Document doc = L().fe->Analyze(text);
    const text::Sentence& s = doc.sentences[0];
    const auto places = L().gaz->Find(doc, 0, {"SDN"});
    size_t trigger = 0;
    while (trigger < s.tokens.size() && s.tokens[trigger].lower != trigger_word) ++trigger;
    const PlaceMention* p = PlaceForTrigger(s, places, trigger);
    return p ? std::string(doc.Text(p->span)) : std::string("<none>");
  };
  EXPECT_EQ(place_of("Clashes erupted in Khartoum on Saturday.", "clashes"), "Khartoum");
  EXPECT_EQ(place_of("Officials condemned the clashes and met in Khartoum.", "clashes"), "<none>");
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
