// In-article coreference for actor mentions. Tested by actors_test.cc.
#include "actors/coref.h"

#include <algorithm>

#include "actors/explain.h"

namespace annals::actors {
namespace {

using text::Pos;

// "the group", "the bloc": nouns that refer back to the last organization.
bool GroupWord(std::string_view w) {
  for (std::string_view g : {"group", "bloc", "alliance", "organization", "organisation", "movement", "agency",
                             "militia", "body", "union", "council"}) {
    if (w == g) return true;
  }
  return false;
}

}  // namespace

bool Coref::MayResolve(uint32_t sentence, uint16_t begin, uint16_t end) const {
  const auto& t = doc_.sentences[sentence].tokens;
  if (end == begin + 1 && t[begin].tag == Pos::PRP) return true;
  if (end == begin + 2 && t[begin].lower == "the" && GroupWord(t[begin + 1].lower)) return true;
  for (uint16_t k = begin; k < end; ++k) {
    if (t[k].lower == "two" || t[k].lower == "both") return true;
    if (MaySurname(t[k])) return true;
  }
  return false;
}

void Coref::Register(const Mention& m, int index) {
  if (const std::string_view country = m.country();
      country.size() == 3 && m.via != Via::kPlural && m.via != Via::kContext && m.via != Via::kImplied) {
    const uint32_t c = PackCountry(country);
    // A full pass over the few countries (each is there once), without an
    // early exit whose branch the processor would mispredict.
    int* count = nullptr;
    for (auto& [country_code, n] : memory_.country_counts) count = country_code == c ? &n : count;
    if (count) ++*count;
    else memory_.country_counts.emplace_back(c, 1);
  }
  // People (known or titled) can be named again by surname.
  if (m.person && (m.via == Via::kPerson || m.via == Via::kAgent || m.via == Via::kApposition) &&
      m.name.size() < 40 && m.name[0] >= 'A' && m.name[0] <= 'Z') {
    Named n{static_cast<uint32_t>(memory_.name_tokens.size()), 0, index};
    // Space-separated tokens longer than one byte, lowercased.
    const std::string_view name = m.name;
    std::string& text = memory_.name_text;
    for (size_t b = 0; b < name.size();) {
      size_t e = name.find(' ', b);
      if (e == std::string_view::npos) e = name.size();
      if (e - b > 1) {
        const size_t at = text.size();
        memory_.name_tokens.emplace_back(static_cast<uint32_t>(at), static_cast<uint32_t>(e - b));
        text.append(name.substr(b, e - b));
        for (size_t x = at; x < text.size(); ++x) {
          if (text[x] >= 'A' && text[x] <= 'Z') text[x] = static_cast<char>(text[x] - 'A' + 'a');
        }
        memory_.name_bits |= NameBit(std::string_view(text).substr(at));
        ++n.count;
      }
      b = e + 1;
    }
    if (n.count > 0) memory_.named.push_back(n);
  }
}

void Coref::QuoteSpeakers(uint32_t sentence, size_t first, std::vector<Mention>* found) const {
  const text::Sentence& s = doc_.sentences[sentence];
  const auto& t = s.tokens;
  if (!s.quoted) return;  // most sentences quote no one
  // in_quote[k]: token k lies between an opening and a closing quote.
  thread_local std::vector<uint8_t> in_quote;
  in_quote.assign(t.size(), 0);
  bool open = false, any_pronoun = false;
  for (size_t k = 0; k < t.size(); ++k) {
    if (t[k].tag == Pos::LQUOTE) { open = true; continue; }
    if (t[k].tag == Pos::RQUOTE) { open = false; continue; }
    in_quote[k] = open ? 1 : 0;
    any_pronoun |= open && t[k].tag == Pos::PRP &&
                   (t[k].lower == "we" || t[k].lower == "us" || t[k].lower == "i" || t[k].lower == "me");
  }
  if (!any_pronoun) return;
  int speaker = -1;
  for (const text::Clause& c : s.clauses) {
    const text::Chunk& vg = s.chunks[c.verb];
    const std::string_view v = t[vg.head].lower;
    if (c.subject < 0 || in_quote[vg.head]) continue;
    if (v != "said" && v != "says" && v != "told" && v != "added" && v != "insisted" && v != "warned" &&
        v != "declared" && v != "stressed" && v != "stated") {
      continue;
    }
    const text::Chunk& subj = s.chunks[c.subject];
    for (size_t i = first; i < out_->mentions.size(); ++i) {
      const Mention& m = out_->mentions[i];
      if (m.begin <= subj.head && subj.head < m.end) { speaker = static_cast<int>(i); break; }
    }
    if (speaker >= 0) break;
  }
  if (speaker < 0) return;
  for (size_t k = 0; k < t.size(); ++k) {
    if (!in_quote[k] || t[k].tag != Pos::PRP) continue;
    const std::string_view w = t[k].lower;
    if (w != "we" && w != "us" && w != "i" && w != "me") continue;
    AddCopy(found, speaker, sentence, static_cast<uint16_t>(k), static_cast<uint16_t>(k + 1), Via::kPronoun,
            "speaker of the quotation");
  }
}

Mention& Coref::AddCopy(std::vector<Mention>* found, int antecedent, uint32_t sentence, uint16_t begin, uint16_t end,
                        Via via, std::string_view what, std::string_view quoted) const {
  const Mention& a = out_->mentions[antecedent];
  Mention& m = found->emplace_back();
  m.sentence = sentence;
  m.begin = begin;
  m.end = end;
  m.code = a.code;
  m.name = a.name;
  m.via = via;
  m.person = a.person;
  m.antecedent = antecedent;
  if (explain_) m.why = out_->Keep(WhyCopy(a, what, quoted));
  return m;
}

int Coref::LastPersonLike(uint32_t sentence) const {
  for (int i = static_cast<int>(out_->mentions.size()) - 1; i >= 0; --i) {
    const Mention& m = out_->mentions[i];
    if (sentence > m.sentence + 3) break;  // too far back
    if (m.person) return i;
  }
  return -1;
}

const std::string& Coref::LocatedCountry(uint32_t sentence) const {
  if (place_sentence_ != static_cast<int64_t>(sentence)) {
    place_sentence_ = sentence;
    place_country_cache_ = place_country_ ? place_country_(sentence) : std::string();
  }
  return place_country_cache_;
}

ActorCode Coref::FocusCountry(uint32_t sentence, bool* from_place) const {
  *from_place = false;
  uint32_t best = 0;
  int n = 0;
  for (const auto& [c, k] : memory_.country_counts) {
    if (k > n) { best = c; n = k; }
  }
  if (n > 0) return UnpackCountry(best);
  if (!sentence_country_.empty() || !place_country_) return sentence_country_;
  const std::string& where = LocatedCountry(sentence);
  *from_place = !where.empty();
  return ActorCode(where);
}

bool Coref::ResolveName(uint32_t sentence, uint16_t begin, uint16_t end, Mention* m) const {
  std::vector<Mention> found;
  if (!Resolve(sentence, begin, end, false, "", false, &found) || found.size() != 1) return false;
  if (found[0].via != Via::kSurname && found[0].via != Via::kPronoun) return false;
  *m = found[0];
  return true;
}

bool Coref::ResolvePronoun(uint32_t sentence, uint16_t begin, uint16_t end, std::vector<Mention>* found) const {
  const text::Sentence& s = doc_.sentences[sentence];
  const auto& t = s.tokens;
  const std::string_view w = t[begin].lower;
  if (w == "he" || w == "him" || w == "she" || w == "her") {
    int a = LastPersonLike(sentence);
    if (a < 0) return false;
    AddCopy(found, a, sentence, begin, end, Via::kPronoun, "pronoun", w);
    return true;
  }
  if (w == "it") {
    // "Chile has said it would…": the last country or organization named
    // in this or the previous sentence.
    for (int i = static_cast<int>(out_->mentions.size()) - 1; i >= 0; --i) {
      const Mention& m = out_->mentions[i];
      if (sentence > m.sentence + 1) break;
      if (m.person || m.group >= 0) continue;
      // "The Japanese government said it…": a body named by a singular
      // role word is an "it" too.
      const bool body = (m.via == Via::kAgent || m.via == Via::kPossessor || m.via == Via::kContext) &&
                        doc_.sentences[m.sentence].tokens[m.end - 1].tag == Pos::NN;
      if (m.via == Via::kOrganization || m.via == Via::kSeat || body ||
          (m.via == Via::kCountry && !HasSectors(m.code) && !m.country().empty())) {
        AddCopy(found, i, sentence, begin, end, Via::kPronoun, "pronoun", "it");
        return true;
      }
    }
    return false;
  }
  if (w == "they" || w == "them") {
    // The last compound ("Putin and Kim") or, failing that, the last group actor.
    for (int i = static_cast<int>(out_->mentions.size()) - 1; i >= 0; --i) {
      const Mention& m = out_->mentions[i];
      if (sentence > m.sentence + 2) break;
      if (m.group >= 0) {
        int g = m.group;
        int first = i;
        while (first > 0 && out_->mentions[first - 1].group == g) --first;
        for (int k = first; k <= i; ++k) {
          AddCopy(found, k, sentence, begin, end, Via::kPronoun, "pronoun", "they").group =
              static_cast<int>(sentence * 1000 + 999);
        }
        return true;
      }
    }
    // No compound: a plural subject earlier in this sentence ("Serb forces
    // released peacekeepers they had held": the forces), else the last
    // plural actor ("Afghan rebel leaders … they").
    auto plural = [&](const Mention& m) {
      const text::Token& head = doc_.sentences[m.sentence].tokens[m.end - 1];
      return head.tag == Pos::NNS || head.tag == Pos::NNPS || m.via == Via::kOrganization;
    };
    for (int i = static_cast<int>(out_->mentions.size()) - 1; i >= 0; --i) {
      const Mention& m = out_->mentions[i];
      if (m.sentence != sentence) break;
      if (m.end > begin || !plural(m)) continue;
      for (const text::Clause& c : s.clauses) {
        if (c.subject < 0 || c.subject_inherited) continue;
        const uint16_t h = s.chunks[c.subject].head;
        if (m.begin <= h && h < m.end) {
          AddCopy(found, i, sentence, begin, end, Via::kPronoun, "pronoun \"they\" (subject)");
          return true;
        }
      }
    }
    for (int i = static_cast<int>(out_->mentions.size()) - 1; i >= 0; --i) {
      const Mention& m = out_->mentions[i];
      if (sentence > m.sentence + 1) break;
      if (plural(m)) {
        AddCopy(found, i, sentence, begin, end, Via::kPronoun, "pronoun", "they");
        return true;
      }
    }
    return false;
  }
  return false;
}

std::optional<bool> Coref::ResolvePair(uint32_t sentence, uint16_t begin, uint16_t end,
                                       std::vector<Mention>* found) const {
  const auto& t = doc_.sentences[sentence].tokens;
  auto has = [&](std::string_view w) {
    for (uint16_t k = begin; k < end; ++k) if (t[k].lower == w) return true;
    return false;
  };
  const bool sides = has("sides");
  const bool countries = sides || has("countries") || has("nations") || has("states") || has("neighbors") ||
                         has("neighbours") || has("governments") || has("allies");
  const bool leaders = has("leaders") || has("presidents") || has("men");
  if (!countries && !leaders) return std::nullopt;
  // "Sybiha thanked both governments": the subject of the clause whose
  // object the description is names neither of the two.
  uint16_t subject_begin = 0, subject_end = 0;
  {
    const text::Sentence& s = doc_.sentences[sentence];
    for (const text::Clause& c : s.clauses) {
      if (c.subject < 0) continue;
      for (uint16_t o : c.objects) {
        if (s.chunks[o].begin <= begin && begin < s.chunks[o].end) {
          subject_begin = s.chunks[c.subject].begin;
          subject_end = s.chunks[c.subject].end;
        }
      }
    }
  }
  auto in_subject = [&](const Mention& m) {
    return m.sentence == sentence && subject_begin <= m.begin && m.end <= subject_end;
  };
  // The two mentions referred to, last first.
  int picked[2];
  size_t n_picked = 0;
  // Prefer the last compound of two countries ("Russia and North Korea").
  for (int i = static_cast<int>(out_->mentions.size()) - 1; i > 0 && n_picked == 0; --i) {
    const Mention& m = out_->mentions[i];
    const Mention& prev = out_->mentions[i - 1];
    if (sentence > m.sentence + 2) break;
    if (m.group < 0 || prev.group != m.group || m.via == Via::kPlural || in_subject(m)) continue;
    if (leaders && !(m.person && prev.person)) continue;
    // ("Both sides" may be two actors of one country: an army and a militia.)
    if (!m.country().empty() && !prev.country().empty() &&
        (m.country() != prev.country() || (sides && m.code.view() != prev.code.view()))) {
      picked[0] = i;
      picked[1] = i - 1;
      n_picked = 2;
    }
  }
  // Else the last two mentions of different countries.
  for (int i = static_cast<int>(out_->mentions.size()) - 1; i >= 0 && n_picked < 2; --i) {
    const Mention& m = out_->mentions[i];
    if (m.via == Via::kPlural || m.country().empty() || in_subject(m)) continue;
    if (leaders && !m.person) continue;
    if (n_picked == 0 || out_->mentions[picked[0]].country() != m.country()) picked[n_picked++] = i;
  }
  if (n_picked < 2) return false;
  for (size_t k = 2; k-- > 0;) {
    Mention& c = AddCopy(found, picked[k], sentence, begin, end, Via::kPlural, "plural description");
    // "the two countries" are states; "both sides" keep the actors' codes.
    const Mention& a = out_->mentions[picked[k]];
    if (countries && !sides && a.via != Via::kOrganization) {
      c.code.assign(c.code.substr(0, 3)).append(has("governments") ? "GOV" : "");
      c.name = out_->Keep(c.code.str());
    }
    c.group = static_cast<int>(sentence * 1000 + 998);
  }
  return true;
}

bool Coref::ResolveGroup(uint32_t sentence, uint16_t begin, uint16_t end, std::string_view w,
                         std::string_view sectors, std::vector<Mention>* found) const {
  // Whether code `c` has the first sector of `sectors` after its first three letters.
  auto has_sector = [&](std::string_view c) {
    if (sectors.size() < 3) return true;
    for (size_t k = 3; k + 3 <= c.size(); k += 3) {
      if (c.substr(k, 3) == sectors.substr(0, 3)) return true;
    }
    return false;
  };
  for (int i = static_cast<int>(out_->mentions.size()) - 1; i >= 0; --i) {
    const Mention& m = out_->mentions[i];
    if (sentence > m.sentence + 3) break;
    // An organization, or a group description that named one ("the armed
    // group … the group").
    const bool org = m.via == Via::kOrganization ||
                     (m.via == Via::kPronoun && GroupWord(doc_.sentences[m.sentence].tokens[m.end - 1].lower));
    if (org && has_sector(m.code.view())) {
      AddCopy(found, i, sentence, begin, end, Via::kPronoun, "description", w);
      return true;
    }
  }
  return false;
}

bool Coref::ResolveTheirRole(uint32_t sentence, uint16_t begin, uint16_t end, std::string_view agent_sectors,
                             std::vector<Mention>* found) const {
  const auto& t = doc_.sentences[sentence].tokens;
  for (int i = static_cast<int>(out_->mentions.size()) - 1; i >= 0; --i) {
    const Mention& m = out_->mentions[i];
    if (sentence > m.sentence + 1) break;
    if (m.person || m.country().empty()) continue;
    Mention& c = AddCopy(found, i, sentence, begin, end, Via::kPossessor, "possessive pronoun");
    c.code = ActorCode(m.country()).append(agent_sectors);
    c.name = doc_.Text(Span{t[begin].span.begin, t[end - 1].span.end});
    return true;
  }
  return false;
}

bool Coref::Resolve(uint32_t sentence, uint16_t begin, uint16_t end, bool has_agent,
                    std::string_view agent_sectors, bool person_role, std::vector<Mention>* found) const {
  const text::Sentence& s = doc_.sentences[sentence];
  const auto& t = s.tokens;
  // Pronouns.
  if (end == begin + 1 && t[begin].tag == Pos::PRP) return ResolvePronoun(sentence, begin, end, found);
  // Plural descriptions: "the two countries", "both sides", "the two leaders".
  {
    bool pair = false;
    for (uint16_t k = begin; k < end; ++k) pair |= t[k].lower == "two" || t[k].lower == "both";
    // Most noun groups have neither word.
    if (pair) {
      if (const std::optional<bool> r = ResolvePair(sentence, begin, end, found)) return *r;
    }
  }
  // "the group", "the bloc": the last organization named; "the militant
  // group", "the armed group" (a role word): the last one of its sector.
  if ((end - begin == 2 || (end - begin == 3 && has_agent && !agent_sectors.empty())) &&
      t[begin].lower == "the" && GroupWord(t[end - 1].lower) &&
      ResolveGroup(sentence, begin, end, t[end - 1].lower, end - begin == 3 ? agent_sectors : "", found)) {
    return true;
  }
  // Surnames of people named earlier: "Kirby", "Kim".
  for (uint16_t k = begin; k < end; ++k) {
    if (t[k].tag != Pos::NNP || !t[k].capitalized) continue;
    for (auto n = memory_.named.rbegin(); n != memory_.named.rend(); ++n) {
      for (uint32_t i = n->first; i < n->first + n->count; ++i) {
        const auto [at, len] = memory_.name_tokens[i];
        if (std::string_view(memory_.name_text.data() + at, len) == t[k].lower) {
          AddCopy(found, n->mention, sentence, begin, end, Via::kSurname, "surname", doc_.Text(t[k].span));
          return true;
        }
      }
    }
  }
  // "its troops", "their foreign minister": the role of the last country or
  // organization named.
  if (has_agent && !agent_sectors.empty() && t[begin].tag == Pos::PRPS &&
      (t[begin].lower == "its" || t[begin].lower == "their") &&
      ResolveTheirRole(sentence, begin, end, agent_sectors, found)) {
    return true;
  }
  // A role word alone: "the president" (a person named before), "police"
  // (the article's focus country).
  if (has_agent) {
    const bool definite = t[begin].lower == "the";
    const bool singular = t[end - 1].tag == Pos::NN;
    // "the head of the space agency" is defined by what follows, not before.
    // ("accused the ruling party of rigging": "of" + a verb belongs to the verb.)
    const bool of_follows = end < t.size() && t[end].lower == "of" &&
                            !(static_cast<size_t>(end) + 1 < t.size() && (t[end + 1].tag == Pos::VBG || t[end + 1].tag == Pos::VBN));
    if (definite && singular && person_role && !of_follows) {
      int a = LastPersonLike(sentence);
      if (a >= 0) {
        AddCopy(found, a, sentence, begin, end, Via::kPronoun, "role description");
        return true;
      }
    }
    // Reporters and civilians are not coded by the article's country (the
    // civilians a strike killed are seldom the striker's), but protesters,
    // who act at home, are.
    const std::string_view head = t[end - 1].lemma;
    const bool protester = head == "protester" || head == "demonstrator" || head == "marcher" ||
                           head == "striker" || head == "rioter" || head == "protestor";
    bool from_place = false;
    ActorCode focus = !agent_sectors.empty() && agent_sectors != "MED" &&
                                (agent_sectors != "CVL" || protester) && !of_follows
                            ? FocusCountry(sentence, &from_place)
                            : ActorCode();
    // Protesters are of where they protest ("protesters in Damascus stormed
    // the Danish embassy"), whatever else the article is about.
    if (protester && !focus.empty() && !from_place && place_country_) {
      if (const std::string& where = LocatedCountry(sentence); !where.empty()) {
        focus = where;
        from_place = true;
      }
    }
    if (!focus.empty()) {
      Mention m;
      m.sentence = sentence;
      m.begin = begin;
      m.end = end;
      m.code = focus;
      m.code.append(agent_sectors);
      m.name = doc_.Text(Span{t[begin].span.begin, t[end - 1].span.end});
      m.via = Via::kContext;
      if (explain_) m.why = out_->Keep(WhyContext(agent_sectors, focus, from_place));
      found->push_back(m);
      return true;
    }
  }
  return false;
}

}  // namespace annals::actors
