"""Hugging Face transformers backend: local folders, hub ids and GGUF files.

GGUF files are de-quantised once and the result is kept as safetensors in the
cache folder, keyed by the file's sha256, so later loads take about a second.
Scoring encodes a context once and reuses its KV cache for every continuation,
computing logits only where they are needed (docs/efficiency.md).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import time
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

import torch

from ..api.types import GenerationSettings, Message, Request, Response
from ..util.errors import SlmtrustError, first_line
from .base import Fingerprint, ModelInfo
from .quantize import apply_quantization as _quantize
from .sources import Source, check_weights_safe, read_gguf_quantization, resolve_source

log = logging.getLogger(__name__)

DTYPES = {"float32": torch.float32, "bfloat16": torch.bfloat16, "float16": torch.float16}
NUCLEUS_FIRST_K = 256  # tokens ranked before a top-p cut; more only for rows that need it
MIN_SHARED_PREFIX = 8  # tokens; below this a separate prefix pass costs more than it saves
END_OF_TURN_TOKENS = ("<|im_end|>", "<end_of_turn>", "<|eot_id|>", "<|endoftext|>", "<|end|>")


def _value(x: Any) -> Any:
    """Enum members from structured configs -> their plain value."""
    return getattr(x, "value", x)


def pick_device(requested: str) -> str:
    if requested == "auto":
        if torch.cuda.is_available():
            return "cuda"
        if getattr(torch.backends, "mps", None) and torch.backends.mps.is_available():
            return "mps"
        return "cpu"
    if requested == "cuda" and not torch.cuda.is_available():
        raise SlmtrustError("hardware.device=cuda but no CUDA GPU is visible to torch; valid here: auto, cpu")
    if requested == "mps" and not (getattr(torch.backends, "mps", None) and torch.backends.mps.is_available()):
        raise SlmtrustError("hardware.device=mps but MPS is not available; valid here: auto, cpu")
    return requested


def _hash_folder_weights(folder: Path, hasher) -> str:
    names = sorted(p for p in folder.iterdir() if p.suffix in (".safetensors", ".bin", ".pt", ".pth"))
    digest = hashlib.sha256()
    for p in names:
        digest.update(f"{p.name}\0{hasher(p)}\n".encode())
    return digest.hexdigest()


def _hash_state_dict(model: torch.nn.Module) -> str:
    digest = hashlib.sha256()
    for name, tensor in sorted(model.state_dict().items()):
        digest.update(name.encode())
        digest.update(tensor.detach().to("cpu", torch.float32).contiguous().numpy().tobytes())
    return digest.hexdigest()


class TransformersBackend:
    """``generate``/``score`` on a causal LM loaded with ``AutoModelForCausalLM``."""

    nucleus_first_k = NUCLEUS_FIRST_K  # the vocabulary size gives the full-sort baseline (benchmarks/)

    def __init__(self, model_cfg: Any, hardware_cfg: Any, cache_dir: str | Path, file_hasher=None):
        from transformers.utils import logging as hf_logging

        from ..util.datasheet import file_sha256

        hf_logging.disable_progress_bar()
        self.cfg = model_cfg
        self.cache_dir = Path(cache_dir).expanduser()
        self.hasher = file_hasher or file_sha256
        dtype_name = _value(model_cfg.dtype)
        if dtype_name not in DTYPES:
            raise SlmtrustError(f"model.dtype={dtype_name}: valid are {', '.join(DTYPES)}")
        self.dtype = DTYPES[dtype_name]
        self.device = pick_device(_value(hardware_cfg.device))
        if getattr(hardware_cfg, "threads", None):
            torch.set_num_threads(int(hardware_cfg.threads))
        start = time.perf_counter()
        self.model, self.tokenizer, weights_sha, quantization = self._load()
        self.model.to(device=self.device, dtype=self.dtype).eval()
        # quantised variant (model.quantization); the logic is in models/quantize.py
        parameters = sum(p.numel() for p in self.model.parameters())  # before int8 layers hide theirs
        self.model, quantization = _quantize(self.model, model_cfg.quantization, quantization, self.device, dtype_name)
        self.load_seconds = time.perf_counter() - start
        self.template = self._chat_template()
        self.pad_id = self.tokenizer.pad_token_id
        if self.pad_id is None:
            self.pad_id = self.tokenizer.eos_token_id or 0
        self.eos_ids = self._eos_ids()
        self.max_length = int(
            model_cfg.max_length or getattr(self.model.config, "max_position_embeddings", 2048) or 2048
        )
        template_id = hashlib.sha256(self.template.encode()).hexdigest() if self.template else "none"
        self._info = ModelInfo(
            id=model_cfg.name,
            backend="transformers",
            source=model_cfg.path,
            fingerprint=Fingerprint(weights_sha, dtype_name, quantization, template_id),
            parameters=parameters,
            device=self.device,
            system_prompt=model_cfg.system_prompt,
            load_seconds=round(self.load_seconds, 3),
            extra={"architecture": type(self.model).__name__, "max_length": self.max_length},
        )

    # ------------------------------------------------------------------ loading
    def _load(self) -> tuple[Any, Any, str, str]:
        from transformers import AutoConfig, AutoModelForCausalLM

        cfg = self.cfg
        if cfg.random_init is not None:
            tokenizer = self._tokenizer_for(cfg.tokenizer or cfg.path)
            options = dict(cfg.random_init)
            model_type = options.pop("model_type", "llama")
            config = AutoConfig.for_model(model_type, vocab_size=len(tokenizer), **options)
            torch.manual_seed(int(cfg.seed))
            model = AutoModelForCausalLM.from_config(config, dtype=torch.float32)
            return model, tokenizer, _hash_state_dict(model), "none (random init)"
        source = resolve_source(cfg.path, cfg.gguf_file, self.cache_dir)
        if source.kind == "gguf":
            folder, sha, quant = self._gguf_folder(source)
            model = self._from_pretrained(AutoModelForCausalLM, str(folder / "model"))
            return model, self._auto_tokenizer(str(folder / "tokenizer")), sha, quant
        if source.kind == "dir":
            check_weights_safe(Path(source.location), cfg.allow_pickle, cfg.path)
        model = self._from_pretrained(AutoModelForCausalLM, source.location)
        tokenizer = self._auto_tokenizer(cfg.tokenizer or source.location)
        folder = Path(source.location) if source.kind == "dir" else self._hub_folder(source)
        sha = _hash_folder_weights(folder, self.hasher) if folder else _hash_state_dict(model)
        return model, tokenizer, sha, "none"

    def _from_pretrained(self, cls: Any, location: str, **kwargs: Any) -> Any:
        try:
            return cls.from_pretrained(
                location,
                dtype=torch.float32,
                revision=self.cfg.revision,
                trust_remote_code=bool(self.cfg.trust_remote_code),
                use_safetensors=None if self.cfg.allow_pickle else True,
                **kwargs,
            )
        except Exception as exc:  # noqa: BLE001 - a corrupt or truncated weights file surfaces in many types
            raise SlmtrustError(
                f"model.path={self.cfg.path}: cannot load the weights in {location} ({type(exc).__name__}: "
                f"{first_line(exc)}); a corrupt or truncated file must be replaced (de-quantised copies under "
                "paths.cache can be deleted and are rebuilt)"
            ) from None

    def _auto_tokenizer(self, location: str, **kwargs: Any) -> Any:
        from transformers import AutoTokenizer

        try:
            return AutoTokenizer.from_pretrained(location, trust_remote_code=bool(self.cfg.trust_remote_code), **kwargs)
        except (OSError, ValueError) as exc:
            raise SlmtrustError(f"model.tokenizer={location}: cannot load tokenizer ({first_line(exc, None)})") from exc

    def _hub_folder(self, source: Source) -> Path | None:
        try:
            from huggingface_hub import snapshot_download

            return Path(snapshot_download(source.location, revision=self.cfg.revision, local_files_only=True))
        except Exception:  # noqa: BLE001 - fall back to hashing the loaded tensors
            return None

    def _gguf_cache(self, sha: str) -> Path:
        return self.cache_dir / "gguf" / sha[:24]

    def _tokenizer_for(self, spec: str) -> Any:
        """A tokenizer from a folder / hub id, or from a GGUF file (cached as a folder)."""
        source = resolve_source(spec, None, self.cache_dir)
        if source.kind != "gguf":
            return self._auto_tokenizer(source.location)
        path = Path(source.location)
        folder = self._gguf_cache(self.hasher(path)) / "tokenizer"
        if not (folder / "tokenizer_config.json").is_file():
            tokenizer = self._auto_tokenizer(str(path.parent), gguf_file=path.name)
            _save_atomically(folder, tokenizer.save_pretrained)
        return self._auto_tokenizer(str(folder))

    def _gguf_folder(self, source: Source) -> tuple[Path, str, str]:
        """De-quantise a GGUF file once into ``<cache>/gguf/<sha>/{model,tokenizer}``."""
        from transformers import AutoModelForCausalLM

        path = Path(source.location)
        sha = self.hasher(path)
        folder = self._gguf_cache(sha)
        meta = folder / "source.json"
        if meta.is_file() and (folder / "model" / "config.json").is_file():
            return folder, sha, json.loads(meta.read_text())["quantization"]
        quant = read_gguf_quantization(path, self.cfg.path)  # also rejects unreadable files
        log.info("de-quantising %s once (cached under %s)", path.name, folder)
        self._tokenizer_for(str(path))
        try:
            model = AutoModelForCausalLM.from_pretrained(str(path.parent), gguf_file=path.name, dtype=torch.float32)
        except Exception as exc:  # noqa: BLE001 - transformers raises many kinds here
            raise SlmtrustError(f"model.path={self.cfg.path}: cannot load GGUF ({type(exc).__name__}: {exc})") from exc
        _save_atomically(folder / "model", lambda d: _save_plain_copy(model, d))
        meta.write_text(json.dumps({"gguf": str(path), "sha256": sha, "quantization": quant}))
        return folder, sha, quant

    # ------------------------------------------------------------------ prompts
    def _chat_template(self) -> str | None:
        choice = self.cfg.chat_template
        if choice == "none":
            return None
        if choice == "auto":
            return getattr(self.tokenizer, "chat_template", None) or None
        path = Path(choice).expanduser()
        if not path.is_file():
            raise SlmtrustError(f"model.chat_template={choice}: valid are auto, none, or a path to a Jinja file")
        return path.read_text(encoding="utf-8")

    def _eos_ids(self) -> list[int]:
        ids: set[int] = set()
        gen_eos = getattr(self.model.generation_config, "eos_token_id", None)
        for value in (gen_eos if isinstance(gen_eos, list) else [gen_eos], [self.tokenizer.eos_token_id]):
            ids.update(v for v in value if v is not None)
        vocab = self.tokenizer.get_vocab()
        ids.update(vocab[t] for t in END_OF_TURN_TOKENS if t in vocab)
        return sorted(ids)

    def render(self, request: Request) -> tuple[str, bool]:
        """The context text and whether the tokenizer should add its special tokens."""
        if request.prompt is not None:
            return request.prompt, True
        messages = list(request.messages or ())
        if self.cfg.system_prompt and (not messages or messages[0].role != "system"):
            messages.insert(0, Message("system", self.cfg.system_prompt))
        if self.template is None:
            return plain_chat(messages), True
        try:
            text = self.tokenizer.apply_chat_template(
                [asdict(m) for m in messages], chat_template=self.template, tokenize=False, add_generation_prompt=True
            )
        except Exception as exc:  # noqa: BLE001 - template errors are user-facing
            raise SlmtrustError(f"model.chat_template: the template failed on this conversation ({exc})") from exc
        return text, False

    def encode(self, text: str, special: bool) -> list[int]:
        return list(self.tokenizer(text, add_special_tokens=special)["input_ids"])

    def encode_pair(self, context: str, continuation: str, special: bool) -> tuple[list[int], list[int]]:
        """Token ids of context and continuation, splitting as lm-eval does: trailing spaces
        of the context move to the continuation, and the continuation's ids are what the
        joint encoding adds after the context's ids."""
        spaces = len(context) - len(context.rstrip())
        if spaces:
            continuation, context = context[-spaces:] + continuation, context[:-spaces]
        whole = self.encode(context + continuation, special)
        ctx = self.encode(context, special)
        return ctx, whole[len(ctx) :]

    # ------------------------------------------------------------------ scoring
    def score(self, batch: Sequence[Request]) -> list[Response]:
        """Log-likelihoods of every continuation. All contexts of the batch are encoded in one
        left-padded forward pass; its KV cache is then fanned out to every option, so a context
        is computed once however many options it has, and logits are computed only at the
        positions that are scored."""
        groups = []  # (context ids, [continuation ids]) per scoring unit; unit -> request
        owners = []
        for i, request in enumerate(batch):
            context, special = self.render(request)
            conts = request.continuations
            if request.messages is not None and context and not context[-1].isspace():
                conts = tuple(" " + c for c in conts)  # e.g. "Assistant:" + " Paris" in plain rendering
            pairs = [self.encode_pair(context, c, special) for c in conts]
            if all(p[0] == pairs[0][0] for p in pairs):
                groups.append((pairs[0][0], [c for _, c in pairs]))
                owners.append(i)
            else:  # a boundary merge differs per option: each option keeps its own context
                for ctx, cont in pairs:
                    groups.append((ctx, [cont]))
                    owners.append(i)
        parts: list[list[Response]] = [[] for _ in batch]
        for i, response in zip(owners, self._score_groups(groups)):
            parts[i].append(response)
        return [p[0] if len(p) == 1 else _merge(p) for p in parts]

    @torch.inference_mode()
    def _score_groups(self, groups: list[tuple[list[int], list[list[int]]]]) -> list[Response]:
        dev = self.device
        first_id = self.tokenizer.bos_token_id if self.tokenizer.bos_token_id is not None else self.eos_ids[0]
        contexts = []
        for ctx, conts in groups:
            ctx = ctx or [first_id]
            longest = max(len(c) for c in conts)
            contexts.append(ctx[-max(1, self.max_length - longest) :])
        longest = max(len(c) for _, conts in groups for c in conts)
        out, mask = self._encode_contexts(contexts, use_cache=longest > 1)
        first = torch.log_softmax(out.logits[:, -1].float(), dim=-1)  # next-token distribution per context
        rows = [(g, c) for g, (_, conts) in enumerate(groups) for c in conts]
        rest = None
        if longest > 1:  # every option after its context's cache, right-padded
            w = longest - 1
            k = len(rows)
            opt_ids = torch.full((k, w), self.pad_id, dtype=torch.long)
            opt_mask = torch.zeros((k, w), dtype=torch.long)
            for j, (_, c) in enumerate(rows):
                opt_ids[j, : len(c) - 1] = torch.tensor(c[:-1])
                opt_mask[j, : len(c) - 1] = 1
            owner = torch.tensor([g for g, _ in rows], device=dev)
            past = out.cache
            past.batch_select_indices(owner)
            owner = owner.to(mask.device)
            lengths = mask.sum(-1)[owner]
            opt_pos = lengths[:, None] + torch.arange(w, device=dev)[None, :]
            full_mask = torch.cat([mask[owner], opt_mask.to(dev)], dim=1)
            out2 = self.model(
                input_ids=opt_ids.to(dev),
                attention_mask=full_mask,
                cache=past,
                position_ids=opt_pos,
                use_cache=False,
            )
            rest = torch.log_softmax(out2.logits.float(), dim=-1)
        results = [Response(logprobs=[], token_counts=[], is_greedy=[], token_logprobs=[]) for _ in groups]
        for j, (g, c) in enumerate(rows):
            per_token, greedy = [], True
            if c:
                per_token = [first[g, c[0]].item()]
                greedy = int(first[g].argmax()) == c[0]
                if len(c) > 1:
                    steps = rest[j, : len(c) - 1]
                    target = torch.tensor(c[1:], device=dev)
                    per_token += steps.gather(1, target[:, None])[:, 0].tolist()
                    greedy = greedy and bool((steps.argmax(-1) == target).all())
            results[g].token_logprobs.append(per_token)
            results[g].logprobs.append(float(sum(per_token)))
            results[g].token_counts.append(len(c))
            results[g].is_greedy.append(greedy)
        return results

    def _encode_contexts(self, contexts: list[list[int]], use_cache: bool) -> tuple[Any, torch.Tensor]:
        """One forward pass over all contexts, returning the output (logits at the last column,
        KV cache) and the attention mask. The token prefix that every context shares (a chat
        template's system prompt, say) is encoded once and fanned out; each context's own
        suffix follows it left-padded, so every context ends in the last column. Identical
        contexts (the samples of one prompt) are encoded once and their rows repeated."""
        owner: dict[tuple[int, ...], int] = {}
        rows = [owner.setdefault(tuple(c), len(owner)) for c in contexts]
        if len(owner) < len(contexts):
            out, mask = self._encode_contexts([list(c) for c in owner], use_cache)
            index = torch.tensor(rows, device=mask.device)
            if out.cache is not None:
                out.cache.batch_select_indices(index)
            out.logits = out.logits[index]
            return out, mask[index]
        dev = self.device
        n = len(contexts)
        shared = _common_prefix(contexts)
        shared = shared[: min(len(c) for c in contexts) - 1]  # every context keeps >= 1 own token
        past = None
        if len(shared) >= MIN_SHARED_PREFIX and n > 1:
            prefix = self.model(input_ids=torch.tensor([shared], device=dev), use_cache=True, logits_to_keep=1)
            past = prefix.cache
            past.batch_repeat_interleave(n)
        else:
            shared = []
        suffixes = [c[len(shared) :] for c in contexts]
        width = max(len(c) for c in suffixes)
        ids = torch.full((n, width), self.pad_id, dtype=torch.long)
        own = torch.zeros((n, width), dtype=torch.long)
        for i, suffix in enumerate(suffixes):
            ids[i, width - len(suffix) :] = torch.tensor(suffix)
            own[i, width - len(suffix) :] = 1
        mask = torch.cat([torch.ones((n, len(shared)), dtype=torch.long), own], dim=1).to(dev)
        positions = (mask.cumsum(-1) - 1).clamp(min=0)[:, len(shared) :]
        out = self.model(
            input_ids=ids.to(dev),
            attention_mask=mask,
            position_ids=positions,
            cache=past,
            use_cache=use_cache,
            logits_to_keep=1,
        )
        return out, mask

    # ------------------------------------------------------------------ generation
    def generate(self, batch: Sequence[Request]) -> list[Response]:
        """All requests of the batch (times ``gen.n`` samples each) decode together in one loop.
        A sampled row draws from its own generator, seeded by the request and the sample's
        index, so its text does not depend on which other requests share the batch."""
        gen = batch[0].gen
        if any(r.gen != gen for r in batch):
            raise ValueError("a generate batch must share one GenerationSettings")
        prompts, generators = [], []
        for r in batch:
            ids = self._prompt_ids(r)
            for j in range(gen.n):
                prompts.append(ids)
                generators.append(None if gen.greedy else self._generator(gen.seed, r, j))
        rows = self._decode_loop(prompts, gen, generators)
        texts = [self._decode(row, gen.stop) for row in rows]
        return [Response(texts=texts[i * gen.n : (i + 1) * gen.n]) for i in range(len(batch))]

    def _generator(self, seed: int, request: Request, index: int) -> torch.Generator:
        value = int(hashlib.sha256(f"{seed}:{request.key()}:{index}".encode()).hexdigest()[:15], 16)
        return torch.Generator(device="cpu").manual_seed(value)

    def _prompt_ids(self, request: Request) -> list[int]:
        text, special = self.render(request)
        ids = self.encode(text, special) or [self.eos_ids[0]]
        return ids[-max(1, self.max_length - request.gen.max_new_tokens) :]

    @torch.inference_mode()
    def _decode_loop(
        self, prompts: list[list[int]], gen: GenerationSettings, generators: list[torch.Generator | None]
    ) -> list[list[int]]:
        """Token ids generated for each prompt. Every row is dropped from the batch as soon as
        it ends (end-of-turn token or stop string), so finished rows cost nothing. Greedy rows
        take the argmax of the logits with no logits processor, matching a per-item
        ``model.generate(do_sample=False)``; sampled rows use temperature and nucleus (top-p)
        filtering."""
        out, mask = self._encode_contexts(prompts, use_cache=True)
        past = out.cache
        active = list(range(len(prompts)))
        next_ids = self._pick(out.logits[:, -1], gen, [generators[r] for r in active])
        lengths = mask.sum(-1)
        produced: list[list[int]] = [[] for _ in prompts]
        eos = set(self.eos_ids)
        for step in range(gen.max_new_tokens):
            keep = []
            for slot, row in enumerate(active):
                token = int(next_ids[slot])
                if token in eos:
                    continue
                produced[row].append(token)
                if gen.stop and any(s in self.tokenizer.decode(produced[row][-16:]) for s in gen.stop):
                    continue
                keep.append(slot)
            if not keep or step == gen.max_new_tokens - 1:
                break
            if len(keep) < len(active):
                index = torch.tensor(keep, device=mask.device)
                past.batch_select_indices(index)
                mask, next_ids, lengths = mask[index], next_ids[index], lengths[index]
                active = [active[k] for k in keep]
            mask = torch.cat([mask, mask.new_ones((len(active), 1))], dim=1)
            out = self.model(
                input_ids=next_ids[:, None],
                attention_mask=mask,
                position_ids=lengths[:, None],
                cache=past,
                use_cache=True,
            )
            lengths = lengths + 1
            next_ids = self._pick(out.logits[:, -1], gen, [generators[r] for r in active])
        return produced

    def _pick(self, logits: torch.Tensor, gen: GenerationSettings, generators: list) -> torch.Tensor:
        """The next token of each row: argmax when greedy, else a draw from the row's generator."""
        if gen.greedy:
            return logits.argmax(-1)
        probs = torch.softmax(logits.float().cpu() / gen.temperature, dim=-1)
        if gen.top_p >= 1.0:
            picks = [torch.multinomial(probs[i], 1, generator=g) for i, g in enumerate(generators)]
        else:  # drawing from the nucleus alone: multinomial's cost grows with the vector it gets
            kept = nucleus(probs, gen.top_p, self.nucleus_first_k)
            picks = [index[torch.multinomial(p, 1, generator=g)] for (p, index), g in zip(kept, generators)]
        return torch.cat(picks).to(logits.device)

    def _decode(self, row: list[int], stop: tuple[str, ...]) -> str:
        for j, tok in enumerate(row):
            if tok in self.eos_ids:
                row = row[:j]
                break
        text = self.tokenizer.decode(row, skip_special_tokens=True)
        for s in stop:
            cut = text.find(s)
            if cut >= 0:
                text = text[:cut]
        return text

    def info(self) -> ModelInfo:
        return self._info


