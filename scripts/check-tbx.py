#!/usr/bin/env python3
"""Reads a TBX file written by `tolk glossary --format tbx` with an independent reader: translate-toolkit's
TBX support (`from translate.storage import tbx`), and checks it holds the expected term entries.

Usage: /work/venv/bin/python scripts/check-tbx.py FILE.tbx [--min 100] [--tsv SAME-GLOSSARY.tsv]
Environment: python3 -m venv VENV && VENV/bin/pip install translate-toolkit  (pulls lxml)
With --tsv, every entry's source and target term must equal the TSV row of the same rank.
"""
import argparse, sys
from translate.storage import tbx

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("file")
    parser.add_argument("--min", type=int, default=100)
    parser.add_argument("--tsv")
    args = parser.parse_args()
    with open(args.file, "rb") as f:
        store = tbx.tbxfile.parsestring(f.read())
    units = [u for u in store.units if u.source]
    print(f"{args.file}: {len(units)} term entries read by translate-toolkit {tbx.__name__}")
    problems = 0
    if len(units) < args.min:
        print(f"FAIL: fewer than {args.min} entries"); problems += 1
    for unit in units[:5]:
        print(f"  {unit.getid() or '-'}: {unit.source!r} -> {unit.target!r}")
    empty = [u for u in units if not u.target]
    if empty:
        print(f"FAIL: {len(empty)} entries without a target term"); problems += 1
    if args.tsv:
        with open(args.tsv, encoding="utf-8") as f:
            rows = [line.rstrip("\n").split("\t") for line in f][1:]
        mismatched = [(u.source, u.target, r[0], r[1]) for u, r in zip(units, rows) if (u.source, u.target) != (r[0], r[1])]
        if len(rows) != len(units) or mismatched:
            print(f"FAIL: TSV has {len(rows)} rows, TBX {len(units)} entries; {len(mismatched)} differ, e.g. {mismatched[:3]}")
            problems += 1
        else:
            print(f"  all {len(units)} entries equal the TSV rows (source and target, in order)")
    print("OK" if problems == 0 else f"{problems} problem(s)")
    sys.exit(1 if problems else 0)

if __name__ == "__main__":
    main()
