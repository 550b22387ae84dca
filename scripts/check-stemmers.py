#!/usr/bin/env python3
"""Compare `tolk lexicon stem` with the reference Snowball stemmers (PyStemmer) on a word list.

Environment: python3 -m venv venv && venv/bin/pip install PyStemmer
Usage: scripts/check-stemmers.py [--tolk .build/release/tolk] [--data ../shared/data] [--show 20]
By default the words are the vocabulary of the MUSE Danish-English dictionaries (used to CHECK only; nothing
from them is committed): the Danish side for Danish, the English side for English. Prints agreement per language
and exits non-zero when either is below --minimum (default 0.995).
"""
import argparse
import os
import subprocess
import sys

import Stemmer


def vocabulary(folder, column):
    words = set()
    for name in ("da-en.txt", "en-da.txt"):
        path = os.path.join(folder, name)
        side = column if name == "da-en.txt" else 1 - column
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                fields = line.split()
                if len(fields) == 2:
                    words.add(fields[side].lower())
    return sorted(words)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tolk", default=".build/release/tolk")
    parser.add_argument("--data", default=os.path.join("..", "shared", "data"))
    parser.add_argument("--show", type=int, default=20, help="print this many disagreements per language")
    parser.add_argument("--minimum", type=float, default=0.995)
    args = parser.parse_args()
    folder = os.path.join(args.data, "muse-da-en-dictionaries")
    ok = True
    for code, name, column in (("da", "danish", 0), ("en", "english", 1)):
        words = vocabulary(folder, column)
        reference = Stemmer.Stemmer(name).stemWords(words)
        run = subprocess.run([args.tolk, "lexicon", "stem", "--language", code, "-"],
                             input="\n".join(words) + "\n", capture_output=True, text=True, check=True)
        ours = run.stdout.split("\n")[: len(words)]
        wrong = [(w, r, o) for w, r, o in zip(words, reference, ours) if r != o]
        agreement = 1 - len(wrong) / len(words)
        print(f"{code}: {len(words) - len(wrong)}/{len(words)} identical = {agreement:.4f}")
        for word, expected, got in wrong[: args.show]:
            print(f"  {word}\treference {expected}\ttolk {got}")
        ok = ok and agreement >= args.minimum
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