def nucleus(
    probs: torch.Tensor, top_p: float, first_k: int = NUCLEUS_FIRST_K
) -> list[tuple[torch.Tensor, torch.Tensor]]:
    """Per row, the probabilities (not renormalised; multinomial does not need it) and token ids
    of its top-p nucleus, highest first: the highest-ranked tokens up to and including the one
    whose cumulative mass reaches ``top_p``; the top token always stays.

    Sorting a whole vocabulary row costs far more than the rest of a sampling step, and a
    nucleus rarely holds more than a few hundred tokens, so the ``first_k`` largest are taken
    first and k doubles (up to the vocabulary) for the rows whose top k hold less than
    ``top_p``. The kept values and positions are the same as with a full sort."""
    vocab = probs.shape[-1]
    kept: list[tuple[torch.Tensor, torch.Tensor]] = [None] * probs.shape[0]  # type: ignore[list-item]
    rows = torch.arange(probs.shape[0])
    k = min(max(1, first_k), vocab)
    while rows.numel():
        top, index = (probs if rows.numel() == probs.shape[0] else probs[rows]).topk(k, dim=-1)
        total = top.cumsum(-1)
        done = (total[:, -1] >= top_p) | (k == vocab)  # the nucleus ends inside the top k
        sizes = ((total - top) < top_p).sum(-1)  # tokens whose higher-ranked mass is below top_p
        for j in done.nonzero().flatten().tolist():
            size = int(sizes[j])
            kept[int(rows[j])] = (top[j, :size], index[j, :size])
        rows, k = rows[~done], min(2 * k, vocab)
    return kept


