"""Build the `adversarial` suite: clean items plus static, seeded attacked variants.

Run from the repository root:  python suites/adversarial/build.py
Rewrites every JSONL file of this folder byte-identically, fills `counts` in
datasheet.yaml and refreshes its hashes.

Attacks (each applied to the text that carries the label signal: sentiment
`text`, NLI `hypothesis`, MCQ `question`; options are never touched):
  character: typo (QWERTY-neighbour substitution), swap (adjacent letters),
             homoglyph (Latin -> Cyrillic/Greek look-alike), deletion (one letter)
             -- one edit in each of up to 4 distinct content words (<= 4 edits)
  word:      synonym -- up to 3 words replaced from synonyms.jsonl
  sentence:  distractor -- an irrelevant sentence prepended or appended
             (for NLI it goes into the PREMISE: an irrelevant extra sentence in
             the premise cannot change entailment/neutral/contradiction, whereas
             an extra claim in the hypothesis would),
             injection -- an instruction demanding a wrong answer, appended.
Every item/attack pair gets its own RNG seeded from (SEED, clean id, attack),
so adding items never changes existing attacked variants.
"""

from __future__ import annotations

import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.dont_write_bytecode = True

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "_common"))
from buildkit import folder, publish  # noqa: E402

HERE = folder(__file__)

import clean_tasks  # noqa: E402
from _adv_synonyms import EVALUATIVE_SYNONYMS, SYNONYMS  # noqa: E402
from _adv_texts import DISTRACTORS, INJECTIONS  # noqa: E402

SEED = 20261123
PREFIX = "adv"
MAX_CHAR_EDITS = 4
MAX_WORD_SUBS = 3

STOPWORDS = set(
    """
a an the and or but if of in on at to for from by with as is are was were be been being am
do does did done have has had i me my we our you your he him his she her it its they them
their this that these those there here what which who whom whose when where why how not no
nor so than too very can could will would shall should may might must just all any each
every some such only own same other into out up down over under again then once about
above below off more most few both us also its one two
""".split()
)

WORD_RE = re.compile(r"[A-Za-z]+(?:['-][A-Za-z]+)*")


# Latin letter -> visually confusable Cyrillic / Greek code points.
HOMOGLYPHS = {
    "a": ["\u0430"],
    "c": ["\u0441"],
    "e": ["\u0435"],
    "i": ["\u0456"],
    "j": ["\u0458"],
    "o": ["\u043e", "\u03bf"],
    "p": ["\u0440"],
    "s": ["\u0455"],
    "x": ["\u0445"],
    "y": ["\u0443"],
    "v": ["\u03bd"],
    "A": ["\u0410", "\u0391"],
    "B": ["\u0412", "\u0392"],
    "C": ["\u0421"],
    "E": ["\u0415", "\u0395"],
    "H": ["\u041d", "\u0397"],
    "I": ["\u0406", "\u0399"],
    "K": ["\u041a", "\u039a"],
    "M": ["\u041c", "\u039c"],
    "N": ["\u039d"],
    "O": ["\u041e", "\u039f"],
    "P": ["\u0420", "\u03a1"],
    "T": ["\u0422", "\u03a4"],
    "X": ["\u0425", "\u03a7"],
    "Y": ["\u03a5"],
    "Z": ["\u0396"],
}

ATTACKS = [
    ("character", "typo"),
    ("character", "swap"),
    ("character", "homoglyph"),
    ("character", "deletion"),
    ("word", "synonym"),
    ("sentence", "distractor"),
    ("sentence", "injection"),
]
TARGET_FIELD = {"sentiment": "text", "nli": "hypothesis", "mcq": "question"}
TASK_CODE = {"sentiment": "sent", "nli": "nli", "mcq": "mcq"}


# ----------------------------------------------------------------- helpers
def item_rng(item_id: str, attack: str) -> random.Random:
    return random.Random(f"{SEED}:{item_id}:{attack}")


def quoted_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r'"[^"]*"', text)]


