"""Finding time expressions in a parsed text and normalizing each in its clause.

The grammar's patterns run over the text; where matches overlap the longest wins (then
the earlier pattern). The parse then vetoes readings a pattern cannot judge alone: "May"
the modal verb, "fall" the verb, a year that spaCy reads as a quantity or part of a name
("Windows 2000", "Good Friday Agreement"). Each kept match is normalized with the tense of
the clause it sits in, and a clock time next to a day ("12:00 UTC Monday") becomes one
TIME on that day.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from dateline.lang.clauses import VERBAL_POS, governing_verb
from dateline.lang.words import (
    FORWARD_HEADS,
    FUTURE_AUX,
    FUTURE_HEADS,
    HYPHENS,
    NAME_LABELS,
    NUMBER_LABELS,
)
from dateline.nlp import doc_text, sent_starts
from dateline.times.grammar import (
    PATTERNS,
    STARTS,
    TIME_UNITS,
    Context,
    Pattern,
    Tense,
    Timex,
    add_months,
    pattern_matches,
    week_value,
)

__all__ = ["TimeRef", "clause_tense", "find_times", "time_context"]


@dataclass(frozen=True)
class TimeRef:
    """One time expression: exact character offsets into `doc.text`, its tokens, its TIMEX3
    reading and the anchor date a relative reading was computed from."""

    start: int
    end: int
    span: Span
    timex: Timex
    anchor: date | None

    @property
    def text(self) -> str:
        return doc_text(self.span.doc)[self.start : self.end]


# Named-entity labels whose words are a name, not a time ("Windows 2000", "Good Friday
# Agreement", "April Ryan"); a candidate wholly inside one is dropped. Not EVENT or
# LANGUAGE.
_NAME_LABELS = NAME_LABELS - {"EVENT", "LANGUAGE"}
# Words before a bare "May"/"March"/"fall" that make it a time, not a verb.
_TIME_LEAD = re.compile(
    r"(?:\b(?:in|since|until|till|by|from|to|through|during|before|after|early|late|mid|"
    r"last|next|this|of|the|and|or|between|last|past|coming|that)\s+|-)$",
    re.IGNORECASE,
)
# Nouns that count things, so a year-like number before them is a count ("2000 troops").
_COUNTED = {
    "people", "persons", "troops", "soldiers", "workers", "employees", "jobs", "civilians",
    "refugees", "migrants", "protesters", "demonstrators", "police", "officers", "fighters",
    "militants", "residents", "children", "women", "men", "students", "cars", "vehicles",
    "units", "homes", "houses", "families", "deaths", "casualties", "tons", "tonnes",
    "barrels", "dollars", "euros", "pounds", "kilometres", "kilometers", "km", "miles",
    "meters", "metres", "acres", "hectares", "votes", "rockets", "missiles", "shells",
    "aircraft", "planes", "tanks", "members", "delegates", "prisoners", "detainees", "cases",
    "patients", "stores", "shares", "feet", "passengers", "seats", "points", "times",
}
# Modals that put a clause after the time it is told from: "said they would march on
# Friday", "could meet on Monday" (with "have" they look back: "would have met").
_MODAL_AUX = {"would", "'d", "could", "might", "may", "should", "must", "can", "ca"}


def clause_tense(token: Token) -> Tense | None:
    """Past, present or future for the clause of `token`, from its verb and auxiliaries;
    None where the parse shows no verb or a conditional ("would"). A coordinated verb with
    no auxiliary of its own and no tense of its own shares its first conjunct's ("is
    scheduled to remain at the station and return on Friday": future)."""
    verb = governing_verb(token)
    if verb is None:
        return None
    tense = _verb_tense(verb)
    if (tense is None and verb.dep_ == "conj" and verb.head != verb
            and verb.tag_ in ("VB", "VBN", "VBG") and not _auxiliaries(verb)):
        return clause_tense(verb.head)
    return tense


def _auxiliaries(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("aux", "auxpass")]


