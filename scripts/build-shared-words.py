#!/usr/bin/env python3
"""Writes lexicons/da-en/shared-words.tsv: words written alike and in common use in both Danish and English
(names such as Toronto or Campbell, loanwords such as server or soundtrack) that no other lexicon file knows,
each translated as itself with a low weight (0.3), so that lookup has an answer for them without ever
outranking a real translation.

Source: wordfreq (Robyn Speer, data CC BY-SA 4.0): a word qualifies when its Zipf frequency is at least
--minimum-zipf in both the Danish and the English list, it has only letters (hyphen allowed), and it is at least
three letters long. Words that any other file in lexicons/da-en/ has as a Danish or English headword are left out.

Environment: python3 -m venv venv && venv/bin/pip install wordfreq==3.1.1
Usage: venv/bin/python scripts/build-shared-words.py [--lexicons lexicons] [--minimum-zipf 2.5]
"""
import argparse
import glob
import os
import unicodedata

import wordfreq


def headwords(folder, output):
    danish, english = set(), set()
    for path in sorted(glob.glob(os.path.join(folder, "*.tsv"))):
        if os.path.abspath(path) == os.path.abspath(output):
            continue
        with open(path, encoding="utf-8") as handle:
            header = handle.readline().rstrip("\n").split("\t")
            source, target = header.index("source"), header.index("target")
            for line in handle:
                fields = line.rstrip("\n").split("\t")
                danish.add(fields[source].lower())
                english.add(fields[target].lower())
    return danish, english


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lexicons", default="lexicons")
    parser.add_argument("--minimum-zipf", type=float, default=2.5)
    args = parser.parse_args()
    folder = os.path.join(args.lexicons, "da-en")
    output = os.path.join(folder, "shared-words.tsv")
    known_danish, known_english = headwords(folder, output)
    danish = wordfreq.get_frequency_dict("da")
    english = wordfreq.get_frequency_dict("en")
    rows = []
    for word in danish:
        word = unicodedata.normalize("NFC", word)
        if len(word) < 3 or not word.replace("-", "").isalpha() or word not in english:
            continue
        if word in known_danish or word in known_english:
            continue
        if min(wordfreq.zipf_frequency(word, "da"), wordfreq.zipf_frequency(word, "en")) < args.minimum_zipf:
            continue
        rows.append(f"{word}\t{word}\t\t0.3\twordfreq\tidentical\n")
    with open(output, "w", encoding="utf-8") as handle:
        handle.write("source\ttarget\tpos\tweight\torigin\tcategory\n")
        handle.writelines(sorted(rows))
    print(f"{output}: {len(rows)} entries")


if __name__ == "__main__":
    main()
