// The time stage: temporal expressions in a sentence, normalized against the
// article's publication date and the tense of the clause they sit in.
//
// Usage:
//   auto times = annals::time::FindTimes(doc, sentence_index, published);
//   for (const auto& t : times) printf("%s %s\n", t.text.c_str(), t.date.ToString().c_str());
//
// Recognized: weekdays ("on Tuesday": forward for future and planned
// clauses, backward for past ones), ranges ("Tuesday and Wednesday", "the
// 19th and 20th of this month"), yesterday/today/tomorrow, last/this/next
// week/month/year, "N days/weeks/months/years ago|after|before|earlier|later",
// explicit dates ("June 18, 2024", "18 June", "Jan. 5", "2024-06-18"),
// months ("in September", "June 2024") and years ("in 2023"). Pure
// functions of their inputs: no clock is read.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/date.h"
#include "text/text.h"

namespace annals::time {

enum class Precision : uint8_t { kDay, kMonth, kYear, kPublication };
const char* PrecisionName(Precision p);

struct TimeExpr {
  uint16_t begin = 0, end = 0;  // token range in the sentence
  Span span;                    // into Document::text
  Date date;                    // start (the first day of a month or year)
  std::optional<Date> date_end; // for ranges
  Precision precision = Precision::kDay;
  // For "nine months after X", the token where X's clause starts: the
  // expression dates that clause, not the one it sits in.
  int dates_clause_from = -1;
};

// Temporal expressions of sentence `si` of `doc`, published on `published`.
std::vector<TimeExpr> FindTimes(const text::Document& doc, uint32_t si, Date published);

// The expression that dates an event whose trigger is token `trigger` of
// sentence `si`: the nearest one in the trigger's clause, or none.
const TimeExpr* TimeForTrigger(const text::Sentence& s, const std::vector<TimeExpr>& times, size_t trigger);

}  // namespace annals::time
