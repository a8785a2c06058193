"""Build the `ood` suite: in-distribution reference, style shifts, domain shifts,
unknown/unanswerable questions and few-shot demonstration pools.

Run from the repository root:  python suites/ood/build.py
Rewrites every JSONL file of this folder byte-identically, fills `counts` in
datasheet.yaml and refreshes its hashes.

Style shifts: `caps`, `leet`, `typos` are seeded transforms of every clean item
(sentiment text; NLI premise and hypothesis; MCQ question, never the options);
`formal`, `social`, `dialect` (Scots-influenced Scottish English) are hand-written
rewrites of the first 64 sentiment items and the first 33 NLI items
(suites/ood/_ood_styles.py). Each item/style pair gets its own RNG seeded from
(SEED, clean id, style), so adding items never changes existing variants.
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

import clean_tasks  # noqa: E402
from _ood_demos import DEMOS  # noqa: E402
from _ood_domain import DOMAINS  # noqa: E402
from _ood_styles import NLI_STYLES, SENTIMENT_STYLES  # noqa: E402
from _ood_unknown import ANSWERABLE, FUTURE, UNKNOWABLE  # noqa: E402

SEED = 20261123
PREFIX = "ood"
TASK_CODE = {"sentiment": "sent", "nli": "nli", "mcq": "mcq"}
STYLE_FIELDS = {"sentiment": ("text",), "nli": ("premise", "hypothesis"), "mcq": ("question",)}
TRANSFORM_STYLES = ("caps", "leet", "typos")
WRITTEN_STYLES = ("formal", "social", "dialect")
POOL_CODE = {"in_domain": "ind", "ood_domain": "oodd", "ood_style": "oods"}

WORD_RE = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "b": "8", "g": "9"}
LEET_P = 0.7
TYPO_P = 0.5


def item_rng(item_id: str, tag: str) -> random.Random:
    return random.Random(f"{SEED}:{item_id}:{tag}")


# ---------------------------------------------------------------- transforms
def unquoted_words(text: str) -> list[re.Match]:
    quotes = [(m.start(), m.end()) for m in re.finditer(r'"[^"]*"', text)]
    return [m for m in WORD_RE.finditer(text) if not any(a <= m.start() < b for a, b in quotes)]


def splice(text: str, edits: list[tuple[int, int, str]]) -> str:
    for start, end, new in sorted(edits, reverse=True):
        text = text[:start] + new + text[end:]
    return text


def to_caps(text: str, rng: random.Random) -> str:
    return text.upper()


def to_leet(text: str, rng: random.Random) -> str:
    edits = []
    for m in unquoted_words(text):
        word = "".join(LEET[ch.lower()] if ch.lower() in LEET and rng.random() < LEET_P else ch for ch in m.group())
        edits.append((m.start(), m.end(), word))
    out = splice(text, edits)
    if out == text:  # guarantee a visible change
        m = next(m for m in unquoted_words(text) if any(ch.lower() in LEET for ch in m.group()))
        i = next(i for i, ch in enumerate(m.group()) if ch.lower() in LEET)
        out = text[: m.start() + i] + LEET[m.group()[i].lower()] + text[m.start() + i + 1 :]
    return out


def one_typo(word: str, rng: random.Random) -> str:
    ops = ["neighbour", "swap", "delete", "double"] if len(word) >= 4 else ["neighbour", "double"]
    op = rng.choice(ops)
    if op == "neighbour":
        i = rng.randrange(len(word))
        new = rng.choice(clean_tasks.QWERTY.get(word[i].lower(), word[i].lower()))
        return word[:i] + (new.upper() if word[i].isupper() else new) + word[i + 1 :]
    if op == "swap":
        i = rng.randrange(1, len(word) - 1)
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if op == "delete":
        i = rng.randrange(1, len(word))
        return word[:i] + word[i + 1 :]
    i = rng.randrange(len(word))
    return word[:i] + word[i] + word[i:]


def to_typos(text: str, rng: random.Random) -> str:
    words = [m for m in unquoted_words(text) if len(m.group()) >= 3]
    chosen = [m for m in words if rng.random() < TYPO_P]
    floor = max(1, (len(words) + 2) // 3)  # at least a third of the eligible words
    if len(chosen) < floor:
        rest = [m for m in words if m not in chosen]
        rng.shuffle(rest)
        chosen += rest[: floor - len(chosen)]
    edits = []
    for m in chosen:
        new = one_typo(m.group(), rng)
        if new == m.group():
            new = m.group() + m.group()[-1]
        edits.append((m.start(), m.end(), new))
    return splice(text, edits)


TRANSFORMS = {"caps": to_caps, "leet": to_leet, "typos": to_typos}


# ------------------------------------------------------------------- items
def mcq_rows(triples: list[tuple], seed: str, id_fmt: str, extra: dict) -> list[dict]:
    rng = random.Random(seed)
    positions = [i % 4 for i in range(len(triples))]
    rng.shuffle(positions)
    rows = []
    for n, ((question, correct, wrong), pos) in enumerate(zip(triples, positions), 1):
        options = list(wrong)
        rng.shuffle(options)
        options.insert(pos, correct)
        rows.append(
            {
                "id": id_fmt.format(n=n),
                "task": "mcq",
                **extra,
                "question": question,
                "options": options,
                "answer_index": pos,
            }
        )
    return rows


def nli_rows(groups: list[tuple], id_fmt: str, extra: dict) -> list[dict]:
    rows = []
    for premise, hyps in groups:
        for hypothesis, label in hyps:
            rows.append(
                {
                    "id": id_fmt.format(n=len(rows) + 1),
                    "task": "nli",
                    **extra,
                    "premise": premise,
                    "hypothesis": hypothesis,
                    "label": label,
                }
            )
    return rows


def sentiment_rows(pairs: list[tuple], id_fmt: str, extra: dict) -> list[dict]:
    return [
        {"id": id_fmt.format(n=n), "task": "sentiment", **extra, "text": text, "label": label}
        for n, (text, label) in enumerate(pairs, 1)
    ]


def style_rows(clean: list[dict]) -> list[dict]:
    rows = []
    for item in clean:
        for style in TRANSFORM_STYLES:
            rng = item_rng(item["id"], style)
            row = {
                "id": f"{item['id']}:{style}",
                "clean_id": item["id"],
                "task": item["task"],
                "style": style,
                "source": "transform",
            }
            body = {k: (list(v) if isinstance(v, list) else v) for k, v in item.items() if k not in ("id", "task")}
            for field in STYLE_FIELDS[item["task"]]:
                body[field] = TRANSFORMS[style](item[field], rng)
            row.update(body)
            rows.append(row)
    by_text = {i["text"]: i for i in clean if i["task"] == "sentiment"}
    by_hyp = {i["hypothesis"]: i for i in clean if i["task"] == "nli"}
    written = []
    for original, *versions in SENTIMENT_STYLES:
        item = by_text[original]
        for style, text in zip(WRITTEN_STYLES, versions):
            written.append(
                {
                    "id": f"{item['id']}:{style}",
                    "clean_id": item["id"],
                    "task": "sentiment",
                    "style": style,
                    "source": "hand-written",
                    "text": text,
                    "label": item["label"],
                }
            )
    for premise, p_formal, p_social, p_dialect, hyps in NLI_STYLES:
        premises = dict(zip(WRITTEN_STYLES, (p_formal, p_social, p_dialect)))
        for original, *versions in hyps:
            item = by_hyp[original]
            assert item["premise"] == premise, original
            for style, hyp in zip(WRITTEN_STYLES, versions):
                written.append(
                    {
                        "id": f"{item['id']}:{style}",
                        "clean_id": item["id"],
                        "task": "nli",
                        "style": style,
                        "source": "hand-written",
                        "premise": premises[style],
                        "hypothesis": hyp,
                        "label": item["label"],
                    }
                )
    order = {i["id"]: n for n, i in enumerate(clean)}
    written.sort(key=lambda r: (WRITTEN_STYLES.index(r["style"]), order[r["clean_id"]]))
    return rows + written


def domain_rows() -> list[dict]:
    rows = []
    for domain, tasks in DOMAINS.items():
        extra = {"domain": domain}
        rows += sentiment_rows(tasks["sentiment"], f"{PREFIX}-{domain}-sent-{{n:04d}}", extra)
        rows += nli_rows(tasks["nli"], f"{PREFIX}-{domain}-nli-{{n:04d}}", extra)
        rows += mcq_rows(tasks["mcq"], f"{SEED}:domain:{domain}", f"{PREFIX}-{domain}-mcq-{{n:04d}}", extra)
    return rows


def unknown_rows() -> list[dict]:
    rows = []
    for n, (topic, q) in enumerate(FUTURE, 1):
        rows.append(
            {
                "id": f"{PREFIX}-unk-fut-{n:04d}",
                "kind": "future",
                "topic": topic,
                "question": q,
                "answer": None,
                "aliases": [],
            }
        )
    for n, (topic, q) in enumerate(UNKNOWABLE, 1):
        rows.append(
            {
                "id": f"{PREFIX}-unk-unk-{n:04d}",
                "kind": "unknowable",
                "topic": topic,
                "question": q,
                "answer": None,
                "aliases": [],
            }
        )
    for n, (topic, q, a, aliases) in enumerate(ANSWERABLE, 1):
        rows.append(
            {
                "id": f"{PREFIX}-unk-ans-{n:04d}",
                "kind": "answerable",
                "topic": topic,
                "question": q,
                "answer": a,
                "aliases": list(aliases),
            }
        )
    return rows


def demo_rows() -> list[dict]:
    rows = []
    for pool, tasks in DEMOS.items():
        code = POOL_CODE[pool]
        extra = {"pool": pool}
        rows += sentiment_rows(tasks["sentiment"], f"{PREFIX}-demo-{code}-sent-{{n:02d}}", extra)
        rows += nli_rows(tasks["nli"], f"{PREFIX}-demo-{code}-nli-{{n:02d}}", extra)
        rows += mcq_rows(tasks["mcq"], f"{SEED}:demo:{pool}", f"{PREFIX}-demo-{code}-mcq-{{n:02d}}", extra)
    return rows


# ------------------------------------------------------------------ checks
def check_item(r: dict) -> None:
    for k, v in r.items():
        if k == "aliases" or (k == "answer" and r.get("kind") in ("future", "unknowable")):
            continue
        assert v not in ("", None, []), (r["id"], k)
    if r.get("task") == "mcq":
        opts = r["options"]
        assert len(opts) == 4 and len({o.lower() for o in opts}) == 4, r["id"]
        assert 0 <= r["answer_index"] < 4, r["id"]
    if r.get("task") == "sentiment":
        assert r["label"] in clean_tasks.SENTIMENT_LABELS
    if r.get("task") == "nli":
        assert r["label"] in clean_tasks.NLI_LABELS


def check(clean, style, domain, unknown, demos) -> None:
    everything = clean + style + domain + unknown + demos
    ids = [r["id"] for r in everything]
    assert len(ids) == len(set(ids)), [i for i, c in Counter(ids).items() if c > 1][:5]
    for r in everything:
        check_item(r)
    per_task = Counter(r["task"] for r in clean)
    assert all(per_task[t] >= 160 for t in TASK_CODE), per_task
    by_id = {r["id"]: r for r in clean}
    for r in style:
        src = by_id[r["clean_id"]]
        if "label" in src:
            assert r["label"] == src["label"]
        else:
            assert r["answer_index"] == src["answer_index"] and r["options"] == src["options"]
        changed = [f for f in STYLE_FIELDS[r["task"]] if r[f] != src[f]]
        assert changed, r["id"]
    written = Counter((r["style"], r["task"]) for r in style if r["source"] == "hand-written")
    for s in WRITTEN_STYLES:
        assert written[(s, "sentiment")] >= 60 and written[(s, "nli")] >= 30, written
    for s in WRITTEN_STYLES:
        labs = Counter(r["label"] for r in style if r["style"] == s and r["task"] == "sentiment")
        assert labs["positive"] == labs["negative"], (s, labs)
    dom = Counter((r["domain"], r["task"]) for r in domain)
    assert all(dom[(d, t)] >= 40 for d in DOMAINS for t in TASK_CODE), dom
    for d in DOMAINS:
        labs = Counter(r["label"] for r in domain if r["domain"] == d and r["task"] == "sentiment")
        assert labs["positive"] == labs["negative"], (d, labs)
    kinds = Counter(r["kind"] for r in unknown)
    assert kinds["future"] + kinds["unknowable"] >= 120 and kinds["answerable"] >= 120, kinds
    for r in unknown:
        assert (r["answer"] is None) == (r["kind"] != "answerable"), r["id"]
        assert r["answer"] not in r["aliases"], r["id"]
    qs = [r["question"].lower() for r in unknown]
    assert len(qs) == len(set(qs)), "duplicate unknown question"
    pools = Counter((r["pool"], r["task"]) for r in demos)
    assert all(pools[(p, t)] >= 16 for p in POOL_CODE for t in TASK_CODE), pools
    test_texts = {r.get(k) for r in clean + domain for k in ("text", "premise", "hypothesis", "question")}
    for r in demos:
        for k in ("text", "premise", "hypothesis", "question"):
            assert r.get(k) is None or r[k] not in test_texts, (r["id"], "demo repeats a test item")


# ------------------------------------------------------------------- write


def main() -> None:
    clean = clean_tasks.all_items(PREFIX)
    style = style_rows(clean)
    domain = domain_rows()
    unknown = unknown_rows()
    demos = demo_rows()
    check(clean, style, domain, unknown, demos)

    def nested(rows, a, b):
        out: dict = {}
        for r in rows:
            out.setdefault(r[a], Counter())[r[b]] += 1
        return {k: dict(v) for k, v in out.items()}

    counts = {
        "clean.jsonl": dict(Counter(r["task"] for r in clean)),
        "style.jsonl": nested(style, "style", "task"),
        "domain.jsonl": nested(domain, "domain", "task"),
        "unknown.jsonl": dict(Counter(r["kind"] for r in unknown)),
        "demonstrations.jsonl": nested(demos, "pool", "task"),
    }
    publish(
        HERE, {"clean": clean, "style": style, "domain": domain, "unknown": unknown, "demonstrations": demos}, counts
    )


if __name__ == "__main__":
    main()
