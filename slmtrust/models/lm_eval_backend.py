"""Any lm-evaluation-harness model type as an slmtrust backend (``model=lm_eval``).

Users who already run a model through lm-eval (``hf``, ``vllm``, ``local-completions``,
``gguf``, ``sglang``, ...) evaluate it here with the same arguments:

    python -m slmtrust run model=lm_eval model.options.model=vllm \\
        "model.options.model_args='pretrained=/models/qwen2.5-0.5b,dtype=bfloat16'"   # quoted: the value holds '=' and ','

Score requests become lm-eval ``loglikelihood`` instances (one per continuation), generate
requests ``generate_until`` instances (lm-eval draws one sample per instance, so ``n``
samples are ``n`` instances; seeds are the lm-eval model's business). Chat messages are
rendered with the lm-eval model's ``apply_chat_template`` when ``model.chat_template=auto``
and the model offers one, else as plain ``User:/Assistant:`` text.

Fingerprint: lm-eval does not expose the weights, so ``weights_sha256`` is the sha256 of
the model type and its argument string (two runs compare only with identical arguments).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from ..api.types import Request, Response
from ..util.errors import SlmtrustError
from .base import Fingerprint, ModelInfo
from .render import plain_chat, with_system

TRUE = ("true", "1", "yes")


def check_unsafe_args(model_args: str, trust_remote_code: bool, allow_pickle: bool) -> None:
    """lm-eval's argument string may turn on what slmtrust keeps off: running a model's own code
    (``trust_remote_code=True``) and loading pickled weights (a local ``pretrained`` folder with
    ``.bin``/``.pt`` files and no safetensors). Each needs its model flag, as with model=hf."""
    args = dict(part.split("=", 1) for part in model_args.split(",") if "=" in part)
    if str(args.get("trust_remote_code", "")).strip().lower() in TRUE and not trust_remote_code:
        raise SlmtrustError(
            "model.options.model_args sets trust_remote_code=True; it runs code shipped with the model, "
            "so it also needs model.trust_remote_code=true"
        )
    folder = Path(str(args.get("pretrained", "")).strip()).expanduser()
    if args.get("pretrained") and folder.is_dir() and not allow_pickle:
        pickled = [p.name for p in folder.iterdir() if p.suffix in (".bin", ".pt", ".pth", ".pkl", ".ckpt")]
        if pickled and not any(p.suffix == ".safetensors" for p in folder.iterdir()):
            raise SlmtrustError(
                f"model.options.model_args: {folder} holds pickled weights only ({pickled[0]}); unpickling can run "
                "code, so it needs model.allow_pickle=true (or convert the weights to safetensors)"
            )


class LmEvalBackend:
    def __init__(self, model_cfg: Any, hardware_cfg: Any = None, cache_dir: Any = None, file_hasher: Any = None):
        opts = dict(model_cfg.options or {})
        self.cfg = model_cfg
        self.model_type = str(opts.get("model") or "")
        self.model_args = str(opts.get("model_args") or "")
        if not self.model_type:
            raise SlmtrustError(
                "model.options.model: name an lm-eval model type (hf, vllm, local-completions, gguf, ...)"
            )
        try:
            from lm_eval.api.registry import get_model
        except ImportError as exc:
            raise SlmtrustError(f"model=lm_eval needs lm-eval (pip install lm-eval): {exc}") from None
        try:
            cls = get_model(self.model_type)
        except Exception as exc:  # noqa: BLE001 - lm-eval raises ValueError/KeyError for unknown names
            raise SlmtrustError(f"model.options.model: lm-eval has no model type '{self.model_type}' ({exc})") from None
        check_unsafe_args(self.model_args, bool(model_cfg.trust_remote_code), bool(model_cfg.allow_pickle))
        extra = {"batch_size": opts.get("batch_size") or getattr(hardware_cfg, "batch_size", 1) or 1}
        device = getattr(hardware_cfg, "device", None)
        if device is not None and str(getattr(device, "value", device)) != "auto":
            extra["device"] = str(getattr(device, "value", device))
        try:
            self.lm = cls.create_from_arg_string(self.model_args, extra)
        except SlmtrustError:
            raise
        except Exception as exc:  # noqa: BLE001 - any model-loading failure is the user's configuration
            raise SlmtrustError(
                f"model.options.model_args: lm-eval could not build '{self.model_type}': {exc}"
            ) from None
        self.use_template = str(model_cfg.chat_template) == "auto" and self._has_template()
        spec = f"lm_eval:{self.model_type}:{self.model_args}"
        self._info = ModelInfo(
            id=model_cfg.name,
            backend="lm_eval",
            source=spec,
            fingerprint=Fingerprint(
                hashlib.sha256(spec.encode()).hexdigest(),
                str(getattr(model_cfg.dtype, "value", model_cfg.dtype)),
                "unknown",
                "lm-eval-template" if self.use_template else "none",
            ),
            system_prompt=model_cfg.system_prompt,
            extra={"lm_eval_model": self.model_type, "model_args": self.model_args},
        )

    def info(self) -> ModelInfo:
        return self._info

    def _has_template(self) -> bool:
        """Does the lm-eval model render chats itself? (Checked once, so the fingerprint says which.)"""
        try:
            return isinstance(self.lm.apply_chat_template([{"role": "user", "content": "Hi"}]), str)
        except Exception:  # noqa: BLE001 - NotImplementedError, or a tokenizer that cannot be loaded
            return False

    # ------------------------------------------------------------------ rendering
    def render(self, request: Request) -> tuple[str, bool]:
        """(context text, whether it ends in an assistant turn rendered as plain text)."""
        if request.prompt is not None:
            return request.prompt, False
        messages = with_system(request.messages or (), self.cfg.system_prompt)
        if self.use_template:
            return self.lm.apply_chat_template([asdict(m) for m in messages]), False
        return plain_chat(messages), True

    def _count(self, text: str) -> int:
        encode = getattr(self.lm, "tok_encode", None)
        try:
            return max(1, len(encode(text))) if encode else max(1, len(text.split()))
        except Exception:  # noqa: BLE001 - some lm-eval models need arguments we cannot guess
            return max(1, len(text.split()))

    # ------------------------------------------------------------------ requests
    def score(self, batch: Sequence[Request]) -> list[Response]:
        from lm_eval.api.instance import Instance

        instances, owners = [], []
        for i, request in enumerate(batch):
            context, plain = self.render(request)
            for c in request.continuations:
                cont = " " + c if plain and context and not context[-1].isspace() else c
                instances.append(Instance("loglikelihood", doc={}, arguments=(context, cont), idx=len(instances)))
                owners.append(i)
        answers = self.lm.loglikelihood(instances, disable_tqdm=True)
        out = [Response(logprobs=[], token_counts=[], is_greedy=[]) for _ in batch]
        for i, inst, (lp, greedy) in zip(owners, instances, answers):
            out[i].logprobs.append(float(lp))
            out[i].is_greedy.append(bool(greedy))
            out[i].token_counts.append(self._count(inst.arguments[1]))
        return out

    def generate(self, batch: Sequence[Request]) -> list[Response]:
        from lm_eval.api.instance import Instance

        instances, owners = [], []
        for i, request in enumerate(batch):
            context, _ = self.render(request)
            g = request.gen
            kwargs = {"until": list(g.stop), "max_gen_toks": g.max_new_tokens, "do_sample": not g.greedy}
            if not g.greedy:
                kwargs |= {"temperature": g.temperature, "top_p": g.top_p}
            for _ in range(g.n):
                instances.append(Instance("generate_until", doc={}, arguments=(context, kwargs), idx=len(instances)))
                owners.append(i)
        texts = self.lm.generate_until(instances, disable_tqdm=True)
        out = [Response(texts=[]) for _ in batch]
        for i, text in zip(owners, texts):
            out[i].texts.append(text)
        return out
