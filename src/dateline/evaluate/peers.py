"""Simple reference systems scored beside dateline in the same run.

Each peer reads the text dateline kept (`record.article.text`, so offsets line up with the
projected gold) and returns an `Extraction` with only its own stage filled, so the same
scorers judge both:
- `spacy`: the bare spaCy model's NER (entities; GPE/LOC/FAC entities as toponyms);
- `textacy`: textacy's direct-quotation extractor on the same spaCy parse (quotes);
- `dateparser`: `search_dates` anchored on the publication date (times), each hit's value
  written at the granularity dateparser reports (day, month, year, time).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from dateline.nlp import load_model
from dateline.nlp.matmul import use_numpy_matmul
from dateline.record import Entity, Extraction, Mention, Place, PlaceMention, Quote, Span, Time

PeerFn = Callable[[Doc, Extraction], Extraction]
TOPONYM_LABELS = ("GPE", "LOC", "FAC")


@lru_cache(maxsize=2)
def bare_pipeline(models: tuple[str, ...]) -> Language:
    """The spaCy model alone, without dateline's stages: what the peers stand on. Its
    matrix products go through numpy as dateline's own pipeline's do (the same parse,
    faster)."""
    nlp = load_model(models)
    use_numpy_matmul(nlp)
    return nlp


def _empty(record: Extraction) -> Extraction:
    return Extraction(article=record.article)


def spacy_entities(doc: Doc, record: Extraction) -> Extraction:
    entities = [
        Entity(id=f"e{n}", type=ent.label_, name=ent.text,
               mentions=[Mention(start=ent.start_char, end=ent.end_char, text=ent.text,
                                 kind="name")])
        for n, ent in enumerate(doc.ents, start=1)
    ]
    return _empty(record).model_copy(update={"entities": entities})


def spacy_toponyms(doc: Doc, record: Extraction) -> Extraction:
    places = [
        Place(id=f"p{n}", name=ent.text,
              mentions=[PlaceMention(start=ent.start_char, end=ent.end_char, text=ent.text)])
        for n, ent in enumerate(e for e in doc.ents if e.label_ in TOPONYM_LABELS)
    ]
    return _empty(record).model_copy(update={"places": places})


def _token_span(doc: Doc, tokens: Any) -> Span | None:
    tokens = list(tokens)
    if not tokens:
        return None
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t.text) for t in tokens)
    return Span(start=start, end=end, text=doc.text[start:end])


def textacy_quotes(doc: Doc, record: Extraction) -> Extraction:
    from textacy.extract.triples import direct_quotations

    quotes = []
    for n, triple in enumerate(direct_quotations(doc), start=1):
        content = triple.content
        quotes.append(Quote(
            id=f"q{n}", kind="direct",
            source=_token_span(doc, triple.speaker), cue=_token_span(doc, triple.cue),
            content=Span(start=content.start_char, end=content.end_char, text=content.text),
        ))
    return _empty(record).model_copy(update={"quotes": quotes})


_PERIOD_FORMAT = {"year": "%Y", "month": "%Y-%m", "week": "%Y-%m-%d", "day": "%Y-%m-%d",
                  "time": "%Y-%m-%dT%H:%M"}


def dateparser_times(doc: Doc, record: Extraction) -> Extraction:
    from dateparser.date import DateDataParser
    from dateparser.search import search_dates

    text = record.article.text
    settings: dict[str, Any] = {}
    if record.article.published:
        settings["RELATIVE_BASE"] = datetime.fromisoformat(record.article.published[:10])
    found = search_dates(text, languages=["en"], settings=settings) or []
    parser = DateDataParser(languages=["en"], settings=settings)
    times: list[Time] = []
    cursor = 0
    for surface, when in found:
        start = text.find(surface, cursor)
        if start < 0:
            continue
        cursor = start + len(surface)
        period = parser.get_date_data(surface).period or "day"
        value = when.strftime(_PERIOD_FORMAT.get(period, "%Y-%m-%d"))
        times.append(Time(id=f"t{len(times) + 1}", start=start, end=cursor, text=surface,
                          type="TIME" if period == "time" else "DATE", value=value,
                          granularity=period))
    return _empty(record).model_copy(update={"times": times})


PEERS: dict[str, dict[str, PeerFn]] = {
    "entities": {"spacy": spacy_entities},
    "quotes": {"textacy": textacy_quotes},
    "times": {"dateparser": dateparser_times},
    "places": {"spacy": spacy_toponyms},
}
