// Date arithmetic (Howard Hinnant's days-from-civil algorithms) and ISO parsing.
// Tested by date_test.cc.
#include "base/date.h"

#include <cstdio>

namespace annals {

int DaysInMonth(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

bool Date::valid() const {
  return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 &&
         day <= DaysInMonth(year, month);
}

long Date::ToDays() const {
  long y = year - (month <= 2);
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date Date::FromDays(long z) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long y = yoe + era * 400;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return Date{static_cast<int>(y + (m <= 2)), m, d};
}

int Date::Weekday() const {
  long z = ToDays();  // 1970-01-01 was a Thursday (3)
  long w = (z + 3) % 7;
  return static_cast<int>(w < 0 ? w + 7 : w);
}

std::string Date::ToString() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

static bool ParseDigits(std::string_view s, int* out) {
  if (s.empty()) return false;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  *out = v;
  return true;
}

std::optional<Date> ParseIsoDate(std::string_view s, bool allow_partial) {
  Date d{0, 1, 1};
  if (s.size() < 4 || !ParseDigits(s.substr(0, 4), &d.year)) return std::nullopt;
  if (s.size() == 4) {
    if (!allow_partial) return std::nullopt;
  } else if (s.size() == 7 || s.size() == 10) {
    if (s[4] != '-' || !ParseDigits(s.substr(5, 2), &d.month)) return std::nullopt;
    if (s.size() == 7) {
      if (!allow_partial) return std::nullopt;
    } else if (s[7] != '-' || !ParseDigits(s.substr(8, 2), &d.day)) {
      return std::nullopt;
    }
  } else {
    return std::nullopt;
  }
  if (!d.valid()) return std::nullopt;
  return d;
}

}  // namespace annals
