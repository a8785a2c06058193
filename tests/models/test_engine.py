"""The engine: order, de-duplication, cache hits with zero model calls, error isolation."""

from __future__ import annotations

from typing import Any

from slmtrust.api.types import GenerationSettings, Request, chat
from slmtrust.models.cache import ResponseCache
from slmtrust.models.engine import Engine
from slmtrust.models.scripted import ScriptedBackend


def echo_backend() -> ScriptedBackend:
    return ScriptedBackend(
        generate_fn=lambda r: [f"echo:{r.messages[-1].content}"] * r.gen.n,
        score_fn=lambda r: [-float(len(c)) for c in r.continuations],
        name="echo",
    )


def requests(n: int) -> list[Request]:
    return [Request("generate", messages=chat(f"q{i % 5}"), gen=GenerationSettings(max_new_tokens=4)) for i in range(n)]


def test_order_and_dedup(tmp_path) -> None:
    backend = echo_backend()
    engine = Engine(backend, ResponseCache(tmp_path / "c.sqlite"), batch_size=2)
    reqs = requests(12)
    out = engine.ask(reqs)
    assert [o.text for o in out] == [f"echo:q{i % 5}" for i in range(12)]
    assert backend.calls == 5 and engine.stats.unique == 5 and engine.stats.requested == 12


def test_rerun_hits_cache_with_zero_model_calls(tmp_path) -> None:
    path = tmp_path / "c.sqlite"
    first = Engine(echo_backend(), ResponseCache(path), batch_size=3)
    scored = [Request("score", prompt=f"ctx{i}", continuations=("a", "bbb")) for i in range(7)]
    a = first.ask(scored) + first.ask(requests(5))
    backend = echo_backend()
    second = Engine(backend, ResponseCache(path), batch_size=3)
    b = second.ask(scored) + second.ask(requests(5))
    assert backend.calls == 0 and second.stats.model_calls == 0 and second.stats.cache_hits == 12
    assert [x.to_dict() for x in a] == [x.to_dict() for x in b]


def test_generation_settings_are_part_of_the_key(tmp_path) -> None:
    backend = echo_backend()
    engine = Engine(backend, ResponseCache(tmp_path / "c.sqlite"))
    engine.ask([Request("generate", prompt="x", gen=GenerationSettings(max_new_tokens=4))])
    engine.ask([Request("generate", prompt="x", gen=GenerationSettings(max_new_tokens=8))])
    assert backend.calls == 2


def test_a_failing_request_costs_only_its_own_answer(tmp_path) -> None:
    def gen(r: Request) -> list[str]:
        if r.prompt == "bad":
            raise RuntimeError("boom")
        return ["ok"]

    cache = ResponseCache(tmp_path / "c.sqlite")
    engine = Engine(ScriptedBackend(generate_fn=gen), cache, batch_size=4)
    out = engine.ask([Request("generate", prompt=p) for p in ("a", "bad", "c")])
    assert [o.text for o in out] == ["ok", "", "ok"]
    assert "boom" in out[1].error and engine.stats.errors == 1
    assert cache.count() == 2  # the error is not cached: a re-run tries it again


def test_cached_answers_of_an_older_response_version_are_not_served(tmp_path, monkeypatch) -> None:
    from slmtrust.models import base

    calls = []

    def gen(request: Request) -> list[str]:
        calls.append(request.key())
        return ["an answer"]

    request = Request("generate", prompt="Hi")
    cache = ResponseCache(tmp_path / "c.sqlite")
    Engine(ScriptedBackend(generate_fn=gen), cache, batch_size=4).ask([request])
    Engine(ScriptedBackend(generate_fn=gen), cache, batch_size=4).ask([request])
    assert len(calls) == 1  # same version: a cache hit
    monkeypatch.setattr(base, "RESPONSE_VERSION", base.RESPONSE_VERSION + 1)
    Engine(ScriptedBackend(generate_fn=gen), cache, batch_size=4).ask([request])
    assert len(calls) == 2  # a newer engine asks the model again


def _open_cache_together(path: str, barrier: Any) -> str:
    barrier.wait()  # both processes open the new file at the same moment
    try:
        ResponseCache(path).close()
        return ""
    except Exception as exc:  # noqa: BLE001 - the failure is the finding, returned to the parent
        return f"{type(exc).__name__}: {exc}"


def test_two_processes_opening_a_new_cache_at_once_both_succeed(tmp_path) -> None:
    """A multirun's jobs open one new cache together; SQLite's switch to WAL can then fail with
    "database is locked" without waiting (before the retry, 135 of 300 openings failed so)."""
    import multiprocessing

    ctx = multiprocessing.get_context("fork")
    failures: list[str] = []
    with ctx.Manager() as manager, ctx.Pool(2) as pool:
        for i in range(20):
            barrier = manager.Barrier(2)
            path = str(tmp_path / f"c{i}" / "responses.sqlite")
            failures += [f for f in pool.starmap(_open_cache_together, [(path, barrier)] * 2) if f]
    assert failures == []


def test_generate_batches_fill_rows_and_score_batches_keep_batch_size() -> None:
    backend = echo_backend()
    seen: list[tuple[str, int]] = []
    for kind in ("generate", "score"):
        method = getattr(backend, kind)
        setattr(backend, kind, lambda batch, m=method, k=kind: seen.append((k, len(batch))) or m(batch))
    engine = Engine(backend, batch_size=2, generate_rows=6)
    greedy = [Request("generate", messages=chat(f"g{i}"), gen=GenerationSettings(max_new_tokens=4)) for i in range(14)]
    sampled = [
        Request("generate", messages=chat(f"s{i}"), gen=GenerationSettings(max_new_tokens=4, n=3, temperature=1.0))
        for i in range(5)
    ]
    scored = [Request("score", prompt=f"c{i}", continuations=("a",)) for i in range(5)]
    out = engine.ask(greedy + sampled + scored)
    assert [o.text for o in out[:14]] == [f"echo:g{i}" for i in range(14)]
    assert [len(o.texts) for o in out[14:19]] == [3] * 5
    # greedy: 6 rows = 6 requests a batch; 3 samples each: max(batch_size, 6 // 3) = 2 requests
    assert [n for k, n in seen if k == "generate"] == [6, 6, 2, 2, 2, 1]
    assert [n for k, n in seen if k == "score"] == [2, 2, 1]
