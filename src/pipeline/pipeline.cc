// Pipeline loading and running. Tested by pipeline_test.cc.
#include "pipeline/pipeline.h"

#include <algorithm>
#include <optional>

#include "time/time.h"

namespace annals {

Result<std::unique_ptr<Pipeline>> Pipeline::Load(const std::string& data_dir, const std::string& model_dir) {
  auto p = std::make_unique<Pipeline>();
  ANNALS_ASSIGN_OR_RETURN(p->frontend_, text::FrontEnd::Load(model_dir, data_dir));
  ANNALS_ASSIGN_OR_RETURN(p->actors_, actors::ActorDict::Load(data_dir, model_dir, *p->frontend_));
  ANNALS_ASSIGN_OR_RETURN(p->coder_, events::Coder::Load(data_dir));
  ANNALS_ASSIGN_OR_RETURN(p->gazetteer_, geo::Gazetteer::Load(model_dir, data_dir, *p->frontend_));
  return p;
}

namespace {

// An act with no actor as its target but a place after its verb ("the army
// imposed a curfew in Kashmir", "troops seized a town in eastern Congo") is directed at the place's country: the convention of the
// CAMEO-coded gold standards for domestic and territorial acts. Statements
// (01) and appeals (02) are about someone, never somewhere.
void TargetFromPlace(size_t trigger, const geo::PlaceMention& pm, events::Event* e) {
  if (e->target || pm.place->country.empty() || pm.begin <= trigger) return;
  if (e->cameo.rfind("01", 0) == 0 || e->cameo.rfind("02", 0) == 0) return;
  // Not "met in Beijing" (nor "will not attend the talks in Geneva"): the
  // place of a meeting is where, not whom.
  if (e->cameo.rfind("04", 0) == 0 || e->cameo == "125") return;
  events::ActorRef t;
  t.code = t.country = pm.place->country;
  t.name = e->location->text;
  t.span = pm.span;
  e->target = std::move(t);
  e->why += e->why.empty() ? "target: the place's country" : "; target: the place's country";
}

}  // namespace

actors::ActorDict::PlaceCountries PlacesFor(const geo::Gazetteer& gazetteer, const text::Document& doc) {
  actors::ActorDict::PlaceCountries places;
  places.named = [&gazetteer, &doc](uint32_t si, uint16_t begin, uint16_t end) {
    const geo::Place* p = gazetteer.Named(doc, si, begin, end);
    return p ? p->country : std::string();
  };
  places.located = [&gazetteer, &doc](uint32_t si) {
    for (const geo::PlaceMention& pm : gazetteer.Find(doc, si, {})) {
      if (!pm.place->country.empty()) return pm.place->country;
    }
    return std::string();
  };
  return places;
}

Coded Pipeline::Code(const ingest::Article& article, bool explain) const {
  return std::move(CodeBatch({&article, 1}, explain)[0]);
}

std::vector<Coded> Pipeline::CodeBatch(std::span<const ingest::Article> articles, bool explain) const {
  std::vector<Coded> out(articles.size());
  for (size_t i = 0; i < articles.size(); ++i) out[i].doc = frontend_->Analyze(articles[i].text);
  for (size_t i = 0; i < articles.size(); ++i) {
    out[i].actors = actors_->Resolve(out[i].doc, articles[i].date, explain, PlacesFor(*gazetteer_, out[i].doc));
  }
  for (size_t i = 0; i < articles.size(); ++i) out[i].events = coder_->Code(out[i].doc, out[i].actors);
  for (size_t i = 0; i < articles.size(); ++i) DateAndPlace(articles[i], &out[i]);
  return out;
}

void Pipeline::DateAndPlace(const ingest::Article& article, Coded* coded) const {
  Coded& c = *coded;
  if (c.events.empty()) return;
  // Dates: the temporal expression in each event's clause, else the
  // publication date. Times and places are found once per sentence with
  // an event, indexed by sentence.
  const size_t n = c.doc.sentences.size();
  std::vector<std::optional<std::vector<time::TimeExpr>>> times(n);
  std::vector<std::optional<std::vector<geo::PlaceMention>>> places(n);
  // The countries the article is about, most mentioned first (ties in code
  // order), to choose between places of one name. An article names few
  // countries: a vector beats a map.
  std::vector<std::string> context;
  {
    std::vector<std::pair<int, std::string_view>> order;  // (-count, country)
    for (const auto& m : c.actors.mentions) {
      if (m.country().empty()) continue;
      auto it = std::find_if(order.begin(), order.end(), [&](const auto& o) { return o.second == m.country(); });
      if (it == order.end()) order.emplace_back(-1, m.country());
      else --it->first;
    }
    std::sort(order.begin(), order.end());
    context.reserve(order.size());
    for (const auto& o : order) context.emplace_back(o.second);
  }
  for (events::Event& e : c.events) {
    e.date = article.date;
    const text::Sentence& s = c.doc.sentences[e.sentence];
    auto& sentence_times = times[e.sentence];
    if (!sentence_times) sentence_times = time::FindTimes(c.doc, e.sentence, article.date);
    size_t trigger = 0;
    while (trigger < s.tokens.size() && s.tokens[trigger].span.begin < e.trigger_span.begin) ++trigger;
    auto& sentence_places = places[e.sentence];
    if (!sentence_places) sentence_places = gazetteer_->Find(c.doc, e.sentence, context);
    if (const geo::PlaceMention* pm = geo::PlaceForTrigger(s, *sentence_places, trigger)) {
      const geo::Place& pl = *pm->place;
      events::Event::Location loc;
      // Countries and regions come from lowercase dictionaries: name them as written.
      loc.name = pl.kind == geo::Kind::kCountry || pl.kind == geo::Kind::kRegion ? std::string(c.doc.Text(pm->span))
                                                                                  : pl.name;
      loc.country = pl.country;
      loc.subdivision = pl.subdivision;
      loc.feature_type = geo::KindName(pl.kind);
      loc.precision = pl.kind == geo::Kind::kCity ? "city" : geo::KindName(pl.kind);
      loc.text = std::string(c.doc.Text(pm->span));
      loc.lat = pl.lat;
      loc.lon = pl.lon;
      loc.has_coordinates = pl.has_coordinates;
      e.location = loc;
      TargetFromPlace(trigger, *pm, &e);
    }
    // The intention a planned act implies is expressed now, not on the
    // act's date.
    const time::TimeExpr* t = e.derived == "intent" ? nullptr : time::TimeForTrigger(s, *sentence_times, trigger);
    if (t) {
      e.date = t->date;
      e.date_end = t->date_end;
      e.date_text = std::string(c.doc.Text(t->span));
      e.date_precision = time::PrecisionName(t->precision);
    }
  }
}

}  // namespace annals
