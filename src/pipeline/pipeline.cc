// Pipeline loading and running. Tested by pipeline_test.cc.
#include "pipeline/pipeline.h"

#include <map>

#include "time/time.h"

namespace annals {

Result<std::unique_ptr<Pipeline>> Pipeline::Load(const std::string& data_dir, const std::string& model_dir) {
  auto p = std::make_unique<Pipeline>();
  ANNALS_ASSIGN_OR_RETURN(p->frontend_, text::FrontEnd::Load(model_dir, data_dir));
  ANNALS_ASSIGN_OR_RETURN(p->actors_, actors::ActorDict::Load(data_dir, model_dir, *p->frontend_));
  ANNALS_ASSIGN_OR_RETURN(p->coder_, events::Coder::Load(data_dir));
  return p;
}

Coded Pipeline::Code(const ingest::Article& article, bool explain) const {
  Coded c;
  c.doc = frontend_->Analyze(article.text);
  c.actors = actors_->Resolve(c.doc, article.date, explain);
  c.events = coder_->Code(c.doc, c.actors);
  // Dates: the temporal expression in each event's clause, else the
  // publication date.
  std::map<uint32_t, std::vector<time::TimeExpr>> times;
  for (events::Event& e : c.events) {
    e.date = article.date;
    const text::Sentence& s = c.doc.sentences[e.sentence];
    auto it = times.find(e.sentence);
    if (it == times.end()) it = times.emplace(e.sentence, time::FindTimes(c.doc, e.sentence, article.date)).first;
    size_t trigger = 0;
    while (trigger < s.tokens.size() && s.tokens[trigger].span.begin < e.trigger_span.begin) ++trigger;
    if (const time::TimeExpr* t = time::TimeForTrigger(s, it->second, trigger)) {
      e.date = t->date;
      e.date_end = t->date_end;
      e.date_text = std::string(c.doc.Text(t->span));
      e.date_precision = time::PrecisionName(t->precision);
    }
  }
  return c;
}

}  // namespace annals
