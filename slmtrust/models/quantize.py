"""Quantised variants of a loaded transformers model (``model.quantization=...``).

A variant is a first-class model: its label goes into the fingerprint, so the response
cache, scorecards and the leaderboard keep ``int8`` apart from the float32 reference.

* ``none``: the weights as loaded (a GGUF file is de-quantised to ``model.dtype``).
* ``int8``: torch dynamic quantisation of every ``nn.Linear`` (int8 weights, activations
  quantised on the fly per batch); CPU only, from a float32 model.

Native GGUF execution (llama.cpp kernels) would need ``llama-cpp-python``; PyPI offers only
its source distribution (a long llama.cpp compile), so it is not offered here.
"""

from __future__ import annotations

from typing import Any

from ..util.errors import SlmtrustError

QUANTIZATIONS = {
    "none": "the weights as loaded",
    "int8": "torch dynamic int8 quantisation of the Linear layers (CPU, from float32)",
}
INT8_LABEL = "torch-int8-dynamic-linear"


def apply_quantization(model: Any, choice: Any, loaded_label: str, device: str, dtype_name: str) -> tuple[Any, str]:
    """Return the model to run and its quantisation label for the fingerprint."""
    choice = str(getattr(choice, "value", choice))
    if choice not in QUANTIZATIONS:
        valid = "; ".join(f"{k} ({v})" for k, v in QUANTIZATIONS.items())
        raise SlmtrustError(f"model.quantization={choice}: valid are {valid}")
    if choice == "none":
        return model, loaded_label
    if device != "cpu":
        raise SlmtrustError(f"model.quantization=int8 runs on CPU only (torch dynamic quantisation); got {device}")
    if dtype_name != "float32":
        raise SlmtrustError(f"model.quantization=int8 needs model.dtype=float32 (got {dtype_name})")
    import warnings

    import torch
    from torch.ao.quantization import quantize_dynamic

    with warnings.catch_warnings():  # torch.ao.quantization announces its move to torchao
        warnings.simplefilter("ignore")
        quantize_dynamic(model, {torch.nn.Linear}, dtype=torch.qint8, inplace=True)
    label = INT8_LABEL if loaded_label in ("none", "") else f"{loaded_label}+{INT8_LABEL}"
    return model, label