def _verb_tense(verb: Token) -> Tense | None:
    auxes = _auxiliaries(verb)
    words = {a.lower_ for a in auxes}
    if words & FUTURE_AUX or "going" in words:
        return "future"
    if words & _MODAL_AUX:
        if any(a.lemma_ == "have" for a in auxes):
            return "past"  # "would have met on Friday"
        if "could" in words and any(c.dep_ == "neg" for c in verb.children):
            return None  # "could not agree": a past inability as often as a future one
        return "future"
    if "to" in words and verb.tag_ in ("VB", "VBN") and not any(
            a.lemma_ == "have" for a in auxes) and _looks_ahead(verb):
        return "future"  # "agreed to meet on Friday", "is due to be held on Friday"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if verb.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxes):
        return "past"  # present perfect reports the past
    if verb.tag_ == "VB" and verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_ in FUTURE_HEADS:
        return "future"
    if verb.tag_ == "VBN" and verb.lemma_ in FUTURE_HEADS | {"slate"} and not auxes:
        return None
    if verb.tag_ in ("VBZ", "VBP", "VBG") or any(a.tag_ in ("VBZ", "VBP") for a in auxes):
        if verb.lemma_ in FUTURE_HEADS or verb.lemma_ == "slate":
            return "future"  # "is scheduled for June 17"
        return "present"
    return None


def _looks_ahead(verb: Token) -> bool:
    """An infinitive whose head points forward: "agreed to meet", "is to visit", "plans
    to march", "is due to be held"."""
    head = verb.head
    if head == verb or verb.dep_ not in ("xcomp", "ccomp", "advcl", "acomp", "acl"):
        return False
    if head.lemma_.lower() in FORWARD_HEADS or head.lower_ in FORWARD_HEADS:
        return True
    # "the president is to visit": "be" + "to" in the present
    return head.lemma_ == "be" and head.tag_ in ("VBZ", "VBP")


# Verbs that fix a later time ("was scheduled for Friday", "postponed to Monday"): the time
# their "for"/"to"/"until" phrase names lies after the moment they were told at.
_SCHEDULING = frozenset({"schedule", "reschedule", "set", "slate", "plan", "expect",
                         "postpone", "delay", "move", "push", "defer", "adjourn"})
_SCHEDULED_FOR = frozenset({"for", "to", "until", "till"})
# Words of a noun phrase that put what it names ahead of the clause: "ahead of Sunday's
# vote", "in advance of the talks on Friday", "on the eve of Monday's summit", "the
# upcoming vote on Friday".
_AHEAD_OF = frozenset({"ahead", "advance", "eve"})
_UPCOMING = frozenset({"upcoming", "forthcoming"})


def time_context(span: Span, anchor: date | None) -> Context:
    """What a time expression is resolved with: the anchor, and the direction its clause
    gives it.

    - the clause's tense (`clause_tense`); "since Monday" always looks back;
    - a future told from a past moment ("said they would march on Friday", "agreed to
      meet on Friday", "was expected to land on Wednesday") is `future_in_past`: it lies
      after that moment, so on either side of the anchor;
    - the present progressive and the present of "be" with a time of their own look
      ahead, as English uses them for arrangements: "is holding talks on Friday", "the
      vote is on Friday"; so does a present clause's "until" ("is closed until Friday");
    - a scheduling verb's "for"/"to" phrase ("was scheduled for Friday", "postponed to
      Monday") lies after the scheduling: a future told from the past;
    - "ahead of Sunday's vote", "the upcoming vote on Friday": after the clause's own
      time (from the past when the clause is past);
    - a possessive in a future clause ("Monday's decision will reverberate") is its noun's
      time, on either side of the anchor.
    """
    root = span.root
    tense = clause_tense(root)
    verb = governing_verb(root)
    if verb is None:
        return Context(anchor, tense)
    doc = span.doc
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    if before == "since":
        return Context(anchor, "past")
    if _ahead_of(root):
        return Context(anchor, "future", future_in_past=tense == "past")
    if tense == "future":
        # "Monday's decision will reverberate": the possessive names its noun's own time,
        # which the clause's future says nothing of: on either side of the anchor
        return Context(anchor, tense, future_in_past=_told_from_past(verb)
                       or root.dep_ == "poss")
    if not _modifies(root, verb):
        return Context(anchor, tense)
    if verb.lemma_ in _SCHEDULING and before in _SCHEDULED_FOR and tense != "present":
        return Context(anchor, "future", future_in_past=True)
    if tense == "present" and (_progressive(verb) or _copula(verb) or before in ("until", "till")
                               or (verb.lemma_ in _SCHEDULING and before in _SCHEDULED_FOR)):
        return Context(anchor, "future")
    return Context(anchor, tense)


