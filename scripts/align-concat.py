#!/usr/bin/env python3
"""Concatenates the per-document files made by align_eval.py (DIR/<doc>.da, .en, .gold) into one long
document pair, repeated K times, with its gold beads: the speed and memory yardstick of `tolk align`.

  align-concat.py EVAL_DIR K OUT_PREFIX     writes OUT_PREFIX.da, OUT_PREFIX.en, OUT_PREFIX.gold
Standard library only (python3).
"""
import os, sys

def main(src, k, prefix):
    docs = sorted(f[:-5] for f in os.listdir(src) if f.endswith(".gold"))
    da, en, gold = [], [], []
    for _ in range(k):
        for doc in docs:
            s = open(os.path.join(src, doc + ".da"), encoding="utf-8").read().splitlines()
            t = open(os.path.join(src, doc + ".en"), encoding="utf-8").read().splitlines()
            for line in open(os.path.join(src, doc + ".gold"), encoding="utf-8"):
                line = line.strip()
                if not line:
                    continue
                a, b = line.split(":", 1)
                a = ",".join(str(int(x) + len(da)) for x in a.split(",") if x)
                b = ",".join(str(int(x) + len(en)) for x in b.split(",") if x)
                gold.append(a + ":" + b)
            da += s
            en += t
    for ext, lines in (("da", da), ("en", en), ("gold", gold)):
        with open(prefix + "." + ext, "w", encoding="utf-8") as out:
            out.write("\n".join(lines) + "\n")
    print(f"{len(da)} source, {len(en)} target sentences, {len(gold)} gold beads")

if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3])
