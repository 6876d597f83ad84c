// Lemmas from WordNet exceptions and suffix rules.
#include "text/lemmatizer.h"

#include "text/test_util.h"

namespace annals::text {
namespace {

TEST(Lemmatizer, ExceptionsAndRules) {
  const Lemmatizer& l = TestFrontEnd().lemmatizer();
  std::deque<std::string> storage;
  struct Case { const char* word; Pos tag; const char* lemma; };
  const Case kCases[] = {
      {"told", Pos::VBD, "tell"},        {"overthrew", Pos::VBD, "overthrow"},
      {"countries", Pos::NNS, "country"}, {"visited", Pos::VBD, "visit"},
      {"signing", Pos::VBG, "sign"},     {"hosted", Pos::VBN, "host"},
      {"was", Pos::VBD, "be"},           {"'re", Pos::VBP, "be"},
      {"stopped", Pos::VBD, "stop"},     {"sanctions", Pos::NNS, "sanction"},
      {"men", Pos::NNS, "man"},          {"accused", Pos::VBN, "accuse"},
      {"fled", Pos::VBD, "flee"},        {"missiles", Pos::NNS, "missile"},
      {"bigger", Pos::JJR, "big"},       {"n't", Pos::RB, "not"},
      {"news", Pos::NN, "news"},         {"talks", Pos::NNS, "talk"},
      {"re-opened", Pos::VBD, "reopen"}, {"re-elected", Pos::VBN, "reelect"},
      {"re-imposing", Pos::VBG, "reimpose"}, {"re-xyzzy", Pos::VB, "re-xyzzy"},
  };
  for (const Case& c : kCases) EXPECT_EQ(l.Lemma(c.word, c.tag, &storage), c.lemma) << c.word;
}

TEST(Lemmatizer, InSentences) {
  Document doc = TestFrontEnd().Analyze("Ministers told reporters that the countries overthrew nothing.");
  std::string lemmas;
  for (const Token& t : doc.sentences[0].tokens) lemmas += std::string(t.lemma) + " ";
  EXPECT_EQ(lemmas, "minister tell reporter that the country overthrow nothing . ");
}

// A hyphen after "re" spells the joined word, for the tagger as well.
TEST(Lemmatizer, HyphenatedPrefix) {
  Document doc = TestFrontEnd().Analyze("The army agreed to re-open the road and re-imposed a curfew.");
  EXPECT_EQ(TaggedString(doc, doc.sentences[0]),
            "The/DT army/NN agreed/VBD to/TO re-open/VB the/DT road/NN and/CC re-imposed/VBD a/DT curfew/NN ./.");
  std::string lemmas;
  for (const Token& t : doc.sentences[0].tokens) lemmas += std::string(t.lemma) + " ";
  EXPECT_EQ(lemmas, "the army agree to reopen the road and reimpose a curfew . ");
}

}  // namespace
}  // namespace annals::text