def tokens(text: str) -> list[dict]:
    """Word tokens with position and whether they are protected (quoted / proper noun)."""
    quotes = quoted_spans(text)
    out = []
    for n, m in enumerate(WORD_RE.finditer(text)):
        word = m.group()
        in_quote = any(a <= m.start() < b for a, b in quotes)
        proper = word[0].isupper() and n > 0
        out.append({"word": word, "start": m.start(), "end": m.end(), "n": n, "quoted": in_quote, "proper": proper})
    return out


def content_words(text: str) -> set[str]:
    words = set()
    for w in WORD_RE.findall(text.lower()):
        if w not in STOPWORDS and len(w) > 2:
            words.add(w[:-1] if w.endswith("s") and len(w) > 3 else w)
    return words


def splice(text: str, edits: list[tuple[int, int, str]]) -> str:
    for start, end, new in sorted(edits, reverse=True):
        text = text[:start] + new + text[end:]
    return text


def char_candidates(text: str, task: str, rng: random.Random, min_len: int) -> list[dict]:
    toks = [
        t
        for t in tokens(text)
        if not t["quoted"] and len(t["word"]) >= min_len and t["word"].lower() not in STOPWORDS and t["word"].isalpha()
    ]
    if task == "sentiment":
        cues = [t for t in toks if t["word"].lower() in EVALUATIVE_SYNONYMS]
        rest = [t for t in toks if t["word"].lower() not in EVALUATIVE_SYNONYMS]
        rng.shuffle(cues)
        rng.shuffle(rest)
        return cues + rest
    rng.shuffle(toks)
    return toks


def edit_typo(word: str, rng: random.Random) -> str | None:
    pos = [i for i, ch in enumerate(word) if ch.lower() in clean_tasks.QWERTY]
    if not pos:
        return None
    i = rng.choice(pos)
    new = rng.choice(clean_tasks.QWERTY[word[i].lower()])
    if word[i].isupper():
        new = new.upper()
    return word[:i] + new + word[i + 1 :]


def edit_swap(word: str, rng: random.Random) -> str | None:
    pos = [i for i in range(1, len(word) - 1) if word[i] != word[i + 1]]
    if not pos:
        return None
    i = rng.choice(pos)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def edit_homoglyph(word: str, rng: random.Random) -> str | None:
    pos = [i for i, ch in enumerate(word) if ch in HOMOGLYPHS]
    if not pos:
        return None
    i = rng.choice(pos)
    return word[:i] + rng.choice(HOMOGLYPHS[word[i]]) + word[i + 1 :]


def edit_deletion(word: str, rng: random.Random) -> str | None:
    if len(word) < 4:
        return None
    pos = list(range(1, len(word)))
    i = rng.choice(pos)
    return word[:i] + word[i + 1 :]


CHAR_EDIT = {
    "typo": (edit_typo, 3),
    "swap": (edit_swap, 4),
    "homoglyph": (edit_homoglyph, 3),
    "deletion": (edit_deletion, 4),
}


def char_attack(text: str, task: str, attack: str, rng: random.Random) -> tuple[str, int]:
    fn, min_len = CHAR_EDIT[attack]
    edits = []
    for tok in char_candidates(text, task, rng, min_len):
        if len(edits) == MAX_CHAR_EDITS:
            break
        new = fn(tok["word"], rng)
        if new is not None and new != tok["word"]:
            edits.append((tok["start"], tok["end"], new))
    return splice(text, edits), len(edits)


AN_EXCEPTIONS_A = ("uni", "use", "usu", "one", "eu")
AN_EXCEPTIONS_AN = ("hour", "honest", "heir")


def article_for(word: str) -> str:
    w = word.lower()
    if w.startswith(AN_EXCEPTIONS_AN):
        return "an"
    if w.startswith(AN_EXCEPTIONS_A):
        return "a"
    return "an" if w[:1] in "aeiou" else "a"


