"""Actor coding rules beyond the example article: known names as entities, places inside
organisation names, ethnic groups, peoples, agent nouns and surnames."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.tokens import Span

from dateline import Extractor
from dateline.actors import known_entities, load_shipped, load_user_dictionary
from dateline.record import Extraction


def _dictionary(tmp_path: Path) -> Path:
    path = tmp_path / "places.csv"
    path.write_text("name,code\nZembla,ZMB\nQuorvia,QRV\n", encoding="utf-8")
    return path


def _coded(record: Extraction, name: str) -> tuple[str, str | None]:
    entity = next(e for e in record.entities if e.name == name)
    assert entity.actor is not None, f"{name} is not coded"
    return entity.actor.code, entity.actor.sector[0] if entity.actor.sector else None


def test_actors_known_names_become_entities_and_lists_split(extractor: Extractor,
                                                            tmp_path: Path) -> None:
    user = load_user_dictionary(_dictionary(tmp_path))
    with extractor.nlp.select_pipes(enable=["tok2vec", "tagger", "parser", "attribute_ruler",
                                            "lemmatizer", "ner"]):
        doc = extractor.nlp("Old foes Zembla and Quorvia renewed ties, US$ 5 m in hand.")
    doc.ents = [Span(doc, 2, 5, label="GPE")]  # NER's one entity for the list
    assert [(e.text, e.label_) for e in known_entities(doc, [user, load_shipped()])] == [
        ("Zembla", "GPE"), ("Quorvia", "GPE")]
    doc.ents = []  # NER missed both; "US$" is money, not the United States
    assert [e.text for e in known_entities(doc, [user, load_shipped()])] == ["Zembla", "Quorvia"]


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("The Estonian Supreme Court overturned the ruling on Monday.",
         "Estonian Supreme Court", ("EST", "JUD")),
        ("Ethnic Hungarians living in Romania held a rally in Cluj on Sunday.",
         "Hungarians", ("ROU", "CVL")),
        ("Thousands of Kenyans marched in Nairobi on Friday.", "Kenyans", ("KEN", "CVL")),
        ("A Saudi businessman was arrested in Cairo on Monday.", "Saudi", ("SAU", "BUS")),
        ("President Obama met the visiting delegation on Monday.", "Obama", ("USA", "GOV")),
        ("Government troops were sent to Mogadisu and to Nairobi on Monday.", "Mogadisu",
         ("SOM", None)),
        ("Pakistan and India met in Delhi. The Islamic Republic said the talks went well.",
         "Islamic Republic", ("PAK", "GOV")),
    ],
)
def test_actors_general_rules(extractor: Extractor, text: str, name: str,
                              expected: tuple[str, str | None]) -> None:
    assert _coded(extractor.extract(text, published="2012-05-01"), name) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Police in Kenya arrested dozens of protesters on Monday.", "Police", ("KEN", "COP")),
        ("Protesters in Nairobi blocked the main highway on Friday.", "Protesters",
         ("KEN", "CVL")),
        ("Students from Chile marched through the capital on Tuesday.", "Students",
         ("CHL", "EDU")),
    ],
)
def test_actors_generic_agents_take_the_place_their_phrase_names(
        extractor: Extractor, text: str, name: str, expected: tuple[str, str | None]) -> None:
    """A generic agent is coded by the country its "in"/"from"/"of" phrase names (a capital
    stands for its country); the agent noun keeps its own sector."""
    assert _coded(extractor.extract(text, published="2012-05-01"), name) == expected


def test_actors_in_phrase_places_only_a_place(extractor: Extractor) -> None:
    """"in" places an agent only where its object is a place, not an organisation."""
    record = extractor.extract("Officials in the United Nations Security Council objected.",
                               published="2012-05-01")
    entity = next(e for e in record.entities if e.name.lower().startswith("officials"))
    assert entity.actor is None or entity.actor.code != "UNO"


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Iraqi Shiites marched in Basra on Monday.", "Shiites", "IRQ"),
        ("Croatian Serbs demanded autonomy on Monday.", "Croatian Serbs", "HRV"),
    ],
)
def test_actors_people_named_with_where_they_live(extractor: Extractor, text: str, name: str,
                                                  code: str) -> None:
    """A people named with a country word is coded where it lives ("Iraqi Kurds": IRQ),
    whether NER keeps the country word in the name or not."""
    record = extractor.extract(text, published="2012-05-01")
    entity = next(e for e in record.entities if e.name == name)
    assert entity.actor is not None and entity.actor.code == code
