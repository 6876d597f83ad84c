// Bigram HMM tagger: emissions from the lexicon's per-tag counts, transitions
// from the tag bigram table, unknown words by shape and suffix class, and
// Viterbi decoding restricted to each word's candidate tags (usually 1–3, so
// a sentence costs a few hundred operations). Tested by tagger_test.cc and
// measured by `annals_eval_tagger` (docs/ACCURACY.md).
#include "text/tagger.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

#include "base/tsv.h"

namespace annals::text {
namespace {

constexpr float kNegInf = -1e30f;

bool ParseFloat(std::string_view s, float* out) {
  std::string tmp(s);
  char* end = nullptr;
  *out = std::strtof(tmp.c_str(), &end);
  return end && *end == '\0' && !tmp.empty();
}

// "NN:12 VB:3" → pairs.
bool ParseTagCounts(std::string_view s, std::vector<std::pair<Pos, float>>* out) {
  out->clear();
  for (std::string_view item : Split(s, ' ')) {
    if (item.empty()) continue;
    size_t colon = item.rfind(':');
    if (colon == std::string_view::npos) return false;
    auto pos = ParsePos(item.substr(0, colon));
    float v;
    if (!pos || !ParseFloat(item.substr(colon + 1), &v) || v <= 0) return false;
    out->push_back({*pos, v});
  }
  return !out->empty();
}

}  // namespace

Result<Tagger> Tagger::Load(const std::string& model_dir) {
  Tagger t;
  ANNALS_RETURN_IF_ERROR(t.LoadTransitions(model_dir + "/pos_transitions.tsv"));
  ANNALS_RETURN_IF_ERROR(t.LoadLexicon(model_dir + "/pos_lexicon.tsv"));
  ANNALS_RETURN_IF_ERROR(t.LoadUnknown(model_dir + "/pos_unknown.tsv"));
  return t;
}

Status Tagger::LoadTransitions(const std::string& path) {
  ANNALS_ASSIGN_OR_RETURN(TsvReader r, TsvReader::Open(path, "prev\tnext\tprob"));
  for (auto& row : trans_) row.fill(std::log(1e-7f));
  while (r.Next()) {
    auto prev = ParsePos(r.row()[0]);
    auto next = ParsePos(r.row()[1]);
    float p;
    if (!prev || !next) return r.Error("unknown tag");
    if (!ParseFloat(r.row()[2], &p) || p < 0 || p > 1) return r.Error("bad probability");
    trans_[static_cast<int>(*prev)][static_cast<int>(*next)] = std::log(std::max(p, 1e-7f));
  }
  return Status::Ok();
}

Status Tagger::LoadLexicon(const std::string& path) {
  ANNALS_ASSIGN_OR_RETURN(TsvReader r, TsvReader::Open(path, "word\ttags"));
  std::string arena;  // the words, back to back
  struct Row { size_t key_at, key_len; std::vector<std::pair<Pos, float>> counts; };
  std::vector<Row> rows;
  std::array<double, kNumPos> tag_total{};
  std::vector<std::pair<Pos, float>> counts;
  while (r.Next()) {
    if (r.row()[0].empty()) return r.Error("empty word");
    if (!ParseTagCounts(r.row()[1], &counts)) return r.Error("bad tag counts \"" + std::string(r.row()[1]) + "\"");
    for (auto& [tag, c] : counts) tag_total[static_cast<int>(tag)] += c;
    rows.push_back({arena.size(), r.row()[0].size(), counts});
    arena.append(r.row()[0]);
  }
  double all = 0;
  for (double v : tag_total) all += v;
  for (int i = 0; i < kNumPos; ++i) {
    log_tag_prior_[i] = static_cast<float>(std::log(std::max(tag_total[i], 1.0) / all));
  }
  // The first row of a word wins.
  std::unordered_map<std::string_view, uint32_t> seen;
  seen.reserve(rows.size());
  std::vector<std::pair<std::string_view, uint32_t>> keys;
  keys.reserve(rows.size());
  for (const Row& row : rows) {
    const std::string_view word(arena.data() + row.key_at, row.key_len);
    if (!seen.emplace(word, 0).second) continue;
    Entry e{static_cast<uint32_t>(scores_.size()), static_cast<uint8_t>(row.counts.size())};
    for (auto& [tag, c] : row.counts) {
      // log P(w|t) = log c(w,t) - log c(t)
      scores_.push_back({tag, static_cast<float>(std::log(c) - std::log(std::max(tag_total[static_cast<int>(tag)], 1.0)))});
    }
    keys.emplace_back(word, static_cast<uint32_t>(entries_.size()));
    entries_.push_back(e);
  }
  lexicon_.Build(keys);
  return Status::Ok();
}

Status Tagger::LoadUnknown(const std::string& path) {
  ANNALS_ASSIGN_OR_RETURN(TsvReader r, TsvReader::Open(path, "class\ttags"));
  std::vector<std::pair<Pos, float>> counts;
  while (r.Next()) {
    if (!ParseTagCounts(r.row()[1], &counts)) return r.Error("bad tag counts");
    float total = 0;
    for (auto& [tag, c] : counts) total += c;
    std::vector<TagScore> scores;
    for (auto& [tag, c] : counts) {
      // Bayes: P(w|t) ∝ P(t|class) / P(t).
      scores.push_back({tag, std::log(c / total) - log_tag_prior_[static_cast<int>(tag)] - 12.0f});
    }
    unknown_[std::string(r.row()[0])] = std::move(scores);
  }
  for (const char* cls : {"-unknown-", "-cap-"}) {
    if (!unknown_.count(cls)) return Status::DataError(path + ": missing class " + cls);
  }
  return Status::Ok();
}

bool Tagger::Lookup(std::string_view word, std::vector<TagScore>* out) const {
  const uint32_t i = lexicon_.Find(word);
  if (i == StringTable::kNone) return false;
  const Entry& e = entries_[i];
  out->assign(scores_.begin() + e.first, scores_.begin() + e.first + e.count);
  return true;
}

void Tagger::UnknownCandidates(const Token& t, std::string_view w, std::vector<TagScore>* out) const {
  auto use = [&](const char* cls) {
    auto it = unknown_.find(cls);
    if (it == unknown_.end()) it = unknown_.find("-unknown-");
    *out = it->second;
  };
  bool digit = false, alpha = false, upper_all = true;
  for (char c : w) {
    if (c >= '0' && c <= '9') digit = true;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) alpha = true;
    if (c >= 'a' && c <= 'z') upper_all = false;
  }
  if (digit && !alpha) { out->assign({{Pos::CD, 0.0f}}); return; }
  if (digit) { out->assign({{Pos::CD, -1.0f}, {Pos::NN, -2.0f}, {Pos::JJ, -3.0f}}); return; }
  const std::string_view l = t.lower;
  auto ends = [&](std::string_view suf) { return l.size() > suf.size() + 1 && l.substr(l.size() - suf.size()) == suf; };
  if (t.capitalized && !t.sentence_initial) {
    if (upper_all && w.size() >= 2) return use("-abr-");
    // "Bennani-Idrissi" is a name; "Russian-made" is not.
    const size_t hyphen = w.find('-');
    if (hyphen != std::string_view::npos && !(hyphen + 1 < w.size() && w[hyphen + 1] >= 'A' && w[hyphen + 1] <= 'Z'))
      return use("-hyp-");
    // Proper nouns in news: "Ushakov", "Roscosmos". Plural proper nouns are rare.
    out->assign({{Pos::NNP, -9.0f}, {Pos::NN, -14.0f}, {Pos::JJ, -14.0f}});
    if (ends("s") && !ends("ss")) out->push_back({Pos::NNPS, -14.0f});
    return;
  }
  if (w.find('-') != std::string_view::npos) {
    // "test-fired", "baton-charged": a hyphenated past form is a verb.
    const size_t hyphen = l.rfind('-');
    if (hyphen != std::string_view::npos && l.size() - hyphen > 4 && l.substr(l.size() - 2) == "ed") {
      out->assign({{Pos::VBD, -9.0f}, {Pos::VBN, -9.2f}, {Pos::JJ, -10.0f}});
      return;
    }
    return use("-hyp-");
  }
  // Irregular verb forms missing from the lexicon ("overthrew"), from WordNet.
  if (irregular_verb_forms_ && irregular_verb_forms_(l)) {
    out->assign({{Pos::VBD, -9.0f}, {Pos::VBN, -9.5f}});
    return;
  }
  if (ends("ing")) return use("-ing-");
  // Unknown "-ed" words in news are nearly always verbs ("reimposed",
  // "extradited"); the Lingua class spreads too much weight on nouns.
  if (ends("ed")) {
    out->assign({{Pos::VBD, -9.0f}, {Pos::VBN, -9.2f}, {Pos::JJ, -10.5f}});
    return;
  }
  if (ends("ly")) return use("-ly-");
  if (ends("tion") || ends("sion") || ends("ment") || ends("ness") || ends("ity")) return use("-tion-");
  if (ends("s") && !ends("ss") && !ends("us")) return use("-s-");
  if (ends("ous") || ends("ive") || ends("able") || ends("ible") || ends("al") || ends("ic") || ends("ful")) {
    out->assign({{Pos::JJ, -9.0f}, {Pos::NN, -13.0f}});
    return;
  }
  if (t.capitalized) {
    out->assign({{Pos::NNP, -9.0f}, {Pos::NN, -12.0f}, {Pos::JJ, -13.0f}});
    return;
  }
  use("-unknown-");
  // A verb WordNet knows but the lexicon lacks ("to disperse"): let the
  // context choose the base form.
  if (verb_lemma_ && verb_lemma_(l)) {
    out->push_back({Pos::VB, -9.5f});
    out->push_back({Pos::VBP, -11.0f});
  }
}

