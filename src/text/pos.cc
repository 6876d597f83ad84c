// Penn Treebank tag names and classes. Tested by tagger_test.cc.
#include <array>

#include "text/text.h"

namespace annals::text {
namespace {
constexpr std::array<const char*, kNumPos> kNames = {
    "CC", "CD", "DT", "EX", "FW", "IN", "JJ", "JJR", "JJS", "LS", "MD", "NN", "NNS", "NNP",
    "NNPS", "PDT", "POS", "PRP", "PRP$", "RB", "RBR", "RBS", "RP", "SYM", "TO", "UH", "VB",
    "VBD", "VBG", "VBN", "VBP", "VBZ", "WDT", "WP", "WP$", "WRB", "``", "''", ",", ".", ":",
    "$", "#", "-LRB-", "-RRB-"};
}  // namespace

const char* PosName(Pos p) {
  int i = static_cast<int>(p);
  return i >= 0 && i < kNumPos ? kNames[i] : "?";
}

std::optional<Pos> ParsePos(std::string_view name) {
  for (int i = 0; i < kNumPos; ++i) {
    if (name == kNames[i]) return static_cast<Pos>(i);
  }
  return std::nullopt;
}

bool IsNoun(Pos p) { return p == Pos::NN || p == Pos::NNS || p == Pos::NNP || p == Pos::NNPS; }
bool IsProperNoun(Pos p) { return p == Pos::NNP || p == Pos::NNPS; }
bool IsVerb(Pos p) { return p >= Pos::VB && p <= Pos::VBZ; }
bool IsAdjective(Pos p) { return p == Pos::JJ || p == Pos::JJR || p == Pos::JJS; }
bool IsPunct(Pos p) { return p >= Pos::LQUOTE && p <= Pos::RRB && p != Pos::DOLLAR && p != Pos::HASH; }

}  // namespace annals::text
