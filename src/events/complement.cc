// The other side of a visit or a hosting (see view.h: AddComplements).
// Tested by events_test.cc (HostingImpliesAVisit) and seed_test.cc.
#include "events/view.h"

namespace annals::events::detail {

void AddComplements(const Coder::Impl& d, const View& v, size_t first_event, std::vector<Event>* out) {
  // A visit implies a host and a hosting implies a visit (CAMEO 042/043).
  auto add_complement = [&](Event h, const std::string& code, const char* rule) {
    SetCode(&h, d.codes.at(code));
    h.rule = rule;
    h.derived = "complement";
    for (size_t j = first_event; j < out->size(); ++j) {
      if ((*out)[j].cameo == code && (*out)[j].source.code == h.source.code && (*out)[j].target &&
          (*out)[j].target->code == h.target->code) {
        return;
      }
    }
    out->push_back(std::move(h));
  };
  const size_t end = out->size();
  for (size_t k = first_event; k < end; ++k) {
    // A reference: `e` is read only before add_complement grows `out`.
    const Event& e = (*out)[k];
    if (!e.target || (e.cameo != "042" && e.cameo != "043")) continue;
    if (e.cameo == "042" && !e.target->country.empty()) {
      // The visited country's government hosts the visitor.
      const std::string host = e.target->code.size() == 3 ? e.target->code + "GOV" : e.target->code;
      Event h = e;
      std::swap(h.source, *h.target);
      h.source.code = host;
      h.source.sectors = {"GOV"};
      add_complement(std::move(h), "043", "complement of 042 (a visit is hosted)");
    } else if (e.cameo == "043") {
      // The hosted actor visits the host's country (or the place named).
      std::string place = e.source.country;
      for (uint32_t m = v.actors.first[v.si]; m < v.actors.first[v.si + 1]; ++m) {
        const Mention& x = v.actors.mentions[m];
        if (x.begin > 0 && v.s.tokens[x.begin - 1].lower == "in" && !x.country().empty() && x.via == actors::Via::kCountry) place = x.country();
      }
      if (place.empty()) continue;
      Event h = e;
      h.source = std::move(*h.target);
      h.target = ActorRef{};
      h.target->code = place;
      h.target->country = place;
      h.target->name = place;
      h.target->span = e.source.span;
      add_complement(std::move(h), "042", "complement of 043 (a hosted actor visits)");
    }
  }
}

}  // namespace annals::events::detail
