// Throughput of the stages over the generated corpus (corpus.h):
//   front end alone, front end + actors (and the actors' share, paired, one article at a time and in
//   batches, and split into the front end's and the actors' own times in situ), the whole coder (front end +
//   actors + events, in batches as `annals code` runs it) on one and two threads, batches against one
//   article at a time, and loading each stage's data.
//   build-bench/bench/pipeline_bench --benchmark_counters_tabular=true
// With ANNALS_BENCH_CORPUS=FILE.jsonl the same runs use those articles instead (repeated up to 12,000
// sentences), e.g. data/samples/articles.jsonl: news-like text, where actors are sparser than in the
// generated corpus, whose every sentence names two.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <span>
#include <thread>
#include <vector>

#include "base/paths.h"
#include "corpus.h"
#include "ingest/ingest.h"
#include "pipeline/pipeline.h"

namespace {

const annals::Pipeline& Loaded() {
  static auto p = annals::Pipeline::Load(annals::DefaultDataDir(), annals::DefaultModelDir());
  if (!p) std::abort();
  return **p;
}

// The generated corpus (12,000 sentences, every one naming two actors), or,
// when ANNALS_BENCH_CORPUS names a JSON-lines file of articles, those
// articles repeated until they hold at least 12,000 sentences.
std::vector<annals::ingest::Article> ReadCorpus(const char* path) {
  std::ifstream in(path);
  if (!in) {
    std::fprintf(stderr, "pipeline_bench: cannot open %s\n", path);
    std::exit(1);
  }
  std::vector<annals::ingest::Article> read;
  annals::ingest::JsonlReader reader(in, path);
  annals::ingest::Record r;
  while (reader.Next(&r)) {
    if (r.article) read.push_back(*r.article);
  }
  std::vector<annals::ingest::Article> out;
  size_t sentences = 0;
  while (!read.empty() && sentences < 12000) {
    for (const auto& a : read) {
      out.push_back(a);
      sentences += Loaded().frontend().Analyze(a.text).sentences.size();
    }
  }
  std::fprintf(stderr, "pipeline_bench: %zu articles from %s (%zu sentences)\n", out.size(), path, sentences);
  return out;
}

const std::vector<annals::ingest::Article>& Corpus() {
  static const auto articles = [] {
    if (const char* path = std::getenv("ANNALS_BENCH_CORPUS"); path && *path) return ReadCorpus(path);
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

// Sentences in the corpus, for the rates.
double Sentences() {
  static const double n = [] {
    size_t count = 0;
    for (const auto& a : Corpus()) count += Loaded().frontend().Analyze(a.text).sentences.size();
    return static_cast<double>(count);
  }();
  return n;
}

void BM_FrontEnd(benchmark::State& state) {
  const auto& p = Loaded();
  for (auto _ : state) {
    for (const auto& a : Corpus()) benchmark::DoNotOptimize(p.frontend().Analyze(a.text).sentences.size());
  }
  state.counters["sentences/s"] = benchmark::Counter(Sentences() * state.iterations(), benchmark::Counter::kIsRate);
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
  state.counters["sentences/s"] = benchmark::Counter(Sentences() * state.iterations(), benchmark::Counter::kIsRate);
  state.counters["mentions/sentence"] = mentions / (Sentences() * state.iterations());
}
BENCHMARK(BM_FrontEndAndActors)->Unit(benchmark::kMillisecond);

// Seconds `work` takes.
template <typename F>
double Seconds(F&& work) {
  const auto t0 = std::chrono::steady_clock::now();
  work();
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

// A ratio measured in pairs: each iteration times `first` then `second`
// back to back, so that the machine's drift (large on shared VMs) hits both
// sides alike; the median of time(first) / time(second) over iterations.
// Counters `first_ms` and `second_ms`: the medians of each side's time.
double Median(std::vector<double> v) {
  std::nth_element(v.begin(), v.begin() + v.size() / 2, v.end());
  return v[v.size() / 2];
}

template <typename F, typename G>
double MedianRatio(benchmark::State& state, F&& first, G&& second) {
  std::vector<double> ratios, firsts, seconds;
  for (auto _ : state) {
    firsts.push_back(Seconds(first));
    seconds.push_back(Seconds(second));
    ratios.push_back(firsts.back() / seconds.back());
  }
  state.counters["first_ms"] = 1000 * Median(firsts);
  state.counters["second_ms"] = 1000 * Median(seconds);
  return Median(ratios);
}

// Seconds that `work(i)` takes for i in [0, n) on `threads` threads, split
// round-robin.
template <typename F>
double OnThreads(int threads, size_t n, F&& work) {
  return Seconds([&] {
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t) {
      pool.emplace_back([&, t] {
        for (size_t i = t; i < n; i += threads) work(i);
      });
    }
    for (auto& th : pool) th.join();
  });
}

// The batches `annals code` uses.
constexpr size_t kBatch = annals::Pipeline::kBatch;
// The batch of (at most) `size` articles of the corpus starting at article `i`.
std::span<const annals::ingest::Article> Batch(size_t i, size_t size = kBatch) {
  return std::span(Corpus()).subspan(i, std::min(size, Corpus().size() - i));
}

// Each batch of `batch` articles of the corpus analysed, then, with
// `actors`, resolved, as Pipeline::CodeBatch runs them (batch 1: one article
// at a time, as Pipeline::Code does).
void AnalyzeAndResolve(size_t batch, bool actors) {
  const auto& p = Loaded();
  for (size_t b = 0; b < Corpus().size(); b += batch) {
    const auto articles = Batch(b, batch);
    std::vector<annals::text::Document> docs;
    docs.reserve(articles.size());
    for (const auto& a : articles) docs.push_back(p.frontend().Analyze(a.text));
    if (!actors) continue;
    std::vector<annals::actors::ArticleActors> found;
    found.reserve(articles.size());
    for (size_t i = 0; i < articles.size(); ++i) found.push_back(p.actors().Resolve(docs[i], articles[i].date));
    benchmark::DoNotOptimize(found.data());
  }
}

// The actors' share, one article at a time, measured in pairs: each
// iteration times front end + actors, then the front end alone, back to
// back, so that the machine's drift (large on shared VMs) hits both sides
// of the ratio alike.
// Counter `actors_add_%`: median over iterations of (both / front end − 1).
void BM_ActorsOverFrontEnd(benchmark::State& state) {
  const double ratio = MedianRatio(state, [&] { AnalyzeAndResolve(1, true); }, [&] { AnalyzeAndResolve(1, false); });
  state.counters["actors_add_%"] = 100.0 * (ratio - 1.0);
}
BENCHMARK(BM_ActorsOverFrontEnd)->Unit(benchmark::kMillisecond)->MinTime(3.0);

// The same in batches of Pipeline::kBatch articles, as `annals code` runs
// them, against the front end's time one article at a time: a batch holds
// its documents in more memory than one article does, which slows the front
// end alone, so its own time in batches would flatter the ratio. Each
// iteration times front end + actors in batches, the front end alone one
// article at a time and in batches.
// Counters (medians over iterations): `actors_add_%`, front end + actors in
// batches over the front end one article at a time, − 1; `fe_batched_%`, the
// front end alone in batches over one article at a time, − 1.
void BM_ActorsOverFrontEndInBatches(benchmark::State& state) {
  std::vector<double> add, fe;
  for (auto _ : state) {
    const double both = Seconds([] { AnalyzeAndResolve(kBatch, true); });
    const double alone = Seconds([] { AnalyzeAndResolve(1, false); });
    const double batched = Seconds([] { AnalyzeAndResolve(kBatch, false); });
    add.push_back(both / alone - 1);
    fe.push_back(batched / alone - 1);
  }
  state.counters["actors_add_%"] = 100.0 * Median(add);
  state.counters["fe_batched_%"] = 100.0 * Median(fe);
}
BENCHMARK(BM_ActorsOverFrontEndInBatches)->Unit(benchmark::kMillisecond)->MinTime(4.0);

// Actors alone over documents analysed beforehand (for comparison with the
// paired measure above: what the interleaving with the front end costs).
void BM_ActorsAlone(benchmark::State& state) {
  const auto& p = Loaded();
  std::vector<annals::text::Document> docs;
  for (const auto& a : Corpus()) docs.push_back(p.frontend().Analyze(a.text));
  size_t mentions = 0;
  for (auto _ : state) {
    for (size_t i = 0; i < docs.size(); ++i) mentions += p.actors().Resolve(docs[i], Corpus()[i].date).mentions.size();
  }
  state.counters["sentences/s"] = benchmark::Counter(Sentences() * state.iterations(), benchmark::Counter::kIsRate);
  state.counters["mentions/sentence"] = mentions / (Sentences() * state.iterations());
}
BENCHMARK(BM_ActorsAlone)->Unit(benchmark::kMillisecond);

// One pass over the corpus, one article at a time, loaded beforehand: for
// scripts/cost-model.sh, which runs AnalyzeAndResolve under a cache and
// branch simulator (deterministic where this VM's wall time is not).
void BM_OnePassFrontEnd(benchmark::State& state) {
  Loaded();
  Corpus();
  for (auto _ : state) AnalyzeAndResolve(1, false);
}
BENCHMARK(BM_OnePassFrontEnd)->Iterations(1)->Unit(benchmark::kMillisecond);
void BM_OnePassFrontEndAndActors(benchmark::State& state) {
  Loaded();
  Corpus();
  for (auto _ : state) AnalyzeAndResolve(1, true);
}
BENCHMARK(BM_OnePassFrontEndAndActors)->Iterations(1)->Unit(benchmark::kMillisecond);

// Where the paired share goes: each article's analysis and resolution timed
// apart, next to the front end alone (counters: ms per pass over the corpus).
// fe_in_ms - fe_alone_ms is what the actors cost the front end by running
// between its articles (caches and branch history they displace);
// actors_in_ms is their own time there; drop_ms freeing their output.
void BM_ActorsInSitu(benchmark::State& state) {
  const auto& p = Loaded();
  using Clock = std::chrono::steady_clock;
  double fe_in = 0, actors_in = 0, fe_alone = 0, drop = 0;
  for (auto _ : state) {
    for (const auto& a : Corpus()) {
      auto t0 = Clock::now();
      auto doc = p.frontend().Analyze(a.text);
      const auto t1 = Clock::now();
      fe_in += std::chrono::duration<double>(t1 - t0).count();
      auto t2 = t1;
      {
        auto r = p.actors().Resolve(doc, a.date);
        t2 = Clock::now();
        benchmark::DoNotOptimize(r.mentions.size());
        actors_in += std::chrono::duration<double>(t2 - t1).count();
      }
      drop += std::chrono::duration<double>(Clock::now() - t2).count();
    }
    for (const auto& a : Corpus()) {
      auto t0 = Clock::now();
      auto doc = p.frontend().Analyze(a.text);
      fe_alone += std::chrono::duration<double>(Clock::now() - t0).count();
    }
  }
  const double n = static_cast<double>(state.iterations()) / 1000;
  state.counters["fe_alone_ms"] = fe_alone / n;
  state.counters["fe_in_ms"] = fe_in / n;
  state.counters["actors_in_ms"] = actors_in / n;
  state.counters["drop_ms"] = drop / n;
}
BENCHMARK(BM_ActorsInSitu)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// What the front end loses between the actors' runs, and to what: each
// iteration makes four passes over the corpus, timing only the front end's
// analysis of each article; after it, nothing (fe_alone_ms), the actors on
// that article (fe_actors_ms), the actors on one fixed short article
// (fe_short_ms: the same code, but hardly any of the dictionary's data and
// little branch history), or
// only an allocation of the actors' output size (fe_alloc_ms). Counters: ms
// of front end per pass.
void BM_FrontEndLoss(benchmark::State& state) {
  const auto& p = Loaded();
  using Clock = std::chrono::steady_clock;
  const annals::Date date{2024, 6, 19};
  const auto short_doc = p.frontend().Analyze(
      "The Kenyan foreign minister met Tanzanian officials in Arusha on Monday. She said the two countries would "
      "reopen the border.");
  double fe[4] = {0, 0, 0, 0};
  for (auto _ : state) {
    for (int mode = 0; mode < 4; ++mode) {
      for (const auto& a : Corpus()) {
        const auto t0 = Clock::now();
        const auto doc = p.frontend().Analyze(a.text);
        fe[mode] += std::chrono::duration<double>(Clock::now() - t0).count();
        if (mode == 1) {
          benchmark::DoNotOptimize(p.actors().Resolve(doc, a.date).mentions.size());
        } else if (mode == 2) {
          benchmark::DoNotOptimize(p.actors().Resolve(short_doc, date).mentions.size());
        } else if (mode == 3) {
          std::vector<annals::actors::Mention> mentions(doc.sentences.size() * 2);
          std::vector<uint32_t> first(doc.sentences.size() + 1);
          benchmark::DoNotOptimize(mentions.data());
          benchmark::DoNotOptimize(first.data());
        }
      }
    }
  }
  const double passes = static_cast<double>(state.iterations()) / 1000;
  state.counters["fe_alone_ms"] = fe[0] / passes;
  state.counters["fe_actors_ms"] = fe[1] / passes;
  state.counters["fe_short_ms"] = fe[2] / passes;
  state.counters["fe_alloc_ms"] = fe[3] / passes;
}
BENCHMARK(BM_FrontEndLoss)->Unit(benchmark::kMillisecond)->MinTime(6.0);

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
        for (size_t i = t * kBatch; i < corpus.size(); i += threads * kBatch) {
          for (const auto& c : p.CodeBatch(Batch(i))) counts[t] += c.events.size();
        }
      });
    }
    for (auto& th : pool) th.join();
    for (size_t c : counts) events += c;
  }
  state.counters["sentences/s"] = benchmark::Counter(Sentences() * state.iterations(), benchmark::Counter::kIsRate);
  state.counters["events/sentence"] = events / (Sentences() * state.iterations());
}
BENCHMARK(BM_Coder)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

