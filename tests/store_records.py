"""Hand-built `Extraction` records for the store's tests: the store must not wait for stages."""

from __future__ import annotations

from typing import Literal

from dateline.ingest.normalize import content_hash
from dateline.record import (
    Actor,
    Article,
    Entity,
    Event,
    EventDate,
    Extraction,
    Mention,
    Offsets,
    Place,
    PlaceMention,
    Quote,
    Span,
    Time,
)

Modality = Literal["asserted", "reported", "future", "hypothetical", "conditional"]


def span(text: str, part: str, after: int = 0) -> Span:
    start = text.index(part, after)
    return Span(start=start, end=start + len(part), text=part)


def entity(text: str, entity_id: str, name: str, mention: str, code: str | None = None,
           sector: str | None = None, kind: str = "PERSON") -> Entity:
    found = span(text, mention)
    actor = None if code is None else Actor(code=code, sector=[sector] if sector else [],
                                            basis="dictionary")
    return Entity(id=entity_id, type=kind, name=name,
                  mentions=[Mention(start=found.start, end=found.end, text=found.text,
                                    kind="name")],
                  actor=actor)


def event(text: str, event_id: str, event_type: str, trigger: str, source: list[str],
          target: list[str], day: str | None, place: str | None = None,
          quote: str | None = None, cameo: str = "040", *, negated: bool = False,
          modality: Modality = "asserted", confidence: float = 0.8) -> Event:
    found = span(text, trigger)
    return Event(id=event_id, type=event_type, cameo=cameo, quad=1, intensity=1.0,
                 source=source, target=target,
                 date=None if day is None else EventDate(value=day, granularity="day",
                                                         basis="explicit"),
                 place=place, trigger=found, sentence=Offsets(start=0, end=len(text)),
                 quote=quote, confidence=confidence, rule="test", negated=negated,
                 modality=modality)


def article(text: str, published: str, title: str | None = None, url: str | None = None
            ) -> Article:
    return Article(id=content_hash(text), title=title, url=url, source="Test Wire",
                   published=published, text=text)


def meeting_report(text: str, published: str, day: str, *, shamkhani: str, taliban: str,
                   place: str | None = "Tehran", reciprocal: bool = False) -> Extraction:
    """One article reporting a meeting between Ali Shamkhani (IRN) and the Taliban."""
    entities = [
        entity(text, "e1", "Ali Shamkhani", shamkhani, "IRN", "GOV"),
        entity(text, "e2", "Taliban", taliban, "TAL", "REB", kind="ORG"),
    ]
    places = []
    if place is not None:
        found = span(text, place)
        places.append(Place(id="p1", name=place, geonameid=112931, lat=35.69, lon=51.42,
                            country="IRN", admin1="Tehran", feature="PPLC",
                            mentions=[PlaceMention(start=found.start, end=found.end,
                                                   text=found.text)]))
    trigger = next(w for w in ("met", "talks", "meeting", "hosted") if w in text)
    source, target = (["e1", "e2"], []) if reciprocal else (["e1"], ["e2"])
    events = [event(text, "v1", "CONSULT", trigger, source, target, day,
                    place="p1" if places else None)]
    return Extraction(article=article(text, published, url=f"https://example.org/{day}/"
                                      f"{content_hash(text)[:6]}"),
                      entities=entities, places=places, events=events)


