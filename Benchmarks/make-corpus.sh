#!/usr/bin/env bash
# Writes a benchmark corpus: NTREX-128's Danish and English news text (newstest2019-ref.dan.txt and
# newstest2019-ref.eng-US.txt, from ../shared/data) repeated until the file holds at least SIZE_MB megabytes.
# Usage: bash Benchmarks/make-corpus.sh SIZE_MB OUT [DATA_DIR]
set -euo pipefail
size_mb=$1
out=$2
data=${3:-"$(cd "$(dirname "$0")/../.." && pwd)/shared/data"}
ntrex="$data/ntrex128-news/NTREX-128"
for file in "$ntrex/newstest2019-ref.dan.txt" "$ntrex/newstest2019-ref.eng-US.txt"; do
  [ -f "$file" ] || { echo "missing $file (the corpus is built from ../shared/data)" >&2; exit 1; }
done
: > "$out"
while [ "$(stat -c %s "$out")" -lt $((size_mb * 1000000)) ]; do
  cat "$ntrex/newstest2019-ref.dan.txt" "$ntrex/newstest2019-ref.eng-US.txt" >> "$out"
done
