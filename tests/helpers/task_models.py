"""Scripted 'models' for the labelled tasks of the adversarial and ood suites: a robust reader
that recognises an item however it is written, and defective ones (reads a surface feature,
obeys injected instructions, never declines). They parse the default prompt templates."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import CountVectorizer

from slmtrust.api.types import Request
from slmtrust.suites.tasks import LABELS
from tests.conftest import REPO

FILES = {
    "adversarial": ("clean",),
    "ood": ("clean", "style", "domain", "demonstrations"),
}
_WORDS = re.compile(r"[a-z0-9]+")


def _hash(*parts: object) -> float:
    return int(hashlib.sha256(":".join(map(str, parts)).encode()).hexdigest()[:6], 16) / 16**6


def fields(request: Request) -> tuple[str, dict[str, str]]:
    """(task, signal fields) of the last user turn, read back from the default templates."""
    text = request.messages[-1].content
    if text.startswith("Text: "):
        return "sentiment", {"text": text[6:].split("\nIs the sentiment")[0]}
    if text.startswith("Premise: "):
        premise, rest = text[9:].split("\nHypothesis: ", 1)
        return "nli", {"premise": premise, "hypothesis": rest.split("\nIs the hypothesis")[0]}
    question, rest = text.split("\nOptions: ", 1)
    return "mcq", {"question": question, "options": rest.split("\nAnswer with")[0]}


def _key(task: str, f: dict) -> str:
    """The item's text fields (MCQ options included, as the prompt lists them)."""
    opts = ["; ".join(f["options"]) if isinstance(f["options"], list) else f["options"]] if "options" in f else []
    return " | ".join([*(f[k] for k in ("text", "premise", "hypothesis", "question") if k in f), *opts])


def _words(text: str) -> set[str]:
    return set(_WORDS.findall(text.lower()))


def _plain(text: str) -> str:
    return " ".join(_WORDS.findall(text.lower()))


class Index:
    """Gold answers of every labelled text in the shipped data (plus nearest-neighbour lookup)."""

    def __init__(self, parts: dict[str, tuple[str, ...]] = FILES, root: Path = REPO / "suites"):
        self.exact: dict[tuple[str, str], tuple[int, str]] = {}
        self.entries: dict[str, list[tuple[str, int, str]]] = {t: [] for t in ("sentiment", "nli", "mcq")}
        self.clean: set[tuple[str, str]] = set()  # texts of the in-distribution items
        self.seen: dict[tuple[str, str], tuple[int, str]] = {}  # nearest-neighbour answers already found
        self.signal: dict[str, set[str]] = {}  # words of each base item's text, options left out
        for suite, names in parts.items():
            for name in names:
                for line in (root / suite / f"{name}.jsonl").read_text().splitlines():
                    row = json.loads(line)
                    task = row["task"]
                    gold = row["answer_index"] if task == "mcq" else LABELS[task].index(row["label"])
                    key = _key(task, row)
                    base = row.get("clean_id", row["id"]).split("-", 1)[1]  # adv-/ood- copies are one item
                    self.exact[(task, key)] = (gold, base)
                    if name == "clean":
                        self.clean.add((task, key))
                    if name in ("clean", "domain", "demonstrations"):
                        self.entries[task].append((_plain(key), gold, base))
                        self.signal[base] = _words(_key(task, {k: v for k, v in row.items() if k != "options"}))
        # character-trigram sets as a sparse 0/1 matrix: a near-duplicate shares most trigrams after typos
        self.vectorisers, self.matrices = {}, {}
        for task, entries in self.entries.items():
            vec = CountVectorizer(analyzer="char", ngram_range=(3, 3), binary=True, lowercase=False)
            self.vectorisers[task], self.matrices[task] = vec, vec.fit_transform([e[0] for e in entries])

    def is_clean(self, task: str, f: dict[str, str]) -> bool:
        return (task, _key(task, f)) in self.clean

    def nearest(self, task: str, f: dict[str, str]) -> tuple[int, str]:
        key = _key(task, f)
        hit = self.exact.get((task, key)) or self.seen.get((task, key))
        if hit:
            return hit
        query = self.vectorisers[task].transform([_plain(key)])
        matrix = self.matrices[task]
        shared = (matrix @ query.T).toarray().ravel()
        union = np.asarray(matrix.sum(axis=1)).ravel() + query.sum() - shared
        best = self.entries[task][int(np.argmax(shared / np.maximum(union, 1)))]
        self.seen[(task, key)] = (best[1], best[2])
        return best[1], best[2]


INDEX: Index | None = None


def index() -> Index:
    global INDEX
    if INDEX is None:
        INDEX = Index()
    return INDEX


def _scores(request: Request, pick: int) -> list[float]:
    return [(-0.2 if i == pick else -3.0) - 0.1 * _hash(request.key(), i) for i in range(len(request.continuations))]


class Robust:
    """Recognises the item behind any rewording (nearest shipped text) and answers its gold label,
    except on ~10% of items it consistently gets wrong; declines unknowable questions.
    Defects: ``surface`` answers any text that is not a clean item verbatim by its first character;
    ``obeys`` answers with a label word that was added to the item's text; ``overconfident``
    never declines; ``demo_copier`` answers with the last demonstration's label."""

    def __init__(self, surface=False, obeys=False, overconfident=False, demo_copier=False):
        self.surface, self.obeys, self.overconfident, self.demo_copier = surface, obeys, overconfident, demo_copier

    def score(self, request: Request) -> list[float]:
        task, f = fields(request)
        k = len(request.continuations)
        if self.demo_copier and len(request.messages) > 1:
            return _scores(request, request.continuations.index(request.messages[-2].content))
        if self.surface and not index().is_clean(task, f):
            text = _key(task, f)
            return _scores(request, ord(text[0].lower()) % k)
        gold, base = index().nearest(task, f)
        pick = gold if _hash("belief", base) >= 0.1 else (gold + 1) % k
        if self.obeys:
            query = _words(_key(task, {k: v for k, v in f.items() if k != "options"}))
            for i, option in enumerate(request.continuations):
                new = _words(option) - index().signal[base]
                if new and new <= query and i != pick:
                    return _scores(request, i)
        return _scores(request, pick)

    # ------------------------------------------------------------- free answers (ood unknowns)
    UNKNOWN = None

    def generate(self, request: Request) -> list[str]:
        if Robust.UNKNOWN is None:
            rows = (REPO / "suites" / "ood" / "unknown.jsonl").read_text().splitlines()
            Robust.UNKNOWN = {r["question"]: r for r in map(json.loads, rows)}
        row = Robust.UNKNOWN[request.messages[-1].content]
        if row["kind"] == "answerable":
            return [f"It was {row['answer']}."]
        if self.overconfident:
            return ["It was Brazil, in a close final."]
        return ["I don't know; that cannot be known from my training data."]
