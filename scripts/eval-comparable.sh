#!/usr/bin/env bash
# Comparable-coverage yardstick: NTREX-128 Danish-English turned into independently sampled, reordered
# Danish and English files by ../shared/tools/comparable_eval.py; tolk match pairs them and matches statements.
#   scripts/eval-comparable.sh [SEED ...]          (default: seeds 1 2 3)
# Prints, per seed, the documents and statements precision/recall/F1 and the time tolk match took, and beside it the
# same for the peer, scripts/comparable-baseline.py (MUSE bag of words, TF-IDF, mutual best, greedy sentences),
# when the MUSE dictionary is in the shared data (evaluation only).
# Needs the shared data folder (../shared beside the clone, or SHARED=/path/to/shared).
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${SHARED:-../shared}
[ -d "$shared/tools" ] || { echo "eval-comparable: no shared data at $shared (set SHARED)" >&2; exit 2; }
seeds=("$@")
[ ${#seeds[@]} -gt 0 ] || seeds=(1 2 3)
swift build -c release --product tolk >/dev/null
tolk=.build/release/tolk
for seed in "${seeds[@]}"; do
  dir=${TMPDIR:-/tmp}/tolk-comparable-$seed
  rm -rf "$dir"
  python3 "$shared/tools/comparable_eval.py" make "$dir" --seed "$seed" >/dev/null
  start=$(date +%s.%N)
  "$tolk" match "$dir/da" "$dir/en" --source-language da --target-language en --format json --output "$dir/pred.json"
  end=$(date +%s.%N)
  printf 'seed %s  ' "$seed"
  python3 "$shared/tools/comparable_eval.py" score "$dir" "$dir/pred.json" | tr -d '\n'
  printf '  time %.2f s\n' "$(echo "$end - $start" | bc)"
  muse=$shared/data/muse-da-en-dictionaries/da-en.txt
  if [ -f "$muse" ]; then
    start=$(date +%s.%N)
    python3 scripts/comparable-baseline.py "$dir" "$dir/baseline.json" --muse "$muse"
    end=$(date +%s.%N)
    printf 'seed %s baseline  ' "$seed"
    python3 "$shared/tools/comparable_eval.py" score "$dir" "$dir/baseline.json" | tr -d '\n'
    printf '  time %.2f s\n' "$(echo "$end - $start" | bc)"
  fi
done
