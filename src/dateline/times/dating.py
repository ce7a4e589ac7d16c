"""Event dating: the date of a clause from the time expression governing it, else the
dateline's date, else the publication date, with the basis said (record.EventDate)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from spacy.tokens import Span, Token

from dateline.lang.clauses import governing_verb
from dateline.nlp import doc_text, token_table
from dateline.record import Article
from dateline.times.anchor import dateline_date, published_date
from dateline.times.detect import TimeRef
from dateline.times.grammar import add_months, week_value

__all__ = ["ClauseDate", "attached_to", "bounding", "date_clause", "fits_tense",
           "framing_time", "occasion_time", "paragraph_bounds", "paragraph_time",
           "shifted_date", "value_range"]

Basis = Literal["explicit", "dateline", "published"]


@dataclass(frozen=True)
class ClauseDate:
    """When a clause happened. `time` is the governing expression when basis is explicit;
    `value` is None only when the article has no date at all."""

    value: str | None
    granularity: str | None
    basis: Basis
    time: TimeRef | None = None


def _points_in_time(times: Sequence[TimeRef]) -> list[TimeRef]:
    """Expressions that can date an event: resolved DATE/TIME values, not durations, sets
    or vague references (PRESENT_REF)."""
    return [t for t in times if t.timex.type in ("DATE", "TIME") and t.timex.value
            and t.timex.value[:1].isdigit()]


def governing_time(clause: Span | Token, times: Sequence[TimeRef]) -> TimeRef | None:
    """The time expression attached to the clause's verb (its own or one of its nominal
    dependents'), nearest first; None when the clause has none."""
    root = clause.root if isinstance(clause, Span) else clause
    verb = governing_verb(root)
    if verb is None:
        return None
    # "After failed negotiations, the deadline stands at October 31": the verb's times date
    # what came after the noun's happening, not the happening
    related = _told_as_before_or_after(root, verb)
    attached = []
    for time in _points_in_time(times):
        if _since_or_until(time):
            continue
        head = time.span.root.head if time.span.root.head != time.span.root else None
        if head is None:
            continue
        if head.i >= time.span.start and head.i < time.span.end:
            continue
        if related and root not in time.span.root.ancestors:
            continue
        governor = governing_verb(head)
        if governor is not None and governor.i != verb.i \
                and _describes_its_occasion(governor, verb):
            attached.append(time)  # "injured in a bombing that happened on June 27"
            continue
        if (governor is not None and governor.i == verb.i
                and (_dates_its_occasion(time.span.root, verb)
                     or not _dates_a_nested_noun(head, verb, root))
                and not _modifies_another_noun(time, root)):
            attached.append(time)
    if not attached:
        return None
    return min(attached, key=lambda t: abs(t.span.root.i - root.i))


def _told_as_before_or_after(root: Token, verb: Token) -> bool:
    """The word stands in a phrase that sets it before or after its verb's clause ("after
    failed negotiations", "following the attack"): not of that clause's moment."""
    token = root
    while token.i != verb.i and token.head.i != token.i:
        token = token.head
        if token.i != verb.i and token.pos_ in ("ADP", "SCONJ") \
                and token.lower_ in _TEMPORAL_RELATIONS:
            return True
    return False


def _describes_its_occasion(clause: Token, verb: Token) -> bool:
    """The clause describes the occasion the verb happened at or in ("were injured in a
    suicide bombing that happened on June 27", "killed during a raid carried out on
    Monday"): its time is the occasion's, and so the verb's. Not a purpose ("in order to
    help Trump's chances in 2020")."""
    occasion = clause.head
    preposition = occasion.head
    described = clause.dep_ == "relcl" or (clause.dep_ == "acl" and clause.tag_ in ("VBN", "VBG"))
    return described and occasion.dep_ == "pobj" \
        and occasion.pos_ in ("NOUN", "PROPN") and preposition.dep_ == "prep" \
        and preposition.lower_ in _OCCASION_PREPS and preposition.head.i == verb.i


def _dates_a_nested_noun(head: Token, verb: Token, root: Token) -> bool:
    """The time hangs from a noun inside one of the verb's prepositional phrases, other
    than the clause's own word (`root`), and dates that noun's happening, not the verb's
    ("told Niinistö about his talks with Biden on December 7", "congratulated Ortega on
    his swearing-in last week"). The occasion the verb happened at is the exception (see
    `_dates_its_occasion`)."""
    if head.i == root.i:
        return False
    # "talks on December 7": from the noun the preposition hangs on; "Sunday Presidents"
    # (a time the parse made a modifier): from above the noun it modifies
    path = []
    token = head.head
    while token.i != verb.i and token.head.i != token.i:
        path.append(token)
        token = token.head
    # a name has no happening of its own: "handed control to China in 1997" dates the verb
    return root not in path and any(t.dep_ == "pobj" and t.pos_ in {"NOUN", "PROPN"}
                                    and not t.ent_type_ for t in path)


