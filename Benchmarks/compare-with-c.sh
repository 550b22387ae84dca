#!/usr/bin/env bash
# Segmentation throughput of Tolk (TolkText, Swift) and of the C baseline (same ICU calls, no Swift layer) on the
# same corpus in one run: NTREX-128 Danish + English news text repeated to 50 MB (from ../shared/data).
#
# Runs `swift package benchmark --target SegmentThroughput` (3 iterations per pipeline; the benchmark writes the
# corpus to the temporary folder), then the C program 3 times per pipeline on that same file, and prints the best
# user CPU time of each and the ratio. CPU time is compared: on a shared machine wall-clock time mostly measures the
# other processes. Needs cc and libicu-dev (apt-get install -y libicu-dev).
# Usage: bash Benchmarks/compare-with-c.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cc -O2 -o "$work/segment-baseline" "$here/c-baseline/segment-baseline.c" -licuuc -licudata
(cd "$here" && swift package benchmark --target SegmentThroughput) | tee "$work/swift.txt"
corpus="${TMPDIR:-/tmp}/tolk-ntrex-50mb.txt"
[ -f "$corpus" ] || { echo "no corpus at $corpus (is ../shared/data there?)" >&2; exit 1; }
bytes=$(stat -c %s "$corpus")
for mode in tokens sentences; do
  flag=""; [ "$mode" = sentences ] && flag="--sentences-only"
  for run in 1 2 3; do "$work/segment-baseline" $flag "$corpus"; done | tee "$work/c-$mode.txt"
done
python3 - "$work" "$bytes" <<'PY'
import re, sys
work, size = sys.argv[1], int(sys.argv[2])
text = open(f"{work}/swift.txt", encoding="utf-8").read()
def swift_best(name):
    # The p0 (best) "Time (user CPU) (ms)" of the benchmark whose title starts with `name`.
    part = text.split("\n" + name, 1)[1]  # the table's title line (progress lines name it after a colon)
    row = re.search(r"Time \(user CPU\) \(ms\) \*?\s*│\s*([0-9]+)", part)
    return int(row.group(1)) / 1000
def c_best(mode):
    return min(float(m) for m in re.findall(r"user-cpu-seconds ([0-9.]+)", open(f"{work}/c-{mode}.txt").read()))
print(f"\ncorpus: {size / 1e6:.1f} MB")
print("| pipeline | Tolk (Swift), best user CPU of 3 | C baseline, best user CPU of 3 | ratio |")
print("|---|---|---|---|")
for label, name, mode in (("decode + NFC + sentences + word tokens", "normalize+segment+tokens,", "tokens"),
                          ("decode + NFC + sentences", "normalize+segment,", "sentences")):
    s, c = swift_best(name), c_best(mode)
    print(f"| {label} | {s:.2f} s = {size / 1e6 / s:.1f} MB/s | {c:.2f} s = {size / 1e6 / c:.1f} MB/s | {s / c:.2f}x |")
PY
