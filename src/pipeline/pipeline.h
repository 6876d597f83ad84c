// The pipeline: the one facade that wires the stages — text → actors →
// events — and writes events in the output contract (docs/jsonl.md), and
// the evaluation against gold-coded sentences.
//
// Usage:
//   auto p = annals::Pipeline::Load(annals::DefaultDataDir(), annals::DefaultModelDir());
//   annals::Coded c = (*p)->Code(article);
//   for (const auto& e : c.events) puts(annals::EventJson(article, c, e).c_str());
//
// A loaded Pipeline is immutable and safe to share between threads.
#pragma once

#include <memory>
#include <span>
#include <string>
#include <vector>

#include "actors/actors.h"
#include "base/status.h"
#include "events/events.h"
#include "geo/geo.h"
#include "ingest/ingest.h"
#include "text/text.h"

namespace annals {

struct Coded {
  text::Document doc;
  actors::ArticleActors actors;
  std::vector<events::Event> events;
};

class Pipeline {
 public:
  static Result<std::unique_ptr<Pipeline>> Load(const std::string& data_dir, const std::string& model_dir);

  // `explain` fills each actor mention's `why` (debug views).
  Coded Code(const ingest::Article& article, bool explain = false) const;
  // The same for several articles, one stage at a time: the front end over
  // all of them, then the actors, then the events, dates and places. Each
  // stage keeps its code and data in the processor's caches across the
  // batch, instead of losing them to the next stage after every article
  // (docs/PERFORMANCE.md measures what this saves). Results are those of
  // Code() on each article, in order.
  std::vector<Coded> CodeBatch(std::span<const ingest::Article> articles, bool explain = false) const;
  // The batch size `annals code` uses (it prints a batch's events once the
  // batch is coded, or the input ends).
  static constexpr size_t kBatch = 64;

  const text::FrontEnd& frontend() const { return *frontend_; }
  const actors::ActorDict& actors() const { return *actors_; }
  const events::Coder& coder() const { return *coder_; }
  const geo::Gazetteer& gazetteer() const { return *gazetteer_; }

 private:
  // Dates and places of the events of `c`, an analysed `article`.
  void DateAndPlace(const ingest::Article& article, Coded* c) const;

  std::unique_ptr<text::FrontEnd> frontend_;
  std::unique_ptr<actors::ActorDict> actors_;
  std::unique_ptr<events::Coder> coder_;
  std::unique_ptr<geo::Gazetteer> gazetteer_;
};

// What the gazetteer tells the actors stage about places in `doc` (role
// words take the country of a place: "Kirkuk police", "gunmen in Peshawar").
// The result refers to both arguments.
actors::ActorDict::PlaceCountries PlacesFor(const geo::Gazetteer& gazetteer, const text::Document& doc);

// One event as a JSON object on one line (the contract of BRIEF §1 plus
// mode, PLOVER mode/context, reported_by and evidence spans).
std::string EventJson(const ingest::Article& article, const Coded& coded, const events::Event& e);
// CSV: a header line and one line per event.
std::string EventCsvHeader();
std::string EventCsv(const ingest::Article& article, const Coded& coded, const events::Event& e);
// A PLOVER-format record (docs/jsonl.md) for the article's `index`-th event,
// or "" when the event has no PLOVER type (CAMEO roots 01 and 02).
std::string EventPlover(const ingest::Article& article, const Coded& coded, const events::Event& e, size_t index);

// Precision, recall and F1 at levels L1 (PLOVER type), L2 (+ source
// country), L3 (+ target country), over per-record multisets.
struct Score {
  double tp = 0, fp = 0, fn = 0;
  double precision() const { return tp + fp > 0 ? tp / (tp + fp) : 0; }
  double recall() const { return tp + fn > 0 ? tp / (tp + fn) : 0; }
  double f1() const {
    double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
};
struct Evaluation {
  size_t records = 0;
  Score level[3];
  std::vector<std::string> mismatches;  // one line per record that differs at L3
};
// Codes each gold record of `gold_path` (BRIEF §1 gold format) and scores it.
Result<Evaluation> Evaluate(const Pipeline& pipeline, const std::string& gold_path);

}  // namespace annals
