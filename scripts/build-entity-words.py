#!/usr/bin/env python3
"""Builds lexicons/entities/capitalisation.tsv from Europarl (Koehn 2005), Danish and English sides.

For every word seen inside a sentence (never its first word), counts how often it is written with a lower-case
and with an upper-case first letter. A word that is nearly always lower case inside sentences is `common`
(a sentence-initial occurrence is then not evidence of a name); one that is nearly always capitalised is `name`.
The most frequent words of each language (articles, pronouns, auxiliaries, prepositions, and the corpus's
commonest nouns) are also listed as `frequent`: a capitalisation statistic the entity tagger reads as a feature
(not the language's function-word list, which is lexicons/phrasing/<language>/function-words.tsv).

Environment: Python 3 standard library only (no pip packages). Input: ../shared/data/europarl-da-en/
(europarl.da-en.da.gz, europarl.da-en.en.gz). Usage:
    python3 scripts/build-entity-words.py ../shared/data/europarl-da-en lexicons/entities/capitalisation.tsv
"""
import collections
import gzip
import re
import sys

WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
COMMON_LIMIT = 40000     # most frequent lower-case words kept per language
FREQUENT_LIMIT = 100     # most frequent words listed as `frequent`
COMMON_SHARE = 0.90      # share of lower-case uses inside sentences for `common`
NAME_SHARE = 0.95        # share of capitalised uses inside sentences for `name`
MIN_COMMON = 5
MIN_NAME = 8


def counts(path):
    lower, upper = collections.Counter(), collections.Counter()
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            words = WORD.findall(line)
            for word in words[1:]:
                if len(word) < 2 or word.isupper():
                    continue
                key = word.lower()
                if word[0].isupper():
                    upper[key] += 1
                elif word[0].islower():
                    lower[key] += 1
    return lower, upper


def rows(language, lower, upper):
    result = []
    common = [w for w, n in lower.most_common() if n >= MIN_COMMON and n / (n + upper[w]) >= COMMON_SHARE]
    for word in common[:COMMON_LIMIT]:
        result.append((language, word, "common", lower[word], upper[word]))
    total = lower + upper
    for word, _ in total.most_common(FREQUENT_LIMIT):
        result.append((language, word, "frequent", lower[word], upper[word]))
    for word, n in upper.items():
        if n >= MIN_NAME and n / (n + lower[word]) >= NAME_SHARE:
            result.append((language, word, "name", lower[word], n))
    return result


def main():
    folder, output = sys.argv[1], sys.argv[2]
    table = []
    for language in ("da", "en"):
        lower, upper = counts(f"{folder}/europarl.da-en.{language}.gz")
        table.extend(rows(language, lower, upper))
    table.sort(key=lambda row: (row[0], row[2], row[1]))
    with open(output, "w", encoding="utf-8") as out:
        out.write("language\tword\tclass\n")
        for row in table:
            out.write("\t".join(str(field) for field in row[:3]) + "\n")


if __name__ == "__main__":
    main()
