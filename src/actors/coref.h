// Internal to the actors stage (see actors.h): in-article coreference. Keeps
// what the article has named so far and resolves surnames ("Kirby"),
// pronouns ("he", "they"), plural descriptions ("the two countries") and
// role words alone ("the president", "police").
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "actors/actors.h"

namespace annals::actors {

class Coref {
 public:
  struct Named {
    uint32_t first, count;  // lowercased name tokens: Memory::name_tokens[first, first + count)
    int mention;
  };
  // What an article has named so far. Callers keep one per thread and lend
  // it to each article's Coref (which clears it), so that an article
  // allocates nothing here.
  struct Memory {
    std::vector<Named> named;
    std::string name_text;  // the lowercased tokens of all named, back to back
    std::vector<std::pair<uint32_t, uint32_t>> name_tokens;  // offset and length in name_text
    // Countries named so far (PackCountry) and how often: few per article,
    // so a vector beats a map.
    std::vector<std::pair<uint32_t, int>> country_counts;
    // A bit (NameBit) for each name token: a proper noun whose bit is not
    // set is no surname of anyone named so far.
    uint64_t name_bits = 0;

    void Clear() {
      named.clear();
      name_text.clear();
      name_tokens.clear();
      country_counts.clear();
      name_bits = 0;
    }
  };

  // `explain`: fill Mention::why.
  Coref(const text::Document& doc, ArticleActors* out, bool explain,
        const std::function<std::string(uint32_t sentence)>& place_country, Memory* memory)
      : doc_(doc), out_(out), explain_(explain), place_country_(place_country), memory_(*memory) {
    memory_.Clear();
  }

  // Records mention `m`, out->mentions[index].
  void Register(const Mention& m, int index);

  // Whether Resolve() could find anything in tokens [begin, end) without a
  // role word: a pronoun, a plural description, "the group", or a
  // capitalized word when someone has been named.
  bool MayResolve(uint32_t sentence, uint16_t begin, uint16_t end) const;

  // A possessor that names an earlier person by surname ("Kirby's remarks").
  bool ResolveName(uint32_t sentence, uint16_t begin, uint16_t end, Mention* m) const;

  // Tokens [begin, end) of `sentence` hold no dictionary actor: resolve them
  // as a surname, pronoun, plural description or bare role word.
  // `person_role`: the role word names one person ("the president").
  bool Resolve(uint32_t sentence, uint16_t begin, uint16_t end, bool has_agent,
               std::string_view agent_sectors, bool person_role, std::vector<Mention>* found) const;

  void EndSentence(uint32_t sentence) { (void)sentence; }

  // First-person pronouns inside a quotation ("\"We will not negotiate,\"
  // the president said") refer to the quotation's speaker: the actor
  // subject of a speech verb outside the quotes. Call once the sentence's
  // other mentions are recorded; `first` is the index of its first mention.
  void QuoteSpeakers(uint32_t sentence, size_t first, std::vector<Mention>* found) const;

  // The first country the current sentence names, for role words before
  // any country has been named ("General Jean Moreau resigned to allow
  // Haiti's elections"); "" if none. `country` must outlive the sentence (a
  // dictionary entry's code).
  void SetSentenceCountry(std::string_view country) { sentence_country_ = country; }

 private:
  // The cases of Resolve(), each out of line so that the common ones stay
  // compact in the instruction cache (the front end empties it between
  // articles), the rare ones also cold.
  // A personal pronoun (one token): he, she, it, they.
  [[gnu::noinline]] bool ResolvePronoun(uint32_t sentence, uint16_t begin, uint16_t end,
                                        std::vector<Mention>* found) const;
  // A group with "two" or "both": "the two countries", "both leaders" refer
  // to the last two actors of different countries; nullopt when it is no
  // such description ("two soldiers").
  [[gnu::noinline, gnu::cold]] std::optional<bool> ResolvePair(uint32_t sentence, uint16_t begin, uint16_t end,
                                                               std::vector<Mention>* found) const;
  // "the group" (`w`, a group word): the last organization named; with
  // `sectors` ("the militant group": REB), the last one whose code has them.
  [[gnu::noinline, gnu::cold]] bool ResolveGroup(uint32_t sentence, uint16_t begin, uint16_t end, std::string_view w,
                                                 std::string_view sectors, std::vector<Mention>* found) const;
  // "its troops", "their foreign minister": the role of the last country or
  // organization named.
  [[gnu::noinline, gnu::cold]] bool ResolveTheirRole(uint32_t sentence, uint16_t begin, uint16_t end,
                                                     std::string_view agent_sectors,
                                                     std::vector<Mention>* found) const;
  int LastPersonLike(uint32_t sentence) const;
  // The most named country so far, else the sentence's first, else the
  // country of a place the sentence names; `from_place` tells the last.
  ActorCode FocusCountry(uint32_t sentence, bool* from_place) const;
  // The country of the first place the sentence locates something in, or "".
  const std::string& LocatedCountry(uint32_t sentence) const;
  // Appends to *found a copy of mention `antecedent` for tokens [begin,
  // end) and returns it. `what` and `quoted` make the explanation
  // ("pronoun \"he\""), built only when explaining. Out of line, so that the
  // checks leading here stay compact in the instruction cache.
  [[gnu::noinline]] Mention& AddCopy(std::vector<Mention>* found, int antecedent, uint32_t sentence, uint16_t begin,
                                     uint16_t end, Via via, std::string_view what, std::string_view quoted = {}) const;

  const text::Document& doc_;
  ArticleActors* out_;
  bool explain_;
  const std::function<std::string(uint32_t sentence)>& place_country_;
  mutable int64_t place_sentence_ = -1;  // the sentence place_country_cache_ is for
  mutable std::string place_country_cache_;
  Memory& memory_;  // lent by the caller
  static uint32_t PackCountry(std::string_view c) {
    return static_cast<uint8_t>(c[0]) | static_cast<uint8_t>(c[1]) << 8 | static_cast<uint32_t>(static_cast<uint8_t>(c[2])) << 16;
  }
  static ActorCode UnpackCountry(uint32_t c) {
    const char letters[3] = {static_cast<char>(c), static_cast<char>(c >> 8), static_cast<char>(c >> 16)};
    return ActorCode(std::string_view(letters, 3));
  }
  std::string_view sentence_country_;  // (set per sentence: a view, not a copy)
  static uint64_t NameBit(std::string_view w) {
    const uint32_t x = static_cast<uint32_t>(w.size()) << 16 | static_cast<uint32_t>(static_cast<uint8_t>(w[0])) << 8 |
                       static_cast<uint8_t>(w.back());
    return uint64_t{1} << ((x * 0x9E3779B1u) >> 26);
  }
  // Whether `t` could be the surname of someone named so far.
  bool MaySurname(const text::Token& t) const {
    return t.tag == text::Pos::NNP && t.capitalized && !t.lower.empty() && (memory_.name_bits & NameBit(t.lower)) != 0;
  }
};

}  // namespace annals::actors
