#!/usr/bin/env bash
# Four-fold cross-validation of the Danish entity tagger on UNER DDT train, and the same on DDT dev: the figures
# that choose features and settings (the test file is never read). DDT train is cut into four contiguous quarters
# at multiples of 20 sentences (the documents of scripts/eval-entities.py); each quarter is tagged through the whole
# pipeline (`tolk entities`) by a Danish model trained, as scripts/train-entities.sh trains it, on the other three
# quarters and the EWT train draft (`--keep-development-out`: the quarter only chooses the passes); dev the same
# with all of DDT train. Prints each part's typed P/R/F1, the pooled cross-validation figure and the trainer's
# own mean dev F1 over passes 5-12 (tagger alone, independent of the chosen pass).
# Usage: bash scripts/cv-entities.sh [DATA_DIR] [-- extra `tolk entities train` options, e.g. --members 3]
# Env: OUT (work folder, default /tmp/tolk-entities-cv), TOLK (default .build/release/tolk).
set -euo pipefail
cd "$(dirname "$0")/.."
data=../shared/data
if [ $# -gt 0 ] && [ "$1" != "--" ]; then data=$1; shift; fi
[ "${1:-}" = "--" ] && shift
out=${OUT:-/tmp/tolk-entities-cv}
tolk=${TOLK:-.build/release/tolk}
ewt="$data/uner-english-ewt/en_ewt-ud-train.draft-0c7ce0d.iob2"
ddt="$data/uner-danish-ddt"
mkdir -p "$out"
python3 - "$ddt/da_ddt-ud-train.iob2" "$out" <<'EOF'
import os, sys
source, out = sys.argv[1], sys.argv[2]
sentences, current = [], []
for line in open(source, encoding="utf-8"):
    current.append(line)
    if not line.strip():
        if any(l.strip() and not l.startswith("#") for l in current):
            sentences.append("".join(current))
        current = []
if any(l.strip() and not l.startswith("#") for l in current):
    sentences.append("".join(current) + "\n")
size = len(sentences) // 4 // 20 * 20
for fold in range(4):
    low, high = fold * size, len(sentences) if fold == 3 else (fold + 1) * size
    for name, part in (("held", sentences[low:high]), ("rest", sentences[:low] + sentences[high:])):
        with open(os.path.join(out, f"{name}{fold}.iob2"), "w", encoding="utf-8") as file:
            file.write("".join(part))
EOF
run() {  # name, training file, development file, extra options
    local name=$1 training=$2 development=$3
    shift 3
    rm -rf "$out/lex-$name"
    cp -r lexicons "$out/lex-$name"
    "$tolk" entities train --language da --training "$training" --training "$ewt" --development "$development" \
        --output "$out/lex-$name/entities/tagger-da.bin" --passes 12 --keep-development-out "$@" > "$out/$name.train"
    TOLK_DATA="$out/lex-$name" python3 scripts/eval-entities.py da "$development" --tolk "$tolk" > "$out/$name.eval"
}
for fold in 0 1 2 3; do run "f$fold" "$out/rest$fold.iob2" "$out/held$fold.iob2" "$@"; done
run dev "$ddt/da_ddt-ud-train.iob2" "$ddt/da_ddt-ud-dev.iob2" "$@"
python3 - "$out" <<'EOF'
import sys
out = sys.argv[1]
def scores(name):
    rows = {}
    for line in open(f"{out}/{name}.eval"):
        fields = line.rstrip("\n").split("\t")
        if fields[0] == "documents":
            rows["gold"], rows["pred"] = int(fields[3]), int(fields[5])
        elif fields[0] in ("typed", "organisation"):
            rows[fields[0]] = tuple(float(v) for v in fields[1:4])
    return rows
def trainer_mean(name):
    values = [float(l.split()[1]) for l in open(f"{out}/{name}.train") if l[:1].isdigit() and len(l.split()) > 1]
    return sum(values[4:12]) / len(values[4:12])
hit = gold = predicted = 0
for name in ("f0", "f1", "f2", "f3", "dev"):
    s = scores(name)
    print(f"{name}\ttyped P/R/F1 %.3f/%.3f/%.3f\torganisation %.3f/%.3f/%.3f\ttrainer mean passes 5-12 %.4f"
          % (*s["typed"], *s["organisation"], trainer_mean(name)))
    if name != "dev":
        hit += round(s["typed"][1] * s["gold"])
        gold += s["gold"]
        predicted += s["pred"]
p, r = hit / predicted, hit / gold
folds = sum(trainer_mean(f"f{i}") for i in range(4)) / 4
print(f"cross-validation pooled typed P %.4f R %.4f F1 %.4f; trainer mean of the folds %.4f" % (p, r, 2 * p * r / (p + r), folds))
EOF
