// annals: news in, event data out. A thin command line over the library:
//   annals code [--format jsonl|csv] [--debug text] [--date D] FILE...|-
// See README.md for usage.
#include <cstring>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "base/date.h"
#include "base/paths.h"
#include "commands.h"

namespace {

void Usage() {
  std::cerr <<
      "usage: annals <command> [options] FILE...|-\n"
      "commands:\n"
      "  code       code articles into events (JSON lines; --format csv)\n"
      "  eval       score coded events against gold records (--errors lists mismatches)\n"
      "  actors     list actor mentions with their CAMEO codes and why\n"
      "  eval-tags  part-of-speech accuracy on a hand-tagged sample (--errors lists misses)\n"
      "options:\n"
      "  --debug STAGE   print a stage's analysis instead of events (text, actors, events)\n"
      "  --format F      jsonl (default), csv, or plover (PLOVER event records)\n"
      "  --date D        publication date for .txt/.html inputs and undated feed items (YYYY-MM-DD)\n"
      "  --data DIR      data directory (default: $ANNALS_DATA_DIR or the source tree's data/)\n"
      "  --model DIR     model directory (default: $ANNALS_MODEL_DIR or the build's model/)\n";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || !std::strcmp(argv[1], "-h") || !std::strcmp(argv[1], "--help")) {
    Usage();
    return argc < 2 ? 2 : 0;
  }
  annals::cli::Options opt;
  opt.command = argv[1];
  opt.data_dir = annals::DefaultDataDir();
  opt.model_dir = annals::DefaultModelDir();
  for (int i = 2; i < argc; ++i) {
    std::string a = argv[i];
    auto need = [&](const char* flag) -> const char* {
      if (i + 1 >= argc) {
        std::cerr << "annals: " << flag << " needs a value\n";
        std::exit(2);
      }
      return argv[++i];
    };
    if (a == "--debug") opt.debug = need("--debug");
    else if (a == "--format") opt.format = need("--format");
    else if (a == "--data") opt.data_dir = need("--data");
    else if (a == "--model") opt.model_dir = need("--model");
    else if (a == "--errors") opt.errors = true;
    else if (a == "--date") {
      std::string d = need("--date");
      auto parsed = annals::ParseIsoDate(d);
      if (!parsed) {
        std::cerr << "annals: --date \"" << d << "\" is not YYYY-MM-DD\n";
        return 2;
      }
      opt.date = *parsed;
    } else if (a.size() > 1 && a[0] == '-' && a != "-") {
      std::cerr << "annals: unknown option " << a << "\n";
      Usage();
      return 2;
    } else {
      opt.inputs.push_back(a);
    }
  }
  if (opt.command == "code") return annals::cli::RunCode(opt);
  if (opt.command == "eval-tags") return annals::cli::RunEvalTags(opt);
  if (opt.command == "actors") return annals::cli::RunActors(opt);
  if (opt.command == "eval") return annals::cli::RunEval(opt);
  std::cerr << "annals: unknown command \"" << opt.command << "\"\n";
  Usage();
  return 2;
}