def _modifies(root: Token, verb: Token) -> bool:
    """The time modifies the verb itself ("meet on Friday", "is Friday"), not one of its
    nouns ("the attack on Friday")."""
    if root.head == verb and root.dep_ != "pobj":
        return True
    return root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.head == verb


def _progressive(verb: Token) -> bool:
    """Present progressive, active or passive: "is holding", "are being held"."""
    auxes = _auxiliaries(verb)
    if any(a.lemma_ == "have" for a in auxes):
        return False
    present_be = any(a.lemma_ == "be" and a.tag_ in ("VBZ", "VBP") for a in auxes)
    return present_be and (verb.tag_ == "VBG" or any(a.lower_ == "being" for a in auxes))


def _copula(verb: Token) -> bool:
    """The present of "be" as the clause's own verb: "the vote is on Friday"."""
    return verb.lemma_ == "be" and verb.tag_ in ("VBZ", "VBP") and not _auxiliaries(verb)


def _past_form(verb: Token) -> bool:
    """A verb told in the past, or with "would": "agreed", "was expected", "would like"."""
    auxes = _auxiliaries(verb)
    return (verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes)
            or any(a.lower_ in ("would", "'d") for a in auxes))


def _told_from_past(verb: Token) -> bool:
    """A future clause that looks ahead from a past moment: "would" ("said they would
    march"), or an infinitive or coordinated verb under a past one ("agreed to meet",
    "was expected to land", "was going to visit"), not "will", "could" or "plans to"."""
    auxes = _auxiliaries(verb)
    words = {a.lower_ for a in auxes}
    if words & FUTURE_AUX:
        return False
    if words & {"would", "'d"}:
        return True
    if words & _MODAL_AUX:
        return False
    head = verb.head
    if head == verb or verb.dep_ not in ("xcomp", "ccomp", "advcl", "acomp", "acl", "conj"):
        return False
    if verb.dep_ == "conj":
        return not auxes and _told_from_past(head)
    return _past_form(head)


def _ahead_of(root: Token) -> bool:
    """The time sits in a noun phrase put ahead of its clause: "ahead of Sunday's vote",
    "in advance of talks on Friday", "on the eve of Monday's summit", "the upcoming vote
    on Friday"."""
    token = root
    for _ in range(5):
        if token.head == token or token.pos_ in VERBAL_POS:
            return False
        if token.pos_ in ("NOUN", "PROPN") and any(
                c.dep_ == "amod" and c.lower_ in _UPCOMING for c in token.children):
            return True
        token = token.head
        if token.lower_ == "of" and token.head.lower_ in _AHEAD_OF:
            return True
    return False


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    order: int
    pattern: Pattern
    match: re.Match[str]


def _candidates(text: str) -> list[_Candidate]:
    found = [_Candidate(m.start(), m.end(), order, PATTERNS[order], m)
             for order, m in pattern_matches(text, PATTERNS, STARTS) if m.end() > m.start()]
    found.sort(key=lambda c: (-(c.end - c.start), c.order, c.start))
    return found


def _inside_name(span: Span, ents: Sequence[Span]) -> bool:
    """Whether the span lies inside (and is not all of) a name among `ents` (`doc.ents`)."""
    return any(
        ent.label_ in _NAME_LABELS and ent.start_char <= span.start_char
        and span.end_char <= ent.end_char and ent.text != span.text
        for ent in ents
        if ent.start_char <= span.start_char < ent.end_char
    )


# What a fraction of a time is of: "three quarters of an hour" is a time, "three-quarters
# of states" a share.
_TIME_WHOLES = TIME_UNITS | frozenset({"season", "term", "period"})


def _a_share_of(unit: Token, hyphened: bool = False) -> bool:
    """"quarters" followed by an "of" phrase whose noun is no span of time; spelt with a
    hyphen ("more than three-quarters from donors"), a share unless a span of time follows
    ("three-quarters of an hour")."""
    doc = unit.doc
    if unit.i + 1 >= len(doc) or doc[unit.i + 1].lower_ != "of":
        return hyphened
    whole = next((t for t in doc[unit.i + 2 : unit.i + 6] if t.pos_ in {"NOUN", "PROPN"}), None)
    return whole is None or whole.lemma_.lower() not in _TIME_WHOLES


