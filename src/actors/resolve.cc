// Resolution: dictionary matches → actor mentions, per noun group (title +
// name, demonym + role, possessor + role, compounds), then coreference across
// the article (coref.cc). Tested by actors_test.cc.
#include <algorithm>
#include <span>

#include "actors/coref.h"
#include "actors/dict.h"
#include "actors/explain.h"
#include "actors/implied.h"

namespace annals::actors {
namespace {

using text::Pos;

// What the dictionary found in one part of a noun group.
struct Part {
  uint16_t begin = 0, end = 0;  // token range
  const Entry* person = nullptr;
  const Entry* org = nullptr;
  const Entry* seat = nullptr;
  const Entry* place = nullptr;  // name, capital, region, demonym, people
  std::string_view agent_sectors;  // of the last role word with sectors (its Entry's code)
  bool has_agent = false;
  uint16_t agent_end = 0;        // token after the last role word
  uint16_t person_begin = 0, person_end = 0;
  uint16_t place_begin = 0, place_end = 0;

  // Whether the dictionary named an actor here (not only a role word).
  bool HasActor() const { return person || org || seat || place; }
};

// Code `base` (an actor code) given the sectors of a role word beside it.
ActorCode Combine(const ActorCode& base, std::string_view sectors, const TripleSet& countries) {
  if (sectors.empty() || base.size() < 3) return base;
  if (!countries.Has(base)) return base;  // IGOs and groups keep their code
  if (base.size() > 3 && base.view().find(sectors) != std::string_view::npos) return base;
  return ActorCode(base.substr(0, 3)).append(sectors);
}

// 2: in office on `date`; 1: out of office since; 0: not yet in office.
int PersonRank(const Person& p, Date date) {
  bool former = false;
  const Role* r = RoleOn(p, date, &former);
  if (!r) return -1;
  if (former) return 1;
  return date < r->from ? 0 : 2;
}

// Role words that are adjectives before they are nouns: "a general strike",
// "an official visit", "a major offensive", "national interests" ("rebel
// positions" and "army convoy" keep their actor).
bool AdjectiveFirst(std::string_view w) {
  for (std::string_view a : {"general", "official", "major", "national", "private", "royal", "federal"}) {
    if (w == a) return true;
  }
  return false;
}

bool ViolenceAdjective(std::string_view w) {
  for (std::string_view a : {"excessive", "lethal", "deadly", "brute", "disproportionate", "unnecessary", "undue",
                             "physical", "indiscriminate", "brutal"}) {
    if (w == a) return true;
  }
  return false;
}

// "Iranian President Ebrahim Raisi was killed", in the next day's paper: the
// text's own title for a role that ended at most a month before the article
// names that role, not a former one (unless the title says "former").
[[gnu::cold, gnu::noinline]] bool JustEndedTitle(const text::Sentence& s, const Part& p, const Role& role,
                                                 Date date) {
  if (!p.has_agent || p.agent_end > p.person_begin || date.ToDays() - role.until.ToDays() > 31) return false;
  for (uint16_t k = p.begin; k < p.person_begin; ++k) {
    const std::string_view w = s.tokens[k].lower;
    if (w == "former" || w == "ex" || w == "late" || w.starts_with("ex-")) return false;
  }
  return true;
}

// A conjunct of a noun group, tokens [begin, end), with its last possessive
// marker ("Putin 's advisor") or -1.
struct Conjunct {
  uint16_t begin, end;
  int poss;
};
// A unit of resolution, tokens [begin, end): a conjunct with its last
// possessive marker (or -1), the id its noun group's conjuncts share (or -1),
// and the sectors of a role word they share ("Hungarian and Romanian officials").
struct Unit {
  uint16_t begin, end;
  int poss, group;
  std::string_view shared;
};
struct Scratch {
  Coref::Memory coref;
  std::vector<Match> matches;
  std::vector<Mention> found;
  std::vector<Unit> units;
  std::vector<std::pair<uint16_t, uint16_t>> names;
  std::vector<Conjunct> parts;
  std::vector<uint16_t> ends_before;  // matches ending at or before each token
};

// Tokens [b, e) of `s` as written: a view into the document's text.
std::string_view Words(const text::Document& doc, const text::Sentence& s, size_t b, size_t e) {
  if (b >= e) return {};
  return doc.Text(Span{s.tokens[b].span.begin, s.tokens[e - 1].span.end});
}

}  // namespace

ArticleActors ActorDict::Resolve(const text::Document& doc, Date date, bool explain,
                                 const PlaceCountries& places) const {
  const Impl& d = *impl_;
  ArticleActors out;
  // About two mentions a sentence: reserve so that Mentions are not moved.
  out.mentions.reserve(doc.sentences.size() * 3);
  out.first.reserve(doc.sentences.size() + 1);
  // Per-thread buffers, reused across sentences and articles.
  thread_local Scratch scratch;
  Coref coref(doc, &out, explain, places.located, &scratch.coref);
  std::vector<Match>& matches = scratch.matches;
  std::vector<Mention>& found = scratch.found;  // mentions coreference finds
  std::vector<Unit>& units = scratch.units;
  std::vector<std::pair<uint16_t, uint16_t>>& names = scratch.names;
  std::vector<Conjunct>& parts = scratch.parts;
  std::vector<uint16_t>& ends_before = scratch.ends_before;
  // People the text titled by a role that had just ended (JustEndedTitle).
  std::vector<int> titled;
  for (uint32_t si = 0; si < doc.sentences.size(); ++si) {
    const text::Sentence& s = doc.sentences[si];
    out.first.push_back(static_cast<uint32_t>(out.mentions.size()));
    FindMatches(d, doc, s, &matches, &ends_before);
    // The first match ending after token k (the one after all those ending
    // at or before k, which the matcher counted), and the one covering k,
    // or null.
    const Match* const matches_end = matches.data() + matches.size();
    auto first_ending_after = [&](uint16_t k) { return matches.data() + ends_before[k]; };
    auto match_covering = [&](uint16_t k) -> const Match* {
      const Match* m = first_ending_after(k);
      return m != matches_end && m->begin <= k ? m : nullptr;
    };

    auto resolve_part = [&](uint16_t b, uint16_t e) {
      Part p;
      p.begin = b;
      p.end = e;
      for (const Match* mp = first_ending_after(b); mp != matches_end && mp->begin < e; ++mp) {
        const Match& m = *mp;
        // Pick the entry: people > organizations > seats > places > role words.
        const Entry* best = nullptr;
        for (const Entry& en : std::span(d.entries).subspan(m.first_entry, m.entry_count)) {
          if (en.kind != Kind::kAgent && (!m.capitalized || m.by_lemma)) continue;
          // "a general strike", "an official visit", "military aid": a
          // one-word role used as an adjective before a noun names no one
          // when the adjective is one of a short list or the noun names a
          // thing (role_things.tsv); "military targets" are the military's,
          // and "army convoy" keeps its army: the convoy acts for it.
          if (en.kind == Kind::kAgent && m.end == m.begin + 1 && s.tokens[m.begin].tag == Pos::JJ &&
              m.end < s.tokens.size() && text::IsNoun(s.tokens[m.end].tag) &&
              (AdjectiveFirst(s.tokens[m.begin].lower) || d.IsRoleThing(s.tokens[m.end].lemma))) {
            continue;
          }
          // "used excessive force": force as violence, not as troops.
          if (en.kind == Kind::kAgent && m.end == m.begin + 1 && s.tokens[m.begin].lower == "force" && m.begin > 0 &&
              ViolenceAdjective(s.tokens[m.begin - 1].lower)) {
            continue;
          }
          if (!best || en.kind < best->kind) best = &en;
          // Several people share a name: prefer the one in office on the
          // date, then one whose office has ended, then one not yet in office.
          if (en.kind == Kind::kPerson && best->kind == Kind::kPerson && best != &en &&
              PersonRank(d.people[en.person], date) > PersonRank(d.people[best->person], date)) {
            best = &en;
          }
        }
        if (best) {
          switch (best->kind) {
            case Kind::kPerson:
              p.person = best; p.person_begin = m.begin; p.person_end = m.end; break;
            case Kind::kOrg: p.org = best; break;
            case Kind::kSeat: p.seat = best; break;
            case Kind::kAgent:
              p.has_agent = true;
              p.agent_end = m.end;
              if (!best->code.empty()) p.agent_sectors = best->code;
              break;
            default:
              p.place = best; p.place_begin = m.begin; p.place_end = m.end; break;
          }
        }
      }
      return p;
    };

    // Builds a mention from a part; false when the part names no actor.
    auto make = [&](const Part& p, Mention* m) {
      m->sentence = si;
      m->begin = p.begin;
      m->end = p.end;
      if (p.person) {
        const Person& person = d.people[p.person->person];
        bool former = false;
        const Role* role = RoleOn(person, date, &former);
        if (!role) return false;
        bool just_ended = false;
        if (former) {
          const bool titled_before = std::find(titled.begin(), titled.end(), p.person->person) != titled.end();
          just_ended = titled_before || JustEndedTitle(s, p, *role, date);
          former = !just_ended;
          if (just_ended && !titled_before) titled.push_back(p.person->person);  // later "Raisi" in the article too
        }
        m->name = person.name;
        m->via = Via::kPerson;
        m->person = true;
        if (former) {
          m->code.assign(role->code.substr(0, 3)).append("ELI");
        } else if (date < role->from) {
          m->code.assign(role->code.substr(0, 3));
        } else {
          m->code = role->code;
        }
        if (explain) {
          m->why = out.Keep(WhyPerson(person, *role, former, date < role->from) +
                            (just_ended ? "; ended days before the article, titled so in it" : ""));
        }
        return true;
      }
      if (p.org) {
        m->code = p.org->code;
        m->via = Via::kOrganization;
        m->name = Words(doc, s, p.begin, p.end);
        if (explain) m->why = out.Keep(WhyEntry("organization", d.WhereOf(*p.org)));
        return true;
      }
      if (p.seat) {
        m->code = Combine(p.seat->code, p.agent_sectors, d.country_codes);
        m->via = Via::kSeat;
        m->name = Words(doc, s, p.begin, p.end);
        if (explain) m->why = out.Keep(WhyEntry("seat of power", d.WhereOf(*p.seat)));
        return true;
      }
      if (p.place) {
        m->name = Words(doc, s, p.begin, p.end);
        if (p.has_agent && p.agent_end > p.place_begin) {
          m->code = Combine(p.place->code, p.agent_sectors, d.country_codes);
          m->via = Via::kAgent;
          if (explain) m->why = out.Keep(WhyAgent(*p.place, d.WhereOf(*p.place), p.agent_sectors));
          // An unknown person after the title: "spokesman John Kirby".
          uint16_t k = p.agent_end;
          while (k < p.end && s.tokens[k].tag == Pos::NNP) ++k;
          if (k > p.agent_end && k == p.end) {
            m->name = Words(doc, s, p.agent_end, k);
            m->person = true;
          } else if (p.agent_end == p.end && s.tokens[p.end - 1].tag == Pos::NN &&
                     d.IsPersonRole(s.tokens[p.end - 1].lemma)) {
            m->person = true;  // "the Russian president"
          }
        } else {
          m->code = p.place->code;
          m->via = Via::kCountry;
          if (explain) m->why = out.Keep(WhyEntry("country", d.WhereOf(*p.place)));
        }
        return true;
      }
      return false;
    };

    // Completes and records the last mention of `out`.
    auto finish_last = [&]() {
      Mention& m = out.mentions.back();
      m.span = Span{s.tokens[m.begin].span.begin, s.tokens[m.end - 1].span.end};
      coref.Register(m, static_cast<int>(out.mentions.size()) - 1);
    };
    auto emit = [&](Mention&& m) {
      out.mentions.push_back(std::move(m));
      finish_last();
    };
    // Builds a mention from a part in place, at the end of `out` (most parts
    // make one: no temporary to move); false when the part names no actor.
    auto emit_made = [&](const Part& p, int group, std::string_view placed_by = {}) {
      Mention& m = out.mentions.emplace_back();
      if (!make(p, &m)) {
        out.mentions.pop_back();
        return false;
      }
      m.group = group;
      if (explain && !placed_by.empty()) m.why = out.Keep(std::string(m.why) + WhyPlacedBy(placed_by));
      finish_last();
      return true;
    };

    // A role word or weapon [b, e) coded by a place's country.
    auto emit_placed = [&](uint16_t b, uint16_t e, int group, const std::string& country, std::string_view sectors,
                           Via via) -> Mention& {
      Mention& m = out.mentions.emplace_back();
      m.sentence = si;
      m.begin = b;
      m.end = e;
      m.code = country;
      m.code.append(sectors);
      m.via = via;
      m.name = Words(doc, s, b, e);
      m.group = group;
      finish_last();
      return m;
    };
    // The rarer paths of a conjunct, out of line (the rarest also cold): the
    // common one (a noun group the dictionary codes, or none) stays short in
    // the instruction cache, which the front end empties between articles.
    //
    // Possessive: "Putin 's diplomatic advisor".
    auto possessive = [&](uint16_t b, uint16_t e, int poss, int group) __attribute__((noinline)) {
      Part owner = resolve_part(b, static_cast<uint16_t>(poss));
      Part head = resolve_part(static_cast<uint16_t>(poss + 1), e);
      if (emit_made(head, group)) return true;
      Mention om;
      bool owner_ok = make(owner, &om);
      if (!owner_ok) owner_ok = coref.ResolveName(si, b, static_cast<uint16_t>(poss), &om);
      if (!owner_ok && owner.has_agent) {
        // "the government's budget", "the president's decision": a role
        // word alone as the possessor.
        found.clear();
        const bool person_role = d.IsPersonRole(s.tokens[poss - 1].lemma);
        if (coref.Resolve(si, b, static_cast<uint16_t>(poss), true, owner.agent_sectors, person_role, &found) &&
            found.size() == 1) {
          om = std::move(found[0]);
          owner_ok = true;
        }
      }
      if (!owner_ok) return false;
      if (head.has_agent) {
        om.person = d.IsPersonRole(s.tokens[e - 1].lemma);
        om.code = Combine(om.code, head.agent_sectors, d.country_codes);
        if (explain) om.why = out.Keep(WhyRoleOf(om));
        om.via = Via::kPossessor;
        om.name = Words(doc, s, poss + 1, e);
        om.begin = b;
        om.end = e;
      } else {
        om.end = static_cast<uint16_t>(poss);
      }
      om.group = group;
      emit(std::move(om));
      return true;
    };
    // "Opposition groups in Zimbabwe", "police in Nairobi", "the president
    // of Armenia": role word `p` placed by the country after it, past token
    // `e` ("in", "of", "from").
    auto placed_after = [&](Part& p, uint16_t e, int group) __attribute__((noinline)) {
      uint16_t k = static_cast<uint16_t>(e + 1);
      if (k < s.tokens.size() && s.tokens[k].lower == "the") ++k;
      const Match* at = k < s.tokens.size() ? match_covering(k) : nullptr;
      if (!at) return false;
      Part place = resolve_part(k, at->end);
      if (!place.place || place.person || place.org) return false;
      p.place = place.place;
      p.place_begin = p.begin;
      p.place_end = p.begin;
      return emit_made(p, group, s.tokens[e].lower);
    };
    // "Kirkuk police", "the Jenin refugee camp": role word `p` placed by a
    // place name the dictionary does not know but the gazetteer does.
    auto placed_by_gazetteer = [&](const Part& p, int group) __attribute__((noinline, cold)) {
      bool unknown_name = false;
      for (uint16_t k = p.begin; k < p.end && !unknown_name; ++k) {
        unknown_name = (s.tokens[k].tag == Pos::NNP || s.tokens[k].tag == Pos::NNPS) && !match_covering(k);
      }
      if (!unknown_name) return false;
      const std::string country = places.named(si, p.begin, p.end);
      if (country.empty()) return false;
      Mention& m = emit_placed(p.begin, p.end, group, country, p.agent_sectors, Via::kAgent);
      if (explain) m.why = out.Keep(WhyPlacedRole(country, p.agent_sectors));
      return true;
    };
    // An unnamed doer `p` belongs to where it struck ("killed in an attack
    // in northern Iraq"), more than to its victims' country.
    auto implied_where_struck = [&](const Part& p, int group) __attribute__((noinline, cold)) {
      const std::string country = places.located(si);
      if (country.empty()) return false;
      Mention& m = emit_placed(p.begin, p.end, group, country, p.agent_sectors, Via::kImplied);
      if (explain) m.why = out.Keep(WhyImplied(country, p.agent_sectors));
      return true;
    };
    // Resolves one conjunct [b, e) of a noun group, whose last possessive
    // marker is token `poss` (or -1); returns whether it emitted.
    auto conjunct = [&](uint16_t b, uint16_t e, int poss, int group, std::string_view shared_sectors) {
      if (poss > b) return possessive(b, e, poss, group);
      Part p = resolve_part(b, e);
      // "Hungarian and Romanian officials": the first demonym shares the
      // role word of the last conjunct.
      if (p.place && !p.has_agent && !shared_sectors.empty() && p.place->kind == Kind::kDemonym &&
          p.place_end == e) {
        p.has_agent = true;
        p.agent_sectors = shared_sectors;
        p.agent_end = e;
      }
      // "an Israeli airstrike", "a U.S. drone strike": a country's military
      // weapon or strike is its military (only MIL doers: "a Russian attack"
      // says nothing of who in Russia, and an attack's REB would be wrong).
      if (p.place && !p.has_agent && !p.person && !p.org && !p.seat && p.place_end < e &&
          (p.place->kind == Kind::kDemonym || p.place->kind == Kind::kName) && ImpliedDoer(d, s, b, e) == "MIL") {
        p.has_agent = true;
        p.agent_sectors = "MIL";
        p.agent_end = e;
      }
      // A role word placed by the country after it ("police in Nairobi").
      if (!p.HasActor() && p.has_agent && static_cast<size_t>(e) + 1 < s.tokens.size() &&
          (s.tokens[e].lower == "in" || s.tokens[e].lower == "of" || s.tokens[e].lower == "from") &&
          placed_after(p, e, group)) {
        return true;
      }
      if (p.HasActor() && emit_made(p, group)) return true;
      // A role word placed by a name the gazetteer knows ("Kirkuk police").
      if (p.has_agent && !p.agent_sectors.empty() && !p.HasActor() && places.named && placed_by_gazetteer(p, group)) {
        return true;
      }
      // "A car bomb killed …": a weapon or attack as the doer stands for
      // its unnamed user, coded like a role word alone.
      bool implied = false;
      if (!p.has_agent && !p.HasActor()) {
        const std::string_view doer = DoerPosition(s, static_cast<uint16_t>(e - 1)) ? ImpliedDoer(d, s, b, e) : "";
        if (!doer.empty()) {
          p.has_agent = true;
          p.agent_sectors = doer;
          implied = true;
        }
      }
      // Only pronouns, plural descriptions, names and role words can still
      // refer to an actor; skip everything else cheaply.
      if (!p.has_agent && !coref.MayResolve(si, b, e)) return false;
      if (implied && places.located && implied_where_struck(p, group)) return true;
      // No dictionary actor: a surname, a pronoun, "the two countries", a role alone.
      found.clear();
      const bool person_role = p.has_agent && d.IsPersonRole(s.tokens[e - 1].lemma);
      if (coref.Resolve(si, b, e, p.has_agent, p.agent_sectors, person_role, &found)) {
        for (Mention& f : found) {
          if (f.group < 0) f.group = group;
          if (implied) f.via = Via::kImplied;
          emit(std::move(f));
        }
        return true;
      }
      return false;
    };

    // Units in text order: noun groups split into conjuncts at "and"/"or"/
    // commas, then dictionary matches the chunker left outside noun groups.
    auto last_possessive = [&](uint16_t b, uint16_t e) {
      int poss = -1;
      for (uint16_t k = b; k < e; ++k) if (s.tokens[k].tag == Pos::POS) poss = k;
      return poss;
    };
    units.clear();
    int next_group = 0;
    // A name the chunker split ("[Doctors] [Without] [Borders]",
    // "[Secretary] of [State Mike Pompeo]") is one unit, from the start of
    // its first noun group to the end of its last one (up to an "and", "or"
    // or comma there: "Borders and the Red Cross" stays two).
    // (Chunks are disjoint and in text order, as matches are: one cursor
    // walks them, and the chunk holding a token is the first ending after it.)
    names.clear();
    const text::Chunk* const chunks_end = s.chunks.data() + s.chunks.size();
    // The chunk holding token k or the first after it, from `cursor` on.
    auto chunk_from = [&](const text::Chunk* cursor, uint16_t k) {
      while (cursor != chunks_end && cursor->end <= k) ++cursor;
      return cursor;
    };
    const text::Chunk* chunk = s.chunks.data();
    for (const Match& m : matches) {
      if (m.end - m.begin < 2) continue;
      chunk = chunk_from(chunk, m.begin);
      if (chunk == chunks_end) break;
      const text::Chunk& c = *chunk;
      if (c.kind != text::ChunkKind::kNoun || c.begin > m.begin || c.end >= m.end) continue;
      // To the end of the noun group holding the match's last token.
      uint16_t e = m.end;
      for (const text::Chunk* last = chunk + 1; last != chunks_end && last->begin < m.end; ++last) {
        if (last->kind != text::ChunkKind::kNoun || m.end > last->end) continue;
        while (e < last->end && s.tokens[e].tag != Pos::COMMA &&
               !(s.tokens[e].tag == Pos::CC && (s.tokens[e].lower == "and" || s.tokens[e].lower == "or"))) {
          ++e;
        }
      }
      names.emplace_back(c.begin, e);
    }
    for (const auto& [b, e] : names) {
      units.push_back(Unit{b, e, last_possessive(b, e), -1, ""});
    }
    for (const text::Chunk& c : s.chunks) {
      if (c.kind != text::ChunkKind::kNoun) continue;
      // What is left of a noun group after a split name it ends ("Borders
      // and the Red Cross"): from the name's end.
      uint16_t chunk_begin = c.begin;
      for (const auto& [b, e] : names) {
        if (b <= chunk_begin && chunk_begin < e) chunk_begin = e;
      }
      if (chunk_begin >= c.end) continue;
      // Most noun groups hold neither a coordinator nor a possessive (the
      // chunker says which do): one conjunct, without a pass over its tokens.
      if (!c.coordinated && !c.possessive) {
        units.push_back(Unit{chunk_begin, c.end, -1, -1, ""});
        continue;
      }
      // Conjuncts, each with its last possessive marker (found in the same pass).
      parts.clear();
      uint16_t start = chunk_begin;
      int poss = -1;
      for (uint16_t k = chunk_begin; k < c.end; ++k) {
        const text::Token& t = s.tokens[k];
        if (t.tag == Pos::POS) poss = k;
        if ((t.tag == Pos::CC && (t.lower == "and" || t.lower == "or")) || t.tag == Pos::COMMA) {
          if (k > start) parts.push_back({start, k, poss});
          start = static_cast<uint16_t>(k + 1);
          poss = -1;
        }
      }
      if (c.end > start) parts.push_back({start, c.end, poss});
      const int group = parts.size() > 1 ? static_cast<int>(si * 1000 + next_group++) : -1;
      std::string_view shared;
      if (parts.size() > 1) {
        Part last = resolve_part(parts.back().begin, parts.back().end);
        if (last.has_agent && last.place) shared = last.agent_sectors;
      }
      for (size_t pi = 0; pi < parts.size(); ++pi) {
        units.push_back(Unit{parts[pi].begin, parts[pi].end, parts[pi].poss, group, pi + 1 < parts.size() ? shared : ""});
      }
    }
    // A match outside every noun group is a unit of its own. (The units
    // above cover each noun group whole, and a name's tokens outside the
    // match it grew from lie in noun groups too.)
    chunk = s.chunks.data();
    for (const Match& m : matches) {
      chunk = chunk_from(chunk, m.begin);
      const bool in_noun_group = chunk != chunks_end && chunk->kind == text::ChunkKind::kNoun && chunk->begin <= m.begin;
      if (!in_noun_group) units.push_back(Unit{m.begin, m.end, last_possessive(m.begin, m.end), -1, ""});
    }
    auto by_begin = [](const Unit& a, const Unit& b) { return a.begin < b.begin; };
    if (!std::is_sorted(units.begin(), units.end(), by_begin)) std::sort(units.begin(), units.end(), by_begin);
    std::string_view sentence_country;
    for (const Match& m : matches) {
      if (!m.capitalized || m.by_lemma) continue;
      if (m.country >= 0) {
        sentence_country = d.entries[m.first_entry + m.country].code;
        break;
      }
    }
    coref.SetSentenceCountry(sentence_country);
    for (const Unit& u : units) conjunct(u.begin, u.end, u.poss, u.group, u.shared);
    {
      std::vector<Mention> speakers;
      coref.QuoteSpeakers(si, out.first.back(), &speakers);
      for (Mention& m : speakers) emit(std::move(m));
    }
    coref.EndSentence(si);
  }
  out.first.push_back(static_cast<uint32_t>(out.mentions.size()));
  return out;
}

}  // namespace annals::actors
