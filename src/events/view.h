// Internal to the events stage (see events.h): one sentence indexed for
// pattern matching (tokens, chunks, actor mentions, pattern-word ids) and
// the matching helpers the coder uses. Tested through events_test.cc.
#pragma once

#include <algorithm>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "events/coder_impl.h"

namespace annals::events::detail {

using actors::ArticleActors;
using actors::Mention;
using text::Chunk;
using text::ChunkKind;
using text::Clause;
using text::Pos;
using text::Token;

constexpr int kLiteralGap = 4;  // words allowed between pattern elements
constexpr int kTargetGap = 6;   // words allowed before a target ("the increasingly close ties between")

// Verbs whose infinitive complement is planned, hoped-for, or replaced by the
// verb's own event ("refused to meet" is a rejection, not a meeting).
// Whether `w` is one of `set`. Inline, and length and first letter first:
// most words are decided without a call to memcmp (a hot path).
inline bool In(std::string_view w, std::initializer_list<std::string_view> set) {
  for (std::string_view x : set) {
    if (x.size() == w.size() && (w.empty() || x[0] == w[0]) && x == w) return true;
  }
  return false;
}
// "in", "at", "near"…: an actor after one is a place, not a target.
bool LocativePreposition(std::string_view w);
bool PlanningVerb(std::string_view l);
bool HopingVerb(std::string_view l);
bool BlockingVerb(std::string_view l);
// Lemmas of verbs of speech (WordInfo::speech_verb).
std::span<const std::string_view> SpeechVerbs();

// The per-token arrays of a View, kept by the caller between sentences so
// that a View allocates nothing once they have grown (one View at a time
// per ViewArrays).
struct ViewArrays {
  std::vector<int> mention_start, in_verb, lemma_id, lower_id;
  std::vector<uint8_t> noun_head;
  std::vector<const WordInfo*> lemma_word, lower_word;
};

// One sentence's tokens, chunks and actor mentions, indexed for matching.
struct View {
  const text::Document& doc;
  const text::Sentence& s;
  uint32_t si;
  const ArticleActors& actors;
  std::vector<int>& mention_start;  // token → mention starting there (-1)
  std::vector<int>& in_verb;        // token → verb chunk index (-1)
  std::vector<int>& lemma_id;       // pattern vocabulary ids of each token (-1)
  std::vector<int>& lower_id;
  std::vector<uint8_t>& noun_head;  // token → 1 if it heads a noun chunk
  // What the coder knows of each token's lemma and lowercase form (nullptr: nothing).
  std::vector<const WordInfo*>& lemma_word;
  std::vector<const WordInfo*>& lower_word;

  View(const text::Document& d, uint32_t i, const ArticleActors& a, const Coder::Impl& impl, ViewArrays* arrays)
      : doc(d), s(d.sentences[i]), si(i), actors(a), mention_start(arrays->mention_start),
        in_verb(arrays->in_verb), lemma_id(arrays->lemma_id), lower_id(arrays->lower_id),
        noun_head(arrays->noun_head), lemma_word(arrays->lemma_word), lower_word(arrays->lower_word) {
    const size_t n = s.tokens.size();
    lemma_word.resize(n);
    lower_word.resize(n);
    lemma_id.resize(n);
    lower_id.resize(n);
    for (size_t k = 0; k < n; ++k) {
      const Token& t = s.tokens[k];
      lemma_word[k] = impl.Word(t.lemma);
      lower_word[k] = t.lower == t.lemma ? lemma_word[k] : impl.Word(t.lower);
      lemma_id[k] = lemma_word[k] ? lemma_word[k]->id : -1;
      lower_id[k] = lower_word[k] ? lower_word[k]->id : -1;
    }
    mention_start.assign(n, -1);
    in_verb.assign(n, -1);
    noun_head.assign(n, 0);
    for (const Chunk& ch : s.chunks) {
      if (ch.kind == ChunkKind::kNoun) noun_head[ch.head] = 1;
    }
    for (uint32_t m = a.first[i]; m < a.first[i + 1]; ++m) {
      int& slot = mention_start[a.mentions[m].begin];
      if (slot < 0) slot = static_cast<int>(m);
    }
    for (size_t c = 0; c < s.chunks.size(); ++c) {
      if (s.chunks[c].kind != ChunkKind::kVerb) continue;
      for (uint16_t k = s.chunks[c].begin; k < s.chunks[c].end; ++k) in_verb[k] = static_cast<int>(c);
    }
  }

