#!/usr/bin/env bash
# Installs every Debian package annals needs to build, test and run.
# Idempotent: packages already present are skipped, and nothing runs when all are there.
set -euo pipefail

PACKAGES=(
  build-essential cmake pkg-config git
  clang libclang-rt-14-dev            # libFuzzer and sanitizers
  libgtest-dev libgmock-dev googletest libbenchmark-dev
  libutf8proc-dev                     # Unicode NFC, case folding, diacritics
  nlohmann-json3-dev                  # JSONL reader/writer
  libsqlite3-dev                      # embedded event store
  iso-codes                           # ISO 3166 countries (actors, places)
  wordnet-base                        # lemma exception lists (text)
  liblingua-en-tagger-perl            # POS lexicon and tag transitions (text)
  libgeonames-dev                     # cities of 15,000+ people for the gazetteer (geo)
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "setup: installing ${missing[*]}" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
