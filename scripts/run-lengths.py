#!/usr/bin/env python3
"""Lines of every subcommand's run() in Sources/tolk (from the `func run()` line to its closing brace, both
counted), longest first. Usage: python3 scripts/run-lengths.py [--max N] (exit 1 when one is longer than N)."""
import os, re, sys
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Sources", "tolk")
rows = []
for name in sorted(os.listdir(root)):
    if not name.endswith(".swift"):
        continue
    lines = open(os.path.join(root, name), encoding="utf-8").read().split("\n")
    for i, line in enumerate(lines):
        m = re.match(r"^(\s*)(?:mutating )?func run\(\)", line)
        if not m:
            continue
        indent = m.group(1)
        for j in range(i + 1, len(lines)):
            if lines[j] == indent + "}":
                rows.append((j - i + 1, name, i + 1))
                break
rows.sort(reverse=True)
for length, name, line in rows:
    print(f"{length}\t{name}:{line}")
limit = int(sys.argv[sys.argv.index("--max") + 1]) if "--max" in sys.argv else None
sys.exit(1 if limit is not None and rows and rows[0][0] > limit else 0)
