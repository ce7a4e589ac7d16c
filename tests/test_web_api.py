"""The REST API over a real HTTP server (uvicorn on loopback) and a store of the bundled
examples: every endpoint, and the error cases (bad parameters, tokens, body size)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import httpx
import pytest

from dateline.events.lexicon import load_lexicon
from dateline.settings import Settings
from dateline.store import MODALITIES, Store
from tests.store_records import MODAL_EVENTS, modal_record, rich_record
from tests.web_server import TOKEN, UNTITLED_ARTICLE, UNTITLED_HEADLINE, live_server

AUTH = {"Authorization": f"Bearer {TOKEN}"}
SHORT_ARTICLE = ("Iran's foreign minister met his Afghan counterpart in Kabul on Monday. "
                 "\"We support dialogue,\" the minister said.")


@pytest.fixture(scope="module")
def api(web_url: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=web_url, timeout=60) as client:
        yield client


@pytest.fixture(scope="module")
def writable(example_store: str, tmp_path_factory: pytest.TempPathFactory
             ) -> Iterator[httpx.Client]:
    """A server on a copy of the example store, for the tests that write."""
    copy = tmp_path_factory.mktemp("writable") / "store.db"
    shutil.copy(example_store.removeprefix("sqlite:///"), copy)
    settings = Settings(api_token=TOKEN, max_request_bytes=50_000)
    with live_server(f"sqlite:///{copy}", settings) as url, \
            httpx.Client(base_url=url, timeout=120) as client:
        yield client


@pytest.fixture(scope="module")
def modal_api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    """A server on a store of hand-built records: three asserted events (rich_record) and
    a negated, a reported, a future, a conditional and a hypothetical one (modal_record)."""
    url = f"sqlite:///{tmp_path_factory.mktemp('modal') / 'store.db'}"
    with Store(url) as store:
        store.add(rich_record())
        store.add(modal_record())
    with live_server(url) as base, httpx.Client(base_url=base, timeout=60) as client:
        yield client


def test_health_and_stats(api: httpx.Client) -> None:
    health = api.get("/health").json()
    assert health["status"] == "ok" and health["schema"] == "dateline.extraction/1"
    assert health["articles"] == 51  # the Tehran article and 50 Wikinews stories
    stats = api.get("/stats").json()
    assert stats["counts"]["articles"] == 51
    assert sum(row["count"] for row in stats["event_types"]) == stats["counts"]["events"]
    assert {row["quad"] for row in stats["quad"]} <= {None, 1, 2, 3, 4}
    assert stats["first_date"] <= stats["last_date"]


def test_articles_list_search_and_record(api: httpx.Client) -> None:
    page = api.get("/articles", params={"limit": 5}).json()
    assert page["total"] == 51 and page["limit"] == 5 and len(page["items"]) == 5
    published = [a["published"] for a in page["items"]]
    assert published == sorted(published, reverse=True)
    second = api.get("/articles", params={"limit": 5, "offset": 5}).json()
    assert not {a["id"] for a in page["items"]} & {a["id"] for a in second["items"]}

    found = api.get("/articles", params={"q": "Shamkhani Kabul"}).json()
    assert found["total"] >= 1
    tehran = next(a for a in found["items"] if "Shamkhani" in (a["title"] or "")
                  or a["events"] > 0)
    record = api.get(f"/articles/{tehran['id']}").json()
    text = record["article"]["text"]
    assert "Shamkhani" in text
    for entity in record["entities"]:
        for mention in entity["mentions"]:
            assert text[mention["start"]:mention["end"]] == mention["text"]
    assert api.get("/articles", params={"since": "2030-01-01"}).json()["total"] == 0


def test_events_filters_sorting_and_detail(api: httpx.Client) -> None:
    page = api.get("/events", params={"actor": "IRN", "limit": 500}).json()
    assert page["total"] == len(page["items"]) > 0
    for event in page["items"]:
        codes = {a["code"] for a in event["source"] + event["target"]}
        names = " ".join(a["name"] for a in event["source"] + event["target"]).lower()
        assert "IRN" in codes or "irn" in names

    dyad = api.get("/events", params={"source": "IRN", "target": "AFG"}).json()
    assert dyad["total"] >= 1
    assert all(any(a["code"] == "IRN" for a in e["source"]) and
               any(a["code"] == "AFG" for a in e["target"]) for e in dyad["items"])

    consult = api.get("/events", params={"type": "consult", "quad": 1}).json()
    assert consult["total"] > 0 and {e["type"] for e in consult["items"]} == {"CONSULT"}

    dated = api.get("/events", params={"since": "2018-12-01", "until": "2018-12-31",
                                       "sort": "-date", "limit": 500}).json()["items"]
    assert dated and all(e["date"] for e in dated)
    by_reports = api.get("/events", params={"sort": "-reports", "limit": 20}).json()["items"]
    counts = [e["report_count"] for e in by_reports]
    assert counts == sorted(counts, reverse=True)

    event = api.get(f"/events/{dyad['items'][0]['id']}").json()
    report = event["reports"][0]
    assert report["trigger"] in report["sentence"]
    record = api.get(f"/articles/{report['article_id']}").json()
    text = record["article"]["text"]
    assert text[report["sentence_start"]:report["sentence_end"]] == report["sentence"]
    assert text[report["trigger_start"]:report["trigger_end"]] == report["trigger"]

    reported = api.get("/events", params={"article": report["article_id"], "limit": 500}).json()
    assert event["id"] in {e["id"] for e in reported["items"]}
    assert all(report["article_id"] in {r["article_id"] for r in e["reports"]}
               for e in reported["items"])
    assert reported["total"] <= len(record["events"])


def test_actors_profile_timeline_network_and_map(api: httpx.Client) -> None:
    actors = api.get("/actors", params={"limit": 10}).json()
    events = [a["events"] for a in actors["items"]]
    assert actors["total"] >= 10 and events == sorted(events, reverse=True)
    assert api.get("/actors", params={"q": "Shamkhani"}).json()["items"][0]["code"] == "IRN"

    iran = api.get("/actors/irn").json()
    assert iran["code"] == "IRN" and iran["as_source"] > 0
    assert "AFG" in {p["code"] for p in iran["partners"]}
    partner = iran["partners"][0]
    assert partner["cooperation"] + partner["conflict"] <= partner["events"]

    series = api.get("/timeline", params={"actor": "IRN"}).json()["series"]
    assert series and all(len(p["period"]) == 7 for p in series)
    assert sum(p["count"] for p in series) <= iran["events"]
    dyad = api.get("/timeline", params={"source": "IRN", "target": "AFG",
                                        "interval": "year"}).json()["series"]
    assert dyad and all(len(p["period"]) == 4 for p in dyad)

    graph = api.get("/network", params={"min_events": 2}).json()
    assert graph["edges"] and all(e["events"] >= 2 for e in graph["edges"])
    nodes = {n["code"] for n in graph["nodes"]}
    assert all(e["source"] in nodes and e["target"] in nodes for e in graph["edges"])
    around_iran = api.get("/network", params={"actor": "IRN"}).json()["edges"]
    assert around_iran and all("IRN" in (e["source"], e["target"]) for e in around_iran)

    points = api.get("/map").json()["items"]
    assert points and all(-90 <= p["lat"] <= 90 and -180 <= p["lon"] <= 180 for p in points)
    assert any(p["place"] == "Kabul" for p in points)


def test_quotes_and_search(api: httpx.Client) -> None:
    quotes = api.get("/quotes", params={"speaker": "Shamkhani"}).json()
    assert quotes["total"] >= 1
    assert all("shamkhani" in q["speaker"].lower() for q in quotes["items"])
    worded = api.get("/quotes", params={"q": "Taliban"}).json()["items"]
    assert worded and all("taliban" in q["content"].lower() for q in worded)

    found = api.get("/search", params={"q": "Taliban"}).json()
    assert found["articles"] and found["quotes"]
    assert all("taliban" in a["snippet"].lower() for a in found["articles"])


def test_every_event_endpoint_carries_negation_and_modality(api: httpx.Client) -> None:
    page = api.get("/events", params={"limit": 500}).json()["items"]
    assert page
    for event in page:
        assert isinstance(event["negated"], bool) and event["modality"] in MODALITIES
        assert all(r["modality"] in MODALITIES for r in event["reports"])
    one = api.get(f"/events/{page[0]['id']}").json()
    assert one["negated"] is page[0]["negated"] and one["modality"] == page[0]["modality"]
    points = api.get("/map").json()["items"]
    assert points and all(isinstance(p["negated"], bool) and p["modality"] in MODALITIES
                          for p in points)
    spec = api.get("/openapi.json").json()["components"]["schemas"]
    for schema in ("StoredEvent", "MapPoint"):
        assert {"negated", "modality"} <= set(spec[schema]["properties"]), schema


def test_events_filter_by_modality_and_negation(modal_api: httpx.Client) -> None:
    def held(path: str = "/events", **params: object) -> list[tuple[str, bool, str]]:
        items = modal_api.get(path, params={"limit": 500, **params}).json()["items"]
        return sorted((e["type"], e["negated"], e["modality"]) for e in items)

    everything = held()
    assert len(everything) == 8
    for kind, _, negated, modality in MODAL_EVENTS:
        assert (kind, negated, modality) in everything
    assert held(negated="true") == [("CONSULT", True, "asserted")]
    assert len(held(negated="false")) == 7 and ("CONSULT", True, "asserted") not in \
        held(negated="false")
    assert held(modality="future") == [("AGREE", False, "future")]
    assert held(modality=["hypothetical", "conditional"]) == [
        ("ASSAULT", False, "conditional"), ("SANCTION", False, "hypothetical")]
    assert held(modality="asserted", negated="false") == [
        ("ACCUSE", False, "asserted"), ("AGREE", False, "asserted"),
        ("CONSULT", False, "asserted")]
    page = modal_api.get("/events", params={"modality": "reported"}).json()
    assert page["total"] == 1 and page["items"][0]["reports"][0]["modality"] == "reported"

    [negated] = modal_api.get("/events", params={"negated": "true"}).json()["items"]
    one = modal_api.get(f"/events/{negated['id']}").json()
    assert one["negated"] is True and one["reports"][0]["trigger"] == "did not meet"
    located = modal_api.get("/map", params={"negated": "true"}).json()["items"]
    assert [(p["id"], p["negated"], p["modality"]) for p in located] == [
        (negated["id"], True, "asserted")]
    series = modal_api.get("/timeline", params={"modality": "conditional"}).json()["series"]
    assert series == [{"period": "2019-01", "type": "ASSAULT", "count": 1}]


def test_events_filter_by_confidence(modal_api: httpx.Client) -> None:
    """`min_confidence` on every endpoint that takes the event filters (MODAL_CONFIDENCES:
    0.95, 0.75, 0.55, 0.35, 0.15; rich_record's three events 0.8)."""
    def confidences(path: str = "/events", **params: object) -> list[float]:
        items = modal_api.get(path, params={"limit": 500, **params}).json()["items"]
        return sorted((e["confidence"] for e in items), reverse=True) if path == "/events" \
            else [e["id"] for e in items]

    assert confidences(min_confidence=0.7) == [0.95, 0.8, 0.8, 0.8, 0.75]
    assert confidences(min_confidence=0.75) == [0.95, 0.8, 0.8, 0.8, 0.75]
    assert confidences(min_confidence=0.9, negated="false") == []
    assert len(confidences()) == 8
    page = modal_api.get("/events", params={"min_confidence": 0.5}).json()
    assert page["total"] == 6
    assert len(confidences("/map", min_confidence=0.9)) == 1  # the negated meeting in Kabul
    series = modal_api.get("/timeline", params={"min_confidence": 0.6}).json()["series"]
    assert sum(s["count"] for s in series if s["period"] == "2019-01") == 2


def test_events_drawn_at_random(modal_api: httpx.Client) -> None:
    """`sample` and `seed`, as `dateline events --sample --seed`: the same draw again for
    the same seed, within the filters."""
    def drawn(**params: object) -> list[int]:
        page = modal_api.get("/events", params={"limit": 500, **params}).json()
        assert page["total"] == len(page["items"])
        return [e["id"] for e in page["items"]]

    every = drawn()
    three = drawn(sample=3, seed=4)
    assert len(three) == 3 and set(three) <= set(every) and three == drawn(sample=3, seed=4)
    assert drawn(sample=99) == every
    assert all(e >= 0.5 for e in (x["confidence"] for x in modal_api.get(
        "/events", params={"sample": 2, "min_confidence": 0.5}).json()["items"]))
    assert modal_api.get("/events", params={"sample": -1}).status_code == 422


@pytest.mark.parametrize(("path", "params", "field"), [
    ("/events", {"modality": "maybe"}, "modality"),
    ("/events", {"negated": "perhaps"}, "negated"),
    ("/events", {"min_confidence": 1.5}, "min_confidence"),
    ("/map", {"min_confidence": "sure"}, "min_confidence"),
    ("/map", {"modality": "Future!"}, "modality"),
    ("/events", {"since": "2019-13-01"}, "since"),
    ("/events", {"until": "yesterday"}, "until"),
    ("/events", {"limit": 100_000}, "limit"),
    ("/events", {"limit": 0}, "limit"),
    ("/events", {"offset": -1}, "offset"),
    ("/events", {"quad": 7}, "quad"),
    ("/events", {"sort": "password"}, "sort"),
    ("/events", {"actr": "IRN"}, "actr"),
    ("/articles", {"colour": "red"}, "colour"),
    ("/articles", {"q": "x" * 1000}, "q"),
    ("/quotes", {"speaker": "a\x00b"}, "speaker"),
    ("/search", {}, "q"),
    ("/timeline", {"interval": "week"}, "interval"),
    ("/events/abc", {}, "event_id"),
])
def test_bad_parameters_are_422_with_a_message(api: httpx.Client, path: str,
                                               params: dict[str, object], field: str) -> None:
    response = api.get(path, params=params)
    assert response.status_code == 422, response.text
    detail = response.json()["detail"]
    assert any(field in error["loc"] and error["msg"] for error in detail), detail


def test_missing_things_are_404(api: httpx.Client) -> None:
    assert api.get("/events/999999").status_code == 404
    assert api.get("/articles/0000").status_code == 404
    assert api.get("/actors/ZZZ").status_code == 404


def test_user_text_is_a_bound_parameter(api: httpx.Client) -> None:
    """SQL and LIKE metacharacters are matched literally, not executed or expanded."""
    assert api.get("/articles", params={"q": "Taliban"}).json()["total"] > 0
    for payload in ("' OR '1'='1", "IRN'; DROP TABLE events; --", "Tal_ban", "Tali%an", "\\"):
        assert api.get("/events", params={"actor": payload}).json()["total"] == 0
        assert api.get("/articles", params={"q": payload}).json()["total"] == 0
    assert api.get("/stats").json()["counts"]["events"] > 0


def test_plover_table(api: httpx.Client) -> None:
    """The types and quads the browser app colours and names events by: the coder's own."""
    table = api.get("/plover").json()
    assert [q["quad"] for q in table["quads"]] == [1, 2, 3, 4]
    assert table["quads"][3]["label"] == "material conflict"
    types = {t["type"]: t["quad"] for t in table["types"]}
    assert types == load_lexicon().quads and len(types) == 16
    assert [t["quad"] for t in table["types"]] == sorted(types.values())  # quad by quad


def test_security_headers(api: httpx.Client) -> None:
    response = api.get("/health")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"


def test_openapi_and_offline_docs(api: httpx.Client) -> None:
    spec = api.get("/openapi.json").json()
    for path in ("/articles", "/articles/{article_id}", "/events", "/events/{event_id}",
                 "/actors", "/actors/{code}", "/quotes", "/search", "/stats", "/health",
                 "/timeline", "/network", "/map", "/extract", "/plover"):
        assert path in spec["paths"], path
    docs = api.get("/docs")
    assert docs.status_code == 200 and "/docs-assets/swagger-ui-bundle.js" in docs.text
    assert "cdn" not in docs.text.lower()
    assert api.get("/docs-assets/swagger-ui-bundle.js").status_code == 200


def test_writes_need_the_token(api: httpx.Client) -> None:
    body = {"text": SHORT_ARTICLE}
    missing = api.post("/extract", json=body)
    assert missing.status_code == 401 and missing.headers["www-authenticate"] == "Bearer"
    assert api.post("/articles", json=body).status_code == 401
    wrong = api.post("/extract", json=body, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 403
    assert api.get("/health").json()["articles"] == 51


def test_extract_and_store_with_the_token(writable: httpx.Client) -> None:
    body = {"text": SHORT_ARTICLE, "title": "Talks", "published": "2019-01-07"}
    record = writable.post("/extract", json=body, headers=AUTH).json()
    assert record["schema"] == "dateline.extraction/1"
    assert record["article"]["published"] == "2019-01-07"
    before = writable.get("/health").json()["articles"]
    assert writable.get("/health").json()["articles"] == before  # /extract stores nothing

    created = writable.post("/articles", json=body, headers=AUTH)
    assert created.status_code == 201 and created.json()["id"] == record["article"]["id"]
    again = writable.post("/articles", json=body, headers=AUTH)
    assert again.status_code == 200 and again.json()["created"] is False
    assert writable.get("/health").json()["articles"] == before + 1
    assert writable.get(f"/articles/{record['article']['id']}").status_code == 200


def test_reads_are_served_while_an_extraction_runs(example_store: str,
                                                  tmp_path: Path) -> None:
    """An extraction (CPU-bound for seconds on a long article) runs in a worker process, not
    in the server's: while one is held in progress, reads are answered, and the extraction
    then completes. No timing threshold: the extraction waits for the test to release it."""
    import functools
    import os
    import threading

    from dateline.web import create_app
    from tests.web_server import gated_extract

    gate = tmp_path / "gate"
    gate.mkdir()
    app = create_app(example_store, settings=Settings(api_token=TOKEN))
    app.state.extraction.job = functools.partial(gated_extract, str(gate))
    body = {"text": SHORT_ARTICLE, "title": "Talks", "published": "2019-01-07"}
    answer: dict[str, httpx.Response] = {}
    with live_server(example_store, app=app) as url, \
            httpx.Client(base_url=url, timeout=60) as client:
        poster = threading.Thread(target=lambda: answer.update(
            posted=httpx.post(f"{url}/extract", json=body, headers=AUTH, timeout=300)))
        poster.start()
        try:
            started = gate / "started"
            while not started.exists() and poster.is_alive():
                poster.join(timeout=0.05)
            assert started.exists(), ("the extraction ran in the server's own process",
                                      answer.get("posted"))
            assert int(started.read_text(encoding="utf-8")) != os.getpid(), \
                "the extraction ran in the server's process"
            # the extraction is in progress (it waits for the release): reads are answered
            tehran = client.get("/articles", params={"q": "Shamkhani Kabul"}).json()["items"]
            for path in ("/health", "/stats", "/events?limit=50", f"/articles/{tehran[0]['id']}",
                         "/actors/IRN", "/timeline?actor=IRN", "/quotes?speaker=Shamkhani"):
                assert client.get(path).status_code == 200, path
            assert poster.is_alive() and not (gate / "release").exists()
        finally:
            (gate / "release").touch()
            poster.join(timeout=300)
        posted = answer["posted"]
        assert posted.status_code == 200, posted.text
        assert posted.json()["article"]["title"] == "Talks"


def test_untitled_article_is_listed_by_its_first_sentence(writable: httpx.Client) -> None:
    """An article without a title is named by its opening (first line when short, else first
    sentence, cut at a word) wherever it is listed: articles, search, quotes, event reports."""
    created = writable.post("/articles", json=UNTITLED_ARTICLE, headers=AUTH)
    assert created.status_code in (200, 201), created.text
    article_id = created.json()["id"]
    [listed] = writable.get("/articles", params={"q": "Afghan-led"}).json()["items"]
    assert listed["id"] == article_id and listed["title"] is None
    assert listed["headline"] == UNTITLED_HEADLINE
    [hit] = writable.get("/search", params={"q": "Afghan-led"}).json()["articles"]
    assert hit["headline"] == UNTITLED_HEADLINE
    quotes = writable.get("/quotes", params={"q": "Afghan-led"}).json()["items"]
    assert quotes and {q["headline"] for q in quotes} == {UNTITLED_HEADLINE}
    events = writable.get("/events", params={"article": article_id}).json()["items"]
    assert events and all(r["headline"] == UNTITLED_HEADLINE for e in events
                          for r in e["reports"] if r["article_id"] == article_id)
    # a titled article's headline is its title
    titled = writable.get("/articles", params={"q": "Shamkhani", "limit": 50}).json()["items"]
    assert all(a["headline"] == a["title"] for a in titled if a["title"])


ERDOGAN_ARTICLES = [
    {"published": "2019-03-04", "text": (
        "Turkish President Recep Tayyip Erdoğan wrote on Twitter that Ankara would respond. "
        "\"We will not accept this,\" Erdoğan said on Monday. Erdoğan met Greek Prime "
        "Minister Kyriakos Mitsotakis in Ankara on Monday.")},
    {"published": "2019-03-05", "text": (
        "Turkish President Recep Tayyip Erdogan told reporters in Ankara on Tuesday that talks "
        "with Greece would go on. \"Turkey wants peace,\" Erdogan said. Twitter said it had "
        "removed the posts. Erdogan met Russian President Vladimir Putin in Sochi on "
        "Tuesday.")},
]


def test_names_match_and_group_regardless_of_accents(example_store: str,
                                                     tmp_path: Path) -> None:
    """"Erdogan" and "Erdoğan" are one speaker and one actor name: filters match either
    spelling, and lists count them together; "Twitter" is an organisation, not a person."""
    import unicodedata

    def plain(name: str) -> str:
        marked = unicodedata.normalize("NFKD", name.lower())
        return "".join(c for c in marked if not unicodedata.combining(c))

    copy = tmp_path / "store.db"
    shutil.copy(example_store.removeprefix("sqlite:///"), copy)
    url = f"sqlite:///{copy}"
    with live_server(url) as base, httpx.Client(base_url=base, timeout=300) as client:
        ids = []
        for body in ERDOGAN_ARTICLES:
            posted = client.post("/articles", json=body, headers=AUTH)
            assert posted.status_code == 201, posted.text
            ids.append(posted.json()["id"])
        for article_id in ids:
            entities = client.get(f"/articles/{article_id}").json()["entities"]
            twitter = [e for e in entities if e["name"] == "Twitter"]
            assert twitter and all(e["type"] == "ORG" for e in twitter), twitter

        def speakers(name: str) -> set[str]:
            items = client.get("/quotes", params={"speaker": name, "limit": 500}).json()
            return {q["speaker"] for q in items["items"]}

        found = speakers("Erdogan")
        assert {"Recep Tayyip Erdoğan", "Recep Tayyip Erdogan"} <= found, found
        assert speakers("ERDOĞAN") == speakers("erdogan") == found
        on_either = {e["id"] for e in client.get("/events", params={
            "actor": "Erdoğan", "limit": 500}).json()["items"]}
        assert on_either == {e["id"] for e in client.get("/events", params={
            "actor": "erdogan", "limit": 500}).json()["items"]}
        reported = {r["article_id"] for i in on_either
                    for r in client.get(f"/events/{i}").json()["reports"]}
        assert set(ids) <= reported
        assert "TUR" in {a["code"] for a in client.get(
            "/actors", params={"q": "erdoğan"}).json()["items"]}
        names = client.get("/actors/TUR").json()["names"]
        assert len({plain(n) for n in names}) == len(names), names
        assert sum(plain(n) == "recep tayyip erdogan" for n in names) == 1, names

    with Store(url) as store:
        top = store.top_speakers(None)
    assert len({plain(name) for name, _ in top}) == len(top), top
    [erdogan] = [(name, n) for name, n in top if plain(name) == "recep tayyip erdogan"]
    assert erdogan[1] >= 4, top


def test_bad_write_bodies(writable: httpx.Client) -> None:
    empty = writable.post("/extract", json={"text": ""}, headers=AUTH)
    assert empty.status_code == 422
    unknown = writable.post("/extract", json={"text": SHORT_ARTICLE, "colour": "red"},
                            headers=AUTH)
    assert unknown.status_code == 422 and "colour" in unknown.text
    german = ("Die Bundesregierung hat am Montag in Berlin neue Gespräche mit den Vertretern "
              "der Länder angekündigt, nachdem die Verhandlungen über den Haushalt in der "
              "vergangenen Woche ohne Ergebnis geblieben waren. Der Kanzler sagte, man werde "
              "eine Lösung finden.")
    refused = writable.post("/extract", json={"text": german}, headers=AUTH)
    assert refused.status_code == 422 and refused.json()["detail"]["code"] == "DL106"
    huge = writable.post("/extract", json={"text": "x" * 60_000}, headers=AUTH)
    assert huge.status_code == 413
    streamed = writable.post("/extract", headers={**AUTH, "content-type": "application/json"},
                             content=iter([b'{"text": "', b"y" * 60_000, b'"}']))
    assert streamed.status_code == 413
    assert writable.get("/health").status_code == 200


@pytest.mark.parametrize(("body", "field"), [
    ('{"text": "Talks in Kabul \\ud800 on Monday."}', "text"),
    ('{"text": "Talks in Kabul on Monday.", "title": "\\udc00"}', "title"),
    ('{"text": "Talks in Kabul on Monday.", "colour": "\\ud800"}', "colour"),
])
def test_text_that_is_not_unicode_is_422_naming_the_field(api: httpx.Client, body: str,
                                                           field: str) -> None:
    """A lone surrogate escaped in the JSON ("\\ud800") is no character of any text: a 422
    naming the field (it was a 500 while the error echoed the input)."""
    response = api.post("/extract", content=body.encode(), headers={
        **AUTH, "content-type": "application/json"})
    assert response.status_code == 422, response.text
    [error] = response.json()["detail"]
    assert error["loc"] == ["body", field], error
    assert "\\ud" in error["input"]  # echoed as an escape, not as the character
    if field != "colour":
        assert error["msg"].startswith(f"{field} is not valid Unicode text"), error


def test_reads_can_be_protected(example_store: str) -> None:
    settings = replace(Settings(api_token=TOKEN), protect_reads=True)
    with live_server(example_store, settings) as url, httpx.Client(base_url=url) as client:
        assert client.get("/events").status_code == 401
        assert client.get("/events", headers={"Authorization": "Bearer x"}).status_code == 403
        assert client.get("/events", headers=AUTH).status_code == 200
        assert client.get("/health").status_code == 200
        assert client.get("/plover").status_code == 200  # the app's legend, before sign-in


def test_writes_are_off_without_a_token(example_store: str) -> None:
    with live_server(example_store, Settings()) as url, httpx.Client(base_url=url) as client:
        refused = client.post("/extract", json={"text": SHORT_ARTICLE}, headers=AUTH)
        assert refused.status_code == 403 and "DATELINE_API_TOKEN" in refused.text


def test_serve_command_starts_and_answers(example_store: str, tmp_path: Path) -> None:
    """`dateline serve` as a user runs it: a subprocess listening on a port, here with two
    worker processes (each builds its app from the environment)."""
    import socket
    import subprocess
    import sys
    import time

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    dateline = str(Path(sys.executable).with_name("dateline"))
    process = subprocess.Popen([dateline, "serve", "--db", example_store, "--port", str(port),
                                "--workers", "2"], stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                health = httpx.get(f"http://127.0.0.1:{port}/health", timeout=2)
                break
            except httpx.TransportError:
                assert process.poll() is None, process.stderr.read() if process.stderr else ""
                assert time.monotonic() < deadline, "dateline serve did not start"
                time.sleep(0.2)
        assert health.json()["articles"] == 51
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_serve_refuses_protected_reads_without_token(example_store: str) -> None:
    import os
    import subprocess
    import sys

    dateline = str(Path(sys.executable).with_name("dateline"))
    env = {k: v for k, v in os.environ.items() if k != "DATELINE_API_TOKEN"}
    result = subprocess.run([dateline, "serve", "--db", example_store, "--protect-reads"],
                            capture_output=True, text=True, timeout=60, env=env)
    assert result.returncode == 1 and "DL202" in result.stderr
    assert "Traceback" not in result.stderr
