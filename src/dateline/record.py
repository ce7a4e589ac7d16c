"""The `Extraction` record, schema `dateline.extraction/1`: the one contract every stage,
the store, the web app and the evaluations share (see DESIGN.md).

All offsets are character offsets into `article.text`, end-exclusive, so
`article.text[span.start:span.end] == span.text`. Ids are local to one record.
Fields may be added; none may change meaning without a new schema version.
"""

from __future__ import annotations

from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field

from dateline.errors import DatelineError, ExtractionCrashed

SCHEMA = "dateline.extraction/1"
ERROR_SCHEMA = "dateline.error/1"

MentionKind = Literal["name", "nominal", "pronoun"]
RoleKind = Literal["title", "apposition", "nominal"]
# How the text holds an event: asserted (the article says it happened), reported (someone in
# the article says it did), future, hypothetical, conditional.
Modality = Literal["asserted", "reported", "future", "hypothetical", "conditional"]
MODALITIES: tuple[str, ...] = get_args(Modality)
# Told as done, by the writer or by someone the writer reports: one happening either way.
HAPPENED_MODALITIES = frozenset({"asserted", "reported"})
# What may never happen: left out of exports and of event scoring unless asked for.
UNREAL_MODALITIES = frozenset({"hypothetical", "conditional"})


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Record):
    start: int
    end: int
    text: str


class Dateline(_Record):
    """The wire-service line stripped from the start of the story ("KABUL, Dec 26 (Reuters) -")."""

    text: str
    location: str | None = None
    date: str | None = Field(None, description="the date as written in the dateline, if any")
    agency: str | None = None
    place: str | None = Field(None, description="place id, once places are resolved")


class Article(_Record):
    id: str = Field(description="stable content hash of the normalized text")
    input_id: str | None = Field(None, description="the id the input gave, if any")
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: str | None = Field(None, description="ISO date or datetime; null when unknown")
    language: str = "en"
    dateline: Dateline | None = None
    text: str


class Mention(Span):
    kind: MentionKind


class Role(Span):
    """A title or description the article itself gives an entity, kept for actor coding."""

    kind: RoleKind


class Actor(_Record):
    code: str
    sector: list[str] = Field(default_factory=list)
    role: str | None = None
    wikidata: str | None = None
    basis: Literal["text", "dictionary", "user"]
    evidence: str | None = Field(
        None, description="the cue or dictionary entry that decided the code, for review"
    )


class Entity(_Record):
    id: str
    type: str = Field(description="spaCy/OntoNotes label of the cluster")
    name: str = Field(description="canonical name: the longest proper name; for the "
                      "speaker of an address, whom the text calls only 'I', the name "
                      "`article.title` gives")
    mentions: list[Mention]
    roles: list[Role] = Field(default_factory=list)
    actor: Actor | None = None
    actors: list[Actor] = Field(
        default_factory=list,
        description="a compound entity's actors ('Hungarian and Romanian officials'), one per "
        "country, `actor` being the first; empty when the entity is one actor",
    )


class Quote(_Record):
    id: str
    kind: Literal["direct", "indirect", "mixed"]
    speaker: str | None = None
    source: Span | None = None
    cue: Span | None = None
    content: Span
    addressee: str | None = None


class Time(Span):
    id: str
    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: str | None = None
    granularity: str | None = None
    anchor: str | None = Field(
        None, description="the ISO date a relative expression ('last Thursday') was resolved "
        "against; null for absolute ones ('November 28, 2018')"
    )
    unresolved: bool = Field(
        False, description="a relative expression the article gave no date to resolve: "
        "`value` is null rather than guessed"
    )


class PlaceMention(_Record):
    start: int
    end: int
    text: str


class Place(_Record):
    id: str
    name: str
    mentions: list[PlaceMention]
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    admin1: str | None = None
    feature: str | None = None


class EventDate(_Record):
    value: str | None
    granularity: str | None = None
    basis: Literal["explicit", "dateline", "published"]
    time: str | None = None


