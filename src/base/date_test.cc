#include "base/date.h"

#include <gtest/gtest.h>

namespace annals {
namespace {

TEST(Date, ParsesAndPrints) {
  EXPECT_EQ(ParseIsoDate("2024-06-18")->ToString(), "2024-06-18");
  EXPECT_FALSE(ParseIsoDate("2024-02-30"));
  EXPECT_FALSE(ParseIsoDate("2024-6-18"));
  EXPECT_FALSE(ParseIsoDate("2024-06"));
  EXPECT_EQ(ParseIsoDate("2024-06", true)->ToString(), "2024-06-01");
  EXPECT_EQ(ParseIsoDate("2024", true)->ToString(), "2024-01-01");
  EXPECT_FALSE(ParseIsoDate("abcd", true));
}

TEST(Date, Arithmetic) {
  Date d{2024, 6, 17};
  EXPECT_EQ(d.Weekday(), 0);  // a Monday
  EXPECT_EQ(d.AddDays(1).ToString(), "2024-06-18");
  EXPECT_EQ(d.AddDays(-200).ToString(), "2023-11-30");
  EXPECT_EQ(Date::FromDays(d.ToDays()), d);
  EXPECT_EQ((Date{2024, 2, 28}).AddDays(1).ToString(), "2024-02-29");
  EXPECT_LT((Date{2023, 9, 1}), d);
}

}  // namespace
}  // namespace annals
