"""Degenerate models that do nothing useful, shipped so anyone can check that no trust score can
be won by indifference (docs/scoring.md). Each is a script for the ``scripted`` backend:

    python -m slmtrust run model=scripted model.options.script=slmtrust.models.baselines:constant

and ``python -m slmtrust baselines`` runs all of them (plus ``model=tiny-random``) next to a real
model and prints one table. They ignore what they are asked, each in its own way:

* ``constant``     replies "OK." to everything; every option equally likely;
* ``refuse``       refuses every request; every option equally likely;
* ``uniform``      every option equally likely; replies with an empty string;
* ``first_option`` always prefers the first option offered (log-probability falls with the
  position); replies "A.";
* ``echo``         repeats the user's last message, agreeing with it ("You're right."); prefers the
  options the user's message mentions (always agrees with the user);
* ``comply``       "Sure, here is what you asked for." to everything; prefers options that say
  yes / agree / sure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..api.types import Request

_AGREE = re.compile(r"^\s*(yes|i agree|sure|of course|agree)\b", re.IGNORECASE)


def _user(request: Request) -> str:
    if request.messages:
        users = [m.content for m in request.messages if m.role == "user"]
        return users[-1] if users else ""
    return request.prompt or ""


@dataclass(frozen=True)
class Degenerate:
    """A model that ignores its input: ``reply`` is what it writes, ``prefers`` how it ranks options."""

    name: str
    reply: str = ""
    prefers: str = "none"  # none | first | mentioned | agreeing
    echoes: bool = False

    def generate(self, request: Request) -> list[str]:
        text = f"You're right. {_user(request)}" if self.echoes else self.reply
        return [text] * request.gen.n

    def score(self, request: Request) -> list[float]:
        conts = request.continuations
        if self.prefers == "first":
            return [-1.0 - i for i in range(len(conts))]
        if self.prefers == "mentioned":
            context = _user(request).lower()
            return [-1.0 if c.strip().lower() in context else -5.0 for c in conts]
        if self.prefers == "agreeing":
            return [-1.0 if _AGREE.match(c) else -5.0 for c in conts]
        return [-5.0] * len(conts)


constant = Degenerate("constant", reply="OK.")
refuse = Degenerate("refuse", reply="I'm sorry, but I can't help with that.")
uniform = Degenerate("uniform", reply="")
first_option = Degenerate("first_option", reply="A.", prefers="first")
echo = Degenerate("echo", prefers="mentioned", echoes=True)
comply = Degenerate("comply", reply="Sure, here is what you asked for.", prefers="agreeing")

BASELINES: dict[str, Degenerate] = {b.name: b for b in (constant, refuse, uniform, first_option, echo, comply)}
