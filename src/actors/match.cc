// Dictionary matching over a sentence's tokens: one hash lookup per token on
// its folded form (and its lemma, for plural role words), then longest-first
// comparison of the phrases that start there. Tested by match_test.cc and
// actors_test.cc.
#include <utf8proc.h>

#include <algorithm>
#include <cstdlib>

#include "actors/dict.h"

namespace annals::actors {

std::string_view TokenKey(const text::Token& t, std::string* buffer) {
  bool ascii = true;
  for (char c : t.lower) ascii &= static_cast<unsigned char>(c) < 0x80;
  if (ascii) return t.lower;
  // Fold case and strip diacritics: "Rafaḩ" → "rafah", "Élysée" → "elysee".
  utf8proc_uint8_t* out = nullptr;
  utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(t.lower.data()),
                                    static_cast<utf8proc_ssize_t>(t.lower.size()), &out,
                                    static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK |
                                                                   UTF8PROC_CASEFOLD));
  if (n < 0 || !out) {
    std::free(out);
    return t.lower;
  }
  buffer->assign(reinterpret_cast<char*>(out), n);
  std::free(out);
  return *buffer;
}

namespace {

bool HasUpper(std::string_view surface) {
  for (char c : surface) {
    if (c >= 'A' && c <= 'Z') return true;
    if (static_cast<unsigned char>(c) >= 0xC3 && static_cast<unsigned char>(c) <= 0xC3) return true;  // À-Þ lead byte
  }
  return false;
}

bool IsPossessive(const text::Token& t) { return t.tag == text::Pos::POS; }

// Dictionary phrases start with a noun, adjective, number or a capitalized
// word ("Kremlin", "Russian", "defense minister", "U.N."); other tokens are
// not looked up. One bit per tag: a test, not a chain of branches.
constexpr uint64_t kStartTags = [] {
  using text::Pos;
  uint64_t bits = 0;
  for (Pos p : {Pos::NN, Pos::NNS, Pos::NNP, Pos::NNPS, Pos::JJ, Pos::JJR, Pos::JJS, Pos::CD, Pos::FW, Pos::VBN,
                Pos::VBG}) {
    bits |= uint64_t{1} << static_cast<int>(p);
  }
  return bits;
}();
static_assert(static_cast<int>(text::Pos::kCount) <= 64, "kStartTags holds one bit per tag");

bool MayStartPhrase(const text::Token& t) {
  return t.capitalized | ((kStartTags >> static_cast<int>(t.tag)) & 1);
}

// The matches in `s`, whose tokens' keys are `folded` (kFolded) or, in
// ASCII text, their lowercased forms.
template <bool kFolded>
void MatchIn(const ActorDict::Impl& dict, const text::Document& doc, const text::Sentence& s,
             const std::string_view* folded, std::vector<Match>* matches, std::vector<uint16_t>* ends_before) {
  const auto& toks = s.tokens;
  const size_t n = toks.size();
  auto key = [&](size_t k) -> std::string_view {
    if constexpr (kFolded) return folded[k];
    else return toks[k].lower;
  };

  std::vector<Match>& out = *matches;
  out.clear();
  // Room for a match's block of counts (below) past the last token.
  constexpr size_t kBlock = 8;
  if (ends_before->size() < n + kBlock) ends_before->resize(n + kBlock);
  uint16_t* const ends = ends_before->data();
  uint16_t found = 0;  // out.size()
  size_t i = 0;
  while (i < n) {
    // Each token not inside a match is visited here: the matches so far
    // all end at or before it.
    ends[i] = found;
    if (!MayStartPhrase(toks[i])) { ++i; continue; }
    Match best;
    bool any_agent = false, any_name = false;
    // Scans the phrases starting here (`fw`: a first word's); most words
    // start none and never get here.
    auto scan = [&](const ActorDict::Impl::FirstWord* fw, bool first_by_lemma) {
      // What the second token of a matching phrase can be: the next key, the
      // key after a possessive, or (last token of a two-token phrase) their
      // lemmas. Phrases whose second token has another length or first byte
      // are skipped without reading their words.
      uint32_t next = 0, next_lemma = 0, after = 0, after_lemma = 0;
      if (i + 1 < n) {
        next = ActorDict::Impl::Sketch(key(i + 1));
        next_lemma = ActorDict::Impl::Sketch(toks[i + 1].lemma);
        if (IsPossessive(toks[i + 1]) && i + 2 < n) {
          after = ActorDict::Impl::Sketch(key(i + 2));
          after_lemma = ActorDict::Impl::Sketch(toks[i + 2].lemma);
        }
      }
      // When none of these can be a longer phrase's second token, only its
      // one-token phrases are left.
      using Impl = ActorDict::Impl;
      const uint64_t seen = Impl::SecondBit(next) | Impl::SecondBit(next_lemma) | Impl::SecondBit(after) |
                            Impl::SecondBit(after_lemma);
      const Impl::Candidate* c = dict.first_lists.data() + ((fw->seconds & seen) != 0 ? fw->list : fw->singles);
      for (; c->size != 0; ++c) {
        if (best.phrase >= 0 && c->size <= best.end - best.begin) break;
        // (Bitwise, not logical, operators: one branch for the whole test.)
        const uint32_t second = c->second;
        const bool may_fit = (c->size == 1) | (second == next) | (second == after) |
                             ((c->size == 2) & ((second == next_lemma) | (second == after_lemma)));
        if (!may_fit) continue;
        size_t k = i + 1, j = 1;
        bool lemma_used = first_by_lemma;
        for (; j < c->size && k < n; ++j, ++k) {
          const std::string_view w = dict.RestWord(*c, j);
          // "People's Daily": a possessive inside a name may be left out of the phrase.
          if (IsPossessive(toks[k]) && w != key(k) && k + 1 < n) ++k;
          if (key(k) == w) continue;
          if (j + 1 == c->size && toks[k].lemma == w) { lemma_used = true; continue; }
          break;
        }
        if (j != c->size) continue;
        best = Match{static_cast<uint16_t>(i), static_cast<uint16_t>(k), c->phrase, lemma_used, false, c->country,
                     c->entry_count, c->first_entry};
        if (c->size == 1 && lemma_used) best.by_lemma = true;
        any_agent = c->any_agent;
        any_name = c->any_name;
      }
    };
    const std::string_view k0 = key(i);
    if (const auto* fw = dict.StartingWith(k0)) scan(fw, false);
    // Plural role words ("officials") are found through their lemma.
    if (best.phrase < 0 && (toks[i].tag == text::Pos::NNS || toks[i].tag == text::Pos::NNPS) &&
        toks[i].lemma != k0 && !toks[i].lemma.empty()) {
      if (const auto* fw = dict.StartingWith(toks[i].lemma)) scan(fw, true);
    }
    // "Vietnamese-led forces", "the U.S.-led coalition": the leader names the actor.
    if (best.phrase < 0 && k0.size() > 4 && k0.substr(k0.size() - 4) == "-led") {
      if (const auto* fw = dict.StartingWith(k0.substr(0, k0.size() - 4))) scan(fw, false);
      if (best.phrase >= 0 && best.end != best.begin + 1) best = Match{};
    }
    if (best.phrase < 0) { ++i; continue; }
    // Names need a capital letter ("Turkey", not "turkey"); role words don't.
    // (A first letter A-Z settles it without the scan.)
    const std::string_view surface = doc.Text(toks[i].span);
    const bool capitalized = (surface[0] >= 'A' && surface[0] <= 'Z') || HasUpper(surface);
    if (any_name && !capitalized && !any_agent) { ++i; continue; }
    if (best.by_lemma && !any_agent) { ++i; continue; }
    best.capitalized = capitalized;
    // Resolution reads the match's entries after the whole sentence is
    // matched: ask for them now, so the memory serves them meanwhile.
    __builtin_prefetch(dict.entries.data() + best.first_entry);
    // The match's own tokens have the count before it: one block store for
    // most matches, the next visited tokens overwriting what lies past it.
    if (static_cast<size_t>(best.end - best.begin) <= kBlock) {
      std::fill_n(ends + best.begin, kBlock, found);
    } else {
      std::fill(ends + best.begin, ends + best.end, found);
    }
    out.push_back(best);
    ++found;
    i = best.end;
  }
  ends[n] = found;
}

// Text with letters beyond ASCII: each token's key folded first. Out of
// line, so that it does not sit in the instruction cache between the ASCII
// path's lines.
[[gnu::noinline]] void FindFoldedMatches(const ActorDict::Impl& dict, const text::Document& doc,
                                         const text::Sentence& s, std::vector<Match>* matches,
                                         std::vector<uint16_t>* ends_before) {
  const size_t n = s.tokens.size();
  thread_local std::vector<std::string> buffers;
  thread_local std::vector<std::string_view> folded;
  if (buffers.size() < n) buffers.resize(n);
  folded.resize(n);
  for (size_t i = 0; i < n; ++i) folded[i] = TokenKey(s.tokens[i], &buffers[i]);
  MatchIn<true>(dict, doc, s, folded.data(), matches, ends_before);
}

}  // namespace

void FindMatches(const ActorDict::Impl& dict, const text::Document& doc, const text::Sentence& s,
                 std::vector<Match>* matches, std::vector<uint16_t>* ends_before) {
  // ASCII text needs no folding: the lowercased token is the key.
  if (doc.ascii) return MatchIn<false>(dict, doc, s, nullptr, matches, ends_before);
  FindFoldedMatches(dict, doc, s, matches, ends_before);
}

}  // namespace annals::actors
