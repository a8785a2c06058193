"""Run lm-evaluation-harness tasks inside an slmtrust run.

lm-eval builds the prompts, runs its own metric code and aggregation; every model call it makes
goes through :class:`EngineLM`, an lm-eval ``LM`` whose requests are slmtrust ``Request`` s sent
to the engine, so they are batched, de-duplicated and cached with the rest of the run, on
whichever slmtrust backend is loaded.

Options (``conf/suite/lm_eval.yaml``):
  ``tasks``           lm-eval task names (or tags/groups it knows)
  ``include_path``    a folder of custom task YAMLs (lm-eval's ``--include_path``), or null
  ``metric``          the per-sample metric that forms the 0-100 score (e.g. ``acc``)
  ``filter``          the lm-eval filter of that metric (``none``; e.g. ``strict-match`` for gsm8k)
  ``num_fewshot``, ``limit``, ``apply_chat_template``, ``fewshot_seed``: as in lm-eval.
The profile's ``max_items`` caps ``limit`` (first N docs of each task, lm-eval's convention).

Metrics: every ``metric,filter`` figure lm-eval reports, per task (``<task>/<metric>``), with
lm-eval's own value; the interval is our seeded bootstrap over that task's samples when lm-eval
logs a per-sample value, else value +- 1.96 x lm-eval's stderr. Score = 100 x the mean over
tasks of ``metric`` (lower-is-better metrics in [0, 1] are flipped); the task names, their
versions, n-shot and a hash of each task's resolved config are in the identity, hence the
comparability key.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any, Optional  # noqa: UP035 - OmegaConf reads typing.Optional

import numpy as np

from ..api.results import Record, SuiteResult
from ..api.types import GenerationSettings, Request
from ..metrics.stats import Estimate
from ..util.errors import SlmtrustError
from .base import Suite, SuiteOptions


def engine_lm(ask, desc: str) -> Any:
    """An lm-eval ``LM`` answering through ``ask`` (the engine). Built lazily: lm_eval imports are slow."""
    from lm_eval.api.model import LM

    class EngineLM(LM):
        def loglikelihood(self, requests, disable_tqdm: bool = False) -> list[tuple[float, bool]]:
            # one score request per distinct context, every continuation of it together
            by_context: dict[str, list[str]] = {}
            for inst in requests:
                context, continuation = inst.args
                by_context.setdefault(context, [])
                if continuation not in by_context[context]:
                    by_context[context].append(continuation)
            asks = [Request("score", prompt=c, continuations=tuple(conts)) for c, conts in by_context.items()]
            answers = dict(zip(by_context, ask(asks, f"{desc}/loglikelihood")))
            out = []
            for inst in requests:
                context, continuation = inst.args
                resp = answers[context]
                if resp.error or not resp.logprobs:
                    raise SlmtrustError(f"{desc}: a loglikelihood request failed: {resp.error}")
                j = by_context[context].index(continuation)
                greedy = bool(resp.is_greedy[j]) if resp.is_greedy else False
                out.append((float(resp.logprobs[j]), greedy))
            return out

        def loglikelihood_rolling(self, requests, disable_tqdm: bool = False) -> list[float]:
            """Whole-text log-likelihood, scored after the backend's start token (no windowing)."""
            asks = [Request("score", prompt="", continuations=(inst.args[0],)) for inst in requests]
            out = []
            for r in ask(asks, f"{desc}/rolling"):
                if r.error or not r.logprobs:
                    raise SlmtrustError(f"{desc}: a loglikelihood_rolling request failed: {r.error}")
                out.append(float(r.logprobs[0]))
            return out

        def generate_until(self, requests, disable_tqdm: bool = False) -> list[str]:
            asks = []
            for inst in requests:
                context, kwargs = inst.args
                kwargs = dict(kwargs or {})
                until = kwargs.get("until") or []
                until = [until] if isinstance(until, str) else list(until)
                gen = GenerationSettings(
                    max_new_tokens=int(kwargs.get("max_gen_toks", 256)),
                    temperature=float(kwargs.get("temperature", 0.0)) if kwargs.get("do_sample") else 0.0,
                    stop=tuple(until),
                )
                asks.append(Request("generate", prompt=context, gen=gen))
            out = []
            for r in ask(asks, f"{desc}/generate"):
                if r.error:  # an empty string would be scored as a wrong answer
                    raise SlmtrustError(f"{desc}: a generate_until request failed: {r.error}")
                out.append(r.text)
            return out

    return EngineLM()


