"""The browser app in a real headless Chromium (Debian's `chromium`, driven by Playwright):
click through article -> event -> actor, filter the event table, draw the network and the
map, read an article on a phone, and check that article and quote text is never run as HTML.

Screenshots go to artifacts/screenshots/<name>.png (CI keeps them as artifacts). The tests
skip, saying why, where Playwright or /usr/bin/chromium is missing; scripts/install_chromium.sh
(run by scripts/test.sh) installs Debian's package. Playwright never downloads a browser here.
"""

from __future__ import annotations

import itertools
import os
import shutil
import urllib.parse
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import httpx
import pytest

from dateline.settings import Settings
from dateline.store import Store
from tests.store_records import modal_record, rich_record
from tests.web_server import TOKEN, UNTITLED_ARTICLE, UNTITLED_HEADLINE, live_server

sync_api = pytest.importorskip(
    "playwright.sync_api", reason="playwright (dev extra) drives the browser tests")

ROOT = Path(__file__).resolve().parents[1]
SHOTS = ROOT / "artifacts" / "screenshots"
CHROMIUM = Path(os.environ.get("DATELINE_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
LAPTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}

SCRIPT = "<script>window.__xss=1</script>"
IMG = '<img src=x onerror="window.__xss=1">'
XSS_ARTICLE = {
    "title": f"Zarif in Baghdad {SCRIPT} {IMG}",
    "source": f"XSS {IMG}",
    "url": "javascript:window.__xss=1//",
    "published": "2020-02-02",
    "text": ("Iranian Foreign Minister Mohammad Javad Zarif met Iraqi officials in Baghdad on "
             f'Sunday. "We reject {SCRIPT} and {IMG} threats," Zarif told reporters. '
             "The ministers discussed security cooperation <b>and trade</b>."),
}

Page = Any  # playwright.sync_api.Page (imported lazily: the module may be absent)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip(f"no Chromium at {CHROMIUM}: scripts/install_chromium.sh installs Debian's "
                    "chromium package (scripts/test.sh runs it)")
    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM),
                                              args=CHROMIUM_ARGS)
        yield launched
        launched.close()


class Tab:
    """One browser tab on the app, failing the test on any script error or CSP violation."""

    def __init__(self, browser: Any, base: str, **context: Any) -> None:
        self.base = base
        self.context = browser.new_context(**context)
        self.page = self.context.new_page()
        self.problems: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("pageerror", lambda error: self.problems.append(f"page error: {error}"))
        self.page.on("console", self._console)
        self.page.on("dialog", self._dialog)

    def _console(self, message: Any) -> None:
        # a failed request is the API's answer, shown by the app; anything else is a fault
        if message.type == "error" and not message.text.startswith("Failed to load resource"):
            self.problems.append(f"console: {message.text}")

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def open(self, fragment: str, route: str) -> Page:
        self.page.goto(f"{self.base}/{fragment}")
        return self.ready(route)

    def ready(self, route: str) -> Page:
        """Wait until the page at the current URL has rendered as `route`: the app marks
        #view with the route, the hash it renders and its state."""
        self.page.wait_for_function(
            """route => { const view = document.getElementById('view');
                return view && view.dataset.route === route && view.dataset.state === 'ready'
                    && view.dataset.hash === location.hash; }""",
            arg=route, timeout=20_000)
        return self.page

    def shot(self, name: str, *, full_page: bool = False) -> None:
        self.page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=full_page)

    def close(self) -> None:
        self.context.close()
        assert not self.problems, self.problems
        assert not self.dialogs, self.dialogs


@pytest.fixture
def tab(browser: Any, web_url: str) -> Iterator[Tab]:
    opened = Tab(browser, web_url, viewport=LAPTOP)
    yield opened
    opened.close()


def _tehran_id(base: str) -> str:
    found = httpx.get(f"{base}/articles", params={"q": "Shamkhani Kabul"}).json()
    return str(next(a["id"] for a in found["items"] if a["published"] == "2018-12-26"))


