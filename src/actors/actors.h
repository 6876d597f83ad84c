// The actors stage: who acts. Finds every actor mention in an analysed
// article and resolves it to a CAMEO actor code (country + sectors, or an
// IGO/NGO/IMG code) valid on the article's date, with its span, a canonical
// name and how it was resolved.
//
// Usage:
//   auto dict = annals::actors::ActorDict::Load(data_dir, model_dir, frontend);
//   if (!dict) { /* dict.error(): "data/actors/agents.tsv:12: …" */ }
//   annals::text::Document doc = frontend.Analyze(article.text);
//   annals::actors::ArticleActors found = (*dict)->Resolve(doc, article.date);
//   for (const auto& m : found.mentions) printf("%s\n", m.code.c_str());
//
// Resolution, in order: dictionary phrases (people with dated roles, IGOs and
// armed groups, countries, demonyms, capitals and seats of power, regions,
// role words) matched longest-first over lowercased, diacritic-folded tokens;
// composition inside each noun group (title + name, demonym + role,
// possessor + role, apposition, "A and B" → two actors); then in-article
// coreference (surnames, role descriptions, pronouns, "the two countries").
// A loaded ActorDict is immutable and safe to share between threads.
#pragma once

#include <cstring>
#include <forward_list>
#include <functional>
#include <memory>
#include <string>
#include <type_traits>
#include <vector>

#include "base/date.h"
#include "base/span.h"
#include "base/status.h"
#include "text/text.h"

namespace annals::actors {

// How a mention got its code.
enum class Via : uint8_t {
  kPerson,        // a named person with a role on the article's date
  kOrganization,  // an IGO, NGO, armed group, agency
  kCountry,       // a country name, demonym, people, capital or region
  kSeat,          // a seat of power used for a government ("the Kremlin")
  kAgent,         // a role word with a country or actor ("Russian president")
  kPossessor,     // a role of a possessor ("Putin's advisor")
  kApposition,    // a name beside a coded noun group ("Putin's advisor, Yuri Ushakov")
  kSurname,       // a later mention of a person named earlier ("Kirby")
  kPronoun,       // he, she, they
  kPlural,        // "the two countries", "both sides"
  kContext,       // a role word alone, given the article's focus country ("police")
  kImplied,       // a weapon or attack standing for its unnamed doer ("a car bomb killed …")
};
const char* ViaName(Via v);

// The country part of `code` ("RUS" of "RUSGOV"; "" for IGOs, NGOs, regions).
std::string_view CountryOf(std::string_view code);

// A CAMEO actor code ("RUSGOV", "IGOUNOKID"), held inline: codes are short,
// so a Mention is copied, moved and freed without the heap. The dictionary
// loader accepts codes of at most kMaxLoaded letters; a role word's sectors
// after a country (3) is the longest code resolution composes.
class ActorCode {
 public:
  static constexpr size_t kCapacity = 22;
  static constexpr size_t kMaxLoaded = 18;
  static_assert(3 + kMaxLoaded <= kCapacity, "a country and a role word's sectors must fit");

  ActorCode() = default;
  ActorCode(std::string_view s) { assign(s); }  // NOLINT: a code reads as its letters

  // (Letters past kCapacity are dropped; the loader's limit keeps codes shorter.)
  ActorCode& assign(std::string_view s) {
    size_ = 0;
    return append(s);
  }
  // (`s` may view this code itself: "RUSGOV" → "RUS".)
  ActorCode& append(std::string_view s) {
    const size_t n = s.size() < kCapacity - size_ ? s.size() : kCapacity - size_;
    if (n != 0) std::memmove(data_ + size_, s.data(), n);  // (an empty view's data may be null)
    size_ = static_cast<uint8_t>(size_ + n);
    data_[size_] = '\0';
    return *this;
  }
  ActorCode& operator=(std::string_view s) { return assign(s); }

  std::string_view view() const { return {data_, size_}; }
  operator std::string_view() const { return view(); }  // NOLINT
  std::string str() const { return std::string(view()); }
  const char* c_str() const { return data_; }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  std::string_view substr(size_t pos, size_t n = std::string_view::npos) const { return view().substr(pos, n); }

