// Chunks and clauses: noun groups, verb groups with tense, voice, negation
// and modality, prepositional attachments, and clause subjects.
#include "text/test_util.h"

namespace annals::text {
namespace {

std::string Chunks(const std::string& text) {
  Document doc = TestFrontEnd().Analyze(text);
  return ChunkString(doc, doc.sentences.at(0));
}

std::vector<std::string> Clauses(const std::string& text) {
  Document doc = TestFrontEnd().Analyze(text);
  std::vector<std::string> out;
  for (const Clause& c : doc.sentences.at(0).clauses) out.push_back(ClauseString(doc, doc.sentences[0], c));
  return out;
}

using V = std::vector<std::string>;

TEST(Chunker, NounAndVerbGroups) {
  EXPECT_EQ(Chunks("Putin's diplomatic advisor described the visit as an important moment."),
            "[NP Putin's diplomatic advisor] [VG described] [NP the visit] [PP as] [NP an important moment] .");
}

// A noun group's coordinated and possessive flags must cover every
// coordinator, comma and possessive marker inside it: readers skip the
// groups without them.
TEST(Chunker, FlagsCoordinatorsAndPossessives) {
  const std::string text =
      "Putin's diplomatic advisor met the Indian and Chinese sides. "
      "Russia and North Korea signed a pact, the Kremlin said. "
      "Leaders of France, Germany, and Italy met Britain's and Spain's ministers. "
      "The U.S., Britain and France condemned the attack on the army's convoy. "
      "Hamas, Islamic Jihad and Hezbollah rejected the plan or the proposal. "
      "Officials in Kyiv said the president's office, not the army, would decide.";
  Document doc = TestFrontEnd().Analyze(text);
  int coordinated = 0, possessive = 0, plain = 0;
  for (const Sentence& s : doc.sentences) {
    for (const Chunk& c : s.chunks) {
      if (c.kind != ChunkKind::kNoun) continue;
      bool has_coordinator = false, has_possessive = false;
      for (uint16_t k = c.begin; k < c.end; ++k) {
        const Token& t = s.tokens[k];
        has_coordinator |= t.tag == Pos::COMMA || (t.tag == Pos::CC && (t.lower == "and" || t.lower == "or"));
        has_possessive |= t.tag == Pos::POS;
      }
      const std::string group(doc.Text(Span{s.tokens[c.begin].span.begin, s.tokens[c.end - 1].span.end}));
      if (has_coordinator) {
        EXPECT_TRUE(c.coordinated) << group;
      }
      if (has_possessive) {
        EXPECT_TRUE(c.possessive) << group;
      }
      coordinated += c.coordinated;
      possessive += c.possessive;
      plain += !c.coordinated && !c.possessive;
    }
  }
  EXPECT_GE(coordinated, 4);
  EXPECT_GE(possessive, 3);
  EXPECT_GE(plain, 5);
}

TEST(Chunker, PassiveWithAgent) {
  EXPECT_EQ(Clauses("The convoy was attacked by rebels near Goma."),
            (V{"subj=[The convoy] verb=[was attacked](past,passive;lemma=attack) pp=[by rebels] pp=[near Goma]"}));
}

TEST(Chunker, Negation) {
  EXPECT_EQ(Clauses("Iran did not attack the tanker."),
            (V{"subj=[Iran] verb=[did not attack](past,negated;lemma=attack) obj=[the tanker]"}));
  EXPECT_EQ(Clauses("The president never visited Cuba."),
            (V{"subj=[The president] verb=[never visited](past,negated;lemma=visit) obj=[Cuba]"}));
}

TEST(Chunker, ModalsAndPlannedExpressions) {
  EXPECT_EQ(Clauses("Russian President Vladimir Putin is set to travel to North Korea."),
            (V{"subj=[Russian President Vladimir Putin] verb=[is set to travel](present,planned;lemma=travel) pp=[to North Korea]"}));
  EXPECT_EQ(Clauses("The leaders are expected to sign a treaty."),
            (V{"subj=[The leaders] verb=[are expected to sign](present,planned;lemma=sign) obj=[a treaty]"}));
  EXPECT_EQ(Clauses("Talks may resume in Doha."),
            (V{"subj=[Talks] verb=[may resume](present,possible;lemma=resume) pp=[in Doha]"}));
  EXPECT_EQ(Clauses("The Russian president will visit Vietnam."),
            (V{"subj=[The Russian president] verb=[will visit](future,planned;lemma=visit) obj=[Vietnam]"}));
  EXPECT_EQ(Clauses("China could impose sanctions."),
            (V{"subj=[China] verb=[could impose](present,possible;lemma=impose) obj=[sanctions]"}));
}

TEST(Chunker, PassiveWithModal) {
  EXPECT_EQ(Clauses("Documents will be signed."),
            (V{"subj=[Documents] verb=[will be signed](future,passive,planned;lemma=sign)"}));
}

TEST(Chunker, CoordinatedSubject) {
  EXPECT_EQ(Clauses("Putin and North Korean leader Kim Jong Un met in Pyongyang."),
            (V{"subj=[Putin and North Korean leader Kim Jong Un] verb=[met](past;lemma=meet) pp=[in Pyongyang]"}));
}

TEST(Chunker, InfinitiveComplementInheritsSubject) {
  EXPECT_EQ(Clauses("Israel refused to meet the envoy."),
            (V{"subj=[Israel] verb=[refused](past;lemma=refuse)",
               "subj=[Israel]^ verb=[to meet](none,infinitive;lemma=meet) obj=[the envoy]"}));
}

TEST(Chunker, ComplementClauseHasItsOwnSubject) {
  EXPECT_EQ(Clauses("Kirby said that the army attacked the village."),
            (V{"subj=[Kirby] verb=[said](past;lemma=say)",
               "subj=[the army] verb=[attacked](past;lemma=attack) obj=[the village]"}));
}

TEST(Chunker, RelativeClauseTakesAntecedent) {
  EXPECT_EQ(Clauses("Both countries, which are under sanctions, signed a deal."),
            (V{"subj=[Both countries] verb=[are](present;lemma=be) pp=[under sanctions] relative",
               "subj=[Both countries] verb=[signed](past;lemma=sign) obj=[a deal]"}));
}

TEST(Chunker, ParticipleAfterCommaBelongsToMainClause) {
  EXPECT_EQ(Clauses("He said the documents were ready, adding that talks would follow."),
            (V{"subj=[He] verb=[said](past;lemma=say)",
               "subj=[the documents] verb=[were](past;lemma=be)",
               "subj=[He]^ verb=[adding](none;lemma=add)",
               "subj=[talks] verb=[would follow](present,possible;lemma=follow)"}));
}

TEST(Chunker, CoordinatedVerbKeepsTheSubject) {
  EXPECT_EQ(Clauses("Kenya arrested the suspect and expelled him."),
            (V{"subj=[Kenya] verb=[arrested](past;lemma=arrest) obj=[the suspect]",
               "subj=[Kenya]^ verb=[expelled](past;lemma=expel) obj=[him]"}));
}

TEST(Chunker, OnlyAuxiliariesJoinVerbGroups) {
  EXPECT_EQ(Clauses("Zambia extradited suspected militants to Britain."),
            (V{"subj=[Zambia] verb=[extradited](past;lemma=extradite) obj=[suspected militants] pp=[to Britain]"}));
}

TEST(Chunker, PerfectIsNotPassive) {
  EXPECT_EQ(Clauses("Hamas has released the hostages."),
            (V{"subj=[Hamas] verb=[has released](present,perfect;lemma=release) obj=[the hostages]"}));
}

}  // namespace
}  // namespace annals::text