def _modifies_another_noun(time: TimeRef, root: Token) -> bool:
    """"to protest the results of the 2020 US Presidential Election", "cut the 2019
    budget": a time standing as a modifier inside another noun's phrase is that noun's, not
    the clause's. (One after a preposition, "on Sunday Presidents Buhari and Talon signed",
    is a time the parse attached to the wrong word.)"""
    time_root = time.span.root
    head = time_root.head
    start = time.span.start
    after_preposition = start > 0 and time.span.doc[start - 1].pos_ == "ADP"
    return head.i != root.i and head.pos_ in {"NOUN", "PROPN"} and not after_preposition \
        and time_root.dep_ in {"compound", "nmod", "nummod", "amod"}


def _since_or_until(time: TimeRef) -> bool:
    """"since 2001", "until Thursday": a bound of the clause, never its date."""
    start = time.span.start
    return start > 0 and time.span.doc[start - 1].lower_ in ("since", "until", "till")


def date_clause(clause: Span | Token, times: Sequence[TimeRef], article: Article | None
                ) -> ClauseDate:
    """The clause's date: explicit, else the dateline's, else the publication date."""
    time = governing_time(clause, times)
    if time is not None:
        return ClauseDate(time.timex.value, time.timex.granularity, "explicit", time)
    if (day := dateline_date(article)) is not None:
        return ClauseDate(day.isoformat(), "day", "dateline")
    day = published_date(article)
    return ClauseDate(day.isoformat() if day else None, "day" if day else None, "published")


def shifted_date(trigger: Token, times: Sequence[TimeRef], article: Article | None
                 ) -> ClauseDate | None:
    """"The news came a few days after talks between U.S. and Taliban officials", "the move
    came two days after the WHO declared a pandemic": a happening set a span of time before
    (or after) a clause is dated from that clause's date, as precisely as the span says
    ("two days": the day; "a few days": the week). None where no span sets it so."""
    if trigger.dep_ == "pobj" and trigger.head.dep_ == "prep" \
            and trigger.head.lower_ in _SHIFTS:
        relation = trigger.head  # "came a few days after talks"
        clause, amounts = relation.head, list(relation.children)
    else:
        mark = next((c for c in trigger.children
                     if c.dep_ == "mark" and c.lower_ in _SHIFTS), None)
        if mark is None or trigger.dep_ != "advcl":
            return None
        relation = mark  # "came two days after the WHO declared"
        clause, amounts = trigger.head, [*trigger.children, *mark.children]
    amount = {t.i for t in amounts if t.dep_ == "npadvmod"}
    span = next((t for t in times if t.timex.type == "DURATION" and t.timex.value
                 and any(t.span.start <= i < t.span.end for i in amount)), None)
    if span is None:
        return None
    base = date_clause(clause, times, article)
    if base.value is None or base.granularity != "day":
        return None
    shifted = _shift(date.fromisoformat(base.value[:10]), span.timex.value or "",
                     _SHIFTS[relation.lower_])
    return ClauseDate(*shifted, "explicit", span) if shifted is not None else None


# The sign a relation word gives the span between a clause and the happening it names:
# "came two days after talks" puts the talks before the clause.
_SHIFTS = {"after": -1, "before": 1}
_DURATION = re.compile(r"PT?(\d+|X)([HDWMY])")


