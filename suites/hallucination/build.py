"""Build the ``hallucination`` suite: answerable, nonexistent and grounded questions.

Run from the repository root::

    python suites/hallucination/build.py

Deterministic (``random.Random(SEED)``, no clock, no network); rewrites every JSONL file of
this folder byte-identically and refreshes ``datasheet.yaml``. Item text lives in the sibling
modules ``_answerable.py``, ``_nonexistent.py`` and ``_grounded.py``.
"""

from __future__ import annotations

import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.dont_write_bytecode = True

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "_common"))
from buildkit import folder, publish  # noqa: E402

HERE = folder(__file__)

import _answerable as A  # noqa: E402
import _grounded as G  # noqa: E402
import _nonexistent as N  # noqa: E402

from slmtrust.util.datasheet import load  # noqa: E402

SEED = 20261123

# --------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------

_ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def number_words(n: int) -> list[str]:
    """English words for 0..100 (hyphenated and spaced forms)."""
    if n < 20:
        return [_ONES[n]]
    if n == 100:
        return ["one hundred", "a hundred"]
    tens, ones = divmod(n, 10)
    if ones == 0:
        return [_TENS[tens]]
    return [f"{_TENS[tens]}-{_ONES[ones]}", f"{_TENS[tens]} {_ONES[ones]}"]


def dedupe(items: list[str]) -> list[str]:
    seen, out = set(), []
    for item in items:
        key = item.casefold().strip()
        if key and key not in seen:
            seen.add(key)
            out.append(item)
    return out


def make_aliases(answer: str, extra: list[str]) -> list[str]:
    aliases = [answer, *extra]
    if re.fullmatch(r"\d{1,3}", answer) and int(answer) <= 100:
        aliases += number_words(int(answer))
    return dedupe(aliases)


def contains_phrase(haystack: str, needle: str) -> bool:
    """Whole-word, case-insensitive containment (digits joined by "." or "," count as one word)."""
    pattern = r"(?<!\w)(?<!\d[.,])" + re.escape(needle.casefold()) + r"(?![.,]\d)(?!\w)"
    return re.search(pattern, haystack.casefold()) is not None


# --------------------------------------------------------------------------------------
# answerable
# --------------------------------------------------------------------------------------

HAND_DOMAINS = [
    ("geography", A.GEOGRAPHY),
    ("science", A.SCIENCE),
    ("history", A.HISTORY),
    ("literature_arts", A.ARTS),
    ("mathematics", A.MATHEMATICS),
    ("language_words", A.LANGUAGE),
    ("human_body_health", A.BODY),
    ("sport_games", A.SPORT),
    ("technology_computing", A.TECHNOLOGY),
    ("space_astronomy", A.SPACE),
    ("food_culture", A.FOOD),
]


def table_wrongs(rng: random.Random, answer: str, pool: list[str], lure: str | None, k: int = 3) -> list[str]:
    others = [p for p in pool if p != answer and p != lure]
    picks = rng.sample(others, k - (1 if lure else 0))
    wrongs = ([lure] if lure else []) + picks
    rng.shuffle(wrongs)
    return wrongs


