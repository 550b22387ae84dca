#!/usr/bin/env python3
"""Builds Tests/TolkMatchTests/Fixtures/comparable-flores/ from FLORES-200 devtest (CC BY-SA 4.0).

Articles of FLORES devtest (grouped by their URL in metadata_devtest.tsv) become documents: each side keeps an
independent share of an article's sentences, some documents are reordered, one article is Danish-only and one
English-only. Writes source.jsonl (Danish), target.jsonl (English) and gold.json (pairs and the statements both
sides kept). Standard library only:  python3 scripts/make-comparable-fixture.py [../shared/data/flores200-devtest]
"""
import json, os, random, sys, collections

data = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..", "shared", "data",
                                                           "flores200-devtest")
out = os.path.join(os.path.dirname(__file__), "..", "Tests", "TolkMatchTests", "Fixtures", "comparable-flores")
urls = [line.split("\t")[0] for line in open(os.path.join(data, "metadata_devtest.tsv"), encoding="utf-8")][1:]
dan = open(os.path.join(data, "devtest", "dan_Latn.devtest"), encoding="utf-8").read().splitlines()
eng = open(os.path.join(data, "devtest", "eng_Latn.devtest"), encoding="utf-8").read().splitlines()
articles = collections.OrderedDict()
for index, url in enumerate(urls):
    articles.setdefault(url, []).append(index)
chosen = [lines for lines in articles.values() if len(lines) >= 4 and lines[0] >= 100][:8]
rng = random.Random(6)
os.makedirs(out, exist_ok=True)
source, target, gold = [], [], {"pairs": [], "unmatched_source": [], "unmatched_target": []}
for number, lines in enumerate(chosen):
    keep_source = [i for i in lines if rng.random() < 0.75] or lines[:1]
    keep_target = [i for i in lines if rng.random() < 0.75] or lines[-1:]
    if number % 2 == 1:
        rng.shuffle(keep_target)
    source_id, target_id = "da-%d" % (number + 1), "en-%d" % (number + 1)
    if number != 6:
        source.append({"id": source_id, "text": " ".join(dan[i] for i in keep_source)})
    if number != 7:
        target.append({"id": target_id, "text": " ".join(eng[i] for i in keep_target)})
    if number == 6:
        gold["unmatched_target"].append(target_id)
    elif number == 7:
        gold["unmatched_source"].append(source_id)
    else:
        common = [i for i in keep_source if i in keep_target]
        gold["pairs"].append({"source": source_id, "target": target_id, "flores_lines": [i + 1 for i in lines],
                              "statements": [{"source_text": dan[i], "target_text": eng[i]} for i in common]})
rng.shuffle(target)
with open(os.path.join(out, "source.jsonl"), "w", encoding="utf-8") as f:
    for record in source: f.write(json.dumps(record, ensure_ascii=False) + "\n")
with open(os.path.join(out, "target.jsonl"), "w", encoding="utf-8") as f:
    for record in target: f.write(json.dumps(record, ensure_ascii=False) + "\n")
with open(os.path.join(out, "gold.json"), "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=1)
print(len(gold["pairs"]), "pairs,", sum(len(p["statements"]) for p in gold["pairs"]), "shared statements ->", out)
