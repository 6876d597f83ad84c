// Tokenization: possessives, contractions, abbreviations, hyphens, numbers.
#include "text/test_util.h"

namespace annals::text {
namespace {

struct Case { const char* text; const char* tokens; };

TEST(Tokenizer, Table) {
  const Case kCases[] = {
      {"Putin's visit", "Putin 's visit"},
      {"We're not concerned", "We 're not concerned"},
      {"They didn't attend.", "They did n't attend ."},
      {"It can't and won't happen", "It ca n't and wo n't happen"},
      {"the countries' leaders", "the countries ' leaders"},
      {"U.S.-led talks in the U.S.", "U.S.-led talks in the U.S."},
      {"a long-range missile hit al-Qaeda", "a long-range missile hit al-Qaeda"},
      {"It cost $1,200 or 3.5%.", "It cost $ 1,200 or 3.5 % ."},
      {"on 2024-06-18 and Jan. 5", "on 2024-06-18 and Jan. 5"},
      {"\"No,\" he said.", "\" No , \" he said ."},
      {"Roscosmos (the space agency) said", "Roscosmos ( the space agency ) said"},
      {"the NATO-Russia Council", "the NATO-Russia Council"},
      {"O'Brien said", "O'Brien said"},
      {"wait... what", "wait ... what"},
      {"Gen. Smith and Mr. Lee met", "Gen. Smith and Mr. Lee met"},
      {"snake_case and a_b", "snake _ case and a _ b"},  // the fuzzer found a hang on '_' 
  };
  for (const Case& c : kCases) EXPECT_EQ(TokensOf(c.text), c.tokens) << c.text;
}

TEST(Tokenizer, SpansIndexTheText) {
  Document doc = TestFrontEnd().Analyze("Putin's advisor, Yuri Ushakov, spoke.");
  for (const Sentence& s : doc.sentences) {
    for (const Token& t : s.tokens) {
      EXPECT_EQ(t.lower.size(), t.span.size());
      EXPECT_LE(t.span.end, doc.text.size());
    }
  }
}

// Tokens view the document's strings; moving a document (here, as a
// growing vector does) must keep them valid, short texts included, whose
// strings would otherwise sit in the small-string buffer that moves away.
TEST(Document, MovedTokensStillViewTheText) {
  for (const std::string text : {"Putin spoke.", "Kim Jong Un and Putin met in Pyongyang on Wednesday."}) {
    std::vector<Document> docs;
    for (int i = 0; i < 9; ++i) docs.push_back(TestFrontEnd().Analyze(text));
    for (const Document& d : docs) {
      ASSERT_FALSE(d.sentences.empty());
      for (const Token& t : d.sentences[0].tokens) {
        EXPECT_EQ(t.lower.data(), d.lower.data() + t.span.begin) << text;
        EXPECT_EQ(t.lower, std::string_view(d.lower).substr(t.span.begin, t.span.end - t.span.begin));
      }
    }
  }
}

}  // namespace
}  // namespace annals::text
