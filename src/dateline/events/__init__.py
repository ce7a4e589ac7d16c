"""Events: PLOVER event coding with actors, dates, places and evidence."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from spacy.language import Language
from spacy.tokens import Doc, Token

from dateline.events.coder import (
    REPORTING_VERBS,
    EventRef,
    code_events,
    reporting_verb,
)
from dateline.events.lexicon import Lexicon, lexicon_with, load_lexicon
from dateline.events.model import EventModel, load_event_model
from dateline.lang.clauses import clause_head
from dateline.nlp import run_stage, sent_starts
from dateline.places import EventPlace, PlaceResults
from dateline.places.location import (
    MainLocation,
    lede,
    main_location,
    setting_preposition,
    within,
)
from dateline.places.resolve import LOCATIVE_PREPOSITIONS, ResolvedPlace
from dateline.record import Article
from dateline.times import (
    ClauseDate,
    TimeRef,
    anchor_date,
    clause_tense,
    date_clause,
    dateline_date,
    published_date,
)
from dateline.times.dating import (
    framing_time,
    occasion_time,
    paragraph_time,
    shifted_date,
    value_range,
)

__all__ = ["EventComponent", "EventModel", "EventRef", "Lexicon", "code_events", "lexicon_with",
           "load_event_model", "load_lexicon"]

if not Doc.has_extension("dateline_events"):
    Doc.set_extension("dateline_events", default=None)
# The lexicon for one Doc when the user gave verb dictionaries (set by the Extractor).
if not Doc.has_extension("dateline_lexicon"):
    Doc.set_extension("dateline_lexicon", default=None)
# "model" (default): the shipped event model decides over the candidates; "rules": the
# rules alone (set by the Extractor from `Settings.event_coder`).
if not Doc.has_extension("dateline_event_coder"):
    Doc.set_extension("dateline_event_coder", default=None)


class EventComponent:
    """Sets `doc._.dateline_events` to the coded events of the document."""

    def __init__(self) -> None:
        self.lexicon = load_lexicon()

    def __call__(self, doc: Doc) -> Doc:
        doc._.dateline_events = []
        return run_stage(doc, "events", self._assign)

    def _assign(self, doc: Doc) -> None:
        lexicon = doc._.dateline_lexicon or self.lexicon
        model = load_event_model() if doc._.dateline_event_coder != "rules" else None
        events = code_events(doc, doc._.dateline_entities or [], lexicon, model,
                             doc._.dateline_quotes or ())
        times = doc._.dateline_times or []
        places = doc._.dateline_places
        for event in events:
            event.date = event_date(event, times, doc._.dateline_article)
            if places is not None:
                event.place = where(event, places, doc._.dateline_article)
        doc._.dateline_events = events


# Verbal acts (statements, appeals, accusations): placed only where the text says the act
# was made, never at the article's main location or the dateline (a meeting is not one of
# them: it happens somewhere).
_VERBAL_TYPES = frozenset({"AGREE", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT",
                           "THREATEN"})
# Material acts whose object or "of" phrase is the place it happened: "shelled Kharkiv",
# "occupy Afghanistan", "the invasion of Ukraine", "visited Beijing".
_PLACE_OBJECT_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "PROTEST", "RETREAT",
                                 "CONSULT"})
# Clauses that frame the one they govern: a conjoined clause, an adverbial one, a verb's
# complement ("agreed to meet in Doha").
_FRAMING_DEPS = frozenset({"conj", "advcl", "xcomp"})
# Dependencies that open a clause of its own (a relative clause, a participle or
# appositive describing a noun, a parenthetical): what frames the sentence stops there.
_OWN_CLAUSE = frozenset({"relcl", "acl", "appos", "parataxis"})
# The news period: an event dated more than this many days before publication is
# background (as the annotation guide counts it), and is not set at the story's place.
_NEWS_DAYS = 30


def where(event: EventRef, places: PlaceResults, article: Article | None) -> EventPlace:
    """Where the event happened: the place phrase of its own clause ("met Ghani in Kabul",
    "during a visit to Kabul") or its object ("shelled Kharkiv"); else one of a clause
    framing it (a fronted participle, a clause it is conjoined to, and for a verbal act the
    report it is told in); else, for a material act or a meeting (a verbal act is placed
    only where the text says it was made), a place phrase of a verb framing it in its
    sentence, or the article's main location when its lede names one clearly and the event
    is of that story and of the news period. The dateline ("TEHRAN –") says where the story
    was filed, not where its events happened: it places only an event of the day that has
    an actor of that country, in an article whose lede names no place of its own."""
    trigger = event.trigger
    clause = clause_head(trigger)
    place = _clause_place(clause, trigger, places) or _object_place(event, places)
    if place is not None:
        return EventPlace(place, "explicit")
    verbal = event.coding.type in _VERBAL_TYPES or event.coding.mode == "phone"
    for frame in _framing_clauses(clause, verbal):
        if (place := _clause_place(frame, trigger, places)) is not None:
            return EventPlace(place, "explicit")
    if verbal:
        return EventPlace(None, None)
    if (place := _sentence_place(trigger, places)) is not None:
        return EventPlace(place, "explicit")
    if event.modality == "future" or _event_tense(event) == "future" or not _in_news_period(
            event.date, article):
        return EventPlace(None, None)
    doc = trigger.doc
    if (main := main_location(doc, places)) is not None:
        if _in_story(event, main):
            return EventPlace(main.place, "explicit")
        return EventPlace(None, None)
    if places.dateline is not None and _of_the_day(event.date, article) and not _lede_places(
            doc, places) and _acts_in(event, places.dateline.country):
        return EventPlace(places.dateline, "dateline")
    return EventPlace(None, None)


def _clause_place(clause: Token, trigger: Token, places: PlaceResults) -> ResolvedPlace | None:
    """The place phrase that sets the clause's own verb or the trigger ("met in Kabul", "a
    visit to Kabul", "at the palace in Kabul"), nearest the trigger; not one describing
    another noun of the clause ("proposals for a ceasefire in Afghanistan")."""
    found = _place_phrases(trigger, places, lambda prep: _sets(prep, clause, trigger))
    return _most_specific(found, trigger)


def _setting(verb: Token) -> Callable[[Token], bool]:
    """Whether a preposition sets where `verb` happened ("in", "at", not "from")."""
    def accept(preposition: Token) -> bool:
        return (preposition.lower_ in LOCATIVE_PREPOSITIONS - {"from", "toward", "towards"}
                and preposition.head == verb)
    return accept


def _place_phrases(trigger: Token, places: PlaceResults, accept: Callable[[Token], bool]
                   ) -> list[tuple[bool, int, ResolvedPlace]]:
    """(broad, distance to the trigger, place) of each place phrase in the trigger's
    sentence whose governing preposition `accept`s."""
    starts = sent_starts(trigger.doc)
    sentence = starts[trigger.i]
    return [
        (_broad(place), abs(mention.root.i - trigger.i), place)
        for place in places.places
        for mention in place.mentions
        if starts[mention.start] == sentence
        and (preposition := setting_preposition(mention, place)) is not None
        and accept(preposition)
    ]


def _most_specific(found: list[tuple[bool, int, ResolvedPlace]], trigger: Token
                   ) -> ResolvedPlace | None:
    """Of the places a clause names, the innermost ("in Forbury Gardens in Reading":
    Forbury Gardens), else a town before a country, else the nearest the trigger."""
    sentence = [trigger.sent]
    places = {id(item[2]): item[2] for item in found}
    inner = [item for item in found if not any(
        within(item[2], other, sentence) for other in places.values())]
    found = inner or found
    return min(found, key=lambda item: item[:2])[2] if found else None


def _broad(place: ResolvedPlace) -> bool:
    """A country, continent or region: the less specific of two places a clause names
    ("in Christchurch District Court, New Zealand" is set in Christchurch)."""
    return place.feature in ("PCLI", "CONT", "RGN")


def _sets(preposition: Token, clause: Token, trigger: Token) -> bool:
    """The place phrase hangs from the clause's verb or the trigger, directly or through
    prepositions and other places ("at the palace in Kabul"), not from another noun or
    verb."""
    node = preposition.head
    for _ in range(8):
        if node in (clause, trigger):
            return True
        if node.pos_ in ("VERB", "AUX") and node.dep_ in ("relcl", "acl") and node.head == trigger:
            return True  # "the attack, which took place in Kabul", "protests held in Minsk"
        if node.head == node or node.pos_ in ("VERB", "AUX"):
            return False
        nested_place = node.dep_ == "pobj" and node.head.lower_ in LOCATIVE_PREPOSITIONS
        # "met on Monday with Zalmay Khalilzad, a US peace envoy, in Qatar"
        argument = node.dep_ == "pobj" and node.head.head in (clause, trigger)
        if node.pos_ != "ADP" and not (nested_place or argument or node.dep_ == "appos"):
            return False
        node = node.head
    return False


def _object_place(event: EventRef, places: PlaceResults) -> ResolvedPlace | None:
    """A material act's place as its object or the name that modifies it: "shelled
    Kharkiv", "Kabul was attacked", "the invasion of Afghanistan", "an attack on Kabul",
    "a Kabul car bombing", "visited Beijing"; for a protest also its protesters' place
    ("Hong Kong protesters marched")."""
    kind = event.coding.type
    if kind not in _PLACE_OBJECT_TYPES:
        return None
    trigger = event.trigger
    if kind == "CONSULT" and trigger.lemma_.lower() != "visit":
        return None
    verb = trigger.pos_ in ("VERB", "AUX")
    starts = sent_starts(trigger.doc)
    for place in places.places:
        for mention in place.mentions:
            root = mention.root
            if starts[mention.start] != starts[trigger.i]:
                continue
            if verb and root.head == trigger and root.dep_ in ("dobj", "nsubjpass"):
                return place
            if (not verb and root.dep_ == "pobj" and root.head.head == trigger
                    and root.head.lower_ in ("of", "on", "against")):
                return place
            if not verb and _modifies(root, trigger):
                return place
            if (kind == "PROTEST" and verb and root.head.dep_ == "nsubj"
                    and root.head.head == trigger and _modifies(root, root.head)):
                return place
    return None


def _modifies(token: Token, noun: Token) -> bool:
    """The name is a modifier of the noun, directly or through a compound ("a Kabul car
    bombing", "Baghdad's protests")."""
    current = token
    for _ in range(3):
        if current.dep_ not in ("compound", "nmod", "poss", "amod") or current.head == current:
            return False
        current = current.head
        if current == noun:
            return True
    return False


def _framing_clauses(clause: Token, through_reports: bool) -> list[Token]:
    """The clauses that frame this one: its fronted participle ("Speaking in Lyon, X
    accused …"), and the clauses above it it is conjoined to, adverbial to or the
    complement of; through a reporting verb only when asked (a verbal act is made where
    it is told)."""
    frames = [c for c in clause.children if c.dep_ == "advcl" and c.i < clause.i]
    current = clause
    for _ in range(4):
        if current.head == current:
            break
        reported = current.dep_ == "ccomp" and current.head.lemma_.lower() in REPORTING_VERBS
        if current.dep_ not in _FRAMING_DEPS and not (reported and through_reports):
            break
        conjoined = current.dep_ == "conj"
        current = clause_head(current.head)
        if conjoined and {clause_tense(clause), clause_tense(current)} == {"past", "present"}:
            break  # "workers in London have immunity, but in 1994 it was extended to …"
        frames.append(current)
    return frames


def _sentence_place(trigger: Token, places: PlaceResults) -> ResolvedPlace | None:
    """A place phrase of the sentence that frames the trigger's clause: one setting a verb
    above it in its clause unit, nearest first ("On Monday in Kabul, police said they had
    arrested …"), else a clause of the same moment ("Violence broke out when thousands
    rallied at Freedom Plaza"); for an event told in a report, not the report's own place
    ("Shamkhani said during a visit to Kabul" is not where the talks he spoke of were
    held)."""
    verbs = _frame_verbs(trigger, through_reports=False)
    for verb in verbs + _accompanying_verbs(clause_head(trigger)):
        found = _place_phrases(trigger, places, _setting(verb))
        if found:
            return _most_specific(found, trigger)
    return None


# Conjunctions that put a clause before or after the one it modifies: its time and place
# are not that clause's ("after talks in Doha on Monday").
_SEQUENCE_MARKS = frozenset({"after", "before", "since", "until", "till", "once"})


def _accompanying_verbs(clause: Token) -> list[Token]:
    """The clauses the event's clause carries along: a clause of the same moment ("Violence
    broke out when thousands rallied at Freedom Plaza", "… as police fired tear gas") or
    one conjoined to it; not one set before or after it."""
    return [
        child for child in clause.children
        if child.dep_ in ("advcl", "conj") and child.pos_ in ("VERB", "AUX")
        and not any(m.dep_ == "mark" and m.lower_ in _SEQUENCE_MARKS for m in child.children)
    ]


def _describing_verbs(trigger: Token) -> list[Token]:
    """The clauses that describe an event noun: "the attack, which took place on Monday",
    "protests held in Minsk on Sunday"."""
    if trigger.pos_ in ("VERB", "AUX"):
        return []
    return [c for c in trigger.children if c.dep_ in ("relcl", "acl") and c.pos_ in ("VERB", "AUX")]


def _frame_verbs(trigger: Token, through_reports: bool) -> list[Token]:
    """The verbs above the trigger's clause in its sentence, nearest first, up to the head
    of its clause unit (a relative clause or appositive frames nothing above it); without
    `through_reports`, not past a reporting verb whose complement holds the trigger."""
    verbs: list[Token] = []
    current = clause_head(trigger)
    while current.head != current and current.dep_ not in _OWN_CLAUSE:
        head = current.head
        if (not through_reports and current.dep_ in ("ccomp", "parataxis")
                and head.lemma_.lower() in REPORTING_VERBS):
            break
        if head.pos_ in ("VERB", "AUX"):
            verbs.append(head)
        current = head
    return verbs


def _in_news_period(date: ClauseDate | None, article: Article | None) -> bool:
    """Not background: dated no earlier than the news period before publication, and not
    after it (an explicit later date is a plan)."""
    published = published_date(article)
    if date is None or date.basis != "explicit" or published is None:
        return True
    span = value_range(date.value)
    if span is None:
        return True
    return span[1] >= published - timedelta(days=_NEWS_DAYS) and span[0] <= published


def _of_the_day(date: ClauseDate | None, article: Article | None) -> bool:
    """Dated the day the story was filed (or not dated by the text at all)."""
    if date is None or date.basis != "explicit":
        return True
    day = dateline_date(article) or published_date(article)
    return day is not None and value_range(date.value) == (day, day)


def _lede_places(doc: Doc, places: PlaceResults) -> bool:
    """The article's lede names a place of its own."""
    return any(s.start <= m.start < s.end for s in lede(doc) for p in places.places
               for m in p.mentions if p is not places.dateline)


_PARTICIPANT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "pobj", "poss",
                               "compound", "amod", "appos"})


