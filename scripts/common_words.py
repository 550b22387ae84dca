"""The words that Tolk's data knows as lower-case words in either language (used by the gazetteer generators to
leave out place names that are also common words)."""


def lower_case_words(capitalisation, lexicons):
    """Words that lexicons/entities/capitalisation.tsv marks `common` or `function`, and the one-word lower-case
    entries of each lexicon TSV file in `lexicons` (its first two columns)."""
    words = set()
    with open(capitalisation, encoding="utf-8") as rows:
        next(rows)
        for row in rows:
            _, word, kind = row.rstrip("\n").split("\t")
            if kind in ("common", "function"):
                words.add(word)
    for path in lexicons:
        with open(path, encoding="utf-8") as rows:
            for row in rows:
                for word in row.split("\t")[:2]:
                    if word and word.islower() and " " not in word:
                        words.add(word)
    return words
