// Tagging: exact tags on news sentences written for the project, and the
// accuracy floor on tests/data/pos_gold.txt.
#include "text/tagger.h"

#include "text/test_util.h"

namespace annals::text {
namespace {

std::string Tagged(const std::string& text) {
  Document doc = TestFrontEnd().Analyze(text);
  std::string out;
  for (const Sentence& s : doc.sentences) out += TaggedString(doc, s);
  return out;
}

TEST(Tagger, NewsSentences) {
  EXPECT_EQ(Tagged("The army was attacked by rebels on Monday."),
            "The/DT army/NN was/VBD attacked/VBN by/IN rebels/NNS on/IN Monday/NNP ./.");
  EXPECT_EQ(Tagged("Russian President Vladimir Putin is set to travel to North Korea."),
            "Russian/NNP President/NNP Vladimir/NNP Putin/NNP is/VBZ set/VBN to/TO travel/VB to/TO "
            "North/NNP Korea/NNP ./.");
  EXPECT_EQ(Tagged("He did not attend the summit."),
            "He/PRP did/VBD not/RB attend/VB the/DT summit/NN ./.");
  EXPECT_EQ(Tagged("\"We're not concerned,\" Kirby said."),
            "\"/`` We/PRP 're/VBP not/RB concerned/VBN ,/, \"/'' Kirby/NNP said/VBD ./.");
}

TEST(Tagger, UnknownWordsByShape) {
  EXPECT_EQ(Tagged("Ushakov met Zbigniewski in 2024."),
            "Ushakov/NNP met/VBD Zbigniewski/NNP in/IN 2024/CD ./.");
  // "disperse" is not in the lexicon; WordNet knows it as a verb.
  EXPECT_EQ(Tagged("The army moved to disperse protesters."),
            "The/DT army/NN moved/VBD to/TO disperse/VB protesters/NNS ./.");
}

TEST(Tagger, ContextFixes) {
  // A past form after "were" is a participle; "at least" is not a place.
  EXPECT_EQ(Tagged("Ukrainian forces were shelled by Russian artillery."),
            "Ukrainian/JJ forces/NNS were/VBD shelled/VBN by/IN Russian/JJ artillery/NN ./.");
  EXPECT_EQ(Tagged("They killed at least eight fighters."),
            "They/PRP killed/VBD at/RB least/RB eight/CD fighters/NNS ./.");
  // A gerund after a determiner or a preposition without an object is a noun.
  EXPECT_EQ(Tagged("They blamed the fighting on rebels."),
            "They/PRP blamed/VBD the/DT fighting/NN on/IN rebels/NNS ./.");
  EXPECT_EQ(Tagged("Kenya closed the border because of fighting between clans."),
            "Kenya/NNP closed/VBD the/DT border/NN because/IN of/IN fighting/NN between/IN clans/NNS ./.");
  // Reported speech: the participle after the reported subject is its finite verb.
  EXPECT_EQ(Tagged("Officials said police arrested two men."),
            "Officials/NNS said/VBD police/NNS arrested/VBD two/CD men/NNS ./.");
  // The lexicon knows "abducted" only as a noun; WordNet knows the verb.
  EXPECT_EQ(Tagged("Gunmen abducted two traders."), "Gunmen/NNS abducted/VBD two/CD traders/NNS ./.");
  // "military" closing a noun group before a verb is the body, and the verb finite.
  EXPECT_EQ(Tagged("Laos's military arrested two traders."),
            "Laos/NNP 's/POS military/NN arrested/VBD two/CD traders/NNS ./.");
  // "has" before a participle is the auxiliary, not a plural noun as in
  // "Serbian forces massacred".
  EXPECT_EQ(Tagged("Beijing has called the tariffs unfair."),
            "Beijing/NNP has/VBZ called/VBN the/DT tariffs/NNS unfair/JJ ./.");
  EXPECT_EQ(Tagged("The army has launched an offensive."),
            "The/DT army/NN has/VBZ launched/VBN an/DT offensive/NN ./.");
  // An -ing word after the opening modifiers and before a past form heads
  // the subject; an auxiliary -ing word stays a verb.
  EXPECT_EQ(Tagged("Intense shelling hit the city overnight."),
            "Intense/JJ shelling/NN hit/VBD the/DT city/NN overnight/RB ./.");
  EXPECT_EQ(Tagged("Britain having signed the deal, talks ended."),
            "Britain/NNP having/VBG signed/VBN the/DT deal/NN ,/, talks/NNS ended/VBD ./.");
}

TEST(Tagger, PosNamesRoundTrip) {
  for (int i = 0; i < kNumPos; ++i) {
    Pos p = static_cast<Pos>(i);
    ASSERT_EQ(ParsePos(PosName(p)), p);
  }
  EXPECT_FALSE(ParsePos("XYZ"));
}

TEST(Tagger, AccuracyOnHandTaggedSampleIsAtLeast95Percent) {
  auto ev = EvaluateTagger(TestFrontEnd(), std::string(ANNALS_TEST_DATA_DIR) + "/pos_gold.txt");
  ASSERT_TRUE(ev) << ev.error().ToString();
  EXPECT_GE(ev->tokens, 500u);
  EXPECT_GE(ev->accuracy(), 0.95);
}

TEST(Tagger, MissingModelIsAnError) {
  auto r = Tagger::Load("/nonexistent");
  ASSERT_FALSE(r);
  EXPECT_NE(r.error().message().find("/nonexistent/pos_transitions.tsv"), std::string::npos);
}

}  // namespace
}  // namespace annals::text