# Units a "per hour" after them makes a speed.
_SPEEDS = frozenset({"miles", "mile", "kilometers", "kilometres", "kilometer", "kilometre",
                     "km", "meters", "metres", "feet", "knots"})


def _season_in_a_name(candidate: _Candidate, span: Span) -> bool:
    """A season written with a capital inside a name: "the Arab Spring", "Google Summer of
    Code". A season on its own is lower case in news; capitalised, with no "last" or year
    of its own, after a capitalised name or before "of" and one, it is part of the name."""
    season = span[-1] if span[-1].lower_ == candidate.match["season"].lower() else None
    if season is None or not season.text[0].isupper() or candidate.match["rel"] \
            or candidate.match["year"]:
        return False
    doc = season.doc
    before = doc[span.start - 1] if span.start > 0 else None  # not the span's own "Early"
    after = doc[season.i + 1 : season.i + 3]
    return (before is not None and before.text[:1].isupper()
            and before.pos_ in {"PROPN", "ADJ"}) or (
        len(after) == 2 and after[0].lower_ == "of" and after[1].text[:1].isupper())


def _vetoed(candidate: _Candidate, span: Span, ents: Sequence[Span]) -> bool:
    """Readings the parse rules out (`ents`: the Doc's entities)."""
    name = candidate.pattern.name
    before = doc_text(span.doc)[max(0, candidate.start - 20) : candidate.start]
    if _inside_name(span, ents):
        return True
    if name == "bare_month" and candidate.match["month"].lower() in ("may", "march") and not (
        candidate.match["rel"] or _TIME_LEAD.search(before)
        or any(t.ent_type_ == "DATE" for t in span)
    ):
        return True
    if name == "season":
        if any(t.pos_ in VERBAL_POS for t in span) or _season_in_a_name(candidate, span):
            return True
        if candidate.match["season"].lower() == "fall" and not (
            candidate.match["rel"] or candidate.match["year"] or _TIME_LEAD.search(before)
        ):
            return True
    if name == "year":
        year_tokens = [t for t in span if t.like_num]
        if any(t.ent_type_ in NUMBER_LABELS for t in year_tokens):
            return True
        if any(t.i + 1 < len(t.doc) and t.nbor().lower_ in ("%", "percent") for t in year_tokens):
            return True
        if any(t.dep_ == "nummod" and t.head.lower_ in _COUNTED for t in year_tokens):
            return True
    if name == "set_per" and span[0].i > 0 and span.doc[span[0].i - 1].lower_ in _SPEEDS:
        return True  # "miles per hour" is a speed, not something done every hour
    if name in ("duration", "set_per") and span[-1].i + 1 < len(span.doc):
        following = span.doc[span[-1].i + 1]
        if following.lower_ == "-" or following.lower_ in ("old", "-old"):
            return True  # "27-year-old" is an age
    if name == "duration":
        unit = span[-1] if span[-1].lower_ != "long" else span[0]
        amount = candidate.match["amount"].lower()
        if unit.lower_ in ("second", "quarter") and amount in ("a", "an"):
            return True  # "a second A380", "about a quarter of its dealers"
        if unit.lower_ in ("quarter", "quarters") and _a_share_of(
                unit, hyphened=any(h in span.text for h in HYPHENS)):
            return True  # "three-quarters of states must ratify it", "three-quarters from"
    # "the now-cancelled deal", "the soon-to-open terminal"
    return name.endswith("_ref") and doc_text(span.doc)[candidate.end : candidate.end + 1] == "-"


def _select(doc: Doc) -> list[tuple[_Candidate, Span]]:
    taken: list[tuple[int, int]] = []
    chosen: list[tuple[_Candidate, Span]] = []
    ents = doc.ents  # built anew on each access
    for candidate in _candidates(doc_text(doc)):
        if any(candidate.start < end and start < candidate.end for start, end in taken):
            continue
        span = doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
        if span is None or len(span) == 0 or _vetoed(candidate, span, ents):
            continue
        taken.append((candidate.start, candidate.end))
        chosen.append((candidate, span))
    chosen.sort(key=lambda item: item[0].start)
    return chosen


_ADJACENT = re.compile(r"^\s+$")


