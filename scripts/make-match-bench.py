#!/usr/bin/env python3
"""Builds a large comparable-coverage collection for timing `tolk match`: N Danish x N English documents with the
sampling of comparable_eval.py (each side keeps an independent 60% of a story's sentences, half of the sides
reordered, 12% of the stories on one side only), scored by that script too (OUT/da, OUT/en, OUT/gold.json).

The stories are NTREX-128's Danish-English news documents first, then consecutive runs of 6 to 20 sentence pairs of
the Danish-English Europarl proceedings (../shared/data/europarl-da-en), so that every story is a different text.
An earlier version repeated the 123 NTREX documents with their names and digits changed; those copies shared
every other translated sentence with each other, which real collections of different articles never do (articles
about one event share names and topics, not translated sentences), so its pairing scores measured the generator.
Europarl also holds what real collections do hold: neighbouring runs from one debate share speakers and topics.
The lexicon is induced from Europarl, so statement scores on this collection are optimistic; it is for timing.

  python3 scripts/make-match-bench.py OUT_DIR N [--seed S]      (standard library only; reads ../shared/data)
"""
import sys, os, json, random, collections, gzip

SHARED = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "data")
DATA = os.environ.get("NTREX", os.path.join(SHARED, "ntrex128-news"))
EUROPARL = os.environ.get("EUROPARL", os.path.join(SHARED, "europarl-da-en"))

def load():
    ids = [l.strip() for l in open(os.path.join(DATA, "DOCUMENT_IDS.tsv"), encoding="utf-8")]
    en = [l.rstrip("\n") for l in open(os.path.join(DATA, "NTREX-128", "newstest2019-src.eng.txt"), encoding="utf-8")]
    da = [l.rstrip("\n") for l in open(os.path.join(DATA, "NTREX-128", "newstest2019-ref.dan.txt"), encoding="utf-8")]
    docs = collections.OrderedDict()
    for i, d in enumerate(ids):
        docs.setdefault(d, []).append((da[i], en[i]))
    return [pairs for pairs in docs.values() if len(pairs) >= 4]

def europarl_stories(rng, count):
    """`count` runs of 6 to 20 consecutive (Danish, English) sentence pairs, in corpus order."""
    stories = []
    with gzip.open(os.path.join(EUROPARL, "europarl.da-en.da.gz"), "rt", encoding="utf-8") as da, \
         gzip.open(os.path.join(EUROPARL, "europarl.da-en.en.gz"), "rt", encoding="utf-8") as en:
        story, length = [], rng.randint(6, 20)
        for d, e in zip(da, en):
            d, e = d.strip(), e.strip()
            if not d or not e: continue
            story.append((d, e))
            if len(story) == length:
                stories.append(story)
                if len(stories) == count: return stories
                story, length = [], rng.randint(6, 20)
    sys.exit("make-match-bench: Europarl holds fewer than %d stories" % count)

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
    if n > len(docs): docs += europarl_stories(random.Random(seed + 1), n - len(docs))
    os.makedirs(os.path.join(out, "da"), exist_ok=True); os.makedirs(os.path.join(out, "en"), exist_ok=True)
    gold = {"pairs": [], "unmatched_source": [], "unmatched_target": []}
    made = 0
    while made < n:
        pairs = docs[made]
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
