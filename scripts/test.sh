#!/usr/bin/env bash
# Set everything up, lint, then run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/ruff check slmtrust tests benchmarks suites
# one model cache for the tests (GGUF de-quantised once), kept between runs in .cache/
export SLMTRUST_TEST_CACHE=${SLMTRUST_TEST_CACHE:-$PWD/.cache/test-models}
exec .venv/bin/python -m pytest -q -p no:cacheprovider --timeout 900 "$@"
