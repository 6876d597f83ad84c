// Shared by the text stage's tests: one FrontEnd loaded for the whole binary.
#pragma once

#include <gtest/gtest.h>

#include "base/paths.h"
#include "text/text.h"

namespace annals::text {

inline const FrontEnd& TestFrontEnd() {
  static const FrontEnd* fe = [] {
    auto r = FrontEnd::Load(DefaultModelDir(), DefaultDataDir());
    if (!r) {
      ADD_FAILURE() << r.error().ToString();
      std::abort();
    }
    return r->release();
  }();
  return *fe;
}

// The sentences of `text`, each as its exact substring.
inline std::vector<std::string> SentencesOf(const std::string& text) {
  Document doc = TestFrontEnd().Analyze(text);
  std::vector<std::string> out;
  for (const Sentence& s : doc.sentences) out.emplace_back(doc.Text(s.span));
  return out;
}

// "tok tok tok" of the first sentence, tokens joined by single spaces.
inline std::string TokensOf(const std::string& text) {
  Document doc = TestFrontEnd().Analyze(text);
  std::string out;
  for (const Sentence& s : doc.sentences) {
    for (const Token& t : s.tokens) {
      if (!out.empty()) out += ' ';
      out += doc.Text(t.span);
    }
  }
  return out;
}

}  // namespace annals::text
