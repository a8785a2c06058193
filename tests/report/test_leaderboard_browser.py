"""The generated page in a real headless Chromium (Debian's ``chromium``, driven by Playwright).

Checks what a reader relies on: no console errors, no network request, sorting on click,
charts drawn, the drill-down opens, and model text carrying ``<script>``/``onerror``
payloads is shown as text and runs nothing. ``scripts/test.sh`` installs chromium with apt
when it is missing; without a browser the test is skipped with the reason (the HTML is
still checked by parsing in test_leaderboard.py). Set SLMTRUST_SCREENSHOTS=DIR to keep
desktop and phone screenshots.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from slmtrust.cli.leaderboard import write
from slmtrust.report import leaderboard as lb
from tests.report.test_leaderboard import PAYLOAD, make_results

pytestmark = pytest.mark.slow


def chromium_path() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if found := shutil.which(name):
            return found
    return None


@pytest.fixture(scope="module")
def page_file(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("browser")
    board = lb.build([make_results(root)], resamples=200)
    write(board, root / "out")
    return root / "out" / "leaderboard.html"


@pytest.fixture(scope="module")
def browser():
    playwright = pytest.importorskip(
        "playwright.sync_api", reason="playwright is not installed (pip install playwright)"
    )
    exe = chromium_path()
    if exe is None:
        pytest.skip("no chromium on PATH: install it with 'apt-get install chromium' (scripts/test.sh does)")
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=exe, args=["--no-sandbox", "--disable-gpu"])
        yield b
        b.close()


def open_page(browser, page_file: Path, width: int, height: int):
    page = browser.new_page(viewport={"width": width, "height": height})
    problems: list[str] = []
    requests: list[str] = []
    page.on(
        "console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type in ("error", "warning") else None
    )
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    page.on("dialog", lambda d: (problems.append(f"dialog: {d.message}"), d.dismiss()))
    page.on("request", lambda r: requests.append(r.url))
    page.goto(page_file.as_uri())
    page.wait_for_load_state("load")
    page.wait_for_selector("#radars-1 .main-svg")
    return page, problems, requests


def overflow(page, selector: str) -> int:
    """How many pixels ``selector`` is wider than the box it sits in (0: nothing is cut)."""
    return page.evaluate(
        f"""() => {{ const t = document.querySelector({selector!r});
        const box = t.parentElement.getBoundingClientRect();
        return Math.max(0, Math.ceil(t.scrollWidth - box.width), Math.ceil(t.getBoundingClientRect().right - box.right)); }}"""
    )


def shoot(page, name: str) -> None:
    shots = os.environ.get("SLMTRUST_SCREENSHOTS")
    if shots:
        Path(shots).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(shots) / name), full_page=True)


def column_values(page, col: int) -> list[str]:
    return page.eval_on_selector_all("#board-1 tbody tr", f"rows => rows.map(r => r.cells[{col}].dataset.value)")


def test_page_in_chromium(browser, page_file: Path) -> None:
    page, problems, requests = open_page(browser, page_file, 1400, 900)
    assert problems == []
    assert [u for u in requests if not u.startswith(("file:", "data:", "about:"))] == []
    assert page.evaluate("window.__pwned") is None  # neither payload ran

    # the payload model name is shown as text, exactly
    names = page.eval_on_selector_all("#board-1 td.model", "cells => cells.map(c => c.textContent)")
    assert PAYLOAD in names and page.locator("img").count() == 0

    # sorting: 'overall' (column 2) ascending then descending; 'model' (column 1) alphabetically
    header = page.locator("#board-1 thead th").nth(2)
    header.click()
    up = [float(v) for v in column_values(page, 2)]
    assert up == sorted(up) and up != sorted(up, reverse=True)
    header.click()
    assert [float(v) for v in column_values(page, 2)] == sorted(up, reverse=True)
    page.locator("#board-1 thead th").nth(1).click()
    assert column_values(page, 1) == sorted(names)

    # at 1400 px the whole main table is on screen: no column cut or scrolled away
    assert overflow(page, "#board-1") == 0
    assert page.evaluate("document.documentElement.scrollWidth") <= 1400

    # charts: the three models overlaid in one radar, a scatter with error bars on both axes and
    # the Pareto set as markers (no line between them), none for the group without figures
    assert page.locator("#radars-1 .radar").count() == 1
    assert page.locator("#radar-1-all .polarlayer .trace").count() == 3
    assert page.locator("#scatter-1 .scatterlayer .trace").count() == 2
    models, front = page.locator("#scatter-1 .scatterlayer .trace").all()
    assert models.locator("path.point").count() == 3
    assert models.locator("g.errorbar").count() == 3 and models.locator("path.yerror").count() == 3
    assert front.locator("path.point").count() == 2 and front.locator("path.js-line").count() == 0
    assert page.locator("#scatter-2-none").is_visible()
    # every chart drew something: an svg with its plot area
    for chart in page.locator("div.radar, div.scatter").all():
        assert chart.locator(".main-svg").count() >= 1 and chart.bounding_box()["height"] > 100

    # drill-down opens and shows the payload response as text
    drill = page.locator("#drill-1-hallucination")
    assert not drill.locator("table").first.is_visible()
    drill.locator("summary").click()
    assert drill.locator("table").first.is_visible()
    responses = drill.locator("pre.response").all_text_contents()
    assert PAYLOAD in responses
    assert page.evaluate("window.__pwned") is None and problems == []
    shoot(page, "desktop-1400.png")
    page.close()


def test_page_at_phone_width(browser, page_file: Path) -> None:
    page, problems, _ = open_page(browser, page_file, 390, 844)
    assert problems == []
    # the page does not scroll sideways, and the main table is cut nowhere: each row is a card
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    assert overflow(page, "#board-1") == 0
    first = page.locator("#board-1 tbody tr").first
    assert first.locator("td").count() >= 8  # rank, model, overall, a dimension, params, precision, speed, memory
    for cell in first.locator("td").all():  # every cell inside the screen, with its column's name
        box = cell.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 390 and cell.get_attribute("data-label")
    assert page.locator("#radar-1-all .main-svg").first.bounding_box()["width"] <= 390
    page.locator("#drill-1-hallucination summary").click()
    shoot(page, "phone-390.png")
    page.close()