def _in_story(event: EventRef, main: MainLocation) -> bool:
    """The event belongs to what happens at the main location: it shares an actor with the
    lede clauses set there ("Shamkhani … during a visit to Kabul", then "Shamkhani met
    Ghani"), or every actor coded is of that place's country (police and protesters in a
    London story; an attack with no actor named)."""
    doc = event.trigger.doc
    clusters = doc._.dateline_entities or []
    coded = doc._.dateline_actors or []
    codes = {id(c): {a.code for a in actors if a.code}
             for c, actors in zip(clusters, coded, strict=False)}
    actors = [*event.sources, *event.targets]
    protagonists = {
        id(cluster) for cluster in clusters for mention in cluster.mentions
        if any(_argument_of(mention.span.root, clause) for clause in main.clauses)
    }
    if any(id(cluster) in protagonists for cluster in actors):
        return True
    country = main.place.country
    event_codes = set().union(*(codes.get(id(c), set()) for c in actors)) if actors else set()
    return country is not None and event_codes <= {country}


def _argument_of(token: Token, clause: Token) -> bool:
    """The token is the clause verb's subject or object, or a modifier or apposition of one
    ("the Iranian delegation", "Shamkhani's visit", "Iran's security chief Ali
    Shamkhani")."""
    current = token
    for _ in range(3):
        if current.head == clause and current.dep_ in _PARTICIPANT_DEPS - {"pobj"}:
            return True
        if current.dep_ not in _PARTICIPANT_DEPS or current.head == current:
            return False
        current = current.head
    return False


