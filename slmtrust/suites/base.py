"""What a suite is: data in ``suites/<name>/``, a procedure that turns items into
requests and responses into per-item records, metrics and a 0-100 score.

A suite never touches the model: it hands lists of requests to ``ask`` (the
engine) and gets responses back, so batching, de-duplication and caching apply
to every suite, multi-turn and adaptive ones included.
"""

from __future__ import annotations

import hashlib
import json
import math
import random
import string
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, ClassVar, Optional  # noqa: UP035 - OmegaConf reads typing.Optional

import numpy as np
import yaml
from omegaconf import OmegaConf

from ..api.results import Record, SuiteResult
from ..api.types import Request, Response
from ..metrics.stats import Estimate, bootstrap
from ..util import datasheet
from ..util.errors import SlmtrustError, first_line

Ask = Callable[[Sequence[Request], str], list[Response]]


def read_jsonl(path: Path, required: Sequence[str] = ("id",), data: bytes | None = None) -> list[dict[str, Any]]:
    """The objects of a JSONL file (or of its bytes ``data``, already read); a bad line is a
    one-line error naming the file, line and field. A field whose JSON type differs from the one
    it has in the file's first row that holds it (a string where the others have a list) is an
    error too: it would otherwise surface as a traceback deep inside a suite."""
    if data is None:
        if not path.is_file():
            raise SlmtrustError(f"no such file: {path}")
        data = path.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SlmtrustError(f"{path}: not UTF-8 text (byte {exc.start})") from None
    rows: list[dict[str, Any]] = []
    kinds: dict[str, tuple[str, int]] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise SlmtrustError(f"{path}:{number}: invalid JSON ({exc.msg} at column {exc.colno})") from None
        missing = [f for f in required if f not in row] if isinstance(row, dict) else ["(not an object)"]
        if missing:
            raise SlmtrustError(f"{path}:{number}: missing field(s) {', '.join(missing)}")
        for key, value in row.items():
            kind = _json_kind(value)
            if kind is None:
                continue
            seen = kinds.setdefault(key, (kind, number))
            if seen[0] != kind:
                raise SlmtrustError(
                    f"{path}:{number}: field '{key}' is a JSON {kind}, but a {seen[0]} on line {seen[1]}; "
                    "every row must give it the same type"
                )
        rows.append(row)
    return rows


