// Internal to the text stage (see text.h): WordNet-style lemmatization
// (morphy): the exception lists of wordnet-base first (told → tell,
// overthrew → overthrow), then suffix rules checked against WordNet's word
// lists (countries → country, visited → visit).
#pragma once

#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "base/status.h"
#include "text/tagger.h"
#include "text/text.h"

namespace annals::text {

class Lemmatizer {
 public:
  // Reads lemma_exceptions.tsv and lemma_words.tsv from `model_dir`.
  static Result<Lemmatizer> Load(const std::string& model_dir);

  // The lemma of `lower` under `tag`. The view points into `lower`, the
  // lemmatizer, or a string appended to `storage`.
  std::string_view Lemma(std::string_view lower, Pos tag, std::deque<std::string>* storage) const;

  bool IsWord(char pos, std::string_view word) const;
  // True if `word` is an inflected form in WordNet's verb exception list.
  bool IsIrregularVerbForm(std::string_view word) const { return exceptions_[1].count(word) > 0; }

 private:
  std::string_view Morph(char pos, std::string_view lower, std::deque<std::string>* storage) const;

  std::deque<std::string> strings_;  // owns keys and values below
  std::unordered_map<std::string_view, std::string_view, StringViewHash> exceptions_[3];  // n, v, a
  std::unordered_set<std::string_view, StringViewHash> words_[3];
};

}  // namespace annals::text
