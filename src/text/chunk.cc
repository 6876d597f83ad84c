// Shallow parsing: noun groups (with possessives and "A and B" coordination),
// verb groups (auxiliaries, negation, modals, "be set to", passive voice),
// prepositional phrases, and clauses that link each verb group to its
// subject, objects and prepositional phrases. Tested by chunk_test.cc.
#include <algorithm>
#include <string_view>

#include "text/text.h"

namespace annals::text {
namespace {

bool Is(const Token& t, std::string_view w) { return t.lower == w; }

bool IsNounHead(Pos p) {
  return IsNoun(p) || p == Pos::PRP || p == Pos::CD || p == Pos::EX;
}
// Words that can sit inside a noun group before its head.
bool IsNounModifier(Pos p) {
  return p == Pos::DT || p == Pos::PDT || p == Pos::PRPS || p == Pos::CD || IsAdjective(p) ||
         IsNoun(p) || p == Pos::POS || p == Pos::VBN || p == Pos::VBG || p == Pos::RBS ||
         p == Pos::RBR || p == Pos::DOLLAR || p == Pos::WPS;
}

bool IsVerbish(const Token& t) { return IsVerb(t.tag) || t.tag == Pos::MD; }

// "be set to", "be expected to": adjectives/participles that, after a form
// of "be" and before "to", make a planned (or possible) future.
Modality FixedModality(std::string_view w) {
  if (w == "set" || w == "expected" || w == "scheduled" || w == "due" || w == "slated" ||
      w == "poised" || w == "going" || w == "about" || w == "planning" || w == "preparing")
    return Modality::kPlanned;
  if (w == "likely" || w == "unlikely" || w == "able" || w == "ready" || w == "willing")
    return Modality::kPossible;
  return Modality::kNone;
}

Modality ModalOf(std::string_view w) {
  if (w == "will" || w == "shall" || w == "'ll" || w == "wo") return Modality::kPlanned;
  if (w == "may" || w == "might" || w == "could" || w == "can" || w == "ca" || w == "would")
    return Modality::kPossible;
  if (w == "must" || w == "should" || w == "ought") return Modality::kObligation;
  return Modality::kNone;
}

// Length of a verb group starting at token i, or 0.
size_t VerbGroupEnd(const std::vector<Token>& t, size_t i) {
  const size_t n = t.size();
  size_t j = i;
  if (t[j].tag == Pos::TO) {
    size_t k = j + 1;
    while (k < n && t[k].tag == Pos::RB) ++k;
    if (k >= n || !IsVerb(t[k].tag) || t[k].tag == Pos::VBD) return i;
    j = k;
  } else if (!IsVerbish(t[j])) {
    return i;
  }
  size_t last_verb = j;
  ++j;
  while (j < n) {
    const Token& w = t[j];
    if (IsVerbish(w)) {
      // Only auxiliaries (be, have, do, get, modals) take another verb into
      // their group: "extradited suspected militants" is two verbs.
      const Token& lv = t[last_verb];
      const bool aux = lv.tag == Pos::MD || lv.lemma == "be" || lv.lemma == "have" || lv.lemma == "do" ||
                       lv.lemma == "get" || lv.tag == Pos::TO;
      if (!aux) break;
      last_verb = j;
      ++j;
      continue;
    }
    if (w.tag == Pos::RB || Is(w, "not") || Is(w, "n't") || Is(w, "never")) {
      // Adverbs inside the group only when a verb (or a fixed expression) follows.
      size_t k = j;
      while (k < n && (t[k].tag == Pos::RB || Is(t[k], "n't"))) ++k;
      if (k < n && (IsVerbish(t[k]) || FixedModality(t[k].lower) != Modality::kNone)) { j = k; continue; }
      break;
    }
    if (w.tag == Pos::TO && j + 1 < n) {
      // "set to travel", "expected to make", "going to sign".
      if (FixedModality(t[j - 1].lower) != Modality::kNone) {
        size_t k = j + 1;
        while (k < n && t[k].tag == Pos::RB) ++k;
        if (k < n && IsVerb(t[k].tag)) {
          last_verb = j;  // "to" takes the verb after it into the group
          j = k;
          continue;
        }
      }
      break;
    }
    if ((IsAdjective(w.tag) || w.tag == Pos::RB) && FixedModality(w.lower) != Modality::kNone &&
        j + 1 < n && t[j + 1].tag == Pos::TO && t[j - 1].lemma == "be") {
      ++j;  // "is likely to", "is due to"
      continue;
    }
    break;
  }
  (void)last_verb;
  return j;
}

void FillVerbGroup(const std::vector<Token>& t, Chunk* c) {
  c->kind = ChunkKind::kVerb;
  c->infinitive = t[c->begin].tag == Pos::TO ||
                  (c->begin + 1 < c->end && t[c->begin + 1].tag == Pos::TO && (Is(t[c->begin], "not") || Is(t[c->begin], "never")));
  int head = -1;
  bool saw_be_before_head = false;
  for (size_t i = c->begin; i < c->end; ++i) {
    const Token& w = t[i];
    if (Is(w, "not") || Is(w, "n't") || Is(w, "never")) c->negated = true;
    if (w.tag == Pos::MD) {
      Modality m = ModalOf(w.lower);
      if (m != Modality::kNone && c->modality == Modality::kNone) c->modality = m;
      if (c->tense == Tense::kNone) c->tense = m == Modality::kPlanned ? Tense::kFuture : Tense::kPresent;
      continue;
    }
    if (FixedModality(w.lower) != Modality::kNone && i + 1 < c->end && t[i + 1].tag == Pos::TO) {
      if (c->modality == Modality::kNone || c->modality == Modality::kPlanned)
        c->modality = FixedModality(w.lower);
      continue;
    }
    if (IsVerb(w.tag)) {
      if (c->tense == Tense::kNone && !c->infinitive) {
        if (w.tag == Pos::VBD) c->tense = Tense::kPast;
        else if (w.tag == Pos::VBZ || w.tag == Pos::VBP) c->tense = Tense::kPresent;
      }
      if (head >= 0) {
        const Token& prev = t[head];
        if ((prev.lemma == "be" || prev.lemma == "get") && w.tag == Pos::VBN) saw_be_before_head = true;
        else if (prev.lemma == "have" && w.tag == Pos::VBN) c->perfect = true;
        if (prev.lemma == "be" && w.tag != Pos::VBN) saw_be_before_head = false;
      }
      head = static_cast<int>(i);
    }
  }
  if (head < 0) head = c->end - 1;
  c->head = static_cast<uint16_t>(head);
  // "been" + VBN is passive; "has visited" is not; "is opposed to", "are
  // concerned about" describe a stance and stay active.
  c->voice = saw_be_before_head && t[head].tag == Pos::VBN ? Voice::kPassive : Voice::kActive;
  if (c->voice == Voice::kPassive && static_cast<size_t>(head) + 1 < t.size()) {
    const std::string_view h = t[head].lower, next = t[head + 1].lower;
    if ((h == "opposed" && next == "to") || (h == "committed" && next == "to") ||
        ((h == "concerned" || h == "worried") && (next == "about" || next == "over" || next == "by")) ||
        (h == "determined" && next == "to") || (h == "prepared" && next == "to") ||
        (h == "willing" && next == "to")) {
      c->voice = Voice::kActive;
    }
  }
}

// "France, Germany and Italy": from the comma at j, a list of proper names
// closed by "and"/"or"; returns the token after the last name, or 0.
size_t NameListEnd(const std::vector<Token>& t, size_t j) {
  const size_t n = t.size();
  auto name_end = [&](size_t k) {  // (the)? NNP+ starting at k, or k
    size_t e = k;
    if (e < n && t[e].lower == "the") ++e;
    const size_t first = e;
    while (e < n && (t[e].tag == Pos::NNP || t[e].tag == Pos::NNPS)) ++e;
    return e > first ? e : k;
  };
  size_t k = j;
  while (k < n && t[k].tag == Pos::COMMA) {
    const size_t e = name_end(k + 1);
    if (e == k + 1) return 0;
    k = e;
    // ", and Italy" or " and Italy"
    if (k < n && t[k].tag == Pos::COMMA && k + 1 < n && t[k + 1].tag == Pos::CC) ++k;
    if (k < n && t[k].tag == Pos::CC && (t[k].lower == "and" || t[k].lower == "or")) {
      const size_t last = name_end(k + 1);
      return last > k + 1 ? last : 0;
    }
  }
  return 0;
}

// The end of the noun group starting at token i (i when there is none).
// Sets c->coordinated and c->possessive when the tokens it takes in hold a
// coordinator or comma, or a possessive marker.
size_t NounGroupEnd(const std::vector<Token>& t, size_t i, Chunk* c) {
  const size_t n = t.size();
  if (t[i].tag == Pos::PRP || t[i].tag == Pos::EX) return i + 1;
  size_t j = i;
  size_t last_head = i;
  bool has_head = false;
  while (j < n) {
    const Token& w = t[j];
    // "Tanzania a grant": a determiner after a head starts a new noun group.
    if ((w.tag == Pos::DT || w.tag == Pos::PDT || w.tag == Pos::PRPS) && has_head && j > i) break;
    if (IsNounHead(w.tag) && w.tag != Pos::PRP) { has_head = true; last_head = j + 1; ++j; continue; }
    if (w.tag == Pos::COMMA && has_head && (t[j - 1].tag == Pos::NNP || t[j - 1].tag == Pos::NNPS)) {
      if (const size_t e = NameListEnd(t, j); e > 0) {
        c->coordinated = true;
        return e;
      }
    }
    if (w.tag == Pos::POS && has_head) {  // "Putin 's advisor"
      c->possessive = true;
      ++j;
      has_head = false;
      continue;
    }
    if ((w.tag == Pos::VBN || w.tag == Pos::VBG)) {
      // A participle modifies a noun between a determiner/adjective and a
      // noun, or right after a verb: "extradited suspected militants".
      if (j == i && i > 0 && IsVerb(t[i - 1].tag) && t[i - 1].lemma != "be" && t[i - 1].lemma != "have" &&
          t[i - 1].lemma != "get" && j + 1 < n &&
          (IsNoun(t[j + 1].tag) || (IsAdjective(t[j + 1].tag) && j + 2 < n &&
                                    (IsNoun(t[j + 2].tag) || IsAdjective(t[j + 2].tag))))) {
        ++j;
        continue;
      }
      if (j == i || j + 1 >= n || !(IsNoun(t[j + 1].tag) || IsAdjective(t[j + 1].tag))) break;
      const Pos p = t[j - 1].tag;
      if (!(p == Pos::DT || IsAdjective(p) || p == Pos::PRPS || p == Pos::POS || p == Pos::RB ||
            p == Pos::CD))
        break;
      ++j;
      continue;
    }
    // "the Indian and Chinese sides": coordinated adjectives before one head.
    if (w.tag == Pos::CC && (w.lower == "and" || w.lower == "or") && j > i && !has_head &&
        IsAdjective(t[j - 1].tag) && j + 1 < n &&
        (IsAdjective(t[j + 1].tag) ||
         (t[j + 1].tag == Pos::NNP && j + 2 < n && (t[j + 2].tag == Pos::NN || t[j + 2].tag == Pos::NNS)))) {
      c->coordinated = true;
      ++j;
      continue;
    }
    if (w.tag == Pos::RB && j + 1 < n && IsAdjective(t[j + 1].tag) && j > i) { ++j; continue; }  // "increasingly close ties"
    if (w.tag == Pos::RB && j == i && j + 1 < n &&
        (IsAdjective(t[j + 1].tag) || t[j + 1].tag == Pos::DT || t[j + 1].tag == Pos::CD ||
         (t[j + 1].tag == Pos::RB && j + 2 < n && t[j + 2].tag == Pos::CD))) {
      ++j;
      continue;
    }
    if (IsNounModifier(w.tag)) {
      c->possessive |= w.tag == Pos::POS;
      ++j;
      continue;
    }
    break;
  }
  return has_head || last_head > i ? last_head : i;
}

}  // namespace

void ChunkSentence(Sentence* s) {
  auto& t = s->tokens;
  auto& chunks = s->chunks;
  chunks.clear();
  s->clauses.clear();
  const size_t n = t.size();
  size_t i = 0;
  while (i < n) {
    // Verb groups first: "to" + verb, modals, verbs that are not noun modifiers.
    // "not attend", "never met", "vowed not to return": a negation opens its verb group.
    const bool never = (Is(t[i], "never") || Is(t[i], "not")) && i + 1 < n &&
                       (IsVerbish(t[i + 1]) || (t[i + 1].tag == Pos::TO && i + 2 < n && IsVerbish(t[i + 2])));
    const bool participle_modifier = (t[i].tag == Pos::VBN || t[i].tag == Pos::VBG) && i > 0 &&
                                     IsVerb(t[i - 1].tag) && t[i - 1].lemma != "be" && t[i - 1].lemma != "have" &&
                                     t[i - 1].lemma != "get" && i + 1 < n &&
                                     (IsNoun(t[i + 1].tag) || (IsAdjective(t[i + 1].tag) && i + 2 < n &&
                                                               (IsNoun(t[i + 2].tag) || IsAdjective(t[i + 2].tag))));
    if ((IsVerbish(t[i]) || t[i].tag == Pos::TO || never) && !participle_modifier) {
      size_t e = VerbGroupEnd(t, never ? i + 1 : i);
      if (e > i) {
        Chunk c;
        c.begin = static_cast<uint16_t>(i);
        c.end = static_cast<uint16_t>(e);
        FillVerbGroup(t, &c);
        chunks.push_back(c);
        i = e;
        continue;
      }
    }
    if (t[i].tag == Pos::IN || t[i].tag == Pos::TO) {
      Chunk c;
      c.kind = ChunkKind::kPrep;
      c.begin = c.head = static_cast<uint16_t>(i);
      c.end = static_cast<uint16_t>(i + 1);
      chunks.push_back(c);
      ++i;
      continue;
    }
    Chunk c;
    size_t e = NounGroupEnd(t, i, &c);
    if (e > i) {
      c.kind = ChunkKind::kNoun;
      c.begin = static_cast<uint16_t>(i);
      c.end = static_cast<uint16_t>(e);
      c.head = static_cast<uint16_t>(e - 1);
      while (c.head > c.begin && !IsNounHead(t[c.head].tag)) --c.head;
      // Coordination: "Russia and North Korea", "Putin and North Korean leader Kim".
      const bool joins_previous =
          !chunks.empty() && chunks.back().kind == ChunkKind::kNoun &&
          ((c.begin >= 1 && chunks.back().end + 1 == c.begin && t[c.begin - 1].tag == Pos::CC &&
            (Is(t[c.begin - 1], "and") || Is(t[c.begin - 1], "or"))) ||
           // serial comma: "A, B, and C"
           (chunks.back().end + 2 == c.begin && t[c.begin - 2].tag == Pos::COMMA && t[c.begin - 1].tag == Pos::CC &&
            Is(t[c.begin - 1], "and")));
      if (joins_previous) {
        chunks.back().end = c.end;
        chunks.back().coordinated = true;
        chunks.back().possessive |= c.possessive;
      } else {
        chunks.push_back(c);
      }
      i = e;
      continue;
    }
    ++i;
  }

  // Noun groups that only name a time ("Sunday", "yesterday", "last week")
  // are adverbials: never a subject or an object.
  auto time_only = [&](size_t ci) {
    const Chunk& c = chunks[ci];
    if (c.kind != ChunkKind::kNoun) return false;
    static constexpr std::string_view kTime[] = {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
        "tomorrow", "tonight", "week", "weekend", "month", "year", "morning", "evening", "night", "afternoon",
        "last", "this", "next", "the", "each", "every", "early", "late"};
    for (uint16_t k = c.begin; k < c.end; ++k) {
      bool is_time = false;
      for (std::string_view w : kTime) {
        if (t[k].lower == w) { is_time = true; break; }
      }
      if (!is_time) return false;
    }
    return true;
  };

  // Clauses.
  auto prev_token_before = [&](size_t pos) -> int {
    int k = static_cast<int>(pos) - 1;
    while (k >= 0 && t[k].tag == Pos::RB) --k;
    return k;
  };
  auto np_in_pp = [&](size_t ci) {
    if (ci == 0 || chunks[ci - 1].kind != ChunkKind::kPrep || chunks[ci - 1].end != chunks[ci].begin)
      return false;
    // "that the army attacked": a subordinator followed by a clause's subject.
    const std::string_view p = t[chunks[ci - 1].head].lower;
    const bool subordinator = p == "that" || p == "if" || p == "whether" || p == "because" ||
                              p == "although" || p == "though" || p == "while" || p == "unless" ||
                              p == "after" || p == "before" || p == "since" || p == "as" ||
                              p == "until" || p == "once" || p == "whereas";
    if (!subordinator) return true;
    // "that the army and the militias in Tigray must sign": the noun
    // group, with any prepositional phrases after it, is followed by a verb.
    size_t k = ci + 1;
    while (k + 1 < chunks.size() && chunks[k].kind == ChunkKind::kPrep && chunks[k + 1].kind == ChunkKind::kNoun) k += 2;
    return !(k < chunks.size() && chunks[k].kind == ChunkKind::kVerb);
  };
  auto is_boundary = [&](size_t tok) {
    const Token& w = t[tok];
    return w.tag == Pos::COLON || w.tag == Pos::LQUOTE || w.tag == Pos::RQUOTE ||
           w.lower == "\"" || w.tag == Pos::WDT || w.tag == Pos::WP || w.tag == Pos::LRB ||
           w.tag == Pos::RRB;
  };
  // quoted[k]: token k lies inside quotation marks.
  std::vector<bool> quoted(n, false);
  s->quoted = false;
  for (size_t k = 0, open = 0; k < n; ++k) {
    if (t[k].tag == Pos::LQUOTE) {
      open = 1;
      s->quoted = true;
    } else if (t[k].tag == Pos::RQUOTE) {
      open = 0;
    } else {
      quoted[k] = open;
    }
  }
  int last_clause = -1;
  int last_verb_chunk = -1;
  for (size_t ci = 0; ci < chunks.size(); ++ci) {
    const Chunk& v = chunks[ci];
    if (v.kind != ChunkKind::kVerb) continue;
    Clause cl;
    cl.verb = static_cast<uint16_t>(ci);
    const int before = prev_token_before(v.begin);
    const bool after_comma = before >= 0 && t[before].tag == Pos::COMMA;
    const bool after_cc = before >= 0 && t[before].tag == Pos::CC;
    const bool relative = before >= 0 && (t[before].tag == Pos::WDT || t[before].tag == Pos::WP);
    // Nearest noun group to the left that is not inside a prepositional
    // phrase, not before the previous verb group, with no clause boundary in between.
    int subj = -1;
    for (int k = static_cast<int>(ci) - 1; k >= 0 && k > last_verb_chunk; --k) {
      if (chunks[k].kind != ChunkKind::kNoun || np_in_pp(k) || time_only(k)) continue;
      bool blocked = false;
      // "The International Labour Office (ILO) reiterated": an acronym in
      // brackets right after a noun group is that noun group.
      const bool bracketed = chunks[k].begin > 0 && t[chunks[k].begin - 1].tag == Pos::LRB &&
                             chunks[k].end < n && t[chunks[k].end].tag == Pos::RRB && chunks[k].end + 1 == v.begin;
      for (size_t tok = chunks[k].end; tok < v.begin && !bracketed; ++tok) {
        if (is_boundary(tok) && !relative) { blocked = true; break; }
      }
      if (!blocked) subj = k;
      break;
    }
    if (subj >= 0 && subj > 0 && chunks[subj - 1].kind == ChunkKind::kPrep &&
        chunks[subj - 1].end == chunks[subj].begin) {
      cl.subordinate = true;  // "that the army attacked"
    }
    if (before >= 0 && t[before].tag == Pos::IN) cl.subordinate = true;  // "if signed"
    if (subj > 0 && chunks[subj - 1].kind == ChunkKind::kVerb && chunks[subj - 1].end == chunks[subj].begin) {
      cl.subordinate = true;  // "said the documents were ready"
    }
    // "missiles still being used against": a participle right after a noun
    // group (even inside a prepositional phrase) modifies it.
    const bool bare_participle = t[v.begin].tag == Pos::VBN && v.begin == v.head;
    // "fired at students protesting…" (the students protest), but not "closed
    // shops in the old city demanding…" (a place does not demand).
    bool gerund_after_noun = t[v.begin].tag == Pos::VBG && v.begin == v.head && ci > 1 &&
                             chunks[ci - 1].kind == ChunkKind::kNoun && chunks[ci - 1].end == v.begin;
    if (gerund_after_noun && chunks[ci - 2].kind == ChunkKind::kPrep) {
      const std::string_view p = t[chunks[ci - 2].head].lower;
      if (p == "in" || p == "near" || p == "inside" || p == "outside" || p == "across" || p == "throughout" ||
          p == "into" || p == "of" || p == "on") {
        gerund_after_noun = false;
      }
    }
    if ((subj < 0 || ((bare_participle || gerund_after_noun) && last_clause >= 0)) &&
        (t[v.begin].tag == Pos::VBG || t[v.begin].tag == Pos::VBN) && ci > 0) {
      int k = static_cast<int>(v.begin) - 1;
      while (k >= 0 && t[k].tag == Pos::RB) --k;
      if (k >= 0 && chunks[ci - 1].kind == ChunkKind::kNoun && chunks[ci - 1].end == k + 1 &&
          !(t[v.begin].tag == Pos::VBG && before >= 0 && t[before].tag == Pos::COMMA)) {
        subj = static_cast<int>(ci - 1);
        cl.relative = true;
        // "a diplomat accused of spying": a bare participle after its noun
        // is a passive ("who was accused").
        if (bare_participle) chunks[ci].voice = Voice::kPassive;
      }
    }
    if (relative) {
      cl.relative = true;
      // "North Korea, which is under sanctions": the antecedent is the noun
      // group before the relative pronoun (across a comma).
      int k = before - 1;
      while (k >= 0 && t[k].tag == Pos::COMMA) --k;
      for (int c2 = static_cast<int>(ci) - 1; c2 >= 0; --c2) {
        if (chunks[c2].kind == ChunkKind::kNoun && chunks[c2].begin <= k && k < chunks[c2].end) { subj = c2; break; }
      }
    }
    const bool participle = t[v.begin].tag == Pos::VBG || (t[v.begin].tag == Pos::VBN && v.voice == Voice::kActive && v.begin == v.head);
    // "Rwanda, which denies backing the rebels, accused Congo": after a
    // comma, a noun inside the relative clause is not the subject.
    if (!relative && !participle && !v.infinitive && after_comma && subj >= 0 && last_clause >= 0 &&
        !s->clauses[last_clause].relative) {
      for (int k = last_clause; k >= 0; --k) {
        const Clause& r = s->clauses[k];
        if (!r.relative) continue;
        if (r.subject >= 0 && static_cast<int>(chunks[r.verb].begin) < static_cast<int>(chunks[subj].begin) &&
            chunks[r.subject].end <= chunks[r.verb].begin) {
          subj = r.subject;
          cl.subordinate = false;  // set above for the noun it replaces
        }
        break;
      }
    }
    if (!relative && !participle && !v.infinitive && last_clause >= 0 && s->clauses[last_clause].relative) {
      // "Putin, who arrived on Monday, met Kim", "Drone strikes, launched almost
      // weekly, have killed…": the antecedent is the subject, not the
      // parenthetical clause's object.
      const Clause& p = s->clauses[last_clause];
      if (subj < 0 || (after_comma && std::find(p.objects.begin(), p.objects.end(), subj) != p.objects.end())) {
        subj = p.subject;
      }
    }
    // "Sri Lanka established ties with Iran and opened an embassy": after
    // "and", the previous clause's object is not the new verb's subject.
    // Nor after a comma before a participle: "shelled rebel positions,
    // killing five civilians" (the shelling killed them).
    if ((after_cc || (after_comma && t[v.begin].tag == Pos::VBG)) && subj >= 0 && last_clause >= 0) {
      const Clause& p = s->clauses[last_clause];
      if (std::find(p.objects.begin(), p.objects.end(), subj) != p.objects.end()) subj = -1;
    }
    // "X shunned work to protest": an infinitive's subject is the main
    // clause's subject, or its object after verbs of asking and ordering
    // ("urged Iran to stop").
    if (v.infinitive && last_clause >= 0 && subj >= 0 && subj > last_verb_chunk) {
      const Clause& p = s->clauses[last_clause];
      const std::string_view pl = t[chunks[p.verb].head].lemma;
      const bool object_control = pl == "urge" || pl == "ask" || pl == "tell" || pl == "order" ||
                                  pl == "force" || pl == "encourage" || pl == "allow" || pl == "invite" ||
                                  pl == "persuade" || pl == "call" || pl == "help" || pl == "permit" ||
                                  pl == "warn" || pl == "press" || pl == "pressure" || pl == "request" ||
                                  pl == "instruct" || pl == "authorize" || pl == "enable" || pl == "convince";
      const bool is_parent_object = std::find(p.objects.begin(), p.objects.end(), subj) != p.objects.end();
      if (is_parent_object && !object_control) subj = -1;
    }
    if (subj < 0 && last_clause >= 0 &&
        (v.infinitive || after_cc || (after_comma && t[v.begin].tag == Pos::VBG) ||
         t[v.begin].tag == Pos::VBG)) {
      // "agreed to meet", "arrived and met": the subject carries over. A
      // participle after a comma (", adding") belongs to the main clause.
      int from = last_clause;
      if (after_comma && t[v.begin].tag == Pos::VBG) {
        // Not a clause inside a quotation the participle is outside of:
        // 'Kirby told reporters, "We're not concerned", adding…'.
        for (int k = last_clause; k >= 0; --k) {
          const Clause& c = s->clauses[k];
          if (c.relative || c.subordinate) continue;
          if (quoted[chunks[c.verb].begin] && !quoted[v.begin]) continue;
          from = k;
          break;
        }
      }
      cl.subject = s->clauses[from].subject;
      // "was attacked by militiamen, killing 156": the participle's doer is
      // the passive clause's agent.
      if (after_comma && t[v.begin].tag == Pos::VBG && chunks[s->clauses[from].verb].voice == Voice::kPassive) {
        for (const PrepPhrase& pp : s->clauses[from].preps) {
          if (t[pp.prep].lower == "by") { cl.subject = static_cast<int16_t>(pp.np); break; }
        }
      }
      cl.subject_inherited = true;
      cl.parent = static_cast<int16_t>(from);
    } else {
      cl.subject = static_cast<int16_t>(subj);
      if (v.infinitive && last_clause >= 0) cl.parent = static_cast<int16_t>(last_clause);
      // "Drone strikes, launched almost weekly, have killed": a participle
      // between commas before any main verb is a parenthetical modifier.
      if (last_clause < 0 && after_comma && participle && subj >= 0 && chunks[subj].end == before) {
        cl.relative = true;
      }
    }
    // "vowed to reform the courts and hold elections": a
    // base verb after "and" continues the infinitive, under the same verb.
    if (after_cc && last_clause >= 0 && t[v.begin].tag == Pos::VB && v.begin == v.head) {
      const Clause& p = s->clauses[last_clause];
      if (chunks[p.verb].infinitive && p.parent >= 0) {
        chunks[ci].infinitive = true;
        cl.parent = p.parent;
        cl.subject = p.subject;
        cl.subject_inherited = true;
      }
    }
    // Objects and prepositional phrases up to the next verb group or boundary.
    for (size_t k = ci + 1; k < chunks.size(); ++k) {
      const Chunk& c = chunks[k];
      if (c.kind == ChunkKind::kVerb) break;
      bool stop = false;
      for (size_t tok = chunks[k - 1].end; tok < c.begin; ++tok) {
        if (is_boundary(tok) || t[tok].tag == Pos::COMMA || t[tok].tag == Pos::PERIOD) { stop = true; break; }
      }
      if (stop) break;
      if (c.kind == ChunkKind::kPrep) {
        if (t[c.head].lower == "that" || t[c.head].lower == "if" || t[c.head].lower == "because" ||
            t[c.head].lower == "while" || t[c.head].lower == "although") break;  // subordinate clause
        if (k + 1 < chunks.size() && chunks[k + 1].kind == ChunkKind::kNoun && chunks[k + 1].begin == c.end) {
          cl.preps.push_back(PrepPhrase{c.head, static_cast<uint16_t>(k + 1)});
          ++k;
        }
        continue;
      }
      if (c.kind == ChunkKind::kNoun && !np_in_pp(k) && !time_only(k)) {
        // A noun group right before a verb group is that clause's subject.
        if (k + 1 < chunks.size() && chunks[k + 1].kind == ChunkKind::kVerb && chunks[k + 1].begin == c.end &&
            !chunks[k + 1].infinitive && t[chunks[k + 1].begin].tag != Pos::VBG) {
          break;
        }
        cl.objects.push_back(static_cast<uint16_t>(k));
      }
    }
    s->clauses.push_back(std::move(cl));
    last_clause = static_cast<int>(s->clauses.size()) - 1;
    last_verb_chunk = static_cast<int>(ci);
  }
}

}  // namespace annals::text
