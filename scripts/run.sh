#!/usr/bin/env bash
# Set everything up, then evaluate the embedded default model (SmolLM2-135M-Instruct) on every suite.
# Extra arguments are Hydra overrides, e.g.: bash scripts/run.sh model=gemma3-270m profile=full
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/python -m slmtrust run "$@"
