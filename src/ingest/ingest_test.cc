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

// Feeds written for the project: RSS with escaped HTML and CDATA, Atom.
constexpr const char* kRss = R"(<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Example Wire &amp; Co</title><link>https://example.org/</link>
<item><title>Putin visits Pyongyang</title><link>https://example.org/a/1</link>
<guid isPermaLink="false">wire-1</guid><pubDate>Wed, 19 Jun 2024 08:00:00 GMT</pubDate>
<description>&lt;p&gt;Putin arrived in Pyongyang.&lt;/p&gt;&lt;p&gt;Kim welcomed him.&lt;/p&gt;</description></item>
<item><title>Sanctions</title><link>https://example.org/a/2</link><pubDate>Thu, 20 Jun 24 10:00 +0000</pubDate>
<content:encoded><![CDATA[<p>The United States condemned the pact &amp; the visit.</p>]]></content:encoded>
<description>Short.</description></item>
<item><title>Undated</title><description>Japan protested.</description></item>
<item><title>Empty</title><pubDate>Fri, 21 Jun 2024</pubDate><description></description></item>
</channel></rss>)";

TEST(ArticlesFromFeed, ReadsRssItems) {
  const std::vector<Record> recs = ArticlesFromFeed(kRss, "wire.rss", std::nullopt);
  ASSERT_EQ(recs.size(), 4u);
  ASSERT_TRUE(recs[0].article) << recs[0].article.error().ToString();
  const Article& a = *recs[0].article;
  EXPECT_EQ(a.id, "wire-1");
  EXPECT_EQ(a.date.ToString(), "2024-06-19");
  EXPECT_EQ(a.title, "Putin visits Pyongyang");
  EXPECT_EQ(a.url, "https://example.org/a/1");
  EXPECT_EQ(a.source, "Example Wire & Co");
  EXPECT_EQ(a.text, "Putin arrived in Pyongyang.\n\nKim welcomed him.");
  // CDATA HTML, the longest text; a two-digit year; no guid: the link is the id.
  ASSERT_TRUE(recs[1].article) << recs[1].article.error().ToString();
  EXPECT_EQ(recs[1].article->id, "https://example.org/a/2");
  EXPECT_EQ(recs[1].article->date.ToString(), "2024-06-20");
  EXPECT_EQ(recs[1].article->text, "The United States condemned the pact & the visit.");
  // Bad items are errors naming the feed, the item and the problem.
  ASSERT_FALSE(recs[2].article);
  EXPECT_EQ(recs[2].article.error().message(),
            "wire.rss item 3 (wire.rss#3): no date (pubDate, published or updated); give --date for items without one");
  ASSERT_FALSE(recs[3].article);
  EXPECT_NE(recs[3].article.error().message().find("wire.rss item 4 (wire.rss#4): "), std::string::npos)
      << recs[3].article.error().message();
  // With a fallback date the undated item reads.
  const std::vector<Record> dated = ArticlesFromFeed(kRss, "wire.rss", Date{2024, 6, 21});
  ASSERT_TRUE(dated[2].article);
  EXPECT_EQ(dated[2].article->date.ToString(), "2024-06-21");
  EXPECT_EQ(dated[2].article->text, "Japan protested.");
}

TEST(ArticlesFromFeed, ReadsAtomEntries) {
  const std::string atom = R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title type="text">Atom News</title>
<link href="https://example.org/"/>
<entry><title>Talks</title><link rel="self" href="https://example.org/self/1"/>
<link rel="alternate" href="https://example.org/atom/1"/><id>urn:uuid:1</id>
<published>2023-11-22T09:30:00+03:00</published><updated>2023-11-23T09:30:00Z</updated>
<summary>Qatar mediated.</summary>
<content type="html">&lt;p&gt;Qatar mediated talks in Doha.&lt;/p&gt;</content></entry>
<entry><title>Bad date</title><id>e2</id><updated>yesterday</updated>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Egypt welcomed the truce.</p></div></content></entry>
</feed>)";
  EXPECT_TRUE(LooksLikeFeed(atom));
  EXPECT_FALSE(LooksLikeFeed("<html><body>Not a feed</body></html>"));
  const std::vector<Record> recs = ArticlesFromFeed(atom, "news.atom", std::nullopt);
  ASSERT_EQ(recs.size(), 2u);
  ASSERT_TRUE(recs[0].article) << recs[0].article.error().ToString();
  EXPECT_EQ(recs[0].article->id, "urn:uuid:1");
  EXPECT_EQ(recs[0].article->url, "https://example.org/atom/1");
  EXPECT_EQ(recs[0].article->date.ToString(), "2023-11-22");
  EXPECT_EQ(recs[0].article->source, "Atom News");
  EXPECT_EQ(recs[0].article->text, "Qatar mediated talks in Doha.");
  ASSERT_FALSE(recs[1].article);
  EXPECT_EQ(recs[1].article.error().message(),
            "news.atom entry 2 (e2): unreadable date \"yesterday\"; give --date for items without one");
  const std::vector<Record> dated = ArticlesFromFeed(atom, "news.atom", Date{2023, 11, 24});
  ASSERT_TRUE(dated[1].article);
  EXPECT_EQ(dated[1].article->text, "Egypt welcomed the truce.");
}

TEST(ArticlesFromFeed, SurvivesTruncatedAndHostileInput) {
  const std::string rss(kRss);
  for (size_t cut = 0; cut < rss.size(); cut += 7) {
    for (const Record& r : ArticlesFromFeed(rss.substr(0, cut), "cut.rss", Date{2024, 1, 1})) {
      if (r.article) {
        EXPECT_FALSE(r.article->text.empty());
      }
    }
  }
  EXPECT_TRUE(ArticlesFromFeed("<rss><item><item><item>", "x", std::nullopt).size() <= 3);
  EXPECT_TRUE(ArticlesFromFeed("", "x", std::nullopt).empty());
}

}  // namespace
}  // namespace annals::ingest
