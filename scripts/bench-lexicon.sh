#!/usr/bin/env bash
# Measures the shipped Danish-English lexicon: size by origin, load time, memory and lookup speed.
# Usage: bash scripts/bench-lexicon.sh   (from the repository root; builds tolk in release mode)
# Needs: GNU time (/usr/bin/time, Debian package `time`) for the memory figure.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product tolk > /dev/null
tolk=.build/release/tolk
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "== size by origin and load time (20 loads in one process)"
"$tolk" lexicon stats --repeat 20

echo "== memory (maximum resident set size)"
/usr/bin/time -f "%M" "$tolk" lexicon stem --language da hus 2> "$work/base" > /dev/null
/usr/bin/time -f "%M" "$tolk" lexicon lookup --source da --target en hus 2> "$work/loaded" > /dev/null
base=$(tail -1 "$work/base"); loaded=$(tail -1 "$work/loaded")
echo "tolk without lexicon: $((base / 1024)) MB; with the lexicon loaded: $((loaded / 1024)) MB; lexicon: $(((loaded - base) / 1024)) MB"

echo "== lookup speed (every word of samples/*.da.txt, 50 times)"
tr -cs '[:alpha:]æøåÆØÅ-' '\n' < samples/2019-07-assange-embassy-russians.da.txt | grep -v '^-*$' > "$work/words"
for _ in $(seq 50); do cat "$work/words"; done > "$work/many"
count=$(wc -l < "$work/many")
start=$(date +%s%N)
"$tolk" lexicon lookup --source da --target en - < "$work/many" > /dev/null
end=$(date +%s%N)
start_one=$(date +%s%N)
"$tolk" lexicon lookup --source da --target en hus > /dev/null
end_one=$(date +%s%N)
per=$(( ((end - start) - (end_one - start_one)) / count ))
echo "$count lookups: $(( (end - start) / 1000000 )) ms in all, about $per ns per lookup after the load"
