#!/usr/bin/env bash
# The main job on samples/: sets the machine up, builds tolk in release mode and runs it on the two seed articles.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
swift build -c release --product tolk
tolk=.build/release/tolk
da=samples/2019-07-assange-embassy-russians.da.txt
en=samples/nbc-2016-10-assange-ecuador.en.txt
for file in "$da" "$en"; do
  echo "== tolk segment $file"
  "$tolk" segment "$file"
done
