"""A run's ``run.log``: library warnings (transformers' deprecations, torch's FutureWarnings)
belong in the record of the run, where they can be read later, not between the progress bars."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

FILENAME = "run.log"
LIBRARY_LOGGERS = ("transformers", "torch", "datasets", "huggingface_hub", "accelerate", "py.warnings")


@contextmanager
def captured(run_dir: Path) -> Iterator[Path]:
    """Send library log records and Python warnings to ``run_dir/run.log`` (and not to the
    screen) while the block runs; slmtrust's own records go there too and keep their usual
    handlers. Everything is put back afterwards."""
    path = Path(run_dir) / FILENAME
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    saved = {}
    hf_default = _transformers_default_handler(enable=False)
    logging.captureWarnings(True)
    for name in LIBRARY_LOGGERS:
        logger = logging.getLogger(name)
        saved[name] = (logger.handlers[:], logger.propagate)
        logger.handlers = [handler]
        logger.propagate = False
    own = logging.getLogger("slmtrust")
    own.addHandler(handler)
    try:
        yield path
    finally:
        own.removeHandler(handler)
        for name, (handlers, propagate) in saved.items():
            logger = logging.getLogger(name)
            logger.handlers, logger.propagate = handlers, propagate
        logging.captureWarnings(False)
        if hf_default:
            _transformers_default_handler(enable=True)
        handler.close()


def _transformers_default_handler(enable: bool) -> bool:
    """Switch transformers' own stderr handler; True if it was on (so it is put back)."""
    try:
        from transformers.utils import logging as hf_logging
    except ImportError:  # the models extra is not installed: nothing to silence
        return False
    root = logging.getLogger("transformers")
    if enable:
        hf_logging.enable_default_handler()
        return True
    was_on = any(h is getattr(hf_logging, "_default_handler", None) for h in root.handlers)
    hf_logging.disable_default_handler()
    return was_on
