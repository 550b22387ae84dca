#!/usr/bin/env bash
# The test command: installs what the tests need, builds, runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
swift build --build-tests
swift test --skip-build
# The scale driver (scale/): its tests run the debug tolk under Dask distributed, installed from PyPI into a
# virtual environment under .build (Debian's python3 needs python3-venv for that).
if ! python3 -m venv .build/scale-venv >/dev/null 2>&1; then
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  $sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3 python3-venv
  python3 -m venv .build/scale-venv
fi
.build/scale-venv/bin/python -m pip install --quiet --disable-pip-version-check -r scale/requirements.txt
TOLK=.build/debug/tolk .build/scale-venv/bin/python -m unittest discover -s scale
