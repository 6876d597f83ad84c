// The events stage: who did what to whom. From each sentence's clauses and
// resolved actors, codes events in CAMEO with their PLOVER type, mode and
// context, Goldstein score and quad class, and says why (trigger, rule,
// spans).
//
// Usage:
//   auto coder = annals::events::Coder::Load(data_dir);
//   std::vector<annals::events::Event> events = (*coder)->Code(doc, actors);
//
// What decides the code (see docs/events.md):
//   - verb patterns (data/events/verbs.tsv) matched on each clause: the
//     subject is the source, the pattern's "+" the target; passive voice
//     swaps in the "by" agent;
//   - noun patterns (data/events/nouns.tsv) for nominal events ("the
//     signing of an agreement between A and B", "Putin's visit to Hanoi");
//   - negation drops the event (the codebook's rejection codes come from
//     verbs such as "refuse", "reject" in the patterns);
//   - modality: planned ("will", "is set to", "plans to") keeps the code
//     with mode "planned"; hoped-for and possible events ("may", "hope for",
//     "if signed") take the codebook's intent code (data/events/intent.tsv)
//     with mode "hypothetical";
//   - reported speech ("X said Y attacked Z") codes Y→Z with mode "reported",
//     attributed to X;
//   - compound actors give one event per source–target pair; a compound
//     subject with no target ("A and B agreed") gives both directions.
// A loaded Coder is immutable and safe to share between threads.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "actors/actors.h"
#include "base/date.h"
#include "base/status.h"
#include "text/text.h"

namespace annals::events {

enum class Mode : uint8_t { kOccurred, kPlanned, kHypothetical, kReported };
const char* ModeName(Mode m);

struct ActorRef {
  int mention = -1;  // index into ArticleActors::mentions
  std::string code, country;
  std::vector<std::string> sectors;
  std::string name;
  Span span;  // into Document::text
};

struct Event {
  uint32_t sentence = 0;
  ActorRef source;
  std::optional<ActorRef> target;
  std::string cameo;            // "042"
  std::string cameo_name;       // "Make a visit"
  std::string plover;           // "CONSULT", or "" for CAMEO roots 01 and 02
  std::string plover_mode, plover_context;
  int quad_class = 0;
  double goldstein = 0;
  Mode mode = Mode::kOccurred;
  std::optional<ActorRef> reported_by;  // speaker of reported speech
  std::string trigger;          // "travel to"
  Span trigger_span;            // the trigger verb or noun
  std::string rule;             // "events/verbs.tsv:120 travel * to +"
  std::string why;              // modality, negation, passive… in words
  // "" for an event the text reports; "intent" for the intention a planned
  // act implies (CAMEO 030), "complement" for the hosting a visit implies
  // or the visit a hosting implies (CAMEO 042/043).
  std::string derived;
  // When: set by the pipeline from the time stage (src/time).
  Date date;                         // start of the expression dating the event, else publication
  std::optional<Date> date_end;      // for ranges ("Tuesday and Wednesday")
  std::string date_text;             // the words, "" for the publication-date fallback
  std::string date_precision = "publication";  // day, month, year or publication
  // Where: set by the pipeline from the geo stage (src/geo); none when the
  // clause names no place.
  struct Location {
    std::string name, country, subdivision, feature_type, precision, text;
    double lat = 0, lon = 0;
    bool has_coordinates = false;
  };
  std::optional<Location> location;
};

class Coder {
 public:
  // Loads data_dir/cameo/event_codes.tsv and data_dir/events/{verbs,nouns,intent}.tsv.
  static Result<std::unique_ptr<Coder>> Load(const std::string& data_dir);
  ~Coder();

  std::vector<Event> Code(const text::Document& doc, const actors::ArticleActors& actors) const;

  size_t verb_patterns() const;
  size_t noun_patterns() const;
  size_t codes_reachable() const;  // distinct CAMEO codes the patterns can produce

  struct Impl;

 private:
  explicit Coder(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// "RUSGOV -042 (Make a visit)-> PRK [planned] trigger=travel to" per event.
std::string DebugString(const text::Document& doc, const std::vector<Event>& events);

}  // namespace annals::events