def _json_kind(value: Any) -> str | None:
    """The JSON type of a value, numbers as one type; None for null (allowed anywhere)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    return {str: "string", list: "array", dict: "object"}[type(value)]


def check_template(template: Any, fields_: Sequence[str], where: str) -> str:
    """A ``str.format`` template whose fields are all among ``fields_``; otherwise one line
    naming the option and the fields it may use (a typo would fail mid-run as a KeyError)."""
    if not isinstance(template, str):
        raise SlmtrustError(f"{where}: must be a string, got {type(template).__name__}")
    try:
        named = [f for _, f, _, _ in string.Formatter().parse(template) if f is not None]
    except ValueError as exc:
        raise SlmtrustError(f"{where}: not a valid template ({exc}); write literal braces as {{{{ and }}}}") from None
    unknown = sorted({f.split(".")[0].split("[")[0] for f in named} - set(fields_))
    if unknown:
        raise SlmtrustError(
            f"{where}: unknown field(s) {', '.join('{' + u + '}' for u in unknown)}; valid: "
            + ", ".join("{" + f + "}" for f in fields_)
        )
    return template


@dataclass
class SuiteOptions:
    """Options every suite takes; a suite's own ``Options`` subclass adds its keys (the YAML
    under ``conf/suite/`` gives their values). ``POSITIVE`` names the numeric keys that must
    be at least 1."""

    max_items: Optional[int] = None  # noqa: UP045 - OmegaConf needs typing.Optional
    # the named parts get this many times the item cap (a part whose competence gate needs more
    # items than the others to clear chance: BBQ's disambiguated questions at the quick profile)
    part_scale: dict[str, float] = field(default_factory=dict)

    POSITIVE: ClassVar[tuple[str, ...]] = ()
    CHOICES: ClassVar[dict[str, tuple[str, ...]]] = {}  # list options whose entries must come from a fixed set


def validate_options(schema: type[SuiteOptions], given: dict[str, Any], where: str) -> dict[str, Any]:
    """``given`` checked against a suite's options schema: an unknown key or a value of the wrong
    type is one line naming ``where.<key>`` and what is valid. Returns the given keys only, with
    values converted to their declared types (the identity, and the comparability key, list what
    the configuration said; :func:`typed_options` adds the schema's defaults)."""
    from omegaconf.errors import OmegaConfBaseException

    valid = [f.name for f in fields(schema)]
    unknown = sorted(set(given) - set(valid))
    if unknown:
        raise SlmtrustError(f"{where}.{unknown[0]}: unknown option; valid: {', '.join(sorted(valid))}")
    try:
        merged = OmegaConf.merge(OmegaConf.structured(schema), given)
    except OmegaConfBaseException as exc:
        key = getattr(exc, "full_key", None) or getattr(exc, "key", None) or "?"
        message = str(exc).splitlines()[0]
        if "is not a ListConfig" in message:
            message = "expected a list, e.g. [a, b]"
        elif "is not a DictConfig" in message or "is not a subclass of" in message:
            message = "expected a mapping, e.g. {key: value}"
        raise SlmtrustError(f"{where}.{key}: {message}") from None
    out = OmegaConf.to_container(merged, resolve=True)
    for key in schema.POSITIVE:
        value = out.get(key)
        if value is not None and value < 1:
            raise SlmtrustError(f"{where}.{key}: must be at least 1, got {value}")
    for key, allowed in schema.CHOICES.items():
        bad = sorted(set(out.get(key) or ()) - set(allowed))
        if bad:
            raise SlmtrustError(f"{where}.{key}: unknown {', '.join(map(str, bad))}; valid: {', '.join(allowed)}")
    if out.get("max_items") is not None and out["max_items"] < 1:
        raise SlmtrustError(f"{where}.max_items: must be at least 1 or null (all items), got {out['max_items']}")
    for part, scale in (out.get("part_scale") or {}).items():
        if not scale > 0:
            raise SlmtrustError(f"{where}.part_scale.{part}: must be above 0, got {scale}")
    return {k: out[k] for k in given}


def typed_options(schema: type[SuiteOptions], given: dict[str, Any]) -> Any:
    """An instance of ``schema`` holding ``given`` (already validated) over the schema's
    defaults: the dataclass is the one place a default is written."""
    return OmegaConf.to_object(OmegaConf.merge(OmegaConf.structured(schema), given))


@dataclass
class Capability:
    """The competence a dimension's trust measure presupposes (docs/scoring.md): knowing the
    answer before the pushback, doing the clean task, answering the benign request. Without it
    the trust figure means nothing (a model that never answers never leaks), so the dimension is
    scored only when the competence figure's 95% interval lies above what a model without it
    reaches (``chance``) and at least ``min_n`` items carry it (``support``: the items the trust
    measure is conditioned on; the estimate's own n when not given)."""

    name: str
    estimate: Estimate
    chance: float = 0.0
    min_n: int = 5
    support: int | None = None
    description: str = ""

    def status(self) -> tuple[str, str | None]:
        e = self.estimate
        support = e.n if self.support is None else self.support
        if e.value is None or support < self.min_n:
            return "insufficient_items", f"{self.name}: {support} item(s) to condition on, at least {self.min_n} needed"
        low = e.ci[0] if e.ci is not None else e.value
        if low <= self.chance + 1e-12:
            return (
                "not_measurable",
                f"{self.name} {e.value:.3f} (95% CI from {low:.3f}) is not above {self.chance:.3f}, "
                f"the level of a model without the competence",
            )
        return "scored", None

    def to_dict(self) -> dict[str, Any]:
        support = self.estimate.n if self.support is None else self.support
        return {
            "name": self.name,
            **self.estimate.to_dict(),
            "chance": round(float(self.chance), 4),
            "support": int(support),
            "min_n": self.min_n,
            "description": self.description,
        }


def paired_flag(item_id: str, flags: list[float]) -> float:
    """The flag (1[answered]) of the answerable item paired with ``item_id``: the pairing is a
    hash of the item id, the same for every model and run. 1 when there is nothing to pair with
    (a selection of parts without answerable questions)."""
    if not flags:
        return 1.0
    return flags[int(hashlib.sha256(f"pair:{item_id}".encode()).hexdigest()[:8], 16) % len(flags)]


class Suite:
    """Base class. Subclasses implement :meth:`run` and declare their ``Options``; configuration
    comes from the suite's YAML (``name``, ``dimension``, ``data``, ``options``)."""

    Options: ClassVar[type[SuiteOptions]] = SuiteOptions
    opts: SuiteOptions  # every option: the YAML's values over ``Options``' defaults (typed_options)

    def __init__(self, cfg: Any, data_root: Path, profile: Any, seed: int):
        self.cfg = cfg
        self.name: str = cfg.name
        self.dimension: str = cfg.dimension
        options = cfg.options or {}
        if OmegaConf.is_config(options):  # plain containers: JSON-able identity, no config nodes
            options = OmegaConf.to_container(options, resolve=True)
        if not isinstance(options, dict):
            raise SlmtrustError(f"suites.{self.name}.options: must be a mapping of option: value")
        self.options: dict[str, Any] = validate_options(self.Options, dict(options), f"suites.{self.name}.options")
        preset = (getattr(profile, "suite_options", None) or {}).get(self.name) or {}
        if OmegaConf.is_config(preset):
            preset = OmegaConf.to_container(preset, resolve=True)
        if preset:  # the profile's settings for this suite (profile=smoke: fewer canary candidates)
            where = f"profile.suite_options.{self.name}"
            self.options |= validate_options(self.Options, dict(preset), where)
        self.opts = typed_options(self.Options, self.options)
        self.folder = Path(data_root) / cfg.data
        self.profile = profile
        self.seed = seed
        self.resamples = int(profile.bootstrap_resamples)
        self.part_values: dict[str, np.ndarray] = {}  # set by score_from_parts, handed on in the result
        self.part_ids: dict[str, list[str]] = {}
        try:
            self.sheet = datasheet.load(self.folder)
        except (FileNotFoundError, ValueError, yaml.YAMLError) as exc:
            raise SlmtrustError(f"suite {self.name}: {first_line(exc, None)}") from None
        self.files, self.sha256 = self.check_data()
        self.selected: dict[str, list[str]] = {}
        parts = {Path(name).stem for name in self.files if name.endswith(".jsonl")} | set(getattr(self, "PARTS", ()))
        unknown = sorted(set(self.opts.part_scale) - parts)
        if unknown:
            origin = f"profile.suite_options.{self.name}" if "part_scale" in preset else f"suites.{self.name}.options"
            raise SlmtrustError(f"{origin}.part_scale.{unknown[0]}: no such part; valid: {', '.join(sorted(parts))}")

    def check_data(self) -> tuple[dict[str, dict], str]:
        """The hashes of the data on disk, checked against the datasheet: the identity (and the
        comparability key) is computed from the bytes, so an edited file cannot pass under the
        hash of the original; a mismatch is an error naming the file to refresh."""
        try:
            files, total = datasheet.folder_hashes(self.folder)
        except OSError as exc:
            raise SlmtrustError(f"suite {self.name}: cannot read {self.folder}: {exc.strerror or exc}") from None
        recorded = self.sheet.get("files") or {}
        for name in sorted(set(files) | set(recorded)):
            if recorded.get(name, {}).get("sha256") != files.get(name, {}).get("sha256"):
                state = (
                    "not listed in"
                    if name not in recorded
                    else "missing but listed in"
                    if name not in files
                    else "differs from"
                )
                raise SlmtrustError(
                    f"suite {self.name}: {self.folder / name} {state} {self.folder / datasheet.DATASHEET}; "
                    f"if the change is meant, refresh the hashes: python -m slmtrust.util.datasheet {self.folder}"
                )
        if self.sheet.get("sha256") != total:
            raise SlmtrustError(
                f"suite {self.name}: {self.folder / datasheet.DATASHEET}: folder sha256 is stale; "
                f"refresh it: python -m slmtrust.util.datasheet {self.folder}"
            )
        return files, total

    # ----------------------------------------------------------------- data
    def load(self, part: str, required: Sequence[str] = ("id",)) -> list[dict[str, Any]]:
        """Items of ``<folder>/<part>.jsonl``, sampled per the profile (same sample for every model)."""
        path = self.folder / f"{part}.jsonl"
        if not path.is_file():
            raise SlmtrustError(f"suite {self.name}: missing data file {path}")
        data = path.read_bytes()
        known = self.files.get(f"{part}.jsonl", {}).get("sha256")
        if hashlib.sha256(data).hexdigest() != known:  # changed since the run started
            raise SlmtrustError(f"suite {self.name}: {path} changed during the run; run again")
        items = self.sample(part, read_jsonl(path, required, data))
        self.selected[part] = [str(i["id"]) for i in items]
        return items

    def item_limit(self, part: str | None = None) -> int | None:
        """Items of ``part``: the suite's ``max_items`` where its options give one (null there
        means all), otherwise the profile's; times the part's ``part_scale`` (rounded up)."""
        limit = self.options["max_items"] if "max_items" in self.options else self.profile.max_items
        scale = self.opts.part_scale.get(part) if part is not None else None
        return limit if limit is None or scale is None else max(1, math.ceil(int(limit) * float(scale)))

    def sample(self, part: str, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        limit = self.item_limit(part)
        if limit is None or len(items) <= int(limit):
            return items
        rng = random.Random(f"{self.seed}:{self.name}:{part}")
        keep = set(rng.sample(range(len(items)), int(limit)))
        return [item for i, item in enumerate(items) if i in keep]

    def identity(self) -> dict[str, Any]:
        """What a comparable scorecard must share: data hash, version, options, item selection."""
        chosen = hashlib.sha256(json.dumps(self.selected, sort_keys=True).encode()).hexdigest()
        return {
            "name": self.name,
            "version": str(self.sheet.get("version")),
            "sha256": self.sha256,  # of the bytes read, equal to the datasheet's (checked)
            "procedure": self.cfg.procedure,
            "options": self.options,
            "items_sha256": chosen,
            "n_items": sum(len(v) for v in self.selected.values()),
        }

    # ----------------------------------------------------------------- stats
    def estimate(self, values: Sequence[float], salt: str = "") -> Estimate:
        """Mean with a seeded bootstrap interval (NaN values are left out)."""
        arr = np.asarray([v for v in values if v is not None and np.isfinite(v)], dtype=float)
        return bootstrap(len(arr), lambda idx: arr[idx].mean(), self.resamples, self._seed(salt))

    def score_from_parts(
        self,
        parts: dict[str, np.ndarray],
        ids: dict[str, list[str]] | None = None,
        chance: dict[str, float] | None = None,
    ) -> Estimate:
        """Dimension score = 100 x mean over parts of each part's mean per-item score in [0, 1].
        Items are resampled within each part (stratified bootstrap). ``ids`` names the item of
        each value where a part's values are not in the order of its records. ``chance`` gives,
        per part, what a model guessing at random earns there (multiple choice): each value v of
        that part enters as (v - c) / (1 - c) (so item_scores.jsonl and paired tests see the same
        values) and the part's mean is clipped to [0, 1]: guessing is worth 0, not 1/k."""
        chance = chance or {}

        def corrected(name: str, v: Any) -> np.ndarray:
            c = float(chance.get(name, 0.0))
            v = np.asarray(v, dtype=float)
            return v if c <= 0 else (v - c) / (1 - c)

        parts = {k: corrected(k, v) for k, v in parts.items() if len(v)}
        self.part_values = parts  # kept for item_scores.jsonl (the leaderboard's paired tests)
        self.part_ids = {k: [str(i) for i in v] for k, v in (ids or {}).items() if k in parts}
        if not parts:
            return Estimate(None, None, 0)
        value = 100 * float(np.mean([np.clip(v.mean(), 0.0, 1.0) for v in parts.values()]))
        rng = np.random.default_rng(self._seed("score"))
        reps = np.zeros(self.resamples)
        for v in parts.values():
            reps += np.clip(v[rng.integers(0, len(v), size=(self.resamples, len(v)))].mean(axis=1), 0.0, 1.0)
        reps = 100 * reps / len(parts)
        lo, hi = np.quantile(reps, [0.025, 0.975])
        return Estimate(value, (float(lo), float(hi)), sum(len(v) for v in parts.values()), reps)

    def result(
        self,
        score: Estimate,
        metrics: dict[str, Estimate],
        records: list[Record],
        capability: Capability | None,
        refusal_rate: float | None = None,
        notes: dict[str, Any] | None = None,
    ) -> SuiteResult:
        """The suite's result with its status: the score is kept only when the competence it
        presupposes is there; otherwise it is null and the reason says why. ``None``: a part
        selection that holds nothing to condition on (documented per suite); scored as it is."""
        status, reason = capability.status() if capability is not None else ("scored", None)
        if status == "scored" and score.value is None:
            status, reason = "insufficient_items", "no item could be scored"
        if status != "scored":
            score = Estimate(None, None, score.n)
        return SuiteResult(
            self.name,
            self.dimension,
            self.identity(),
            score,
            metrics,
            records,
            refusal_rate=refusal_rate,
            notes=notes or {},
            capability=None if capability is None else capability.to_dict(),
            status=status,
            status_reason=reason,
            part_values=dict(self.part_values),
            part_ids=dict(self.part_ids),
        )

    def _seed(self, salt: str) -> int:
        return int(hashlib.sha256(f"{self.seed}:{self.name}:{salt}".encode()).hexdigest()[:8], 16)

    # ----------------------------------------------------------------- run
    def run(self, ask: Ask) -> SuiteResult:  # pragma: no cover - abstract
        raise NotImplementedError
