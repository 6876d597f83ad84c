// Event coding: one case per linguistic phenomenon, with the exact events
// expected ("SOURCE -CODE-> TARGET mode", in output order).
#include "events/events.h"

#include <gtest/gtest.h>

#include "events/test_util.h"

namespace annals::events {
namespace {

TEST(Events, ActiveVoice) {
  EXPECT_EQ(EventsOf("Russian troops attacked Ukrainian positions near Bakhmut on Monday."),
            (V{"RUSMIL -190-> UKR occurred"}));
  EXPECT_EQ(EventsOf("Ukraine accused Russia of war crimes."), (V{"UKR -1124-> RUS occurred"}));
  EXPECT_EQ(EventsOf("The European Union imposed sanctions on Belarus."), (V{"IGOEEC -163-> BLR occurred"}));
  EXPECT_EQ(EventsOf("Brazil condemned the Israeli strikes on Gaza."), (V{"BRA -111-> ISR occurred"}));
}

TEST(Events, PassiveVoiceSwapsSourceAndTarget) {
  EXPECT_EQ(EventsOf("A Red Cross convoy was attacked by Houthi rebels near Hodeidah."),
            (V{"YEMREB -190-> NGOHLHIRC occurred"}));
}

TEST(Events, PassiveWhenTheTaggerSaysPastTense) {
  // "shelled" after "were" is a participle whatever the tagger guessed.
  EXPECT_EQ(EventsOf("Ukrainian forces were shelled by Russian artillery near Bakhmut overnight."),
            (V{"RUSMIL -194-> UKRMIL occurred"}));
}

TEST(Events, PassiveWithoutTheDoerGivesNoEvent) {
  // The soldiers did not kill: they were killed, by someone not named.
  EXPECT_EQ(EventsOf("Three Turkish soldiers were killed in northern Iraq."), V{});
}

// A weapon or attack as the doer stands for its unnamed user, of the country
// where it struck (implied_doers.tsv), in the active and in the passive.
// "attacked and destroyed a village": two verbs joined by "and" share the object.
TEST(Events, CoordinatedVerbsShareTheirObject) {
  EXPECT_EQ(EventsOf("Sudanese troops attacked and burned a Chadian village."),
            (V{"SDNMIL -190-> TCD occurred", "SDNMIL -1712-> TCD occurred"}));
}

// Protesters are of where they protest, not of the embassy they attack.
TEST(Events, ProtestersAreOfWhereTheyProtest) {
  EXPECT_EQ(EventsOf("Protesters stormed the French embassy in Kinshasa."), (V{"CODCVL -145-> FRAGOV occurred"}));
}

// "denied sending weapons": the denial of an act, not weapons withheld.
TEST(Events, ADeniedActIsNotWhatIsDenied) {
  EXPECT_EQ(EventsOf("Syria denied sending weapons to the militants."), (V{"SYR -016-> SYRREB occurred"}));
  EXPECT_EQ(EventsOf("The United States denied weapons to the militants."), (V{"USA -1622-> USAREB occurred"}));
}

TEST(Events, WeaponsAndAttacksStandForTheirUnnamedDoers) {
  EXPECT_EQ(EventsOf("Three Turkish soldiers were killed in an attack in northern Iraq."),
            (V{"IRQREB -190-> TURMIL occurred"}));
  EXPECT_EQ(EventsOf("Two policemen were wounded in a roadside bomb blast near Kandahar."),
            (V{"AFGREB -183-> AFGCOP occurred"}));
  EXPECT_EQ(EventsOf("A car bomb killed nine soldiers outside a base in Mogadishu."), (V{"SOMREB -180-> SOMMIL occurred"}));
  // An accident has no doer.
  EXPECT_EQ(EventsOf("A gas explosion killed three workers in Lahore."), V{});
}

TEST(Events, PassiveAgentActsOnTheSubject) {
  EXPECT_EQ(EventsOf("The Russian ambassador was summoned by the Estonian foreign ministry on Monday."),
            (V{"ESTGOV -114-> RUSGOV occurred"}));
}

TEST(Events, PassiveWithTheObjectAsSubject) {
  EXPECT_EQ(EventsOf("The deal was signed by Iran and Iraq on Monday."),
            (V{"IRN -057-> IRQ occurred", "IRQ -057-> IRN occurred"}));
  EXPECT_EQ(EventsOf("Sanctions were imposed on Syria by the European Union."), (V{"IGOEEC -163-> SYR occurred"}));
}

TEST(Events, WhatADocumentSaysIsNotAnAct) {
  // Not "IGOUNOSCR -163-> BLR": the resolution's content is no sanction yet.
  EXPECT_EQ(EventsOf("Romania backed a UN Security Council resolution that seeks to impose sanctions on Belarus."),
            (V{"ROU -051-> IGOUNOSCR occurred"}));
}

TEST(Events, NegationGivesNoEvent) {
  EXPECT_EQ(EventsOf("Iran did not attack the tanker."), V{});
  // Only the statement itself is coded, not the negated concern.
  EXPECT_EQ(EventsOf("\"We're not concerned about the visit,\" the White House said."),
            (V{"USAGOV -010-> - occurred"}));
}

TEST(Events, RuledOutCooperationIsARejection) {
  EXPECT_EQ(EventsOf("China will not meet the Japanese prime minister."), (V{"CHN -125-> JPNGOV occurred"}));
}

TEST(Events, RefusalCodesTheRefusalNotTheAct) {
  EXPECT_EQ(EventsOf("Israel refused to meet the UN envoy."), (V{"ISR -120-> IGOUNO occurred"}));
}

// CAMEO 030: cooperative actions reported in the future tense imply an
// intention, coded 03x; the act itself is kept with mode "planned".
TEST(Events, PlannedEventsGiveTheIntentAndThePlannedAct) {
  EXPECT_EQ(EventsOf("Turkish President Recep Tayyip Erdogan is set to visit Egypt next week."),
            (V{"TURGOV -036-> EGY occurred", "TURGOV -042-> EGY planned", "EGYGOV -043-> TURGOV planned"}));
  EXPECT_EQ(EventsOf("The Russian president will visit Vietnam."),
            (V{"RUSGOV -036-> VNM occurred", "RUSGOV -042-> VNM planned", "VNMGOV -043-> RUSGOV planned"}));
}

TEST(Events, PossibleEventsTakeTheIntentCode) {
  EXPECT_EQ(EventsOf("Egypt and Turkey may sign a trade agreement next year."),
            (V{"EGY -030-> TUR hypothetical", "TUR -030-> EGY hypothetical"}));
  // A possible attack is a threat (CAMEO 130: forecast conflict is coded as a threat).
  EXPECT_EQ(EventsOf("North Korea could fire missiles at South Korea."), (V{"PRK -1384-> KOR hypothetical"}));
}

TEST(Events, HopedForEvents) {
  // The hoped-for signing is the intent to cooperate; the bare "hopes"
  // remark it would otherwise give (013) adds nothing.
  EXPECT_EQ(EventsOf("Japan hopes to sign a security pact with the Philippines."),
            (V{"JPN -030-> PHL hypothetical"}));
}

TEST(Events, ReportedSpeech) {
  EXPECT_EQ(EventsOf("The White House said Russia attacked Ukrainian cities."),
            (V{"USAGOV -010-> - occurred", "RUS -190-> UKR reported"}));
}

TEST(Events, CompoundActorsGiveOneEventPerPair) {
  EXPECT_EQ(EventsOf("France and Germany condemned Iran and Syria."),
            (V{"FRA -111-> IRN occurred", "FRA -111-> SYR occurred", "DEU -111-> IRN occurred",
               "DEU -111-> SYR occurred"}));
}

TEST(Events, ReciprocalEventsGoBothWays) {
  EXPECT_EQ(EventsOf("France and Germany agreed on a new budget."),
            (V{"FRA -030-> DEU occurred", "DEU -030-> FRA occurred"}));
  EXPECT_EQ(EventsOf("Putin and Xi met in Beijing on Tuesday."),
            (V{"RUSGOV -040-> CHNGOV occurred", "CHNGOV -040-> RUSGOV occurred"}));
}

TEST(Events, NominalEvents) {
  EXPECT_EQ(EventsOf("The signing of a peace agreement between Ethiopia and Eritrea surprised observers."),
            (V{"ETH -057-> ERI occurred", "ERI -057-> ETH occurred"}));
  EXPECT_EQ(EventsOf("Pakistan's visit to China ended on Friday."),
            (V{"PAK -042-> CHN occurred", "CHNGOV -043-> PAK occurred"}));
}

TEST(Events, HostingImpliesAVisit) {
  EXPECT_EQ(EventsOf("Putin hosted the North Korean leader in Far Eastern Russia."),
            (V{"RUSGOV -043-> PRKGOV occurred", "PRKGOV -042-> RUS occurred"}));
}

TEST(Events, DiscardsNonPoliticalUses) {
  EXPECT_EQ(EventsOf("Russia beat South Korea 3-1 in the World Cup qualifier."), V{});
  EXPECT_EQ(EventsOf("The senator suffered a heart attack in Washington."), V{});
}

TEST(Events, EvidenceNamesTriggerAndRule) {
  ingest::Article a = TestArticle("t", "Russian President Vladimir Putin is set to travel to North Korea.");
  Coded c = TestPipeline().Code(a);
  ASSERT_EQ(c.events.size(), 3u);  // the intent (036), the planned visit (042), its hosting (043)
  const Event& visit = c.events[1];
  EXPECT_EQ(visit.cameo, "042");
  EXPECT_EQ(visit.trigger, "travel to");
  EXPECT_NE(visit.rule.find("events/verbs.tsv:"), std::string::npos);
  EXPECT_EQ(c.doc.Text(visit.trigger_span), "travel");
  EXPECT_EQ(visit.plover, "CONSULT");
  EXPECT_EQ(visit.quad_class, 1);
  EXPECT_DOUBLE_EQ(visit.goldstein, 1.9);
  EXPECT_EQ(c.events[0].cameo, "036");
  EXPECT_EQ(c.events[0].plover, "AGREE");
}

TEST(Events, AnAttemptedActIsTheAct) {
  EXPECT_EQ(EventsOf("Houthi rebels tried to attack a Saudi oil tanker on Monday."),
            (V{"YEMREB -190-> SAU occurred"}));
}

TEST(Events, APlaceAfterTheVerbIsTheTargetWhenNoActorIs) {
  EXPECT_EQ(EventsOf("Israeli troops demolished houses in the West Bank."), (V{"ISRMIL -1712-> PSE occurred"}));
  EXPECT_EQ(EventsOf("Ecuador's government imposed a curfew in Guayaquil."), (V{"ECUGOV -1723-> ECU occurred"}));
  // A meeting's place is where it happened, not whom it involved.
  EXPECT_EQ(EventsOf("Putin and Xi met in Beijing on Tuesday."),
            (V{"RUSGOV -040-> CHNGOV occurred", "CHNGOV -040-> RUSGOV occurred"}));
}

TEST(Events, AGerundAfterADeterminerOrPrepositionIsANoun) {
  // "the fighting" has no subject of its own: Turkey does not fight.
  EXPECT_EQ(EventsOf("Turkey closed its border with Armenia because of the fighting in Karabakh."),
            (V{"TUR -191-> ARM occurred"}));
}

TEST(Events, TheTargetIsNotSoughtInAnAdverbialClause) {
  EXPECT_EQ(EventsOf("The Georgian prime minister resigned while the opposition vowed to march on parliament."),
            (V{"GEOGOV -0831-> - occurred", "GEOOPP -133-> GEOLEG occurred", "GEOOPP -141-> GEOLEG planned"}));
}

TEST(Events, ReciprocalCodesGoBothWays) {
  // CAMEO 041's note: "typically a reciprocal event".
  EXPECT_EQ(EventsOf("The Japanese foreign minister telephoned the Chinese foreign minister on Monday."),
            (V{"JPNGOV -041-> CHNGOV occurred", "CHNGOV -041-> JPNGOV occurred"}));
}

TEST(Events, OneIntentPerPairOfActors) {
  EXPECT_EQ(EventsOf("Kenya pledged to extradite the suspects to Uganda."), (V{"KEN -0313-> UGA occurred", "KEN -063-> UGA planned"}));
}

TEST(Events, AParticipleAfterAPassiveClauseIsTheAgents) {
  EXPECT_EQ(EventsOf("A Malian army convoy was attacked by Islamist militants from Burkina Faso, killing nine people."),
            (V{"BFAREB -190-> MLIMIL occurred"}));
}

TEST(Events, AParticipleAfterACommaIsTheMainClauses) {
  // The shelling killed the civilians: one assault, by the army.
  EXPECT_EQ(EventsOf("Syrian government forces shelled rebel positions in Idlib province, killing five civilians."),
            (V{"SYRMIL -194-> SYRREB occurred"}));
}

TEST(Events, AParticipleOfFeelingIsNotPassive) {
  EXPECT_EQ(EventsOf("The Japanese government is concerned about North Korea's missile launches."),
            (V{"JPNGOV -012-> PRK occurred"}));
  EXPECT_EQ(EventsOf("Morocco is opposed to Spanish involvement in the dispute."), (V{"MAR -120-> ESP occurred"}));
}

TEST(Events, AQuotationsFirstPersonIsItsSpeaker) {
  EXPECT_EQ(EventsOf("\"We will not negotiate with the rebels,\" Nigerian President Bola Tinubu said on Monday."),
            (V{"NGAGOV -125-> NGAREB occurred", "NGAGOV -010-> - occurred"}));
}

TEST(Events, ACoordinatedVerbContinuesTheInfinitive) {
  // "hold" is vowed too: planned, not done.
  EXPECT_EQ(EventsOf("The Bolivian president vowed to reform the courts and hold new elections."),
            (V{"BOLGOV -0341-> BOLJUD occurred", "BOLGOV -0831-> - planned"}));
}

TEST(Events, WhatFollowsAReportedObligationIsItsContent) {
  EXPECT_EQ(EventsOf("Rwandan rebels said the government must accept reforms before they withdraw."),
            (V{"RWAREB -010-> - occurred", "RWAREB -100-> RWAGOV occurred"}));
}

// An event noun as the subject of a verb of occurring keeps its pattern
// across the verb.
TEST(Events, ClashesThatEruptBetweenTwoSides) {
  EXPECT_EQ(EventsOf("Fighting broke out between Armenia and Azerbaijan on Sunday."),
            (V{"ARM -190-> AZE occurred", "AZE -190-> ARM occurred"}));
  EXPECT_EQ(EventsOf("Clashes erupted in the capital between Sudanese troops and the Rapid Support Forces."),
            (V{"SDNMIL -190-> SDNREB occurred", "SDNREB -190-> SDNMIL occurred"}));
  // Not across any verb: talks that broke down are no fighting.
  EXPECT_EQ(EventsOf("Talks broke down between Serbia and Kosovo."), (V{}));
}

TEST(Events, OrderingAMobilizationMobilizes) {
  EXPECT_EQ(EventsOf("Russian President Vladimir Putin ordered a partial mobilisation on Wednesday."),
            (V{"RUSGOV -154-> - occurred"}));
}

TEST(Events, OnesOwnForcesAreNotTheTargetOfAMobilization) {
  EXPECT_EQ(EventsOf("Poland mobilized reservists for a conflict with Belarus on Friday."),
            (V{"POL -154-> BLR occurred"}));
}

TEST(Events, TaggingFixesThatDecideTheEvent) {
  // "tear gas" is a noun; "forces massacred" is a subject and its verb;
  // "excessive force" is violence, not troops.
  EXPECT_EQ(EventsOf("Kenyan police used tear gas on protesters in Nairobi."), (V{"KENCOP -175-> KENCVL occurred"}));
  EXPECT_EQ(EventsOf("Serbian forces massacred hundreds of civilians."), (V{"SRBMIL -202-> - occurred"}));
  EXPECT_EQ(EventsOf("Belarusian police used excessive force against protesters."),
            (V{"BLRCOP -175-> BLRCVL occurred"}));
}

TEST(Events, ABareParticipleAfterItsNounIsPassive) {
  // The diplomat was accused (by someone not named): he accused no one.
  EXPECT_EQ(EventsOf("Canada expelled a Chinese diplomat accused of targeting a lawmaker."),
            (V{"CAN -161-> CHNGOV occurred"}));
}

TEST(Events, ALiteralOnTheHeadNounWinsATie) {
  // The base was captured (192), not the rebels (173).
  EXPECT_EQ(EventsOf("The Sri Lankan army captured a key rebel base in the north."),
            (V{"LKAMIL -192-> LKAREB occurred"}));
}

TEST(Events, ANounAfterADeterminerIsNotAVerb) {
  // "a United Nations plan to reunify": no plan (030) by the UN.
  EXPECT_EQ(EventsOf("Greek Cypriot leaders rejected a United Nations plan to reunify the island."),
            (V{"CYPGOV -120-> IGOUNO occurred"}));
}

TEST(Events, AGerundRightAfterANounModifiesIt) {
  // The students protest; the police fired at them.
  EXPECT_EQ(EventsOf("Police in Kenya fired tear gas at students protesting fee increases."),
            (V{"KENCOP -175-> KENEDU occurred", "KENEDU -141-> - occurred"}));
}

TEST(Events, AParticipleBeforeAnAdjectiveAndNounModifiesTheNoun) {
  // "suspected" describes the militant; "extradited" is the verb.
  EXPECT_EQ(EventsOf("Kenya extradited two suspected Somali militants to Somalia on Friday."),
            (V{"KEN -063-> SOM occurred"}));
}

TEST(Events, AnUnknownNameInAppositionStandsForTheNounBeforeIt) {
  EXPECT_EQ(EventsOf("A deputy of the Turkish parliament, Ayla Demirkol, went on hunger strike last week."),
            (V{"TURLEG -142-> - occurred"}));
}

TEST(Events, AListOfNamesIsOneCompound) {
  EXPECT_EQ(EventsOf("Chile, Peru and Bolivia agreed on a new border commission."),
            (V{"CHL -030-> PER occurred", "CHL -030-> BOL occurred", "PER -030-> CHL occurred",
               "PER -030-> BOL occurred", "BOL -030-> CHL occurred", "BOL -030-> PER occurred"}));
}

TEST(Events, CoordinatedDemonymsShareTheirNoun) {
  EXPECT_EQ(EventsOf("Egyptian and Sudanese officials discussed the dispute over the dam."),
            (V{"EGYGOV -040-> SDNGOV occurred", "SDNGOV -040-> EGYGOV occurred"}));
}

TEST(Events, TheSubjectComesBackAfterARelativeClause) {
  EXPECT_EQ(EventsOf("Uganda, which denies backing the militias, accused Sudan of arming the rebels."),
            (V{"UGA -016-> - occurred", "UGA -112-> SDN occurred"}));
}

TEST(Events, AnAgreedActGivesItsSpecificIntent) {
  // The specific intent (0356) replaces the generic 030 of "agreed to".
  EXPECT_EQ(EventsOf("Eritrea has agreed to reopen its borders to UN peacekeepers."),
            (V{"ERI -0356-> IGOUNOPKO occurred", "ERI -0872-> IGOUNOPKO planned"}));
}

TEST(Events, AnAcronymInBracketsIsTheSubject) {
  EXPECT_EQ(EventsOf("The International Labour Organization (ILO) renewed its demand that Qatar protect migrant workers."),
            (V{"IGOUNOILO -100-> QAT occurred"}));
}

TEST(Events, ReportedWouldIsPlanned) {
  // "announced it would prohibit" reports a "will": planned, hence a threat now.
  EXPECT_EQ(EventsOf("Canada announced on Monday it would prohibit all arms sales to Venezuela."),
            (V{"CAN -010-> - occurred", "CAN -1312-> VEN occurred", "CAN -163-> VEN planned"}));
}

TEST(Events, AVowNotToActIsARefusal) {
  // Not an intent to return the land: "vowed not to" refuses it (08x → 124).
  EXPECT_EQ(EventsOf("The Moroccan king vowed not to cede the territory to Algeria."),
            (V{"MARGOV -124-> DZA occurred"}));
}

TEST(Events, APermittedActIsPlannedAndNoIntentOfItsDoer) {
  EXPECT_EQ(EventsOf("The Egyptian government allowed the opposition to hold a rally in Cairo."),
            (V{"EGYGOV -0811-> EGYOPP occurred", "EGYOPP -141-> EGY planned"}));
}

TEST(Events, APassiveArrestIsByTheAuthoritiesOfThePlace) {
  EXPECT_EQ(EventsOf("A French journalist was detained in Ethiopia on charges of spreading false information."),
            (V{"ETHGOV -173-> FRAMED occurred"}));
}

TEST(Events, AStatementSpeaksForWhoIssuedIt) {
  EXPECT_EQ(EventsOf("The rebel group issued a statement demanding that the Malian government release its fighters."),
            (V{"MLIREB -010-> - occurred", "MLIREB -100-> MLIGOV occurred"}));
  // But a resolution someone supports says what it says, not what they do.
  EXPECT_EQ(EventsOf("Romania backed a UN Security Council resolution that seeks to impose sanctions on Belarus."),
            (V{"ROU -051-> IGOUNOSCR occurred"}));
}

TEST(Events, APromiseNotToActIsNoIntent) {
  // "vowed not to give … back" is no 030 towards anyone.
  EXPECT_EQ(EventsOf("The Israeli leader, who pledged never to give the Golan Heights back, met the Syrian envoy."),
            (V{"ISRGOV -040-> SYRGOV occurred", "SYRGOV -040-> ISRGOV occurred"}));
}

TEST(Events, AnActorActingOnItselfLosesItsTargetNotItsEvent) {
  // Before taking office the president codes as the country, like Accra: the
  // event stays, and its target is then the place's country (GHA).
  EXPECT_EQ(EventsOf("President John Mahama announced he is going to extend the curfew in Accra.", "2010-03-01"),
            (V{"GHA -010-> - occurred", "GHA -1322-> GHA occurred", "GHA -1723-> GHA planned"}));
}

TEST(Events, ProtestersWhoBlockRoadsObstructRatherThanBlockade) {
  // 144 (obstruct passage) for civilians; an infinitive's "to" is no "to +".
  EXPECT_EQ(EventsOf("Protesters in Lahore blocked a highway to show their anger at the Pakistani government."),
            (V{"PAKCVL -144-> - occurred"}));
  EXPECT_EQ(EventsOf("Israeli troops blocked the roads into Jenin."), (V{"ISRMIL -191-> PSE occurred"}));
}

TEST(Events, OpposingAnInitiativeIsARejection) {
  EXPECT_EQ(EventsOf("Morocco is opposed to Spanish mediation in the dispute."), (V{"MAR -120-> ESP occurred"}));
}

TEST(Events, WhatAProtestDemandsIsPartOfTheProtest) {
  EXPECT_EQ(EventsOf("Angry members of the ruling party held rallies in Dhaka against the party's leader, saying he must resign."),
            (V{"BGDGOVPTY -141-> BGD occurred"}));
  EXPECT_EQ(EventsOf("Hundreds of Kenyan students blocked roads in Nairobi demanding lower fees."),
            (V{"KENEDU -1442-> KEN occurred"}));
}

TEST(Events, WhatIsDeniedDidNotHappen) {
  EXPECT_EQ(EventsOf("Turkey denied that its warplanes had bombed Kurdish villages in northern Iraq."),
            (V{"TUR -016-> - occurred"}));
}

// A gerund held back by the verb before its preposition did not happen,
// nor did what it governs.
TEST(Events, WhatIsHeldBackDidNotHappen) {
  EXPECT_EQ(EventsOf("Germany refrained from sending tanks to Ukraine."), (V{}));
  EXPECT_EQ(EventsOf("NATO leaders stopped short of inviting Ukraine to join the alliance."), (V{}));
  // Not every "from": what was moved away from still happened.
  EXPECT_EQ(EventsOf("Germany moved from criticizing Russia to sanctioning it."),
            (V{"DEU -111-> RUS occurred"}));
}

TEST(Coder, ReachesAtLeast250Codes) {
  EXPECT_GE(TestPipeline().coder().codes_reachable(), 250u);
}

}  // namespace
}  // namespace annals::events
