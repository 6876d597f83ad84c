// The benchmark corpus: news-style articles generated from templates with a
// fixed seed, so every run measures the same text. Sentences mix the hard
// cases of the front end (titles, abbreviations, quotes, passives, modals,
// possessives, numbers, dates).
#pragma once

#include <string>
#include <vector>

namespace annals::bench {

struct CorpusArticle {
  std::string date;  // YYYY-MM-DD
  std::string text;
  size_t sentences = 0;
};

// `n_sentences` sentences in articles of about 12 sentences each.
std::vector<CorpusArticle> MakeCorpus(size_t n_sentences, unsigned seed = 20240617);

}  // namespace annals::bench