def _config_hash(task: Any) -> str:
    try:
        if isinstance(task, dict):
            config = task
        else:
            config = task.dump_config() if hasattr(task, "dump_config") else task.config.to_dict()
    except Exception:  # noqa: BLE001 - best effort: fall back to the repr
        config = repr(getattr(task, "config", task))
    return hashlib.sha256(json.dumps(config, sort_keys=True, default=str).encode()).hexdigest()


@dataclass
class LmEvalOptions(SuiteOptions):
    tasks: Optional[list[str]] = None  # noqa: UP045 - OmegaConf needs typing.Optional
    include_path: Optional[str] = None  # noqa: UP045
    metric: str = "acc"
    filter: str = "none"
    num_fewshot: Optional[int] = None  # noqa: UP045
    limit: Optional[int] = None  # noqa: UP045
    apply_chat_template: bool = False
    fewshot_seed: int = 1234

    POSITIVE = ("limit",)


class LmEvalSuite(Suite):
    Options = LmEvalOptions
    opts: LmEvalOptions

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.tasks = [str(t) for t in self.opts.tasks or []]
        if not self.tasks:
            raise SlmtrustError(f"suites.{self.name}.options.tasks: give at least one lm-eval task name")
        self.metric = self.opts.metric
        self.filter = self.opts.filter  # lm-eval filter whose values form the score
        self.task_info: dict[str, Any] = {}

    def limit(self) -> int | None:
        limits = [x for x in (self.opts.limit, self.profile.max_items) if x is not None]
        return int(min(limits)) if limits else None

    def run(self, ask) -> SuiteResult:
        try:
            import lm_eval
            from lm_eval.tasks import TaskManager
        except ImportError as exc:
            raise SlmtrustError(f"suite {self.name} needs lm-eval (pip install lm-eval): {exc}") from None
        include = self.opts.include_path
        manager = TaskManager(include_path=str(include), include_defaults=False) if include else None
        if manager is None or any(not manager.match_tasks([t]) for t in self.tasks):  # built-in tasks wanted too
            manager = TaskManager(include_path=str(include) if include else None)
        unknown = [t for t in self.tasks if not manager.match_tasks([t])]
        if unknown:
            raise SlmtrustError(
                f"suites.{self.name}.options.tasks: lm-eval does not know {unknown}"
                + ("" if include else "; custom tasks need options.include_path=<folder of task YAMLs>")
            )
        out = lm_eval.simple_evaluate(
            model=engine_lm(ask, self.name),
            tasks=self.tasks,
            num_fewshot=self.opts.num_fewshot,
            limit=self.limit(),
            task_manager=manager,
            log_samples=True,
            apply_chat_template=self.opts.apply_chat_template,
            fewshot_random_seed=self.opts.fewshot_seed,
            random_seed=self.seed,
            bootstrap_iters=0,  # intervals are ours (seeded bootstrap over samples)
            verbosity="ERROR",
        )
        return self.fold(out)

    def fold(self, out: dict[str, Any]) -> SuiteResult:
        """lm-eval's results -> metrics, records and a 0-100 score."""
        results, samples = out["results"], out.get("samples") or {}
        versions, n_shot = out.get("versions", {}), out.get("n-shot", {})
        higher = out.get("higher_is_better", {})
        metrics: dict[str, Estimate] = {}
        records: list[Record] = []
        parts: dict[str, list[float]] = {}
        for task, figures in sorted(results.items()):
            logged = samples.get(task, [])
            self.task_info[task] = {
                "version": versions.get(task),
                "n_shot": n_shot.get(task),
                "config_sha256": _config_hash(out.get("configs", {}).get(task, {})),
                "n_samples": len({s.get("doc_id") for s in logged}),
            }
            for key, value in figures.items():
                if "," not in key or key.split(",")[0].endswith("_stderr") or not isinstance(value, int | float):
                    continue
                name, _, filt = key.partition(",")
                rows = [s for s in logged if s.get("filter", filt) == filt]  # samples are logged per filter
                per_sample = [s[name] for s in rows if isinstance(s.get(name), int | float)]
                complete = bool(rows) and len(per_sample) == len(rows)
                label = f"{task}/{name}" + ("" if filt == "none" else f",{filt}")
                if complete and abs(float(np.mean(per_sample)) - float(value)) < 1e-6:
                    metrics[label] = self.estimate(per_sample, label)
                else:
                    err = figures.get(f"{name}_stderr,{filt}")
                    ci = (value - 1.96 * err, value + 1.96 * err) if isinstance(err, int | float) else None
                    metrics[label] = Estimate(float(value), ci, len(rows))
                if name == self.metric and filt == self.filter and complete:
                    flip = higher.get(task, {}).get(name) is False
                    parts[task] = [1 - v if flip else v for v in per_sample]
            for s in logged:
                scores = {k: s[k] for k in s if isinstance(s.get(k), int | float) and k not in ("doc_id",)}
                records.append(Record(f"{task}-{s.get('doc_id')}", task, [], [], scores, None))
        if not parts:
            raise SlmtrustError(
                f"suites.{self.name}.options.metric: no task reported a per-sample '{self.metric}' (filter {self.filter}); "
                f"reported: {sorted({k.split(',')[0] for r in results.values() for k in r if ',' in k})}"
            )
        bad = [t for t, v in parts.items() if not all(0.0 <= x <= 1.0 for x in v)]
        if bad:
            raise SlmtrustError(
                f"suites.{self.name}.options.metric: '{self.metric}' is not in [0, 1] for {bad}; pick a rate"
            )
        score = self.score_from_parts(parts)
        notes = {"lm_eval_version": out.get("lm_eval_version") or _lm_eval_version(), "tasks": self.task_info}
        return SuiteResult(self.name, self.dimension, self.identity(), score, metrics, records, None, notes)

    def identity(self) -> dict[str, Any]:
        ident = super().identity()
        ident["lm_eval"] = {
            "version": _lm_eval_version(),
            "tasks": self.task_info,
            "limit": self.limit(),
            "metric": self.metric,
            "filter": self.filter,
        }
        ident["n_items"] = sum(t["n_samples"] for t in self.task_info.values())
        return ident