def plain_chat(messages: list[Message]) -> str:
    """A template-free rendering for base models: role-labelled turns, ending with 'Assistant:'."""
    parts = []
    for m in messages:
        if m.role == "system":
            parts.append(m.content.strip() + "\n")
        else:
            parts.append(f"{'User' if m.role == 'user' else 'Assistant'}: {m.content.strip()}\n")
    return "\n".join(parts) + "\nAssistant:"


def _common_prefix(seqs: list[list[int]]) -> list[int]:
    first = seqs[0]
    size = min(len(s) for s in seqs)
    for i in range(size):
        if any(s[i] != first[i] for s in seqs):
            return first[:i]
    return first[:size]


def _merge(responses: list[Response]) -> Response:
    return Response(
        logprobs=[lp for r in responses for lp in r.logprobs or []],
        token_counts=[n for r in responses for n in r.token_counts or []],
        is_greedy=[g for r in responses for g in r.is_greedy or []],
        token_logprobs=[t for r in responses for t in r.token_logprobs or []],
    )


def _save_plain_copy(model: Any, folder: Path) -> None:
    """A GGUF-loaded model refuses ``save_pretrained``; a plain copy built from its config
    (without the GGUF quantisation marker) saves to safetensors and reloads fast."""
    from transformers import AutoModelForCausalLM

    config = model.config
    if hasattr(config, "quantization_config"):
        del config.quantization_config
    plain = AutoModelForCausalLM.from_config(config, dtype=torch.float32)
    plain.load_state_dict(model.state_dict())
    plain.save_pretrained(folder)


def _save_atomically(folder: Path, write) -> None:
    """Write into a temporary sibling folder, then rename: readers never see half a folder."""
    folder.parent.mkdir(parents=True, exist_ok=True)
    tmp = folder.with_name(f".{folder.name}.{os.getpid()}.tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    write(tmp)
    try:
        tmp.rename(folder)
    except OSError:  # another process finished first: keep theirs
        shutil.rmtree(tmp, ignore_errors=True)
