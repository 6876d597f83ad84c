// Ingest: good records parse; bad ones give errors naming the record and the
// problem, and reading goes on.
#include "ingest/ingest.h"

#include <gtest/gtest.h>

#include <sstream>

namespace annals::ingest {
namespace {

TEST(ParseJsonArticle, ReadsRequiredAndOptionalFields) {
  auto a = ParseJsonArticle(R"({"id":"a1","date":"2024-06-17","title":"T","text":"Kim met Putin.","url":"u","source":"s"})");
  ASSERT_TRUE(a) << a.error().ToString();
  EXPECT_EQ(a->id, "a1");
  EXPECT_EQ(a->date.ToString(), "2024-06-17");
  EXPECT_EQ(a->title, "T");
  EXPECT_EQ(a->text, "Kim met Putin.");
}

TEST(ParseJsonArticle, AcceptsTimestamps) {
  auto a = ParseJsonArticle(R"({"id":"a","date":"2024-06-17T08:30:00Z","text":"x y"})");
  ASSERT_TRUE(a);
  EXPECT_EQ(a->date.ToString(), "2024-06-17");
}

TEST(ParseJsonArticle, ExplainsEachProblem) {
  struct Case { const char* line; const char* message; };
  const Case kCases[] = {
      {"{not json", "invalid JSON"},
      {"[1,2]", "record is not a JSON object"},
      {R"({"date":"2024-06-17","text":"x"})", "missing field \"id\""},
      {R"({"id":"a","text":"x"})", "missing field \"date\""},
      {R"({"id":"a","date":"2024-06-17"})", "missing field \"text\""},
      {R"({"id":"a","date":"17/06/2024","text":"x"})", "date \"17/06/2024\" is not YYYY-MM-DD"},
      {R"({"id":"a","date":"2024-06-17","text":"   "})", "empty text"},
      {R"({"id":"a","date":"2024-06-17","text":7})", "field \"text\" is not a string"},
      {R"({"id":"","date":"2024-06-17","text":"x"})", "empty id"},
      {R"({"id":"a","date":"2024-06-17","text":"bin\u0000ary"})", "text contains NUL bytes (binary data?)"},
  };
  for (const Case& c : kCases) {
    auto a = ParseJsonArticle(c.line);
    ASSERT_FALSE(a) << c.line;
    EXPECT_EQ(a.error().message(), c.message) << c.line;
  }
}

TEST(ParseJsonArticle, RejectsInvalidUtf8) {
  std::string line = "{\"id\":\"a\",\"date\":\"2024-06-17\",\"text\":\"ab\xFF\"}";
  auto a = ParseJsonArticle(line);
  ASSERT_FALSE(a);  // nlohmann rejects invalid UTF-8 in strings while parsing
}

TEST(ParseJsonArticle, RejectsHugeArticle) {
  std::string text(kMaxArticleBytes + 10, 'a');
  auto a = ParseJsonArticle("{\"id\":\"big\",\"date\":\"2024-06-17\",\"text\":\"" + text + "\"}");
  ASSERT_FALSE(a);
  EXPECT_NE(a.error().message().find("over the limit"), std::string::npos);
}

TEST(JsonlReader, BadLineAmongGoodOnes) {
  std::istringstream in(
      "{\"id\":\"a\",\"date\":\"2024-06-17\",\"text\":\"One.\"}\n"
      "\n"
      "{\"id\":\"b\",\"date\":\"June\",\"text\":\"Two.\"}\n"
      "garbage\n"
      "{\"id\":\"c\",\"date\":\"2024-06-18\",\"text\":\"Three.\"}\n");
  JsonlReader reader(in, "in.jsonl");
  Record rec;
  std::vector<std::string> seen;
  while (reader.Next(&rec)) {
    seen.push_back(rec.article ? "ok " + rec.article->id : rec.article.error().message());
  }
  EXPECT_EQ(seen, (std::vector<std::string>{
                      "ok a",
                      "in.jsonl:3 (id \"b\"): date \"June\" is not YYYY-MM-DD",
                      "in.jsonl:4: invalid JSON",
                      "ok c"}));
}

TEST(ArticleFromText, TakesTitleFromFirstLine) {
  auto a = ArticleFromText("doc", "Kim Welcomes Putin\n\nPutin arrived. Kim met him.", Date{2024, 6, 19});
  ASSERT_TRUE(a);
  EXPECT_EQ(a->title, "Kim Welcomes Putin");
  EXPECT_EQ(a->text, "Putin arrived. Kim met him.");
  EXPECT_FALSE(ArticleFromText("doc", "", Date{2024, 6, 19}));
}

TEST(HtmlToText, StripsTagsScriptsAndEntities) {
  std::string title;
  std::string text = HtmlToText(
      "<html><head><title>Talks &amp; Truce</title><script>var x=1;</script></head>"
      "<body><nav>Home | World</nav><h1>Truce holds</h1><p>Rebels &ldquo;agreed&rdquo; on Monday.</p>"
      "<p>Talks resume&nbsp;Friday.<br>Officials said so.</p><footer>(c) 2024</footer></body></html>",
      &title);
  EXPECT_EQ(title, "Talks & Truce");
  EXPECT_EQ(text, "Truce holds\n\nRebels \"agreed\" on Monday.\n\nTalks resume Friday.\n\nOfficials said so.");
}

TEST(HtmlToText, SurvivesBrokenMarkup) {
  std::string title;
  EXPECT_EQ(HtmlToText("<p>unclosed <b", &title), "unclosed");
  EXPECT_EQ(HtmlToText("a &#x110000; b &#65; &bogus;", &title), "a &#x110000; b A &bogus;");
}

}  // namespace
}  // namespace annals::ingest