def _merge_clock_times(refs: list[TimeRef], doc: Doc) -> list[TimeRef]:
    """A clock time gets the day of an adjacent day expression ("12:00 UTC Monday",
    "16:00 UTC today", "0300 UTC Monday morning", "2053 Wednesday night, UTC"), else of the
    nearest day in its sentence, as one TIME."""
    merged: list[TimeRef] = []
    skip: set[int] = set()
    for k, ref in enumerate(refs):
        if k in skip:
            continue
        if ref.timex.type != "TIME" or ref.timex.value is None or "T" not in ref.timex.value \
                or ref.timex.value.startswith("T"):
            merged.append(ref)
            continue
        clock = ref.timex.value[ref.timex.value.index("T"):]
        if not clock[1:3].isdigit():
            merged.append(ref)
            continue
        neighbour = None
        for j in (k + 1, k - 1):
            if 0 <= j < len(refs) and j not in skip and (
                    refs[j].timex.granularity == "day" or _names_a_day(refs[j])):
                other = refs[j]
                gap = doc_text(doc)[min(ref.end, other.end) : max(ref.start, other.start)]
                if _ADJACENT.match(gap):
                    neighbour = j
                    break
        if neighbour is not None:
            other = refs[neighbour]
            value = f"{other.timex.value[:10]}{clock}" if other.timex.value else None
            start, end = min(ref.start, other.start), max(ref.end, other.end)
            span = doc.char_span(start, end, alignment_mode="expand") or ref.span
            timex = replace(ref.timex, value=value,
                            unresolved=other.timex.unresolved or ref.timex.unresolved)
            if neighbour < k:
                merged.pop()
            else:
                skip.add(neighbour)
            merged.append(TimeRef(start, end, span, timex, ref.anchor))
            continue
        day = _day_in_sentence(ref, refs)
        if day is not None:
            merged.append(replace(ref, timex=replace(ref.timex, value=f"{day}{clock}")))
        else:
            merged.append(ref)
    return merged


def _day_in_sentence(ref: TimeRef, refs: list[TimeRef]) -> str | None:
    """The nearest day its sentence names, also through a part of a day ("On Saturday
    evening …, shortly before 19:00 local time (1800 UTC)": Saturday)."""
    sentence = ref.span.sent
    days = [r for r in refs if r is not ref and _names_a_day(r)
            and sentence.start_char <= r.start < sentence.end_char]
    if not days:
        return None
    nearest = min(days, key=lambda r: abs(r.start - ref.start))
    return str(nearest.timex.value)[:10]


def _names_a_day(ref: TimeRef) -> bool:
    """A day ("Saturday") or a part of a named day ("Saturday evening"), not a clock time
    (which takes its day from these)."""
    value = ref.timex.value or ""
    if ref.timex.granularity == "day":
        return bool(value)
    return (ref.timex.granularity == "time" and len(value) > 11 and value[10] == "T"
            and not value[11:12].isdigit())


_RANGE_START = re.compile(r"(?:from|between)\s+$", re.IGNORECASE)
_RANGE_GAP = re.compile(r"^\s*(?:to|and|through|until|-|–)\s*$", re.IGNORECASE)


def _year_ranges(refs: list[TimeRef], doc: Doc) -> list[TimeRef]:
    """"from 2009 to 2011", "between 2014 and 2016": a duration around the two years,
    which keep their own readings (TimeML annotates both levels)."""
    ranges = []
    for first, second in itertools.pairwise(refs):
        if first.timex.granularity != "year" or second.timex.granularity != "year":
            continue
        lead = _RANGE_START.search(doc_text(doc)[max(0, first.start - 10) : first.start])
        if lead is None or not _RANGE_GAP.match(doc_text(doc)[first.end : second.start]):
            continue
        years = int(str(second.timex.value)) - int(str(first.timex.value))
        if years <= 0:
            continue
        start = first.start - len(lead.group(0))
        span = doc.char_span(start, second.end, alignment_mode="expand") or first.span
        ranges.append(TimeRef(start, second.end, span,
                              Timex("DURATION", f"P{years}Y", "duration"), None))
    return sorted([*refs, *ranges], key=lambda r: (r.start, -r.end))


# A duration's parts, largest unit first ("M" before "T" is months, after it minutes).
_DURATION_PART = re.compile(r"^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)D)?"
                            r"(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$")
