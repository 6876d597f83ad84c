// Internal to the actors stage (see actors.h): the loaded dictionaries and
// the phrase index that the matcher walks.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "base/string_table.h"

#include "actors/actors.h"

namespace annals::actors {

enum class Kind : uint8_t { kPerson, kOrg, kSeat, kName, kCapital, kRegion, kDemonym, kPeople, kAgent };

// A set of three-letter codes ("RUS", "GOV"), one bit per A–Z triple: a
// lookup is an index, not a hash of a string.
class TripleSet {
 public:
  constexpr TripleSet() = default;
  // `list`: codes separated by one space ("GOV MIL COP").
  constexpr explicit TripleSet(std::string_view list) {
    for (size_t i = 0; i + 3 <= list.size(); i += 4) Insert(list.substr(i, 3));
  }
  constexpr void Insert(std::string_view code) {
    const int x = Index(code);
    if (x >= 0) bits_[x / 64] |= uint64_t{1} << (x % 64);
  }
  // Whether the first three letters of `code` are in the set.
  constexpr bool Has(std::string_view code) const {
    const int x = Index(code);
    return x >= 0 && ((bits_[x / 64] >> (x % 64)) & 1);
  }

 private:
  // (The three letters are tested together: one branch, not three.)
  static constexpr int Index(std::string_view g) {
    if (g.size() < 3) return -1;
    const unsigned a = static_cast<unsigned char>(g[0]) - 'A', b = static_cast<unsigned char>(g[1]) - 'A',
                   c = static_cast<unsigned char>(g[2]) - 'A';
    if ((a > 25) | (b > 25) | (c > 25)) return -1;
    return static_cast<int>((a * 26 + b) * 26 + c);
  }
  uint64_t bits_[26 * 26 * 26 / 64 + 1] = {};
};

struct Role {
  ActorCode code;
  Date from, until;  // until is 9999-12-31 for an open role
  std::string role;
  std::string where;  // "people/europe.tsv:12"
};

struct Person {
  std::string name;
  std::vector<Role> roles;  // in file order
};

struct Entry {
  Kind kind;
  ActorCode code;       // actor code, or the sectors for agents ("" for "-")
  int person = -1;      // index into people for kPerson
};
// (32 bytes: where an entry comes from is kept apart, in Impl::entry_where,
// since only explanations read it.)
static_assert(sizeof(Entry) <= 32);

struct Phrase {
  std::vector<std::string> tokens;  // lowercased, folded
  std::vector<int> entries;         // indices into Impl::entries (consecutive once indexed)
};

struct ActorDict::Impl {
  std::vector<Person> people;
  std::vector<Entry> entries;
  std::vector<std::string> entry_where;  // entries[i]'s file and line ("countries.tsv:40")
  const std::string& WhereOf(const Entry& e) const { return entry_where[&e - entries.data()]; }
  std::vector<Phrase> phrases;
  // A phrase in a first-token list, with all the matcher reads: its length
  // in tokens, the length and first byte of its second token (most phrases
  // are ruled out by these), its other tokens and what its entries are.
  // Lists are contiguous and end with a candidate of size 0, so a match
  // reads one hash slot and one run of memory, not the Phrase.
  struct Candidate {
    int phrase = -1;
    uint16_t size = 0;
    bool any_agent = false, any_name = false;  // some entry is a role word (kAgent) / a name
    uint32_t rest = 0;  // tokens [1, size): rest_words[rest, rest + size - 1)
    uint32_t second = kNoWord;  // Sketch() of the second token
    // The phrase's entries: entries[first_entry, first_entry + entry_count).
    // `country`: the one of them naming a country by its name, demonym or
    // capital ("RUS" for "Russian"), as an offset from the first, or -1.
    uint32_t first_entry = 0;
    uint16_t entry_count = 0;
    int16_t country = -1;
  };
  // A word's length and first byte in one number, to rule phrases out by
  // comparisons rather than branches; 0 for no word (no candidate's
  // `second` is 0, and kNoWord, a one-token phrase's, is no word's sketch).
  static constexpr uint32_t kNoWord = UINT32_MAX;
  static uint32_t Sketch(std::string_view w) {
    return w.empty() ? 0 : static_cast<uint32_t>(w.size()) << 8 | static_cast<unsigned char>(w[0]);
  }
  struct Word {
    uint32_t at, len;  // in rest_text
  };
  std::string_view RestWord(const Candidate& c, size_t j) const {
    const Word& w = rest_words[c.rest + j - 1];
    return std::string_view(rest_text.data() + w.at, w.len);
  }
  // The phrases starting with one word: first_lists[list, …) longest
  // first, its one-token phrases from `singles`. `seconds` has a bit
  // (SecondBit) for the second token of each longer phrase: a word that
  // sets none of them continues no longer phrase, and the scan starts at
  // `singles`.
  struct FirstWord {
    uint64_t seconds = 0;
    uint32_t list = 0, singles = 0;
  };
  // (None for no word: sketch 0.)
  static uint64_t SecondBit(uint32_t sketch) { return uint64_t{sketch != 0} << ((sketch * 0x9E3779B1u) >> 26); }
  // first token → its phrases, built by Index() once loading is done (the
  // FirstWord in the table's slot: one memory read finds both).
  StringMap<FirstWord> by_first;
  std::vector<Candidate> first_lists;
  std::vector<Word> rest_words;
  std::string rest_text;
  // The phrases starting with `first`, or null. A one-word filter comes
  // first: unless both of the word's bits are set, no phrase starts with it,
  // and most words stop there, before the table. The filter reads a word's
  // length and first and last two bytes only (FilterKey), not the whole
  // word: hashing words of every length costs a loop, and the mispredicted
  // exits of that loop cost more than the filter's few more false positives.
  const FirstWord* StartingWith(std::string_view first) const {
    if (first.empty()) return nullptr;
    const uint64_t h = FilterKey(first);
    const uint64_t bits = FilterBits(h);
    if ((first_filter[FilterWord(h)] & bits) != bits) return nullptr;
    return by_first.Find(first);
  }
  std::unordered_map<std::string, int> phrase_id;  // "north korea" → index
  // A blocked Bloom filter over first words: two bits, in one 64-bit word,
  // per word (about 3 % false positives for the 5,700 first words, against 8 %
  // with one bit, for the same one memory read; words that share a FilterKey
  // add a few), chosen by the high bits of its FilterKey.
  std::vector<uint64_t> first_filter = std::vector<uint64_t>(1 << 10, 0);
  // Length, first two and last two bytes of non-empty `w`, mixed by one
  // multiplication (whose high bits depend on all of them).
  static uint64_t FilterKey(std::string_view w) {
    const size_t n = w.size();
    const auto* p = reinterpret_cast<const unsigned char*>(w.data());
    const size_t second = n > 1, second_last = n - 1 - (n > 1);
    const uint64_t x = uint64_t{p[0]} | uint64_t{p[second]} << 8 | uint64_t{p[second_last]} << 16 |
                       uint64_t{p[n - 1]} << 24 | uint64_t{n} << 32;
    return x * 0x9E3779B97F4A7C15ull;
  }
  static uint32_t FilterWord(uint64_t key) { return static_cast<uint32_t>(key >> 54); }
  static uint64_t FilterBits(uint64_t key) {
    return uint64_t{1} << ((key >> 48) & 63) | uint64_t{1} << ((key >> 42) & 63);
  }
  TripleSet country_codes;  // codes that start a domestic actor code
  // Role words naming one person ("president"; person_roles.tsv).
  StringTable person_roles;
  bool IsPersonRole(std::string_view lemma) const { return person_roles.Find(lemma) != StringTable::kNone; }
  // Nouns naming a thing after a role adjective ("military aid"; role_things.tsv).
  StringTable role_things;
  bool IsRoleThing(std::string_view lemma) const { return role_things.Find(lemma) != StringTable::kNone; }
  // Weapons and attacks standing for an unnamed doer (implied_doers.tsv):
  // last lemma → its rows, implied_doers[implied_by_last.Find(lemma)]: the
  // previous lemma or "", and the sectors or "-"; two-word rows first.
  struct Doer {
    std::string previous, sectors;
  };
  StringTable implied_by_last;
  std::vector<std::vector<Doer>> implied_doers;

