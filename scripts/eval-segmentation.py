#!/usr/bin/env python3
"""Sentence-boundary F1 of `tolk segment` on real text, beside a plain regex splitter and ICU's rules alone.

Data (read from ../shared/data beside the clone, or --data DIR):
  Danish:  uner-danish-ddt/da_ddt-ud-test.iob2 (and -dev, as a second check), its `# text =` lines are the gold sentences. They are joined, in
           order, into paragraphs of at most 10 sentences; a gold sentence without final punctuation (a headline or
           byline in the source, such as "Af Vibeke Scheibel") ends its paragraph, as it stood on its own line.
  English: flores200-devtest/devtest/eng_Latn.devtest, one gold sentence per line; consecutive lines with the same
           URL in metadata_devtest.tsv form one paragraph (one article). FLORES lines are translation units: 121 of
           them hold two or more sentences (and multi-sentence quotations), so a splitter that finds those real
           boundaries is counted wrong against the raw line gold. The adjudicated gold
           (scripts/data/flores-devtest-eng-adjudicated.tsv, every candidate line read and decided by hand) adds
           those 130 boundaries inside lines; both figures are printed.
  English: uner-english-ewt/en_ewt-ud-test.iob2 (UD English Web Treebank test, gold sentences from the treebank):
           the sentences of each `# newdoc` document form one paragraph, joined as for Danish.
Scored: boundaries inside paragraphs (a line end is a boundary for every splitter, so counting it inflates the
figures); the last column also counts paragraph ends, for comparison. Positions are counted in non-space characters,
so splitters may trim spaces differently.

Splitters: the regex `(?<=[.!?])\s+`; ICU's sentence break iterator alone (scripts/icu-sentences.c, compiled here with
cc and libicu-dev; skipped when that fails); ICU with Tolk's generic rules but no language data (`--language und`);
and `tolk segment --language da|en`.

Usage: python3 scripts/eval-segmentation.py [--tolk .build/release/tolk] [--data ../shared/data] [--show-errors]
Needs Python 3 (standard library), cc with libicu-dev, and a built tolk (swift build -c release --product tolk).
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

END_PUNCTUATION = tuple('.!?:;"»”)\'’…')


def danish_paragraphs(data, split="test"):
    path = os.path.join(data, "uner-danish-ddt", f"da_ddt-ud-{split}.iob2")
    sentences = [line[len("# text = "):].strip() for line in open(path, encoding="utf-8")
                 if line.startswith("# text = ")]
    paragraphs, current = [], []
    for sentence in sentences:
        current.append(sentence)
        if len(current) == 10 or not sentence.endswith(END_PUNCTUATION):
            paragraphs.append(current)
            current = []
    if current:
        paragraphs.append(current)
    return paragraphs


def english_paragraphs(data):
    root = os.path.join(data, "flores200-devtest")
    lines = [line.rstrip("\n") for line in open(os.path.join(root, "devtest", "eng_Latn.devtest"), encoding="utf-8")]
    urls = [row.split("\t")[0] for row in open(os.path.join(root, "metadata_devtest.tsv"), encoding="utf-8")][1:]
    assert len(urls) == len(lines), "metadata and text differ in length"
    paragraphs, current, previous = [], [], None
    for url, line in zip(urls, lines):
        if url != previous and current:
            paragraphs.append(current)
            current = []
        current.append(line.strip())
        previous = url
    if current:
        paragraphs.append(current)
    return paragraphs


def adjudicated(paragraphs, data, path):
    """The FLORES paragraphs with each line the adjudicated file splits replaced by its sentences."""
    lines = [line.rstrip("\n") for line in open(os.path.join(data, "flores200-devtest", "devtest", "eng_Latn.devtest"),
                                                  encoding="utf-8")]
    splits = {}
    with open(path, encoding="utf-8") as handle:
        rows = [row.rstrip("\n").split("\t") for row in handle if not row.startswith("#")]
    for number, row in enumerate(rows[1:], start=2):
        if len(row) < 3 or not row[0].isdigit():
            sys.exit(f"{path}: bad row {number} after the header: {row}")
        line, split = int(row[0]), row[2]
        if not 1 <= line <= len(lines) or split.replace("\u2016", "") != lines[line - 1]:
            sys.exit(f"{path}: line {line} does not match FLORES devtest line {line}")
        splits[lines[line - 1].strip()] = [part.strip() for part in split.split("\u2016")]
    result = []
    for paragraph in paragraphs:
        result.append([part for line in paragraph for part in splits.get(line, [line])])
    return result


def ewt_paragraphs(data):
    path = os.path.join(data, "uner-english-ewt", "en_ewt-ud-test.iob2")
    paragraphs, current = [], []
    for line in open(path, encoding="utf-8"):
        if line.startswith("# newdoc") and current:
            paragraphs.append(current)
            current = []
        elif line.startswith("# text = "):
            current.append(line[len("# text = "):].strip())
    if current:
        paragraphs.append(current)
    return paragraphs


def boundaries(sentences):
    """Internal boundaries of one paragraph, as counts of non-space characters before each boundary."""
    result, position = set(), 0
    for sentence in sentences[:-1]:
        position += len(re.sub(r"\s", "", sentence))
        result.add(position)
    return result


def regex_split(paragraph):
    """The plain splitter: a break after . ! or ? followed by white space."""
    return [part for part in re.split(r"(?<=[.!?])\s+", paragraph) if part]


def icu_splitter(here):
    """Compiles scripts/icu-sentences.c into a temporary folder; returns the program's path, or None."""
    folder = tempfile.mkdtemp(prefix="tolk-icu-")
    program = os.path.join(folder, "icu-sentences")
    result = subprocess.run(["cc", "-O2", "-o", program, os.path.join(here, "icu-sentences.c"), "-licuuc"],
                            capture_output=True)
    return program if result.returncode == 0 else None