def build_answerable(rng: random.Random) -> list[dict]:
    rows: list[tuple[str, str, str, list[str], list[str]]] = []  # domain, q, answer, aliases, wrong

    capitals = [c[1] for c in A.CAPITALS]
    table_geo = []
    for country, capital, extra, lure in A.CAPITALS:
        q = f"What is the capital city of {country}?"
        table_geo.append(
            ("geography", q, capital, make_aliases(capital, extra), table_wrongs(rng, capital, capitals, lure))
        )

    symbols = [s[1] for s in A.SYMBOLS]
    table_sci = []
    for element, symbol, lure in A.SYMBOLS:
        q = f"What is the chemical symbol for {element}?"
        table_sci.append(("science", q, symbol, [symbol], table_wrongs(rng, symbol, symbols, lure)))

    authors = [b[1] for b in A.BOOKS]
    table_lit = []
    for title, author, extra in A.BOOKS:
        wrong = table_wrongs(rng, author, authors, None)
        q = f"Who wrote {title}?"
        if title in A.BOOK_OVERRIDES:
            q, wrong = A.BOOK_OVERRIDES[title][0], list(A.BOOK_OVERRIDES[title][1])
        table_lit.append(("literature_arts", q, author, make_aliases(author, extra), wrong))

    tables = {"geography": table_geo, "science": table_sci, "literature_arts": table_lit}
    for domain, items in HAND_DOMAINS:
        rows.extend(tables.get(domain, []))
        for question, answer, extra, wrong in items:
            rows.append((domain, question, answer, make_aliases(answer, extra), list(wrong)))

    out = []
    for i, (domain, question, answer, aliases, wrong) in enumerate(rows, 1):
        out.append(
            {
                "id": f"hal-ans-{i:04d}",
                "domain": domain,
                "question": question,
                "answer": answer,
                "aliases": aliases,
                "wrong": wrong,
            }
        )
    return out


# --------------------------------------------------------------------------------------
# nonexistent
# --------------------------------------------------------------------------------------


class Pool:
    """Cycle through a list in seeded shuffled order, reshuffling when exhausted."""

    def __init__(self, rng: random.Random, items: list[str]):
        self.rng, self.items, self.queue = rng, list(items), []

    def draw(self, avoid: set[str] = frozenset()) -> str:
        for _ in range(len(self.items) * 2 + 2):
            if not self.queue:
                self.queue = list(self.items)
                self.rng.shuffle(self.queue)
            item = self.queue.pop()
            if item not in avoid:
                return item
        raise RuntimeError("pool cannot satisfy constraint")


PER_KIND = 22


def build_nonexistent(rng: random.Random) -> list[dict]:
    pools = {
        "G": Pool(rng, N.GIVEN),
        "S": Pool(rng, N.SURNAMES),
        "P": Pool(rng, N.PLACES),
        "B": Pool(rng, N.BRANDS),
        "M": Pool(rng, N.MODELS),
        "C": Pool(rng, N.MODEL_CODES),
        "T": Pool(rng, N.PRODUCT_TYPES),
        "N": Pool(rng, N.NATIONALITIES),
        "F": Pool(rng, N.FIELDS),
        "GEN": Pool(rng, N.GENERA),
        "WT": Pool(rng, N.WORK_TITLES),
    }

    def paper_title() -> str:
        return (
            f"{rng.choice(N.TITLE_ADJ)} {rng.choice(N.TITLE_NOUN)} in {pools['S'].draw()} {rng.choice(N.TITLE_NOUN2)}"
        )

    def clinical_title() -> str:
        return (
            f"Effects of {pools['S'].draw()} {rng.choice(N.THERAPIES)} on {rng.choice(N.OUTCOMES)} "
            f"in {rng.choice(N.POPULATIONS)}"
        )

    def survey_title() -> str:
        return (
            f"{rng.choice(N.SURVEY_TOPICS)} among {rng.choice(N.SURVEY_GROUPS)} in {pools['P'].draw()}: "
            f"a {rng.randint(3, 12)}-Year Survey"
        )

    def fill(template: str) -> dict[str, str]:
        values: dict[str, str] = {}
        s1 = pools["S"].draw()
        values.update(
            G=pools["G"].draw(),
            S=s1,
            S2=pools["S"].draw(avoid={s1}),
            P=pools["P"].draw(),
            B=pools["B"].draw(),
            M=f"{pools['M'].draw()} {pools['C'].draw()}",
            T=pools["T"].draw(),
            N=pools["N"].draw(),
            F=pools["F"].draw(),
            GEN=pools["GEN"].draw(),
            Y=str(rng.randint(1951, 2019)),
        )
        values["EP"] = pools["S"].draw().lower() + "i"
        if "{PT}" in template:
            values["PT"] = paper_title()
        if "{CT}" in template:
            values["CT"] = clinical_title()
        if "{ST}" in template:
            values["ST"] = survey_title()
        if "{WT}" in template:
            values["WT"] = pools["WT"].draw().format(P=pools["P"].draw(), S=pools["S"].draw(), G=pools["G"].draw())
        return values

    out, seen = [], set()
    n = 0
    for kind, frames in N.FRAMES.items():
        order = list(frames)
        rng.shuffle(order)
        extra = list(frames)
        rng.shuffle(extra)
        order = (order + extra)[:PER_KIND]
        for q_tpl, fact_type, e_tpl in order:
            for _attempt in range(50):
                values = fill(e_tpl)
                entity = e_tpl.format(**values)
                if entity.casefold() not in seen:
                    break
            else:
                raise RuntimeError(f"could not make a fresh entity for {e_tpl}")
            seen.add(entity.casefold())
            question = q_tpl.replace("{E}", entity).format(**values)
            n += 1
            out.append(
                {"id": f"hal-nx-{n:04d}", "kind": kind, "entity": entity, "question": question, "fact_type": fact_type}
            )
    return out


