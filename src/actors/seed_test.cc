// The seed article (../shared/data/seed): every actor the issue names must
// get its code. Skips where ../shared is absent.
#include <fstream>

#include "actors/test_util.h"
#include "base/tsv.h"
#include "ingest/ingest.h"

namespace annals::actors {
namespace {

class SeedArticle : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    const std::string path = std::string(ANNALS_SHARED_DIR) + "/data/seed/seed_article.jsonl";
    std::ifstream in(path);
    if (!in) return;
    std::string line;
    std::getline(in, line);
    auto a = ingest::ParseJsonArticle(line);
    ASSERT_TRUE(a) << a.error().ToString();
    coded_ = new Coded(Code(a->text, a->date.ToString()));
  }
  void SetUp() override {
    if (!coded_) GTEST_SKIP() << "../shared/data/seed/seed_article.jsonl is absent (not a development checkout)";
  }
  static const Coded& c() { return *coded_; }
  static Coded* coded_;
};
Coded* SeedArticle::coded_ = nullptr;

TEST_F(SeedArticle, Russia) {
  EXPECT_EQ(c().CodeOf("Russian President Vladimir Putin"), "RUSGOV") << c().All();
  EXPECT_EQ(c().CodeOf("Putin"), "RUSGOV");
  EXPECT_EQ(c().CodeOf("The Russian president"), "RUSGOV");
  EXPECT_EQ(c().CodeOf("the Russian president"), "RUSGOV");
  EXPECT_EQ(c().CodeOf("Moscow"), "RUS");
  EXPECT_EQ(c().CodeOf("Yuri Ushakov"), "RUSGOV");
  EXPECT_EQ(c().CodeOf("Putin's diplomatic advisor"), "RUSGOV");
  EXPECT_EQ(c().CodeOf("Foreign Minister Sergey Lavrov"), "RUSGOV");
  EXPECT_EQ(c().CodeOf("Defense Minister Andrey Belousov"), "RUSGOVMIL");
  EXPECT_EQ(c().CodeOf("Roscosmos"), "RUSGOV");
  EXPECT_EQ(c().CodeOf("Far Eastern Russia"), "RUS");
}

TEST_F(SeedArticle, NorthKoreaVietnamUkraine) {
  EXPECT_EQ(c().CodeOf("Pyongyang"), "PRK");
  EXPECT_EQ(c().CodeOf("North Korea"), "PRK");
  EXPECT_EQ(c().CodeOf("North Korean leader Kim Jong Un"), "PRKGOV");
  EXPECT_EQ(c().CodeOf("the North Korean leader"), "PRKGOV");
  EXPECT_EQ(c().CodeOf("Vietnam"), "VNM");
  EXPECT_EQ(c().CodeOf("Ukrainian targets"), "UKR");
}

TEST_F(SeedArticle, UnitedStates) {
  EXPECT_EQ(c().CodeOf("the White House"), "USAGOV");
  EXPECT_EQ(c().CodeOf("U.S. National Security Council spokesman John Kirby"), "USAGOV");
  EXPECT_EQ(c().CodeOf("Kirby"), "USAGOV");
}

TEST_F(SeedArticle, Coreference) {
  EXPECT_EQ(c().CodeOf("the two countries"), "RUS+PRK");
  EXPECT_EQ(c().CodeOf("these two countries"), "RUS+PRK");
  EXPECT_EQ(c().CodeOf("He"), "RUSGOV");  // Ushakov
  EXPECT_EQ(c().CodeOf("Ushakov"), "RUSGOV");
}

}  // namespace
}  // namespace annals::actors
