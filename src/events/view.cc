// Pattern matching helpers of the events stage (see view.h).
#include "events/view.h"

namespace annals::events::detail {

bool LocativePreposition(std::string_view w) {
  return In(w, {"in", "at", "near", "inside", "outside", "across", "throughout"});
}
bool PlanningVerb(std::string_view l) {
  // "allowed the opposition to hold a rally": a permitted act is yet to happen.
  return In(l, {"plan", "intend", "prepare", "schedule", "expect", "aim", "decide", "promise", "pledge",
                "vow", "agree", "arrange", "set", "allow", "permit", "authorize", "authorise"});
}
bool HopingVerb(std::string_view l) {
  // Not "try" or "attempt": an attempted act is coded as the act (CAMEO
  // codes attempted assassination as 185, an attempted attack as the attack).
  return In(l, {"hope", "want", "wish", "seek", "propose", "consider", "offer", "aspire",
                "call", "urge", "ask", "demand", "express", "desire", "mull", "weigh", "conclude"});
}
bool BlockingVerb(std::string_view l) {
  return In(l, {"refuse", "decline", "reject", "fail", "deny", "oppose", "threaten", "warn", "stop", "cease",
                "halt", "avoid", "postpone", "delay", "cancel", "abandon", "forbid", "prevent", "ban"});
}
std::span<const std::string_view> SpeechVerbs() {
  static constexpr std::string_view kVerbs[] = {
      "say", "tell", "report", "claim", "announce", "state", "add", "note", "indicate", "emphasize",
      "emphasise", "stress", "insist", "allege", "confirm", "write", "declare", "explain", "argue",
      "assert", "suggest", "acknowledge", "admit", "reveal", "quote", "accord"};
  return kVerbs;
}

bool SubjectOfAnotherClause(const text::Sentence& s, size_t ci, size_t k) {
  for (size_t j = 0; j < s.clauses.size(); ++j) {
    const Clause& c = s.clauses[j];
    if (j <= ci || c.subject < 0 || c.subject_inherited || c.relative) continue;
    const Chunk& vg = s.chunks[c.verb];
    const Pos first = s.tokens[vg.begin].tag;
    if (vg.infinitive || first == Pos::VBG || first == Pos::VBN) continue;  // finite clauses only
    const Chunk& ch = s.chunks[c.subject];
    if (ch.begin <= k && k < ch.end && s.chunks[c.verb].begin > k) return true;
  }
  return false;
}

// Tokens matched by literal `e` at token k (0 if none). An alternative may
// span several words joined by "_" ("trade_restriction"). Words are compared
// as ids (Coder::Impl::vocabulary).
size_t LiteralMatches(const Element& e, const View& v, size_t k) {
  // A word the patterns never mention matches no alternative (most tokens).
  if (v.lemma_id[k] < 0 && v.lower_id[k] < 0) return 0;
  for (const auto& ids : e.alternative_ids) {
    if (k + ids.size() > v.s.tokens.size()) continue;
    size_t n = 0;
    while (n < ids.size() && (v.lemma_id[k + n] == ids[n] || v.lower_id[k + n] == ids[n])) ++n;
    if (n == ids.size()) return n;
  }
  return 0;
}

std::pair<size_t, size_t> ForwardRange(const View& v, size_t k) {
  const auto& t = v.s.tokens;
  auto next_finite = [&](size_t from) {
    while (from < t.size() && !v.FiniteVerbAt(from)) ++from;
    return from;
  };
  const size_t limit = next_finite(k + 1);
  if (limit != k + 1 || limit >= t.size()) return {k + 1, limit};
  const Chunk& verb = v.s.chunks[v.in_verb[limit]];
  const std::string_view lemma = t[verb.head].lemma;
  size_t after = verb.end;
  const bool particle = after < t.size() && (t[after].lower == "out" || t[after].lower == "up");
  const bool occurs = In(lemma, {"erupt", "rage", "continue", "resume", "intensify", "escalate", "occur",
                                 "persist", "spread"}) ||
                      (particle && In(lemma, {"break", "flare"}));
  if (!occurs) return {k + 1, limit};
  if (particle) ++after;
  return {after, next_finite(after)};
}

// Matches elements [from, end) of `p` forward from token `pos`, before
// `limit`. `skip_target`: the first "+" is the passive subject, already known.
bool MatchForward(const View& v, const Pattern& p, size_t from, size_t pos, size_t limit, bool skip_target,
                  Found* f, int passive_head) {
  for (size_t i = from; i < p.elements.size(); ++i) {
    const Element& e = p.elements[i];
    // "The deal was signed by Iran": the passive subject is the verb's
    // object, so the first literal may be its head.
    if (e.type == Element::kLiteral && passive_head >= 0 && i == from &&
        LiteralMatches(e, v, static_cast<size_t>(passive_head)) == 1) {
      continue;
    }
    if (e.type == Element::kLiteral) {
      // A preposition before an actor ("to +") is not an infinitive's "to"
      // ("closed a highway to voice anger at X").
      const bool before_actor = i + 1 < p.elements.size() && p.elements[i + 1].type != Element::kLiteral &&
                                p.elements[i + 1].type != Element::kTrigger;
      bool ok = false;
      for (size_t k = pos; k < limit && k <= pos + kLiteralGap; ++k) {
        if (before_actor && v.in_verb[k] >= 0 && v.s.tokens[k].tag == Pos::TO) continue;
        if (size_t n = LiteralMatches(e, v, k); n > 0) {
          f->trigger += ' ';
          f->trigger += v.doc.Text(Span{v.s.tokens[k].span.begin, v.s.tokens[k + n - 1].span.end});
          f->head_literals += v.noun_head[k + n - 1];
          pos = k + n;
          ok = true;
          break;
        }
        if (v.Boundary(k) || v.FiniteVerbAt(k)) break;
        // "denied sending weapons to X": what follows a denial's gerund is
        // the act denied, not what is withheld.
        if (v.s.tokens[k].tag == Pos::VBG && (f->trigger == "deny" || f->trigger == "admit")) break;
        // "vowed not to return": a negation between the elements negates the rest.
        if (v.s.tokens[k].lower == "not" || v.s.tokens[k].lower == "never") break;
      }
      if (!ok) return false;
      continue;
    }
    if (e.type == Element::kTarget && skip_target) { skip_target = false; continue; }
    // "+", "$" or "=": the next actor mention. Right after the verb it is
    // the direct object, so not one inside a prepositional phrase ("met in
    // Beijing").
    const bool direct_object = i > 0 && p.elements[i - 1].type == Element::kTrigger;
    bool ok = false;
    for (size_t k = pos; k < limit && k <= pos + kTargetGap; ++k) {
      if (v.mention_start[k] >= 0 && direct_object && k > 0) {
        const std::string_view prep = v.s.tokens[k - 1].lower;
        if (LocativePreposition(prep) || prep == "during") {
          break;
        }
      }
      if (v.mention_start[k] >= 0) {
        std::vector<int> ms = v.WithGroup(v.mention_start[k]);
        if (e.type == Element::kPair && ms.size() < 2) break;
        if (e.type == Element::kPair) f->pair = true;
        pos = v.actors.mentions[ms.back()].end;
        for (int m : ms) pos = std::max<size_t>(pos, v.actors.mentions[m].end);
        (e.type == Element::kSource ? f->sources : f->targets) = std::move(ms);
        ok = true;
        break;
      }
      if (v.Boundary(k) || v.FiniteVerbAt(k)) break;
    }
    if (!ok) return false;
  }
  return true;
}

std::string BlockingCode(const std::string& code, const std::vector<int>& sources, const ArticleActors& actors) {
  if ((code != "191" && code != "144") || sources.empty()) return code;
  // Every source has sectors and all of them in `sectors` (only), or any of them.
  auto every_source = [&](std::initializer_list<std::string_view> sectors, bool only) {
    for (int m : sources) {
      std::string country;
      std::vector<std::string> sec;
      actors::SplitCode(actors.mentions[m].code, &country, &sec);
      size_t in = 0;
      for (const std::string& x : sec) in += In(x, sectors);
      if (only ? (sec.empty() || in < sec.size()) : in == 0) return false;
    }
    return true;
  };
  if (code == "191" && every_source({"CVL", "OPP", "LAB", "EDU", "AGR"}, true)) return "144";
  if (code == "144" && every_source({"MIL", "COP", "GOV", "UAF"}, false)) return "191";
  return code;
}

bool Better(const Found& a, const Found& b) {
  if (a.elements != b.elements) return a.elements > b.elements;
  if (a.literals != b.literals) return a.literals > b.literals;
  return a.head_literals > b.head_literals;
}

// Is the trigger `lemma` used in a non-political sense in sentence `s`
// (data/events/discards.tsv)?
bool Discarded(const WordInfo* trigger, const text::Sentence& s) {
  if (!trigger || !trigger->discards) return false;
  for (const Token& t : s.tokens) {
    for (const std::string& w : *trigger->discards) {
      if (t.lower == w || t.lemma == w) return true;
      // "3-1": a match score
      if (w == "score" && t.tag == Pos::CD && t.lower.size() >= 3 && t.lower.find('-') != std::string_view::npos &&
          t.lower.find_first_not_of("0123456789-") == std::string_view::npos)
        return true;
    }
  }
  return false;
}

void CopyMention(const ArticleActors& a, int m, ActorRef* r) {
  const Mention& x = a.mentions[m];
  r->mention = m;
  r->code = x.code;
  actors::SplitCode(x.code, &r->country, &r->sectors);
  r->name = x.name;
  r->span = x.span;
}

void SetCode(Event* e, const CodeInfo& info) {
  e->cameo = info.code;
  e->cameo_name = info.name;
  e->plover = info.plover;
  e->plover_mode = info.plover_mode;
  e->plover_context = info.plover_context;
  e->quad_class = info.quad_class;
  e->goldstein = info.goldstein;
}

}  // namespace annals::events::detail