// Scaling measured in pairs: each iteration codes the corpus on one thread,
// then on two, back to back (the machine's drift hits both alike).
// Counter `speedup_2t`: median over iterations of time(1) / time(2).
void BM_CoderScaling(benchmark::State& state) {
  const auto& p = Loaded();
  const auto& corpus = Corpus();
  const size_t batches = (corpus.size() + kBatch - 1) / kBatch;
  auto code = [&](size_t i) { benchmark::DoNotOptimize(p.CodeBatch(Batch(i * kBatch)).size()); };
  state.counters["speedup_2t"] =
      MedianRatio(state, [&] { OnThreads(1, batches, code); }, [&] { OnThreads(2, batches, code); });
}
BENCHMARK(BM_CoderScaling)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(5.0);

// Coding one article at a time (Pipeline::Code) against batches of the
// argument (Pipeline::CodeBatch), in pairs. Counter `speedup`: median over
// iterations of time(one at a time) / time(batches).
void BM_CodeBatchSpeedup(benchmark::State& state) {
  const auto& p = Loaded();
  const auto& corpus = Corpus();
  const size_t batch = static_cast<size_t>(state.range(0));
  state.counters["speedup"] = MedianRatio(
      state, [&] { for (const auto& a : corpus) benchmark::DoNotOptimize(p.Code(a).events.size()); },
      [&] {
        for (size_t i = 0; i < corpus.size(); i += batch) benchmark::DoNotOptimize(p.CodeBatch(Batch(i, batch)).size());
      });
}
BENCHMARK(BM_CodeBatchSpeedup)->Arg(16)->Arg(kBatch)->Unit(benchmark::kMillisecond)->MinTime(5.0);

// The machine's own ceiling for the ratio above: the same pairing over a
// loop of arithmetic that touches no memory. On a shared VM two threads do
// not always run at twice the speed of one.
void BM_ComputeScaling(benchmark::State& state) {
  auto spin = [](uint64_t n) {
    uint64_t x = 1;
    for (uint64_t i = 0; i < n; ++i) {
      x = x * 6364136223846793005ull + 1442695040888963407ull;
      x ^= x >> 17;
    }
    return x;
  };
  // Each thread's share of the arithmetic is one chunk of kSteps / 64 steps.
  constexpr uint64_t kSteps = 200'000'000, kChunks = 64;
  auto chunk = [&](size_t) { benchmark::DoNotOptimize(spin(kSteps / kChunks)); };
  state.counters["speedup_2t"] =
      MedianRatio(state, [&] { OnThreads(1, kChunks, chunk); }, [&] { OnThreads(2, kChunks, chunk); });
}
BENCHMARK(BM_ComputeScaling)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(5.0);

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