  bool Boundary(size_t k) const {
    const Token& t = s.tokens[k];
    return t.tag == Pos::COMMA || t.tag == Pos::COLON || t.tag == Pos::LQUOTE || t.tag == Pos::RQUOTE ||
           t.tag == Pos::PERIOD || t.lower == "\"" || t.lower == ";";
  }
  // A verb that starts a new finite clause (not "to meet", not "being used").
  bool FiniteVerbAt(size_t k) const {
    int c = in_verb[k];
    if (c < 0 || s.chunks[c].begin != k) return false;
    const Chunk& ch = s.chunks[c];
    return !ch.infinitive && s.tokens[ch.begin].tag != Pos::VBG;
  }
  // Mentions of the slot whose first mention is `m`: the mention and the
  // rest of its compound ("Russia and North Korea").
  std::vector<int> WithGroup(int m) const {
    std::vector<int> out{m};
    const Mention& first = actors.mentions[m];
    if (first.group < 0) return out;
    for (uint32_t k = actors.first[si]; k < actors.first[si + 1]; ++k) {
      if (static_cast<int>(k) != m && actors.mentions[k].group == first.group) {
        out.push_back(static_cast<int>(k));
      }
    }
    std::sort(out.begin(), out.end());
    return out;
  }
  // Mentions of a subject: those in chunk `c`, else in a prepositional
  // phrase attached to it ("a convoy of Kenyan troops").
  std::vector<int> SubjectMentions(int c) const {
    std::vector<int> m = MentionsIn(c);
    if (!m.empty() || c < 0) return m;
    // "A leader of the Kurdish party, Aylin Demir, began…": an
    // unknown name in apposition stands for the noun group before it.
    if (c >= 1 && s.chunks[c].begin >= 1 && s.tokens[s.chunks[c].begin - 1].tag == Pos::COMMA &&
        s.chunks[c - 1].kind == ChunkKind::kNoun && s.chunks[c - 1].end + 1 == s.chunks[c].begin) {
      int j = c - 1;
      while (j >= 2 && s.chunks[j - 1].kind == ChunkKind::kPrep && s.chunks[j - 2].kind == ChunkKind::kNoun &&
             s.chunks[j - 1].begin == s.chunks[j - 2].end) {
        j -= 2;
      }
      m = MentionsIn(j);
      if (!m.empty()) return m;
      c = j;
    }
    if (c + 2 < static_cast<int>(s.chunks.size()) && s.chunks[c + 1].kind == ChunkKind::kPrep &&
        s.chunks[c + 1].begin == s.chunks[c].end && s.chunks[c + 2].kind == ChunkKind::kNoun) {
      const std::string_view p = s.tokens[s.chunks[c + 1].head].lower;
      if (p == "of" || p == "for" || p == "from") return MentionsIn(c + 2);
    }
    return m;
  }
  // Mentions inside noun chunk `c`: the compound or the one covering the head.
  // (A name the chunker split starts in the chunk and runs past it:
  // "[Doctors] Without Borders".)
  std::vector<int> MentionsIn(int c) const {
    if (c < 0) return {};
    const Chunk& ch = s.chunks[c];
    std::vector<int> all;
    for (uint32_t k = actors.first[si]; k < actors.first[si + 1]; ++k) {
      const Mention& m = actors.mentions[k];
      if (m.begin >= ch.begin && m.begin < ch.end) all.push_back(static_cast<int>(k));
    }
    if (all.size() <= 1) return all;
    const int g = actors.mentions[all[0]].group;
    bool grouped = g >= 0;
    for (int k : all) grouped &= actors.mentions[k].group == g;
    if (grouped) return all;
    for (int k : all) {
      const Mention& m = actors.mentions[k];
      if (m.begin <= ch.head && ch.head < m.end) return WithGroup(k);
    }
    return WithGroup(all[0]);
  }
};

// Whether token k lies in the subject of a clause other than `ci` whose
// subject is its own ("said Russian drones attacked": "Russian drones").
bool SubjectOfAnotherClause(const text::Sentence& s, size_t ci, size_t k);

// The target of an event whose pattern has no "+": the first actor after
// the verb (tokens [from, limit)) that is not a place, not the sources' own
// country and not in another clause (target.cc).
std::vector<int> DefaultTarget(const View& v, size_t ci, size_t from, size_t limit, const std::vector<int>& sources,
                               int root);

// A country named after "in" between tokens [from, limit) ("was detained in
// Ethiopia"): its mention index, or -1.
int PlaceCountryMention(const View& v, size_t from, size_t limit);

// The mode of an event coded from clause `ci`; sets *drop (and *why) when
// the clause is negated, blocked or the content of a demand (mode.cc).
Mode ModeOf(const View& v, size_t ci, int speech_clause, bool* drop, std::string* why);

// A visit implies a host and a hosting implies a visit (CAMEO 042/043):
// adds, for the sentence's events from `first_event` on, the other side
// with derived "complement" (complement.cc).
void AddComplements(const Coder::Impl& d, const View& v, size_t first_event, std::vector<Event>* out);

// Blocking roads or passage: 144 (obstruct, a protest) when every source is
// civilian or opposition, 191 (blockade) when every source is state or armed
// forces; `code` itself otherwise.
std::string BlockingCode(const std::string& code, const std::vector<int>& sources, const ArticleActors& actors);

struct Found;
// Whether `a` is a better match than `b`: more elements, then more literals,
// then more literals on head nouns ("captured a rebel base" is about the
// base, not the rebels).
bool Better(const Found& a, const Found& b);

struct Found {
  int pattern = -1;
  int elements = 0, literals = 0;
  int head_literals = 0;      // literals that matched a noun chunk's head ("base" in "a rebel base")
  std::vector<int> targets;   // mention indices
  std::vector<int> sources;   // noun patterns only
  bool pair = false;          // targets are a pair coded both ways
  std::string trigger;        // the words that matched
};

// Tokens matched by literal `e` at token k (0 if none); "_" joins the words
// of a multi-word alternative.
size_t LiteralMatches(const Element& e, const View& v, size_t k);
// Matches elements [from, end) of `p` forward from token `pos`, before
// `limit`. `skip_target`: the first "+" is the passive subject, already
// known; `passive_head`: the passive subject's head may satisfy the first literal.
bool MatchForward(const View& v, const Pattern& p, size_t from, size_t pos, size_t limit, bool skip_target,
                  Found* f, int passive_head = -1);
// Where a noun pattern's elements after the trigger noun at token k are
// sought: [first, limit), up to the next finite verb — or, when the noun is
// the subject of a verb of occurring right after it ("Clashes erupted in
// Khartoum between A and B", "fighting broke out between"), past that verb.
std::pair<size_t, size_t> ForwardRange(const View& v, size_t k);
// Is the trigger `lemma` used in a non-political sense in sentence `s`
// (data/events/discards.tsv)?
// `trigger`: what the coder knows of the lemma (nullptr: nothing).
bool Discarded(const WordInfo* trigger, const text::Sentence& s);
// Copies mention m into *r.
void CopyMention(const actors::ArticleActors& a, int m, ActorRef* r);
// The CAMEO root of `code` ("042" → 4), as std::stoi of its first two
// characters, without building a string for the usual two digits.
inline int CodeRoot(const std::string& code) {
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  if (code.size() >= 2 && digit(code[0]) && digit(code[1])) return (code[0] - '0') * 10 + (code[1] - '0');
  return std::stoi(code.substr(0, 2));
}
// Sets the event's CAMEO code and what the codebook says of it.
void SetCode(Event* e, const CodeInfo& info);

}  // namespace annals::events::detail
