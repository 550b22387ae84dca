#!/usr/bin/env bash
# Sentence-alignment yardstick: NTREX-128 Danish-English, perturbed by ../shared/tools/align_eval.py
# (merges -> 2-1/1-2 beads, drops -> 1-0/0-1), aligned by tolk, scored strict/lax F1.
#   scripts/eval-align.sh [DIR] [SEED] [-- extra tolk align options, e.g. --lexicon FILE]
# MAKE=no aligns a directory made beforehand (such as scripts/align-harder.py's variants).
# Needs the shared data folder (../shared beside the clone, or SHARED=/path/to/shared).
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${SHARED:-../shared}
[ -d "$shared/tools" ] || { echo "eval-align: no shared data at $shared (set SHARED)" >&2; exit 2; }
dir=${1:-/tmp/tolk-align-eval}
seed=${2:-7}
shift $(( $# > 2 ? 2 : $# )) || true
[ "${1:-}" = "--" ] && shift
swift build -c release --product tolk >/dev/null
tolk=.build/release/tolk
if [ "${MAKE:-yes}" = yes ]; then
  rm -rf "$dir"
  python3 "$shared/tools/align_eval.py" make "$dir" --seed "$seed" >/dev/null
fi
for source in "$dir"/*.da; do
  doc=${source%.da}
  "$tolk" align "$source" "$doc.en" --presegmented --source-language da --target-language en \
    --format beads --output "$doc.tolk" "$@"
done
python3 "$shared/tools/align_eval.py" score "$dir" tolk