def _acts_in(event: EventRef, country: str | None) -> bool:
    """One of the event's actors is coded with the country (the dateline's)."""
    if country is None:
        return False
    doc = event.trigger.doc
    clusters = doc._.dateline_entities or []
    coded = doc._.dateline_actors or []
    by_cluster = {id(c): a for c, a in zip(clusters, coded, strict=False)}
    return any(actor.code == country for cluster in [*event.sources, *event.targets]
               for actor in by_cluster.get(id(cluster), []))


def event_date(event: EventRef, times: list[TimeRef], article: Article | None) -> ClauseDate:
    """When the event happened, anchored on the publication date:
    1. the time expression governing the trigger's clause (or a clause describing the
       occasion it happened in: "injured in a bombing that happened on June 27"; not the
       clause's own time for a happening told as before or after it: "after failed
       negotiations, the deadline stands at October 31"); failing that, one governing a
       fronted participle of it ("Addressing the conference on November 28, Zarif
       called …"), a clause framing it ("On Monday, police raided … and arrested …"), or
       the report it is told in ("officials said last Thursday that Trump had ordered …",
       which bounds when it happened); or a span from a clause it is set after or before
       ("came a few days after talks between U.S. and Taliban officials": the week before
       the clause's date);
    2. a time of its sentence that frames it, says when (not "since 2001", "after talks
       on Monday") and fits its tense: one describing an event noun ("protests held on
       Sunday"), one attached to a verb above its clause in its clause unit, or to a
       clause of the same moment ("… as protesters marched on Sunday");
    3. the day the article gave the occasion it is told at ("said in the Geneva
       conference" after "Addressing the Geneva Conference on November 28");
    4. the day the paragraph has established: the most recent day dating a clause earlier
       in the same paragraph, when the event is of the same story (it shares an actor, or
       an actor's country, with that sentence) and its tense allows that day;
    5. the dateline's date, else the publication date (basis `published`).
    A clock time dates the event by its day. Steps 1-4 give basis `explicit` with the time
    expression used."""
    dated = date_clause(event.trigger, times, article)
    if dated.basis == "explicit":
        return _by_day(dated)
    if (shifted := shifted_date(event.trigger, times, article)) is not None:
        return shifted
    clause = clause_head(event.trigger)
    related = [c for c in clause.children if c.dep_ == "advcl" and c.i < clause.i]
    if (reporter := reporting_verb(clause)) is not None:
        related.append(reporter)
    related += [c for c in _framing_clauses(clause, True) if c not in related]
    for other in related:
        found = date_clause(other, times, article)
        if found.basis == "explicit":
            return _by_day(found)
    tense = _event_tense(event)
    anchor = anchor_date(article)
    frame = _describing_verbs(event.trigger) + _frame_verbs(event.trigger, through_reports=True)
    frame += _accompanying_verbs(clause_head(event.trigger))
    if (time := framing_time(frame, times, tense, anchor)) is not None:
        return _by_day(_explicit(time))
    if (time := occasion_time(event.trigger, times, tense, anchor)) is not None:
        return _by_day(_explicit(time))
    if (time := paragraph_time(event.trigger, times)) is not None and _same_story(
            event, time) and _tense_allows(time, tense, anchor):
        return _by_day(_explicit(time))
    return dated


