"""A black-box adaptive attack on the labelled tasks (greedy word-importance search in the style
of TextAttack's ``GreedyWordSwapWIR``, written here): it only reads the model's log-probabilities
of the label words, and every round's requests go to the engine as one batch, so they are
batched, de-duplicated and cached (a re-run answers from the cache and calls no model).

1. Importance: for each word of the item's signal field (sentiment text, NLI hypothesis, MCQ
   question; words inside double quotes are left alone), the field with that word deleted is
   scored; importance = p(gold) on the clean text - p(gold) without the word, with p renormalised
   over the label words.
2. Greedy search: words are taken in order of importance. Each candidate perturbation of the
   word (near-synonyms from the suite's table, then seeded character edits: adjacent swap,
   deletion, one homoglyph, keyboard typo, every letter that has a homoglyph, a second typo)
   is scored; if one flips the prediction the attack stops
   (success). Otherwise the candidate that lowers p(gold) most is kept if it lowers it at all.
   At most ``budget`` words are changed and at most ``max_tries`` words are tried.

Only items the model answers correctly on the clean text are attacked (the ASR denominator);
the perturbation size is the number of words changed.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..api.types import Request, Response
from .tasks import SIGNAL_FIELD, TaskPrompts, gold_index, gold_probability, predict

AskFn = Callable[[Sequence[Request], str], list[Response]]

HOMOGLYPHS = {"a": "а", "c": "с", "e": "е", "i": "і", "o": "о", "p": "р", "x": "х", "y": "у", "s": "ѕ"}
KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_WORD = re.compile(r"^(\W*)([A-Za-z][A-Za-z'-]*[A-Za-z]|[A-Za-z]{2,})(\W*)$")


def keyboard_neighbours(ch: str) -> str:
    """Letters next to ``ch`` on the same QWERTY row."""
    for row in KEYBOARD_ROWS:
        i = row.find(ch.lower())
        if i >= 0:
            return row[max(0, i - 1) : i] + row[i + 1 : i + 2]
    return ""


def attackable_words(text: str) -> list[int]:
    """Indices of the space-separated tokens that are words and not inside double quotes."""
    out, quoted = [], False
    for i, token in enumerate(text.split(" ")):
        opens = token.count('"') % 2 == 1
        if not quoted and '"' not in token and _WORD.match(token):
            out.append(i)
        if opens:
            quoted = not quoted
    return out


def _match_case(word: str, template: str) -> str:
    return word[:1].upper() + word[1:] if template[:1].isupper() else word


def candidates(word: str, synonyms: Mapping[str, Sequence[str]], rng: random.Random, limit: int) -> list[str]:
    """Replacements for one word: table synonyms first, then seeded character edits."""
    out = [_match_case(s, word) for s in synonyms.get(word.lower(), ())]
    letters = [i for i, ch in enumerate(word) if ch.isalpha()]
    if len(letters) >= 2:
        i = rng.randrange(len(word) - 1)
        out.append(word[:i] + word[i + 1] + word[i] + word[i + 2 :])  # adjacent swap
        j = rng.choice(letters)
        out.append(word[:j] + word[j + 1 :])  # deletion
    glyphs = [i for i, ch in enumerate(word) if ch in HOMOGLYPHS]
    if glyphs:
        k = rng.choice(glyphs)
        out.append(word[:k] + HOMOGLYPHS[word[k]] + word[k + 1 :])
    typo = [i for i in letters if keyboard_neighbours(word[i])]
    if typo:
        t = rng.choice(typo)
        out.append(word[:t] + rng.choice(keyboard_neighbours(word[t])) + word[t + 1 :])
    if len(glyphs) >= 2:  # every look-alike letter at once: reads the same, tokenises very differently
        out.append("".join(HOMOGLYPHS.get(ch, ch) for ch in word))
    if len(typo) >= 2:  # a second typo at another position
        t2 = rng.choice([i for i in typo if i != t])
        out.append(word[:t2] + rng.choice(keyboard_neighbours(word[t2])) + word[t2 + 1 :])
    seen: list[str] = []
    for c in out:
        if c and c != word and c not in seen:
            seen.append(c)
    return seen[:limit]


def _replace(tokens: list[str], index: int, core: str | None) -> str:
    """The field with token ``index``'s word replaced by ``core`` (None deletes the token)."""
    copy = list(tokens)
    if core is None:
        del copy[index]
    else:
        m = _WORD.match(copy[index])
        copy[index] = m.group(1) + core + m.group(3) if m else core
    return " ".join(copy)


