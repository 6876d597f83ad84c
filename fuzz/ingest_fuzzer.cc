// libFuzzer target over the parsers of outside input in ingest: JSONL
// records, HTML pages and RSS/Atom feeds.
#include <cstdint>
#include <string>

#include "ingest/ingest.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  auto a = annals::ingest::ParseJsonArticle(in);
  if (a && a->text.empty()) __builtin_trap();
  std::string title;
  std::string text = annals::ingest::HtmlToText(in, &title);
  (void)annals::ingest::ArticleFromText("fuzz", in, annals::Date{2024, 1, 1});
  for (const auto& r : annals::ingest::ArticlesFromFeed(in, "fuzz", annals::Date{2024, 1, 1})) {
    if (r.article && r.article->text.empty()) __builtin_trap();
  }
  return 0;
}
