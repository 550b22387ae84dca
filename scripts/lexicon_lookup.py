"""Asks `tolk lexicon lookup` for the best translation of many words at once (used by eval-lexicon.py and
tune-lexicon.py), and scores the answers against a gold table."""
import os
import subprocess


def lookup(tolk, source, target, words, data_dir=None):
    """The first translation `tolk` gives for each word, lower-cased: {word: translation}. `data_dir`, when given,
    is the TOLK_DATA folder to read the lexicon from."""
    env = dict(os.environ)
    if data_dir:
        env["TOLK_DATA"] = data_dir
    run = subprocess.run([tolk, "lexicon", "lookup", "--source", source, "--target", target, "--limit", "1", "-"],
                         input="\n".join(words) + "\n", capture_output=True, text=True, env=env, check=True)
    answers = {}
    for line in run.stdout.split("\n"):
        fields = line.split("\t")
        if len(fields) >= 2 and fields[1]:
            answers[fields[0]] = fields[1].lower()
    return answers


def score(table, answers):
    """(words in the table, words answered, words answered with one of the table's translations)."""
    answered = sum(1 for word in table if word in answers)
    right = sum(1 for word, targets in table.items() if answers.get(word) in targets)
    return len(table), answered, right
