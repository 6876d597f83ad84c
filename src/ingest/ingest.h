// Ingest: articles in. Reads JSONL (one article per line), plain text files
// (one article each, date from the caller), HTML pages (tags stripped) and
// RSS/Atom feeds (one article per item),
// and checks every record: a bad record becomes an error naming the record
// and the problem, and reading goes on with the next one.
//
// Usage:
//   annals::ingest::JsonlReader reader(std::cin, "articles.jsonl");
//   annals::ingest::Record rec;
//   while (reader.Next(&rec)) {
//     if (!rec.article) { report(rec.article.error()); continue; }
//     process(*rec.article);
//   }
#pragma once

#include <istream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/date.h"
#include "base/status.h"

namespace annals::ingest {

// Articles larger than this are rejected (the text stage indexes with 32-bit
// offsets; real news articles are well under 1 MB).
constexpr size_t kMaxArticleBytes = 8u << 20;

struct Article {
  std::string id;
  Date date;            // publication date
  std::string title;
  std::string text;     // valid UTF-8; paragraphs separated by blank lines
  std::string url;
  std::string source;
};

// Parses one JSONL line. Errors name the problem ("missing field \"date\"",
// "invalid JSON at byte 17", "text is not valid UTF-8 at byte 9"…); the
// caller adds where the line came from.
Result<Article> ParseJsonArticle(std::string_view line);

// Checks an article built by other means (text, HTML): id non-empty, date
// valid, text non-empty, valid UTF-8 and within kMaxArticleBytes.
Status ValidateArticle(const Article& a);

struct Record {
  std::string where;        // "articles.jsonl:12"
  Result<Article> article = Status::InvalidArgument("no record");
};

// Reads JSONL articles from a stream, one record per non-blank line.
class JsonlReader {
 public:
  JsonlReader(std::istream& in, std::string name) : in_(in), name_(std::move(name)) {}
  // False at the end of input. Each record either holds an article or an
  // error that names the file, line, article id (when known) and problem.
  bool Next(Record* out);
  int line() const { return line_; }

 private:
  std::istream& in_;
  std::string name_;
  int line_ = 0;
};

// An article from a plain text file: the first line becomes the title when
// it is followed by a blank line and has no final period.
Result<Article> ArticleFromText(std::string id, std::string_view text, Date date);

// Strips an HTML page to its text: drops script/style/nav/header/footer,
// turns block elements into paragraph breaks and decodes entities. The
// <title> becomes the title.
Result<Article> ArticleFromHtml(std::string id, std::string_view html, Date date);

// Whether `content` looks like an RSS or Atom feed (its start names <rss>,
// <feed> or <rdf:RDF>).
bool LooksLikeFeed(std::string_view content);

// The articles of an RSS 2.0 or Atom feed, one record per <item> or <entry>:
// title, link, text (the longest of content:encoded, content, description
// and summary, HTML stripped), id (guid, id or link), the feed's title as
// source, and the date from pubDate, published, dc:date or updated — or
// `fallback` where an item has none. A bad item's record holds an error
// naming the feed, the item's number and id, and the problem
// ("news.rss item 3 (https://…): no date …"; "entry" in Atom).
std::vector<Record> ArticlesFromFeed(std::string_view xml, const std::string& name, std::optional<Date> fallback);

// Text of an HTML fragment (exposed for tests and fuzzing).
std::string HtmlToText(std::string_view html, std::string* title);

}  // namespace annals::ingest
