// A sentence's events before they are events (see drafts.h).
#include "events/drafts.h"

#include "events/view.h"

namespace annals::events::detail {

void Drafts::Begin(const Coder::Impl& d, const actors::ArticleActors& actors, uint32_t si, int speaker) {
  d_ = &d;
  actors_ = &actors;
  si_ = si;
  speaker_ = speaker;
  emitting_intent_ = false;
  nominal = false;
  planner_is_source = true;
  drafts_.clear();
  emissions_used_ = 0;
}

uint32_t Drafts::NewEmission() {
  if (emissions_used_ == emissions_.size()) emissions_.emplace_back();
  return static_cast<uint32_t>(emissions_used_++);
}

void Drafts::Emit(const Origin& origin, const std::vector<int>& sources, const std::vector<int>& targets, bool pair,
                  Mode mode, std::string_view why, std::string_view trigger, Span trigger_span) {
  const Coder::Impl& d = *d_;
  std::string code(origin.code);
  std::string mode_why(why);
  if (mode == Mode::kHypothetical) {
    if (const std::string f = d.ForecastCode(code); !f.empty()) {
      mode_why += "; forecast code for " + code;
      code = f;
    }
  }
  // "All cooperative actions reported in future tense are also taken to
  // imply intentions … and are hence coded under [03]" (CAMEO 030): a
  // planned act gives the intent, expressed now, beside the act itself.
  if (mode == Mode::kPlanned && !emitting_intent_ && planner_is_source) {
    if (const std::string f = d.ForecastCode(code); !f.empty()) {
      const std::string note = std::string(origin.note) + " (intent of a planned " + code + ")";
      emitting_intent_ = true;
      Emit(Origin{f, origin.where, origin.text, note}, sources, targets, pair, Mode::kOccurred,
           std::string(why) + "; intent implied by a planned act", trigger, trigger_span);
      emitting_intent_ = false;
    }
  }
  // Civilians who block roads obstruct in protest (144); a blockade
  // (191) is imposed by those who hold power.
  if (const std::string by_actor = BlockingCode(code, sources, *actors_); by_actor != code) {
    code = by_actor;
    mode_why += mode_why.empty() ? "blocking coded by who blocks" : "; blocking coded by who blocks";
  }
  const uint32_t em = NewEmission();
  Emission& e = emissions_[em];
  e.info = &d.codes.at(code);
  e.mode = mode;
  e.intent = emitting_intent_;
  e.reported_by = mode == Mode::kReported ? speaker_ : -1;
  e.trigger_span = trigger_span;
  e.rule.assign(origin.where).append(origin.note).append(" ").append(origin.text);
  e.why = mode_why;
  e.trigger.assign(trigger);
  e.authorities.clear();

  if (pair) {
    for (int a : targets) for (int b : targets) if (a != b) Add(a, b, em);
    return;
  }
  if (targets.empty()) {
    // "A and B agreed", "A and B clashed": a compound subject with no
    // target codes both ways for the interactive roots (03–08, 16–20).
    const int root = CodeRoot(code);
    const bool interactive = (root >= 3 && root <= 8) || root >= 16;
    if (sources.size() >= 2 && interactive) {
      for (int a : sources) for (int b : sources) if (a != b) Add(a, b, em);
    } else {
      for (int a : sources) Add(a, -1, em);
    }
    return;
  }
  for (int a : sources) for (int b : targets) Add(a, b, em);
  // The codebook calls consultations, telephone talks, meetings at a
  // third place, negotiations and signings reciprocal: both sides act.
  if (In(code, {"040", "041", "044", "046", "057"})) {
    for (int a : sources) for (int b : targets) Add(b, a, em);
  }
}

std::string_view Drafts::SourceCode(const Draft& x) const {
  const std::string& authorities = emissions_[x.emission].authorities;
  return authorities.empty() ? actors_->mentions[x.source].code.view() : std::string_view(authorities);
}

std::string_view Drafts::Cameo(size_t k) const {
  return drafts_[k].blanked ? std::string_view() : std::string_view(emissions_[drafts_[k].emission].info->code);
}

void Drafts::Add(int src, int tgt, uint32_t em) {
  const auto& mentions = actors_->mentions;
  const std::string_view source = mentions[src].code;
  // An actor acting on itself has no target ("he will extend the curfew in
  // Abidjan" by a not-yet-president coded CIV) — unless a pronoun made it
  // so: "he would welcome him" names two people, and coreference that makes
  // them one has failed.
  if (tgt >= 0 && mentions[tgt].code == source) {
    if (mentions[tgt].via == actors::Via::kPronoun) return;
    tgt = -1;
  }
  const std::string_view target = tgt >= 0 ? std::string_view(mentions[tgt].code) : std::string_view();
  const CodeInfo& info = *emissions_[em].info;
  const std::string_view cameo = info.code;
  // One event per (source, target, code) and sentence; a nominal
  // event adds nothing to a verb event between the same actors.
  for (size_t k = 0; k < drafts_.size(); ++k) {
    const Draft& o = drafts_[k];
    const std::string_view o_cameo = Cameo(k);
    const bool same_source = SourceCode(o) == source;
    const bool same_pair =
        same_source && (o.target >= 0 ? std::string_view(mentions[o.target].code) : std::string_view()) == target;
    if (same_pair && (o_cameo == cameo || nominal)) return;
    // "pledged to extradite", "vowed to reform and hold":
    // one intent (or threat) per pair of actors.
    // (A generic 030/036 of a governing "agree to" gives way: it is
    // dropped once the governed act is coded.)
    if (same_pair && o_cameo.size() >= 2 && o_cameo.compare(0, 2, cameo, 0, 2) == 0 &&
        (o_cameo.starts_with("03") || o_cameo.starts_with("13")) && o_cameo != "030" && o_cameo != "036") {
      return;
    }
    // "attacked the camp, killing 156": no second, targetless event.
    if (tgt < 0 && same_source &&
        (o_cameo == cameo || (!info.plover.empty() && emissions_[o.emission].info->plover == info.plover))) {
      return;
    }
  }
  drafts_.push_back(Draft{src, tgt, em, false});
}

void Drafts::RemoveBlanked() {
  std::erase_if(drafts_, [](const Draft& x) { return x.blanked; });
}

void Drafts::SetAuthorities(size_t from, const std::string& code) {
  for (size_t k = from; k < drafts_.size(); ++k) emissions_[drafts_[k].emission].authorities = code;
}

void Drafts::AppendTo(std::vector<Event>* out) const {
  for (const Draft& x : drafts_) {
    const Emission& em = emissions_[x.emission];
    Event& e = out->emplace_back();
    e.sentence = si_;
    CopyMention(*actors_, x.source, &e.source);
    if (!em.authorities.empty()) {
      e.source.code = em.authorities;
      e.source.sectors = {"GOV"};
    }
    if (x.target >= 0) CopyMention(*actors_, x.target, &e.target.emplace());
    SetCode(&e, *em.info);
    e.mode = em.mode;
    if (em.reported_by >= 0) CopyMention(*actors_, em.reported_by, &e.reported_by.emplace());
    e.trigger = em.trigger;
    e.trigger_span = em.trigger_span;
    e.rule = em.rule;
    e.why = em.why;
    if (em.intent) e.derived = "intent";
  }
}

}  // namespace annals::events::detail