def rich_record() -> Extraction:
    """A record with every kind of content: entities, a quote, a time, a place, events."""
    text = ("Iranian security chief Ali Shamkhani met Taliban envoys in Tehran on Wednesday. "
            '"We want peace in Afghanistan," Shamkhani told reporters. '
            "Russia accused Iran of arming the group.")
    quote_content = span(text, "We want peace in Afghanistan,")
    entities = [
        entity(text, "e1", "Ali Shamkhani", "Ali Shamkhani", "IRN", "GOV"),
        entity(text, "e2", "Taliban", "Taliban", "TAL", "REB", kind="ORG"),
        entity(text, "e3", "Russia", "Russia", "RUS", "GOV", kind="GPE"),
        entity(text, "e4", "Iran", "Iran of", "IRN", "GOV", kind="GPE"),
    ]
    entities[3].mentions[0] = Mention(**span(text, "Iran", text.index("Iran of")).model_dump(),
                                      kind="name")
    tehran = span(text, "Tehran")
    wednesday = span(text, "on Wednesday")
    return Extraction(
        article=article(text, "2018-12-26", title="Iran hosts Taliban",
                        url="https://example.org/iran-taliban"),
        entities=entities,
        quotes=[Quote(id="q1", kind="direct", speaker="e1",
                      source=span(text, "Shamkhani", text.index("told") - 12),
                      cue=span(text, "told"), content=quote_content)],
        times=[Time(id="t1", start=wednesday.start, end=wednesday.end, text=wednesday.text,
                    type="DATE", value="2018-12-26", granularity="day")],
        places=[Place(id="p1", name="Tehran", geonameid=112931, lat=35.69, lon=51.42,
                      country="IRN", admin1="Tehran", feature="PPLC",
                      mentions=[PlaceMention(start=tehran.start, end=tehran.end,
                                             text=tehran.text)])],
        events=[
            event(text, "v1", "CONSULT", "met", ["e1"], ["e2"], "2018-12-26", place="p1",
                  cameo="042"),
            event(text, "v2", "ACCUSE", "accused", ["e3"], ["e4"], "2018-12-26",
                  quote=None, cameo="112"),
            event(text, "v3", "AGREE", "want", ["e1"], [], "2018-12-26", quote="q1",
                  cameo="030"),
        ],
    )


# The events of `modal_record`: (type, trigger, negated, modality). A default export keeps
# the reported ACCUSE and the future AGREE, and leaves out the other three.
MODAL_EVENTS: list[tuple[str, str, bool, Modality]] = [
    ("CONSULT", "did not meet", True, "asserted"),
    ("ACCUSE", "accused", False, "reported"),
    ("AGREE", "will host", False, "future"),
    ("ASSAULT", "could attack", False, "conditional"),
    ("SANCTION", "might sanction", False, "hypothetical"),
]
# Their confidences, in the same order (rich_record's events are all 0.8).
MODAL_CONFIDENCES = [0.95, 0.75, 0.55, 0.35, 0.15]


def modal_record() -> Extraction:
    """One article whose events are each held differently: a negated meeting, a reported
    accusation, a future meeting, a conditional attack and a hypothetical sanction."""
    text = ("Iran did not meet the Taliban in Kabul on Monday. "
            "Officials said Russia accused Iran of arming the group. "
            "Iran will host the Taliban next week. "
            "If talks fail, Iran could attack the group. "
            "Turkey might sanction Iran.")
    entities = [
        entity(text, "e1", "Iran", "Iran", "IRN", "GOV", kind="GPE"),
        entity(text, "e2", "Taliban", "Taliban", "TAL", "REB", kind="ORG"),
        entity(text, "e3", "Russia", "Russia", "RUS", "GOV", kind="GPE"),
        entity(text, "e4", "Turkey", "Turkey", "TUR", "GOV", kind="GPE"),
    ]
    kabul = span(text, "Kabul")
    places = [Place(id="p1", name="Kabul", geonameid=1138958, lat=34.53, lon=69.17,
                    country="AFG", admin1="Kabul", feature="PPLC",
                    mentions=[PlaceMention(start=kabul.start, end=kabul.end,
                                           text=kabul.text)])]
    sides = {"CONSULT": (["e1"], ["e2"]), "ACCUSE": (["e3"], ["e1"]),
             "AGREE": (["e1"], ["e2"]), "ASSAULT": (["e1"], ["e2"]),
             "SANCTION": (["e4"], ["e1"])}
    cameo = {"CONSULT": "040", "ACCUSE": "112", "AGREE": "030", "ASSAULT": "190",
             "SANCTION": "163"}
    events = []
    for n, ((kind, trigger, negated, modality), confidence) in enumerate(
            zip(MODAL_EVENTS, MODAL_CONFIDENCES, strict=True), start=1):
        source, target = sides[kind]
        events.append(event(text, f"v{n}", kind, trigger, source, target, "2019-01-07",
                            place="p1", cameo=cameo[kind], negated=negated,
                            modality=modality, confidence=confidence))
    return Extraction(article=article(text, "2019-01-07", title="Iran and the Taliban",
                                      url="https://example.org/iran-modal"),
                      entities=entities, places=places, events=events)
