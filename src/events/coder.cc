// Event coding: verb patterns on clauses, noun patterns for nominal events,
// then modality, negation, reported speech and compound actors decide what
// is emitted and how. Tested by events_test.cc.
#include <algorithm>

#include "events/drafts.h"
#include "events/view.h"

namespace annals::events {

using namespace detail;  // NOLINT: the helpers of this stage

std::vector<Event> Coder::Code(const text::Document& doc, const ArticleActors& actors) const {
  const Impl& d = *impl_;
  std::vector<Event> out;
  out.reserve(doc.sentences.size() * 2);
  for (uint32_t si = 0; si < doc.sentences.size(); ++si) {
    if (actors.first[si] == actors.first[si + 1]) continue;  // no actors, no events
    thread_local ViewArrays arrays;
    View v(doc, si, actors, d, &arrays);
    const auto& s = v.s;
    const size_t first_event = out.size();

    // The sentence's speaker, if a speech verb has an actor subject.
    int speech_clause = -1;
    std::vector<int> speaker;
    for (size_t ci = 0; ci < s.clauses.size(); ++ci) {
      const Clause& c = s.clauses[ci];
      const WordInfo* verb = v.lemma_word[s.chunks[c.verb].head];
      if (!verb || !verb->speech_verb) continue;
      auto subj = v.MentionsIn(c.subject);
      if (subj.empty()) continue;
      speech_clause = static_cast<int>(ci);
      speaker = std::move(subj);
      break;
    }

    auto mode_of = [&](size_t ci, bool* drop, std::string* why) { return ModeOf(v, ci, speech_clause, drop, why); };

    // End of clause ci's material: the next finite verb or a boundary.
    auto clause_limit = [&](const Chunk& vg) {
      size_t k = vg.end;
      while (k < s.tokens.size() && !v.FiniteVerbAt(k) && s.tokens[k].tag != Pos::COLON) ++k;
      return k;
    };

    // The sentence's events, as drafts until the sentence is done; reused
    // across sentences (and calls) so that their buffers are too.
    thread_local Drafts drafts;
    drafts.Begin(d, actors, si, speaker.empty() ? -1 : speaker[0]);

    auto passive_of = [](const Chunk& vg) { return vg.voice == text::Voice::kPassive; };
    // Verb patterns, clause by clause.
    // (Buffers reused between sentences.)
    thread_local std::vector<bool> clause_coded;
    thread_local std::vector<std::pair<size_t, size_t>> clause_events;
    clause_coded.assign(s.clauses.size(), false);
    clause_events.assign(s.clauses.size(), {0, 0});
    for (size_t ci = 0; ci < s.clauses.size(); ++ci) {
      const Clause& c = s.clauses[ci];
      const Chunk& vg = s.chunks[c.verb];
      const Token& head = s.tokens[vg.head];
      // "pledged to extradite", "called X to discuss": the governing
      // verb's event stands for the pair.
      // (A bare remark such as "hopes to" (01x) does not stand for it.)
      // Planning and hoping verbs ("plans to impose", "hopes to sign") pass
      // their mode to the act, whose event replaces their generic one.
      const std::string_view parent_lemma =
          c.parent >= 0 ? s.tokens[s.chunks[s.clauses[c.parent].verb].head].lemma : std::string_view();
      const bool governed = vg.infinitive && c.parent >= 0 && (PlanningVerb(parent_lemma) || HopingVerb(parent_lemma));
      if (vg.infinitive && c.parent >= 0 && clause_coded[c.parent] && !governed) continue;
      // "blocked roads, demanding his return", "staged rallies,
      // saying he must resign": what a protest demands is its purpose, part
      // of the protest event (CAMEO 14x: "demonstrate for…"), not a demand
      // of its own.
      auto protest_purpose = [&](int k) {
        if (k < 0) return false;
        const Clause& pc = s.clauses[k];
        const int governor = pc.parent >= 0 ? pc.parent : k - 1;  // a participle elaborates the clause before it
        if (s.tokens[s.chunks[pc.verb].begin].tag != Pos::VBG || governor < 0) return false;
        auto [pb, pe] = clause_events[governor];
        for (size_t e = pb; e < pe && e < drafts.size(); ++e) {
          if (drafts.Cameo(e).starts_with("14")) return true;
        }
        return false;
      };
      if (protest_purpose(static_cast<int>(ci)) && In(head.lemma, {"demand", "call", "urge", "say", "insist"})) continue;
      if (speech_clause >= 0 && static_cast<size_t>(speech_clause) < ci && protest_purpose(speech_clause)) continue;
      // "Russia said Sudan must return the helicopter": an obligation put
      // on someone in reported speech is the speaker's demand (CAMEO 100).
      if (vg.modality == text::Modality::kObligation && !vg.negated && speech_clause >= 0 &&
          static_cast<int>(ci) != speech_clause && static_cast<size_t>(speech_clause) < ci) {
        std::vector<int> obliged = v.SubjectMentions(c.subject);
        if (!obliged.empty() && d.codes.count("100")) {
          drafts.Emit(Origin{"100", "obligation in reported speech", "X said Y must/should …", ""}, speaker, obliged,
                      false, Mode::kOccurred, "obligation reported by the speaker", doc.Text(head.span), head.span);
          clause_coded[ci] = true;
          continue;
        }
      }
      const WordInfo* head_word = v.lemma_word[vg.head];
      if (!head_word || !head_word->verbs) continue;
      // "attacked and destroyed a village": a verb joined by "and" to the
      // next, with nothing of its own after it, shares the next one's
      // objects: its patterns are matched after the next verb.
      size_t from = vg.end;
      size_t limit = clause_limit(vg);
      if (c.objects.empty() && c.preps.empty() && limit == static_cast<size_t>(vg.end) + 1 && s.tokens[vg.end].lower == "and" &&
          ci + 1 < s.clauses.size() && s.clauses[ci + 1].subject_inherited) {
        const Chunk& next = s.chunks[s.clauses[ci + 1].verb];
        if (next.begin == vg.end + 1 && !next.infinitive && next.voice == vg.voice) {
          from = next.end;
          limit = clause_limit(next);
        }
      }
      // "is concerned about", "is opposed to", "is committed to": a
      // participle of feeling or stance with no "by" is an adjective, and
      // its subject the one who feels.
      bool by_phrase = false;
      for (const auto& pp : c.preps) by_phrase |= s.tokens[pp.prep].lower == "by";
      const bool adjectival = !by_phrase && In(head.lemma, {"concern", "worry", "alarm", "trouble", "disturb",
                                                            "disappoint", "dismay", "oppose", "commit",
                                                            "determine", "outrage", "shock", "frustrate"});
      const bool passive = vg.voice == text::Voice::kPassive && !adjectival;
      std::vector<int> subject = v.SubjectMentions(c.subject);
      // "the group issued a statement urging…": a statement its author
      // issues speaks for the author.
      bool issued = false;
      if (c.subject >= 0 && ci > 0 && s.tokens[vg.begin].tag == Pos::VBG) {
        const Clause& p = s.clauses[ci - 1];
        issued = std::find(p.objects.begin(), p.objects.end(), c.subject) != p.objects.end() &&
                 In(s.tokens[s.chunks[p.verb].head].lemma, {"issue", "release", "publish", "send", "deliver", "make",
                                                              "sign", "adopt", "post", "circulate"});
        if (issued) subject = v.SubjectMentions(p.subject);
      }
      // "a draft that seeks to impose sanctions", "a resolution censuring
      // X": what a document or proposal says is not an act of its own.
      if (c.subject >= 0 && vg.voice == text::Voice::kActive && !issued) {
        const std::string_view h = s.tokens[s.chunks[c.subject].head].lemma;
        if (In(h, {"resolution", "plan", "proposal", "bill", "law", "measure", "draft", "motion", "decree",
                   "report", "statement", "declaration", "document", "letter", "request", "demand", "call",
                   "offer", "initiative", "policy", "order", "ruling", "verdict", "treaty", "agreement", "deal",
                   "accord", "pact", "memorandum", "communique", "text"})) {
          continue;
        }
      }
      // "the group released a statement urging…": a participle whose noun
      // names no actor speaks for the clause before it.
      if (subject.empty() && ci > 0 && (s.tokens[vg.begin].tag == Pos::VBG) && !passive_of(vg)) {
        subject = v.SubjectMentions(s.clauses[ci - 1].subject);
      }
      std::vector<int> agent;
      for (const auto& pp : c.preps) {
        if (s.tokens[pp.prep].lower == "by") { agent = v.MentionsIn(pp.np); break; }
      }
      // "were killed in a car bombing": the attack's unnamed doer is the agent.
      if (agent.empty() && vg.voice == text::Voice::kPassive) {
        for (const auto& pp : c.preps) {
          if (s.tokens[pp.prep].lower != "in") continue;
          for (int m : v.MentionsIn(pp.np)) {
            if (actors.mentions[m].via == actors::Via::kImplied) agent.push_back(m);
          }
          if (!agent.empty()) break;
        }
      }
      // In "North Korea's missiles were used against X" the subject's actor
      // is a possessor, not the patient: no swap.
      bool subject_is_head = false;
      if (c.subject >= 0) {
        const Chunk& sc = s.chunks[c.subject];
        for (int m : subject) {
          subject_is_head |= actors.mentions[m].begin <= sc.head && sc.head < actors.mentions[m].end;
        }
      }
      // The pattern words present after the verb: patterns whose literals
      // are absent are skipped without matching.
      thread_local std::vector<uint64_t> present;
      thread_local std::vector<int> set_ids;
      present.resize((d.vocabulary.size() + 63) / 64);
      for (int id : set_ids) present[id >> 6] = 0;
      set_ids.clear();
      const size_t passive_subject_head =
          passive && c.subject >= 0 ? s.chunks[c.subject].head : static_cast<size_t>(-1);
      for (size_t k = from; k <= limit; ++k) {
        const size_t tok = k == limit ? passive_subject_head : k;  // the passive subject's head counts too
        if (tok >= s.tokens.size()) continue;
        for (int id : {v.lemma_id[tok], v.lower_id[tok]}) {
          if (id < 0) continue;
          present[id >> 6] |= uint64_t{1} << (id & 63);
          set_ids.push_back(id);
        }
      }
      auto possible = [&](const Pattern& p) {
        for (const auto& firsts : p.literal_first_ids) {
          bool any = false;
          for (int id : firsts) {
            if ((present[id >> 6] >> (id & 63)) & 1) { any = true; break; }
          }
          if (!any) return false;
        }
        return true;
      };
      Found best;
      bool best_passive_swap = false;
      for (int pi : *head_word->verbs) {
        const Pattern& p = d.verbs[pi];
        if (!possible(p)) continue;
        const bool has_target = std::any_of(p.elements.begin(), p.elements.end(),
                                            [](const Element& e) { return e.type == Element::kTarget || e.type == Element::kPair; });
        // Passive: "X was attacked by Y" — the subject is the target.
        for (int attempt = 0; attempt < 2; ++attempt) {
          const bool swap = attempt == 0 && passive && has_target && !subject.empty() &&
                            (subject_is_head || !agent.empty());
          if (attempt == 0 && passive && !swap) continue;
          if (attempt == 1 && passive && swap) continue;
          Found f;
          f.pattern = pi;
          f.trigger = std::string(head.lemma);
          const int passive_head = passive && c.subject >= 0 ? s.chunks[c.subject].head : -1;
          if (!MatchForward(v, p, 1, from, limit, swap, &f, passive_head)) continue;
          f.elements = static_cast<int>(p.elements.size());
          f.literals = p.literals;
          if (Better(f, best)) {
            best = std::move(f);
            best_passive_swap = swap;
          }
          break;
        }
      }
      if (best.pattern < 0) continue;
      if (Discarded(head_word, s)) continue;
      const Pattern& p = d.verbs[best.pattern];
      bool drop = false;
      std::string why;
      Mode mode = mode_of(ci, &drop, &why);
      Origin origin{p.code, p.where, p.text, ""};
      // "will not meet", and "vowed not to return" (a governed, negated
      // infinitive): the codebook's rejection.
      if (drop && why == "negated" && (vg.modality != text::Modality::kNone || governed)) {
        // "will not meet", "would not release": the codebook's rejection.
        for (const auto& [prefix, code] : d.rejection) {
          if (p.code.rfind(prefix, 0) == 0) {
            origin.code = code;
            origin.note = " negated";
            drop = false;
            mode = Mode::kOccurred;
            why = "ruled out: rejection of " + p.code;
            break;
          }
        }
      }
      if (drop) continue;
      std::vector<int> sources = subject, targets = std::move(best.targets);
      const int root = CodeRoot(p.code);
      std::string authorities;  // set when the source is a place's government
      if (passive) {
        if (best_passive_swap) {
          targets = subject;
          sources = agent;
          why += why.empty() ? "passive" : "; passive";
        } else if (!agent.empty()) {
          // "The Russian ambassador was summoned by Estonia": the by-agent
          // acts on the subject.
          sources = agent;
          if (targets.empty() && subject_is_head) targets = subject;
          why += why.empty() ? "passive" : "; passive";
        } else if (subject_is_head) {
          // "A journalist was detained in Ethiopia": arrests, expulsions and
          // bans are done by the authorities of the place; otherwise ("three
          // soldiers were killed") the doer is not named and nothing is coded.
          const int place = (root == 16 || root == 17) ? PlaceCountryMention(v, from, limit) : -1;
          if (place < 0) continue;
          authorities = std::string(actors.mentions[place].country()) + "GOV";
          sources = {place};
          if (targets.empty()) targets = subject;
          why += why.empty() ? "passive; done by the authorities of the place" : "; passive; done by the authorities of the place";
        }
        // else "North Korea's missiles were used against X": the user is
        // the possessor in the subject.
      }
      if (sources.empty()) continue;
      const bool has_target = std::any_of(p.elements.begin(), p.elements.end(),
                                          [](const Element& e) { return e.type == Element::kTarget || e.type == Element::kPair; });
      if (has_target && targets.empty()) continue;
      const bool reciprocal = sources.size() >= 2 && ((root >= 3 && root <= 8) || root >= 16);
      if (!has_target && targets.empty() && !reciprocal) {
        targets = DefaultTarget(v, ci, from, limit, sources, root);
      }
      // A consultation needs a partner: "the cabinet met" alone is no event.
      if (targets.empty() && sources.size() < 2 && origin.code.starts_with("04")) continue;
      clause_coded[ci] = !origin.code.starts_with("01");
      const size_t before_emit = drafts.size();
      drafts.planner_is_source = c.parent < 0 || s.clauses[c.parent].subject == c.subject;
      drafts.Emit(origin, sources, targets, best.pair, mode, why, best.trigger, head.span);
      drafts.planner_is_source = true;
      clause_events[ci] = {before_emit, drafts.size()};
      if (!authorities.empty()) drafts.SetAuthorities(before_emit, authorities);
      if (governed && drafts.size() > before_emit) {
        // Drop the governing verb's generic intent (030, 036) now that the act is coded.
        auto [pb, pe] = clause_events[c.parent];
        for (size_t k = pb; k < pe && k < drafts.size(); ++k) {
          const std::string_view cameo = drafts.Cameo(k);
          if (cameo == "030" || cameo == "036" || cameo.starts_with("01")) drafts.Blank(k);
        }
      }
    }
    // "pledged never to cede the islands": a promise not to act is no intent to
    // cooperate, whether or not the act itself was coded.
    for (size_t ci = 0; ci < s.clauses.size(); ++ci) {
      const Clause& c = s.clauses[ci];
      const Chunk& vg = s.chunks[c.verb];
      if (!vg.infinitive || !vg.negated || c.parent < 0) continue;
      auto [pb, pe] = clause_events[c.parent];
      for (size_t k = pb; k < pe && k < drafts.size(); ++k) {
        if (drafts.Cameo(k) == "030" || drafts.Cameo(k) == "036") drafts.Blank(k);
      }
    }
    drafts.RemoveBlanked();

    // Noun patterns: nominal events with their own actors — but not the
    // object of a verbal reaction ("rejected North Korea's demand",
    // "condemned the attack"): the sentence reports the reaction, as CAMEO
    // codes it ("brokered a ceasefire between A and B" keeps the ceasefire).
    drafts.nominal = true;
    thread_local std::vector<bool> in_coded_object;
    in_coded_object.assign(s.tokens.size(), false);
    for (size_t ci = 0; ci < s.clauses.size(); ++ci) {
      auto [eb, ee] = clause_events[ci];
      bool reaction = false;
      for (size_t k = eb; k < ee && k < drafts.size(); ++k) {
        reaction |= In(drafts.Cameo(k).substr(0, 2), {"01", "02", "10", "11", "12", "13"});
      }
      if (!reaction) continue;
      for (uint16_t o : s.clauses[ci].objects) {
        for (uint16_t k = s.chunks[o].begin; k < s.chunks[o].end; ++k) in_coded_object[k] = true;
      }
    }
    for (size_t k = 0; k < s.tokens.size(); ++k) {
      const Token& t = s.tokens[k];
      if (!text::IsNoun(t.tag) && t.tag != Pos::VBG) continue;
      if (in_coded_object[k]) continue;
      // Noun patterns of the lemma, else of the word as written.
      const WordInfo* lemma_word = v.lemma_word[k];
      const WordInfo* lower_word = v.lower_word[k];
      const std::vector<int>* nouns = lemma_word && lemma_word->nouns ? lemma_word->nouns
                                      : lower_word && lower_word->nouns ? lower_word->nouns
                                                                        : nullptr;
      if (!nouns) continue;
      // The clause the noun sits in decides its mode.
      int gov = -1;
      for (size_t ci = 0; ci < s.clauses.size(); ++ci) {
        if (s.chunks[s.clauses[ci].verb].end <= k) gov = static_cast<int>(ci);
      }
      Found best;
      for (int pi : *nouns) {
        const Pattern& p = d.nouns[pi];
        size_t trig = 0;
        while (p.elements[trig].type != Element::kTrigger) ++trig;
        Found f;
        f.pattern = pi;
        f.trigger = std::string(doc.Text(t.span));
        // Elements before the trigger, matched right to left ("$ 's *").
        size_t pos = k;
        bool ok = true;
        for (size_t i = trig; i-- > 0;) {
          const Element& e = p.elements[i];
          bool found = false;
          for (size_t back = 1; back <= kLiteralGap && pos >= back; ++back) {
            const size_t j = pos - back;
            if (e.type == Element::kLiteral) {
              if (LiteralMatches(e, v, j) > 0) { pos = j; found = true; break; }
            } else {
              // an actor mention ending at j + 1
              for (uint32_t m = actors.first[si]; m < actors.first[si + 1]; ++m) {
                if (actors.mentions[m].end == j + 1) {
                  (e.type == Element::kSource ? f.sources : f.targets) = v.WithGroup(static_cast<int>(m));
                  if (e.type == Element::kPair) f.pair = true;
                  pos = actors.mentions[m].begin;
                  found = true;
                  break;
                }
              }
              if (found) break;
            }
            if (v.Boundary(j) || v.in_verb[j] >= 0) break;
          }
          if (!found) { ok = false; break; }
        }
        if (!ok) continue;
        const auto [from, limit] = ForwardRange(v, k);
        if (!MatchForward(v, p, trig + 1, from, limit, false, &f)) continue;
        f.elements = static_cast<int>(p.elements.size());
        f.literals = p.literals;
        if (f.sources.empty() && !f.pair) continue;
        if (Better(f, best)) best = std::move(f);
      }
      if (best.pattern < 0) continue;
      if (Discarded(lemma_word, s)) continue;
      const Pattern& p = d.nouns[best.pattern];
      bool drop = false;
      std::string why = "nominal";
      Mode mode = Mode::kOccurred;
      if (gov >= 0) {
        std::string gwhy;
        mode = mode_of(gov, &drop, &gwhy);
        const std::string_view gl = s.tokens[s.chunks[s.clauses[gov].verb].head].lemma;
        if (HopingVerb(gl) || In(gl, {"hope", "conclude"})) {
          if (mode != Mode::kPlanned) mode = Mode::kHypothetical;
          gwhy = "hoped for (" + std::string(gl) + ")";
        }
        // "expressing hope for the signing": the noun "hope" governs too.
        for (size_t j = (k > 6 ? k - 6 : 0); j < k; ++j) {
          if (s.tokens[j].lemma == "hope" || s.tokens[j].lemma == "prospect" || s.tokens[j].lemma == "potential") {
            mode = Mode::kHypothetical;
            gwhy = "hoped for (" + std::string(s.tokens[j].lemma) + ")";
          }
        }
        if (!gwhy.empty()) why += "; " + gwhy;
      }
      if (k > 0 && In(s.tokens[k - 1].lower, {"planned", "upcoming", "scheduled", "proposed", "expected"})) {
        mode = Mode::kPlanned;
        why += "; planned";
      }
      if (drop) continue;
      drafts.Emit(Origin{p.code, p.where, p.text, ""}, best.sources, best.targets, best.pair, mode, why, best.trigger,
                  t.span);
    }

    drafts.AppendTo(&out);
    AddComplements(d, v, first_event, &out);
  }
  return out;
}

}  // namespace annals::events
