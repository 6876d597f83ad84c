// Scoring coded events against gold records (BRIEF §1): per-record multisets
// at three levels. Tested by pipeline_test.cc; run by `annals eval`.
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>

#include "pipeline/pipeline.h"

namespace annals {
namespace {

using nlohmann::json;

// Country part of a code for scoring: the first three letters, or the
// IGO/NGO/IMG prefix for international actors.
std::string CountryKey(const std::string& code) { return code.size() >= 3 ? code.substr(0, 3) : code; }

void Score1(std::map<std::string, int> gold, const std::map<std::string, int>& coded, Score* s) {
  for (const auto& [k, n] : coded) {
    int g = gold.count(k) ? gold[k] : 0;
    int match = std::min(g, n);
    s->tp += match;
    s->fp += n - match;
    gold[k] = g - match;
  }
  for (const auto& [k, n] : gold) s->fn += n;
}

// Events the gold standards do not code, left out of the score (they stay
// in the output):
// - an act with mode "planned" ("Norway will give Malawi a loan": 071): CAMEO
//   codes no act before it happens; it codes the intent that announcing it
//   expresses (030's note on the future tense), which annals outputs as its
//   own event (0331, derived "intent", or the governing verb's code, as in
//   "promised to democratize": 0344) and which is scored. A permitted act
//   ("allowed the opposition to rally") is planned too, and CAMEO codes only
//   the permission.
// - the hosting a visit implies, or the visit a hosting implies (derived
//   "complement"): inferred, not reported.
bool NotScored(const events::Event& e) { return e.derived == "complement" || e.mode == events::Mode::kPlanned; }

}  // namespace

Result<Evaluation> Evaluate(const Pipeline& pipeline, const std::string& gold_path) {
  std::ifstream in(gold_path);
  if (!in) return Status::NotFound("cannot open " + gold_path);
  Evaluation ev;
  std::string line;
  int line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    json j = json::parse(line, nullptr, false);
    const std::string where = gold_path + ":" + std::to_string(line_no);
    if (j.is_discarded() || !j.is_object() || !j.contains("text") || !j["text"].is_string()) {
      return Status::InvalidArgument(where + ": not a gold record");
    }
    ingest::Article a;
    a.id = j.value("id", where);
    a.text = j["text"].get<std::string>();
    auto d = ParseIsoDate(j.value("date", "2000-01-01").substr(0, 10));
    a.date = d ? *d : Date{2000, 1, 1};
    bool gold_has_cameo = false;
    std::map<std::string, int> gold[3], coded[3];
    std::string gold_list, coded_list;
    if (j.contains("events") && j["events"].is_array()) {
      for (const auto& e : j["events"]) {
        const std::string type = e.value("plover", "");
        const std::string src = CountryKey(e.value("source", "")), tgt = CountryKey(e.value("target", ""));
        if (!e.value("cameo", "").empty()) gold_has_cameo = true;
        gold[0][type]++;
        gold[1][type + "|" + src]++;
        gold[2][type + "|" + src + "|" + tgt]++;
        gold_list += ' ';
        gold_list += e.value("source", "");
        gold_list += '-';
        gold_list += type;
        gold_list += "->";
        gold_list += e.value("target", "");
      }
    }
    Coded c = pipeline.Code(a);
    for (const events::Event& e : c.events) {
      if (NotScored(e)) continue;
      // CAMEO roots 01 and 02 have no PLOVER type; they count only where the
      // gold carries CAMEO codes.
      std::string type = e.plover;
      if (type.empty()) {
        if (!gold_has_cameo) continue;
        type = e.cameo.substr(0, 2);
      }
      const std::string src = CountryKey(e.source.code), tgt = e.target ? CountryKey(e.target->code) : "";
      coded[0][type]++;
      coded[1][type + "|" + src]++;
      coded[2][type + "|" + src + "|" + tgt]++;
      coded_list += " " + e.source.code + "-" + type + "(" + e.cameo + ")->" + (e.target ? e.target->code : "");
    }
    for (int l = 0; l < 3; ++l) Score1(gold[l], coded[l], &ev.level[l]);
    if (gold[2] != coded[2]) {
      ev.mismatches.push_back(a.id + ": " + a.text + "\n    gold:" + gold_list + "\n    coded:" + coded_list);
    }
    ++ev.records;
  }
  return ev;
}

}  // namespace annals
