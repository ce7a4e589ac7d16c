"""Actor coding on the example article (published 2018-12-26, dateline TEHRAN)."""

from __future__ import annotations

import pytest

from dateline import Extraction
from dateline.record import Entity
from tests.conftest import assert_offsets


def _entity(record: Extraction, name: str) -> Entity:
    return next(e for e in record.entities if e.name == name)


@pytest.mark.parametrize(
    ("name", "code", "sector"),
    [
        ("Ali Shamkhani", "IRN", "GOV"),
        ("Hamdullah Mohib", "AFG", "GOV"),
        ("Mohammad Javad Zarif", "IRN", "GOV"),
        ("Ashraf Ghani", "AFG", "GOV"),
        ("Abdullah Abdullah", "AFG", "GOV"),
        ("Donald Trump", "USA", "GOV"),
        ("Taliban", "AFG", "REB"),
        ("Daesh", "IMG", "REB"),
        ("U.S.-led forces", "USA", "MIL"),
    ],
)
def test_actors_example_codes(tehran: Extraction, name: str, code: str, sector: str) -> None:
    actor = _entity(tehran, name).actor
    assert actor is not None, name
    assert (actor.code, actor.sector[0]) == (code, sector), actor


def test_actors_example_shamkhani_role_names_the_council(tehran: Extraction) -> None:
    actor = _entity(tehran, "Ali Shamkhani").actor
    assert actor is not None and actor.role is not None
    assert "Supreme National Security Council" in actor.role


def test_actors_example_capital_in_first_sentence_is_government(tehran: Extraction) -> None:
    first = next(e for e in tehran.entities
                 if any(m.text == "Tehran" and m.start < 10 for m in e.mentions))
    assert first.actor is not None
    assert (first.actor.code, first.actor.sector) == ("IRN", ["GOV"])


def test_actors_example_every_actor_says_why(tehran: Extraction) -> None:
    coded = [e.actor for e in tehran.entities if e.actor is not None]
    assert coded and all(a.evidence for a in coded)
    assert_offsets(tehran)


def test_actors_example_compound_description_has_one_actor_per_country(
    tehran: Extraction,
) -> None:
    compound = [e for e in tehran.entities if len(e.actors) > 1]
    assert compound, "no compound actor ('U.S. and Taliban officials')"
    codes = [a.code for a in compound[0].actors]
    assert codes == ["USA", "AFG"]
    assert compound[0].actor == compound[0].actors[0]
