"""One event per real-world event: the matching rule, alone and in the store."""

from __future__ import annotations

from dateline.record import Extraction
from dateline.store import Store
from dateline.store.dedup import EventKey, Participant, PlaceKey, actor_overlap, match_score
from dateline.store.dedup import same_participant as same

from .store_records import article, entity, event, meeting_report

SHAMKHANI = Participant("source", "Ali Shamkhani", "IRN", ("GOV",))
TALIBAN = Participant("target", "Taliban", "TAL", ("REB",))


def key(*participants: Participant, day: str | None = "2018-12-26", kind: str = "ACCUSE",
        place: PlaceKey | None = None, modality: str = "asserted") -> EventKey:
    return EventKey(type=kind, date_value=day, date_granularity="day", negated=False,
                    modality=modality, place=place, participants=participants)


def test_participants_match_by_name_words_code_and_sector() -> None:
    assert same(SHAMKHANI, Participant("source", "Shamkhani"))
    assert same(SHAMKHANI, Participant("source", "Iranian officials", "IRN", ("GOV",)))
    assert not same(SHAMKHANI, Participant("source", "Iranian rebels", "IRN", ("REB",)))
    assert not same(SHAMKHANI, Participant("source", "Tehran", "IRN"))
    assert not same(SHAMKHANI, Participant("source", "Ali Shamkhani", "AFG"))
    assert same(Participant("source", "the Taliban"), Participant("source", "Taliban"))
    assert not same(Participant("source", "Joe Biden"), Participant("source", "Hunter Biden"))


def test_sides_matter_except_for_reciprocal_types() -> None:
    forward = key(SHAMKHANI, TALIBAN)
    backward = key(Participant("source", "Taliban", "TAL"),
                   Participant("target", "Ali Shamkhani", "IRN"))
    assert actor_overlap(forward, backward) == 0.0
    both = key(SHAMKHANI, Participant("source", "Taliban", "TAL"), kind="CONSULT")
    assert actor_overlap(key(SHAMKHANI, TALIBAN, kind="CONSULT"), both) == 1.0


def test_every_other_condition_must_hold() -> None:
    base = key(SHAMKHANI, TALIBAN)
    assert match_score(base, key(SHAMKHANI, TALIBAN)) == 1.0
    assert match_score(base, key(SHAMKHANI, TALIBAN, day="2018-12-27")) == 0.0
    assert match_score(base, key(SHAMKHANI, TALIBAN, day=None)) == 0.0
    assert match_score(base, key(SHAMKHANI, TALIBAN, kind="THREATEN")) == 0.0
    assert match_score(base, key(SHAMKHANI, TALIBAN, modality="future")) == 0.0
    kabul = PlaceKey(name="Kabul", geonameid=1138958, country="AFG", feature="PPLC")
    tehran = PlaceKey(name="Tehran", geonameid=112931, country="IRN", feature="PPLC")
    iran = PlaceKey(name="Iran", geonameid=130758, country="IRN", feature="PCLI")
    assert match_score(key(SHAMKHANI, TALIBAN, place=kabul),
                       key(SHAMKHANI, TALIBAN, place=tehran)) == 0.0
    assert match_score(key(SHAMKHANI, TALIBAN, place=iran),
                       key(SHAMKHANI, TALIBAN, place=tehran)) == 1.0
    assert match_score(base, key(SHAMKHANI, TALIBAN, place=tehran)) == 1.0


def test_a_different_counterpart_is_a_different_event() -> None:
    russia = Participant("target", "Russia", "RUS", ("GOV",))
    assert match_score(key(SHAMKHANI, TALIBAN), key(SHAMKHANI, russia)) == 0.5


REPORTS = [
    ("TEHRAN – Iran's top security official Ali Shamkhani met a Taliban delegation in "
     "Tehran on Wednesday to discuss the Afghan peace process.", "Ali Shamkhani", "Taliban"),
    ("Taliban representatives held talks with Shamkhani, the secretary of Iran's Supreme "
     "National Security Council, in Tehran, officials said.", "Shamkhani", "Taliban"),
    ("The meeting between Shamkhani and the Taliban envoys in Tehran was the first of its "
     "kind, Iranian media reported.", "Shamkhani", "the Taliban"),
]


def test_three_reports_of_one_meeting_are_one_event(db_url: str) -> None:
    with Store(db_url) as store:
        for n, (text, shamkhani, taliban) in enumerate(REPORTS):
            store.add(meeting_report(text, f"2018-12-2{6 + n}", "2018-12-26",
                                     shamkhani=shamkhani, taliban=taliban,
                                     reciprocal=n == 2))
        [meeting] = store.events()
        assert meeting.report_count == 3 and meeting.mention_count == 3
        assert len({r.article_id for r in meeting.reports}) == 3
        assert [r.trigger for r in meeting.reports] == ["met", "talks", "meeting"]


def test_two_meetings_on_different_days_stay_two(db_url: str) -> None:
    with Store(db_url) as store:
        store.add(meeting_report(REPORTS[0][0], "2018-12-26", "2018-12-26",
                                 shamkhani="Ali Shamkhani", taliban="Taliban"))
        store.add(meeting_report("Ali Shamkhani met the Taliban again in Tehran on Monday.",
                                 "2019-01-07", "2019-01-07", shamkhani="Ali Shamkhani",
                                 taliban="Taliban"))
        meetings = store.events()
        assert [(e.date, e.report_count) for e in meetings] == [
            ("2018-12-26", 1), ("2019-01-07", 1)]


def test_repeated_mentions_in_one_article_collapse(db_url: str) -> None:
    text = ("Shamkhani met the Taliban in Tehran. After the meeting, Shamkhani said the "
            "talks with the Taliban were useful.")
    entities = [entity(text, "e1", "Ali Shamkhani", "Shamkhani", "IRN", "GOV"),
                entity(text, "e2", "Taliban", "Taliban", "TAL", "REB", kind="ORG")]
    events = [event(text, f"v{n}", "CONSULT", trigger, ["e1"], ["e2"], "2018-12-26")
              for n, trigger in enumerate(("met", "meeting", "talks"), start=1)]
    with Store(db_url) as store:
        store.add(Extraction(article=article(text, "2018-12-26"), entities=entities,
                             events=events))
        [meeting] = store.events()
        assert meeting.report_count == 1 and meeting.mention_count == 3
