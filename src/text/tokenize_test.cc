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

}  // namespace
}  // namespace annals::text
