#!/usr/bin/env python3
"""Evaluates `tolk glossary` against the MUSE Danish-English dictionaries (evaluation only: MUSE is
non-commercial and never shipped or used to build anything Tolk ships).

Two runs, both on NTREX-128 (../shared/data/ntrex128-news, the alignment yardstick):
  parallel:   tolk glossary newstest2019-ref.dan.txt newstest2019-src.eng.txt --presegmented
  comparable: python3 ../shared/tools/comparable_eval.py make DIR --seed 1, then
              tolk glossary DIR/da DIR/en --comparable  (glossary over the matched statements of `tolk match`)
For each, the top N single-word pairs by score (N = 300 by default) are judged: a pair is correct when
(source, target) is in MUSE da-en.txt or (target, source) in en-da.txt, lower-cased (the strict figure, the one
the issue's bar is about). A second, looser figure is printed when PyStemmer is installed: a pair also counts when
MUSE lists some pair whose two words have the same Snowball stems ("komme" / "come" by MUSE's "kommer" / "comes";
MUSE lists many inflected forms but few Danish infinitives). It is a lemma-level reading of the same dictionary,
shown beside the strict figure, never instead of it.

Usage: python3 scripts/eval-glossary.py [--tolk .build/release/tolk] [--top 300] [--show 30] [--data ../shared/data]
Needs the Python standard library (python3 >= 3.8); for the same-stem figure PyStemmer (pip install PyStemmer,
as in /work/venv: /work/venv/bin/python scripts/eval-glossary.py).
"""
import argparse, os, subprocess, sys, tempfile

def load_muse(data):
    folder = os.path.join(data, "muse-da-en-dictionaries")
    pairs = set()
    for name, flip in (("da-en.txt", False), ("en-da.txt", True)):
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            for line in f:
                parts = line.split()
                if len(parts) != 2:
                    continue
                a, b = parts[0].lower(), parts[1].lower()
                pairs.add((b, a) if flip else (a, b))
    return pairs

def stemmers():
    """Snowball stemmers (PyStemmer) for the same-stem figure, or None when PyStemmer is not installed."""
    try:
        import Stemmer
    except ImportError:
        return None
    return Stemmer.Stemmer("danish"), Stemmer.Stemmer("english")

def stem_pairs(pairs, stem):
    return {(stem[0].stemWord(a), stem[1].stemWord(b)) for a, b in pairs}

def read_glossary(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        if header[:6] != ["source", "target", "count", "score", "category", "known"]:
            sys.exit(f"{path}: unexpected header {header}")
        for line in f:
            fields = line.rstrip("\n").split("\t")
            rows.append(dict(zip(header, fields)))
    rows.sort(key=lambda r: -float(r["score"]))  # the file is sorted already; keep the contract explicit
    return rows

def judge(rows, muse, top, show, label, stem=None, muse_stems=None):
    single = [r for r in rows if " " not in r["source"] and " " not in r["target"]][:top]
    correct = [(r["source"].lower(), r["target"].lower()) in muse for r in single]
    n = len(single)
    hits = sum(correct)
    print(f"## {label}: {hits}/{n} = {100.0 * hits / max(1, n):.1f}% of the top {n} single-word pairs in MUSE")
    print("   by depth: " + ", ".join(f"top {k}: {100.0 * sum(correct[:k]) / k:.1f}%" for k in (50, 100, 200) if k <= n))
    if stem:
        same = sum(ok or (stem[0].stemWord(r["source"].lower()), stem[1].stemWord(r["target"].lower())) in muse_stems
                   for r, ok in zip(single, correct))
        print(f"   same-stem judge (a pair MUSE lists in another form of both words, Snowball stems): "
              f"{same}/{n} = {100.0 * same / max(1, n):.1f}%")
    multi = [r for r in rows if " " in r["source"] or " " in r["target"]]
    print(f"   entries: {len(rows)} ({len(multi)} multiword); known to the shipped lexicon: "
          f"{sum(r['known'] == 'true' for r in single)}/{n} of the top {n}")
    print("   rank | source | target | count | score | category | known | MUSE")
    for i, (r, ok) in enumerate(zip(single[:show], correct[:show]), 1):
        print(f"   {i} | {r['source']} | {r['target']} | {r['count']} | {r['score']} | {r['category']} | "
              f"{r['known']} | {'yes' if ok else 'NO'}")
    wrong = [r for r, ok in zip(single, correct) if not ok]
    print("   not in MUSE: " + ", ".join(f"{r['source']}/{r['target']}" for r in wrong))
    if multi:
        print("   multiword (top 15): " + ", ".join(f"{r['source']}/{r['target']} ({r['count']})" for r in multi[:15]))
    return hits, n

def main():
    parser = argparse.ArgumentParser()
    here = os.path.dirname(os.path.abspath(__file__))
    parser.add_argument("--tolk", default=os.path.join(here, "..", ".build", "release", "tolk"))
    parser.add_argument("--data", default=os.path.join(here, "..", "..", "shared", "data"))
    parser.add_argument("--tools", default=None)
    parser.add_argument("--top", type=int, default=300)
    parser.add_argument("--show", type=int, default=30)
    parser.add_argument("--keep", default=None, help="folder to keep the two glossaries in (parallel.tsv, comparable.tsv)")
    parser.add_argument("--extra", action="append", default=[], help="more tolk glossary options, e.g. --extra=--identical-names")
    args = parser.parse_args()
    tools = args.tools or os.path.join(args.data, "..", "tools")
    muse = load_muse(args.data)
    stem = stemmers()
    muse_stems = stem_pairs(muse, stem) if stem else None
    ntrex = os.path.join(args.data, "ntrex128-news", "NTREX-128")
    with tempfile.TemporaryDirectory() as scratch:
        work = args.keep or scratch
        os.makedirs(work, exist_ok=True)
        parallel = os.path.join(work, "parallel.tsv")
        subprocess.run([args.tolk, "glossary", os.path.join(ntrex, "newstest2019-ref.dan.txt"),
                        os.path.join(ntrex, "newstest2019-src.eng.txt"), "--presegmented",
                        "--source-language", "da", "--target-language", "en", "--output", parallel] + args.extra, check=True)
        judge(read_glossary(parallel), muse, args.top, args.show, "NTREX-128 parallel (--presegmented)", stem,
              muse_stems)
        comparable_dir = os.path.join(work, "comparable")
        subprocess.run([sys.executable, os.path.join(tools, "comparable_eval.py"), "make", comparable_dir,
                        "--seed", "1"], check=True, stdout=subprocess.DEVNULL)
        comparable = os.path.join(work, "comparable.tsv")
        subprocess.run([args.tolk, "glossary", os.path.join(comparable_dir, "da"), os.path.join(comparable_dir, "en"),
                        "--comparable", "--source-language", "da", "--target-language", "en",
                        "--output", comparable] + args.extra, check=True)
        judge(read_glossary(comparable), muse, args.top, args.show, "NTREX-128 comparable (seed 1, --comparable)",
              stem, muse_stems)

if __name__ == "__main__":
    main()