  // Adds `entry`, read at `where`, under `phrase` (tokenized with the front end).
  void Add(const std::vector<std::string>& tokens, Entry entry, std::string where);
  // Builds the first-token index over all phrases, and puts each phrase's
  // entries side by side; call after the last Add.
  void Index();
};

// A dictionary hit in one sentence: tokens [begin, end) matched `phrase`.
struct Match {
  uint16_t begin = 0, end = 0;
  int phrase = -1;
  bool by_lemma = false;     // last token matched through its lemma ("officials")
  bool capitalized = false;  // names may match; otherwise only role words
  // The phrase's entries and the one naming its country, as in its Candidate
  // (read from there, not from the Phrase).
  int16_t country = -1;
  uint16_t entry_count = 0;
  uint32_t first_entry = 0;
};

// Folded lookup key of a token: ASCII-lowercase, diacritics stripped.
std::string_view TokenKey(const text::Token& t, std::string* buffer);

// Longest-first, left-to-right dictionary matches in sentence `s`, into
// *out (cleared first; callers reuse it across sentences). Matches are
// disjoint and in text order. (*ends_before)[k] counts the matches ending
// at or before token k, for each token and for k = the sentence's length
// (entries past that are scratch): the first match ending after k is
// (*out)[(*ends_before)[k]]. (The matcher visits every token anyway; the
// counts cost it one store each.)
void FindMatches(const ActorDict::Impl& dict, const text::Document& doc, const text::Sentence& s,
                 std::vector<Match>* out, std::vector<uint16_t>* ends_before);

// The role of `person` on `date`: the role covering it, else the latest one
// before it (marked former), else the first one. Never null for a person
// with roles.
const Role* RoleOn(const Person& person, Date date, bool* former);

}  // namespace annals::actors