# --------------------------------------------------------------------------------------
# grounded
# --------------------------------------------------------------------------------------


def build_grounded() -> list[dict]:
    out, n = [], 0
    for entry in G.PASSAGES:
        passage = entry["passage"]
        for question, answer, extra in entry["qa"]:
            n += 1
            out.append(
                {
                    "id": f"hal-gr-{n:04d}",
                    "passage": passage,
                    "question": question,
                    "answerable": True,
                    "answer": answer,
                    "aliases": make_aliases(answer, extra),
                }
            )
        for question in entry["un"]:
            n += 1
            out.append(
                {
                    "id": f"hal-gr-{n:04d}",
                    "passage": passage,
                    "question": question,
                    "answerable": False,
                    "answer": None,
                    "aliases": [],
                }
            )
    return out


# --------------------------------------------------------------------------------------
# self-check
# --------------------------------------------------------------------------------------


def sentence_count(text: str) -> int:
    masked = re.sub(r"\b(Dr|Mr|Mrs|Ms|Prof|St)\.", r"\1", text)
    return len([s for s in re.split(r"(?<=[.!?])\s+", masked.strip()) if s])


def check(answerable: list[dict], nonexistent: list[dict], grounded: list[dict]) -> None:
    ids = [x["id"] for x in answerable + nonexistent + grounded]
    assert len(ids) == len(set(ids)), "duplicate ids"

    # answerable
    assert len(answerable) >= 320, len(answerable)
    domains = Counter(x["domain"] for x in answerable)
    assert len(domains) >= 8 and min(domains.values()) >= 30, domains
    questions = [x["question"].casefold() for x in answerable]
    assert len(questions) == len(set(questions)), "duplicate answerable question"
    for x in answerable:
        assert set(x) == {"id", "domain", "question", "answer", "aliases", "wrong"}, x
        assert x["question"].strip() and x["answer"].strip() and x["domain"], x
        assert x["question"].endswith("?"), x
        assert 1 <= len(x["answer"].split()) <= 5, x
        assert x["aliases"] and x["aliases"][0] == x["answer"], x
        assert all(a.strip() for a in x["aliases"]), x
        assert 3 <= len(x["wrong"]) <= 4 and all(w.strip() for w in x["wrong"]), x
        options = [x["answer"], *x["wrong"]]
        assert len({o.casefold() for o in options}) == len(options), f"duplicate option: {x}"
        for w in x["wrong"]:
            for a in x["aliases"]:
                assert a.casefold() != w.casefold(), f"wrong option is an alias: {x}"
                assert not contains_phrase(w, a), f"alias {a!r} inside wrong option {w!r}: {x['id']}"
                assert not contains_phrase(a, w), f"wrong option {w!r} inside alias {a!r}: {x['id']}"

    # nonexistent
    assert len(nonexistent) >= 160, len(nonexistent)
    kinds = Counter(x["kind"] for x in nonexistent)
    assert len(kinds) >= 6 and min(kinds.values()) >= 20, kinds
    allowed_kinds = {"person", "paper", "place", "product", "event", "work", "organisation", "species"}
    allowed_facts = {"year", "number", "person", "place", "name", "other"}
    entities = [x["entity"].casefold() for x in nonexistent]
    assert len(entities) == len(set(entities)), "duplicate entity"
    for x in nonexistent:
        assert set(x) == {"id", "kind", "entity", "question", "fact_type"}, x
        assert x["kind"] in allowed_kinds and x["fact_type"] in allowed_facts, x
        assert x["entity"].strip() and x["question"].endswith("?"), x
        assert x["entity"] in x["question"], x
        assert "{" not in x["question"] and "}" not in x["question"], x

    # grounded
    assert len(grounded) >= 130, len(grounded)
    n_true = sum(x["answerable"] for x in grounded)
    n_false = len(grounded) - n_true
    assert n_true >= 100 and n_false >= 30, (n_true, n_false)
    per_passage = Counter(x["passage"] for x in grounded)
    assert max(per_passage.values()) <= 3, "more than 3 questions on one passage"
    for x in grounded:
        assert set(x) == {"id", "passage", "question", "answerable", "answer", "aliases"}, x
        assert x["passage"].strip() and x["question"].endswith("?"), x
        assert 2 <= sentence_count(x["passage"]) <= 5, (sentence_count(x["passage"]), x["passage"])
        if x["answerable"]:
            assert x["answer"] and x["aliases"] and x["aliases"][0] == x["answer"], x
            assert 1 <= len(x["answer"].split()) <= 6, x
            assert any(contains_phrase(x["passage"], a) for a in x["aliases"]), f"answer not in passage: {x}"
        else:
            assert x["answer"] is None and x["aliases"] == [], x
    qs = [(x["passage"], x["question"]) for x in grounded]
    assert len(qs) == len(set(qs)), "duplicate grounded question"


