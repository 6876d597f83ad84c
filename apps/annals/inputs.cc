// Input dispatch for the CLI. Tested by ingest_test.cc (the readers) and
// the cli_* tests of tests/CMakeLists.txt.
#include "inputs.h"

#include <fstream>
#include <iostream>

#include "base/tsv.h"

namespace annals::cli {
namespace {

bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string Basename(const std::string& path) {
  size_t slash = path.find_last_of('/');
  std::string b = slash == std::string::npos ? path : path.substr(slash + 1);
  size_t dot = b.find_last_of('.');
  return dot == std::string::npos ? b : b.substr(0, dot);
}

}  // namespace

InputStats ForEachArticle(const std::vector<std::string>& inputs, std::optional<Date> date,
                          const std::function<void(const ingest::Article&)>& fn) {
  InputStats stats;
  // A record's article to `fn`, or its error (which names the record) to stderr.
  auto take = [&](const ingest::Record& rec) {
    if (!rec.article) {
      std::cerr << "annals: skipped " << rec.article.error().message() << "\n";
      ++stats.errors;
      return;
    }
    ++stats.articles;
    fn(*rec.article);
  };
  for (const std::string& path : inputs) {
    if (path == "-" || EndsWith(path, ".jsonl") || EndsWith(path, ".json")) {
      std::ifstream file;
      if (path != "-") {
        file.open(path, std::ios::binary);
        if (!file) {
          std::cerr << "annals: cannot open " << path << "\n";
          ++stats.errors;
          continue;
        }
      }
      std::istream& in = path == "-" ? std::cin : file;
      ingest::JsonlReader reader(in, path == "-" ? "<stdin>" : path);
      ingest::Record rec;
      while (reader.Next(&rec)) take(rec);
      continue;
    }
    // A feed, or one article per .txt / .html file.
    auto content = ReadFile(path);
    if (!content) {
      std::cerr << "annals: " << content.error().message() << "\n";
      ++stats.errors;
      continue;
    }
    // A feed: one article per item, each dated by the feed (--date only for
    // items without a date).
    if (EndsWith(path, ".rss") || EndsWith(path, ".atom") || EndsWith(path, ".xml") ||
        ingest::LooksLikeFeed(*content)) {
      for (const ingest::Record& rec : ingest::ArticlesFromFeed(*content, path, date)) take(rec);
      continue;
    }
    if (!date) {
      std::cerr << "annals: " << path << ": plain text and HTML inputs need --date YYYY-MM-DD\n";
      ++stats.errors;
      continue;
    }
    const bool html = EndsWith(path, ".html") || EndsWith(path, ".htm");
    auto article = html ? ingest::ArticleFromHtml(Basename(path), *content, *date)
                        : ingest::ArticleFromText(Basename(path), *content, *date);
    if (!article) {
      std::cerr << "annals: skipped " << path << ": " << article.error().message() << "\n";
      ++stats.errors;
      continue;
    }
    ++stats.articles;
    fn(*article);
  }
  return stats;
}

}  // namespace annals::cli
