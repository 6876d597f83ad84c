// Writes the benchmark corpus (corpus.h) as JSONL articles, for whole-binary
// measurements:  build-bench/bench/make_corpus 12000 > /tmp/corpus.jsonl
//                /usr/bin/time -v build/apps/annals/annals code /tmp/corpus.jsonl > /dev/null
#include <cstdio>
#include <cstdlib>
#include <string>

#include "corpus.h"

int main(int argc, char** argv) {
  const size_t n = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 12000;
  int id = 0;
  for (const auto& a : annals::bench::MakeCorpus(n)) {
    std::string text;
    for (char c : a.text) {
      if (c == '"') text += "\\\"";
      else if (c == '\n') text += "\\n";
      else if (c == '\\') text += "\\\\";
      else text += c;
    }
    std::printf("{\"id\":\"bench-%d\",\"date\":\"%s\",\"text\":\"%s\"}\n", id++, a.date.c_str(), text.c_str());
  }
  return 0;
}
