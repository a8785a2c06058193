"""slmtrust: how far a small language model can be trusted, and what it costs to run."""

from pathlib import Path

__version__ = "0.1.0"
REPO_ROOT = Path(__file__).resolve().parents[1]  # the checkout: conf/, suites/ and docs/ live there
