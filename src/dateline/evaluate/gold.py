"""Gold documents: what every reader produces and every scorer reads.

A `GoldDoc` holds the text handed to the extractor and gold annotations as character
offsets into that text (end-exclusive). Readers fill only the layers their corpus has.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from dateline.record import UNREAL_MODALITIES

# The event label of a gold sentence that should code no event.
NO_EVENT = "NONE"


@dataclass(frozen=True)
class GoldSpan:
    start: int
    end: int
    text: str

    def overlaps(self, start: int, end: int) -> bool:
        return self.start < end and start < self.end


@dataclass(frozen=True)
class GoldMention:
    """An entity mention: `type` is the corpus's own label (PER, ORG, LOC, …)."""

    span: GoldSpan
    type: str
    kind: str = "name"


@dataclass(frozen=True)
class GoldQuote:
    content: GoldSpan
    source: GoldSpan | None = None
    cue: GoldSpan | None = None


@dataclass(frozen=True)
class GoldTime:
    span: GoldSpan
    type: str
    value: str | None


@dataclass(frozen=True)
class GoldPlace:
    span: GoldSpan
    lat: float | None = None
    lon: float | None = None
    # The place's Wikipedia page, where the corpus gives one (GeoVirus), and its GeoNames id,
    # where it gives one (GeoVirus does not).
    page: str | None = None
    geonameid: int | None = None


@dataclass(frozen=True)
class GoldActor:
    """A coded actor: `code` is a country (ISO alpha-3) or IGO/NGO/…; sectors like GOV, MIL."""

    text: str | None
    code: str | None
    sectors: tuple[str, ...] = ()


@dataclass(frozen=True)
class GoldEvent:
    type: str
    sources: tuple[GoldActor, ...] = ()
    targets: tuple[GoldActor, ...] = ()
    cameo: str | None = None


@dataclass(frozen=True)
class GoldHappening:
    """Whole-article event gold: one real-world happening, coded once, with every sentence
    that mentions it (its first mention's sentence first)."""

    id: str
    type: str
    mode: str | None
    trigger: GoldSpan
    mentions: tuple[int, ...]  # sentence numbers
    source_codes: tuple[str | None, ...] = ()
    target_codes: tuple[str | None, ...] = ()
    modality: str = "asserted"
    negated: bool = False
    background: bool = False
    date: str | None = None
    place: str | None = None
    place_country: str | None = None

    @property
    def scored(self) -> bool:
        """Negated, hypothetical and conditional events are left out on both sides (PLOVER's
        own recodings, such as announced cooperation as AGREE, are made by the annotator)."""
        return not self.negated and self.modality not in UNREAL_MODALITIES


@dataclass(frozen=True)
class GoldDoc:
    id: str
    text: str
    published: str | None = None
    mentions: tuple[GoldMention, ...] = ()
    quotes: tuple[GoldQuote, ...] = ()
    times: tuple[GoldTime, ...] = ()
    places: tuple[GoldPlace, ...] = ()
    # Sentence-level event gold: the events the text should code; () means unannotated,
    # (GoldEvent(NO_EVENT),) means "codes nothing".
    events: tuple[GoldEvent, ...] = ()
    meta: dict[str, str] = field(default_factory=dict)
    # The stretch of text the corpus annotated in full (MEANTIME: its first six sentences);
    # None: all of it. Predictions outside it are neither right nor wrong and go unscored.
    annotated: GoldSpan | None = None
    # Whole-article event gold: the sentences (offsets) and every happening in them.
    sentences: tuple[tuple[int, int], ...] = ()
    happenings: tuple[GoldHappening, ...] = ()

    def with_layers(self, **layers: object) -> GoldDoc:
        return replace(self, **layers)  # type: ignore[arg-type]


def span_of(text: str, start: int, end: int) -> GoldSpan:
    """A span whose text is cut from `text`, so it always agrees with its offsets."""
    return GoldSpan(start, end, text[start:end])