class Offsets(_Record):
    start: int
    end: int


class Event(_Record):
    id: str
    type: str
    mode: str | None = None
    context: list[str] = Field(default_factory=list)
    cameo: str | None = None
    quad: int | None = Field(None, description="PLOVER quad: 1 verbal coop. … 4 material conflict")
    intensity: float | None = Field(None, description="PLOVER score, -10 (conflict) … +10")
    source: list[str] = Field(default_factory=list)
    target: list[str] = Field(default_factory=list)
    date: EventDate | None = None
    place: str | None = None
    place_basis: Literal["explicit", "dateline"] | None = Field(
        None, description="explicit: a place phrase governs the clause; dateline: filed there"
    )
    trigger: Span
    sentence: Offsets
    mentions: list[Span] = Field(
        default_factory=list,
        description="later mentions of the same happening in the article: their triggers",
    )
    negated: bool = False
    modality: Modality = "asserted"
    quote: str | None = None
    confidence: float = 0.5
    subordinate: bool = Field(
        False, description="the trigger sets the scene of its sentence (a relative, adverbial "
        "or adnominal clause, a preposition's object): not the sentence's main event")
    rule: str


class StageWarning(_Record):
    stage: str
    message: str
    code: str | None = None


class Extraction(_Record):
    """One article's extraction: the unit of exchange between dateline's parts."""

    schema_: Literal["dateline.extraction/1"] = Field("dateline.extraction/1", alias="schema")
    article: Article
    entities: list[Entity] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    times: list[Time] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    warnings: list[StageWarning] = Field(default_factory=list)

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    def to_json(self, *, indent: int | None = None) -> str:
        return self.model_dump_json(by_alias=True, indent=indent)

    def to_dict(self) -> dict[str, object]:
        return self.model_dump(by_alias=True, mode="json")


class ItemError(_Record):
    """An input item that could not be extracted: where it came from, a stable code, why."""

    schema_: Literal["dateline.error/1"] = Field("dateline.error/1", alias="schema")
    source: str = Field(description="file path, '-' for stdin, or 'api'")
    line: int | None = Field(None, description="1-based line for JSONL inputs")
    code: str
    message: str

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    def to_json(self, *, indent: int | None = None) -> str:
        return self.model_dump_json(by_alias=True, indent=indent)

    @classmethod
    def from_exception(cls, exc: BaseException, *, source: str, line: int | None = None
                       ) -> ItemError:
        """The record of an item that raised `exc`: a `DatelineError` keeps its code and
        message; any other exception is a crash (`ExtractionCrashed`, DL502) named by its
        type and text."""
        if not isinstance(exc, DatelineError):
            exc = ExtractionCrashed(f"extraction crashed: {type(exc).__name__}: {exc}")
        return cls(source=source, line=line, code=exc.code, message=exc.message)

    @property
    def where(self) -> str:
        return f"{self.source}:{self.line}" if self.line is not None else self.source


def iter_spans(record: Extraction) -> list[tuple[str, Span | Mention | Role | Time | PlaceMention]]:
    """Every span in a record with a label saying where it sits; used to check offsets."""
    spans: list[tuple[str, Span | Mention | Role | Time | PlaceMention]] = []
    for entity in record.entities:
        spans += [(f"{entity.id}.mention", m) for m in entity.mentions]
        spans += [(f"{entity.id}.role", r) for r in entity.roles]
    for quote in record.quotes:
        for name in ("source", "cue", "content"):
            span = getattr(quote, name)
            if span is not None:
                spans.append((f"{quote.id}.{name}", span))
    spans += [(t.id, t) for t in record.times]
    for place in record.places:
        spans += [(f"{place.id}.mention", m) for m in place.mentions]
    spans += [(f"{e.id}.trigger", e.trigger) for e in record.events]
    spans += [(f"{e.id}.mention", m) for e in record.events for m in e.mentions]
    return spans
