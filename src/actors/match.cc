// Dictionary matching over a sentence's tokens: one hash lookup per token on
// its folded form (and its lemma, for plural role words), then longest-first
// comparison of the phrases that start there. Tested by actors_test.cc.
#include <utf8proc.h>

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
// not looked up.
bool MayStartPhrase(const text::Token& t) {
  using text::Pos;
  if (t.capitalized) return true;
  switch (t.tag) {
    case Pos::NN: case Pos::NNS: case Pos::NNP: case Pos::NNPS: case Pos::JJ: case Pos::JJR:
    case Pos::JJS: case Pos::CD: case Pos::FW: case Pos::VBN: case Pos::VBG:
      return true;
    default:
      return false;
  }
}

}  // namespace

void FindMatches(const ActorDict::Impl& dict, const text::Document& doc, const text::Sentence& s,
                 std::vector<Match>* matches) {
  const auto& toks = s.tokens;
  const size_t n = toks.size();
  thread_local std::vector<std::string> buffers;
  thread_local std::vector<std::string_view> keys;
  if (buffers.size() < n) buffers.resize(n);
  keys.resize(n);
  // ASCII text needs no folding: the lowercased token is the key.
  for (size_t i = 0; i < n; ++i) keys[i] = doc.ascii ? toks[i].lower : TokenKey(toks[i], &buffers[i]);

  std::vector<Match>& out = *matches;
  out.clear();
  size_t i = 0;
  while (i < n) {
    if (!MayStartPhrase(toks[i])) { ++i; continue; }
    Match best;
    auto try_list = [&](std::string_view first, bool first_by_lemma) {
      if (!dict.MayStart(first)) return;
      const auto list = dict.StartingWith(first);
      if (list.empty()) return;
      // What the second token of a matching phrase can be: the next key, the
      // key after a possessive, or (last token of a two-token phrase) their
      // lemmas. Phrases whose second token has another length or first byte
      // are skipped without being read.
      size_t nseconds = 0;
      std::string_view seconds[4];
      if (i + 1 < n) {
        seconds[nseconds++] = keys[i + 1];
        seconds[nseconds++] = toks[i + 1].lemma;
        if (IsPossessive(toks[i + 1]) && i + 2 < n) {
          seconds[nseconds++] = keys[i + 2];
          seconds[nseconds++] = toks[i + 2].lemma;
        }
      }
      auto may_match = [&](const ActorDict::Impl::Candidate& c) {
        if (c.size == 1) return true;
        for (size_t x = 0; x < nseconds; ++x) {
          if (x % 2 == 1 && c.size != 2) continue;  // lemmas only for a two-token phrase's last token
          const std::string_view w = seconds[x];
          if (w.size() == c.second_len && (w.empty() ? '\0' : w[0]) == c.second_first) return true;
        }
        return false;
      };
      for (const auto& c : list) {
        if (best.phrase >= 0 && c.size <= static_cast<size_t>(best.end - best.begin)) break;
        if (!may_match(c)) continue;
        const int pid = c.phrase;
        const Phrase& p = dict.phrases[pid];
        size_t k = i + 1, j = 1;
        bool lemma_used = first_by_lemma;
        for (; j < p.tokens.size() && k < n; ++j, ++k) {
          // "People's Daily": a possessive inside a name may be left out of the phrase.
          if (IsPossessive(toks[k]) && p.tokens[j] != keys[k] && k + 1 < n) ++k;
          if (keys[k] == p.tokens[j]) continue;
          if (j + 1 == p.tokens.size() && toks[k].lemma == p.tokens[j]) { lemma_used = true; continue; }
          break;
        }
        if (j != p.tokens.size()) continue;
        best = Match{static_cast<uint16_t>(i), static_cast<uint16_t>(k), pid, lemma_used};
        if (p.tokens.size() == 1 && lemma_used) best.by_lemma = true;
      }
    };
    try_list(keys[i], false);
    // Plural role words ("officials") are found through their lemma.
    if (best.phrase < 0 && (toks[i].tag == text::Pos::NNS || toks[i].tag == text::Pos::NNPS) &&
        toks[i].lemma != keys[i] && !toks[i].lemma.empty()) {
      try_list(toks[i].lemma, true);
    }
    // "Vietnamese-led forces", "the U.S.-led coalition": the leader names the actor.
    if (best.phrase < 0 && keys[i].size() > 4 && keys[i].substr(keys[i].size() - 4) == "-led") {
      try_list(keys[i].substr(0, keys[i].size() - 4), false);
      if (best.phrase >= 0 && dict.phrases[best.phrase].tokens.size() != 1) best = Match{};
    }
    if (best.phrase < 0) { ++i; continue; }
    // Names need a capital letter ("Turkey", not "turkey"); role words don't.
    const Phrase& p = dict.phrases[best.phrase];
    const bool any_name = p.any_name, any_agent = p.any_agent;
    const bool capitalized = HasUpper(doc.Text(toks[i].span));
    if (any_name && !capitalized && !any_agent) { ++i; continue; }
    if (best.by_lemma && !any_agent) { ++i; continue; }
    best.capitalized = capitalized;
    out.push_back(best);
    i = best.end;
  }
}

}  // namespace annals::actors
