// The pipeline facade: output contract and evaluation.
#include "pipeline/pipeline.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>

#include "pipeline/test_util.h"

namespace annals {
namespace {

TEST(EventJson, CarriesTheContractFields) {
  ingest::Article a = TestArticle("a1", "Intro line.\n\nRussian President Vladimir Putin is set to travel to North Korea.");
  Coded c = TestPipeline().Code(a);
  ASSERT_GE(c.events.size(), 2u);
  auto j = nlohmann::json::parse(EventJson(a, c, c.events[1]));  // [0] is the implied intent (036)
  EXPECT_EQ(j["article_id"], "a1");
  EXPECT_EQ(j["sentence"], 1);
  EXPECT_EQ(j["date"], "2024-06-17");
  EXPECT_EQ(j["source"]["code"], "RUSGOV");
  EXPECT_EQ(j["source"]["country"], "RUS");
  EXPECT_EQ(j["source"]["sectors"], nlohmann::json::array({"GOV"}));
  EXPECT_EQ(j["source"]["text"], "Russian President Vladimir Putin");
  EXPECT_EQ(j["source"]["name"], "Vladimir Putin");
  EXPECT_EQ(j["target"]["code"], "PRK");
  EXPECT_EQ(j["cameo"], "042");
  EXPECT_EQ(j["plover"], "CONSULT");
  EXPECT_EQ(j["quad_class"], 1);
  EXPECT_DOUBLE_EQ(j["goldstein"].get<double>(), 1.9);
  EXPECT_EQ(j["mode"], "planned");
  EXPECT_EQ(j["text"], "Russian President Vladimir Putin is set to travel to North Korea.");
  EXPECT_EQ(j["evidence"]["trigger"], "travel to");
  // Spans index the original article text.
  auto span = j["source"]["span"];
  EXPECT_EQ(a.text.substr(span[0].get<size_t>(), span[1].get<size_t>() - span[0].get<size_t>()),
            "Russian President Vladimir Putin");
}

// A batch is coded stage by stage, with the results of coding each article
// alone, in order; mentions and events point into their own article.
TEST(Pipeline, BatchesCodeAsArticlesAlone) {
  const std::vector<ingest::Article> batch = {
      TestArticle("b1", "Russian President Vladimir Putin is set to travel to North Korea."),
      TestArticle("b2", "Gunmen abducted eleven farmers near Maiduguri on Tuesday."),
      TestArticle("b3", "Nothing happened."),
      TestArticle("b4", "Kim Jong Un met Putin in Pyongyang. He said the two countries would sign a treaty.",
                  "2024-06-19"),
  };
  const std::vector<Coded> coded = TestPipeline().CodeBatch(batch, /*explain=*/true);
  ASSERT_EQ(coded.size(), batch.size());
  size_t events = 0;
  for (size_t i = 0; i < batch.size(); ++i) {
    SCOPED_TRACE(batch[i].id);
    const Coded alone = TestPipeline().Code(batch[i], /*explain=*/true);
    EXPECT_EQ(actors::DebugString(coded[i].doc, coded[i].actors), actors::DebugString(alone.doc, alone.actors));
    ASSERT_EQ(coded[i].events.size(), alone.events.size());
    for (size_t e = 0; e < alone.events.size(); ++e) {
      EXPECT_EQ(EventJson(batch[i], coded[i], coded[i].events[e]), EventJson(batch[i], alone, alone.events[e]));
    }
    for (const auto& m : coded[i].actors.mentions) {
      EXPECT_EQ(coded[i].doc.Text(m.span), batch[i].text.substr(m.span.begin, m.span.end - m.span.begin));
    }
    events += alone.events.size();
  }
  EXPECT_GE(events, 4u);
  EXPECT_TRUE(TestPipeline().CodeBatch({}).empty());
}

// A role word in an article that has named no country takes the country of
// a place its sentence names (a city from the gazetteer, not an actor).
TEST(Pipeline, RoleWordsTakeTheCountryOfAPlace) {
  ingest::Article a = TestArticle("a2", "Gunmen abducted eleven farmers near Maiduguri on Tuesday.");
  Coded c = TestPipeline().Code(a);
  ASSERT_EQ(c.events.size(), 1u);
  EXPECT_EQ(c.events[0].source.code, "NGAREB");
  EXPECT_EQ(c.events[0].cameo, "181");
  // Without a place, no country is guessed and nothing is coded.
  EXPECT_TRUE(TestPipeline().Code(TestArticle("a3", "Gunmen abducted eleven farmers on Tuesday.")).events.empty());
  // A place name inside the noun group places the role word, even where the
  // article is about another country.
  Coded k = TestPipeline().Code(TestArticle("a4", "Turkish officials said Kirkuk police arrested two suspects."));
  ASSERT_FALSE(k.events.empty());
  EXPECT_EQ(k.events.back().source.code, "IRQCOP");
}

TEST(EventCsv, QuotesFields) {
  ingest::Article a = TestArticle("a,1", "Ukraine accused Russia of war crimes.");
  Coded c = TestPipeline().Code(a);
  ASSERT_EQ(c.events.size(), 1u);
  EXPECT_EQ(EventCsv(a, c, c.events[0]).rfind("\"a,1\",\"0\",\"2024-06-17\",\"UKR\",\"UKR\",\"RUS\",\"RUS\",\"1124\"", 0), 0u);
}

TEST(EventPlover, CarriesTypeModeContextAndFactuality) {
  ingest::Article a = TestArticle("p1", "Russian President Vladimir Putin is set to travel to North Korea.");
  Coded c = TestPipeline().Code(a);
  ASSERT_GE(c.events.size(), 2u);
  auto j = nlohmann::json::parse(EventPlover(a, c, c.events[1], 1));
  EXPECT_EQ(j["id"], "p1-0-1");
  EXPECT_EQ(j["event"], "CONSULT");
  EXPECT_EQ(j["mode"], "visit");
  EXPECT_EQ(j["factuality"], "planned");
  EXPECT_EQ(j["source"]["country"], "RUS");
  EXPECT_EQ(j["source"]["sector"], nlohmann::json::array({"GOV"}));
  EXPECT_EQ(j["target"]["country"], "PRK");
  // Statements (CAMEO 01) have no PLOVER type: no record.
  a.text = "Kenya said the talks went well.";
  Coded s = TestPipeline().Code(a);
  ASSERT_EQ(s.events.size(), 1u);
  EXPECT_EQ(EventPlover(a, s, s.events[0], 0), "");
}

TEST(Evaluate, ScoresTheDevGold) {
  const std::string gold = std::string(ANNALS_SHARED_DIR) + "/data/dev/plover_gsr_dev.jsonl";
  if (!std::ifstream(gold)) GTEST_SKIP() << "../shared/data/dev is absent";
  auto ev = Evaluate(TestPipeline(), gold);
  ASSERT_TRUE(ev) << ev.error().ToString();
  EXPECT_EQ(ev->records, 161u);
  for (const Score& s : ev->level) {
    EXPECT_GT(s.tp, 0);
    EXPECT_LE(s.precision(), 1.0);
  }
  // Each level is stricter than the one before.
  EXPECT_GE(ev->level[0].tp, ev->level[1].tp);
  EXPECT_GE(ev->level[1].tp, ev->level[2].tp);
}

TEST(Evaluate, MissingGoldIsAnError) {
  auto ev = Evaluate(TestPipeline(), "/nonexistent.jsonl");
  ASSERT_FALSE(ev);
  EXPECT_EQ(ev.error().code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace annals
