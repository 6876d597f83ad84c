// Weapons and attacks standing for their unnamed users (see implied.h).
// Tested by actors_test.cc (the "weapons standing for unnamed doers" cases).
#include "actors/implied.h"

namespace annals::actors {

std::string_view ImpliedDoer(const ActorDict::Impl& d, const text::Sentence& s, uint16_t b, uint16_t e) {
  if (e <= b) return {};
  const uint32_t k = d.implied_by_last.Find(s.tokens[e - 1].lemma);
  if (k == StringTable::kNone) return {};
  for (const auto& row : d.implied_doers[k]) {
    if (!row.previous.empty() && !(e - 1 > b && s.tokens[e - 2].lemma == row.previous)) continue;
    return row.sectors == "-" ? std::string_view() : std::string_view(row.sectors);
  }
  return {};
}

bool DoerPosition(const text::Sentence& s, uint16_t head) {
  for (const text::Clause& c : s.clauses) {
    if (c.subject >= 0 && s.chunks[c.subject].head == head) return true;
    if (s.chunks[c.verb].voice != text::Voice::kPassive) continue;
    for (const text::PrepPhrase& pp : c.preps) {
      if (s.chunks[pp.np].head == head && (s.tokens[pp.prep].lower == "by" || s.tokens[pp.prep].lower == "in")) {
        return true;
      }
    }
  }
  return false;
}

}  // namespace annals::actors
