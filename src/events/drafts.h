// Internal to the events stage (see events.h): a sentence's events while it
// is being coded. A draft is a pair of mention indices and a pointer to the
// codebook entry; the strings of an Event are copied only for the drafts
// that survive de-duplication and blanking (most of the cost of coding was
// building events that were then thrown away). Tested through events_test.cc.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "events/coder_impl.h"

namespace annals::events::detail {

// The rule an event is coded by: Event::rule is `where` + `note` + " " + `text`.
struct Origin {
  std::string_view code;   // "042"
  std::string_view where;  // "events/verbs.tsv:12"
  std::string_view text;   // the pattern as written
  std::string_view note;   // said of the rule's use: " negated"
};

class Drafts {
 public:
  // Starts sentence `si`; `speaker` is the mention that reports the
  // sentence's speech (-1 if none).
  void Begin(const Coder::Impl& d, const actors::ArticleActors& actors, uint32_t si, int speaker);

  // The events of one match: one per source–target pair (both ways for a
  // reciprocal code, a pair element or a compound subject with no target),
  // with the codebook's intent beside a planned act, each unless an event
  // of the sentence already says it.
  void Emit(const Origin& origin, const std::vector<int>& sources, const std::vector<int>& targets, bool pair,
            Mode mode, std::string_view why, std::string_view trigger, Span trigger_span);

  size_t size() const { return drafts_.size(); }
  // Draft k's CAMEO code, "" once blanked.
  std::string_view Cameo(size_t k) const;
  void Blank(size_t k) { drafts_[k].blanked = true; }
  void RemoveBlanked();
  // Drafts [from, size()) are done by the government `code` of a place.
  void SetAuthorities(size_t from, const std::string& code);
  // Appends the drafts as events.
  void AppendTo(std::vector<Event>* out) const;

  // Noun patterns add nothing to an event between the same actors.
  bool nominal = false;
  // Whether the actor who plans an act is the one who will do it ("Kenya
  // plans to send troops"); not for "allowed the opposition to rally",
  // where the opposition did not announce anything.
  bool planner_is_source = true;

 private:
  // What the events of one Emit share.
  struct Emission {
    const CodeInfo* info = nullptr;
    Mode mode = Mode::kOccurred;
    bool intent = false;   // derived "intent"
    int reported_by = -1;  // mention of the speaker
    Span trigger_span;
    std::string rule, why, trigger;
    std::string authorities;  // replaces the source's code (sectors GOV) when set
  };
  struct Draft {
    int source = -1, target = -1;  // mention indices; -1: no target
    uint32_t emission = 0;
    bool blanked = false;
  };

  // Adds the event src → tgt (tgt -1: none) of emission `em` unless the
  // sentence has it already.
  void Add(int src, int tgt, uint32_t em);
  std::string_view SourceCode(const Draft& x) const;
  // A fresh emission; emissions are reused across sentences, and so are
  // their strings' buffers.
  uint32_t NewEmission();

  const Coder::Impl* d_ = nullptr;
  const actors::ArticleActors* actors_ = nullptr;
  uint32_t si_ = 0;
  int speaker_ = -1;
  bool emitting_intent_ = false;
  std::vector<Draft> drafts_;
  std::vector<Emission> emissions_;
  size_t emissions_used_ = 0;
};

}  // namespace annals::events::detail
