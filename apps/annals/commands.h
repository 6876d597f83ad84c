// The CLI's commands, each a function of the parsed options.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/date.h"

namespace annals::cli {

struct Options {
  std::string command;
  std::vector<std::string> inputs;
  std::string debug;            // "", "text", "actors", "events"
  std::string format = "jsonl";
  std::string data_dir, model_dir;
  std::optional<Date> date;
  bool errors = false;
};

// annals code: exit 0 when every record was processed, 1 when some were
// skipped (reported on stderr), 2 on a usage or load error.
int RunCode(const Options& opt);

}  // namespace annals::cli

namespace annals::cli {
// annals eval-tags FILE: tagger accuracy on a hand-tagged sample.
int RunEvalTags(const Options& opt);
}  // namespace annals::cli

namespace annals::cli {
// annals actors FILE...: the actor mentions of each article, with codes and reasons.
int RunActors(const Options& opt);
}  // namespace annals::cli

namespace annals::cli {
// annals eval GOLD.jsonl: precision/recall/F1 of coded events against gold.
int RunEval(const Options& opt);
}  // namespace annals::cli
