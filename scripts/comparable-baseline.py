#!/usr/bin/env python3
"""The peer of `tolk match` on the comparable-coverage yardstick, run beside it: a bitextor-style lexicon baseline as
described in ../shared/notes/anchors.md (MUSE-translated bag of words, TF-IDF cosine, mutual-best document pairing,
greedy sentence matching). Evaluation only: MUSE is non-commercial and read here from ../shared/data at run time,
never shipped (../shared/data/SPLITS.md).

  python3 scripts/comparable-baseline.py DIR PRED.json [--muse ../shared/data/muse-da-en-dictionaries/da-en.txt]

DIR holds da/*.txt and en/*.txt as comparable_eval.py makes them; PRED.json is in the yardstick's prediction shape.
Standard library only (Python 3.8+).
"""
import sys, os, re, json, math, collections

WORD = re.compile(r"\w+", re.UNICODE)
# A sentence ends at . ! ? (with closing quotes) before white space and an upper-case letter, digit or quote,
# or at a blank line (paragraphs), as a simple splitter would.
SENTENCE = re.compile(r'(?<=[.!?])["”’)]*\s+(?=["“‘(]?[A-ZÆØÅ0-9])')


def sentences(text):
    out = []
    for paragraph in re.split(r"\n\s*\n", text):
        paragraph = " ".join(paragraph.split())
        if paragraph:
            out.extend(s.strip() for s in SENTENCE.split(paragraph) if s.strip())
    return out


def load_muse(path):
    table = collections.defaultdict(set)
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) == 2:
                table[parts[0].lower()].add(parts[1].lower())
    return table


def english_bag(text):
    return collections.Counter(w.lower() for w in WORD.findall(text))


def danish_bag(text, muse):
    bag = collections.Counter()
    for w in WORD.findall(text):
        w = w.lower()
        for t in muse.get(w, (w,)):  # untranslatable words (names, numbers) are kept as they are
            bag[t] += 1
    return bag


def tfidf(bags, idf):
    vectors = []
    for bag in bags:
        v = {w: c * idf.get(w, 0.0) for w, c in bag.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vectors.append({w: x / norm for w, x in v.items() if x})
    return vectors


def cosine(a, b):
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b.get(w, 0.0) for w, x in a.items())


def main():
    args = sys.argv[1:]
    muse_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "data",
                             "muse-da-en-dictionaries", "da-en.txt")
    if "--muse" in args:
        i = args.index("--muse"); muse_path = args[i + 1]; del args[i:i + 2]
    directory, output = args
    muse = load_muse(muse_path)
    names = {side: sorted(os.listdir(os.path.join(directory, side))) for side in ("da", "en")}
    texts = {side: [open(os.path.join(directory, side, n), encoding="utf-8").read() for n in names[side]]
             for side in ("da", "en")}
    sents = {side: [sentences(t) for t in texts[side]] for side in ("da", "en")}
    bags = {"da": [danish_bag(t, muse) for t in texts["da"]], "en": [english_bag(t) for t in texts["en"]]}
    documents = len(bags["da"]) + len(bags["en"])
    frequency = collections.Counter(w for side in bags for bag in bags[side] for w in bag)
    idf = {w: math.log(documents / c) for w, c in frequency.items()}
    vectors = {side: tfidf(bags[side], idf) for side in bags}
    # Mutual best document pairs above a floor.
    scores = [[cosine(d, e) for e in vectors["en"]] for d in vectors["da"]]
    best_en = [max(range(len(row)), key=row.__getitem__) if row else None for row in scores]
    best_da = [max(range(len(scores)), key=lambda i: scores[i][j]) for j in range(len(vectors["en"]))]
    pairs = [(i, j) for i, j in enumerate(best_en) if j is not None and best_da[j] == i and scores[i][j] >= 0.1]
    result = {"pairs": [], "unmatched_source": [], "unmatched_target": []}
    for i, j in pairs:
        da_vectors = tfidf([danish_bag(s, muse) for s in sents["da"][i]], idf)
        en_vectors = tfidf([english_bag(s) for s in sents["en"][j]], idf)
        candidates = sorted(((cosine(a, b), k, l) for k, a in enumerate(da_vectors) for l, b in enumerate(en_vectors)),
                            reverse=True)
        used_da, used_en, statements = set(), set(), []
        for score, k, l in candidates:  # greedy one-to-one
            if score < 0.3:
                break
            if k in used_da or l in used_en:
                continue
            used_da.add(k); used_en.add(l)
            statements.append({"source_text": sents["da"][i][k], "target_text": sents["en"][j][l], "score": score})
        result["pairs"].append({"source": names["da"][i], "target": names["en"][j], "score": scores[i][j],
                                "statements": statements})
    paired_da = {i for i, _ in pairs}; paired_en = {j for _, j in pairs}
    result["unmatched_source"] = [n for i, n in enumerate(names["da"]) if i not in paired_da]
    result["unmatched_target"] = [n for j, n in enumerate(names["en"]) if j not in paired_en]
    with open(output, "w", encoding="utf-8") as f:
        json.dump(result, f, ensure_ascii=False)


if __name__ == "__main__":
    main()
