#!/usr/bin/env bash
# Speed and memory of `tolk align` on one long document pair: every NTREX-128 document (perturbed by
# align_eval.py, seed 7) concatenated and repeated 10x (~18,000 sentences a side) and 100x (~180,000),
# with and without the shipped lexicon. Prints wall and CPU seconds, peak memory (/usr/bin/time) and F1.
#   scripts/bench-align.sh [WORK_DIR]
# Needs ../shared (or SHARED=...) and /usr/bin/time (Debian package `time`).
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${SHARED:-../shared}
[ -d "$shared/tools" ] || { echo "bench-align: no shared data at $shared (set SHARED)" >&2; exit 2; }
[ -x /usr/bin/time ] || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
work=${1:-/tmp/tolk-align-bench}
swift build -c release --product tolk >/dev/null
tolk=$PWD/.build/release/tolk
rm -rf "$work" && mkdir -p "$work/docs"
python3 "$shared/tools/align_eval.py" make "$work/docs" --seed 7 >/dev/null
echo "| copies | source sentences | target sentences | lexicon | wall s | CPU s (user+sys) | peak MB | strict F1 | lax F1 |"
echo "|---|---|---|---|---|---|---|---|---|"
for copies in 10 100; do
  mkdir -p "$work/x$copies"
  python3 scripts/align-concat.py "$work/docs" "$copies" "$work/x$copies/all" >/dev/null
  for lexicon in none shipped; do
    flag=$([ "$lexicon" = none ] && echo --no-lexicon || true)
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$tolk" align "$work/x$copies/all.da" "$work/x$copies/all.en" \
      --presegmented --source-language da --target-language en $flag --output "$work/x$copies/all.tolk"
    read -r wall user sys peak < "$work/time"
    score=$(python3 "$shared/tools/align_eval.py" score "$work/x$copies" tolk)
    strict=$(sed -E 's/.*strict P=[0-9.]+ R=[0-9.]+ F1=([0-9.]+).*/\1/' <<<"$score")
    lax=$(sed -E 's/.*lax P=[0-9.]+ R=[0-9.]+ F1=([0-9.]+).*/\1/' <<<"$score")
    cpu=$(python3 -c "print(f'{$user + $sys:.2f}')")
    echo "| $copies | $(wc -l < "$work/x$copies/all.da") | $(wc -l < "$work/x$copies/all.en") | $lexicon | $wall | $cpu | $((peak / 1024)) | $strict | $lax |"
  done
done
echo "(machine load while measuring: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores)"
