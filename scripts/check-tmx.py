#!/usr/bin/env python3
"""Reads a TMX file written by `tolk align --format tmx` with translate-toolkit (an independent TMX reader)
and checks that it holds the expected number of translation units, each with source and target text.

  check-tmx.py FILE.tmx EXPECTED_UNITS
Environment: python3 with translate-toolkit (`pip install translate-toolkit`); on this project's machines
/work/venv/bin/python has it.
"""
import sys
from translate.storage import tmx

def main(path, expected):
    with open(path, "rb") as handle:
        store = tmx.tmxfile(handle)
    units = [unit for unit in store.units if not unit.isheader()]
    empty = [unit for unit in units if not unit.source or not unit.target]
    print(f"{path}: {len(units)} translation units read by translate-toolkit ({len(empty)} with an empty side)")
    if len(units) != expected or empty:
        print(f"expected {expected} units, all with both sides", file=sys.stderr)
        return 1
    return 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2])))
