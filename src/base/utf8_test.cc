#include "base/utf8.h"

#include <gtest/gtest.h>

namespace annals {
namespace {

TEST(Utf8, Decode) {
  char32_t cp;
  EXPECT_EQ(DecodeUtf8("\xC3\xA9", 0, &cp), 2);
  EXPECT_EQ(cp, U'\u00e9');
  EXPECT_EQ(DecodeUtf8("\xF0\x9F\x98\x80", 0, &cp), 4);
  EXPECT_EQ(DecodeUtf8("\xE2\x80", 0, &cp), 0);  // truncated
}

}  // namespace
}  // namespace annals
