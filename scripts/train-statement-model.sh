#!/usr/bin/env bash
# Fits the statement model of comparable matching (lexicons/match/statement-model.tsv) from translated documents:
# FLORES-200 devtest articles (grouped by their source URL) and Europarl da-en (windows of 10 consecutive lines),
# both in ../shared/data. The trainer makes each document pseudo-comparable (see StatementModelTrainer).
#   scripts/train-statement-model.sh [SHARED_DATA] [EUROPARL_LINES]
set -euo pipefail
cd "$(dirname "$0")/.."
data=${1:-../shared/data}
lines=${2:-20000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$data" "$lines" "$work" <<'PY'
import gzip, os, sys
data, lines, work = sys.argv[1], int(sys.argv[2]), sys.argv[3]
flores = os.path.join(data, "flores200-devtest")
urls = [l.split("\t")[0] for l in open(os.path.join(flores, "metadata_devtest.tsv"), encoding="utf-8")][1:]
da = open(os.path.join(flores, "devtest", "dan_Latn.devtest"), encoding="utf-8").read().splitlines()
en = open(os.path.join(flores, "devtest", "eng_Latn.devtest"), encoding="utf-8").read().splitlines()
assert len(urls) == len(da) == len(en)
docs = []
for i, url in enumerate(urls):
    if i == 0 or urls[i - 1] != url:
        docs.append([])
    docs[-1].append((da[i], en[i]))
with gzip.open(os.path.join(data, "europarl-da-en", "europarl.da-en.da.gz"), "rt", encoding="utf-8") as fd, \
     gzip.open(os.path.join(data, "europarl-da-en", "europarl.da-en.en.gz"), "rt", encoding="utf-8") as fe:
    window = []
    for n, (d, e) in enumerate(zip(fd, fe)):
        if n >= lines:
            break
        d, e = " ".join(d.split()), " ".join(e.split())
        if d and e and len(d.split()) >= 4:
            window.append((d, e))
        if len(window) == 10:
            docs.append(window)
            window = []
with open(os.path.join(work, "source.txt"), "w", encoding="utf-8") as s, \
     open(os.path.join(work, "target.txt"), "w", encoding="utf-8") as t:
    for doc in docs:
        for d, e in doc:
            s.write(d + "\n")
            t.write(e + "\n")
        s.write("\n")
        t.write("\n")
PY
swift build -c release --product tolk-train >&2
.build/release/tolk-train statements "$work/source.txt" "$work/target.txt" da en > "$work/model.tsv"
mv "$work/model.tsv" lexicons/match/statement-model.tsv
cat lexicons/match/statement-model.tsv