  friend bool operator==(const ActorCode& a, const ActorCode& b) { return a.view() == b.view(); }
  friend bool operator==(const ActorCode& a, std::string_view b) { return a.view() == b; }

 private:
  char data_[kCapacity + 1] = {};
  uint8_t size_ = 0;
};
static_assert(sizeof(ActorCode) == 24);

struct Mention {
  uint32_t sentence = 0;      // index into Document::sentences
  uint16_t begin = 0, end = 0;  // token range in the sentence
  Span span;                  // into Document::text
  ActorCode code;             // CAMEO actor code: "RUSGOV", "PRK", "IGOUNO"
  // Canonical name ("Vladimir Putin") or the matched words: a view into the
  // dictionary, Document::text or ArticleActors::strings, valid while they are.
  std::string_view name;
  Via via = Via::kCountry;
  bool person = false;        // names one person (known, titled, or a role like "the Russian president")
  int antecedent = -1;        // index of the mention this one refers back to
  int group = -1;             // mentions of one compound ("Putin and Kim") share a group id
  // When explained: "person Vladimir Putin: president from 2012-05-07
  // (people/europe.tsv:5)", in ArticleActors::strings.
  std::string_view why;

  // ISO alpha-3 or "" (IGOs, NGOs, regions); sectors: SplitCode(code).
  std::string_view country() const { return CountryOf(code); }
};

// (Copied and freed like plain bytes: resolution moves many.)
static_assert(std::is_trivially_copyable_v<Mention>);

struct ArticleActors {
  std::vector<Mention> mentions;  // in text order
  // mentions of sentence i are mentions[first[i] .. first[i + 1])
  std::vector<uint32_t> first;
  // What mentions name or explain that neither the text nor the dictionary
  // holds ("RUS" for one of "the two countries"; the explanations): a list,
  // so that the strings stay put (and an empty one allocates nothing).
  std::forward_list<std::string> strings;
  // (Out of line and cold: explanations are for the debug view, and their
  // callers' common path stays compact.)
  [[gnu::cold]] std::string_view Keep(std::string s);
};

class ActorDict {
 public:
  // Loads data_dir/actors/{countries,agents,organizations,person_roles}.tsv,
  // data_dir/actors/people/*.tsv and model_dir/iso_countries.tsv. Dictionary
  // phrases are tokenized with `fe`, so they match as the text is tokenized.
  static Result<std::unique_ptr<ActorDict>> Load(const std::string& data_dir,
                                                 const std::string& model_dir,
                                                 const text::FrontEnd& fe);
  ~ActorDict();

  // Countries of places that a gazetteer the caller owns knows, asked only
  // for role words with no country of their own; "" when there is none.
  struct PlaceCountries {
    // Of a place that tokens [begin, end) of a sentence name, wherever they
    // stand ("Kirkuk police" → IRQ).
    std::function<std::string(uint32_t sentence, uint16_t begin, uint16_t end)> named;
    // Of the first place a sentence locates something in ("gunmen in
    // Peshawar" → PAK); asked in an article that has named no country yet.
    std::function<std::string(uint32_t sentence)> located;
  };

  // Finds and resolves the actor mentions of `doc`, published on `date`.
  // `explain` fills Mention::why (for the debug view; it costs time).
  ArticleActors Resolve(const text::Document& doc, Date date, bool explain = false,
                        const PlaceCountries& places = {}) const;

  size_t entries() const;  // dictionary rows loaded

  struct Impl;

 private:
  explicit ActorDict(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Splits a CAMEO code into country (first three letters when they are a
// country or region code) and sectors.
void SplitCode(std::string_view code, std::string* country, std::vector<std::string>* sectors);
// Whether `code` names any sector after its first three letters ("RUSGOV", not "RUS" or "IGOUNO").
bool HasSectors(std::string_view code);

// "Putin → RUSGOV (person Vladimir Putin: president …)" per mention, one per line.
std::string DebugString(const text::Document& doc, const ArticleActors& actors);

}  // namespace annals::actors
