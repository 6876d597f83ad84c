// Context rules for the part-of-speech tags the bigram tagger cannot see
// (see text.h: FixTags). Tested by tagger_test.cc and chunk_test.cc.
#include <string_view>

#include "text/text.h"

namespace annals::text {
namespace {

// Forms of be, have and get, by the word (FixTags runs before lemmas).
bool AuxiliaryWord(std::string_view w) {
  static constexpr std::string_view kAuxiliaries[] = {"be",   "is",     "are", "was", "were", "been",   "being",
                                                      "am",   "'s",     "'re", "'m",  "have", "has",    "had",
                                                      "having", "'ve", "get", "gets", "got", "gotten", "getting"};
  for (std::string_view a : kAuxiliaries) {
    if (w == a) return true;
  }
  return false;
}

}  // namespace

// Context rules the bigram tagger cannot see, applied before lemmas are
// looked up (so "tortured" after "have" lemmatizes as a verb).
void FixTags(Sentence* s) {
  auto& t = s->tokens;
  const size_t n = t.size();
  // An adjective that is also a body's name, closing a noun group before a
  // verb form, is the noun: "Myanmar's military arrested", "the military
  // said", "the opposition's national …" keeps its adjective.
  for (size_t k = 1; k + 1 < n; ++k) {
    if (t[k].tag != Pos::JJ || (t[k].lower != "military" && t[k].lower != "paramilitary")) continue;
    const Pos prev = t[k - 1].tag, next = t[k + 1].tag;
    if ((prev == Pos::POS || prev == Pos::DT || prev == Pos::PRPS || prev == Pos::NNP) &&
        (next == Pos::VBD || next == Pos::VBN || next == Pos::VBZ || next == Pos::VBP || next == Pos::MD)) {
      t[k].tag = Pos::NN;
    }
  }
  // A participle right after the subject of a sentence with no finite verb
  // yet is the past tense: "Zambia extradited a militant", "Bashir on
  // Thursday shortened the curfew" (not "the convoy attacked by rebels").
  // So is one right after the subject of reported speech with an object
  // after it: "officials said police arrested two suspects".
  auto reported_subject_before = [&](size_t k) {
    size_t b = k;
    while (b > 0 && (IsNoun(t[b - 1].tag) || IsAdjective(t[b - 1].tag) || t[b - 1].tag == Pos::DT ||
                     t[b - 1].tag == Pos::CD || t[b - 1].tag == Pos::POS || t[b - 1].tag == Pos::PRP)) {
      --b;
    }
    if (b == k || b == 0) return false;
    const std::string_view w = t[b - 1].lower;
    const bool object_follows = k + 1 < n && (t[k + 1].tag == Pos::DT || t[k + 1].tag == Pos::CD ||
                                              t[k + 1].tag == Pos::PRPS || IsNoun(t[k + 1].tag));
    return object_follows && (w == "said" || w == "says" || w == "say" || w == "that" || w == "reported" ||
                              w == "added" || w == "claimed" || w == "confirmed" || w == "announced");
  };
  // "Russian shelling damaged", "Intense shelling hit": an -ing word after
  // the sentence's opening modifiers and before a past form is the
  // subject's head noun, and the past form (below) its finite verb. (Not
  // "Britain having signed": auxiliaries stay verbs.)
  for (size_t k = 1; k + 1 < n && k <= 3; ++k) {
    if (t[k].tag != Pos::VBG || (t[k + 1].tag != Pos::VBD && t[k + 1].tag != Pos::VBN) ||
        AuxiliaryWord(t[k].lower)) {
      continue;
    }
    bool modifiers = true;
    for (size_t b = 0; b < k; ++b) modifiers &= IsAdjective(t[b].tag) || t[b].tag == Pos::NNP || t[b].tag == Pos::DT;
    if (modifiers) t[k].tag = Pos::NN;
  }
  {
    bool finite_seen = false;
    for (size_t k = 0; k < n; ++k) {
      const Pos p = t[k].tag;
      if (p == Pos::VBD || p == Pos::VBZ || p == Pos::VBP || p == Pos::MD) { finite_seen = true; continue; }
      if (p != Pos::VBN || k == 0 || (finite_seen && !reported_subject_before(k))) continue;
      const Pos prev = t[k - 1].tag;
      const bool after_noun = IsNoun(prev) || prev == Pos::PRP;
      // (Not "shortened by one hour", "cut by 5 percent": an amount.)
      const bool by_follows = k + 1 < n && t[k + 1].lower == "by" && !(k + 2 < n && t[k + 2].tag == Pos::CD);
      bool aux = false;
      for (size_t b = k >= 4 ? k - 4 : 0; b < k; ++b) {
        aux |= AuxiliaryWord(t[b].lower) && t[b].tag != Pos::POS;  // a possessive 's is no "is"
      }
      if (after_noun && !by_follows && !aux) {
        t[k].tag = Pos::VBD;
        finite_seen = true;
      }
    }
  }
  // "up to 1,000 Turks", "about 200 supporters": number modifiers.
  for (size_t k = 0; k + 2 < n; ++k) {
    // "about 200 supporters", "around 50 people": number modifiers.
    if ((t[k].lower == "about" || t[k].lower == "around") && t[k + 1].tag == Pos::CD &&
        (k == 0 || !IsVerb(t[k - 1].tag))) {
      t[k].tag = Pos::RB;
    }
    if (t[k].lower == "up" && t[k + 1].lower == "to" && t[k + 2].tag == Pos::CD) {
      t[k].tag = Pos::RB;
      t[k + 1].tag = Pos::RB;
    }
    // "at least three", "at most 200": not a place.
    if (t[k].lower == "at" && (t[k + 1].lower == "least" || t[k + 1].lower == "most") &&
        (t[k + 2].tag == Pos::CD || t[k + 2].tag == Pos::DT || t[k + 2].tag == Pos::JJ)) {
      t[k].tag = Pos::RB;
      t[k + 1].tag = Pos::RB;
    }
  }
  // Participles that work as prepositions: "according to", "regarding";
  // and "-ed" adjectives after have/be ("have tortured") are participles.
  for (size_t k = 0; k < n; ++k) {
    const std::string_view w = t[k].lower;
    if (t[k].tag == Pos::JJ && w.size() > 3 && w.substr(w.size() - 2) == "ed") {
      int b = static_cast<int>(k) - 1;
      while (b >= 0 && t[b].tag == Pos::RB) --b;
      // (Lemmas are not set yet: compare the words.)
      const bool have = b >= 0 && (t[b].lower == "have" || t[b].lower == "has" || t[b].lower == "had" ||
                                   t[b].lower == "'ve" || t[b].lower == "having");
      if (have) t[k].tag = Pos::VBN;
    }
    // "a United Nations plan to…", "the government's plan": a present-tense
    // verb ending a noun group opened by a determiner is its head noun.
    if ((t[k].tag == Pos::VBP || t[k].tag == Pos::VB) && k >= 2 && t[k - 1].tag != Pos::TO && t[k - 1].tag != Pos::MD) {
      int b = static_cast<int>(k) - 1;
      while (b >= 0 && (t[b].tag == Pos::NNP || t[b].tag == Pos::NNPS || IsAdjective(t[b].tag) || t[b].tag == Pos::POS)) --b;
      if (b >= 0 && b < static_cast<int>(k) - 1 && (t[b].tag == Pos::DT || t[b].tag == Pos::PRPS) &&
          (t[b].lower == "a" || t[b].lower == "an" || t[b].lower == "the" || t[b].tag == Pos::PRPS)) {
        t[k].tag = Pos::NN;
      }
    }
    // "denies arming the militias": an -ing word between a verb and a
    // determiner is a gerund with an object.
    if (t[k].tag == Pos::NN && w.size() > 5 && w.substr(w.size() - 3) == "ing" && k > 0 && k + 1 < n &&
        IsVerb(t[k - 1].tag) && (t[k + 1].tag == Pos::DT || t[k + 1].tag == Pos::PRPS)) {
      t[k].tag = Pos::VBG;
    }
    // "has", "have" and "had" are never nouns ("Afghanistan has been").
    if (IsNoun(t[k].tag) && (w == "has" || w == "have" || w == "had")) {
      t[k].tag = w == "has" ? Pos::VBZ : w == "have" ? Pos::VBP : Pos::VBD;
    }
    // "the wounded", "the injured", "the displaced": a participle after
    // "the" with nothing after it that it could govern is a noun.
    if ((t[k].tag == Pos::VBN || t[k].tag == Pos::VBD) && k > 0 && t[k - 1].lower == "the" &&
        (k + 1 >= n || t[k + 1].tag == Pos::IN || t[k + 1].tag == Pos::CC || t[k + 1].tag == Pos::COMMA ||
         t[k + 1].tag == Pos::PERIOD)) {
      t[k].tag = Pos::NNS;
    }
    // "tear gas": a noun compound, not the verb "tear".
    if (w == "tear" && k + 1 < n && (t[k + 1].lower == "gas" || t[k + 1].lower == "gases")) t[k].tag = Pos::NN;
    // "Serbian forces massacred": a present-tense verb right before a past
    // tense is a plural noun.
    if (t[k].tag == Pos::VBZ && k > 0 && k + 1 < n && (t[k + 1].tag == Pos::VBD || t[k + 1].tag == Pos::VBN) &&
        (IsAdjective(t[k - 1].tag) || t[k - 1].tag == Pos::NNP || t[k - 1].tag == Pos::NN || t[k - 1].tag == Pos::DT) &&
        w.size() > 2 && w.back() == 's' && !AuxiliaryWord(w)) {  // "Iran has been warned"
      t[k].tag = Pos::NNS;
      if (t[k + 1].tag == Pos::VBN && !AuxiliaryWord(t[k + 1].lower)) t[k + 1].tag = Pos::VBD;
    }
    // A past form after be or have is the participle: "were shelled by".
    if (t[k].tag == Pos::VBD) {
      int b = static_cast<int>(k) - 1;
      while (b >= 0 && t[b].tag == Pos::RB) --b;
      if (b >= 0 && AuxiliaryWord(t[b].lower) && t[b].lower != "get" && t[b].lower != "gets" &&
          t[b].lower != "got" && IsVerb(t[b].tag)) {
        t[k].tag = Pos::VBN;
      }
    }
    // A gerund after a determiner or possessive ("the fighting", "its
    // killing of"), or after a preposition with no object of its own
    // ("because of shelling near the border"), is a noun.
    if (t[k].tag == Pos::VBG && k > 0) {
      const Pos prev = t[k - 1].tag;
      const Pos next = k + 1 < n ? t[k + 1].tag : Pos::PERIOD;
      const bool no_object = next == Pos::IN || next == Pos::PERIOD || next == Pos::COMMA || next == Pos::CC ||
                             next == Pos::RB || next == Pos::TO;
      if (prev == Pos::DT || prev == Pos::PRPS || prev == Pos::POS ||
          (prev == Pos::IN && t[k - 1].lower != "by" && no_object)) {
        t[k].tag = Pos::NN;
      }
    }
    if (t[k].tag == Pos::VBG && (w == "according" || w == "regarding" || w == "concerning" ||
                                 w == "including" || w == "excluding" || w == "notwithstanding")) {
      t[k].tag = Pos::IN;
    }
  }
}

}  // namespace annals::text
