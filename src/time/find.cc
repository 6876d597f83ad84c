// Recognition and normalization of temporal expressions (see time.h).
// Tested by time_test.cc.
#include <cstdlib>
#include <cstring>

#include "time/time.h"

namespace annals::time {
namespace {

using text::Pos;
using text::Token;

int MonthOf(std::string_view w) {
  // Most words are rejected by length and first letter before any comparison.
  if (w.size() < 3 || w.size() > 10 || !std::strchr("jfmasond", w[0])) return 0;
  // string_views, not C strings: a comparison checks the length first.
  static constexpr std::string_view kFull[] = {"january", "february", "march", "april", "may", "june", "july",
                                               "august", "september", "october", "november", "december"};
  static constexpr std::string_view kShort[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                                "jul", "aug", "sep", "oct", "nov", "dec"};
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  for (int m = 0; m < 12; ++m) {
    if (w == kFull[m] || w == kShort[m]) return m + 1;
  }
  if (w == "sept") return 9;
  return 0;
}

int WeekdayOf(std::string_view w) {  // 0 = Monday
  if (w.size() < 6 || w.size() > 9 || w.substr(w.size() - 3) != "day") return -1;
  static constexpr std::string_view kDays[] = {"monday",   "tuesday",  "wednesday", "thursday",
                                               "friday",   "saturday", "sunday"};
  for (int d = 0; d < 7; ++d) {
    if (w == kDays[d]) return d;
  }
  return -1;
}

// "9", "nine", "a"; -1 if not a count.
int CountOf(std::string_view w) {
  static constexpr std::string_view kWords[] = {"zero", "one", "two",    "three", "four",  "five",  "six",
                                                "seven", "eight", "nine", "ten", "eleven", "twelve"};
  for (int i = 0; i < 13; ++i) {
    if (w == kWords[i]) return i;
  }
  if (w == "a" || w == "an") return 1;
  if (w == "twenty") return 20;
  if (w == "thirty") return 30;
  if (w.empty() || w.size() > 3) return -1;
  int v = 0;
  for (char c : w) {
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}

// "19", "19th", "1st" → 19, 1; -1 otherwise.
int DayOf(std::string_view w) {
  size_t n = 0;
  while (n < w.size() && w[n] >= '0' && w[n] <= '9') ++n;
  if (n == 0 || n > 2) return -1;
  std::string_view rest = w.substr(n);
  if (!rest.empty() && rest != "st" && rest != "nd" && rest != "rd" && rest != "th" && rest != ",") return -1;
  int d = 0;
  for (size_t k = 0; k < n; ++k) d = d * 10 + (w[k] - '0');
  return d >= 1 && d <= 31 ? d : -1;
}

int YearOf(std::string_view w) {
  if (w.size() != 4) return -1;
  int y = 0;
  for (char c : w) {
    if (c < '0' || c > '9') return -1;
    y = y * 10 + (c - '0');
  }
  return y >= 1900 && y <= 2100 ? y : -1;
}

// +1 when the clause around token `k` speaks of the future (will, is set
// to…), -1 of the past, 0 when the tense does not tell.
int Direction(const text::Sentence& s, size_t k) {
  const text::Chunk* best = nullptr;
  for (const text::Chunk& c : s.chunks) {
    if (c.kind != text::ChunkKind::kVerb || c.infinitive) continue;
    if (c.begin <= k) best = &c;
    else if (!best) { best = &c; break; }
  }
  if (!best) return 0;
  if (best->modality == text::Modality::kPlanned || best->tense == text::Tense::kFuture) return +1;
  if (best->tense == text::Tense::kPast || best->perfect) return -1;
  return 0;
}

Date AddMonths(Date d, int months) {
  int m = d.year * 12 + (d.month - 1) + months;
  Date out{m / 12, m % 12 + 1, 1};
  out.day = std::min(d.day, DaysInMonth(out.year, out.month));
  return out;
}

Date ResolveWeekday(int weekday, Date pub, int dir) {
  const int pw = pub.Weekday();
  const int fwd = (weekday - pw + 7) % 7, back = (pw - weekday + 7) % 7;
  if (dir > 0) return pub.AddDays(fwd);
  if (dir < 0) return pub.AddDays(-back);
  return fwd <= back ? pub.AddDays(fwd) : pub.AddDays(-back);
}

// A month named without a year: this year's, or the nearest one in the
// clause's direction.
int YearForMonth(int month, Date pub, int dir) {
  if (dir < 0 && month > pub.month) return pub.year - 1;
  if (dir > 0 && month < pub.month) return pub.year + 1;
  return pub.year;
}

// A day of a month named without a year: this year's, moved a year when the
// clause's direction puts it on the other side of the publication date.
int YearForDay(int month, int day, Date pub, int dir) {
  int year = pub.year;
  const Date probe{year, month, std::min(day, DaysInMonth(year, month))};
  if (dir > 0 && probe < pub) ++year;
  if (dir < 0 && probe > pub) --year;
  return year;
}

bool Capitalized(const Token& t) { return t.capitalized; }

bool IsIn(std::string_view w, std::initializer_list<std::string_view> set) {
  for (auto s : set) if (w == s) return true;
  return false;
}

}  // namespace

const char* PrecisionName(Precision p) {
  switch (p) {
    case Precision::kDay: return "day";
    case Precision::kMonth: return "month";
    case Precision::kYear: return "year";
    case Precision::kPublication: return "publication";
  }
  return "?";
}

std::vector<TimeExpr> FindTimes(const text::Document& doc, uint32_t si, Date pub) {
  const text::Sentence& s = doc.sentences[si];
  const auto& t = s.tokens;
  const size_t n = t.size();
  std::vector<TimeExpr> out;
  auto w = [&](size_t k) -> std::string_view { return k < n ? t[k].lower : std::string_view(); };
  auto add = [&](size_t b, size_t e, Date d, std::optional<Date> end, Precision p, int clause_from = -1) {
    TimeExpr x;
    x.begin = static_cast<uint16_t>(b);
    x.end = static_cast<uint16_t>(e);
    x.span = Span{t[b].span.begin, t[e - 1].span.end};
    x.date = d;
    x.date_end = end;
    x.precision = p;
    x.dates_clause_from = clause_from;
    out.push_back(x);
  };
  size_t i = 0;
  while (i < n) {
    const std::string_view cur = w(i);
    // 2024-06-18
    if (cur.size() == 10 && cur[4] == '-' && cur[7] == '-') {
      if (auto d = ParseIsoDate(cur)) { add(i, i + 1, *d, std::nullopt, Precision::kDay); ++i; continue; }
    }
    // yesterday, today, tomorrow
    if (cur == "yesterday" || cur == "today" || cur == "tomorrow" || cur == "tonight") {
      const int off = cur == "yesterday" ? -1 : cur == "tomorrow" ? 1 : 0;
      add(i, i + 1, pub.AddDays(off), std::nullopt, Precision::kDay);
      ++i;
      continue;
    }
    // last / this / next week|month|year|weekend; last|next Tuesday
    if (IsIn(cur, {"last", "this", "next", "past"}) && i + 1 < n) {
      const std::string_view u = w(i + 1);
      const int sign = cur == "next" ? 1 : (cur == "this" ? 0 : -1);
      if (u == "week" || u == "weekend") {
        Date monday = pub.AddDays(-pub.Weekday() + 7 * sign);
        if (u == "weekend") add(i, i + 2, monday.AddDays(5), monday.AddDays(6), Precision::kDay);
        else add(i, i + 2, monday, monday.AddDays(6), Precision::kDay);
        i += 2;
        continue;
      }
      if (u == "month") {
        Date m = AddMonths(Date{pub.year, pub.month, 1}, sign);
        add(i, i + 2, m, std::nullopt, Precision::kMonth);
        i += 2;
        continue;
      }
      if (u == "year") {
        add(i, i + 2, Date{pub.year + sign, 1, 1}, std::nullopt, Precision::kYear);
        i += 2;
        continue;
      }
      if (const int wd = WeekdayOf(u); wd >= 0 && cur != "this") {
        Date d = ResolveWeekday(wd, pub, sign);
        if (d == pub) d = pub.AddDays(7 * sign);  // "last Monday" said on a Monday
        add(i, i + 2, d, std::nullopt, Precision::kDay);
        i += 2;
        continue;
      }
    }
    // N days/weeks/months/years ago|after|before|earlier|later
    if (const int count = CountOf(cur); count > 0 && i + 2 < n + 1 && i + 1 < n) {
      std::string_view unit = w(i + 1);
      if (!unit.empty() && unit.back() == 's') unit.remove_suffix(1);
      if (IsIn(unit, {"day", "week", "month", "year"}) && i + 2 < n) {
        const std::string_view rel = w(i + 2);
        const bool back = rel == "ago" || rel == "earlier" || rel == "before" || rel == "previously";
        const bool from_now = rel == "from" && w(i + 3) == "now";
        const bool fwd = rel == "later" || rel == "after" || rel == "hence" || from_now;
        if (back || fwd) {
          // "nine months after X": X happened N units before the reference
          // (the publication); "ago" and "earlier" count back from it.
          const bool dates_following = !from_now && (rel == "after" || rel == "before") && i + 3 < n &&
                                       t[i + 3].tag != Pos::PERIOD && t[i + 3].tag != Pos::COMMA;
          int sign = back ? -1 : 1;
          if (dates_following) sign = rel == "after" ? -1 : 1;
          Date d = pub;
          Precision p = Precision::kDay;
          if (unit == "day") d = pub.AddDays(sign * count);
          else if (unit == "week") d = pub.AddDays(sign * 7 * count);
          else if (unit == "month") { d = AddMonths(Date{pub.year, pub.month, 1}, sign * count); p = Precision::kMonth; }
          else { d = Date{pub.year + sign * count, 1, 1}; p = Precision::kYear; }
          const size_t end = from_now ? i + 4 : i + 3;
          add(i, end, d, std::nullopt, p, dates_following && !from_now ? static_cast<int>(i + 3) : -1);
          i = end;
          continue;
        }
      }
    }
    // The 19th and 20th of this month / of June
    if (const int day = DayOf(cur); day > 0 && cur.size() > 2 && !IsIn(cur.substr(cur.size() - 2), {"00"})) {
      const bool ordinal = cur.back() < '0' || cur.back() > '9';
      if (ordinal) {
        size_t k = i + 1;
        int day2 = -1;
        if (w(k) == "and" || w(k) == "to" || w(k) == "-") {
          day2 = DayOf(w(k + 1));
          if (day2 > 0) k += 2;
        }
        int month = pub.month, year = pub.year;
        bool explicit_month = false;
        if (w(k) == "of" && IsIn(w(k + 1), {"this", "next", "last"}) && w(k + 2) == "month") {
          Date m = AddMonths(Date{pub.year, pub.month, 1}, w(k + 1) == "next" ? 1 : w(k + 1) == "last" ? -1 : 0);
          month = m.month;
          year = m.year;
          k += 3;
          explicit_month = true;
        } else if (w(k) == "of" && MonthOf(w(k + 1)) > 0) {
          month = MonthOf(w(k + 1));
          year = YearForMonth(month, pub, Direction(s, i));
          k += 2;
          explicit_month = true;
        }
        if (explicit_month || (i > 0 && (w(i - 1) == "the"))) {
          const size_t b = (i > 0 && w(i - 1) == "the") ? i - 1 : i;
          Date d{year, month, std::min(day, DaysInMonth(year, month))};
          std::optional<Date> e;
          if (day2 > 0) e = Date{year, month, std::min(day2, DaysInMonth(year, month))};
          add(b, k, d, e, Precision::kDay);
          i = k;
          continue;
        }
      }
    }
    // June 18, 2024 / June 18 / June 2024 / Jan. 5 / in September / 18 June (2024)
    {
      int month = Capitalized(t[i]) ? MonthOf(cur) : 0;  // month names are capitalized
      const bool month_word_ok = month > 0 &&
                                 (cur != "may" && cur != "march" && cur != "june" && cur != "august"
                                      ? true
                                      : (i + 1 < n && (DayOf(w(i + 1)) > 0 || YearOf(w(i + 1)) > 0)) ||
                                            (i > 0 && IsIn(w(i - 1), {"in", "of", "since", "until", "by", "early", "late",
                                                                      "mid", "during", "from", "through", "last", "next"})));
      if (month_word_ok) {
        size_t k = i + 1;
        const int day = DayOf(w(k));
        if (day > 0 && w(k).size() <= 4) {
          ++k;
          if (w(k) == ",") ++k;
          int year = YearOf(w(k));
          if (year > 0) ++k;
          else {
            if (w(k - 1) == ",") --k;
            year = YearForDay(month, day, pub, Direction(s, i));
          }
          add(i, k, Date{year, month, std::min(day, DaysInMonth(year, month))}, std::nullopt, Precision::kDay);
          i = k;
          continue;
        }
        if (const int year = YearOf(w(k)); year > 0) {
          add(i, k + 1, Date{year, month, 1}, std::nullopt, Precision::kMonth);
          i = k + 1;
          continue;
        }
        add(i, i + 1, Date{YearForMonth(month, pub, Direction(s, i)), month, 1}, std::nullopt, Precision::kMonth);
        ++i;
        continue;
      }
      // 18 June (2024)
      if (const int day = DayOf(cur); day > 0 && cur.size() <= 2 && i + 1 < n && MonthOf(w(i + 1)) > 0 &&
                                       Capitalized(t[i + 1])) {
        month = MonthOf(w(i + 1));
        size_t k = i + 2;
        int year = YearOf(w(k));
        if (year > 0) ++k;
        else year = YearForDay(month, day, pub, Direction(s, i));
        add(i, k, Date{year, month, std::min(day, DaysInMonth(year, month))}, std::nullopt, Precision::kDay);
        i = k;
        continue;
      }
    }
    // Tuesday (and Wednesday)
    if (const int wd = WeekdayOf(cur); wd >= 0) {
      const int dir = Direction(s, i);
      Date d = ResolveWeekday(wd, pub, dir);
      size_t k = i + 1;
      std::optional<Date> e;
      if ((w(k) == "and" || w(k) == "to" || w(k) == "through") && WeekdayOf(w(k + 1)) >= 0) {
        const int wd2 = WeekdayOf(w(k + 1));
        e = d.AddDays((wd2 - wd + 7) % 7);
        k += 2;
      }
      add(i, k, d, e, Precision::kDay);
      i = k;
      continue;
    }
    // in 2023, since 2019
    if (const int year = YearOf(cur); year > 0 && i > 0 &&
        IsIn(w(i - 1), {"in", "since", "by", "until", "during", "of", "from", "early", "late", "mid", "before", "after"})) {
      add(i, i + 1, Date{year, 1, 1}, std::nullopt, Precision::kYear);
      ++i;
      continue;
    }
    ++i;
  }
  return out;
}

const TimeExpr* TimeForTrigger(const text::Sentence& s, const std::vector<TimeExpr>& times, size_t trigger) {
  // A verb group that starts between two tokens separates their clauses.
  auto verb_between = [&](size_t a, size_t b) {
    for (const text::Chunk& c : s.chunks) {
      if (c.kind != text::ChunkKind::kVerb || c.infinitive) continue;
      if (c.begin > a && c.begin < b && !(c.begin <= trigger && trigger < c.end)) return true;
    }
    return false;
  };
  const TimeExpr* best = nullptr;
  size_t best_dist = ~size_t{0};
  for (const TimeExpr& t : times) {
    if (t.dates_clause_from >= 0) {
      // "nine months after Putin hosted…" dates the clause that follows.
      if (trigger >= static_cast<size_t>(t.dates_clause_from)) {
        if (!verb_between(t.end, trigger) || true) return &t;
      }
      continue;
    }
    const size_t a = std::min<size_t>(trigger, t.begin), b = std::max<size_t>(trigger, t.end);
    if (verb_between(a, b)) continue;
    const size_t dist = t.begin > trigger ? t.begin - trigger : trigger - t.end;
    if (dist < best_dist) { best = &t; best_dist = dist; }
  }
  return best;
}

}  // namespace annals::time
