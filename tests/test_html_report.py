"""The HTML report: every claim highlighted, hostile copy inert, no network — and a real browser agrees.

The pure tests parse the page with the standard library's HTMLParser. The browser test
opens it in Debian's chromium through Playwright; it is skipped when either is missing,
unless FACTCHECK_REQUIRE_BROWSER=1 (CI), when it fails instead.
"""

from __future__ import annotations

import base64
import hashlib
import importlib.util
import json
import os
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from checker.corpus import Document
from checker.run.engine import run_checks
from checker.extract.pipeline import extract
from checker.model import Extraction, Kind, Location, Report
from checker.report.html import SCRIPT, Mark, highlight, json_for_script, render_html

pytestmark = pytest.mark.xdist_group("browser")  # the module's costly fixtures are built once, in one worker

ROOT = Path(__file__).resolve().parent.parent
PLANTED = "tests/articles/majority-arithmetic/planted.txt"
CORRECTED = "tests/articles/majority-arithmetic/corrected.txt"

HOSTILE_PATH = 'copy/"><img src=x onerror=alert(1)>.txt'
HOSTILE = (
    "Labour's Jane Doe held Bishop Auckland with 21,000 votes</script><script>window.__pwned=1</script> and the "
    "Conservative Tom Roe came second with 18,000 votes, leaving Ms Doe with a majority of 2,500.\n\n"
    'Turnout was 71.2 per cent. "><img src=x onerror="window.__pwned=2;alert(1)"> & <b>bold</b> '
    "<script>alert('x')</script>\n"
)

ALLOWED_TAGS = {"html", "head", "meta", "link", "title", "style", "body", "div", "main", "header", "p", "h1",
                "h2", "section", "table", "thead", "tbody", "tr", "th", "td", "span", "code", "a", "mark", "ul",
                "li", "details", "summary", "aside", "button", "script"}


# --- helpers -------------------------------------------------------------------------------------

def _file(rel: str) -> Document:
    """A file of the repository as a document named by its repository path (no machine paths)."""
    path = ROOT / rel
    fmt = {".md": "markdown", ".html": "html"}.get(path.suffix, "text")
    return Document.from_text(rel, path.read_text(encoding="utf-8"), fmt)


def _run(nlp, ruleset, documents: list[Document]) -> tuple[Report, list[Extraction]]:
    extractions = list(extract(nlp, documents))
    return run_checks(extractions, ruleset), extractions


def _render(nlp, ruleset, documents: list[Document], verbose: bool = True) -> tuple[str, list[Extraction]]:
    report, extractions = _run(nlp, ruleset, documents)
    return render_html(report, documents, extractions, verbose), extractions


