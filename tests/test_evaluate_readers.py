"""Each gold reader on a tiny hand-made document with known counts and offsets."""

from __future__ import annotations

import json
from pathlib import Path

from dateline.evaluate.align import project_doc
from dateline.evaluate.gold import NO_EVENT, GoldDoc, GoldQuote, span_of
from dateline.evaluate.readers import (
    cameo_to_plover,
    parse_brat,
    parse_cameo_table,
    parse_geovirus,
    parse_meantime,
    parse_petrarch,
    parse_plover_records,
)
from dateline.evaluate.readers.geovirus import split_of
from dateline.evaluate.readers.meantime import detokenize

DATA = Path(__file__).parent / "data" / "evaluate"


def _spans_agree(doc: GoldDoc) -> None:
    spans = [m.span for m in doc.mentions] + [t.span for t in doc.times]
    spans += [p.span for p in doc.places]
    spans += [s for q in doc.quotes for s in (q.content, q.source, q.cue) if s is not None]
    for span in spans:
        assert doc.text[span.start : span.end] == span.text


def test_polnear_reads_relations_and_discontinuous_content() -> None:
    text = (DATA / "brat_attribution_tiny.txt").read_text(encoding="utf-8")
    doc = parse_brat("tiny", text, (DATA / "brat_attribution_tiny.ann").read_text(encoding="utf-8"),
                     published="2016-09-12")
    assert len(doc.quotes) == 3
    assert doc.published == "2016-09-12"
    first, second, third = doc.quotes
    assert (first.source and first.source.text) == "The senator"
    assert (first.cue and first.cue.text) == "said"
    assert first.content.text == 'the deal was "a good start."'
    assert second.content.text == "talks would go on"
    # "98 101;102 121" becomes one span from the first start to the last end.
    assert third.content.text == 'and "nothing is final,"'
    assert third.source is None
    _spans_agree(doc)


def test_meantime_rebuilds_text_and_reads_mentions_and_times() -> None:
    doc = parse_meantime((DATA / "meantime_tiny.xml").read_bytes())
    assert doc.text == ("Acme hires Jane Doe\nMay 4, 2010\n"
                        "Acme (Paris) said she's starting on Monday.")
    assert doc.published == "2010-05-04"
    assert [(m.span.text, m.type, m.kind) for m in doc.mentions] == [
        ("Acme", "ORG", "name"), ("Jane Doe", "PER", "name"), ("Acme", "ORG", "name"),
        ("Paris", "LOC", "name"), ("she", "PER", "pronoun"),
    ]
    # The TIMEX3 without tokens is not a span; the creation time is one (it is in the text).
    assert [(t.span.text, t.value) for t in doc.times] == [
        ("May 4, 2010", "2010-05-04"), ("Monday", "2010-05-10"),
    ]
    _spans_agree(doc)


def test_detokenize_quotes_alternate() -> None:
    text, offsets = detokenize([['"', "Yes", '"', ",", "he", "said", "."]])
    assert text == '"Yes", he said.'
    assert [text[s:e] for s, e in offsets[0]] == ['"', "Yes", '"', ",", "he", "said", "."]


def test_geovirus_offsets_are_one_based() -> None:
    docs = parse_geovirus((DATA / "geovirus_tiny.xml").read_bytes())
    assert len(docs) == 2
    assert [p.span.text for p in docs[0].places] == ["Lyon", "Paris", "France"]
    assert docs[0].places[0].lat == 45.76
    assert docs[1].places == ()
    _spans_agree(docs[0])


def test_geovirus_pages_and_fixed_halves() -> None:
    xml = (DATA / "geovirus_tiny.xml").read_text(encoding="utf-8").replace(
        "<page>x</page></location>\n            <location><name>Paris",
        "<page>https://en.wikipedia.org/wiki/Lyon</page></location>\n"
        "            <location><name>Paris", 1)
    docs = parse_geovirus(xml)
    assert [p.page for p in docs[0].places] == ["https://en.wikipedia.org/wiki/Lyon", None, None]
    assert all(p.geonameid is None for p in docs[0].places)
    # the two halves split the whole file by story, with no article in both
    halves = {split: [d.meta["url"] for d in parse_geovirus(xml, split)]
              for split in ("tune", "test")}
    assert sorted(halves["tune"] + halves["test"]) == ["https://example.org/a",
                                                         "https://example.org/b"]
    assert halves["tune"] == [u for u in halves["tune"] if split_of(u) == "tune"]


