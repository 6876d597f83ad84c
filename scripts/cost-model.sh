#!/usr/bin/env bash
# The actors' share of the front end's time, in a cycle model that does not
# drift with the machine: one pass over the bench corpus, one article at a
# time, run under valgrind's cache and branch simulator twice — the front
# end alone, then front end + actors — and weighted into cycles as
# docs/PERFORMANCE.md explains (instructions / 3.5, 16 per mispredicted
# branch, 15 per L1 instruction miss, 12 per L1 data miss, 40 per
# last-level miss; caches of this VM's processor: 32 KiB L1s, 512 KiB L2).
#
# The share counts what the front end loses to the actors too (its code and
# data evicted between articles), as the wall-time benchmark
# BM_ActorsOverFrontEnd does; it guides changes on a VM too noisy to tell a
# few points apart. The floor is on wall time.
#
#   scripts/cost-model.sh [BUILD_DIR]     (a build with -DANNALS_BUILD_BENCH=ON)
#   ANNALS_BENCH_CORPUS=data/samples/articles.jsonl scripts/cost-model.sh
# Takes about two minutes per corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD="${1:-build-bench}"
BENCH="$BUILD/bench/pipeline_bench"
[ -x "$BENCH" ] || { echo "cost-model: no $BENCH; build with -DANNALS_BUILD_BENCH=ON" >&2; exit 1; }
command -v valgrind >/dev/null || { echo "cost-model: needs valgrind (apt-get install valgrind)" >&2; exit 1; }
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT

# Inclusive Ir Bcm I1mr D1mr DLmr ILmr of function $2 in callgrind output $1.
costs() {
  callgrind_annotate --inclusive=yes --show=Ir,Bcm,I1mr,D1mr,DLmr,ILmr "$1" 2>/dev/null |
    grep -F "$2" | grep -v "=>" | head -1 | tr -d ',' | awk '{print $1, $3, $5, $7, $9, $11}'
}

for run in FrontEnd FrontEndAndActors; do
  valgrind --tool=callgrind --branch-sim=yes --cache-sim=yes \
    --I1=32768,8,64 --D1=32768,8,64 --LL=524288,8,64 \
    --toggle-collect='*AnalyzeAndResolve*' --callgrind-out-file="$OUT/$run.out" \
    "$BENCH" --benchmark_filter="^BM_OnePass$run/" >/dev/null 2>&1
done

analyze='annals::text::FrontEnd::Analyze('
resolve='annals::actors::ActorDict::Resolve(annals::text::Document const&, annals::Date, bool, annals::actors::ActorDict::PlaceCountries const&) const ['
{
  echo "alone $(costs "$OUT/FrontEnd.out" "$analyze")"
  echo "with $(costs "$OUT/FrontEndAndActors.out" "$analyze")"
  echo "actors $(costs "$OUT/FrontEndAndActors.out" "$resolve")"
} | awk '
  { ir[$1] = $2; bcm[$1] = $3; i1[$1] = $4; d1[$1] = $5; ll[$1] = $6 + $7
    cyc[$1] = $2 / 3.5 + $3 * 16 + $4 * 15 + $5 * 12 + ($6 + $7) * 40 }
  END {
    printf "%-32s %9s %8s %8s %8s %8s %10s\n", "", "instr", "mispred", "I1 miss", "D1 miss", "LL miss", "cycles"
    split("alone with actors", rows, " ")
    names["alone"] = "front end alone"; names["with"] = "front end, actors between"; names["actors"] = "actors"
    for (k = 1; k <= 3; ++k) {
      r = rows[k]
      printf "%-32s %8.1fM %7.2fM %7.0fk %7.0fk %7.0fk %9.1fM\n", names[r], ir[r] / 1e6, bcm[r] / 1e6, i1[r] / 1e3, d1[r] / 1e3, ll[r] / 1e3, cyc[r] / 1e6
    }
    printf "actors own: %.1f %% of the front end alone; with what the front end loses: %.1f %% (floor, on wall time: 30 %%)\n",
      100 * cyc["actors"] / cyc["alone"], 100 * (cyc["with"] + cyc["actors"] - cyc["alone"]) / cyc["alone"]
  }'
