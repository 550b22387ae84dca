#!/usr/bin/env python3
"""Precision@1 and coverage of `tolk lexicon lookup` on the MUSE Danish-English test splits, per origin and combined.

Environment: plain python3 (no packages). Needs a built tolk (swift build -c release) and ../shared/data.
Usage: scripts/eval-lexicon.py [--tolk .build/release/tolk] [--data ../shared/data] [--split 5000-6500]

For each direction (da->en: da-en.SPLIT.txt, en->da: en-da.SPLIT.txt) every distinct source word is looked up
once; the first translation counts; it is right when it equals (ignoring case) any gold target of that word.
A word without an answer counts as wrong. "coverage" is the share of words with an answer, "P@1 covered" the
precision on those. Per-origin rows run the same lookup on a data folder holding only that origin's file
(morphology included), so they show what each source contributes. MUSE is used to evaluate only.
"""
import argparse
import collections
import os
import shutil
import subprocess
import sys
import tempfile

from lexicon_lookup import lookup, score

ORIGIN_FILES = {
    "europarl": ["europarl.tsv"],
    "freedict": ["freedict.tsv"],
    "cldr": ["cldr.tsv"],
    "team (demonyms, reporting)": ["demonyms.tsv", "reporting.tsv"],
    "shared words (wordfreq)": ["shared-words.tsv"],
    "combined without shared words": ["europarl.tsv", "freedict.tsv", "cldr.tsv", "demonyms.tsv", "reporting.tsv"],
}


def gold(path):
    table = collections.OrderedDict()
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            fields = line.split()
            if len(fields) == 2:
                table.setdefault(fields[0], set()).add(fields[1].lower())
    return table


def subset_folder(root, lexicons, files):
    folder = os.path.join(root, "lexicons")
    os.makedirs(os.path.join(folder, "da-en"))
    for name in files:
        shutil.copy(os.path.join(lexicons, "da-en", name), os.path.join(folder, "da-en", name))
    for language in ("da", "en"):
        if os.path.isdir(os.path.join(lexicons, language)):
            shutil.copytree(os.path.join(lexicons, language), os.path.join(folder, language))
    return folder


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tolk", default=".build/release/tolk")
    parser.add_argument("--data", default=os.path.join("..", "shared", "data"))
    parser.add_argument("--lexicons", default="lexicons")
    parser.add_argument("--split", default="5000-6500")
    args = parser.parse_args()
    folder = os.path.join(args.data, "muse-da-en-dictionaries")
    directions = [("da", "en", gold(os.path.join(folder, f"da-en.{args.split}.txt"))),
                  ("en", "da", gold(os.path.join(folder, f"en-da.{args.split}.txt")))]
    rows = [("combined", None)]
    with tempfile.TemporaryDirectory() as root:
        for origin, files in ORIGIN_FILES.items():
            if all(os.path.exists(os.path.join(args.lexicons, "da-en", name)) for name in files):
                rows.append((origin, subset_folder(os.path.join(root, origin.split()[0]), args.lexicons, files)))
        print("| lexicon | direction | words | answered (coverage) | right | P@1 | P@1 covered |")
        print("|---|---|---|---|---|---|---|")
        for name, data_dir in rows:
            for source, target, table in directions:
                answers = lookup(args.tolk, source, target, list(table), data_dir or os.path.abspath(args.lexicons))
                total, answered, right = score(table, answers)
                covered = right / answered if answered else 0.0
                print(f"| {name} | {source}->{target} | {total} | {answered} ({answered / total:.3f}) | {right} "
                      f"| {right / total:.3f} | {covered:.3f} |")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