def test_plover_records_map_old_names_and_skip_documentation() -> None:
    docs = parse_plover_records(json.loads((DATA / "plover_tiny.json").read_text("utf-8")))
    assert [d.events[0].type for d in docs] == ["REQUEST", "ASSAULT", "AGREE"]
    request = docs[0].events[0]
    assert [(a.code, a.sectors) for a in request.sources] == [("RUR", ("GOV",))]
    assert [a.code for a in request.targets] == ["FRE"]
    assert docs[1].events[0].targets == ()  # "" means no target
    assert docs[2].events[0].sources == ()


def test_petrarch_maps_cameo_and_keeps_noevents() -> None:
    table = parse_cameo_table((DATA / "cameo2plover_tiny.txt").read_text("utf-8"))
    assert table["042"] == "CONSULT" and table["19"] == "ASSAULT"
    assert cameo_to_plover("0421", table) == "CONSULT"  # longest listed prefix
    assert cameo_to_plover("190", table) == "ASSAULT"
    assert cameo_to_plover("023", table) is None
    docs = parse_petrarch((DATA / "petrarch_tiny.xml").read_bytes(), table)
    # T-03 codes only an unmapped CAMEO code, so it is left out.
    assert [d.id for d in docs] == ["T-01", "T-02"]
    assert docs[0].text == "Arnor visited Gondor."
    assert docs[0].published == "1995-01-01"
    assert [(e.type, e.cameo) for e in docs[0].events] == [("CONSULT", "042"),
                                                          ("CONSULT", "043")]
    target = docs[0].events[0].targets[0]
    assert (target.code, target.sectors) == ("GON", ("GOV",))
    assert [e.type for e in docs[1].events] == [NO_EVENT]


def test_projection_follows_normalization_and_drops_removed_spans() -> None:
    text = "PARIS (AP) \u2014 The\u00a0minister said \"no\".\r\n"
    doc = GoldDoc(id="x", text=text, quotes=(
        GoldQuote(content=span_of(text, text.index('"no"'), text.index('"no"') + 4),
                  source=span_of(text, 13, 25), cue=span_of(text, 0, 5)),
    ))
    target = 'The minister said "no".'
    moved, dropped = project_doc(doc, target)
    quote = moved.quotes[0]
    assert quote.content.text == '"no"'
    assert quote.source is not None and quote.source.text == "The minister"
    assert quote.cue is None and dropped == 1  # the cue pointed into the dateline


def test_meantime_docs_carry_their_topic_corpus(tmp_path: Path) -> None:
    from dateline.evaluate.readers import read_meantime

    folder = tmp_path / "data" / "release" / "intra_cross-doc_annotation" / "corpus_airbus"
    folder.mkdir(parents=True)
    (folder / "1_tiny.xml").write_bytes((DATA / "meantime_tiny.xml").read_bytes())
    [doc] = read_meantime(tmp_path)
    assert doc.meta["corpus"] == "airbus" and doc.id == "1_tiny"


def test_meantime_creation_time_written_day_first() -> None:
    from dateline.evaluate.readers.meantime import _iso_date

    assert _iso_date("2009-05-14") == "2009-05-14"
    assert _iso_date("03-02-2009") == "2009-02-03"
    assert _iso_date("XXXX") is None


def test_petrarch_quoted_noun_phrase_is_no_actor_code() -> None:
    from dateline.evaluate.readers.petrarch import _actor

    # PETRARCH falls back to the noun phrase itself when no dictionary codes an actor
    assert _actor('"GRYFFINDOR HEAD MINERVA MCGONAGALL"') == ()
    assert [a.code for a in _actor("DAGGOV")] == ["DAG"]
