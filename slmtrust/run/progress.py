"""What a person watching a run sees: one bar for the whole run that stays (suite k of n,
requests done of the planned total, elapsed, time left), a line per phase while it runs, and a
line per suite that remains after the suite ends with its wall time.

Suites ask in phases whose size can depend on earlier answers (pushback only after a first
answer, attack rounds), so no suite can say up front how many requests it will make. The plan
comes from a rehearsal: each suite is run once against instant stand-in answers, which costs a
second or so and counts the requests of every phase. Phases that depend on the model's real
answers may then be shorter or longer; each suite's share of the total is corrected when it ends.

Requests differ a lot in cost (one scored option against 25 sampled replies of 64 tokens), so
the time left is computed from a token estimate of each request, not from request counts.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from ..api.types import Request, Response

CHARS_PER_TOKEN = 4  # a rough English average; only the ratios between requests matter here


def work(request: Request) -> float:
    """Tokens the model must process for ``request`` (prompt per sample or option, plus the
    most it may generate): the unit of the time-left estimate."""
    prompt = request.prompt if request.prompt is not None else "".join(m.content for m in request.messages or ())
    context = len(prompt) / CHARS_PER_TOKEN
    if request.kind == "generate":
        return request.gen.n * (context + request.gen.max_new_tokens)
    return max(1.0, sum(context + len(c) / CHARS_PER_TOKEN for c in request.continuations))


@dataclass
class Plan:
    """A suite's rehearsed size: requests as the suite asks them (before de-duplication or the
    cache) and their work."""

    requests: int = 0
    work: float = 0.0


def stand_in(request: Request) -> Response:
    """An instant answer of the right shape: a short hedge for generation, falling log-probs for
    scoring (no ties, so scoring code takes its ordinary path)."""
    if request.kind == "generate":
        n = request.gen.n
        return Response(texts=["I am not sure."] * n, token_counts=[4] * n)
    k = len(request.continuations)
    return Response(
        logprobs=[-1.0 - 0.01 * i for i in range(k)],
        token_counts=[1] * k,
        is_greedy=[False] * k,
        token_logprobs=[[-1.0 - 0.01 * i] for i in range(k)],
    )


def rehearse(run: Callable[[Callable[..., list[Response]]], Any]) -> Plan | None:
    """The plan of one suite, from ``run(ask)`` on stand-in answers; None if the suite cannot be
    rehearsed (its plan is then unknown and the bar shows no total for it)."""
    plan = Plan()

    def ask(requests: Sequence[Request], desc: str = "") -> list[Response]:
        plan.requests += len(requests)
        plan.work += sum(work(r) for r in requests)
        return [stand_in(r) for r in requests]

    try:
        run(ask)
    except Exception:  # noqa: BLE001 - a plan is only an estimate; the real run reports real errors
        return None
    return plan


def fmt_duration(seconds: float) -> str:
    """``1 h 02 min``, ``3 min 07 s``, ``42 s``: the form the README and notes use."""
    seconds = int(round(seconds))
    if seconds >= 3600:
        return f"{seconds // 3600} h {seconds % 3600 // 60:02d} min"
    if seconds >= 60:
        return f"{seconds // 60} min {seconds % 60:02d} s"
    return f"{seconds} s"


class RunProgress:
    """The run's display, fed by the runner (suite boundaries) and the engine (requests).

    The overall bar counts work: answers taken from the response cache leave its total instead
    of advancing it, so they never make the speed, and so the time left, look better than it is.
    """

    def __init__(self, console: Any, names: Sequence[str], plans: Sequence[Plan | None]):
        from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

        self.names = list(names)
        self.plans = [p or Plan() for p in plans]
        self.known = all(p is not None for p in plans)
        self.console = console
        self.live = bool(getattr(console, "is_terminal", False))
        self.progress = Progress(
            TextColumn("{task.description}"),
            BarColumn(bar_width=12),
            TextColumn("{task.fields[count]}"),
            TimeElapsedColumn(),
            TextColumn("{task.fields[left]}"),
            TimeRemainingColumn(),
            console=console,
            disable=not self.live,
            transient=False,
        )
        total = sum(p.work for p in self.plans)
        self.planned = sum(p.requests for p in self.plans)
        self.done = 0  # requests answered (model or cache), as suites asked them
        self.total: float | None = total or None  # work planned for the run, corrected as suites end
        self.completed = 0.0  # work the model has done
        self.overall = self.progress.add_task("run", total=self.total, count="", left="elapsed, left")
        self.phase: Any = None
        self.phase_done = 0
        self.phase_total = 0
        self.suite = -1
        self.suite_done = 0
        self.suite_work = 0.0  # work of this suite computed or skipped so far
        self.started = time.perf_counter()
        self.suite_started = self.started
        self.progress.start()
        self._refresh()

    # ---- the runner's side
    def start_suite(self, index: int) -> None:
        self.suite, self.suite_done, self.suite_work = index, 0, 0.0
        self.suite_started = time.perf_counter()
        self._refresh()

    def end_suite(self, summary: str) -> None:
        """Replace the suite's planned work by what it really took, and leave a line."""
        plan = self.plans[self.suite]
        if self.total is not None:
            self._set_total(self.total - plan.work + self.suite_work)
        self.planned += self.suite_done - plan.requests
        wall = time.perf_counter() - self.suite_started
        self.progress.console.print(f"  [green]done[/green] {summary}, {fmt_duration(wall)}")
        self._refresh()

    def close(self) -> None:
        if self.phase is not None:
            self.progress.remove_task(self.phase)
            self.phase = None
        self.progress.stop()

    # ---- the engine's side (slmtrust.models.engine.Reporter)
    def begin(self, desc: str, requests: Sequence[Request], computed: Sequence[Request]) -> None:
        cached = len(requests) - len(computed)
        skipped = sum(work(r) for r in requests) - sum(work(r) for r in computed)
        if self.total is not None and skipped:
            self._set_total(self.total - skipped)
        self.suite_work += skipped
        self._count(cached)
        if computed and self.live:
            self.phase_done, self.phase_total = 0, len(computed)
            self.phase = self.progress.add_task(
                f"  {desc}", total=len(computed), count=f"0/{len(computed)} requests", left=""
            )

    def advance(self, batch: Sequence[Request]) -> None:
        w = sum(work(r) for r in batch)
        self.suite_work += w
        self.completed += w
        self.progress.update(self.overall, completed=self.completed)
        if self.phase is not None:
            self.phase_done += len(batch)
            self.progress.update(
                self.phase, completed=self.phase_done, count=f"{self.phase_done}/{self.phase_total} requests"
            )
        self._count(len(batch))

    def end(self) -> None:
        if self.phase is not None:
            self.progress.remove_task(self.phase)
            self.phase = None

    # ----
    def _set_total(self, total: float) -> None:
        self.total = max(total, self.completed)
        self.progress.update(self.overall, total=self.total)

    def _count(self, n: int) -> None:
        self.done += n
        self.suite_done += n
        self._refresh()

    def _refresh(self) -> None:
        k = max(self.suite, 0)
        name = self.names[k] if self.names else ""
        total = f"{max(self.planned, self.done):,}" if self.known else "?"
        self.progress.update(
            self.overall,
            description=f"[bold]suite {k + 1}/{len(self.names)}[/bold] {name}",
            count=f"{self.done:,}/{total} requests",
        )