std::string JoinedPrefix(std::string_view lower) {
  if (lower.size() < 5 || !lower.starts_with("re-") || lower[3] < 'a' || lower[3] > 'z') return {};
  return std::string("re").append(lower.substr(3));
}

// A lexicon that knows an "-ed" word only as a noun ("abducted NN") is
// wrong where WordNet knows the verb: let the context choose the past forms.
void Tagger::AddPastForms(std::string_view lower, std::vector<TagScore>* out) const {
  for (const TagScore& s : *out) {
    if (s.tag != Pos::NN && s.tag != Pos::NNS) return;
  }
  const std::string_view stem = lower.substr(0, lower.size() - 2);
  if (!verb_lemma_(stem) && !verb_lemma_(lower.substr(0, lower.size() - 1))) return;
  out->push_back({Pos::VBD, -9.0f});
  out->push_back({Pos::VBN, -9.2f});
}

void Tagger::Candidates(const Token& t, std::string_view surface, std::vector<TagScore>* out) const {
  // (Most words end the test at their last letters.)
  auto past_form = [&](std::string_view w) { return w.size() >= 5 && w.back() == 'd' && w[w.size() - 2] == 'e' && verb_lemma_; };
  if (Lookup(surface, out)) {
    if (past_form(t.lower)) AddPastForms(t.lower, out);
    // "Ministers" opening a sentence: the lowercase word's tags compete too.
    if (t.capitalized && t.sentence_initial) {
      thread_local std::vector<TagScore> lower;
      if (Lookup(t.lower, &lower)) {
        for (const TagScore& l : lower) {
          bool seen = false;
          for (const TagScore& o : *out) seen |= o.tag == l.tag;
          if (!seen) out->push_back(l);
        }
      }
    }
    return;
  }
  if (t.capitalized && Lookup(t.lower, out)) {
    // A capitalized common word mid-sentence is often part of a name
    // ("Security Council"); keep NNP in play.
    if (!t.sentence_initial) {
      bool has_nnp = false;
      for (auto& s : *out) has_nnp |= s.tag == Pos::NNP;
      if (!has_nnp) out->push_back({Pos::NNP, -11.0f});
    }
    return;
  }
  if (!t.capitalized && Lookup(t.lower, out)) {
    if (past_form(t.lower)) AddPastForms(t.lower, out);
    return;
  }
  // "re-open", "re-elected": the hyphen is a spelling of the joined word.
  if (MayJoinPrefix(t.lower)) {
    if (const std::string joined = JoinedPrefix(t.lower); !joined.empty() && Lookup(joined, out)) return;
  }
  UnknownCandidates(t, surface, out);
}

