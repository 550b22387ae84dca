#!/usr/bin/env python3
"""Mention-level F1 of `tolk entities` on Universal NER gold data (PER, ORG, LOC in IOB2).

Usage (from the clone, after `swift build -c release`):
    python3 scripts/eval-entities.py da ../shared/data/uner-danish-ddt/da_ddt-ud-test.iob2
    python3 scripts/eval-entities.py en ../shared/data/uner-english-ewt/en_ewt-ud-test.iob2
Options: --tolk PATH (default .build/release/tolk), --chunk N (sentences per document when the file has no
`# newdoc` lines; default 20), --errors N (print N false positives and misses).

Each document is written as one sentence per line (the `# text` line) and given to `tolk entities` as a file;
gold token spans are located in that text and compared by UTF-8 byte range. A predicted mention counts when
its span is exactly a gold span ("typed" also needs the same type). Demonym mentions (form `demonym`: "russiske",
"Russian") are not names in UNER and are left out. Python 3 standard library only.
"""
import argparse
import collections
import os
import subprocess
import sys
import tempfile

KINDS = {"PER": "person", "ORG": "organisation", "LOC": "place"}


def documents(path, chunk):
    docs, sentences, text, tokens = [], [], None, []
    saw_newdoc = False
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            line = line.rstrip("\n")
            if line.startswith("# newdoc"):
                saw_newdoc = True
                if sentences:
                    docs.append(sentences)
                    sentences = []
            elif line.startswith("# text = "):
                text = line[len("# text = "):]
            elif not line.strip():
                if text is not None:
                    sentences.append((text, tokens))
                text, tokens = None, []
            elif not line.startswith("#"):
                fields = line.split("\t")
                tokens.append((fields[1], fields[2]))
    if text is not None:
        sentences.append((text, tokens))
    if sentences:
        docs.append(sentences)
    if not saw_newdoc:
        flat = [s for d in docs for s in d]
        docs = [flat[i:i + chunk] for i in range(0, len(flat), chunk)]
    return docs


def gold_spans(sentences):
    """Gold mentions as (start, end, kind) byte offsets in the document text, and the text."""
    spans, lines, offset = [], [], 0
    for text, tokens in sentences:
        cursor, current = 0, None
        for token, tag in tokens:
            found = text.find(token, cursor)
            if found < 0:
                current = None
                continue
            start = offset + len(text[:found].encode("utf-8"))
            end = start + len(token.encode("utf-8"))
            cursor = found + len(token)
            if tag.startswith("B-") and tag[2:] in KINDS:
                current = [start, end, KINDS[tag[2:]]]
                spans.append(current)
            elif tag.startswith("I-") and current is not None:
                current[1] = end
            else:
                current = None
        lines.append(text)
        offset += len(text.encode("utf-8")) + 1
    return [tuple(s) for s in spans], "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("language")
    parser.add_argument("iob2")
    parser.add_argument("--tolk", default=".build/release/tolk")
    parser.add_argument("--chunk", type=int, default=20)
    parser.add_argument("--errors", type=int, default=0)
    args = parser.parse_args()
    docs = documents(args.iob2, args.chunk)
    gold, texts = {}, {}
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for index, sentences in enumerate(docs):
            spans, text = gold_spans(sentences)
            path = os.path.join(folder, f"doc{index:05d}.txt")
            with open(path, "w", encoding="utf-8") as out:
                out.write(text)
            gold[path], texts[path] = spans, text.encode("utf-8")
            paths.append(path)
        result = subprocess.run([args.tolk, "entities", "--language", args.language, *paths],
                                capture_output=True, text=True, check=True)
    predicted = collections.defaultdict(list)
    for line in result.stdout.splitlines()[1:]:
        path, start, end, kind, form = line.split("\t")[:5]
        if form == "name":
            predicted[path].append((int(start), int(end), kind))
    counts = collections.Counter()
    per_kind = collections.defaultdict(collections.Counter)
    false_positives, misses = [], []
    for path in paths:
        g, p = set(gold[path]), set(predicted[path])
        g_spans, p_spans = {s[:2] for s in g}, {s[:2] for s in p}
        counts["gold"] += len(g)
        counts["pred"] += len(p)
        counts["typed"] += len(g & p)
        counts["untyped"] += len(g_spans & p_spans)
        for kind in KINDS.values():
            gk, pk = {s for s in g if s[2] == kind}, {s for s in p if s[2] == kind}
            per_kind[kind]["gold"] += len(gk)
            per_kind[kind]["pred"] += len(pk)
            per_kind[kind]["hit"] += len(gk & pk)
        show = lambda s: texts[path][s[0]:s[1]].decode("utf-8", "replace") + " " + s[2]
        false_positives += [show(s) for s in sorted(p - g)]
        misses += [show(s) for s in sorted(g - p)]

    def prf(hit, pred, gold_count):
        p = hit / pred if pred else 0.0
        r = hit / gold_count if gold_count else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    print(f"file\t{args.iob2}\ndocuments\t{len(docs)}\tgold mentions\t{counts['gold']}\tpredicted\t{counts['pred']}")
    print("measure\tprecision\trecall\tF1")
    for name, hit in (("typed", counts["typed"]), ("untyped", counts["untyped"])):
        print(name + "\t" + "\t".join(f"{v:.3f}" for v in prf(hit, counts["pred"], counts["gold"])))
    for kind, c in per_kind.items():
        print(kind + "\t" + "\t".join(f"{v:.3f}" for v in prf(c["hit"], c["pred"], c["gold"])))
    if args.errors:
        print("false positives:", "; ".join(false_positives[:args.errors]))
        print("misses:", "; ".join(misses[:args.errors]))


if __name__ == "__main__":
    sys.exit(main())
