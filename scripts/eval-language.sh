#!/usr/bin/env bash
# Language identification side by side with the peers, in one run: builds tolk in release mode with the Swift
# standard library linked statically (as a shipped command-line binary is; start-up is part of every call) and runs
# scripts/lid-compare.py on lingua's test data, 9 candidates. Needs ../shared (or SHARED=...) and a Python with the
# peers: python3 -m venv VENV && VENV/bin/pip install lingua-language-detector pycld2 langid; PYTHON=VENV/bin/python.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${SHARED:-../shared}
python=${PYTHON:-python3}
[ -d "$shared/data/lingua-language-testdata" ] || { echo "eval-language: no lingua test data under $shared/data" >&2; exit 2; }
swift build -c release --static-swift-stdlib --product tolk --scratch-path .build-static >/dev/null
echo "(machine load before the run: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores)"
TOLK=$PWD/.build-static/release/tolk "$python" scripts/lid-compare.py "$shared/data/lingua-language-testdata"
