"""The one registry: short names for backends, suite procedures and toxicity scorers.

Entries are ``module:attr`` strings, imported only when used, so naming a backend costs nothing
until it is built (``--help`` and ``list`` stay instant) and this module imports no layer above
it. A configuration may also give a ``package.module:Class`` path instead of a name; either way
the object must be a subclass of its kind's base class, so a suite class given as a backend is
one clear error at start-up rather than an AttributeError an hour into a run.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

from ..util.errors import SlmtrustError

BASES = {  # kind -> the base class every entry of that kind must subclass
    "backend": "slmtrust.models.base:Backend",
    "procedure": "slmtrust.suites.base:Suite",
    "scorer/toxicity": "slmtrust.scoring.toxicity:ToxicityScorer",
}


def load_object(spec: str, what: str) -> Any:
    """The object a ``module:attr`` path names; one line naming ``what`` when it cannot be loaded."""
    module, sep, attr = spec.partition(":")
    if not sep or not module or not attr:
        raise SlmtrustError(f"{what} '{spec}': expected 'package.module:attr'")
    try:
        return getattr(import_module(module), attr)
    except (ImportError, AttributeError) as exc:
        raise SlmtrustError(f"{what} '{spec}' cannot be loaded: {exc}") from exc


def conforms(obj: Any, base: type) -> bool:
    """``obj`` is a class that subclasses ``base``, or, for a Protocol base, has its methods."""
    if not isinstance(obj, type):
        return False
    if getattr(base, "_is_protocol", False):
        methods = [k for k, v in vars(base).items() if callable(v) and not k.startswith("_")]
        return all(callable(getattr(obj, m, None)) for m in methods)
    return issubclass(obj, base)


class Registry:
    """Names of each kind mapped to ``module:attr`` targets; a name is registered once."""

    def __init__(self, bases: dict[str, str]) -> None:
        self._bases = dict(bases)
        self._entries: dict[str, dict[str, str]] = {kind: {} for kind in bases}

    def add(self, kind: str, name: str, target: str) -> None:
        table = self._table(kind)
        if ":" not in target or ":" in name:
            raise SlmtrustError(f"registry {kind} '{name}': target must be 'package.module:attr', got '{target}'")
        if name in table and table[name] != target:
            raise SlmtrustError(f"registry {kind} '{name}' is already {table[name]}; cannot also be {target}")
        table[name] = target

    def names(self, kind: str) -> list[str]:
        return sorted(self._table(kind))

    def target(self, kind: str, name: str) -> str | None:
        return self._table(kind).get(name)

    def resolve(self, kind: str, spec: str, what: str) -> type:
        """The class a registered name or a ``module:Class`` path gives; ``what`` is the config
        field it came from, for the error message."""
        table = self._table(kind)
        target = table.get(spec, spec)
        if ":" not in target:
            raise SlmtrustError(f"unknown {what} '{spec}'; valid: {', '.join(sorted(table))} or 'package.module:Class'")
        obj = load_object(target, what)
        base = load_object(self._bases[kind], f"{kind} base")
        if not conforms(obj, base):
            raise SlmtrustError(f"{what} '{spec}' is not a {base.__name__} (it is {obj!r})")
        return obj

    def _table(self, kind: str) -> dict[str, str]:
        if kind not in self._entries:
            raise SlmtrustError(f"unknown registry kind '{kind}'; valid: {', '.join(self._entries)}")
        return self._entries[kind]


REGISTRY = Registry(BASES)
for _kind, _name, _target in (
    ("backend", "transformers", "slmtrust.models.hf:TransformersBackend"),
    ("backend", "scripted", "slmtrust.models.scripted:ScriptedBackend"),
    ("backend", "openai", "slmtrust.models.openai_compat:OpenAIBackend"),  # OpenAI-compatible servers
    ("backend", "lm_eval", "slmtrust.models.lm_eval_backend:LmEvalBackend"),  # any lm-eval model type
    ("procedure", "hallucination", "slmtrust.suites.hallucination:HallucinationSuite"),
    ("scorer/toxicity", "offline", "slmtrust.scoring.toxicity:OfflineScorer"),
    ("scorer/toxicity", "embedded", "slmtrust.scoring.embedded:EmbeddedScorer"),
    ("scorer/toxicity", "detoxify", "slmtrust.scoring.toxicity:DetoxifyScorer"),
):
    REGISTRY.add(_kind, _name, _target)