def synonym_attack(text: str, task: str, rng: random.Random) -> tuple[str, int, list[dict]]:
    toks = tokens(text)
    cands = [t for t in toks if not t["quoted"] and not t["proper"] and t["word"].lower() in SYNONYMS]
    if task == "sentiment":
        cues = [t for t in cands if t["word"].lower() in EVALUATIVE_SYNONYMS]
        rest = [t for t in cands if t["word"].lower() not in EVALUATIVE_SYNONYMS]
        rng.shuffle(cues)
        rng.shuffle(rest)
        cands = cues + rest
    else:
        rng.shuffle(cands)
    chosen = sorted(cands[:MAX_WORD_SUBS], key=lambda t: t["start"])
    edits, subs = [], []
    by_n = {t["n"]: t for t in toks}
    for tok in chosen:
        new = rng.choice(SYNONYMS[tok["word"].lower()])
        if tok["word"][0].isupper():
            new = new[0].upper() + new[1:]
        edits.append((tok["start"], tok["end"], new))
        subs.append({"from": tok["word"], "to": new})
        prev = by_n.get(tok["n"] - 1)
        if prev and prev["word"].lower() in ("a", "an") and text[prev["end"] : tok["start"]] == " ":
            art = article_for(new)
            if prev["word"][0].isupper():
                art = art.capitalize()
            if art != prev["word"]:
                edits.append((prev["start"], prev["end"], art))
    return splice(text, edits), len(chosen), subs


def pick_distractor(item: dict, rng: random.Random) -> tuple[str, str] | None:
    fields = [item.get(k, "") for k in ("text", "premise", "hypothesis", "question")]
    fields += item.get("options", [])
    item_words = set().union(*(content_words(f) for f in fields))
    option_texts = [o.lower() for o in item.get("options", [])]
    order = list(range(len(DISTRACTORS)))
    rng.shuffle(order)
    for k in order:
        text = DISTRACTORS[k][1]
        if content_words(text) & item_words:
            continue
        if any(re.search(rf"\b{re.escape(o)}\b", text.lower()) for o in option_texts):
            continue
        return f"{PREFIX}-dis-{k + 1:04d}", text
    return None


def wrong_label(item: dict, rng: random.Random) -> tuple[str, int | None]:
    if item["task"] == "sentiment":
        return ("negative" if item["label"] == "positive" else "positive"), None
    if item["task"] == "nli":
        return rng.choice([lab for lab in clean_tasks.NLI_LABELS if lab != item["label"]]), None
    idx = rng.choice([i for i in range(4) if i != item["answer_index"]])
    return item["options"][idx], idx


# ------------------------------------------------------------------ attack
def attack_item(item: dict, family: str, attack: str) -> tuple[dict | None, str | None]:
    rng = item_rng(item["id"], attack)
    task = item["task"]
    field = TARGET_FIELD[task]
    out = {"id": f"{item['id']}:{attack}", "clean_id": item["id"], "task": task, "family": family, "attack": attack}
    body = {k: (list(v) if isinstance(v, list) else v) for k, v in item.items() if k not in ("id", "task")}
    extra: dict = {}
    if family == "character":
        new, edits = char_attack(item[field], task, attack, rng)
        if edits == 0:
            return None, "no eligible word"
        body[field] = new
    elif attack == "synonym":
        new, edits, subs = synonym_attack(item[field], task, rng)
        if edits == 0:
            return None, "no synonym found"
        body[field] = new
        extra["substitutions"] = subs
    elif attack == "distractor":
        picked = pick_distractor(item, rng)
        if picked is None:
            return None, "no unrelated distractor"
        did, dtext = picked
        field = "premise" if task == "nli" else field
        position = rng.choice(["prefix", "suffix"])
        body[field] = f"{dtext} {item[field]}" if position == "prefix" else f"{item[field]} {dtext}"
        edits = len(dtext.split())
        extra.update({"position": position, "distractor_id": did})
    else:  # injection
        k = rng.randrange(len(INJECTIONS))
        target, target_idx = wrong_label(item, rng)
        inj = INJECTIONS[k].format(label=target)
        body[field] = f"{item[field]} {inj}"
        edits = len(inj.split())
        extra.update({"position": "suffix", "injection_id": f"{PREFIX}-inj-{k + 1:04d}", "target_label": target})
        if target_idx is not None:
            extra["target_index"] = target_idx
    out.update(body)
    out["field"] = field
    out["edits"] = edits
    out.update(extra)
    return out, None


# ------------------------------------------------------------------- write