def check_counts(answerable: list[dict], nonexistent: list[dict], grounded: list[dict]) -> None:
    """The hand-written ``counts`` block of datasheet.yaml must match the built files."""
    n_true = sum(x["answerable"] for x in grounded)
    expected = {
        "answerable": {"total": len(answerable), **Counter(x["domain"] for x in answerable)},
        "nonexistent": {"total": len(nonexistent), **Counter(x["kind"] for x in nonexistent)},
        "grounded": {
            "total": len(grounded),
            "passages": len({x["passage"] for x in grounded}),
            "answerable": n_true,
            "not_in_passage": len(grounded) - n_true,
        },
    }
    recorded = load(HERE).get("counts")
    assert recorded == expected, f"datasheet counts are stale; expected {expected}"


def main() -> None:
    rng = random.Random(SEED)
    answerable = build_answerable(rng)
    nonexistent = build_nonexistent(rng)
    grounded = build_grounded()
    check(answerable, nonexistent, grounded)
    check_counts(answerable, nonexistent, grounded)
    publish(HERE, {"answerable": answerable, "nonexistent": nonexistent, "grounded": grounded})
    domains = Counter(x["domain"] for x in answerable)
    kinds = Counter(x["kind"] for x in nonexistent)
    n_true = sum(x["answerable"] for x in grounded)
    print(f"answerable: {len(answerable)} {dict(domains)}")
    print(f"nonexistent: {len(nonexistent)} {dict(kinds)}")
    print(
        f"grounded: {len(grounded)} (answerable {n_true}, not in passage {len(grounded) - n_true}, "
        f"passages {len(G.PASSAGES)})"
    )


if __name__ == "__main__":
    main()
