// Internal to the text stage (see text.h): the word lists that drive sentence
// splitting, loaded from data/text/.
#pragma once

#include <string>
#include <unordered_set>

#include "base/status.h"
#include "text/text.h"

namespace annals::text {

struct SplitRules {
  std::unordered_set<std::string> titles;         // never end a sentence: mr, gen, jan
  std::unordered_set<std::string> abbreviations;  // may end one: inc, corp, jr
  std::unordered_set<std::string> openers;        // words that start sentences: the, he
  std::unordered_set<std::string> boilerplate;    // whole lines to drop

  // Loads data_dir/text/{titles,abbreviations,openers,boilerplate}.tsv.
  static Result<SplitRules> Load(const std::string& data_dir);
};

void SplitSentences(Document* doc, const SplitRules& rules);

}  // namespace annals::text
