// Throughput of the stages over the generated corpus (corpus.h):
//   front end alone, front end + actors, the whole coder (front end + actors
//   + events) on one and two threads, and loading each stage's data.
//   build-bench/bench/pipeline_bench --benchmark_counters_tabular=true
#include <benchmark/benchmark.h>

#include <thread>

#include "base/paths.h"
#include "corpus.h"
#include "pipeline/pipeline.h"

namespace {

const annals::Pipeline& Loaded() {
  static auto p = annals::Pipeline::Load(annals::DefaultDataDir(), annals::DefaultModelDir());
  if (!p) std::abort();
  return **p;
}

const std::vector<annals::ingest::Article>& Corpus() {
  static const auto articles = [] {
    std::vector<annals::ingest::Article> out;
    int i = 0;
    for (auto& a : annals::bench::MakeCorpus(12000)) {
      annals::ingest::Article art;
      art.id = "bench-" + std::to_string(i++);
      art.date = *annals::ParseIsoDate(a.date);
      art.text = a.text;
      out.push_back(std::move(art));
    }
    return out;
  }();
  return articles;
}

constexpr double kSentences = 12000;

void BM_FrontEnd(benchmark::State& state) {
  const auto& p = Loaded();
  for (auto _ : state) {
    for (const auto& a : Corpus()) benchmark::DoNotOptimize(p.frontend().Analyze(a.text).sentences.size());
  }
  state.counters["sentences/s"] = benchmark::Counter(kSentences * state.iterations(), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_FrontEnd)->Unit(benchmark::kMillisecond);

void BM_FrontEndAndActors(benchmark::State& state) {
  const auto& p = Loaded();
  size_t mentions = 0;
  for (auto _ : state) {
    for (const auto& a : Corpus()) {
      auto doc = p.frontend().Analyze(a.text);
      mentions += p.actors().Resolve(doc, a.date).mentions.size();
    }
  }
  state.counters["sentences/s"] = benchmark::Counter(kSentences * state.iterations(), benchmark::Counter::kIsRate);
  state.counters["mentions/sentence"] = mentions / (kSentences * state.iterations());
}
BENCHMARK(BM_FrontEndAndActors)->Unit(benchmark::kMillisecond);

void BM_Coder(benchmark::State& state) {
  const auto& p = Loaded();
  const auto& corpus = Corpus();
  const int threads = static_cast<int>(state.range(0));
  size_t events = 0;
  for (auto _ : state) {
    std::vector<std::thread> pool;
    std::vector<size_t> counts(threads, 0);
    for (int t = 0; t < threads; ++t) {
      pool.emplace_back([&, t] {
        for (size_t i = t; i < corpus.size(); i += threads) counts[t] += p.Code(corpus[i]).events.size();
      });
    }
    for (auto& th : pool) th.join();
    for (size_t c : counts) events += c;
  }
  state.counters["sentences/s"] = benchmark::Counter(kSentences * state.iterations(), benchmark::Counter::kIsRate);
  state.counters["events/sentence"] = events / (kSentences * state.iterations());
}
BENCHMARK(BM_Coder)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_LoadActors(benchmark::State& state) {
  const auto& p = Loaded();
  for (auto _ : state) {
    auto d = annals::actors::ActorDict::Load(annals::DefaultDataDir(), annals::DefaultModelDir(), p.frontend());
    benchmark::DoNotOptimize(d);
  }
}
BENCHMARK(BM_LoadActors)->Unit(benchmark::kMillisecond);

void BM_LoadPipeline(benchmark::State& state) {
  for (auto _ : state) {
    auto d = annals::Pipeline::Load(annals::DefaultDataDir(), annals::DefaultModelDir());
    benchmark::DoNotOptimize(d);
  }
}
BENCHMARK(BM_LoadPipeline)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
