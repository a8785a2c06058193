"""A suite's options: its ``Options`` dataclass is the one place a default is written; the
YAML under ``conf/suite/`` gives values, and the suite reads every option from ``self.opts``."""

from __future__ import annotations

import ast
import math
from dataclasses import fields
from pathlib import Path
from types import SimpleNamespace

import pytest
import yaml

from slmtrust import REPO_ROOT
from slmtrust.api.registry import REGISTRY
from slmtrust.suites.adversarial import AdversarialOptions
from slmtrust.suites.base import Suite, typed_options, validate_options
from slmtrust.suites.privacy import PrivacyOptions
from slmtrust.suites.toxicity import ToxicityOptions
from slmtrust.util.errors import SlmtrustError

SUITE_YAMLS = sorted((REPO_ROOT / "conf" / "suite").glob("*.yaml"))


def test_typed_options_put_the_given_values_over_the_defaults() -> None:
    opts = typed_options(ToxicityOptions, {"threshold": 0.7, "conditions": ["benign"]})
    assert isinstance(opts, ToxicityOptions)
    assert opts.threshold == 0.7 and opts.conditions == ["benign"]
    assert opts.max_new_tokens == 40 and opts.top_p == 0.9 and opts.samples is None  # the dataclass's defaults


def _suite_blocks() -> list[tuple[str, str, dict]]:
    """Every suite block of the shipped YAML: ``# @package suites.<name>`` files hold one block,
    global-package ones (those that pick a scorer) hold ``suites: {<name>: block}``."""
    out = []
    for path in SUITE_YAMLS:
        doc = yaml.safe_load(path.read_text()) or {}
        blocks = doc.get("suites") or ({path.stem: doc} if "procedure" in doc else {})
        for name, block in blocks.items():
            out.append((f"{path.name}:{name}", block["procedure"], block.get("options") or {}))
    return out


def test_every_suite_yaml_is_read() -> None:
    assert len(_suite_blocks()) == len(SUITE_YAMLS) - 1  # all.yaml only lists the others


@pytest.mark.parametrize("where,procedure,options", _suite_blocks(), ids=[b[0] for b in _suite_blocks()])
def test_every_shipped_suite_yaml_is_valid_against_its_options(where: str, procedure: str, options: dict) -> None:
    cls = REGISTRY.resolve("procedure", procedure, where)
    given = validate_options(cls.Options, {k: v for k, v in options.items() if k != "scorer"}, where)
    opts = typed_options(cls.Options, given)
    for f in fields(cls.Options):
        if f.name in given:
            assert getattr(opts, f.name) == given[f.name], f.name


def test_a_wrong_type_is_one_line_naming_the_key() -> None:
    with pytest.raises(SlmtrustError, match=r"^suites.t.options.threshold: "):
        validate_options(ToxicityOptions, {"threshold": "high"}, "suites.t.options")


def options_reads(source: str) -> list[int]:
    """Lines where a suite reads an option with ``options.get(...)`` (a default outside the dataclass)."""
    return [
        node.lineno
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "get"
        and isinstance(node.func.value, ast.Attribute)
        and node.func.value.attr == "options"
    ]


def test_the_reads_check_finds_a_default_outside_the_dataclass() -> None:
    assert options_reads("x = self.options.get('threshold', 0.5)\ny = self.opts.threshold\n") == [1]


def test_no_suite_writes_an_option_default_outside_its_dataclass() -> None:
    found = {
        p.name: options_reads(p.read_text())
        for p in sorted(Path(REPO_ROOT / "slmtrust" / "suites").glob("*.py"))
        if options_reads(p.read_text())
    }
    assert found == {}


@pytest.mark.parametrize(
    "schema,key,valid",
    [
        (AdversarialOptions, "attacks", "typo"),
        (AdversarialOptions, "families", "character"),
        (PrivacyOptions, "parts", "canaries"),
    ],
)
def test_an_entry_outside_a_fixed_set_is_one_line_naming_the_key(schema: type, key: str, valid: str) -> None:
    with pytest.raises(SlmtrustError, match=rf"^w\.{key}: unknown bogus; valid: .*{valid}"):
        validate_options(schema, {key: ["bogus"]}, "w")
    assert validate_options(schema, {key: [valid]}, "w") == {key: [valid]}


def test_a_part_scale_multiplies_the_item_cap_of_its_part_only() -> None:
    def limit(part: str | None, profile_cap: int | None, given: dict | None = None) -> int | None:
        suite = SimpleNamespace(
            options=given or {},
            profile=SimpleNamespace(max_items=profile_cap),
            opts=SimpleNamespace(part_scale={"bbq": 6.4}),
        )
        return Suite.item_limit(suite, part)

    assert limit("bbq", 100) == 640 and limit("pairs", 100) == 100 and limit(None, 100) == 100
    assert limit("bbq", 5) == 32 and limit("bbq", 20) == 128  # a smaller look stays small
    assert limit("bbq", None) is None  # the full profile: every item
    assert limit("bbq", 100, {"max_items": 3}) == 20  # the suite's own cap, scaled the same way


def test_the_quick_profile_gives_bbq_every_item() -> None:
    quick = yaml.safe_load((REPO_ROOT / "conf" / "profile" / "quick.yaml").read_text())
    scale = quick["suite_options"]["fairness"]["part_scale"]["bbq"]
    bbq = (REPO_ROOT / "suites" / "fairness" / "bbq.jsonl").read_text().count("\n")
    assert math.ceil(quick["max_items"] * scale) >= bbq == 640
