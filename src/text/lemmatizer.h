// Internal to the text stage (see text.h): WordNet-style lemmatization
// (morphy): the exception lists of wordnet-base first (told → tell,
// overthrew → overthrow), then suffix rules checked against WordNet's word
// lists (countries → country, visited → visit).
#pragma once

#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "base/string_table.h"
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
  bool IsIrregularVerbForm(std::string_view word) const { return exceptions_[1].Find(word) != StringTable::kNone; }

 private:
  std::string_view Morph(char pos, std::string_view lower, std::deque<std::string>* storage) const;

  bool Has(int p, std::string_view word) const { return words_[p].Find(word) != StringTable::kNone; }

  std::deque<std::string> strings_;     // owns the exceptions' lemmas
  std::vector<std::string_view> lemmas_;  // exception lemmas, indexed by exceptions_' values
  StringTable exceptions_[3];           // n, v, a: form → index into lemmas_
  StringTable words_[3];                // n, v, a: WordNet's words (values unused)
};

}  // namespace annals::text