_DURATION_UNITS = ("Y", "M", "D", "H", "M", "S")
_DURATION_GAP = re.compile(r"^,?\s*(?:and\s+)?$")


def _compound_durations(refs: list[TimeRef], doc: Doc) -> list[TimeRef]:
    """"1 hour 59 minutes 40.2 seconds", "three years and six months": one duration of
    several units, each smaller than the one before (PT1H59M40.2S, P3Y6M), as TIMEX3
    values write it; not "two weeks and three days" (ISO 8601 does not mix weeks in)."""
    out: list[TimeRef] = []
    for ref in refs:
        last = out[-1] if out else None
        if last is not None and last.timex.type == ref.timex.type == "DURATION" \
                and _DURATION_GAP.match(doc_text(doc)[last.end : ref.start]):
            merged = _merged_duration(str(last.timex.value), str(ref.timex.value))
            if merged is not None:
                span = doc.char_span(last.start, ref.end, alignment_mode="expand") or last.span
                out[-1] = TimeRef(last.start, ref.end, span,
                                  replace(last.timex, value=merged), last.anchor)
                continue
        out.append(ref)
    return out


def _merged_duration(first: str, second: str) -> str | None:
    """The duration of both values, when every unit of the second is smaller than every
    unit of the first; else None."""
    a, b = _DURATION_PART.match(first), _DURATION_PART.match(second)
    if a is None or b is None:
        return None
    used_a = [k for k, part in enumerate(a.groups()) if part is not None]
    used_b = [k for k, part in enumerate(b.groups()) if part is not None]
    if not used_a or not used_b or max(used_a) >= min(used_b):
        return None
    parts = [x if x is not None else y for x, y in zip(a.groups(), b.groups(), strict=True)]
    date_part = "".join(f"{p}{u}" for p, u in zip(parts[:3], _DURATION_UNITS[:3], strict=True)
                        if p is not None)
    time_part = "".join(f"{p}{u}" for p, u in zip(parts[3:], _DURATION_UNITS[3:], strict=True)
                        if p is not None)
    return "P" + date_part + (f"T{time_part}" if time_part else "")


# What stands between a day named without its year and the dated day it is paired with:
# "October 24 to December 5, 1941", "January 11 and November 26, 2021", "June 16–19, 1963"
# (the second day's number, then its year).
_PAIRED_GAP = re.compile(r"^,?\s*(?:to|through|until|till|and|-|–|—)\s*"
                         r"(?:\d{1,2}(?:st|nd|rd|th)?,?\s*)?$", re.IGNORECASE)
_WRITTEN_YEAR = re.compile(r"\b\d{4}\b")


def _paired_years(refs: list[TimeRef], doc: Doc) -> list[TimeRef]:
    """A day named without its year right before a dated one it is paired with takes that
    date's year (the year before, when its month and day come later in the year: "December
    24 to January 5, 1942"), not the anchor's: "from October 24 to December 5, 1941"."""
    text = doc_text(doc)
    out = list(refs)
    for k, (first, second) in enumerate(itertools.pairwise(refs)):
        if first.anchor is None or not _is_day(first) or _WRITTEN_YEAR.search(first.text) \
                or second.timex.type != "DATE" or not _WRITTEN_YEAR.search(second.text) \
                or not _YEAR_VALUE.match(str(second.timex.value or "")) \
                or not _PAIRED_GAP.match(text[first.end : second.start]):
            continue
        value, paired = str(first.timex.value), str(second.timex.value)
        year = int(paired[:4])
        if _MONTH_VALUE.match(paired) and value[5:10] > paired[5:10]:
            year -= 1
        out[k] = replace(first, timex=replace(first.timex, value=f"{year:04d}{value[4:]}",
                                              relative=False), anchor=None)
    return out