def _shift(day: date, duration: str, sign: int) -> tuple[str, str] | None:
    """The day moved by a duration ("P2D", "PXD", "PTXH"), told at the precision the duration
    allows: a vague count ("a few days") shifts by a few units at the next coarser grain."""
    match = _DURATION.fullmatch(duration)
    if match is None:
        return None
    count, unit = match.groups()
    vague = count == "X"
    n = 0 if vague else int(count)
    if unit == "H":
        return (day + timedelta(days=sign * (n // 24))).isoformat(), "day"
    if unit == "D":
        if vague:
            return week_value(day + timedelta(days=sign * 3)), "week"
        return (day + timedelta(days=sign * n)).isoformat(), "day"
    if unit == "W":
        if vague:
            return (day + timedelta(days=sign * 14)).isoformat()[:7], "month"
        return week_value(day + timedelta(weeks=sign * n)), "week"
    if unit == "M":
        return (add_months(day, sign * 3).isoformat()[:4], "year") if vague \
            else (add_months(day, sign * n).isoformat()[:7], "month")
    return (None if vague else (str(day.year + sign * n), "year"))


# --- the discourse around a clause: its sentence and its paragraph -----------------------

# Words before a time that bound a happening rather than say when it happened: "since
# 2001", "until Friday", "by 2020", "ahead of Sunday's vote".
_BOUNDING = frozenset({"since", "until", "till", "through", "throughout", "by", "before",
                       "after", "from", "between", "ahead", "within", "to"})
# Prepositions that put a dated happening before or after the clause ("since an assault in
# August 2018", "after talks on Monday"): its date is not the clause's.
_TEMPORAL_RELATIONS = frozenset({"since", "until", "till", "before", "after", "ahead",
                                 "following", "prior"})


def bounding(time: TimeRef) -> bool:
    """The time bounds a happening ("since 2001", "until Friday") or dates another one
    that bounds it ("since an assault in August 2018", "after talks on Monday"), instead
    of dating the clause it stands in."""
    doc = time.span.doc
    if time.span.start > 0 and doc[time.span.start - 1].lower_ in _BOUNDING:
        return True
    token = time.span.root
    for _ in range(6):
        if token.head == token or token.pos_ in ("VERB", "AUX"):
            return False
        token = token.head
        if token.pos_ in ("ADP", "SCONJ", "VERB") and token.lower_ in _TEMPORAL_RELATIONS:
            return True
    return False


def attached_to(time: TimeRef, verb: Token) -> bool:
    """The time modifies the verb itself ("met on Monday", "said Monday", "On Monday,
    police raided …"), not one of its nouns."""
    root = time.span.root
    if root.head == verb and root.dep_ != "pobj":
        return True
    return (root.dep_ == "pobj" and root.head.head == verb and root.head.dep_ == "prep") \
        or _dates_its_occasion(root, verb)


# Prepositions that set a happening at an occasion: "during a conference", "at the summit".
_OCCASION_PREPS = frozenset({"during", "at", "in"})


def _dates_its_occasion(root: Token, verb: Token) -> bool:
    """A time of the occasion the verb happened at dates the verb: "the agreements arrived
    at during a security conference ... in September", "signed at a meeting on Monday"."""
    if root.dep_ == "pobj" and root.head.dep_ == "prep":
        occasion = root.head.head
    elif root.dep_ == "npadvmod":
        occasion = root.head  # "at a meeting last week"
    else:
        return False
    preposition = occasion.head
    return occasion.pos_ in ("NOUN", "PROPN") and occasion.dep_ == "pobj" \
        and preposition.dep_ == "prep" and preposition.lower_ in _OCCASION_PREPS \
        and preposition.head == verb


def value_range(value: str | None) -> tuple[date, date] | None:
    """The first and last day a TIMEX3 date value covers (day, month, year, ISO week,
    quarter, half, season, decade, century); None for anything else."""
    if not value or not value[:1].isdigit():
        return None
    value = value.split("T", 1)[0]
    try:
        if len(value) == 10:
            day = date.fromisoformat(value)
            return day, day
        year = int(value[:4]) if len(value) >= 4 and value[:4].isdigit() else None
        if year is None:
            if len(value) == 3 and value.isdigit():  # decade
                return date(int(value) * 10, 1, 1), date(int(value) * 10 + 9, 12, 31)
            if len(value) == 2 and value.isdigit():  # century
                return date(max(1, int(value) * 100), 1, 1), date(int(value) * 100 + 99, 12, 31)
            return None
        rest = value[4:]
        if not rest:
            return date(year, 1, 1), date(year, 12, 31)
        if rest[:2] == "-W" and rest[2:4].isdigit():
            monday = date.fromisocalendar(year, int(rest[2:4]), 1)
            return monday, monday + timedelta(days=6)
        if rest[:2] == "-Q" and rest[2:3].isdigit():
            first = (int(rest[2]) - 1) * 3 + 1
            return date(year, first, 1), _month_end(year, first + 2)
        if rest[:2] == "-H" and rest[2:3].isdigit():
            first = 1 if rest[2] == "1" else 7
            return date(year, first, 1), _month_end(year, first + 5)
        if rest[1:3].isdigit():
            month = int(rest[1:3])
            return date(year, month, 1), _month_end(year, month)
        return date(year, 1, 1), date(year, 12, 31)  # seasons: somewhere in the year
    except ValueError:
        return None


def _month_end(year: int, month: int) -> date:
    return (date(year + month // 12, month % 12 + 1, 1)) - timedelta(days=1)


def fits_tense(time: TimeRef, tense: str | None, anchor: date | None) -> bool:
    """A past clause is not dated after the anchor, a future clause not before it."""
    span = value_range(time.timex.value)
    if span is None or anchor is None or tense not in ("past", "future"):
        return True
    return span[0] <= anchor if tense == "past" else span[1] >= anchor


def framing_time(verbs: Sequence[Token], times: Sequence[TimeRef], tense: str | None,
                 anchor: date | None) -> TimeRef | None:
    """The time that frames a clause from one of the verbs above it in its sentence
    (`verbs`, nearest first): attached to that verb itself, dating rather than bounding,
    and not against the clause's tense ("On Monday, police said the protesters who …
    were arrested")."""
    points = [t for t in _points_in_time(times) if not bounding(t)
              and fits_tense(t, tense, anchor)]
    for verb in verbs:
        found = [t for t in points if attached_to(t, verb)]
        if found:
            return min(found, key=lambda t: abs(t.span.root.i - verb.i))
    return None


# Occasions an act is told at, which an article dates once and names again: "Addressing
# the Geneva Conference on November 28, Zarif called …. He said in the Geneva conference
# that …".
OCCASION_NOUNS = frozenset({"conference", "summit", "meeting", "talks", "session", "forum",
                            "visit", "rally", "ceremony", "debate", "hearing", "convention",
                            "congress", "assembly", "briefing", "interview", "speech",
                            "address", "trip", "tour", "negotiations", "consultations"})
_POINTING_BACK = frozenset({"the", "this", "that", "these", "those"})
# The verb an occasion is told by before it is named: "met on Monday … at the meeting".
OCCASION_VERBS = {"meeting": "meet", "talks": "talk", "visit": "visit", "debate": "debate",
                  "interview": "interview", "negotiations": "negotiate", "trip": "travel",
                  "consultations": "consult", "briefing": "brief", "tour": "tour",
                  "rally": "rally", "address": "address", "speech": "speak"}


def occasion_time(verb: Token, times: Sequence[TimeRef], tense: str | None,
                  anchor: date | None) -> TimeRef | None:
    """The time an earlier sentence gave the occasion the verb is told at ("said at the
    summit", "in the Geneva conference", "during his visit"): the most recent earlier
    mention of that occasion's noun, with the same names before it, whose clause is dated
    (not bounded) in a way the verb's tense allows. An occasion told for the first time
    ("at a conference") points back to nothing."""
    doc = verb.doc
    lemmas = token_table(doc).lemmas
    for preposition in verb.children:
        if preposition.dep_ != "prep" or preposition.lower_ not in _OCCASION_PREPS:
            continue
        for noun in preposition.children:
            lemma = noun.lemma_.lower()
            if noun.dep_ != "pobj" or lemma not in OCCASION_NOUNS or not any(
                    c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _POINTING_BACK)
                    for c in noun.children):
                continue
            names = {c.lower_ for c in noun.children
                     if c.dep_ == "compound" and c.pos_ == "PROPN"}
            told = {lemma, OCCASION_VERBS.get(lemma, lemma)}
            for k in range(verb.sent.start - 1, -1, -1):
                if lemmas[k].lower() not in told:
                    continue
                earlier = doc[k]
                if not names <= {c.lower_ for c in earlier.subtree if c.dep_ == "compound"}:
                    continue
                time = governing_time(earlier, times)
                if time is not None and not bounding(time) and fits_tense(time, tense, anchor) \
                        and not _holds_the_anchor(time, anchor):
                    return time
    return None


def _holds_the_anchor(time: TimeRef, anchor: date | None) -> bool:
    """A time coarser than a day that holds the story's own day ("the last meeting in
    2021", told on 2021-12-30) says less than the day itself."""
    span = value_range(time.timex.value)
    return anchor is not None and span is not None and span[0] < span[1] \
        and span[0] <= anchor <= span[1]


def paragraph_bounds(token: Token) -> tuple[int, int]:
    """Character offsets of the paragraph (text between line breaks) holding the token."""
    text = doc_text(token.doc)
    start = text.rfind("\n", 0, token.idx) + 1
    end = text.find("\n", token.idx)
    return start, len(text) if end < 0 else end


def _dates_a_main_clause(time: TimeRef) -> bool:
    """A time that dates a clause the story goes on from, not one describing a noun ("the
    festival, which emerged after the September 11, 2001 attacks")."""
    verb = governing_verb(time.span.root)
    return verb is not None and verb.dep_ not in {"relcl", "acl"} and not (
        time.span.root.dep_ in {"compound", "nmod", "amod"} and time.span.root.head.pos_ == "NOUN")


def paragraph_time(token: Token, times: Sequence[TimeRef]) -> TimeRef | None:
    """The day (or time of day) the token's paragraph has established: the most recent
    time dating a clause in an earlier sentence of it ("Police raided the office on Monday.
    They arrested …"); None when there is none, or when the most recent is coarser than a
    day ("in 2001": the paragraph has moved to the background)."""
    start, _ = paragraph_bounds(token)
    sentence_start = token.sent.start_char
    found = [
        time for time in _points_in_time(times)
        if start <= time.start and time.end <= sentence_start
        and not bounding(time)
        and _dates_a_main_clause(time)
    ]
    if not found:
        return None
    latest = max(found, key=lambda t: t.start)
    return latest if latest.timex.granularity in ("day", "time") else None
