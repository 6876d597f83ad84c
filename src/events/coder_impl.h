// Internal to the events stage (see events.h): the codebook and the parsed
// verb and noun patterns.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

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
};

struct Pattern {
  std::string code;
  std::string trigger;            // lemma
  std::vector<Element> elements;  // includes the trigger
  std::string text;               // as written in the file
  std::string where;              // "events/verbs.tsv:12"
  int literals = 0;
};

struct TransparentHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
struct TransparentEqual {
  using is_transparent = void;
  bool operator()(std::string_view a, std::string_view b) const { return a == b; }
};
using LemmaIndex = std::unordered_map<std::string, std::vector<int>, TransparentHash, TransparentEqual>;

struct Coder::Impl {
  std::unordered_map<std::string, CodeInfo> codes;
  std::unordered_map<std::string, std::string> intent;  // code → intent code
  std::vector<std::pair<std::string, std::string>> rejection;  // code prefix → rejection code, longest first
  // trigger lemma → context words that make it non-political ("beat" + "match")
  std::unordered_map<std::string, std::vector<std::string>, TransparentHash, TransparentEqual> discards;
  std::vector<Pattern> verbs, nouns;
  LemmaIndex verbs_by_lemma, nouns_by_lemma;
};

// Parses "* agreement|deal with +" into elements; false with `error` set
// when the pattern is malformed.
bool ParsePattern(std::string_view text, bool nominal, Pattern* out, std::string* error);

}  // namespace annals::events
