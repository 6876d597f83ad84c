// Front-end throughput: split + tokenize + tag + lemma + chunk over the
// generated corpus (corpus.h), in sentences per second on one thread.
//   build-bench/bench/text_bench --benchmark_counters_tabular=true
#include <benchmark/benchmark.h>

#include "base/paths.h"
#include "corpus.h"
#include "text/text.h"

namespace {

const annals::text::FrontEnd& FrontEnd() {
  static auto fe = annals::text::FrontEnd::Load(annals::DefaultModelDir(), annals::DefaultDataDir());
  if (!fe) std::abort();
  return **fe;
}

void BM_FrontEnd(benchmark::State& state) {
  const auto corpus = annals::bench::MakeCorpus(static_cast<size_t>(state.range(0)));
  const auto& fe = FrontEnd();
  size_t sentences = 0, produced = 0;
  for (auto _ : state) {
    for (const auto& a : corpus) {
      annals::text::Document doc = fe.Analyze(a.text);
      produced += doc.sentences.size();
      sentences += a.sentences;
      benchmark::DoNotOptimize(doc.sentences.data());
    }
  }
  state.counters["sentences/s"] = benchmark::Counter(static_cast<double>(sentences), benchmark::Counter::kIsRate);
  state.counters["split_ratio"] = static_cast<double>(produced) / static_cast<double>(sentences);
}
BENCHMARK(BM_FrontEnd)->Arg(12000)->Unit(benchmark::kMillisecond);

void BM_LoadFrontEnd(benchmark::State& state) {
  for (auto _ : state) {
    auto fe = annals::text::FrontEnd::Load(annals::DefaultModelDir(), annals::DefaultDataDir());
    benchmark::DoNotOptimize(fe);
  }
}
BENCHMARK(BM_LoadFrontEnd)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
