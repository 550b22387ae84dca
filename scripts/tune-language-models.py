#!/usr/bin/env python3
"""Tunes the detector's three numbers (n-gram weight, word weight, softmax temperature) on held-out text and writes
lexicons/language/parameters.tsv. Never reads the lingua test data.

Usage:
    python3 scripts/build-language-models.py --holdout --out /tmp/lid-holdout   # model without the tuning text
    python3 scripts/tune-language-models.py /tmp/lid-holdout [--write lexicons/language/parameters.tsv]

Held-out text: NTREX-128 for nb nn sv de nl is fi fo and the last tenth of the Europarl sample for da and en
(written by the build as heldout.tsv). From it: whole sentences, word pairs and single words (deterministic sample).
Scoring re-implements Sources/TolkLanguage/Evidence.swift on the same binary model, so it doubles as a check of
the format. Needs numpy (pip install numpy).
"""
import argparse, math, os, random, struct, sys
import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
build = __import__("build-language-models")

CORE9 = ["da", "nb", "nn", "sv", "en", "de", "nl", "is", "fi"]


class Model:
    def __init__(self, path):
        data = open(path, "rb").read()
        assert data[:8] == b"TOLKLID1"
        n, slots, npost = struct.unpack_from("<III", data, 8)
        self.langs = [data[20 + 4 * i:24 + 4 * i].rstrip(b"\0").decode() for i in range(n)]
        start = 20 + 4 * n
        self.slots = slots
        self.table = np.frombuffer(data, dtype="<u4", count=2 * slots, offset=start).reshape(slots, 2)
        self.post = data[start + 8 * slots:]

    def lookup(self, h):
        check, i = h >> 32, h & (self.slots - 1)
        while True:
            key, off = self.table[i]
            if off == 0:
                return None
            if key == check:
                p = off - 1
                cnt = self.post[p]
                return [(self.post[p + 1 + 2 * k], self.post[p + 2 + 2 * k]) for k in range(cnt)]
            i = (i + 1) & (self.slots - 1)

    def features(self, text):
        """(n-gram sum, word sum) per language, in nats, for one text."""
        ng = np.zeros(len(self.langs)); wd = np.zeros(len(self.langs))
        for w in build.words_of(text):
            w = w[:48]
            r = self.lookup(build.fnv(w.encode(), build.fnv(bytes([build.WORD_TAG]))))
            for li, q in r or []:
                wd[li] += q / build.STEP
            p = " " + w + " "
            for i in range(len(p)):
                for n in range(1, 6):
                    if i + n > len(p):
                        break
                    g = p[i:i + n]
                    if g == " ":
                        continue
                    for li, q in self.lookup(build.fnv(g.encode())) or []:
                        ng[li] += q / build.STEP
        return ng, wd


def samples(held, rng):
    sets = {"sentences": [], "word-pairs": [], "single-words": []}
    for lang, lines in held.items():
        lines = lines[:]
        rng.shuffle(lines)
        sets["sentences"] += [(lang, x) for x in lines[:300]]
        words = [w for x in lines[300:900] for w in x.split() if sum(c.isalpha() for c in w) >= 3]
        words = [w.strip(".,;:!?\"'()«»") for w in words]
        sets["single-words"] += [(lang, w) for w in rng.sample(words, min(300, len(words)))]
        pairs = [" ".join(x.split()[i:i + 2]) for x in lines[900:1500] for i in range(0, len(x.split()) - 1, 3)]
        sets["word-pairs"] += [(lang, p) for p in rng.sample(pairs, min(300, len(pairs)))]
    return sets


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("model_dir")
    ap.add_argument("--write")
    args = ap.parse_args()
    model = Model(os.path.join(args.model_dir, "model.bin"))
    held = {}
    for line in open(os.path.join(args.model_dir, "heldout.tsv"), encoding="utf-8"):
        lang, text = line.rstrip("\n").split("\t", 1)
        held.setdefault(lang, []).append(text)
    sets = samples(held, random.Random(7))
    feats = {k: [(lang, *model.features(t)) for lang, t in v] for k, v in sets.items()}
    idx9 = [model.langs.index(l) for l in CORE9]

    def accuracy(a, b, restrict, verbose=False):
        accs = {}
        for k, rows in feats.items():
            per = {}
            for lang, ng, wd in rows:
                if restrict and lang not in CORE9:
                    continue
                s = a * ng + b * wd
                cand = idx9 if restrict else range(len(model.langs))
                best = max(cand, key=lambda i: s[i])
                per.setdefault(lang, []).append(model.langs[best] == lang)
            accs[k] = np.mean([np.mean(v) for v in per.values()]) * 100
            if verbose:
                print(k, " ".join(f"{l} {np.mean(v) * 100:.1f}" for l, v in sorted(per.items())))
        return accs

    best = None
    for a in [0.03, 0.05, 0.1, 0.2]:
        for b in [0.5, 1.0, 2.0, 4.0]:
            acc = accuracy(a, b, True)
            mean = sum(acc.values()) / 3
            print(f"ngram {a} word {b}: " + " ".join(f"{k} {v:.1f}" for k, v in acc.items()) + f" mean {mean:.2f}")
            if best is None or mean > best[0]:
                best = (mean, a, b)
    _, a, b = best
    print("9 languages:", accuracy(a, b, True, True))
    print("all 18:", accuracy(a, b, False, True))
    # Temperature: minimize the log loss of the true language over the 9-language softmax.
    def logloss(t):
        total = 0.0; n = 0
        for rows in feats.values():
            for lang, ng, wd in rows:
                if lang not in CORE9:
                    continue
                s = (a * ng + b * wd)[idx9] / t
                s -= s.max()
                total -= s[CORE9.index(lang)] - math.log(np.exp(s).sum()); n += 1
        return total / n
    temps = [0.5, 0.75, 1.0, 1.5, 2.0, 3.0, 4.0, 6.0]
    t = min(temps, key=logloss)
    print(f"best: ngram_weight {a} word_weight {b} temperature {t} (log loss {logloss(t):.3f})")
    if args.write:
        with open(args.write, "w", encoding="utf-8") as f:
            f.write("name\tvalue\tprovenance\n")
            prov = "tune-language-models.py on held-out NTREX (nb nn sv de nl is fi fo) and Europarl (da en)"
            f.write(f"ngram_weight\t{a}\t{prov}\nword_weight\t{b}\t{prov}\ntemperature\t{t}\t{prov}\n")


if __name__ == "__main__":
    main()