def test_browser_article_event_actor(tab: Tab) -> None:
    page = tab.open("#/", "home")
    assert page.locator(".tile").count() >= 4
    tab.shot("overview", full_page=True)

    # the article list, filtered to the Tehran story, then its reader
    page.click('.nav a[data-nav="articles"]')
    tab.ready("articles")
    page.fill("#f-q", "Shamkhani")
    page.click(".filters button[type=submit]")
    page.wait_for_function("location.hash.includes('q=Shamkhani')")
    tab.ready("articles")
    tab.shot("articles")
    page.locator(".article-list a.article-link").first.click()
    tab.ready("reader")
    text = page.locator(".reader-text")
    assert "Shamkhani" in text.inner_text()
    assert page.locator(".reader-text .hl.ent").count() > 10
    assert page.locator(".reader-text .hl.quote").count() > 3
    assert page.locator(".reader-text .hl.trig").count() > 5

    # hovering a person shows its entity type and actor code in a card
    page.locator(".reader-text .hl.ent", has_text="Shamkhani").first.hover()
    card = page.locator("#card")
    card.wait_for(state="visible")
    assert "PERSON" in card.inner_text()
    assert card.locator("a.actor-link", has_text="IRN").count() >= 1
    tab.shot("reader-entity-card")

    # a trigger's card shows type, CAMEO code and rule; clicking pins it, with the event link
    trigger = page.locator(".reader-text .hl.trig").first
    trigger.click()
    card.locator("a.event-link").wait_for(state="visible")
    info = card.inner_text()
    assert "CAMEO" in info and "Rule" in info
    tab.shot("reader-event-card")
    card.locator("a.event-link").click()

    # the event: coding, actors and the evidence sentence with its trigger marked
    tab.ready("event")
    evidence = page.locator(".report blockquote .evidence")
    assert evidence.count() >= 1
    assert page.locator(".report mark.trigger").first.inner_text().strip()
    assert len(evidence.first.inner_text()) > 20
    tab.shot("event", full_page=True)

    # an actor of the event: its timeline has bars
    page.locator(".actor-roles a.actor-link").first.click()
    tab.ready("actor")
    assert page.locator("svg.timeline rect.bar").count() >= 1
    assert page.locator(".partners tbody tr").count() >= 1
    tab.shot("actor", full_page=True)

    # a dyad from the picker
    options = page.locator("#dyad option")
    assert options.count() >= 2
    page.select_option("#dyad", index=1)
    page.wait_for_function("location.hash.includes('target=')")
    tab.ready("actor")
    assert "→" in page.locator("h1").inner_text()
    assert page.locator("svg.timeline rect.bar").count() >= 1
    tab.shot("actor-dyad")


def test_browser_events_filter_by_type(tab: Tab) -> None:
    page = tab.open("#/events", "events")
    everything = httpx.get(f"{tab.base}/events", params={"limit": 1}).json()["total"]
    assert page.locator(".events-table tbody tr").count() == min(everything, 50)
    page.select_option("#f-type", "ASSAULT")
    page.click(".filters button[type=submit]")
    page.wait_for_function("location.hash.includes('type=ASSAULT')")
    tab.ready("events")
    types = page.locator(".events-table td.type").evaluate_all(
        "cells => cells.map(c => c.dataset.type)")
    assert types and set(types) == {"ASSAULT"}
    assaults = httpx.get(f"{tab.base}/events", params={"type": "ASSAULT", "limit": 1}).json()
    assert 0 < assaults["total"] < everything
    assert f"of {assaults['total']:,}" in page.locator(".pager .count").first.inner_text()
    assert page.locator("#f-type").input_value() == "ASSAULT"
    tab.shot("events-assault")

    # a row opens its event
    page.locator(".events-table a.event-link").first.click()
    tab.ready("event")
    assert "ASSAULT" in page.locator("h1").inner_text()


