// The matcher over a small dictionary built in the test: which phrases it
// finds, and the per-token counts of matches it returns beside them.
#include <gtest/gtest.h>

#include "actors/dict.h"
#include "actors/test_util.h"

namespace annals::actors {
namespace {

ActorDict::Impl SmallDict() {
  ActorDict::Impl d;
  d.Add({"north", "korea"}, Entry{Kind::kName, ActorCode("PRK"), -1}, "test:1");
  d.Add({"russia"}, Entry{Kind::kName, ActorCode("RUS"), -1}, "test:2");
  d.Add({"foreign", "minister"}, Entry{Kind::kAgent, ActorCode("GOV"), -1}, "test:3");
  d.Add({"united", "nations", "security", "council"}, Entry{Kind::kOrg, ActorCode("IGOUNO"), -1}, "test:4");
  d.Index();
  return d;
}

TEST(FindMatches, CountsTheMatchesEndingAtOrBeforeEachToken) {
  const ActorDict::Impl d = SmallDict();
  const text::Document doc = TestActors().fe->Analyze(
      "North Korea and Russia met at the United Nations Security Council, and the foreign minister of Russia "
      "spoke. Nobody else did.");
  ASSERT_EQ(doc.sentences.size(), 2u);
  std::vector<Match> matches;
  // Filled with stale counts first, as a reused buffer would be.
  std::vector<uint16_t> ends(64, 99);
  std::vector<std::string> found;
  for (const text::Sentence& s : doc.sentences) {
    FindMatches(d, doc, s, &matches, &ends);
    ASSERT_GE(ends.size(), s.tokens.size() + 1);
    for (size_t k = 0; k <= s.tokens.size(); ++k) {
      size_t expected = 0;
      for (const Match& m : matches) expected += m.end <= k;
      EXPECT_EQ(ends[k], expected) << "token " << k;
    }
    for (const Match& m : matches) {
      found.emplace_back(doc.Text(Span{s.tokens[m.begin].span.begin, s.tokens[m.end - 1].span.end}));
    }
  }
  EXPECT_EQ(found, (std::vector<std::string>{"North Korea", "Russia", "United Nations Security Council",
                                              "foreign minister", "Russia"}));
}

// Index() puts each phrase's entries side by side; where each entry was read
// must move with it.
TEST(ActorDictIndex, KeepsEachEntrysSourceWithIt) {
  ActorDict::Impl d;
  d.Add({"georgia"}, Entry{Kind::kName, ActorCode("GEO"), -1}, "test:1");
  d.Add({"atlanta"}, Entry{Kind::kName, ActorCode("USA"), -1}, "test:2");
  d.Add({"georgia"}, Entry{Kind::kOrg, ActorCode("USAGOV"), -1}, "test:3");
  d.Index();
  ASSERT_EQ(d.entries.size(), 3u);
  for (const Entry& e : d.entries) {
    const std::string expected = e.code.str() == "GEO" ? "test:1" : e.code.str() == "USA" ? "test:2" : "test:3";
    EXPECT_EQ(d.WhereOf(e), expected) << e.code.str();
  }
  EXPECT_EQ(d.entries[1].code.str(), "USAGOV");  // georgia's two entries side by side
}

}  // namespace
}  // namespace annals::actors
