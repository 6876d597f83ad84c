// Reading the command line's inputs: JSONL files, RSS/Atom feeds (.rss,
// .atom, .xml, or any file that starts as one), .txt and .html files (date
// from --date), or "-" for JSONL on stdin. Bad records are reported on
// stderr with their file, line and problem; the rest are still processed.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "base/date.h"
#include "ingest/ingest.h"

namespace annals::cli {

struct InputStats {
  size_t articles = 0;
  size_t errors = 0;
};

// Calls `fn` for each good article of each input, in order.
InputStats ForEachArticle(const std::vector<std::string>& inputs, std::optional<Date> date,
                          const std::function<void(const ingest::Article&)>& fn);

}  // namespace annals::cli
