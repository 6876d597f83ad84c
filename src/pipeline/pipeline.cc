// Pipeline loading and running. Tested by pipeline_test.cc.
#include "pipeline/pipeline.h"

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
  return c;
}

}  // namespace annals
