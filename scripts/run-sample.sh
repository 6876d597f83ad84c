#!/usr/bin/env bash
# Sets up (Debian packages), builds annals and codes the bundled sample
# articles (data/samples/articles.jsonl). Extra arguments go to `annals code`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)" --target annals
./build/apps/annals/annals code "$@" data/samples/articles.jsonl
