// `annals eval GOLD.jsonl [--errors]`: precision, recall and F1 at L1–L3.
#include <cstdio>
#include <iostream>

#include "commands.h"
#include "pipeline/pipeline.h"

namespace annals::cli {

int RunEval(const Options& opt) {
  if (opt.inputs.size() != 1) {
    std::cerr << "usage: annals eval GOLD.jsonl [--errors]\n";
    return 2;
  }
  auto pipeline = Pipeline::Load(opt.data_dir, opt.model_dir);
  if (!pipeline) {
    std::cerr << "annals: " << pipeline.error().ToString() << "\n";
    return 2;
  }
  auto ev = Evaluate(**pipeline, opt.inputs[0]);
  if (!ev) {
    std::cerr << "annals: " << ev.error().ToString() << "\n";
    return 2;
  }
  if (opt.errors) for (const auto& m : ev->mismatches) std::cout << m << "\n";
  std::printf("records: %zu\n", ev->records);
  const char* names[] = {"L1 (type)", "L2 (type+source)", "L3 (type+source+target)"};
  for (int l = 0; l < 3; ++l) {
    const Score& s = ev->level[l];
    std::printf("%-24s precision %.3f  recall %.3f  F1 %.3f  (tp %.0f, fp %.0f, fn %.0f)\n", names[l], s.precision(),
                s.recall(), s.f1(), s.tp, s.fp, s.fn);
  }
  return 0;
}

}  // namespace annals::cli
