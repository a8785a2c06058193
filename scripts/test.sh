#!/usr/bin/env bash
# Set everything up, lint, then run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# the leaderboard browser test drives Debian's chromium through Playwright (which never downloads
# a browser here); install it when missing and apt is usable (~2 min once), else that test skips
if ! command -v chromium >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo -n"; fi
  { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null; } ||
    echo "note: could not install chromium with apt; the leaderboard browser test will be skipped"
fi
.venv/bin/ruff check slmtrust tests benchmarks suites
.venv/bin/ruff format --check slmtrust tests benchmarks suites
# one model cache for the tests (GGUF de-quantised once), kept between runs in .cache/
export SLMTRUST_TEST_CACHE=${SLMTRUST_TEST_CACHE:-$PWD/.cache/test-models}
exec .venv/bin/python -m pytest -q -p no:cacheprovider --timeout 900 "$@"