def icu_split(program, language, paragraphs):
    text = "".join(" ".join(p) + "\n" for p in paragraphs)
    output = subprocess.run([program, language], input=text.encode("utf-8"), check=True,
                            capture_output=True).stdout.decode("utf-8")
    return [block.split("\n") for block in output.split("\n\n")[:len(paragraphs)]]


def tolk_split(tolk, language, paragraphs):
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt", delete=False) as handle:
        handle.write("\n\n".join(" ".join(p) for p in paragraphs) + "\n")
        path = handle.name
    try:
        output = subprocess.run([tolk, "segment", path, "--format", "json", "--language", language,
                                 "--keep-boilerplate"], check=True, capture_output=True).stdout
    finally:
        os.unlink(path)
    document = json.loads(output)
    return [[s["text"] for s in paragraph["sentences"]] for paragraph in document["paragraphs"]]


def score(gold_paragraphs, predicted_paragraphs):
    assert len(gold_paragraphs) == len(predicted_paragraphs), \
        f"{len(gold_paragraphs)} gold paragraphs, {len(predicted_paragraphs)} predicted"
    true_positive = false_positive = false_negative = 0
    for gold, predicted in zip(gold_paragraphs, predicted_paragraphs):
        g, p = boundaries(gold), boundaries(predicted)
        true_positive += len(g & p)
        false_positive += len(p - g)
        false_negative += len(g - p)
    precision = true_positive / max(true_positive + false_positive, 1)
    recall = true_positive / max(true_positive + false_negative, 1)
    f1 = 2 * precision * recall / max(precision + recall, 1e-9)
    # Counting each paragraph's end as one more boundary that every splitter finds:
    ends = len(gold_paragraphs)
    all_precision = (true_positive + ends) / max(true_positive + false_positive + ends, 1)
    all_recall = (true_positive + ends) / max(true_positive + false_negative + ends, 1)
    all_f1 = 2 * all_precision * all_recall / max(all_precision + all_recall, 1e-9)
    return precision, recall, f1, true_positive + false_negative, all_f1


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tolk", default=os.path.join(here, "..", ".build", "release", "tolk"))
    parser.add_argument("--data", default=os.path.join(here, "..", "..", "shared", "data"))
    parser.add_argument("--show-errors", action="store_true", help="print the paragraphs where tolk differs")
    arguments = parser.parse_args()
    if not os.path.isdir(arguments.data):
        sys.exit(f"no data folder at {arguments.data} (pass --data)")
    adjudication = os.path.join(here, "data", "flores-devtest-eng-adjudicated.tsv")
    icu = icu_splitter(here)
    if icu is None:
        print("(cc or libicu-dev missing: no row for ICU alone)", file=sys.stderr)
    print("| text | gold boundaries inside paragraphs | splitter | precision | recall | F1 | F1 counting paragraph ends |")
    print("|---|---|---|---|---|---|---|")
    flores = english_paragraphs(arguments.data)
    for name, language, paragraphs, gold in (
            ("Danish, UNER DDT test", "da", danish_paragraphs(arguments.data), None),
            ("Danish, UNER DDT dev", "da", danish_paragraphs(arguments.data, "dev"), None),
            ("English, FLORES devtest eng_Latn, raw line gold", "en", flores, None),
            ("English, FLORES devtest eng_Latn, adjudicated gold", "en", flores,
             adjudicated(flores, arguments.data, adjudication)),
            ("English, UD EWT test (UNER)", "en", ewt_paragraphs(arguments.data), None)):
        gold = gold or paragraphs
        runs = [("regex `(?<=[.!?])\\s+`", [regex_split(" ".join(p)) for p in paragraphs])]
        if icu:
            runs.append(("ICU sentence break alone", icu_split(icu, language, paragraphs)))
        runs += [("ICU + generic rules, no abbreviation lists (`--language und`)",
                  tolk_split(arguments.tolk, "und", paragraphs)),
                 (f"tolk segment --language {language}", tolk_split(arguments.tolk, language, paragraphs))]
        for label, predicted in runs:
            precision, recall, f1, count, all_f1 = score(gold, predicted)
            print(f"| {name} | {count} | {label} | {precision:.4f} | {recall:.4f} | {f1:.4f} | {all_f1:.4f} |")
        if arguments.show_errors:
            for expected, predicted in zip(gold, runs[-1][1]):
                if boundaries(expected) != boundaries(predicted):
                    print("GOLD:", *expected, sep="\n  ")
                    print("TOLK:", *predicted, sep="\n  ")


if __name__ == "__main__":
    main()
