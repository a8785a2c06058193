"""Normalised string matching for free-generation answers (aliases, secrets, keywords)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_ARTICLES = re.compile(r"\b(a|an|the)\b")
_PUNCT = re.compile(r"[^\w\s]")
_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    """Lower case, accents and punctuation removed, articles dropped, whitespace collapsed
    (the SQuAD-style normalisation used for exact/contains match)."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = _PUNCT.sub(" ", text.replace(",", ""))
    return _SPACE.sub(" ", _ARTICLES.sub(" ", text)).strip()


def contains_phrase(text: str, phrase: str) -> bool:
    """Whole-word containment after normalisation ("6" does not match inside "36")."""
    p = normalise(phrase)
    return bool(p) and re.search(rf"(?<!\w){re.escape(p)}(?!\w)", normalise(text)) is not None


def matches_any(text: str, aliases: Iterable[str]) -> bool:
    return any(contains_phrase(text, a) for a in aliases)


def digits_only(text: str) -> str:
    return re.sub(r"\D", "", text)
