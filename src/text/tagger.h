// Internal to the text stage (see text.h): a bigram HMM part-of-speech tagger
// decoded with Viterbi over each word's candidate tags. The model (lexicon
// with per-tag counts, tag transitions, unknown-word classes) is derived at
// build time from Debian's liblingua-en-tagger-perl data by tools/make_model.
#pragma once

#include <array>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/status.h"
#include "base/string_table.h"
#include "text/text.h"

namespace annals::text {

struct TagScore {
  Pos tag;
  float log_emit;  // log P(word | tag), up to a per-word constant
};

struct StringViewHash {
  size_t operator()(std::string_view s) const {
    uint64_t h = 1469598103934665603ull;  // FNV-1a
    for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
    return static_cast<size_t>(h);
  }
};

class Tagger {
 public:
  // Reads pos_lexicon.tsv, pos_transitions.tsv and pos_unknown.tsv.
  static Result<Tagger> Load(const std::string& model_dir);

  // Tags s->tokens in place; `text` is the text their spans index.
  void Tag(std::string_view text, Sentence* s) const;

  // Candidate tags for one word (exposed for tests).
  void Candidates(const Token& t, std::string_view surface, std::vector<TagScore>* out) const;
  size_t lexicon_size() const { return lexicon_.size(); }
  // Lets unknown words that are irregular verb forms (per WordNet's
  // exception list) be tagged as past tense or participle.
  void set_irregular_verb_forms(std::function<bool(std::string_view)> f) {
    irregular_verb_forms_ = std::move(f);
  }
  // Lets unknown words that are verbs in WordNet be tagged as base forms.
  void set_verb_lemmas(std::function<bool(std::string_view)> f) { verb_lemma_ = std::move(f); }

 private:
  struct Entry {
    uint32_t first;  // index into scores_
    uint8_t count;
  };
  Status LoadLexicon(const std::string& path);
  Status LoadTransitions(const std::string& path);
  Status LoadUnknown(const std::string& path);
  void UnknownCandidates(const Token& t, std::string_view surface, std::vector<TagScore>* out) const;
  bool Lookup(std::string_view word, std::vector<TagScore>* out) const;
  void AddPastForms(std::string_view lower, std::vector<TagScore>* out) const;

  std::vector<TagScore> scores_;
  std::vector<Entry> entries_;
  StringTable lexicon_;  // word → index into entries_
  std::array<std::array<float, kNumPos>, kNumPos> trans_{};  // log P(next | prev)
  std::array<float, kNumPos> log_tag_prior_{};
  std::unordered_map<std::string, std::vector<TagScore>> unknown_;  // class → scores
  std::function<bool(std::string_view)> irregular_verb_forms_;
  std::function<bool(std::string_view)> verb_lemma_;
};

// "re-open" → "reopen", "re-elected" → "reelected": the word without the
// hyphen after the prefix "re", or "" for other words. The tagger and the
// lemmatizer read such spellings as the joined word when it is known.
std::string JoinedPrefix(std::string_view lower);
// Cheap test before JoinedPrefix (it runs for every token).
inline bool MayJoinPrefix(std::string_view lower) {
  return lower.size() >= 5 && lower[2] == '-' && lower[0] == 'r' && lower[1] == 'e';
}

}  // namespace annals::text
