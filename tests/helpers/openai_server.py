"""A small OpenAI-compatible HTTP server on 127.0.0.1 for the backend tests (stdlib http.server).

By default its "model" is deterministic: a token is a word with its leading spaces, log P(token)
= ``token_logprob(token)``; generation answers "reply to: <last user message>" (chat) or
"after: <prompt tail>" (completions). With ``model=RealModel(backend)`` it serves a real model
through our transformers backend instead (generation by ``backend.generate``, echoed prompt
log-probabilities by one forward pass). Faults can be switched on per server: drop the first N
connections, answer the first N requests with HTTP 500, delay every answer, or return no
log-probabilities (as servers without echo support do).
"""

from __future__ import annotations

import json
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

TOKEN = re.compile(r"\s*\S+|\s+$")


def token_logprob(token: str) -> float:
    return -0.5 - 0.25 * len(token.strip())


def echo_logprobs(text: str) -> dict[str, Any]:
    tokens = TOKEN.findall(text)
    offsets, pos = [], 0
    for t in tokens:
        offsets.append(pos)
        pos += len(t)
    values = [None] + [token_logprob(t) for t in tokens[1:]]  # no log-prob for the first token, as OpenAI
    tops = [None] + [{t: token_logprob(t)} for t in tokens[1:]]
    return {"tokens": tokens, "token_logprobs": values, "text_offset": offsets, "top_logprobs": tops}


class RealModel:
    """Answers from a real slmtrust TransformersBackend (one request at a time)."""

    def __init__(self, backend: Any):
        self.backend = backend
        self.lock = threading.Lock()

    def generate(self, body: dict[str, Any], messages: list[dict[str, str]] | None) -> list[str]:
        from slmtrust.api.types import GenerationSettings, Message, Request

        gen = GenerationSettings(
            max_new_tokens=int(body.get("max_tokens", 16)),
            temperature=float(body.get("temperature", 0.0)),
            top_p=float(body.get("top_p", 1.0)),
            n=int(body.get("n", 1)),
            seed=int(body.get("seed", 0)),
            stop=tuple(body.get("stop") or ()),
        )
        if messages is not None:
            request = Request("generate", messages=tuple(Message(m["role"], m["content"]) for m in messages), gen=gen)
        else:
            request = Request("generate", prompt=body["prompt"], gen=gen)
        with self.lock:
            return self.backend.generate([request])[0].texts

    def echo(self, text: str) -> dict[str, Any]:
        import torch

        tok = self.backend.tokenizer
        enc = tok(text, return_offsets_mapping=True)
        ids = enc["input_ids"]
        with self.lock, torch.inference_mode():
            logits = self.backend.model(torch.tensor([ids])).logits[0].float()
        logp = torch.log_softmax(logits, dim=-1)
        values: list[float | None] = [None] + [float(logp[k - 1, ids[k]]) for k in range(1, len(ids))]
        best = [None] + [int(logp[k - 1].argmax()) for k in range(1, len(ids))]
        tokens = [tok.decode([i]) for i in ids]
        tops = [None] + [{tok.decode([best[k]]): float(logp[k - 1, best[k]])} for k in range(1, len(ids))]
        return {
            "tokens": tokens,
            "token_logprobs": values,
            "text_offset": [a for a, _ in enc["offset_mapping"]],
            "top_logprobs": tops,
        }


class FakeServer:
    def __init__(
        self,
        drop_first: int = 0,
        fail_first: int = 0,
        delay_s: float = 0.0,
        logprobs: bool = True,
        model: RealModel | None = None,
    ):
        self.drop_first, self.fail_first, self.delay_s, self.logprobs = drop_first, fail_first, delay_s, logprobs
        self.model = model
        self.requests: list[dict[str, Any]] = []
        self.lock = threading.Lock()
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"

    def __enter__(self) -> FakeServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def answer(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        n = int(body.get("n", 1))
        if self.model is not None:
            return self.real_answer(path, body)
        if path.endswith("/chat/completions"):
            user = [m["content"] for m in body["messages"] if m["role"] == "user"][-1]
            return {
                "choices": [
                    {"index": i, "message": {"role": "assistant", "content": f"reply to: {user}"}} for i in range(n)
                ]
            }
        if body.get("echo") and body.get("max_tokens") == 0:
            lp = echo_logprobs(body["prompt"]) if self.logprobs else None
            return {"choices": [{"index": 0, "text": body["prompt"], "logprobs": lp}]}
        return {"choices": [{"index": i, "text": f"after: {body['prompt'][-12:]}"} for i in range(n)]}

    def real_answer(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        if path.endswith("/chat/completions"):
            texts = self.model.generate(body, body["messages"])
            return {
                "choices": [{"index": i, "message": {"role": "assistant", "content": t}} for i, t in enumerate(texts)]
            }
        if body.get("echo") and body.get("max_tokens") == 0:
            return {"choices": [{"index": 0, "text": body["prompt"], "logprobs": self.model.echo(body["prompt"])}]}
        return {"choices": [{"index": i, "text": t} for i, t in enumerate(self.model.generate(body, None))]}

    def _handler(self):
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:  # keep test output clean
                pass

            def do_POST(self) -> None:
                import time

                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                with server.lock:
                    server.requests.append(body)
                    count = len(server.requests)
                if count <= server.drop_first:
                    self.close_connection = True
                    self.connection.close()  # the client sees the connection drop without an answer
                    return
                if server.delay_s:
                    time.sleep(server.delay_s)
                if count <= server.drop_first + server.fail_first:
                    self._send(500, {"error": {"message": "model worker crashed\nretry later"}})
                    return
                if body.get("model") == "missing-model":
                    self._send(404, {"error": {"message": "The model `missing-model` does not exist."}})
                    return
                self._send(200, server.answer(self.path, body))

            def _send(self, status: int, payload: dict[str, Any]) -> None:
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        return Handler