def test_browser_network_map_and_lists(tab: Tab) -> None:
    page = tab.open("#/network", "network")
    assert page.locator("svg.network circle.node").count() >= 2
    assert page.locator("svg.network path.edge").count() >= 1
    colours = set(page.locator("svg.network path.edge").evaluate_all(
        "edges => edges.map(e => e.getAttribute('stroke'))"))
    assert colours, "edges are coloured by cooperation / conflict"
    tab.shot("network")

    page = tab.open("#/map", "map")
    assert page.locator("svg.map path.country").count() > 150
    assert page.locator("svg.map path.country.has-events").count() >= 1
    dots = page.locator("svg.map circle.dot")
    assert dots.count() >= 1
    tab.shot("map")
    top = dots.last  # drawn last, so no neighbouring dot lies over it
    top.hover()
    card = page.locator("#card")
    card.wait_for(state="visible")
    assert card.locator("a.event-link").count() >= 1
    tab.shot("map-card")
    top.click()  # pins the card, so its link can be followed
    card.locator("a.event-link").first.click()
    tab.ready("event")

    page = tab.open("#/actors", "actors")
    assert page.locator(".actors-table a.actor-link").count() >= 5
    tab.shot("actors")
    page = tab.open("#/quotes", "quotes")
    assert page.locator(".quote-list .quote-content").count() >= 10
    tab.shot("quotes")


def test_browser_phone_reader(browser: Any, web_url: str) -> None:
    phone = Tab(browser, web_url, viewport=PHONE, is_mobile=True, has_touch=True,
                device_scale_factor=2)
    try:
        page = phone.open(f"#/articles/{_tehran_id(web_url)}", "reader")
        overflow = page.evaluate("""() => {
            const text = document.querySelector('.reader-text').getBoundingClientRect();
            return {page: document.documentElement.scrollWidth, width: window.innerWidth,
                    left: text.left, right: text.right};
        }""")
        assert overflow["page"] <= overflow["width"], overflow
        assert overflow["left"] >= 0 and overflow["right"] <= overflow["width"], overflow
        font = page.evaluate(
            "parseFloat(getComputedStyle(document.querySelector('.reader-text')).fontSize)")
        assert font >= 15
        phone.shot("phone-reader")
        page.locator(".reader-text .hl.trig").first.tap()
        card = page.locator("#card")
        card.wait_for(state="visible")
        box = card.bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
        phone.shot("phone-reader-card")

        page = phone.open("#/events", "events")
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
        phone.shot("phone-events")
    finally:
        phone.close()


def test_browser_api_docs_render_the_operations(tab: Tab) -> None:
    """/docs is the bundled Swagger UI reading the server's OpenAPI 3.1 document: every
    operation is listed (Swagger UI 4 showed "Unable to render this definition")."""
    page = tab.page
    page.goto(f"{tab.base}/docs")
    page.wait_for_function("""() => document.querySelector('.swagger-ui .opblock')
        || document.body.innerText.includes('Unable to render')""", timeout=30_000)
    shown = page.locator("#swagger-ui").inner_text()
    tab.shot("api-docs")
    assert "Unable to render" not in shown
    spec = httpx.get(f"{tab.base}/openapi.json").json()
    assert spec["openapi"].startswith("3.1")
    operations = sum(len(methods) for methods in spec["paths"].values())
    assert page.locator(".swagger-ui .opblock").count() == operations
    paths = set(page.locator(".opblock-summary-path").evaluate_all(
        "nodes => nodes.map(n => n.dataset.path || n.textContent.trim())"))
    assert {"/events", "/events/{event_id}", "/extract"} <= {p.replace("\u200b", "")
                                                              for p in paths}, paths
    # an operation opens with its parameters
    page.locator(".opblock-summary", has_text="/timeline").first.click()
    page.locator(".opblock.is-open .parameters").first.wait_for(state="visible")
    assert "interval" in page.locator(".opblock.is-open").first.inner_text()
    tab.shot("api-docs-operation")


def _failed(tab: Tab, route: str) -> Page:
    """Wait until the current URL has rendered as `route` in its error state."""
    tab.page.wait_for_function(
        """route => { const view = document.getElementById('view');
            return view && view.dataset.route === route && view.dataset.state === 'error'
                && view.dataset.hash === location.hash; }""", arg=route, timeout=20_000)
    return tab.page


def test_browser_bad_filter_reads_as_a_message(tab: Tab) -> None:
    """A 422 is shown as sentences naming the bad parameter, never as raw validation JSON."""
    tab.page.goto(f"{tab.base}/#/events?since=2020-99-99")
    page = _failed(tab, "events")
    box = page.locator(".notice.error")
    shown = box.inner_text()
    tab.shot("error-bad-filter")
    assert not any(raw in shown for raw in ("{", "[", '"loc"', '"msg"', "'type'")), shown
    lines = box.locator(".error-lines li").all_inner_texts()
    assert len(lines) == 1 and lines[0].startswith("since: "), lines
    assert "valid date" in lines[0] and "“2020-99-99”" in lines[0], lines
    box.locator("a", has_text="Clear the filters").click()
    tab.ready("events")
    assert page.locator(".events-table tbody tr").count() > 0


