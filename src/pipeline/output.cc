// Event output in JSON lines and CSV (docs/jsonl.md describes the fields).
#include <nlohmann/json.hpp>

#include "pipeline/pipeline.h"

namespace annals {
namespace {

using nlohmann::json;

json ActorJson(const text::Document& doc, const events::ActorRef& a) {
  json j;
  j["code"] = a.code;
  j["country"] = a.country;
  j["sectors"] = a.sectors;
  j["text"] = std::string(doc.Text(a.span));
  j["name"] = a.name;
  j["span"] = {doc.ToOriginal(a.span.begin), doc.ToOriginal(a.span.end)};
  return j;
}

}  // namespace

std::string EventJson(const ingest::Article& article, const Coded& c, const events::Event& e) {
  const text::Sentence& s = c.doc.sentences[e.sentence];
  json j;
  j["article_id"] = article.id;
  j["sentence"] = e.sentence;
  j["date"] = e.date.ToString();
  j["date_end"] = e.date_end ? json(e.date_end->ToString()) : json(nullptr);
  j["date_text"] = e.date_text;
  j["date_precision"] = e.date_precision;
  j["source"] = ActorJson(c.doc, e.source);
  j["target"] = e.target ? ActorJson(c.doc, *e.target) : json(nullptr);
  j["cameo"] = e.cameo;
  j["cameo_name"] = e.cameo_name;
  j["plover"] = e.plover.empty() ? json(nullptr) : json(e.plover);
  j["plover_mode"] = e.plover_mode.empty() ? json(nullptr) : json(e.plover_mode);
  j["plover_context"] = e.plover_context.empty() ? json(nullptr) : json(e.plover_context);
  j["quad_class"] = e.quad_class;
  j["goldstein"] = e.goldstein;
  j["mode"] = events::ModeName(e.mode);
  j["reported_by"] = e.reported_by ? ActorJson(c.doc, *e.reported_by) : json(nullptr);
  j["derived"] = e.derived.empty() ? json(nullptr) : json(e.derived);
  if (e.location) {
    const auto& l = *e.location;
    j["location"] = {{"name", l.name}, {"country", l.country}, {"subdivision", l.subdivision},
                     {"feature_type", l.feature_type}, {"precision", l.precision}, {"text", l.text},
                     {"lat", l.has_coordinates ? json(l.lat) : json(nullptr)},
                     {"lon", l.has_coordinates ? json(l.lon) : json(nullptr)}};
  } else {
    j["location"] = nullptr;
  }
  j["text"] = std::string(c.doc.Text(s.span));
  j["evidence"] = {{"trigger", e.trigger},
                   {"trigger_span", {c.doc.ToOriginal(e.trigger_span.begin), c.doc.ToOriginal(e.trigger_span.end)}},
                   {"rule", e.rule},
                   {"why", e.why}};
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string EventCsvHeader() {
  return "article_id,sentence,date,source,source_country,target,target_country,cameo,plover,quad_class,goldstein,mode,trigger,text";
}

static std::string CsvField(std::string_view v) {
  std::string out = "\"";
  for (char c : v) {
    if (c == '"') out += "\"\"";
    else if (c == '\n') out += ' ';
    else out += c;
  }
  return out + "\"";
}

std::string EventCsv(const ingest::Article& article, const Coded& c, const events::Event& e) {
  std::string out;
  auto add = [&](std::string_view v) {
    if (!out.empty()) out += ',';
    out += CsvField(v);
  };
  add(article.id);
  add(std::to_string(e.sentence));
  add(e.date.ToString());
  add(e.source.code);
  add(e.source.country);
  add(e.target ? e.target->code : "");
  add(e.target ? e.target->country : "");
  add(e.cameo);
  add(e.plover);
  add(std::to_string(e.quad_class));
  char g[16];
  std::snprintf(g, sizeof g, "%.1f", e.goldstein);
  add(g);
  add(events::ModeName(e.mode));
  add(e.trigger);
  add(c.doc.Text(c.doc.sentences[e.sentence].span));
  return out;
}

// PLOVER records: one per event with a PLOVER type (CAMEO roots 01 and 02
// have none), in the field names of the PLOVER event format: event, mode,
// context, source/target as country + sector + actor name.
std::string EventPlover(const ingest::Article& article, const Coded& c, const events::Event& e, size_t index) {
  if (e.plover.empty()) return "";
  auto actor = [&](const events::ActorRef& a) {
    json j;
    j["country"] = a.country;
    j["code"] = a.code;
    j["sector"] = a.sectors;
    j["actor"] = a.name;
    j["text"] = std::string(c.doc.Text(a.span));
    return j;
  };
  json j;
  j["id"] = article.id + "-" + std::to_string(e.sentence) + "-" + std::to_string(index);
  j["story_id"] = article.id;
  j["publication_date"] = article.date.ToString();
  j["event_date"] = e.date.ToString();
  j["event"] = e.plover;
  j["mode"] = e.plover_mode.empty() ? json("") : json(e.plover_mode);
  j["context"] = e.plover_context.empty() ? json::array() : json::array({e.plover_context});
  j["source"] = actor(e.source);
  j["target"] = e.target ? actor(*e.target) : json(nullptr);
  j["factuality"] = events::ModeName(e.mode);  // occurred, planned, hypothetical, reported
  j["cameo"] = e.cameo;
  if (e.location) {
    const auto& l = *e.location;
    j["location"] = {{"placename", l.name}, {"country", l.country}, {"admin1", l.subdivision},
                     {"lat", l.has_coordinates ? json(l.lat) : json(nullptr)},
                     {"lon", l.has_coordinates ? json(l.lon) : json(nullptr)}};
  } else {
    j["location"] = nullptr;
  }
  j["text"] = std::string(c.doc.Text(c.doc.sentences[e.sentence].span));
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace annals
