#!/usr/bin/env bash
# Timing of tolk match as collections grow: NTREX-128 documents, then Europarl runs (scripts/make-match-bench.py),
# to N Danish x N English documents, matched, timed (user CPU, wall clock, peak memory) and scored.
#   scripts/bench-match.sh [N ...]            (default: 100 300 1000; add 10000 for the large run)
#   FORMAT=json scripts/bench-match.sh ...    (default text; json adds the entity and event analysis per pair)
# Needs the shared data folder (../shared beside the clone; or NTREX=... and EUROPARL=... folders).
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(100 300 1000)
format=${FORMAT:-text}
swift build -c release --product tolk >/dev/null
tolk=.build/release/tolk
printf '| documents per side | pairs in gold | user CPU s | wall s | peak memory MB | documents F1 | statements F1 |\n'
printf '|---|---|---|---|---|---|---|\n'
for n in "${sizes[@]}"; do
  dir=${TMPDIR:-/tmp}/tolk-match-bench-$n
  [ -f "$dir/gold.json" ] || python3 scripts/make-match-bench.py "$dir" "$n" --seed 1 >/dev/null
  out=$dir/pred.$format
  /usr/bin/time -f '%U %e %M' -o "$dir/time" "$tolk" match "$dir/da" "$dir/en" --source-language da \
    --target-language en --format "$format" --output "$out"
  read -r user wall memory < "$dir/time"
  pairs=$(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['pairs']))" "$dir/gold.json")
  scores="- | -"
  if [ "$format" = json ]; then
    scores=$(python3 ../shared/tools/comparable_eval.py score "$dir" "$out" \
      | sed -E 's/.*documents P=[0-9.]+ R=[0-9.]+ F1=([0-9.]+).*statements P=[0-9.]+ R=[0-9.]+ F1=([0-9.]+).*/\1 | \2/')
  fi
  printf '| %s | %s | %s | %s | %d | %s |\n' "$n" "$pairs" "$user" "$wall" "$((memory / 1024))" "$scores"
done