def test_browser_signs_in_with_the_token_when_reads_are_protected(
        browser: Any, example_store: str) -> None:
    """`serve --protect-reads`: the app asks for the token, keeps it for the tab's session
    (sessionStorage, never localStorage) and sends it with every request."""
    settings = replace(Settings(api_token=TOKEN), protect_reads=True)
    with live_server(example_store, settings) as base:
        tab = Tab(browser, base, viewport=LAPTOP)
        try:
            tab.page.goto(f"{base}/#/")
            page = _failed(tab, "home")
            form = page.locator("form.signin")
            assert form.is_visible() and "token" in page.locator("#view").inner_text().lower()
            assert not page.locator("#signout").is_visible()
            tab.shot("signin")

            page.fill("#signin-token", "not-the-token")
            page.click("form.signin button[type=submit]")
            page.wait_for_function("() => document.querySelector('#view').innerText"
                                   ".includes('refused')")
            _failed(tab, "home")
            assert "wrong token" in page.locator("#view").inner_text()
            tab.shot("signin-refused")

            page.fill("#signin-token", TOKEN)
            page.click("form.signin button[type=submit]")
            tab.ready("home")
            assert page.locator(".tile").count() >= 4
            assert page.evaluate("sessionStorage.getItem('dateline.token')") == TOKEN
            assert page.evaluate("localStorage.length") == 0
            assert page.locator("#signout").is_visible()
            tab.shot("signed-in-home")

            # every page reads with it, reloads included (same tab, same session)
            page = tab.open("#/events?type=CONSULT", "events")
            assert page.locator(".events-table tbody tr").count() > 0
            page.reload()
            tab.ready("events")
            page = tab.open(f"#/articles/{_tehran_id_with(base)}", "reader")
            assert "Shamkhani" in page.locator(".reader-text").inner_text()

            # another tab has a session of its own: it asks again
            other = tab.context.new_page()
            other.goto(f"{base}/#/quotes")
            other.wait_for_selector("form.signin", timeout=20_000)
            other.close()

            # signing out forgets the token
            page.click("#signout")
            _failed(tab, "reader")
            assert page.evaluate("sessionStorage.getItem('dateline.token')") is None
            assert page.locator("form.signin").is_visible()
        finally:
            tab.close()


def _tehran_id_with(base: str) -> str:
    found = httpx.get(f"{base}/articles", params={"q": "Shamkhani Kabul"},
                      headers={"Authorization": f"Bearer {TOKEN}"}).json()
    return str(next(a["id"] for a in found["items"] if a["published"] == "2018-12-26"))


@pytest.fixture(scope="module")
def untitled_url(example_store: str, tmp_path_factory: pytest.TempPathFactory
                 ) -> Iterator[tuple[str, str]]:
    """A server on a copy of the example store with an untitled article that has
    subheadings, posted through the API; yields the URL and the article's id."""
    copy = tmp_path_factory.mktemp("untitled") / "store.db"
    shutil.copy(example_store.removeprefix("sqlite:///"), copy)
    with live_server(f"sqlite:///{copy}", Settings(api_token=TOKEN)) as url:
        posted = httpx.post(f"{url}/articles", json=UNTITLED_ARTICLE, timeout=300,
                            headers={"Authorization": f"Bearer {TOKEN}"})
        assert posted.status_code == 201, posted.text
        yield url, posted.json()["id"]


