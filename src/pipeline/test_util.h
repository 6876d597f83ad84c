// Shared by the tests that run the whole pipeline: one Pipeline loaded for
// the whole test binary.
#pragma once

#include <gtest/gtest.h>

#include <cstdlib>

#include "base/paths.h"
#include "pipeline/pipeline.h"

namespace annals {

inline const Pipeline& TestPipeline() {
  static const Pipeline* p = [] {
    auto r = Pipeline::Load(DefaultDataDir(), DefaultModelDir());
    if (!r) {
      ADD_FAILURE() << r.error().ToString();
      std::abort();
    }
    return r->release();
  }();
  return *p;
}

// An article for a test: `text` published on `date` (YYYY-MM-DD).
inline ingest::Article TestArticle(const std::string& id, const std::string& text,
                                   const std::string& date = "2024-06-17") {
  ingest::Article a;
  a.id = id;
  a.date = *ParseIsoDate(date);
  a.text = text;
  return a;
}

}  // namespace annals
