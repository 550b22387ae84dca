#!/usr/bin/env bash
# Development set for statement matching: the comparable-coverage yardstick's generator
# (../shared/tools/comparable_eval.py) run on FLORES-200 devtest articles (allowed for tuning, see
# ../shared/data/SPLITS.md) instead of NTREX-128, so settings are chosen without looking at the NTREX test.
#   scripts/eval-comparable-dev.sh [SEED ...]      (default: seeds 1 2 3)
# Prints, per seed, the documents and statements precision/recall/F1. Needs the shared data folder
# (../shared beside the clone, or SHARED=/path/to/shared).
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${SHARED:-../shared}
flores=$shared/data/flores200-devtest
[ -d "$flores" ] || { echo "eval-comparable-dev: no FLORES devtest at $flores (set SHARED)" >&2; exit 2; }
seeds=("$@")
[ ${#seeds[@]} -gt 0 ] || seeds=(1 2 3)
swift build -c release --product tolk >/dev/null
tolk=.build/release/tolk
# The generator reads NTREX's layout: one document id per line, and the English and Danish sentence files.
corpus=${TMPDIR:-/tmp}/tolk-flores-as-ntrex
mkdir -p "$corpus/NTREX-128"
tail -n +2 "$flores/metadata_devtest.tsv" | cut -f1 > "$corpus/DOCUMENT_IDS.tsv"
cp "$flores/devtest/eng_Latn.devtest" "$corpus/NTREX-128/newstest2019-src.eng.txt"
cp "$flores/devtest/dan_Latn.devtest" "$corpus/NTREX-128/newstest2019-ref.dan.txt"
for seed in "${seeds[@]}"; do
  dir=${TMPDIR:-/tmp}/tolk-comparable-dev-$seed
  rm -rf "$dir"
  NTREX=$corpus python3 "$shared/tools/comparable_eval.py" make "$dir" --seed "$seed" >/dev/null
  "$tolk" match "$dir/da" "$dir/en" --source-language da --target-language en --format json --output "$dir/pred.json"
  printf 'dev seed %s  ' "$seed"
  NTREX=$corpus python3 "$shared/tools/comparable_eval.py" score "$dir" "$dir/pred.json"
done
