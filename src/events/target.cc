// The target of an event whose pattern names none (see view.h).
#include "events/view.h"

namespace annals::events::detail {

// The first actor after the verb in the clause, as TABARI does ("rejected a
// French request" → FRA) — but not a place ("met in Beijing"), not the
// source's own country, and not across a comma or into another clause.
std::vector<int> DefaultTarget(const View& v, size_t ci, size_t from, size_t limit, const std::vector<int>& sources,
                               int root) {
  const text::Sentence& s = v.s;
  const ArticleActors& actors = v.actors;
  for (size_t k = from; k < limit; ++k) {
    if (v.Boundary(k)) break;  // not across a comma: ", a military spokesman said"
    // Nor into an adverbial or a "that" clause: "resigned as the
    // opposition threatened…", "denied that its warplanes had…".
    if (In(s.tokens[k].lower, {"as", "while", "because", "when", "since", "although", "though", "until",
                               "unless", "whereas"}) &&
        k + 1 < s.tokens.size() && s.tokens[k + 1].tag != Pos::IN) {
      break;
    }
    // Nor in a temporal adjunct: "retook the village after fighting
    // with guerrillas", "surrendered following an offensive".
    if (In(s.tokens[k].lower, {"after", "before", "following", "during", "amid", "despite"}) &&
        (s.tokens[k].tag == Pos::IN || s.tokens[k].tag == Pos::VBG)) {
      break;
    }
    if (s.tokens[k].lower == "that" && s.tokens[k].tag == Pos::IN) break;
    // Nor the subject of a reported clause: "said Russian drones attacked…".
    if (SubjectOfAnotherClause(s, ci, k)) break;
    // Nor inside a verb phrase of its own: "denies arming the militias".
    if (v.in_verb[k] >= 0 && s.tokens[k].tag == Pos::VBG) break;
    if (v.mention_start[k] < 0) continue;
    const std::string_view before = k > 0 ? s.tokens[k - 1].lower : std::string_view();
    if (LocativePreposition(before) &&
        s.tokens[k - 1].tag == Pos::IN) {
      continue;
    }
    // "according to Russian media" names a source of the report, not a target.
    if (k > 1 && before == "to" && s.tokens[k - 2].lower == "according") continue;
    std::vector<int> ms = v.WithGroup(v.mention_start[k]);
    // "Poland mobilized reservists for a conflict with Belarus": the forces
    // one mobilizes or deploys are one's own, not the target.
    if (root == 15 && actors.mentions[ms[0]].country() == actors.mentions[sources[0]].country()) continue;
    bool differs = false;
    for (int m : ms) {
      const Mention& tm = actors.mentions[m];
      for (int src : sources) {
        const Mention& sm = actors.mentions[src];
        differs |= tm.code != sm.code && !(tm.country() == sm.country() && !actors::HasSectors(tm.code));
      }
    }
    if (differs) return ms;
  }
  return {};
}

int PlaceCountryMention(const View& v, size_t from, size_t limit) {
  for (size_t k = from; k < limit && k < v.s.tokens.size(); ++k) {
    if (v.Boundary(k)) break;
    const int m = v.mention_start[k];
    if (m < 0 || k == 0 || v.s.tokens[k - 1].lower != "in") continue;
    const Mention& x = v.actors.mentions[m];
    if (x.via == actors::Via::kCountry && !x.country().empty() && !actors::HasSectors(x.code)) return m;
  }
  return -1;
}

}  // namespace annals::events::detail