def _discourse_days(refs: list[TimeRef], doc: Doc) -> list[TimeRef]:
    """"Later that day", "the next day", "two days earlier" count from the day the story
    has named, not from the publication date: the most recent day earlier in the same
    paragraph named in the same sentence or in one about a person or organisation of this
    sentence ("Shamkhani said on Wednesday …. Later the day, Shamkhani met …", past an
    intervening "U.S. officials said last Thursday …"). Without one, "later that day"
    keeps the anchor's day, and "the next day" stays unresolved. "Three years later" and
    "two months earlier" count alike from the most recent time named as finely as their
    unit ("left Iraq in 2011, then returned three years later": 2014)."""
    people = _entities_by_sentence(doc)
    out: list[TimeRef] = []
    for ref in refs:
        offset = ref.timex.offset
        if offset is None:
            out.append(ref)
            continue
        sentence = ref.span.sent
        paragraph = doc_text(doc).rfind("\n", 0, ref.start) + 1
        here = people.get(sentence.start, set())
        unit = ref.timex.offset_unit
        named = None
        for earlier in reversed(out):
            if earlier.start < paragraph:
                break
            if not _names_a(unit, earlier):
                continue
            there = earlier.span.sent
            # whole weeks, months and years count from the time of the sentence before too
            previous = unit != "day" and there.end == sentence.start
            if there.start == sentence.start or previous \
                    or here & people.get(there.start, set()):
                named = earlier
                break
        if named is None:
            if offset != 0:  # "the next day" of no day named: not the anchor's
                ref = replace(ref, timex=replace(ref.timex, value=None, unresolved=True),
                              anchor=None)
            out.append(ref)
            continue
        value, start = _count_from(str(named.timex.value), unit, offset)
        out.append(replace(ref, timex=replace(ref.timex, value=value, unresolved=False),
                           anchor=start))
    return out


_YEAR_VALUE = re.compile(r"\d{4}(?:$|-)")
_MONTH_VALUE = re.compile(r"\d{4}-\d{2}(?:$|-)")


def _names_a(unit: str, ref: TimeRef) -> bool:
    """Whether the time names a `unit` ("day", "week", "month", "year") a count of such
    units can start from: a day for days and weeks, a month or a day for months, any
    dated year for years."""
    if ref.timex.type not in ("DATE", "TIME") or ref.timex.value is None:
        return False
    value = str(ref.timex.value)
    if unit in ("day", "week"):
        return ref.timex.granularity in ("day", "time") and _is_day(ref)
    if unit == "month":
        return _MONTH_VALUE.match(value) is not None
    return _YEAR_VALUE.match(value) is not None


def _count_from(named: str, unit: str, steps: int) -> tuple[str, date]:
    """The day, week, month or year `steps` such units from the time value `named`, and
    the day counted from (the first of its month or year where it names no day)."""
    if unit in ("day", "week"):
        day = date.fromisoformat(named[:10])
        if unit == "day":
            return (day + timedelta(days=steps)).isoformat(), day
        return week_value(day + timedelta(weeks=steps)), day
    if unit == "month":
        first = date(int(named[:4]), int(named[5:7]), 1)
        month = add_months(first, steps)
        return f"{month.year:04d}-{month.month:02d}", first
    return f"{int(named[:4]) + steps:04d}", date(int(named[:4]), 1, 1)


def _is_day(ref: TimeRef) -> bool:
    value = ref.timex.value or ""
    return len(value) >= 10 and value[:4].isdigit() and value[4] == "-" and value[7] == "-"


# Entities whose mention ties two sentences to one story: people and organisations (a
# country or a nationality runs through a whole article).
_STORY_LABELS = frozenset({"PERSON", "ORG"})


def _entities_by_sentence(doc: Doc) -> dict[int, set[int]]:
    """Sentence start → the people and organisations (clusters, by identity) it mentions."""
    found: dict[int, set[int]] = {}
    if not Doc.has_extension("dateline_entities"):
        return found
    starts = sent_starts(doc)
    for cluster in doc._.dateline_entities or []:
        if cluster.label not in _STORY_LABELS:
            continue
        for mention in cluster.mentions:
            found.setdefault(starts[mention.span.start], set()).add(id(cluster))
    return found


def find_times(doc: Doc, anchor: date | None) -> list[TimeRef]:
    """Every time expression in the Doc, normalized against `anchor` (None: unresolved)."""
    refs: list[TimeRef] = []
    for candidate, span in _select(doc):
        context = time_context(span, anchor)
        timex = candidate.pattern.rule(candidate.match, context)
        if timex is None:
            continue
        refs.append(TimeRef(candidate.start, candidate.end, span, timex,
                            anchor if timex.relative and anchor is not None else None))
    refs = _paired_years(_compound_durations(_merge_clock_times(refs, doc), doc), doc)
    return _year_ranges(_discourse_days(refs, doc), doc)
