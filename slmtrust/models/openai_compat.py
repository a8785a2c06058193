"""A backend for OpenAI-compatible HTTP servers (vLLM, llama.cpp server, Ollama, TGI, ...).

* generate: chat requests go to ``/chat/completions``, raw prompts to ``/completions``;
  ``n`` samples are asked in one call (and topped up one at a time when a server returns fewer).
* score: ``/completions`` with ``echo: true, max_tokens: 0, logprobs: 1`` on context +
  continuation; the continuation's log-probability is the sum over the echoed tokens that start
  at or after the context's end (``text_offset``), as lm-eval's ``local-completions`` does.
  Chat contexts are rendered as plain ``User:/Assistant:`` text for scoring (the server's chat
  template is not exposed by the API). A server that returns no prompt log-probabilities makes
  every score request fail with one line saying so; generation still works.
* A batch is sent as concurrent requests (``options.concurrency`` threads). Connection errors,
  timeouts, 429 and 5xx are retried ``options.retries`` times with exponential backoff
  (``options.backoff_s`` x 2^k, or the server's Retry-After); other errors are not. A request
  that still fails comes back as a ``Response.error`` of one line; the rest of the batch stands.

The API key is read from the environment variable named by ``options.api_key_env`` and never
written anywhere. The fingerprint is the sha256 of the served model name (and
``options.weights_sha256`` when you know it): the server's weights are not visible from here.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from ..api.types import Request, Response
from ..util.errors import SlmtrustError
from .base import Fingerprint, ModelInfo
from .render import plain_chat, with_system

RETRY_STATUS = {408, 429, 500, 502, 503, 504}


class ServerError(Exception):
    """An HTTP exchange that failed for good (after retries); the message is one line."""


class OpenAIBackend:
    def __init__(self, model_cfg: Any, hardware_cfg: Any = None, cache_dir: Any = None, file_hasher: Any = None):
        import requests

        o = dict(model_cfg.options or {})
        self.cfg = model_cfg
        self.base_url = str(o.get("base_url") or "").rstrip("/")
        if not self.base_url.startswith(("http://", "https://")):
            raise SlmtrustError(
                f"model.options.base_url: give the server's API root, e.g. http://127.0.0.1:8000/v1 (got '{self.base_url}')"
            )
        self.model = str(o.get("model") or model_cfg.name)
        self.timeout = float(o.get("timeout_s", 60))
        self.retries = int(o.get("retries", 3))
        self.backoff = float(o.get("backoff_s", 1.0))
        self.concurrency = max(1, int(o.get("concurrency", getattr(hardware_cfg, "batch_size", 4) or 4)))
        key = os.environ.get(str(o.get("api_key_env") or "OPENAI_API_KEY"), "")
        self.headers = {"Content-Type": "application/json", **({"Authorization": f"Bearer {key}"} if key else {})}
        self.session = requests.Session()
        self.no_logprobs: str | None = None
        ident = f"openai:{self.model}:{o.get('weights_sha256') or ''}"
        self._info = ModelInfo(
            id=model_cfg.name,
            backend="openai",
            source=f"{self.base_url} ({self.model})",
            fingerprint=Fingerprint(hashlib.sha256(ident.encode()).hexdigest(), "server", "server", "server"),
            system_prompt=model_cfg.system_prompt,
            extra={"base_url": self.base_url, "served_model": self.model},
        )

    def info(self) -> ModelInfo:
        return self._info

    # ------------------------------------------------------------------ HTTP
    def post(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        """POST with retries on connection errors, timeouts, 429 and 5xx; ServerError (one line) when it fails."""
        import requests

        url = f"{self.base_url}/{path}"
        last = ""
        for attempt in range(self.retries + 1):
            wait = self.backoff * 2**attempt
            try:
                reply = self.session.post(url, json=body, headers=self.headers, timeout=self.timeout)
            except requests.Timeout:
                last = f"no answer within {self.timeout:g} s"
            except requests.ConnectionError as exc:
                last = f"connection failed ({type(exc).__name__})"
            else:
                if reply.status_code == 200:
                    try:
                        return reply.json()
                    except ValueError:
                        raise ServerError(f"POST {url}: the server sent a response that is not JSON") from None
                last = f"HTTP {reply.status_code}: {_server_message(reply)}"
                if reply.status_code not in RETRY_STATUS:
                    raise ServerError(f"POST {url}: {last}")
                wait = _retry_after(reply, wait)
            if attempt < self.retries:
                time.sleep(wait)
        raise ServerError(f"POST {url}: {last} (after {self.retries + 1} tries)")

    def _map(self, fn, batch: Sequence[Request]) -> list[Response]:
        def safe(request: Request) -> Response:
            try:
                return fn(request)
            except ServerError as exc:
                return Response(error=str(exc))

        with ThreadPoolExecutor(max_workers=min(self.concurrency, len(batch) or 1)) as pool:
            return list(pool.map(safe, batch))

    # ------------------------------------------------------------------ generate
    def generate(self, batch: Sequence[Request]) -> list[Response]:
        return self._map(self._generate_one, batch)

    def _messages(self, request: Request) -> list[dict[str, str]]:
        return [
            {"role": m.role, "content": m.content} for m in with_system(request.messages or (), self.cfg.system_prompt)
        ]

    def _generate_one(self, request: Request) -> Response:
        g = request.gen
        texts: list[str] = []
        while len(texts) < g.n:
            body: dict[str, Any] = {
                "model": self.model,
                "max_tokens": g.max_new_tokens,
                "temperature": g.temperature,
                "top_p": g.top_p,
                "n": g.n - len(texts),
                "seed": g.seed + len(texts),
            }
            if g.stop:
                body["stop"] = list(g.stop)
            if request.messages is not None:
                choices = (
                    self.post("chat/completions", {**body, "messages": self._messages(request)}).get("choices") or []
                )
                got = [(c.get("message") or {}).get("content") or "" for c in choices]
            else:
                choices = self.post("completions", {**body, "prompt": request.prompt}).get("choices") or []
                got = [c.get("text") or "" for c in choices]
            if not got:
                raise ServerError(f"{self.base_url}: the server returned no choices")
            texts += got
        return Response(texts=texts[: g.n])

    # ------------------------------------------------------------------ score
    def score(self, batch: Sequence[Request]) -> list[Response]:
        if self.no_logprobs:
            return [Response(error=self.no_logprobs) for _ in batch]
        return self._map(self._score_one, batch)

    def _context(self, request: Request) -> tuple[str, bool]:
        if request.prompt is not None:
            return request.prompt, False
        return plain_chat(with_system(request.messages or (), self.cfg.system_prompt)), True

    def _score_one(self, request: Request) -> Response:
        context, plain = self._context(request)
        out = Response(logprobs=[], token_counts=[], is_greedy=[], token_logprobs=[])
        for c in request.continuations:
            cont = " " + c if plain and context and not context[-1].isspace() else c
            body = {
                "model": self.model,
                "prompt": context + cont,
                "max_tokens": 0,
                "echo": True,
                "logprobs": 1,
                "temperature": 0,
            }
            choice = (self.post("completions", body).get("choices") or [{}])[0]
            lp = choice.get("logprobs") or {}
            tokens, values, offsets = lp.get("tokens"), lp.get("token_logprobs"), lp.get("text_offset")
            if not tokens or values is None or offsets is None:
                self.no_logprobs = (
                    f"model=openai: the server at {self.base_url} returns no prompt log-probabilities (echo + logprobs on "
                    "/completions), which score requests need; use a server that does (vLLM, llama.cpp server) "
                    "or run log-likelihood suites with another backend"
                )
                raise ServerError(self.no_logprobs)
            if offsets[0] != 0:
                raise ServerError(
                    f"model=openai: the server at {self.base_url} did not echo the prompt's tokens "
                    f"(first text_offset {offsets[0]}, expected 0); score requests need echo=true support"
                )
            start = len(context)
            # a token that straddles the boundary (e.g. the context's trailing space + the first digit)
            # belongs to the continuation: it is the first token whose probability depends on it
            picked = [
                k
                for k, (tok, off) in enumerate(zip(tokens, offsets, strict=True))
                if off + max(1, len(tok)) > start and values[k] is not None
            ]
            tops = lp.get("top_logprobs") or [None] * len(tokens)
            out.token_logprobs.append([float(values[k]) for k in picked])
            out.logprobs.append(float(sum(values[k] for k in picked)))
            out.token_counts.append(max(1, len(picked)))
            out.is_greedy.append(
                all(tops[k] is not None and max(tops[k], key=tops[k].get) == tokens[k] for k in picked)
            )
        return out


def _server_message(reply: Any) -> str:
    try:
        data = reply.json()
        err = data.get("error", data) if isinstance(data, dict) else data
        text = err.get("message", str(err)) if isinstance(err, dict) else str(err)
    except ValueError:
        text = reply.text
    return " ".join(str(text).split())[:200] or reply.reason or "no message"


def _retry_after(reply: Any, default: float) -> float:
    try:
        return min(60.0, float(reply.headers.get("Retry-After", default)))
    except (TypeError, ValueError):
        return default
