// Normalization: NFC, quote and dash folding, offsets back to the input.
#include "base/utf8.h"
#include "text/test_util.h"

namespace annals::text {
namespace {

TEST(Normalize, FoldsQuotesDashesAndSpaces) {
  Document doc;
  Normalize("\xE2\x80\x9CWe\xE2\x80\x99re here\xE2\x80\x9D \xE2\x80\x93 he\xC2\xA0said", &doc);
  EXPECT_EQ(doc.text, "\"We're here\" - he said");
}

TEST(Normalize, EmDashSeparatesWords) {
  Document doc;
  Normalize("talks\xE2\x80\x94" "and more", &doc);
  EXPECT_EQ(doc.text, "talks - and more");
}

TEST(Normalize, ComposesToNfc) {
  Document doc;
  Normalize("Rafah e\xCC\x81", &doc);  // e + combining acute
  EXPECT_EQ(doc.text, "Rafah \xC3\xA9");
  EXPECT_EQ(doc.ToOriginal(6), 6u);
  EXPECT_EQ(doc.to_original.back(), 9u);
}

TEST(Normalize, MapsOffsetsBackAcrossFoldedCharacters) {
  std::string input = "\xE2\x80\x9CHi\xE2\x80\x9D ok";  // 3-byte quotes
  Document doc;
  Normalize(input, &doc);
  ASSERT_EQ(doc.text, "\"Hi\" ok");
  EXPECT_EQ(doc.ToOriginal(1), 3u);  // 'H'
  EXPECT_EQ(doc.ToOriginal(5), 9u);  // 'o'
}

TEST(Normalize, DropsControlCharactersKeepsNewlines) {
  Document doc;
  Normalize(std::string("a\x01" "b\r\nc\td", 8), &doc);
  EXPECT_EQ(doc.text, "ab\nc d");
}

TEST(Utf8, ValidatesAndRepairs) {
  EXPECT_TRUE(ValidateUtf8("Kyiv \xC3\xA9").ok());
  Status bad = ValidateUtf8("ab\xFF" "cd");
  EXPECT_FALSE(bad.ok());
  EXPECT_NE(bad.message().find("byte 2"), std::string::npos);
  EXPECT_EQ(RepairUtf8("ab\xFF" "cd"), "ab\xEF\xBF\xBD" "cd");
  EXPECT_FALSE(ValidateUtf8("\xED\xA0\x80").ok());  // surrogate
  EXPECT_FALSE(ValidateUtf8("\xC0\xAF").ok());      // overlong
}

}  // namespace
}  // namespace annals::text