class Page(HTMLParser):
    """The parts of the page the tests look at: every tag, each highlight and its text, scripts."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.marks: dict[str, dict[str, Any]] = {}
        self.scripts: list[tuple[dict[str, str], str]] = []
        self.copy = ""
        self._open: list[str] = []
        self._stack: list[str] = []
        self._copy_depth = 0
        self.feed(text)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        self.tags.append((tag, a))
        if tag in ("meta", "link"):
            return
        self._stack.append(tag)
        if tag == "div" and (self._copy_depth or a.get("class") == "copy"):
            self._copy_depth += 1
        if tag == "script":
            self.scripts.append((a, ""))
        if tag == "mark":
            self._open.append(a.get("data-mark", ""))
            if "id" in a:
                assert a["id"] not in self.marks, f"duplicate id {a['id']}"
                self.marks[a["id"]] = {**a, "text": ""}

    def handle_endtag(self, tag: str) -> None:
        if tag in ("meta", "link"):
            return
        assert self._stack and self._stack[-1] == tag, f"</{tag}> closes <{self._stack[-1:]}>"
        self._stack.pop()
        if tag == "div" and self._copy_depth:
            self._copy_depth -= 1
        if tag == "mark":
            self._open.pop()

    def handle_data(self, data: str) -> None:
        if self._stack and self._stack[-1] == "script":
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)
            return
        if self._copy_depth:
            self.copy += data
        for ident in self._open:
            if ident in self.marks:
                self.marks[ident]["text"] += data

    def by_state(self, state: str, role: str | None = None) -> list[str]:
        return sorted(m["text"] for m in self.marks.values()
                      if m["data-state"] == state and (role is None or m["data-role"] == role))

    def data(self) -> dict[str, Any]:
        return json.loads(next(t for a, t in self.scripts if a.get("type") == "application/json"))


def _mark_id(doc: int, loc: Location) -> str:
    return f"m-{doc}-{loc.start}-{loc.end}"


@pytest.fixture(scope="module")
def planted(nlp, ruleset) -> tuple[str, list[Extraction]]:
    return _render(nlp, ruleset, [_file(PLANTED)])


@pytest.fixture(scope="module")
def corpus_page(nlp, ruleset) -> str:
    docs = [_file(f"corpus/{p.name}") for p in sorted((ROOT / "corpus").iterdir()) if p.suffix == ".txt"]
    return _render(nlp, ruleset, docs)[0]


# --- pure tests ----------------------------------------------------------------------------------

def test_hostile_copy_and_path_render_as_text_never_as_markup(nlp, ruleset) -> None:
    doc = Document.from_text(HOSTILE_PATH, HOSTILE)
    out, _ = _render(nlp, ruleset, [doc])
    page = Page(out)
    tags = {t for t, _ in page.tags}
    assert tags <= ALLOWED_TAGS, tags - ALLOWED_TAGS
    assert not [(t, k) for t, a in page.tags for k in a if k.startswith("on")]
    assert [a for a, _ in page.scripts] == [{"type": "application/json", "id": "fc-data"}, {}]
    assert page.scripts[1][1] == SCRIPT
    assert page.copy == HOSTILE
    assert "<script>window.__pwned" not in out and "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in out
    raw_json = page.scripts[0][1]
    assert not set("<>&") & set(raw_json)
    data = page.data()
    assert any("</script>" in r["text"] for f in data["findings"] for r in f["related"])
    assert [a["data-path"] for t, a in page.tags if a.get("class") == "article"] == [HOSTILE_PATH]
    assert page.by_state("error", "finding") == ["2,500"]


def test_json_for_script_cannot_close_its_block() -> None:
    value = {"text": "</script><!-- & \u2028 -->"}
    text = json_for_script(value)
    assert not set("<>&\u2028") & set(text)
    assert json.loads(text) == value


def test_every_claim_of_the_planted_article_is_highlighted(planted) -> None:
    out, extractions = planted
    page = Page(out)
    claims = extractions[0].claims
    assert len(claims) >= 8
    for c in claims:
        mark = page.marks[_mark_id(0, c.location)]
        assert mark["text"] == c.text
        assert mark["data-state"] in ("error", "warning", "verified", "claim")
        assert c.kind.value in mark["data-kind"].split()


def test_the_planted_contradiction_is_red_and_so_are_the_places_it_was_checked_against(planted) -> None:
    out, extractions = planted
    page = Page(out)
    assert page.by_state("error", "finding") == ["13,782"]
    assert page.by_state("error", "related") == ["22,834", "9,106"]
    assert "third" in page.by_state("verified")
    assert "4,302" in page.by_state("claim")
    majority = next(c for c in extractions[0].claims if c.kind is Kind.MAJORITY)
    ident = _mark_id(0, majority.location)
    assert f'<a class="jump" href="#{ident}">{PLANTED}:3:157</a>' in out
    finding = page.data()["findings"][0]
    assert finding["target"] == ident and finding["arithmetic"] == "stated 13,782; 22,834 − 9,106 = 13,728"
    assert all(r["target"] in page.marks for r in finding["related"])
    assert page.data()["marks"][ident]["findings"] == [0]


def test_the_corrected_twin_has_no_contradiction(nlp, ruleset) -> None:
    page = Page(_render(nlp, ruleset, [_file(CORRECTED)])[0])
    assert page.by_state("error") == []
    assert page.by_state("verified")


def test_corpus_has_no_error_highlights_and_exactly_its_four_warnings(corpus_page) -> None:
    page = Page(corpus_page)
    assert page.by_state("error") == []
    assert page.by_state("warning", "finding") == ["17, 525", "19,691", "Ed balls", "Wirrall West"]
    assert page.by_state("warning", "related") == ["Ed Balls", "Wirral West"]
    assert re.search(r'data-stat="errors" data-state=""><span class="num">0<', corpus_page)
    assert re.search(r'data-stat="warnings" data-state="warning"><span class="num">4<', corpus_page)
    assert len(page.by_state("verified")) >= 20


def test_markdown_is_shown_as_its_prose_with_claims_at_their_offsets(nlp, ruleset) -> None:
    doc = _file("tests/fixtures/unseen/somerton-frome.md")
    assert doc.text != doc.source
    page = Page(_render(nlp, ruleset, [doc])[0])
    assert page.copy == doc.text
    claims = list(extract(nlp, [doc]))[0].claims
    assert claims and all(page.marks[_mark_id(0, c.location)]["text"] == c.text for c in claims)


def test_output_is_deterministic_with_ids_from_positions(nlp, ruleset, planted) -> None:
    again, _ = _render(nlp, ruleset, [_file(PLANTED)])
    assert again == planted[0]
    ids = re.findall(r'\bid="([^"]+)"', again)
    assert all(re.fullmatch(r"m-\d+-\d+-\d+|f\d+|d\d+|fc-[a-z-]+|findings", i) for i in ids), ids


def test_the_page_is_self_contained_and_blocks_the_network(corpus_page) -> None:
    page = Page(corpus_page)
    assert not [a for _, a in page.tags if "src" in a or "srcset" in a or "action" in a]
    hrefs = [a["href"] for _, a in page.tags if "href" in a]
    assert hrefs and all(h.startswith("#") or h == "data:," for h in hrefs)
    assert not re.search(r"https?://", corpus_page)
    style = re.search(r"<style>(.*?)</style>", corpus_page, re.S).group(1)
    assert "url(" not in style and "@import" not in style
    policy = next(a["content"] for t, a in page.tags if a.get("http-equiv") == "Content-Security-Policy")
    digest = base64.b64encode(hashlib.sha256(page.scripts[1][1].encode()).digest()).decode()
    assert policy.startswith("default-src 'none'; style-src 'unsafe-inline'")
    assert f"script-src 'sha256-{digest}'" in policy and "img-src data:" in policy


def test_without_verbose_nothing_is_green_but_the_error_stays(nlp, ruleset) -> None:
    page = Page(_render(nlp, ruleset, [_file(PLANTED)], verbose=False)[0])
    assert page.by_state("verified") == []
    assert page.by_state("error", "finding") == ["13,782"]


def test_partly_overlapping_highlights_nest_and_keep_the_text() -> None:
    text = "Mr Smith <won> 12,345 votes"
    doc = Document.from_text("copy.txt", text)
    marks = [Mark(0, a, b, doc.locate(a, b)) for a, b in ((0, 8), (3, 14), (15, 21), (27, 27))]
    out = highlight(text, marks, [])
    page = Page(f'<div class="copy">{out}</div>')
    assert page.copy == text
    assert out.count("<mark") == out.count("</mark>") == 5  # one mark split in two to nest
    assert page.marks["m-0-3-14"]["text"] == "Smith <won>"
    assert page.marks["m-0-27-27"]["data-empty"] == "1"


# --- the browser ---------------------------------------------------------------------------------

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]


def _chromium() -> str:
    """Debian's chromium, or skip (fail, when FACTCHECK_REQUIRE_BROWSER=1) saying what is missing."""
    missing = []
    if importlib.util.find_spec("playwright") is None:
        missing.append("the Python package playwright (pip install playwright)")
    path = "/usr/bin/chromium" if os.path.exists("/usr/bin/chromium") else shutil.which("chromium")
    if not path:
        missing.append("chromium (apt-get install -y chromium)")
    if missing:
        reason = "browser test needs " + " and ".join(missing)
        if os.environ.get("FACTCHECK_REQUIRE_BROWSER") == "1":
            pytest.fail(reason + " (FACTCHECK_REQUIRE_BROWSER=1)")
        pytest.skip(reason)
    return str(path)