@dataclass
class AttackOutcome:
    item_id: str
    clean_correct: bool
    success: bool = False
    edits: int = 0
    queries: int = 0
    text: str = ""  # the final signal field
    substitutions: list[dict[str, str]] = field(default_factory=list)
    ranking: list[str] = field(default_factory=list)
    final: Request | None = None
    response: Response | None = None

    @property
    def robust_correct(self) -> bool:
        return self.clean_correct and not self.success


@dataclass
class _State:
    item: dict[str, Any]
    tokens: list[str]
    gold: int
    p_gold: float
    order: list[int] = field(default_factory=list)
    tried: int = 0
    done: bool = False


def greedy_attack(
    items: Sequence[Mapping[str, Any]],
    prompts: TaskPrompts,
    ask: AskFn,
    synonyms: Mapping[str, Sequence[str]],
    *,
    budget: int = 4,
    max_tries: int = 8,
    per_word: int = 8,
    seed: int = 0,
    normalise: bool = False,
    desc: str = "adaptive",
) -> list[AttackOutcome]:
    """Attack every item (see the module docstring); one ``ask`` call per round."""
    clean_req = [prompts.request(it) for it in items]
    clean_resp = ask(clean_req, f"{desc}/clean")
    outcomes: dict[str, AttackOutcome] = {}
    states: list[_State] = []
    for it, req, resp in zip(items, clean_req, clean_resp):
        gold = gold_index(it)
        ok = predict(resp, normalise) == gold
        text = it[SIGNAL_FIELD[it["task"]]]
        outcomes[it["id"]] = AttackOutcome(it["id"], ok, queries=1, text=text, final=req, response=resp)
        if ok:
            states.append(_State(dict(it), text.split(" "), gold, gold_probability(resp, gold) or 0.0))

    # 1. importance by deletion: one batch for every (item, word)
    jobs = [(s, i) for s in states for i in attackable_words(" ".join(s.tokens))]
    reqs = [_with_field(prompts, s.item, _replace(s.tokens, i, None)) for s, i in jobs]
    resps = ask(reqs, f"{desc}/importance")
    drops: dict[int, list[tuple[float, int]]] = {}
    for (s, i), resp in zip(jobs, resps):
        p = gold_probability(resp, s.gold)
        drops.setdefault(id(s), []).append((s.p_gold - (p if p is not None else s.p_gold), i))
        outcomes[s.item["id"]].queries += 1
    for s in states:
        ranked = sorted(drops.get(id(s), []), key=lambda d: (-d[0], d[1]))
        s.order = [i for _, i in ranked]
        outcomes[s.item["id"]].ranking = [s.tokens[i] for i in s.order]

    # 2. greedy perturbation of the most important words, one batch per round
    while True:
        active = [s for s in states if not s.done and s.order and s.tried < max_tries]
        if not active:
            break
        jobs2: list[tuple[_State, int, str, str]] = []
        for s in active:
            index = s.order.pop(0)
            s.tried += 1
            m = _WORD.match(s.tokens[index])
            word = m.group(2) if m else s.tokens[index]
            rng = random.Random(f"{seed}:{s.item['id']}:{index}:{word}")
            for cand in candidates(word, synonyms, rng, per_word):
                jobs2.append((s, index, word, cand))
        reqs = [_with_field(prompts, s.item, _replace(s.tokens, i, c)) for s, i, _, c in jobs2]
        resps = ask(reqs, f"{desc}/round")
        best: dict[int, tuple[float, bool, int, str, str, Request, Response]] = {}
        for (s, i, word, cand), req, resp in zip(jobs2, reqs, resps):
            out = outcomes[s.item["id"]]
            out.queries += 1
            p = gold_probability(resp, s.gold)
            if p is None:
                continue
            flipped = predict(resp, normalise) != s.gold
            key = (not flipped, p)  # a flip beats any lower probability
            if id(s) not in best or key < (not best[id(s)][1], best[id(s)][0]):
                best[id(s)] = (p, flipped, i, word, cand, req, resp)
        for s in active:
            out = outcomes[s.item["id"]]
            if id(s) not in best:
                continue
            p, flipped, i, word, cand, req, resp = best[id(s)]
            if flipped or p < s.p_gold:
                m = _WORD.match(s.tokens[i])
                s.tokens[i] = m.group(1) + cand + m.group(3) if m else cand
                s.p_gold = p
                out.edits += 1
                out.substitutions.append({"from": word, "to": cand})
                out.text, out.final, out.response = " ".join(s.tokens), req, resp
            if flipped:
                out.success = s.done = True
            elif out.edits >= budget:
                s.done = True
    return [outcomes[it["id"]] for it in items]


def _with_field(prompts: TaskPrompts, item: Mapping[str, Any], value: str) -> Request:
    changed = dict(item)
    changed[SIGNAL_FIELD[item["task"]]] = value
    return prompts.request(changed)
