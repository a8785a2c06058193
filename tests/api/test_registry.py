"""The registry: names resolve lazily to classes of the right kind, once each."""

from __future__ import annotations

import subprocess
import sys

import pytest

from slmtrust.api.registry import BASES, REGISTRY, Registry, conforms
from slmtrust.util.errors import SlmtrustError


def test_every_registered_name_resolves_to_its_kind() -> None:
    from slmtrust.models.base import Backend
    from slmtrust.suites.base import Suite

    for name in REGISTRY.names("backend"):  # Backend is a Protocol: its methods are what counts
        backend = REGISTRY.resolve("backend", name, "model.backend")
        assert conforms(backend, Backend) and all(callable(getattr(backend, m)) for m in ("info", "generate", "score"))
    for name in REGISTRY.names("procedure"):
        assert issubclass(REGISTRY.resolve("procedure", name, "suites.x.procedure"), Suite)
    assert REGISTRY.names("scorer/toxicity") == ["detoxify", "embedded", "offline"]
    for name in REGISTRY.names("scorer/toxicity"):
        assert callable(REGISTRY.resolve("scorer/toxicity", name, "scorer/toxicity").score)


@pytest.mark.parametrize(
    "kind,spec,message",
    [
        ("backend", "slmtrust.suites.hallucination:HallucinationSuite", "is not a Backend"),
        ("procedure", "slmtrust.models.scripted:ScriptedBackend", "is not a Suite"),
        ("procedure", "os:system", "is not a Suite"),
        ("scorer/toxicity", "slmtrust.suites.hallucination:HallucinationSuite", "is not a ToxicityScorer"),
        ("backend", "slmtrust.scoring.toxicity:OfflineScorer", "is not a Backend"),
        ("backend", "nosuch", "unknown model.backend 'nosuch'; valid: lm_eval, openai, scripted, transformers"),
        ("backend", "slmtrust.nosuch:X", "cannot be loaded: No module named 'slmtrust.nosuch'"),
        ("backend", "slmtrust.models:Nothing", "cannot be loaded"),
        ("tokenizer", "x", "unknown registry kind 'tokenizer'"),
    ],
)
def test_wrong_kinds_and_unknown_names_are_one_line_errors(kind: str, spec: str, message: str) -> None:
    with pytest.raises(SlmtrustError) as err:
        REGISTRY.resolve(kind, spec, "model.backend")
    assert message in str(err.value) and "\n" not in str(err.value)


def test_a_name_is_registered_once() -> None:
    registry = Registry(BASES)
    registry.add("backend", "mine", "slmtrust.models.scripted:ScriptedBackend")
    registry.add("backend", "mine", "slmtrust.models.scripted:ScriptedBackend")  # the same entry again: fine
    with pytest.raises(SlmtrustError, match="'mine' is already slmtrust.models.scripted:ScriptedBackend"):
        registry.add("backend", "mine", "slmtrust.models.hf:TransformersBackend")
    with pytest.raises(SlmtrustError, match="must be 'package.module:attr'"):
        registry.add("backend", "other", "slmtrust.models.hf")
    assert registry.resolve("backend", "mine", "model.backend").__name__ == "ScriptedBackend"
    assert "mine" not in REGISTRY.names("backend")  # a fresh registry does not touch the shared one


def test_importing_the_registry_loads_nothing_it_names() -> None:
    code = (
        "import sys; import slmtrust.api.registry as r; "
        "print(sorted(m for m in sys.modules if m.startswith(('slmtrust.models', 'slmtrust.suites', "
        "'slmtrust.scoring', 'torch', 'transformers'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