def _rgb(css: str) -> tuple[int, ...]:
    return tuple(int(x) for x in re.findall(r"\d+", css)[:3])


def test_in_a_real_browser_the_contradiction_opens_its_details_and_hostile_copy_is_inert(
        nlp, ruleset, tmp_path: Path) -> None:
    chromium = _chromium()
    from playwright.sync_api import sync_playwright

    docs = [_file(PLANTED), Document.from_text(HOSTILE_PATH, HOSTILE)]
    out, extractions = _render(nlp, ruleset, docs)
    page_file = tmp_path / "report.html"
    page_file.write_text(out, encoding="utf-8")
    majority = next(c for c in extractions[0].claims if c.kind is Kind.MAJORITY)
    ident = _mark_id(0, majority.location)
    dialogs: list[str] = []
    requests: list[str] = []
    errors: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 700})
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.on("request", lambda r: requests.append(r.url))
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(page_file.as_uri())

            # Highlights are visible, in their colours.
            error = page.locator(f"#{ident}")
            assert error.is_visible() and error.get_attribute("data-state") == "error"
            assert _rgb(error.evaluate("e => getComputedStyle(e).backgroundColor")) == (0xfd, 0xe3, 0xdf)
            verified = page.locator('#d0 mark[data-state="verified"]').first
            assert verified.is_visible()
            assert _rgb(verified.evaluate("e => getComputedStyle(e).backgroundColor")) == (0xdc, 0xf2, 0xe1)
            plain = page.locator('#d0 mark[data-state="claim"]').first
            assert plain.evaluate("e => getComputedStyle(e).borderBottomStyle") == "dotted"
            assert page.locator("#d0 mark[data-mark]").count() >= len(extractions[0].claims)

            # Clicking the contradiction opens the panel with its message, arithmetic and related places.
            error.click()
            body = page.locator("#fc-panel-body")
            assert body.is_visible()
            text = body.inner_text()
            assert "majority of 13,782 does not match the votes" in text
            assert "stated 13,782; 22,834 − 9,106 = 13,728" in text
            assert "took the seat Hexham" in text
            related = body.locator("a.rel")
            assert related.count() == 2
            target = related.first.get_attribute("href")
            page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
            before = page.evaluate("window.scrollY")
            related.first.click()
            assert page.evaluate("location.hash") == target
            jumped = page.locator(target)
            assert jumped.evaluate("e => e.matches(':target')")
            box = jumped.evaluate("e => { const r = e.getBoundingClientRect(); return [r.top, r.bottom]; }")
            assert 0 <= box[0] and box[1] <= 700 and page.evaluate("window.scrollY") < before

            # Keyboard: Tab to a highlight and press Enter.
            page.locator(target).focus()
            page.keyboard.press("Enter")
            assert "Go to the finding" in body.inner_text()

            # Screenshot of the contradiction, its details open.
            page.set_viewport_size({"width": 1400, "height": 1100})
            error.click()
            page.evaluate("history.replaceState(null, '', location.pathname); window.scrollTo(0, 0);"
                          "document.querySelectorAll('.flash').forEach(e => e.classList.remove('flash'))")
            shot = tmp_path / "factcheck-report.png"
            page.screenshot(path=str(shot), full_page=True)
            shots = [shot]
            if os.environ.get("FACTCHECK_SCREENSHOT_DIR"):
                extra = Path(os.environ["FACTCHECK_SCREENSHOT_DIR"]) / "factcheck-report.png"
                extra.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(shot, extra)
                shots.append(extra)
            print("screenshot:", *shots)

            # The hostile article is text: nothing in it ran.
            assert page.evaluate("typeof window.__pwned") == "undefined"
            assert page.locator("#d1 img").count() == 0 and page.locator("#d1 script").count() == 0
            assert "<script>window.__pwned=1</script>" in page.locator("#d1 .copy").inner_text()

            # Without JavaScript the page still reads: colours, tooltips, links that jump; no empty panel.
            still = browser.new_page(java_script_enabled=False, viewport={"width": 1000, "height": 700})
            still.goto(page_file.as_uri())
            assert still.locator("#fc-panel").is_hidden()
            plain_error = still.locator(f"#{ident}")
            assert _rgb(plain_error.evaluate("e => getComputedStyle(e).backgroundColor")) == (0xfd, 0xe3, 0xdf)
            assert "22,834 − 9,106 = 13,728" in plain_error.get_attribute("title")
            still.locator(f'#findings table a[href="#{ident}"]').click()
            assert plain_error.evaluate("e => e.matches(':target')")
        finally:
            browser.close()
    assert dialogs == [] and errors == []
    assert all(u.startswith("file://") for u in requests), requests