void Tagger::Tag(std::string_view text, Sentence* s) const {
  const size_t n = s->tokens.size();
  if (n == 0) return;
  // Viterbi over a lattice of at most kMaxCand candidates per token.
  constexpr int kMaxCand = 8;
  struct Cell { Pos tag; float score; int8_t back; };
  thread_local std::vector<std::array<Cell, kMaxCand>> lattice;
  thread_local std::vector<uint8_t> widths;
  thread_local std::vector<TagScore> cand;
  lattice.resize(n);
  widths.resize(n);
  bool quote_open = false;
  for (size_t i = 0; i < n; ++i) {
    Token& tok = s->tokens[i];
    tok.sentence_initial = (i == 0) || (i == 1 && s->tokens[0].lower == "\"");
    cand.clear();
    const std::string_view surface = tok.span.In(text);
    if (surface == "\"") {
      // Straight quotes: closing when a quote is open or the quote touches
      // the word before it; opening otherwise.
      const bool touches = tok.span.begin > s->span.begin && text[tok.span.begin - 1] != ' ' &&
                           text[tok.span.begin - 1] != '\n' && text[tok.span.begin - 1] != '(';
      const bool opening = !touches && !quote_open;
      quote_open = opening;
      cand.assign({{opening ? Pos::LQUOTE : Pos::RQUOTE, 0.0f}});
    } else if (surface == "(" || surface == "[" || surface == "{") {
      cand.assign({{Pos::LRB, 0.0f}});
    } else if (surface == ")" || surface == "]" || surface == "}") {
      cand.assign({{Pos::RRB, 0.0f}});
    } else {
      Candidates(tok, surface, &cand);
    }
    if (cand.size() > kMaxCand) {
      std::partial_sort(cand.begin(), cand.begin() + kMaxCand, cand.end(),
                        [](const TagScore& a, const TagScore& b) { return a.log_emit > b.log_emit; });
      cand.resize(kMaxCand);
    }
    widths[i] = static_cast<uint8_t>(cand.size());
    for (size_t c = 0; c < cand.size(); ++c) {
      const int tag = static_cast<int>(cand[c].tag);
      float best = kNegInf;
      int8_t back = 0;
      if (i == 0) {
        best = trans_[static_cast<int>(Pos::PERIOD)][tag];
      } else {
        for (int p = 0; p < widths[i - 1]; ++p) {
          const Cell& prev = lattice[i - 1][p];
          float sc = prev.score + trans_[static_cast<int>(prev.tag)][tag];
          if (sc > best) { best = sc; back = static_cast<int8_t>(p); }
        }
      }
      lattice[i][c] = Cell{cand[c].tag, best + cand[c].log_emit, back};
    }
  }
  int best = 0;
  for (int c = 1; c < widths[n - 1]; ++c) {
    if (lattice[n - 1][c].score > lattice[n - 1][best].score) best = c;
  }
  for (size_t i = n; i-- > 0;) {
    s->tokens[i].tag = lattice[i][best].tag;
    best = lattice[i][best].back;
  }
}

}  // namespace annals::text
