// Shared by the actors stage's tests: the front end and dictionaries loaded
// once, and a helper that codes a text and finds a mention by its words.
#pragma once

#include <gtest/gtest.h>

#include "actors/actors.h"
#include "base/paths.h"
#include "text/text.h"

namespace annals::actors {

struct Loaded {
  std::unique_ptr<text::FrontEnd> fe;
  std::unique_ptr<ActorDict> dict;
};

inline const Loaded& TestActors() {
  static const Loaded* loaded = [] {
    auto fe = text::FrontEnd::Load(DefaultModelDir(), DefaultDataDir());
    if (!fe) { ADD_FAILURE() << fe.error().ToString(); std::abort(); }
    auto dict = ActorDict::Load(DefaultDataDir(), DefaultModelDir(), **fe);
    if (!dict) { ADD_FAILURE() << dict.error().ToString(); std::abort(); }
    return new Loaded{std::move(*fe), std::move(*dict)};
  }();
  return *loaded;
}

struct Coded {
  text::Document doc;
  ArticleActors actors;

  // Codes of the mentions whose text is exactly `words`, in order, joined by
  // "+" ("RUS+PRK" for "the two countries"); "<none>" if there is none.
  std::string CodeOf(const std::string& words, int nth = 0) const {
    std::string out;
    int seen = 0;
    int last_group = -2;
    uint32_t last_begin = 0;
    for (const Mention& m : actors.mentions) {
      if (doc.Text(m.span) != words) continue;
      // Mentions sharing one span (a plural) count as one occurrence.
      const bool same = !out.empty() && m.span.begin == last_begin && m.group == last_group;
      if (!same && !out.empty()) {
        if (seen++ == nth) return out;
        out.clear();
      }
      if (!out.empty()) out += "+";
      out += m.code;
      last_group = m.group;
      last_begin = m.span.begin;
    }
    if (!out.empty() && seen == nth) return out;
    return "<none>";
  }
  std::string All() const { return DebugString(doc, actors); }
};

inline Coded Code(const std::string& text, const std::string& date) {
  Coded c;
  c.doc = TestActors().fe->Analyze(text);
  c.actors = TestActors().dict->Resolve(c.doc, *ParseIsoDate(date), /*explain=*/true);
  return c;
}

}  // namespace annals::actors
