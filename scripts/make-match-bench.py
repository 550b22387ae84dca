#!/usr/bin/env python3
"""Builds a large comparable-coverage collection for timing `tolk match`: NTREX-128's Danish-English documents
repeated with noise until each side holds N documents.

Every copy of a document gets its own names and numbers (each capitalised name inside a sentence is replaced by a
made-up name, the same on both sides; every digit run is shifted), keeps an independent 60% of its sentences on
each side (some copies reordered), and 12% of the copies exist on one side only, as in comparable_eval.py. The
output has the layout of comparable_eval.py (OUT/da, OUT/en, OUT/gold.json), so that script scores it too.

  python3 scripts/make-match-bench.py OUT_DIR N [--seed S]       (standard library only; reads ../shared/data)
"""
import sys, os, json, random, re, collections, hashlib

DATA = os.environ.get("NTREX", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "data",
                                             "ntrex128-news"))
SYLLABLES = ["ka", "lo", "mer", "vin", "sta", "ru", "del", "bor", "ni", "tex", "ham", "sol", "gri", "pa", "zu", "wen"]

def load():
    ids = [l.strip() for l in open(os.path.join(DATA, "DOCUMENT_IDS.tsv"), encoding="utf-8")]
    en = [l.rstrip("\n") for l in open(os.path.join(DATA, "NTREX-128", "newstest2019-src.eng.txt"), encoding="utf-8")]
    da = [l.rstrip("\n") for l in open(os.path.join(DATA, "NTREX-128", "newstest2019-ref.dan.txt"), encoding="utf-8")]
    docs = collections.OrderedDict()
    for i, d in enumerate(ids):
        docs.setdefault(d, []).append((da[i], en[i]))
    return [pairs for pairs in docs.values() if len(pairs) >= 4]

def made_up(name, copy):
    digest = hashlib.sha1(("%s/%d" % (name, copy)).encode()).digest()
    return "".join(SYLLABLES[b % len(SYLLABLES)] for b in digest[:3]).capitalize()

def perturb(pairs, copy):
    names = set()
    for _, en in pairs:
        for word in re.findall(r"(?<=[a-z,;] )[A-Z][a-z]{2,}", en):
            names.add(word)
    def rename(text):
        for name in sorted(names, key=len, reverse=True):
            text = re.sub(r"\b%s(s?)\b" % re.escape(name), lambda m: made_up(name, copy) + m.group(1), text)
        return re.sub(r"\d+", lambda m: str((int(m.group(0)) + 7 * copy) % (10 ** len(m.group(0)))).zfill(len(m.group(0))), text)
    return [(rename(da), rename(en)) for da, en in pairs]

def paragraphs(sents, rng):
    out, cur = [], []
    for s in sents:
        cur.append(s)
        if len(cur) >= rng.randint(1, 4): out.append(" ".join(cur)); cur = []
    if cur: out.append(" ".join(cur))
    return "\n\n".join(out) + "\n"

def main():
    out, n = sys.argv[1], int(sys.argv[2])
    seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 1
    rng = random.Random(seed)
    docs = load()
    os.makedirs(os.path.join(out, "da"), exist_ok=True); os.makedirs(os.path.join(out, "en"), exist_ok=True)
    gold = {"pairs": [], "unmatched_source": [], "unmatched_target": []}
    made = 0
    while made < n:
        copy, doc = divmod(made, len(docs))
        pairs = perturb(docs[doc], copy) if copy > 0 else docs[doc]
        r = rng.random()
        has_da, has_en = r >= 0.12, not (0.12 <= r < 0.24)
        kd = [i for i in range(len(pairs)) if rng.random() < 0.6] or [0]
        ke = [i for i in range(len(pairs)) if rng.random() < 0.6] or [len(pairs) - 1]
        if rng.random() < 0.5: rng.shuffle(kd)
        if rng.random() < 0.5: rng.shuffle(ke)
        dn, en = "%08x.txt" % rng.getrandbits(32), "%08x.txt" % rng.getrandbits(32)
        if has_da: open(os.path.join(out, "da", dn), "w", encoding="utf-8").write(paragraphs([pairs[i][0] for i in kd], rng))
        if has_en: open(os.path.join(out, "en", en), "w", encoding="utf-8").write(paragraphs([pairs[i][1] for i in ke], rng))
        if has_da and has_en:
            common = sorted(set(kd) & set(ke))
            gold["pairs"].append({"source": dn, "target": en, "statements": [
                {"source_text": pairs[i][0], "target_text": pairs[i][1]} for i in common]})
        elif has_da: gold["unmatched_source"].append(dn)
        else: gold["unmatched_target"].append(en)
        made += 1
    json.dump(gold, open(os.path.join(out, "gold.json"), "w", encoding="utf-8"), ensure_ascii=False)
    print("%d documents: %d pairs -> %s" % (n, len(gold["pairs"]), out))

main()
