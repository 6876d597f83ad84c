// Temporal expressions written for the project, each with its publication
// date and the expected normalization. One line per case.
#include "time/time.h"

#include <gtest/gtest.h>

#include "base/paths.h"
#include "text/text.h"

namespace annals::time {
namespace {

const text::FrontEnd& Fe() {
  static const text::FrontEnd* fe = [] {
    auto r = text::FrontEnd::Load(DefaultModelDir(), DefaultDataDir());
    if (!r) { ADD_FAILURE() << r.error().ToString(); std::abort(); }
    return r->release();
  }();
  return *fe;
}

// "2024-06-18..2024-06-19 day [Tuesday and Wednesday]" for the first
// expression of the first sentence, or "<none>".
std::string First(const std::string& text, const std::string& published) {
  text::Document doc = Fe().Analyze(text);
  if (doc.sentences.empty()) return "<none>";
  auto times = FindTimes(doc, 0, *ParseIsoDate(published));
  if (times.empty()) return "<none>";
  const TimeExpr& t = times[0];
  std::string out = t.date.ToString();
  if (t.date_end) out += ".." + t.date_end->ToString();
  out += std::string(" ") + PrecisionName(t.precision) + " [" + std::string(doc.Text(t.span)) + "]";
  return out;
}

struct Case {
  const char* published;
  const char* text;
  const char* expected;
};

// 2024-06-17 is a Monday.
const Case kCases[] = {
    {"2024-06-17", "Putin is set to travel to North Korea on Tuesday and Wednesday.",
     "2024-06-18..2024-06-19 day [Tuesday and Wednesday]"},
    {"2024-06-17", "Kirby told reporters on Monday that talks failed.", "2024-06-17 day [Monday]"},
    {"2024-06-17", "On the 19th and 20th of this month, the president will visit Vietnam.",
     "2024-06-19..2024-06-20 day [the 19th and 20th of this month]"},
    {"2024-06-17", "This visit follows nine months after Putin hosted Kim.", "2023-09-01 month [nine months after]"},
    {"2024-06-17", "The minister arrived yesterday.", "2024-06-16 day [yesterday]"},
    {"2024-06-17", "Troops withdrew on June 18, 2023.", "2023-06-18 day [June 18, 2023]"},
    {"2024-06-17", "The summit opened on 2024-06-18 in Geneva.", "2024-06-18 day [2024-06-18]"},
    {"2024-06-17", "The rebels attacked the town on Friday.", "2024-06-14 day [Friday]"},
    {"2024-06-17", "The rebels will attack the town on Friday.", "2024-06-21 day [Friday]"},
    {"2024-06-17", "Talks collapsed last week.", "2024-06-10..2024-06-16 day [last week]"},
    {"2024-06-17", "Elections were held in 2023.", "2023-01-01 year [2023]"},
    {"2024-06-17", "The truce was signed two years ago.", "2022-01-01 year [two years ago]"},
    {"2024-06-17", "He met the envoy on Jan. 5.", "2024-01-05 day [Jan. 5]"},
    {"2024-06-17", "The deal was signed on 18 June 2019.", "2019-06-18 day [18 June 2019]"},
    {"2024-06-17", "Protests began in September.", "2023-09-01 month [September]"},
    {"2024-06-17", "Nothing was said about it.", "<none>"},
    // Found by review: day-first dates without a year, and "from now".
    {"2024-11-20", "The mission will be reviewed three months from now.", "2025-02-01 month [three months from now]"},
    {"2024-03-14", "The summit will open on 2 March.", "2025-03-02 day [2 March]"},
    {"2024-03-14", "The talks collapsed on 20 March.", "2023-03-20 day [20 March]"},
    // 2024-03-14 is a Thursday. Weekdays in past clauses.
    {"2024-03-14", "Police arrested three protesters on Monday.", "2024-03-11 day [Monday]"},
    {"2024-03-14", "The ministry announced the new tariffs on Tuesday.", "2024-03-12 day [Tuesday]"},
    {"2024-03-14", "Gunmen stormed a police station on Wednesday.", "2024-03-13 day [Wednesday]"},
    {"2024-03-14", "The parliament approved the budget on Thursday.", "2024-03-14 day [Thursday]"},
    {"2024-03-14", "Opposition leaders rejected the offer on Friday.", "2024-03-08 day [Friday]"},
    {"2024-03-14", "A car bomb exploded near the market on Saturday.", "2024-03-09 day [Saturday]"},
    {"2024-03-14", "Voters went to the polls on Sunday.", "2024-03-10 day [Sunday]"},
    // Weekdays in future and planned clauses.
    {"2024-03-14", "The foreign minister will visit Cairo on Monday.", "2024-03-18 day [Monday]"},
    {"2024-03-14", "The two leaders are expected to meet on Tuesday.", "2024-03-19 day [Tuesday]"},
    {"2024-03-14", "The court is set to rule on the appeal on Wednesday.", "2024-03-20 day [Wednesday]"},
    {"2024-03-14", "Negotiators will resume talks on Thursday.", "2024-03-14 day [Thursday]"},
    {"2024-03-14", "The union will hold a general strike on Friday.", "2024-03-15 day [Friday]"},
    {"2024-03-14", "Supporters are expected to rally in the capital on Saturday.", "2024-03-16 day [Saturday]"},
    {"2024-03-14", "The president will address the nation on Sunday.", "2024-03-17 day [Sunday]"},
    // Present tense: the nearest such day.
    {"2024-03-14", "The council meets on Sunday.", "2024-03-17 day [Sunday]"},
    // Weekdays across a year boundary.
    {"2024-01-01", "The rebels attacked the convoy on Saturday.", "2023-12-30 day [Saturday]"},
    {"2023-12-29", "The new law will take effect on Monday.", "2024-01-01 day [Monday]"},
    // Weekday ranges.
    {"2024-06-22", "Workers stayed off the job from Monday to Friday.", "2024-06-17..2024-06-21 day [Monday to Friday]"},
    {"2024-03-14", "The delegation will tour the region on Friday and Saturday.",
     "2024-03-15..2024-03-16 day [Friday and Saturday]"},
    {"2024-03-14", "Clashes erupted on Tuesday and Wednesday.", "2024-03-12..2024-03-13 day [Tuesday and Wednesday]"},
    {"2024-06-17", "Hearings will run Tuesday through Thursday.", "2024-06-18..2024-06-20 day [Tuesday through Thursday]"},
    // yesterday / today / tomorrow.
    {"2024-01-01", "The ceasefire collapsed yesterday.", "2023-12-31 day [yesterday]"},
    {"2024-02-29", "The ministers meet today in Brussels.", "2024-02-29 day [today]"},
    {"2024-02-28", "Results will be announced tomorrow.", "2024-02-29 day [tomorrow]"},
    {"2023-12-31", "Polls will open tomorrow.", "2024-01-01 day [tomorrow]"},
    // last / this / next week.
    {"2024-03-14", "Fighting intensified last week.", "2024-03-04..2024-03-10 day [last week]"},
    {"2024-03-14", "The envoy arrives in Kabul this week.", "2024-03-11..2024-03-17 day [this week]"},
    {"2024-01-03", "The assembly will vote next week.", "2024-01-08..2024-01-14 day [next week]"},
    {"2024-01-03", "Talks stalled last week.", "2023-12-25..2023-12-31 day [last week]"},
    {"2024-03-17", "The army shelled the border villages last week.", "2024-03-04..2024-03-10 day [last week]"},
    {"2024-03-17", "Inspectors will return next week.", "2024-03-18..2024-03-24 day [next week]"},
    // last / this / next month.
    {"2024-01-15", "Inflation rose sharply last month.", "2023-12-01 month [last month]"},
    {"2024-03-14", "The new law takes effect this month.", "2024-03-01 month [this month]"},
    {"2024-12-10", "The troops will leave next month.", "2025-01-01 month [next month]"},
    // last / this / next year.
    {"2024-03-14", "Exports fell last year.", "2023-01-01 year [last year]"},
    {"2024-03-14", "Elections are due this year.", "2024-01-01 year [this year]"},
    {"2024-03-14", "The mission will end next year.", "2025-01-01 year [next year]"},
    // Counts: ago / earlier.
    {"2024-03-14", "The hostages were freed three days ago.", "2024-03-11 day [three days ago]"},
    {"2024-03-02", "The soldier was captured 5 days ago.", "2024-02-26 day [5 days ago]"},
    {"2024-03-14", "The government resigned two weeks ago.", "2024-02-29 day [two weeks ago]"},
    {"2024-01-10", "The rebels seized the airport 3 weeks ago.", "2023-12-20 day [3 weeks ago]"},
    {"2024-03-14", "The plant closed six months ago.", "2023-09-01 month [six months ago]"},
    {"2024-02-20", "The mine collapsed four months ago.", "2023-10-01 month [four months ago]"},
    {"2024-02-20", "The embassy reopened 14 months ago.", "2022-12-01 month [14 months ago]"},
    {"2024-03-14", "The treaty was signed 10 years ago.", "2014-01-01 year [10 years ago]"},
    {"2024-03-14", "The dam was built 30 years ago.", "1994-01-01 year [30 years ago]"},
    {"2024-03-14", "The ceasefire was agreed a year ago.", "2023-01-01 year [a year ago]"},
    {"2024-03-14", "The minister had resigned four days earlier.", "2024-03-10 day [four days earlier]"},
    {"2024-03-14", "A second round of talks was held two weeks earlier.", "2024-02-29 day [two weeks earlier]"},
    // Counts: later / from now.
    {"2024-03-14", "The vote will be held ten days later.", "2024-03-24 day [ten days later]"},
    {"2024-03-14", "The inspectors will return 2 days later.", "2024-03-16 day [2 days later]"},
    {"2024-11-20", "The mission will be reviewed three months later.", "2025-02-01 month [three months later]"},
    {"2024-03-14", "The company will list its shares one year later.", "2025-01-01 year [one year later]"},
    // Counts: after <clause>.
    {"2024-03-14", "The talks resumed eight months after the rebels seized the port.",
     "2023-07-01 month [eight months after]"},
    {"2024-03-14", "The museum reopened two years after a fire destroyed its roof.", "2022-01-01 year [two years after]"},
    {"2024-03-14", "The bridge reopened 3 weeks after floods damaged it.", "2024-02-22 day [3 weeks after]"},
    // Explicit dates.
    {"2024-03-14", "The accord was signed on March 3, 2021.", "2021-03-03 day [March 3, 2021]"},
    {"2024-03-14", "The election will be held on November 5, 2024.", "2024-11-05 day [November 5, 2024]"},
    {"2024-03-14", "Parliament was dissolved on 4 February 2022.", "2022-02-04 day [4 February 2022]"},
    {"2024-03-14", "The court will hear the case on 9 April 2024.", "2024-04-09 day [9 April 2024]"},
    {"2024-03-14", "The ruling was issued on 2023-11-30.", "2023-11-30 day [2023-11-30]"},
    {"2024-03-14", "Talks will resume on March 20.", "2024-03-20 day [March 20]"},
    {"2024-03-14", "The strike began on Feb. 12.", "2024-02-12 day [Feb. 12]"},
    {"2024-10-02", "The deadline passed on Sept. 30.", "2024-09-30 day [Sept. 30]"},
    {"2024-03-14", "The talks ended on 12 March.", "2024-03-12 day [12 March]"},
    // Explicit dates across a year boundary.
    {"2024-01-03", "The army launched the offensive on Dec. 28.", "2023-12-28 day [Dec. 28]"},
    {"2023-12-29", "The new cabinet will be sworn in on Jan. 4.", "2024-01-04 day [Jan. 4]"},
    {"2024-01-05", "Fighting broke out on December 30.", "2023-12-30 day [December 30]"},
    {"2024-12-20", "The new parliament will convene on January 8.", "2025-01-08 day [January 8]"},
    {"2024-01-03", "The fire started on 27 December.", "2023-12-27 day [27 December]"},
    // Month and year.
    {"2024-03-14", "The factory opened in October 2019.", "2019-10-01 month [October 2019]"},
    {"2024-03-14", "The contract expires in January 2026.", "2026-01-01 month [January 2026]"},
    // A month alone.
    {"2024-03-14", "The government collapsed in November.", "2023-11-01 month [November]"},
    {"2024-03-14", "The president will travel to Japan in May.", "2024-05-01 month [May]"},
    {"2024-11-20", "Elections will be held in February.", "2025-02-01 month [February]"},
    {"2024-03-14", "Prices soared in January.", "2024-01-01 month [January]"},
    {"2024-03-14", "The drought began in August.", "2023-08-01 month [August]"},
    // Years.
    {"2024-03-14", "The group has been banned since 2017.", "2017-01-01 year [2017]"},
    {"2024-03-14", "The troops will withdraw by 2026.", "2026-01-01 year [2026]"},
    {"2024-03-14", "The regime ruled the country until 1991.", "1991-01-01 year [1991]"},
    {"2024-03-14", "Trade collapsed during 2020.", "2020-01-01 year [2020]"},
    // Ordinal day ranges.
    {"2024-03-14", "Delegates will gather on the 25th and 26th of this month.",
     "2024-03-25..2024-03-26 day [the 25th and 26th of this month]"},
    {"2024-12-10", "The summit is scheduled for the 8th and 9th of next month.",
     "2025-01-08..2025-01-09 day [the 8th and 9th of next month]"},
    // No temporal expression, including traps.
    {"2024-03-14", "The minister may resign if the talks fail.", "<none>"},
    {"2024-03-14", "May the new government bring peace, the bishop said.", "<none>"},
    {"2024-03-14", "Thousands of students march through the capital every spring.", "<none>"},
    {"2024-03-14", "March with us, the organizers urged the crowd.", "<none>"},
    {"2024-03-14", "The civil war of the 1990s left deep scars.", "<none>"},
    {"2024-03-14", "The august institution rejected the claim.", "<none>"},
    {"2024-03-14", "The convoy carried 2024 tonnes of grain.", "<none>"},
    {"2024-03-14", "The police fired tear gas at the crowd.", "<none>"},
    {"2024-03-14", "Rebels killed 12 soldiers and wounded 20 others.", "<none>"},
    // The first of two expressions.
    {"2024-03-14", "On Monday, officials said the talks would resume next week.", "2024-03-11 day [Monday]"},
    {"2024-03-14", "The rebels, who seized the town in 2019, withdrew yesterday.", "2019-01-01 year [2019]"},
};

TEST(FindTimes, Table) {
  for (const Case& c : kCases) EXPECT_EQ(First(c.text, c.published), c.expected) << c.text;
}

}  // namespace
}  // namespace annals::time