def test_browser_untitled_article_and_subheadings(browser: Any,
                                                  untitled_url: tuple[str, str]) -> None:
    """An untitled article is listed by its first sentence (not "Untitled article 2cd4074b"),
    and the reader keeps each subheading as a heading of its own, not run into the next
    paragraph."""
    url, article_id = untitled_url
    tab = Tab(browser, url, viewport=LAPTOP)
    try:
        page = tab.open("#/articles?q=Afghan-led", "articles")
        assert page.locator(".article-list a.article-link").all_inner_texts() == [
            UNTITLED_HEADLINE]
        tab.shot("untitled-in-list")
        for route, fragment in (("quotes", "#/quotes?q=Afghan-led"),
                                ("search", "#/search?q=Afghan-led")):
            page = tab.open(fragment, route)
            assert UNTITLED_HEADLINE in page.locator("#view").inner_text(), route
            assert "Untitled article" not in page.locator("#view").inner_text(), route

        page = tab.open(f"#/articles/{article_id}", "reader")
        assert page.locator("h1").inner_text() == UNTITLED_HEADLINE
        heads = page.locator(".reader-text .subhead")
        assert heads.all_inner_texts() == ["Talks in Kabul", "What comes next"]
        blocks = page.locator(".reader-text > *").evaluate_all("""nodes => nodes.map(n => {
            const box = n.getBoundingClientRect();
            return [n.tagName, n.textContent, box.top, box.bottom]; })""")
        assert [b[1] for b in blocks] == [
            line for line in UNTITLED_ARTICLE["text"].split("\n") if line.strip()]
        for (_, _, _, bottom), (_, text, top, _) in itertools.pairwise(blocks):
            assert top > bottom, f"{text!r} runs into the block before it"
        sizes = heads.evaluate_all("nodes => nodes.map(n => getComputedStyle(n).fontWeight)")
        assert all(int(w) >= 600 for w in sizes)
        # highlights still work inside the paragraphs
        assert page.locator(".reader-text .hl.ent", has_text="Zarif").count() >= 1
        tab.shot("untitled-reader-subheadings")
    finally:
        tab.close()


_RENDERED_PX = """nodes => nodes.map(n => parseFloat(getComputedStyle(n).fontSize)
    * (n.getScreenCTM() ? n.getScreenCTM().a : 1))"""
_CLIPPED = """(selector) => {
    const out = [];
    for (const table of document.querySelectorAll(selector)) {
        const wrap = table.closest('.table-wrap') || table.parentElement;
        if (wrap.scrollWidth > wrap.clientWidth + 1) out.push('scrolls ' + wrap.scrollWidth
            + ' > ' + wrap.clientWidth);
        for (const cell of table.querySelectorAll('th, td')) {
            const box = cell.getBoundingClientRect();
            if (box.width && (box.left < -1 || box.right > window.innerWidth + 1))
                out.push(cell.textContent.trim().slice(0, 30) + ' at ' + box.left + '..'
                    + box.right);
        }
    }
    return out;
}"""


def test_browser_phone_layout(browser: Any, web_url: str) -> None:
    """At 390 px every section link shows (no row that scrolls out of sight), chart labels are
    readable (>= 10 px as drawn), and the Partners and Places tables fit the screen."""
    phone = Tab(browser, web_url, viewport=PHONE, is_mobile=True, has_touch=True,
                device_scale_factor=2)
    try:
        page = phone.open("#/actors/IRN", "actor")
        nav = page.evaluate("""() => {
            const nav = document.querySelector('.nav');
            return {scroll: nav.scrollWidth, client: nav.clientWidth,
                    links: [...nav.querySelectorAll('a')].map(a => {
                        const b = a.getBoundingClientRect();
                        return [a.textContent, b.left, b.right, b.width]; })};
        }""")
        assert nav["scroll"] <= nav["client"] + 1, nav
        assert [name for name, *_ in nav["links"]] == [
            "Articles", "Events", "Actors", "Network", "Map", "Quotes"]
        for name, left, right, width in nav["links"]:
            assert width > 0 and left >= 0 and right <= PHONE["width"], (name, left, right)
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
        phone.shot("phone-actor", full_page=True)

        timeline = page.locator("svg.timeline text.axis-label").evaluate_all(_RENDERED_PX)
        assert timeline and min(timeline) >= 10, timeline
        ego = page.locator("svg.network text.node-label").evaluate_all(_RENDERED_PX)
        assert ego and min(ego) >= 10, ego
        assert page.locator(".partners tbody tr").count() >= 1
        assert page.evaluate(_CLIPPED, ".partners") == []

        page = phone.open("#/network", "network")
        labels = page.locator("svg.network text.node-label").evaluate_all(_RENDERED_PX)
        assert labels and min(labels) >= 10, labels
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
        phone.shot("phone-network", full_page=True)

        page = phone.open("#/map", "map")
        assert page.locator(".places-table tbody tr").count() >= 1
        assert page.evaluate(_CLIPPED, ".places-table") == []
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
        phone.shot("phone-map", full_page=True)
    finally:
        phone.close()