def _lm_eval_version() -> str | None:
    from importlib import metadata

    try:
        return metadata.version("lm_eval")
    except metadata.PackageNotFoundError:
        return None


@dataclass(frozen=True)
class InstalledPrompt:
    """The prompt of a task YAML shipped with the installed lm-eval (read, never copied), so an
    adapter scores exactly what lm-eval's own task scores."""

    task: str
    version: Any
    lm_eval_version: str
    doc_to_text: str

    def render(self, doc: dict[str, Any]) -> str:
        from lm_eval.utils import apply_template

        return apply_template(self.doc_to_text, doc)

    def identity(self) -> dict[str, Any]:
        """Which lm-eval task and version the prompt is, and its hash (in the comparability key)."""
        return {
            "matches": f"lm-eval {self.task} (task version {self.version})",
            "lm_eval_version": self.lm_eval_version,
            "sha256": hashlib.sha256(self.doc_to_text.encode()).hexdigest(),
        }


def installed_task(folder: str, task: str, where: str) -> InstalledPrompt:
    """``<lm_eval>/tasks/<folder>/<task>.yaml``'s ``doc_to_text`` and version; a missing lm-eval
    or task is one line naming the option and the way out."""
    from pathlib import Path

    import yaml

    try:
        import lm_eval
        import lm_eval.tasks
    except ImportError:
        raise SlmtrustError(
            f"{where}: the default prompt is lm-eval's own task prompt; install lm-eval "
            "(pip install -e '.[ecosystem]') or set a template of your own"
        ) from None

    class Loader(yaml.SafeLoader):  # lm-eval's YAMLs tag functions (!function utils.x); keep them as text
        pass

    Loader.add_multi_constructor("!", lambda loader, tag, node: f"{tag} {loader.construct_scalar(node)}")
    path = Path(lm_eval.tasks.__file__).parent / folder / f"{task}.yaml"
    if not path.is_file():
        raise SlmtrustError(f"{where}: lm-eval {lm_eval.__version__} has no task {task} ({path} is missing)")
    config = yaml.load(path.read_text(encoding="utf-8"), Loader=Loader) or {}  # noqa: S506 - SafeLoader subclass
    if "doc_to_text" not in config:
        raise SlmtrustError(f"{where}: {path} has no doc_to_text")
    version = (config.get("metadata") or {}).get("version")
    return InstalledPrompt(task, version, str(lm_eval.__version__), str(config["doc_to_text"]))