def _explicit(time: TimeRef) -> ClauseDate:
    return ClauseDate(time.timex.value, time.timex.granularity, "explicit", time)


def _by_day(dated: ClauseDate) -> ClauseDate:
    """A clock time or part of day ("1625 UTC", "Friday morning") dates an event by its
    day: 2019-01-08T16:25Z is 2019-01-08."""
    value = dated.value
    if value is None or "T" not in value or not value[:1].isdigit() or len(value) < 10:
        return dated
    return ClauseDate(value[:10], "day", dated.basis, dated.time)


def _event_tense(event: EventRef) -> str | None:
    """The tense of the event's clause; for an event told in a report, the report's when
    the clause itself shows none."""
    clause = clause_head(event.trigger)
    tense = clause_tense(clause)
    if tense is None and (reporter := reporting_verb(clause)) is not None:
        tense = clause_tense(reporter)
    return tense


def _tense_allows(time: TimeRef, tense: str | None, anchor: date | None) -> bool:
    """A day before publication dates only a past clause, a later day a future one, the
    day itself any but a future one."""
    span = value_range(time.timex.value)
    if span is None or anchor is None:
        return False
    if span[1] < anchor:
        return tense == "past"
    if span[0] > anchor:
        return tense == "future"
    return tense != "future"


def _same_story(event: EventRef, time: TimeRef) -> bool:
    """The event shares an actor with the sentence that dated the paragraph, or, when that
    sentence is the one just before, an actor's country ("Ukrainian officials said on
    Tuesday …. Kyiv accused Moscow …")."""
    doc = event.trigger.doc
    sentence = time.span.sent
    clusters = doc._.dateline_entities or []
    coded = doc._.dateline_actors or []
    there: set[int] = set()
    codes: set[str] = set()
    for index, cluster in enumerate(clusters):
        if any(sentence.start <= m.span.start < sentence.end for m in cluster.mentions):
            there.add(id(cluster))
            codes.update(a.code for a in (coded[index] if index < len(coded) else []) if a.code)
    actors = [*event.sources, *event.targets]
    if any(id(cluster) in there for cluster in actors):
        return True
    sentence_before = doc[event.trigger.sent.start - 1].sent if event.trigger.sent.start else None
    if sentence_before is None or sentence_before.start != sentence.start:
        return False
    event_codes = {a.code for cluster in actors
                   for index, c in enumerate(clusters) if c is cluster
                   for a in (coded[index] if index < len(coded) else []) if a.code}
    return bool(event_codes & codes)


@Language.factory(
    "dateline_events",
    assigns=["doc._.dateline_events"],
    requires=[
        "doc._.dateline_entities",
        "doc._.dateline_times",
        "doc._.dateline_places",
        "token.dep",
        "token.lemma",
    ],
)
def make_event_component(nlp: Language, name: str) -> EventComponent:
    return EventComponent()