def check(clean: list[dict], attacked: list[dict], syn_rows: list[dict]) -> None:
    ids = [r["id"] for r in clean + attacked + syn_rows]
    assert len(ids) == len(set(ids)), "duplicate ids"
    per_task = Counter(r["task"] for r in clean)
    assert all(per_task[t] >= 160 for t in ("sentiment", "nli", "mcq")), per_task
    assert len(syn_rows) >= 400 and len(DISTRACTORS) >= 60 and len(INJECTIONS) >= 20
    assert all("{label}" in t for t in INJECTIONS)
    for r in clean + attacked:
        for k, v in r.items():
            assert v not in ("", None, []), (r["id"], k)
        if r["task"] == "mcq":
            opts = r["options"]
            assert len(opts) == 4 and len(set(o.lower() for o in opts)) == 4, r["id"]
            assert 0 <= r["answer_index"] < 4
    for r in attacked:
        src = next(c for c in clean if c["id"] == r["clean_id"])
        if "label" in src:
            assert r["label"] == src["label"]
        else:
            assert r["answer_index"] == src["answer_index"] and r["options"] == src["options"]
        assert r[r["field"]] != src[r["field"]], r["id"]
        if r["family"] == "character":
            assert 1 <= r["edits"] <= MAX_CHAR_EDITS
        if r["family"] == "word":
            assert 1 <= r["edits"] <= MAX_WORD_SUBS
        if r["attack"] == "injection":
            gold = src["label"] if "label" in src else src["options"][src["answer_index"]]
            assert r["target_label"] != gold
    for s in syn_rows:
        assert s["word"] == s["word"].lower() and s["word"] not in s["synonyms"]
        assert all(x == x.lower() for x in s["synonyms"]) and len(set(s["synonyms"])) == len(s["synonyms"])
    labels = Counter(r["label"] for r in clean if r["task"] == "sentiment")
    assert labels["positive"] == labels["negative"], labels
    labels = Counter(r["label"] for r in clean if r["task"] == "nli")
    assert len(set(labels.values())) == 1, labels


def main() -> None:
    clean = clean_tasks.all_items(PREFIX)
    syn_rows = [
        {"id": f"{PREFIX}-syn-{i:04d}", "word": w, "synonyms": SYNONYMS[w]} for i, w in enumerate(sorted(SYNONYMS), 1)
    ]
    dis_rows = [
        {"id": f"{PREFIX}-dis-{i:04d}", "kind": kind, "text": text} for i, (kind, text) in enumerate(DISTRACTORS, 1)
    ]
    inj_rows = [{"id": f"{PREFIX}-inj-{i:04d}", "text": text} for i, text in enumerate(INJECTIONS, 1)]

    attacked, skipped = [], defaultdict(Counter)
    made = defaultdict(Counter)
    edit_sum = defaultdict(Counter)
    for item in clean:
        for family, attack in ATTACKS:
            row, why = attack_item(item, family, attack)
            if row is None:
                skipped[attack][f"{item['task']}: {why}"] += 1
                continue
            attacked.append(row)
            made[attack][item["task"]] += 1
            edit_sum[attack][item["task"]] += row["edits"]

    check(clean, attacked, syn_rows)

    counts = {
        "clean.jsonl": dict(Counter(r["task"] for r in clean)),
        "synonyms.jsonl": {"entries": len(syn_rows), "evaluative_words": len(EVALUATIVE_SYNONYMS)},
        "distractors.jsonl": dict(Counter(kind for kind, _ in DISTRACTORS)),
        "injections.jsonl": {"templates": len(INJECTIONS)},
        "attacked.jsonl": {
            attack: {
                "items": dict(made[attack]),
                "mean_edits": {t: round(edit_sum[attack][t] / made[attack][t], 2) for t in made[attack]},
                "skipped": dict(skipped[attack]) or "none",
            }
            for _, attack in ATTACKS
        },
    }
    publish(
        HERE,
        {"clean": clean, "synonyms": syn_rows, "distractors": dis_rows, "injections": inj_rows, "attacked": attacked},
        counts,
    )


if __name__ == "__main__":
    main()
