// Morphy-style lemmatizer over WordNet data. Tested by lemmatizer_test.cc.
#include "text/lemmatizer.h"

#include <cstring>
#include <unordered_map>

#include "base/tsv.h"

namespace annals::text {
namespace {

int PosIndex(char pos) { return pos == 'n' ? 0 : pos == 'v' ? 1 : pos == 'a' ? 2 : -1; }

struct Rule { std::string_view suffix, replacement; };
// WordNet's morphy detachment rules (wndb(5), morph(7WN)).
const Rule kNounRules[] = {{"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"},
                           {"men", "man"}, {"ies", "y"}, {"s", ""}};
const Rule kVerbRules[] = {{"ies", "y"}, {"es", "e"}, {"es", ""}, {"s", ""}, {"ed", "e"},
                           {"ed", ""}, {"ing", "e"}, {"ing", ""}};
const Rule kAdjRules[] = {{"est", ""}, {"est", "e"}, {"er", ""}, {"er", "e"}};

// Inflected forms of the auxiliaries, which WordNet's lists leave out.
std::string_view AuxiliaryLemma(std::string_view w) {
  if (w == "is" || w == "are" || w == "was" || w == "were" || w == "am" || w == "been" ||
      w == "being" || w == "'re" || w == "'m" || w == "be") return "be";
  if (w == "has" || w == "had" || w == "have" || w == "having" || w == "'ve") return "have";
  if (w == "does" || w == "did" || w == "done" || w == "doing") return "do";
  if (w == "n't") return "not";
  if (w == "'ll" || w == "wo") return "will";
  if (w == "ca") return "can";
  return {};
}

bool IsConsonant(char c) { return c >= 'a' && c <= 'z' && !std::strchr("aeiou", c); }

}  // namespace

Result<Lemmatizer> Lemmatizer::Load(const std::string& model_dir) {
  Lemmatizer l;
  std::deque<std::string> words;  // keys of the tables while they are built
  {
    ANNALS_ASSIGN_OR_RETURN(TsvReader r, TsvReader::Open(model_dir + "/lemma_exceptions.tsv", "pos\tform\tlemma"));
    std::unordered_map<std::string_view, uint32_t> exceptions[3];
    while (r.Next()) {
      int p = r.row()[0].size() == 1 ? PosIndex(r.row()[0][0]) : -1;
      if (p < 0) return r.Error("pos must be n, v or a");
      if (r.row()[1].empty() || r.row()[2].empty()) return r.Error("empty form or lemma");
      std::string_view form = words.emplace_back(r.row()[1]);
      // The first lemma listed wins.
      if (exceptions[p].emplace(form, static_cast<uint32_t>(l.lemmas_.size())).second) {
        l.lemmas_.push_back(l.strings_.emplace_back(r.row()[2]));
      }
    }
    for (int p = 0; p < 3; ++p) l.exceptions_[p].Build({exceptions[p].begin(), exceptions[p].end()});
  }
  {
    ANNALS_ASSIGN_OR_RETURN(TsvReader r, TsvReader::Open(model_dir + "/lemma_words.tsv", "pos\tword"));
    std::unordered_map<std::string_view, uint32_t> set[3];
    while (r.Next()) {
      int p = r.row()[0].size() == 1 ? PosIndex(r.row()[0][0]) : -1;
      if (p < 0) return r.Error("pos must be n, v or a");
      set[p].emplace(words.emplace_back(r.row()[1]), 0);
    }
    for (int p = 0; p < 3; ++p) l.words_[p].Build({set[p].begin(), set[p].end()});
  }
  return l;
}

bool Lemmatizer::IsWord(char pos, std::string_view word) const {
  int p = PosIndex(pos);
  return p >= 0 && Has(p, word);
}

std::string_view Lemmatizer::Morph(char pos, std::string_view w, std::deque<std::string>* storage) const {
  const int p = PosIndex(pos);
  if (const uint32_t e = exceptions_[p].Find(w); e != StringTable::kNone) return lemmas_[e];
  // WordNet lists some plurals as nouns of their own ("talks", "arms"); an
  // inflected tag asks for the base form first, as morphy does.
  if (Has(p, w) && pos == 'a') return w;
  const Rule* rules = pos == 'n' ? kNounRules : pos == 'v' ? kVerbRules : kAdjRules;
  const size_t n = pos == 'n' ? std::size(kNounRules) : pos == 'v' ? std::size(kVerbRules) : std::size(kAdjRules);
  std::string cand;
  std::string_view fallback;
  for (size_t i = 0; i < n; ++i) {
    const size_t sl = rules[i].suffix.size();
    if (w.size() <= sl + 1 || !w.ends_with(rules[i].suffix)) continue;
    std::string_view stem = w.substr(0, w.size() - sl);
    cand.assign(stem);
    cand += rules[i].replacement;
    if (Has(p, cand)) {
      if (rules[i].replacement.empty()) return stem;  // a prefix of w: no copy
      return storage->emplace_back(cand);
    }
    // "stopped" → "stopp" → "stop"
    if (rules[i].replacement.empty() && stem.size() >= 3 && stem[stem.size() - 1] == stem[stem.size() - 2] &&
        IsConsonant(stem.back()) && Has(p, stem.substr(0, stem.size() - 1))) {
      return stem.substr(0, stem.size() - 1);
    }
    if (fallback.empty() && rules[i].replacement.empty() && pos != 'a') fallback = stem;
  }
  if (Has(p, w)) return w;
  // Unknown word: strip the inflection anyway (a best guess for names of
  // new verbs and nouns), except for words ending in -ss/-us.
  if (!fallback.empty() && !(w.size() > 2 && (w.substr(w.size() - 2) == "ss" || w.substr(w.size() - 2) == "us"))) {
    return fallback;
  }
  return w;
}

std::string_view Lemmatizer::Lemma(std::string_view lower, Pos tag, std::deque<std::string>* storage) const {
  // "re-opened" is "reopened": lemmatize the joined word when WordNet knows its lemma.
  if (std::string joined = MayJoinPrefix(lower) ? JoinedPrefix(lower) : std::string(); !joined.empty()) {
    const std::string_view j = storage->emplace_back(std::move(joined));
    const std::string_view lemma = Lemma(j, tag, storage);
    const int p = IsVerb(tag) ? 1 : IsNoun(tag) ? 0 : -1;
    if (p >= 0 && Has(p, lemma)) return lemma;
  }
  switch (tag) {
    case Pos::VB: case Pos::VBD: case Pos::VBG: case Pos::VBN: case Pos::VBP: case Pos::VBZ:
    case Pos::MD: {
      if (auto aux = AuxiliaryLemma(lower); !aux.empty()) return aux;
      if (tag == Pos::MD) return lower;
      return Morph('v', lower, storage);
    }
    case Pos::NNS: case Pos::NNPS:
      return Morph('n', lower, storage);
    case Pos::JJR: case Pos::JJS:
      return Morph('a', lower, storage);
    case Pos::RB:
      if (lower == "n't") return "not";
      return lower;
    case Pos::POS:
      return "'s";
    default:
      return lower;
  }
}

}  // namespace annals::text
