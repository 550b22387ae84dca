#!/usr/bin/env python3
"""Harder variants of the NTREX-128 alignment yardstick: the same documents as ../shared/tools/align_eval.py,
perturbed with more merges and drops, and optionally runs of consecutive drops (a lost paragraph).

  align-harder.py OUT_DIR [--seed N] [--merge P] [--drop P] [--run K]
Writes OUT_DIR/<doc>.da, .en, .gold like `align_eval.py make`; score with `align_eval.py score OUT_DIR SUFFIX`.
--run K: each drop removes K consecutive sentences from one side (K=1 is align_eval's behaviour).
Standard library only; imports align_eval.py from SHARED (default ../shared) for the data loader.
"""
import argparse, os, random, sys

def perturb(pairs, rng, p_merge, p_del, run):
    beads = [([d], [e]) for d, e in pairs]
    out, i = [], 0
    while i < len(beads):
        s, t = beads[i]
        r = rng.random()
        if r < p_del:
            side = 0 if r < p_del / 2 else 1
            for s2, t2 in beads[i:i + run]:
                out.append((s2, []) if side == 0 else ([], t2))
            i += len(beads[i:i + run])
            continue
        if i + 1 < len(beads) and r < p_del + p_merge:
            s2, t2 = beads[i + 1]
            if rng.random() < 0.5:
                out.append(([s[0] + " " + s2[0]], t + t2))
            else:
                out.append((s + s2, [t[0] + " " + t2[0]]))
            i += 2
            continue
        out.append((s, t))
        i += 1
    return out

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--merge", type=float, default=0.30)
    parser.add_argument("--drop", type=float, default=0.10)
    parser.add_argument("--run", type=int, default=1)
    args = parser.parse_args()
    shared = os.environ.get("SHARED", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared"))
    sys.path.insert(0, os.path.join(shared, "tools"))
    import align_eval
    os.makedirs(args.out, exist_ok=True)
    rng = random.Random(args.seed)
    docs = align_eval.load()
    for doc, pairs in docs.items():
        src, tgt, gold = [], [], []
        for s, t in perturb(pairs, rng, args.merge, args.drop, args.run):
            si = list(range(len(src), len(src) + len(s))); src += s
            ti = list(range(len(tgt), len(tgt) + len(t))); tgt += t
            gold.append(",".join(map(str, si)) + ":" + ",".join(map(str, ti)))
        name = doc.replace("/", "_")
        for ext, lines in (("da", src), ("en", tgt), ("gold", gold)):
            with open(os.path.join(args.out, name + "." + ext), "w", encoding="utf-8") as f:
                f.write("\n".join(lines) + "\n")
    print(f"{len(docs)} documents written to {args.out} (merge {args.merge}, drop {args.drop}, run {args.run})")

if __name__ == "__main__":
    main()
