// Internal to the events stage (see events.h): the codebook and the parsed
// verb and noun patterns.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "base/hash.h"
#include "base/string_table.h"

#include "events/events.h"

namespace annals::events {

struct CodeInfo {
  std::string code, name, plover, plover_mode, plover_context;
  int quad_class = 0;
  double goldstein = 0;
};

struct Element {
  enum Type : uint8_t { kTrigger, kLiteral, kTarget, kSource, kPair } type = kLiteral;
  std::vector<std::string> alternatives;  // literals: lemmas or words ("agreement|deal")
  std::vector<std::vector<int>> alternative_ids;  // the same as word ids; "trade_ban" is two ids
};

struct Pattern {
  std::string code;
  std::string trigger;            // lemma
  std::vector<Element> elements;  // includes the trigger
  std::string text;               // as written in the file
  std::string where;              // "events/verbs.tsv:12"
  int literals = 0;
  // For each literal element, the ids of its alternatives' first words: a
  // pattern can match only if each literal has one of them in the window.
  std::vector<std::vector<int>> literal_first_ids;
};

// What the coder knows of one word, looked up once per token (View): its
// pattern-vocabulary id and what it triggers as a lemma.
struct WordInfo {
  int id = -1;                                          // Coder::Impl::vocabulary, -1 if none
  const std::vector<int>* verbs = nullptr;              // verb patterns it triggers
  const std::vector<int>* nouns = nullptr;              // noun patterns it triggers
  const std::vector<std::string>* discards = nullptr;   // words that make it non-political
  bool speech_verb = false;                             // as a lemma ("say", "announce")
};

using LemmaIndex = std::unordered_map<std::string, std::vector<int>, TransparentHash, TransparentEqual>;

struct Coder::Impl {
  std::unordered_map<std::string, CodeInfo> codes;
  std::unordered_map<std::string, std::string> intent;  // code → intent code
  std::vector<std::pair<std::string, std::string>> rejection;  // code prefix → rejection code, longest first
  std::vector<std::pair<std::string, std::string>> threat;     // code prefix → threat code, longest first

  // What a forecast act codes as: its intent (cooperation) or the threat of
  // it (conflict); "" when neither applies.
  std::string ForecastCode(const std::string& code) const {
    if (auto it = intent.find(code); it != intent.end()) return it->second;
    for (const auto& [prefix, c] : threat) {
      if (code.rfind(prefix, 0) == 0) return c;
    }
    return "";
  }
  // trigger lemma → context words that make it non-political ("beat" + "match")
  std::unordered_map<std::string, std::vector<std::string>, TransparentHash, TransparentEqual> discards;
  std::vector<Pattern> verbs, nouns;
  LemmaIndex verbs_by_lemma, nouns_by_lemma;
  // Every word the patterns mention, numbered, so that matching compares ints.
  std::unordered_map<std::string, int, TransparentHash, TransparentEqual> vocabulary;
  // Every word above (vocabulary, trigger lemmas, discards) → word_info,
  // in a flat table: a token's lookup is the hot path of a View.
  StringTable words;
  std::vector<WordInfo> word_info;
  const WordInfo* Word(std::string_view w) const {
    const uint32_t i = words.Find(w);
    return i == StringTable::kNone ? nullptr : &word_info[i];
  }
  // Builds `words` once everything is loaded.
  void IndexWords();
  void Intern(Pattern* p) {
    for (Element& e : p->elements) {
      for (const std::string& a : e.alternatives) {
        std::vector<int> ids;
        size_t start = 0;
        while (true) {
          const size_t us = a.find('_', start);
          std::string w = a.substr(start, us == std::string::npos ? std::string::npos : us - start);
          auto [it, inserted] = vocabulary.emplace(w, static_cast<int>(vocabulary.size()));
          ids.push_back(it->second);
          if (us == std::string::npos) break;
          start = us + 1;
        }
        e.alternative_ids.push_back(std::move(ids));
      }
      if (e.type == Element::kLiteral) {
        std::vector<int> firsts;
        for (const auto& ids : e.alternative_ids) firsts.push_back(ids[0]);
        p->literal_first_ids.push_back(std::move(firsts));
      }
    }
  }
};

// Parses "* agreement|deal with +" into elements; false with `error` set
// when the pattern is malformed.
bool ParsePattern(std::string_view text, bool nominal, Pattern* out, std::string* error);

}  // namespace annals::events