@pytest.fixture(scope="module")
def modal_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A server on hand-built records: three asserted events, and a negated, a reported, a
    future, a conditional and a hypothetical one (tests/store_records.py)."""
    url = f"sqlite:///{tmp_path_factory.mktemp('modal-web') / 'store.db'}"
    with Store(url) as store:
        store.add(rich_record())
        store.add(modal_record())
    with live_server(url) as base:
        yield base


def _filter_events(tab: Tab, page: Page, name: str, value: str) -> None:
    """Choose `value` in the event table's `name` filter, submit, and wait for the table."""
    page.select_option(f"#f-{name}", value)
    page.click(".filters button[type=submit]")
    page.wait_for_function(f"location.hash.includes('{name}={value}')")
    tab.ready("events")


def _struck(page: Page, selector: str) -> bool:
    return bool(page.locator(selector).first.evaluate(
        "node => getComputedStyle(node).textDecorationLine.includes('line-through')"))


def test_browser_shows_negation_and_modality(browser: Any, modal_url: str) -> None:
    tab = Tab(browser, modal_url, viewport=LAPTOP)
    try:
        # the table: a "not" badge and a struck-through type for the negated meeting, a
        # badge with the modality of every event that is not asserted, none for the others
        page = tab.open("#/events?sort=id", "events")
        cells = page.locator(".events-table td.type").evaluate_all(
            """cells => cells.map(c => [c.dataset.type, c.dataset.negated, c.dataset.modality,
                [...c.querySelectorAll('.badge')].map(b => b.textContent)])""")
        assert sorted(map(tuple, ((t, n, m, tuple(b)) for t, n, m, b in cells))) == [
            ("ACCUSE", "false", "asserted", ()), ("ACCUSE", "false", "reported", ("reported",)),
            ("AGREE", "false", "asserted", ()), ("AGREE", "false", "future", ("future",)),
            ("ASSAULT", "false", "conditional", ("conditional",)),
            ("CONSULT", "false", "asserted", ()), ("CONSULT", "true", "asserted", ("not",)),
            ("SANCTION", "false", "hypothetical", ("hypothetical",))]
        assert _struck(page, ".events-table tr.negated .chip")
        assert not _struck(page, ".events-table tr:not(.negated) .chip")
        tab.shot("events-modality")

        # the filters: negated only, then one modality
        _filter_events(tab, page, "negated", "true")
        assert page.locator(".events-table td.type").evaluate_all(
            "cells => cells.map(c => c.dataset.type)") == ["CONSULT"]
        assert page.locator(".events-table .badge.negated").inner_text() == "not"
        page.select_option("#f-negated", "")
        _filter_events(tab, page, "modality", "future")
        assert page.locator(".events-table td.type").evaluate_all(
            "cells => cells.map(c => [c.dataset.type, c.dataset.modality])") == [
                ["AGREE", "future"]]

        # the negated event's page says so above everything else
        page = tab.open("#/events?negated=true", "events")
        page.locator(".events-table a.event-link").first.click()
        tab.ready("event")
        assert page.locator("h1 .badge.negated").inner_text() == "not"
        assert "did not happen" in page.locator(".notice.event-modality").inner_text()
        coding = page.locator(".facts").first.inner_text()
        assert "not" in coding and "asserted" in coding
        tab.shot("event-negated", full_page=True)

        # the reader: the event list and the trigger's card
        page = tab.open(f"#/articles/{modal_record().article.id}", "reader")
        listed = page.locator(".event-list li.negated")
        assert listed.count() == 1 and listed.locator(".badge.negated").count() == 1
        assert page.locator(".event-list li.irrealis").count() == 3  # future, cond., hyp.
        assert page.locator(".event-list .badge.m-reported").count() == 1
        trigger = page.locator(".reader-text .hl.trig.neg")
        assert trigger.count() >= 1 and _struck(page, ".reader-text .hl.trig.neg")
        trigger.first.hover()
        card = page.locator("#card")
        card.wait_for(state="visible")
        assert card.locator(".card-head .badge.negated").inner_text() == "not"
        assert "did not happen" in card.inner_text()
        tab.shot("reader-negated-card")
        # tab to another trigger (the open card covers it): a conditional attack
        page.locator(".reader-text .hl.trig", has_text="could attack").first.focus()
        page.wait_for_function(
            "document.querySelector('#card .card-head .badge.m-conditional') !== null")
        assert "Conditional" in card.inner_text()
    finally:
        tab.close()


