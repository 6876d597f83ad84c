// Sentence splitting on the hard cases of news prose.
#include "text/test_util.h"

namespace annals::text {
namespace {

using V = std::vector<std::string>;

TEST(SentenceSplitter, KeepsUSAbbreviationBeforeProperNoun) {
  EXPECT_EQ(SentencesOf("U.S. National Security Council spokesman John Kirby spoke. He left."),
            (V{"U.S. National Security Council spokesman John Kirby spoke.", "He left."}));
}

TEST(SentenceSplitter, SplitsAfterUSWhenAnOpenerFollows) {
  EXPECT_EQ(SentencesOf("Sanctions were imposed by the U.S. The move angered Moscow."),
            (V{"Sanctions were imposed by the U.S.", "The move angered Moscow."}));
}

TEST(SentenceSplitter, TitlesAndInitials) {
  EXPECT_EQ(SentencesOf("Gen. Valery Gerasimov met Lt. Col. John F. Smith on Friday. They talked."),
            (V{"Gen. Valery Gerasimov met Lt. Col. John F. Smith on Friday.", "They talked."}));
}

TEST(SentenceSplitter, MonthAbbreviationsAndTimes) {
  EXPECT_EQ(SentencesOf("The talks began on Jan. 5 at 10 a.m. Moscow time. Both sides attended."),
            (V{"The talks began on Jan. 5 at 10 a.m. Moscow time.", "Both sides attended."}));
}

TEST(SentenceSplitter, PmBeforeOpenerEndsSentence) {
  EXPECT_EQ(SentencesOf("The strike hit at 9 p.m. The army said nothing."),
            (V{"The strike hit at 9 p.m.", "The army said nothing."}));
}

TEST(SentenceSplitter, QuoteAfterPeriod) {
  EXPECT_EQ(SentencesOf("\"We will not retreat.\" The minister left the room."),
            (V{"\"We will not retreat.\"", "The minister left the room."}));
  EXPECT_EQ(SentencesOf("\"We welcome the visit,\" he said. \"It matters.\""),
            (V{"\"We welcome the visit,\" he said.", "\"It matters.\""}));
}

TEST(SentenceSplitter, QuestionAndExclamation) {
  EXPECT_EQ(SentencesOf("Will the truce hold? Nobody knows! Talks resume Monday."),
            (V{"Will the truce hold?", "Nobody knows!", "Talks resume Monday."}));
}

TEST(SentenceSplitter, DropsDateline) {
  EXPECT_EQ(SentencesOf("MOSCOW (Reuters) - Russia expelled two diplomats on Monday."),
            (V{"Russia expelled two diplomats on Monday."}));
  EXPECT_EQ(SentencesOf("WASHINGTON, June 18 (AP) - The Senate voted."), (V{"The Senate voted."}));
}

TEST(SentenceSplitter, HeadingsAndLists) {
  EXPECT_EQ(SentencesOf("Key points\n- Troops withdrew from the border\n- Talks resume on Friday\n\nThe deal holds."),
            (V{"Key points", "Troops withdrew from the border", "Talks resume on Friday", "The deal holds."}));
}

TEST(SentenceSplitter, DropsBoilerplateLines) {
  EXPECT_EQ(SentencesOf("Putin arrived in Hanoi.\n\nOur readers are reading too"), (V{"Putin arrived in Hanoi."}));
  EXPECT_EQ(SentencesOf("Share this article\n\nKim met Putin."), (V{"Kim met Putin."}));
}

TEST(SentenceSplitter, WrappedLinesStayOneSentence) {
  EXPECT_EQ(SentencesOf("The foreign ministers of the two countries met in Geneva on Tuesday to discuss\nthe release of prisoners held since last year."),
            (V{"The foreign ministers of the two countries met in Geneva on Tuesday to discuss\nthe release of prisoners held since last year."}));
}

TEST(SentenceSplitter, ParagraphsAndOffsets) {
  Document doc = TestFrontEnd().Analyze("First one. Second one.\n\nThird one.");
  ASSERT_EQ(doc.sentences.size(), 3u);
  EXPECT_EQ(doc.paragraphs.size(), 2u);
  EXPECT_EQ(doc.sentences[2].paragraph, 1u);
  EXPECT_EQ(doc.sentences[1].span, (Span{11, 22}));
}

TEST(SentenceSplitter, DecimalsAndAcronymsInside) {
  EXPECT_EQ(SentencesOf("Growth slowed to 3.5 percent, the I.M.F. said. Markets fell."),
            (V{"Growth slowed to 3.5 percent, the I.M.F. said.", "Markets fell."}));
}

TEST(SentenceSplitter, EmptyAndBlankText) {
  EXPECT_TRUE(SentencesOf("").empty());
  EXPECT_TRUE(SentencesOf(" \n\n \n").empty());
}

}  // namespace
}  // namespace annals::text
