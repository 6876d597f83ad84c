// Coverage of the verb and noun patterns (data/events/verbs.tsv, nouns.tsv):
// one ordinary news sentence per pattern family, root by root, with the exact
// events expected ("SOURCE -CODE-> TARGET mode", in output order).
#include "events/events.h"

#include <gtest/gtest.h>

#include "events/test_util.h"

namespace annals::events {
namespace {


// CAMEO 01: testimony, replies, apprehension.
TEST(Coverage, Statements01) {
  EXPECT_EQ(EventsOf("The Kenyan president testified before the Ugandan parliament."),
            (V{"KENGOV -010-> UGALEG occurred"}));
  EXPECT_EQ(EventsOf("The Chilean foreign minister replied to Bolivia."), (V{"CHLGOV -010-> BOL occurred"}));
  EXPECT_EQ(EventsOf("The Lebanese prime minister voiced apprehension about the crisis."),
            (V{"LBNGOV -012-> - occurred"}));
}

// CAMEO 02: appeals for leadership change, release, talks, aid, sanctions relief.
TEST(Coverage, Appeals02) {
  EXPECT_EQ(EventsOf("France called for the resignation of the Malian prime minister."),
            (V{"FRA -0241-> MLIGOV occurred"}));
  EXPECT_EQ(EventsOf("The United Nations called on Ethiopia to release the detained aid workers."),
            (V{"IGOUNO -0253-> ETH occurred"}));
  EXPECT_EQ(EventsOf("Canada urged Venezuela to free the opposition leader."), (V{"CAN -0253-> VEN occurred"}));
  EXPECT_EQ(EventsOf("Pakistan urged India to hold talks."), (V{"PAK -026-> IND occurred"}));
  EXPECT_EQ(EventsOf("Norway urged Colombia to resume talks with the rebels."), (V{"NOR -026-> COL occurred"}));
  EXPECT_EQ(EventsOf("Somalia appealed for international aid after the floods."), (V{"SOM -023-> - occurred"}));
  EXPECT_EQ(EventsOf("The Cuban government urged the United States to lift the embargo."),
            (V{"CUBGOV -0254-> USA occurred"}));
}

// CAMEO 04: visits, negotiation rounds, mediation.
TEST(Coverage, Consult04) {
  EXPECT_EQ(EventsOf("The Ghanaian president paid a state visit to Nigeria."),
            (V{"GHAGOV -042-> NGA occurred", "NGAGOV -043-> GHAGOV occurred"}));
  EXPECT_EQ(EventsOf("Bulgaria and Romania held a round of talks."),
            (V{"BGR -046-> ROU occurred", "ROU -046-> BGR occurred"}));
  EXPECT_EQ(EventsOf("Qatar brokered a ceasefire between Israel and Hamas."),
            (V{"QAT -045-> ISR occurred", "QAT -045-> PSEREB occurred", "ISR -0871-> PSEREB occurred", "PSEREB -0871-> ISR occurred"}));
  EXPECT_EQ(EventsOf("Oman interceded with Iran."), (V{"OMN -045-> IRN occurred"}));
}

// CAMEO 05: ties, recognition, praise, agreements.
TEST(Coverage, Diplomacy05) {
  EXPECT_EQ(EventsOf("Nigeria cemented ties with Ghana."), (V{"NGA -050-> GHA occurred"}));
  EXPECT_EQ(EventsOf("Vietnam bolstered relations with India."), (V{"VNM -050-> IND occurred"}));
  EXPECT_EQ(EventsOf("Argentina established diplomatic relations with Singapore."), (V{"ARG -054-> SGP occurred"}));
  EXPECT_EQ(EventsOf("The Jordanian king lavished praise on Egypt."), (V{"JORGOV -051-> EGY occurred"}));
  EXPECT_EQ(EventsOf("Nepal's prime minister voiced support for India."), (V{"NPLGOV -051-> IND occurred"}));
  EXPECT_EQ(EventsOf("Colombia renewed its defense agreement with the United States."),
            (V{"COL -057-> USA occurred", "USA -057-> COL occurred"}));
  EXPECT_EQ(EventsOf("Indonesia hammered out a deal with Malaysia."), (V{"IDN -057-> MYS occurred", "MYS -057-> IDN occurred"}));
}

// CAMEO 06: trade, judicial cooperation, intelligence.
TEST(Coverage, Material06) {
  EXPECT_EQ(EventsOf("Zambia extradited a British suspect to Britain on Sunday."), (V{"ZMB -063-> GBR occurred"}));
  EXPECT_EQ(EventsOf("Mexico repatriated two fugitives to the United States."), (V{"MEX -063-> USA occurred"}));
  EXPECT_EQ(EventsOf("Greece shared intelligence with Italy on Tuesday."), (V{"GRC -064-> ITA occurred"}));
  EXPECT_EQ(EventsOf("Ukraine exchanged intelligence with Poland."), (V{"UKR -064-> POL occurred"}));
  EXPECT_EQ(EventsOf("Morocco resumed flights to Algeria."), (V{"MAR -061-> DZA occurred"}));
  EXPECT_EQ(EventsOf("The United States lowered tariffs on Vietnamese goods."), (V{"USA -061-> VNM occurred"}));
}

// CAMEO 07: aid deliveries and asylum.
TEST(Coverage, Aid07) {
  EXPECT_EQ(EventsOf("Poland handed over humanitarian aid to Ukraine."), (V{"POL -073-> UKR occurred"}));
  EXPECT_EQ(EventsOf("Germany rushed medical supplies to Turkey."), (V{"DEU -073-> TUR occurred"}));
  EXPECT_EQ(EventsOf("Japan flew relief supplies to the Philippines."), (V{"JPN -073-> PHL occurred"}));
  EXPECT_EQ(EventsOf("Chad granted asylum to a Sudanese opposition leader."), (V{"TCD -075-> SDNOPP occurred"}));
}

// CAMEO 08: releases, easing, ceasefires, withdrawals.
TEST(Coverage, Yield08) {
  EXPECT_EQ(EventsOf("Morocco released 40 Algerian prisoners."), (V{"MAR -0841-> DZA occurred"}));
  EXPECT_EQ(EventsOf("The Thai government lifted martial law."), (V{"THAGOV -0814-> - occurred"}));
  EXPECT_EQ(EventsOf("Canada exempted Mexico from tariffs."), (V{"CAN -085-> MEX occurred"}));
  EXPECT_EQ(EventsOf("Washington removed Cuba from the terrorism list."), (V{"USA -085-> CUB occurred"}));
  EXPECT_EQ(EventsOf("Tunisia allowed aid convoys into Libya."), (V{"TUN -0863-> LBY occurred"}));
  EXPECT_EQ(EventsOf("Armenia signed a truce with Azerbaijan."), (V{"ARM -0871-> AZE occurred"}));
  EXPECT_EQ(EventsOf("Rwandan troops withdrew from Congo."), (V{"RWAMIL -0874-> COD occurred"}));
  EXPECT_EQ(EventsOf("Spain brought its troops home from Iraq."), (V{"ESP -0874-> IRQ occurred"}));
  EXPECT_EQ(EventsOf("The Indian army recalled its troops from Sri Lanka."), (V{"INDMIL -0874-> LKA occurred"}));
}

// CAMEO 09: inquiries.
TEST(Coverage, Investigate09) {
  EXPECT_EQ(EventsOf("The Peruvian congress appointed a commission to investigate the killings."),
            (V{"PER -090-> - occurred"}));
}

// CAMEO 10: demands for release.
TEST(Coverage, Demand10) {
  EXPECT_EQ(EventsOf("Amnesty International demanded the release of the jailed Turkish journalist."),
            (V{"NGOHRIAMN -1053-> TURMED occurred"}));
}

// CAMEO 11: criticism and official complaints.
TEST(Coverage, Disapprove11) {
  EXPECT_EQ(EventsOf("The Chinese foreign ministry chastised Japan."), (V{"CHNGOV -111-> JPN occurred"}));
  EXPECT_EQ(EventsOf("The Iranian president railed against Israel."), (V{"IRNGOV -111-> ISR occurred"}));
  EXPECT_EQ(EventsOf("The Brazilian president rapped Argentina over its trade policy."),
            (V{"BRAGOV -111-> ARG occurred"}));
  EXPECT_EQ(EventsOf("Venezuela lodged a formal protest with Colombia."), (V{"VEN -114-> COL occurred"}));
  EXPECT_EQ(EventsOf("Kosovo lodged a complaint with Serbia."), (V{"KSV -114-> SRB occurred"}));
}

// CAMEO 12: rejections and vetoes.
TEST(Coverage, Reject12) {
  EXPECT_EQ(EventsOf("Iran rejected the European proposal."), (V{"IRN -120-> EUR occurred"}));
  EXPECT_EQ(EventsOf("Slovakia balked at the European plan."), (V{"SVK -120-> - occurred"}));
  EXPECT_EQ(EventsOf("Egypt spurned the Ethiopian offer."), (V{"EGY -120-> ETH occurred"}));
  EXPECT_EQ(EventsOf("Hungary vetoed the EU statement on China."), (V{"HUN -129-> IGOEEC occurred"}));
}

// CAMEO 13: threats of sanctions (1312) and of military force (138).
TEST(Coverage, Threaten13) {
  EXPECT_EQ(EventsOf("Japan threatened to impose sanctions on North Korea."), (V{"JPN -1312-> PRK occurred"}));
  EXPECT_EQ(EventsOf("The Philippines threatened China with sanctions."), (V{"PHL -1312-> CHN occurred"}));
  EXPECT_EQ(EventsOf("Russia threatened Georgia with military action."), (V{"RUS -138-> GEO occurred"}));
  EXPECT_EQ(EventsOf("Turkey threatened Syria with war."), (V{"TUR -138-> SYR occurred"}));
}

// CAMEO 14: riots.
TEST(Coverage, Protest14) {
  EXPECT_EQ(EventsOf("Belgian farmers set fire to tires outside the European Parliament."),
            (V{"BELAGR -145-> - occurred"}));
}

// CAMEO 15: drills and alerts.
TEST(Coverage, Posture15) {
  EXPECT_EQ(EventsOf("Chinese warships conducted drills near Taiwan."), (V{"CHNMIL -150-> TWN occurred"}));
  EXPECT_EQ(EventsOf("Pakistan put its troops on high alert."), (V{"PAK -152-> - occurred"}));
}

// CAMEO 16: expulsions of envoys and aid agencies.
TEST(Coverage, Reduce16) {
  EXPECT_EQ(EventsOf("Ecuador expelled the Mexican ambassador."), (V{"ECU -161-> MEXGOV occurred"}));
  EXPECT_EQ(EventsOf("The Sudanese government expelled Doctors Without Borders."),
            (V{"SDNGOV -1663-> NGOHLHMSF occurred"}));
}

// CAMEO 17: deportation and repression.
TEST(Coverage, Coerce17) {
  EXPECT_EQ(EventsOf("Uganda deported two Kenyan journalists."), (V{"UGA -174-> KENMED occurred"}));
  EXPECT_EQ(EventsOf("Kenyan police fired teargas at protesters in Nairobi."), (V{"KENCOP -175-> KENCVL occurred"}));
}

// CAMEO 19: air strikes, border closures, ceasefire violations.
TEST(Coverage, Fight19) {
  EXPECT_EQ(EventsOf("Saudi jets bombed Houthi positions."), (V{"SAU -195-> YEMREB occurred"}));
  EXPECT_EQ(EventsOf("Ethiopia closed its border with Eritrea."), (V{"ETH -191-> ERI occurred"}));
  EXPECT_EQ(EventsOf("Azerbaijan violated the ceasefire with Armenia."), (V{"AZE -196-> ARM occurred"}));
}

// Repaired multiword rows: phrases that had been split into elements or
// elements that had been glued into one phrase.
TEST(Coverage, RepairedPhrases) {
  EXPECT_EQ(EventsOf("Jordanian forces fired Hellfire missiles at the Syrian positions."),
            (V{"JORMIL -195-> SYR occurred"}));
  EXPECT_EQ(EventsOf("The Sudanese army fended off an attack by rebels."), (V{"SDNMIL -190-> SDNREB occurred"}));
  EXPECT_EQ(EventsOf("Japan provided development aid to Laos."), (V{"JPN -071-> LAO occurred"}));
  EXPECT_EQ(EventsOf("Kenyan police threw the opposition leader into jail."), (V{"KENCOP -173-> KENOPP occurred"}));
  EXPECT_EQ(EventsOf("The UN opened a human rights investigation into Iran."), (V{"IGOUNO -092-> IRN occurred"}));
  EXPECT_EQ(EventsOf("The ICC launched a war crimes investigation into Sudan."), (V{"IGOICC -094-> SDN occurred"}));
  EXPECT_EQ(EventsOf("Russia massed tanks close to Ukraine."), (V{"RUS -154-> UKR occurred"}));
  EXPECT_EQ(EventsOf("Guyana threatened to sue Venezuela."), (V{"GUY -131-> VEN occurred"}));
  EXPECT_EQ(EventsOf("A Georgian court released the opposition leader on bail."), (V{"GEOJUD -0841-> GEOOPP occurred"}));
  EXPECT_EQ(EventsOf("Turkish forces carried out an attack on Kurdish rebels in Syria."),
            (V{"TURMIL -190-> SYRREB occurred"}));
}

// CAMEO 15-20 additions: force posture, repression, sieges, mass violence.
TEST(Coverage, ForcePostureToMassViolence) {
  EXPECT_EQ(EventsOf("North Korea fired a ballistic missile over Japan."), (V{"PRK -150-> JPN occurred"}));
  EXPECT_EQ(EventsOf("Russian warplanes violated Finnish airspace."), (V{"RUSMIL -150-> FIN occurred"}));
  EXPECT_EQ(EventsOf("Chinese coast guard vessels entered Japanese territorial waters."),
            (V{"CHNMIL -150-> JPN occurred"}));
  EXPECT_EQ(EventsOf("Israeli police stepped up security around Jerusalem."), (V{"ISRCOP -151-> ISR occurred"}));
  EXPECT_EQ(EventsOf("The Pakistani government placed the army on high alert."), (V{"PAKGOV -152-> - occurred"}));
  EXPECT_EQ(EventsOf("China massed troops on the border with India."), (V{"CHN -154-> IND occurred"}));
  EXPECT_EQ(EventsOf("Iranian security forces fired live ammunition at protesters in Zahedan."),
            (V{"IRNCOP -175-> IRN occurred"}));
  EXPECT_EQ(EventsOf("Ugandan police rounded up opposition supporters in Kampala."), (V{"UGACOP -173-> UGAOPP occurred"}));
  EXPECT_EQ(EventsOf("Azerbaijan laid siege to Armenia."), (V{"AZE -191-> ARM occurred"}));
  EXPECT_EQ(EventsOf("Armenian troops fired artillery shells at Azerbaijani positions."), (V{"ARMMIL -194-> AZE occurred"}));
  EXPECT_EQ(EventsOf("Indian troops broke the ceasefire with Pakistan."), (V{"INDMIL -196-> PAK occurred"}));
}

// Nominal events of roots 14-20 as sentence subjects.
TEST(Coverage, NominalConflict) {
  EXPECT_EQ(EventsOf("Protests against the government in Kenya spread to Mombasa."), (V{"KEN -141-> KENGOV occurred"}));
  EXPECT_EQ(EventsOf("The crackdown on protesters by Iranian police continued on Monday."),
            (V{"IRNCOP -175-> IRNCVL occurred"}));
  EXPECT_EQ(EventsOf("The deployment of American troops to Poland began in January."), (V{"USAMIL -154-> POL occurred"}));
  EXPECT_EQ(EventsOf("The bombardment of Ukrainian cities by Russia continued."), (V{"RUS -194-> UKR occurred"}));
  EXPECT_EQ(EventsOf("The siege of Gaza by Israel lasted months."), (V{"ISR -191-> PSE occurred"}));
  EXPECT_EQ(EventsOf("Turkey's incursion into Syria began on Wednesday."), (V{"TUR -190-> SYR occurred"}));
  EXPECT_EQ(EventsOf("Air strikes by Israel against Hezbollah continued."), (V{"ISR -195-> LBNREB occurred"}));
  EXPECT_EQ(EventsOf("The raid on the Iraqi militia by US forces killed five."), (V{"USAMIL -190-> IRQUAF occurred"}));
}

TEST(Coverage, CollocationsOfDemandHearingWelcomeAndMediation) {
  EXPECT_EQ(EventsOf("The European Union renewed its demand that Serbia recognize Kosovo."),
            (V{"IGOEEC -100-> SRB occurred"}));
  EXPECT_EQ(EventsOf("Brazil's supreme court held a hearing on the election law."), (V{"BRAJUD -090-> - occurred"}));
  EXPECT_EQ(EventsOf("The Kenyan president extended a warm welcome to the Ugandan leader."),
            (V{"KENGOV -043-> UGAGOV occurred", "UGAGOV -042-> KEN occurred"}));
  EXPECT_EQ(EventsOf("Qatar launched a mediation effort between Rwanda and Congo."),
            (V{"QAT -045-> RWA occurred", "QAT -045-> COD occurred"}));
}

TEST(Coverage, StonesExpertiseAndWithdrawals) {
  EXPECT_EQ(EventsOf("Palestinian youths threw rocks towards Israeli police."), (V{"PSECVL -145-> ISRCOP occurred"}));
  EXPECT_EQ(EventsOf("Iran has been sharing drone technology with Russia."), (V{"IRN -064-> RUS occurred"}));
  EXPECT_EQ(EventsOf("French troops completed their withdrawal from Niger on Friday."), (V{"FRAMIL -0874-> NER occurred"}));
}

TEST(Coverage, MedicalEvacuation) {
  // "the wounded" is a noun: the helicopters evacuated people, not wounded them.
  EXPECT_EQ(EventsOf("Red Cross teams evacuated the wounded from a Syrian border town."),
            (V{"NGOHLHIRC -073-> SYR occurred"}));
}

// Crossings opened, missiles into the sea, meetings ruled out.
TEST(Coverage, CrossingsMissilesAndMeetingsRuledOut) {
  EXPECT_EQ(EventsOf("Jordan opened the Allenby crossing on Monday."), (V{"JOR -0872-> - occurred"}));
  EXPECT_EQ(EventsOf("North Korea launched three cruise missiles into the sea."), (V{"PRK -150-> - occurred"}));
  EXPECT_EQ(EventsOf("Serbia will not attend the conference."), (V{"SRB -125-> - occurred"}));
  // Attending without a partner is no consultation.
  EXPECT_EQ(EventsOf("Serbia attended the conference."), (V{}));
}

TEST(Coverage, ProvidedWithWeapons) {
  EXPECT_EQ(EventsOf("Norway provided Latvia with air defence systems."), (V{"NOR -072-> LVA occurred"}));
  EXPECT_EQ(EventsOf("Iran supplied the rebels with drones."), (V{"IRN -072-> IRNREB occurred"}));
}

TEST(Coverage, AnsweredWithAirStrikes) {
  EXPECT_EQ(EventsOf("Jordan retaliated with air strikes on Syria."), (V{"JOR -195-> SYR occurred"}));
}

}  // namespace
}  // namespace annals::events
