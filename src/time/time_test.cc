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
};

TEST(FindTimes, Table) {
  for (const Case& c : kCases) EXPECT_EQ(First(c.text, c.published), c.expected) << c.text;
}

}  // namespace
}  // namespace annals::time
