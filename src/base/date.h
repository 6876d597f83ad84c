// Civil dates (proleptic Gregorian), used for publication dates, dated roles
// and event dates. Plain value type; no clock is ever read.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace annals {

struct Date {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31

  bool valid() const;
  // Days since 1970-01-01 (negative before).
  long ToDays() const;
  static Date FromDays(long days);
  Date AddDays(long n) const { return FromDays(ToDays() + n); }
  // 0 = Monday … 6 = Sunday.
  int Weekday() const;
  std::string ToString() const;  // YYYY-MM-DD
  auto operator<=>(const Date&) const = default;
};

// Parses "YYYY-MM-DD", and "YYYY-MM" / "YYYY" when `allow_partial` (the
// missing parts become 1). Returns nullopt on anything else.
std::optional<Date> ParseIsoDate(std::string_view s, bool allow_partial = false);

int DaysInMonth(int year, int month);

}  // namespace annals
