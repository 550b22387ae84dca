#!/usr/bin/env python3
"""Build a synthetic dated comparable corpus from two line-aligned files (one sentence per line, translations of
each other line by line; plain or .gz): documents of consecutive sentences, dated over a span of days, some of
them planted as same-event pairs (the same lines on both sides, published 0 to --offset-days apart), the others
on one side only (lines no other document uses, so they have no counterpart).

    python3 scale/make_corpus.py SOURCE_LINES TARGET_LINES OUT_FOLDER --documents 10000

Writes OUT_FOLDER/sources.jsonl and targets.jsonl (records id, language, date, text, in date order) and gold.tsv
(source id, target id, source date, target date of every planted pair). Same arguments, same files.
"""

import argparse
import datetime
import gzip
import json
import os
import random


def read_lines(path, limit):
    opener = gzip.open if path.endswith(".gz") else open
    lines = []
    with opener(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            lines.append(line.strip())
            if len(lines) >= limit:
                break
    return lines


def build(source_path, target_path, folder, documents, sentences, paired_share, start, days, offset_days, seed,
          source_language="da", target_language="en", single_source=None, single_target=None):
    """Writes the corpus; returns the number of planted pairs. With `single_source` and `single_target` (two more
    line-aligned files), the one-sided documents are made of their lines (the source's first lines, the target's
    after those), not of the paired files'."""
    paired = int(round(documents * paired_share))
    single = documents - paired
    needed = (paired + (0 if single_source else 2 * single)) * sentences
    source_lines = read_lines(source_path, needed)
    target_lines = read_lines(target_path, needed)
    if len(source_lines) < needed or len(target_lines) < needed:
        raise SystemExit(f"make_corpus: {documents} documents of {sentences} sentences need {needed} line pairs; "
                         f"the files have {min(len(source_lines), len(target_lines))}")
    if single_source and single_target:
        other_sources = read_lines(single_source, 2 * single * sentences)
        other_targets = read_lines(single_target, 2 * single * sentences)
        if min(len(other_sources), len(other_targets)) < 2 * single * sentences:
            raise SystemExit(f"make_corpus: {single_source}, {single_target}: too few lines")
        single_sources, single_targets, first_target = other_sources, other_targets, single
    else:
        single_sources, single_targets, first_target = source_lines[paired * sentences:], \
            target_lines[paired * sentences:], single
    generator = random.Random(seed)
    first = datetime.date.fromisoformat(start)

    def block(lines, index):
        return " ".join(line for line in lines[index * sentences:(index + 1) * sentences] if line)

    sources, targets, gold = [], [], []
    for index in range(paired):
        day = generator.randrange(days)
        offset = generator.randint(0, offset_days)
        source_date = first + datetime.timedelta(days=day)
        target_date = source_date + datetime.timedelta(days=offset)
        if generator.random() < 0.5:  # either side may publish first
            source_date, target_date = target_date, source_date
        sources.append((source_date, f"s{index:06d}", block(source_lines, index)))
        targets.append((target_date, f"t{index:06d}", block(target_lines, index)))
        gold.append((f"s{index:06d}", f"t{index:06d}", source_date.isoformat(), target_date.isoformat()))
    for number in range(single):
        source_date = first + datetime.timedelta(days=generator.randrange(days))
        target_date = first + datetime.timedelta(days=generator.randrange(days))
        sources.append((source_date, f"s{paired + number:06d}", block(single_sources, number)))
        targets.append((target_date, f"t{paired + number:06d}", block(single_targets, first_target + number)))
    os.makedirs(folder, exist_ok=True)
    for name, records, language in (("sources", sources, source_language), ("targets", targets, target_language)):
        records.sort()
        with open(os.path.join(folder, f"{name}.jsonl"), "w", encoding="utf-8") as handle:
            for date, identifier, text in records:
                handle.write(json.dumps({"id": identifier, "language": language, "date": date.isoformat(),
                                         "text": text}, ensure_ascii=False) + "\n")
    with open(os.path.join(folder, "gold.tsv"), "w", encoding="utf-8") as handle:
        handle.write("source\ttarget\tsource_date\ttarget_date\n")
        for row in gold:
            handle.write("\t".join(row) + "\n")
    return paired


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source_lines")
    parser.add_argument("target_lines")
    parser.add_argument("folder")
    parser.add_argument("--documents", type=int, default=1000, help="documents per side")
    parser.add_argument("--sentences", type=int, default=3, help="sentences per document")
    parser.add_argument("--paired-share", type=float, default=0.8, help="share of documents in planted pairs")
    parser.add_argument("--start", default="2024-01-01", help="first publication date")
    parser.add_argument("--days", type=int, default=365, help="dates spread over this many days")
    parser.add_argument("--offset-days", type=int, default=2, help="most days between a planted pair's dates")
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--single-source", help="line file of the one-sided source documents")
    parser.add_argument("--single-target", help="line file of the one-sided target documents")
    options = parser.parse_args()
    build(options.source_lines, options.target_lines, options.folder, options.documents, options.sentences,
          options.paired_share, options.start, options.days, options.offset_days, options.seed,
          single_source=options.single_source, single_target=options.single_target)


if __name__ == "__main__":
    main()
