// `annals eval-tags FILE`: part-of-speech accuracy on a hand-tagged sample.
#include <cstdio>
#include <iostream>

#include "commands.h"
#include "text/text.h"

namespace annals::cli {

int RunEvalTags(const Options& opt) {
  if (opt.inputs.size() != 1) {
    std::cerr << "usage: annals eval-tags GOLD.txt [--errors]\n";
    return 2;
  }
  auto fe = text::FrontEnd::Load(opt.model_dir, opt.data_dir);
  if (!fe) {
    std::cerr << "annals: " << fe.error().ToString() << "\n";
    return 2;
  }
  auto ev = text::EvaluateTagger(**fe, opt.inputs[0]);
  if (!ev) {
    std::cerr << "annals: " << ev.error().ToString() << "\n";
    return 2;
  }
  if (opt.errors) for (const auto& e : ev->errors) std::cout << "  " << e << "\n";
  std::printf("sentences %zu, tokens %zu, correct %zu: accuracy %.2f%%\n", ev->sentences, ev->tokens,
              ev->correct, 100.0 * ev->accuracy());
  std::printf("tokenizer gave the gold token count on %zu of %zu sentences\n",
              ev->tokenizer_agreeing_sentences, ev->sentences);
  return 0;
}

}  // namespace annals::cli
