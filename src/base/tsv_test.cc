#include "base/tsv.h"

#include <gtest/gtest.h>

namespace annals {
namespace {

TEST(TsvReader, ReadsRowsSkippingComments) {
  auto r = TsvReader::FromText("t.tsv", "# comment\na\tb\nx\ty\n\n# more\nz\tw\n", "a\tb");
  ASSERT_TRUE(r) << r.error().ToString();
  ASSERT_TRUE(r->Next());
  EXPECT_EQ(r->row()[0], "x");
  EXPECT_EQ(r->line(), 3);
  ASSERT_TRUE(r->Next());
  EXPECT_EQ(r->row()[1], "w");
  EXPECT_EQ(r->line(), 6);
  EXPECT_FALSE(r->Next());
}

TEST(TsvReader, ErrorsNameFileAndLine) {
  auto bad = TsvReader::FromText("t.tsv", "a\tc\n", "a\tb");
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().message(), "t.tsv:1: header is \"a\tc\", expected \"a\tb\"");
  auto r = TsvReader::FromText("t.tsv", "a\tb\n1\t2\n", "a\tb");
  ASSERT_TRUE(r->Next());
  EXPECT_EQ(r->Error("bad code").message(), "t.tsv:2: bad code");
}

TEST(TsvReader, MissingFile) {
  auto r = TsvReader::Open("/nonexistent.tsv", "a");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace annals
