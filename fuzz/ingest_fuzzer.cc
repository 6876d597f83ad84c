// libFuzzer target over the parsers of outside input in ingest: JSONL
// records and HTML pages.
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
  return 0;
}
