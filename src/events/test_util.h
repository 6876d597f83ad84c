// Shared by the event tests: code one text and list its events as
// "SOURCE -CODE-> TARGET mode" strings, in output order.
#pragma once

#include <string>
#include <vector>

#include "pipeline/test_util.h"

namespace annals::events {

inline std::vector<std::string> EventsOf(const std::string& text, const std::string& date = "2024-06-17") {
  const ingest::Article a = TestArticle("t", text, date);
  Coded c = TestPipeline().Code(a);
  std::vector<std::string> out;
  for (const Event& e : c.events) {
    out.push_back(e.source.code + " -" + e.cameo + "-> " + (e.target ? e.target->code : "-") + " " + ModeName(e.mode));
  }
  return out;
}

using V = std::vector<std::string>;

}  // namespace annals::events
