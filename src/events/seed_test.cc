// The seed article's events as issue #5 lists them. Skips where ../shared
// is absent.
#include <fstream>

#include <gtest/gtest.h>

#include "pipeline/test_util.h"

namespace annals::events {
namespace {

class SeedEvents : public ::testing::Test {
 protected:
  void SetUp() override {
    std::ifstream in(std::string(ANNALS_SHARED_DIR) + "/data/seed/seed_article.jsonl");
    if (!in) GTEST_SKIP() << "../shared/data/seed/seed_article.jsonl is absent (not a development checkout)";
    std::string line;
    std::getline(in, line);
    auto a = ingest::ParseJsonArticle(line);
    ASSERT_TRUE(a) << a.error().ToString();
    Coded c = TestPipeline().Code(*a);
    for (const Event& e : c.events) {
      events_.push_back(std::to_string(e.sentence) + " " + e.source.code + " -" + e.cameo + "-> " +
                        (e.target ? e.target->code : "-") + " " + ModeName(e.mode));
      texts_.push_back(std::string(c.doc.Text(c.doc.sentences[e.sentence].span)));
      triggers_.push_back(std::to_string(e.sentence) + " " + std::string(c.doc.Text(e.trigger_span)));
      dates_.push_back(events_.back() + " @" + e.date.ToString() + (e.date_end ? ".." + e.date_end->ToString() : "") +
                       " " + e.date_precision);
      places_.push_back(events_.back() + " in " +
                        (e.location ? e.location->name + "|" + e.location->precision + "|" + e.location->country : "-"));
    }
  }
  bool Has(const std::string& e) const {
    return std::find(events_.begin(), events_.end(), e) != events_.end();
  }
  std::string All() const {
    std::string out;
    for (const auto& e : events_) out += e + "\n";
    return out;
  }
  bool HasDated(const std::string& e) const {
    return std::find(dates_.begin(), dates_.end(), e) != dates_.end();
  }
  std::vector<std::string> events_, texts_, dates_, places_, triggers_;
};

TEST_F(SeedEvents, VisitToNorthKoreaIsPlannedAndHosted) {
  EXPECT_TRUE(Has("0 RUSGOV -042-> PRK planned")) << All();
  EXPECT_TRUE(Has("0 PRKGOV -043-> RUSGOV planned")) << All();
}

TEST_F(SeedEvents, HopedForPartnershipIsIntentToCooperate) {
  EXPECT_TRUE(Has("0 RUS -030-> PRK hypothetical")) << All();
  EXPECT_TRUE(Has("0 PRK -030-> RUS hypothetical")) << All();
}

TEST_F(SeedEvents, WhiteHouseConcernIsPessimisticComment) {
  EXPECT_TRUE(Has("5 USAGOV -012-> RUS occurred")) << All();
  EXPECT_TRUE(Has("5 USAGOV -012-> PRK occurred")) << All();
}

TEST_F(SeedEvents, MissilesAgainstUkraineAreReported) {
  bool found = false;
  for (const auto& e : events_) {
    found |= e.rfind("7 ", 0) == 0 && e.find("-> UKR reported") != std::string::npos &&
             e.find(" -19") != std::string::npos;
  }
  EXPECT_TRUE(found) << All();
}

TEST_F(SeedEvents, VisitToVietnamIsPlanned) {
  EXPECT_TRUE(Has("11 RUSGOV -042-> VNM planned")) << All();
}

TEST_F(SeedEvents, KimsEarlierVisitAndPutinsHosting) {
  EXPECT_TRUE(Has("12 RUSGOV -043-> PRKGOV occurred")) << All();
  EXPECT_TRUE(Has("12 PRKGOV -042-> RUS occurred")) << All();
}

TEST_F(SeedEvents, Dates) {
  std::string all;
  for (const auto& d : dates_) all += d + "\n";
  EXPECT_TRUE(HasDated("0 RUSGOV -042-> PRK planned @2024-06-18..2024-06-19 day")) << all;
  EXPECT_TRUE(HasDated("11 RUSGOV -042-> VNM planned @2024-06-19..2024-06-20 day")) << all;
  EXPECT_TRUE(HasDated("12 PRKGOV -042-> RUS occurred @2023-09-01 month")) << all;
  // Kirby's remarks (sentence 7) carry no date of their own: the publication date.
  EXPECT_TRUE(HasDated("7 USAGOV -010-> - occurred @2024-06-17 publication")) << all;
}

TEST_F(SeedEvents, Places) {
  std::string all;
  for (const auto& p : places_) all += p + "\n";
  auto has = [&](const std::string& x) { return std::find(places_.begin(), places_.end(), x) != places_.end(); };
  EXPECT_TRUE(has("12 RUSGOV -043-> PRKGOV occurred in Far Eastern Russia|region|RUS")) << all;
  // "travel to North Korea" names a destination, not where the event happens.
  EXPECT_TRUE(has("0 RUSGOV -042-> PRK planned in -")) << all;
}

TEST_F(SeedEvents, NoEventFromNotConcerned) {
  // Sentence 6 holds "We're not concerned about the visit": no event is
  // triggered by it (Kirby "adding" a remark is a statement of his own).
  for (size_t i = 0; i < events_.size(); ++i) {
    EXPECT_NE(triggers_[i], "6 concerned") << events_[i];
    if (events_[i].rfind("6 ", 0) == 0) {
      EXPECT_EQ(events_[i].substr(0, 15), "6 USAGOV -010->") << events_[i];
    }
  }
}

}  // namespace
}  // namespace annals::events