def test_browser_filters_events_by_confidence(browser: Any, modal_url: str) -> None:
    """The events table's Confidence filter keeps the events the coder is sure of
    (tests/store_records.py: rich_record's three at 0.8, modal_record's 0.95 to 0.15)."""
    tab = Tab(browser, modal_url, viewport=LAPTOP)
    try:
        page = tab.open("#/events?sort=-confidence", "events")
        assert page.locator(".events-table tbody tr").count() == 8
        shown = page.locator(".events-table td.confidence").all_inner_texts()
        assert shown == ["0.95", "0.80", "0.80", "0.80", "0.75", "0.55", "0.35", "0.15"]
        _filter_events(tab, page, "min_confidence", "0.9")
        assert page.locator(".events-table td.type").evaluate_all(
            "cells => cells.map(c => [c.dataset.type, c.dataset.negated])") == [
                ["CONSULT", "true"]]
        _filter_events(tab, page, "min_confidence", "0.7")
        assert page.locator(".events-table tbody tr").count() == 5
        assert page.locator("#f-min_confidence").input_value() == "0.7"  # kept on reload
    finally:
        tab.close()


@pytest.fixture(scope="module")
def xss_url(example_store: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A server on a copy of the example store, with an article full of HTML payloads posted
    through the API (as any client with the token could)."""
    copy = tmp_path_factory.mktemp("xss") / "store.db"
    shutil.copy(example_store.removeprefix("sqlite:///"), copy)
    with live_server(f"sqlite:///{copy}", Settings(api_token=TOKEN)) as url:
        posted = httpx.post(f"{url}/articles", json=XSS_ARTICLE, timeout=300,
                            headers={"Authorization": f"Bearer {TOKEN}"})
        assert posted.status_code == 201, posted.text
        yield url


def _assert_inert(page: Page) -> None:
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert page.locator("#view script, #view img, #card img").count() == 0
    assert page.locator('a[href^="javascript:" i]').count() == 0  # the article's own url


def test_browser_article_text_is_escaped(browser: Any, xss_url: str) -> None:
    xss = Tab(browser, xss_url, viewport=LAPTOP)
    try:
        found = httpx.get(f"{xss_url}/articles", params={"q": "onerror"}).json()["items"]
        article_id = found[0]["id"]
        quotes = httpx.get(f"{xss_url}/quotes", params={"q": "reject"}).json()["items"]
        assert any(SCRIPT in q["content"] for q in quotes), "the payload quote is stored"

        page = xss.open(f"#/articles/{article_id}", "reader")
        _assert_inert(page)
        assert SCRIPT in page.locator("h1").inner_text()
        assert IMG in page.locator("h1").inner_text()
        text = page.locator(".reader-text").inner_text()
        assert SCRIPT in text and IMG in text and "<b>and trade</b>" in text
        xss.shot("xss-reader")
        page.locator(".reader-text .hl.quote").first.hover()
        page.locator("#card").wait_for(state="visible")
        _assert_inert(page)

        page = xss.open("#/quotes?q=reject", "quotes")
        _assert_inert(page)
        content = page.locator(".quote-content").all_inner_texts()
        assert any(SCRIPT in c and IMG in c for c in content)
        xss.shot("xss-quotes")

        page = xss.open("#/search?q=onerror", "search")
        _assert_inert(page)
        listed = page.locator("#view").inner_text()
        assert SCRIPT in listed and IMG in listed
        xss.shot("xss-search")

        # the search words themselves come from the URL: shown as text as well
        page = xss.open("#/search?q=" + urllib.parse.quote(IMG), "search")
        _assert_inert(page)
        assert IMG in page.locator("h1").inner_text()

        page = xss.open("#/", "home")
        _assert_inert(page)
        page = xss.open("#/events?actor=IRN", "events")
        _assert_inert(page)
    finally:
        xss.close()
