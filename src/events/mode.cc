// The mode of a clause's event: occurred, planned, hypothetical, reported,
// or dropped (see view.h: ModeOf). Tested by events_test.cc.
#include "events/view.h"

namespace annals::events::detail {

namespace {

// "refrained from sending tanks", "prevented the protesters from marching",
// "stopped short of inviting": when clause `ci` is a gerund held back by the
// verb before its preposition (an act that did not happen), those words;
// else "".
std::string HeldBack(const text::Sentence& s, size_t ci) {
  const Chunk& vg = s.chunks[s.clauses[ci].verb];
  if (s.tokens[vg.begin].tag != Pos::VBG || vg.begin < 2 || ci == 0) return "";
  const std::string_view prep = s.tokens[vg.begin - 1].lower;
  if (prep == "of" && s.tokens[vg.begin - 2].lower == "short") return "short of";
  if (prep != "from") return "";
  // The verb of the last clause before the preposition.
  for (size_t k = ci; k-- > 0;) {
    const Chunk& held = s.chunks[s.clauses[k].verb];
    if (held.end > vg.begin - 1) continue;
    const std::string_view hl = s.tokens[held.head].lemma;
    if (In(hl, {"refrain", "abstain", "desist", "stop", "prevent", "ban", "bar", "block", "keep", "deter",
                "discourage", "prohibit", "forbid", "restrain", "dissuade", "hold"})) {
      return std::string(hl) + " from";
    }
    return "";
  }
  return "";
}

}  // namespace

// The mode of an event coded from clause `ci`, or *drop when the clause is
// negated, blocked ("refused to meet") or only the content of a demand,
// denial or obligation. `speech_clause`: the sentence's clause with a speech
// verb and an actor subject, or -1.
Mode ModeOf(const View& v, size_t ci, int speech_clause, bool* drop, std::string* why) {
  const text::Sentence& s = v.s;
  const Clause& c = s.clauses[ci];
  const Chunk& vg = s.chunks[c.verb];
  *drop = false;
  if (vg.negated) { *drop = true; *why = "negated"; return Mode::kOccurred; }
  Mode m = Mode::kOccurred;
  if (vg.modality == text::Modality::kPlanned) { m = Mode::kPlanned; *why = "planned (" + std::string(v.doc.Text(Span{s.tokens[vg.begin].span.begin, s.tokens[vg.end - 1].span.end})) + ")"; }
  else if (vg.modality != text::Modality::kNone) {
    // "X announced it would prohibit…": reported "will", not a maybe.
    bool would = false;
    for (uint16_t k = vg.begin; k < vg.end; ++k) would |= s.tokens[k].lower == "would";
    if (would && vg.modality == text::Modality::kPossible && speech_clause >= 0 &&
        static_cast<int>(ci) > speech_clause) {
      m = Mode::kPlanned;
      *why = "planned (reported \"would\")";
    } else {
      m = Mode::kHypothetical;
      *why = "possible (modal)";
    }
  }
  if (c.parent >= 0 && vg.infinitive) {
    const Clause& p = s.clauses[c.parent];
    const Chunk& pvg = s.chunks[p.verb];
    const std::string_view pl = s.tokens[pvg.head].lemma;
    if (pvg.negated) { *drop = true; *why = "under a negated verb"; return m; }
    if (BlockingVerb(pl)) { *drop = true; *why = "under \"" + std::string(pl) + "\""; return m; }
    // The complement of a gerund held back: "stopped short of inviting Ukraine to join".
    if (const std::string held = HeldBack(s, c.parent); !held.empty()) {
      *drop = true;
      *why = "under \"" + held + "\"";
      return m;
    }
    if (HopingVerb(pl)) { m = Mode::kHypothetical; *why = "hoped for (" + std::string(pl) + ")"; }
    else if (PlanningVerb(pl) && m == Mode::kOccurred) { m = Mode::kPlanned; *why = "planned (" + std::string(pl) + ")"; }
    if (pvg.modality == text::Modality::kPlanned && m == Mode::kOccurred) m = Mode::kPlanned;
  }
  // A gerund held back: "refrained from sending".
  if (const std::string held = HeldBack(s, ci); !held.empty()) {
    *drop = true;
    *why = "under \"" + held + "\"";
    return m;
  }
  // "demanded that Syria withdraw": the content of a demand, appeal or
  // hope is coded by that verb, not as an act of its own.
  if (c.subordinate || c.parent >= 0) {
    for (size_t k = 0; k < ci; ++k) {
      const std::string_view kl = s.tokens[s.chunks[s.clauses[k].verb].head].lemma;
      if (In(kl, {"demand", "urge", "ask", "call", "request", "insist", "propose", "suggest", "recommend",
                  "want", "wish", "appeal", "press", "plead", "beg", "accuse", "blame", "charge", "allege",
                  "suspect", "deny"})) {
        *drop = true;
        *why = "content of \"" + std::string(kl) + "\"";
        return m;
      }
    }
  }
  // "renewed its demand that Serbia recognize Kosovo": the content of a
  // demand, claim or proposal named by a noun.
  if (c.subordinate && c.subject >= 0) {
    const int b = static_cast<int>(s.chunks[c.subject].begin) - 2;
    if (b >= 0 && s.tokens[b + 1].lower == "that" &&
        In(s.tokens[b].lemma, {"demand", "call", "request", "appeal", "proposal", "claim", "allegation",
                               "accusation", "charge", "hope", "insistence", "warning", "threat", "suggestion"})) {
      *drop = true;
      *why = "content of \"" + std::string(s.tokens[b].lemma) + "\"";
      return m;
    }
  }
  // "X said Y must accept reforms before they disarm": what follows
  // a reported obligation (coded as X's demand) is its content.
  for (size_t k = 0; k < ci; ++k) {
    if (speech_clause >= 0 && static_cast<int>(k) > speech_clause &&
        s.chunks[s.clauses[k].verb].modality == text::Modality::kObligation) {
      *drop = true;
      *why = "content of a reported obligation";
      return m;
    }
  }
  // "if signed": a condition.
  for (int k = static_cast<int>(vg.begin) - 1; k >= 0 && k >= static_cast<int>(vg.begin) - 6; --k) {
    const std::string_view w = s.tokens[k].lower;
    if (w == "if" || w == "unless" || w == "whether") { m = Mode::kHypothetical; *why = "conditional"; break; }
    if (v.Boundary(k) || v.in_verb[k] >= 0) break;
  }
  // (Not the clause a participle of speech follows: "staged rallies,
  // saying…" is the protesters' own act, not reported by them.)
  const bool own_participle = speech_clause >= 0 && static_cast<int>(ci) < speech_clause &&
                              s.tokens[s.chunks[s.clauses[speech_clause].verb].begin].tag == Pos::VBG;
  if (m == Mode::kOccurred && speech_clause >= 0 && static_cast<int>(ci) != speech_clause && !own_participle) {
    m = Mode::kReported;
    *why = "reported speech";
  }
  return m;
}

}  // namespace annals::events::detail
