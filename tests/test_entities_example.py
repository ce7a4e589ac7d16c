"""The example article's entities: one cluster per person, with roles, nominals and pronouns."""

from __future__ import annotations

from dateline import Extraction, Extractor
from dateline.record import Entity

from .conftest import assert_offsets


def _entity(record: Extraction, name: str) -> Entity:
    matches = [e for e in record.entities if e.name == name]
    assert len(matches) == 1, [e.name for e in record.entities]
    return matches[0]


def _names(entity: Entity) -> list[str]:
    return [m.text for m in entity.mentions if m.kind == "name"]


def test_entities_shamkhani_is_one_person_with_every_name_mention(tehran: Extraction) -> None:
    shamkhani = _entity(tehran, "Ali Shamkhani")
    assert shamkhani.type == "PERSON"
    # Every occurrence of his name in the text is a mention of this one entity.
    assert len(_names(shamkhani)) == tehran.article.text.count("Shamkhani") == 12
    nominals = {m.text.lower() for m in shamkhani.mentions if m.kind == "nominal"}
    assert {"the top iranian security official", "the iranian official"} <= nominals
    assert len(shamkhani.mentions) >= 14


def test_entities_no_org_or_norp_named_shamkhani(tehran: Extraction) -> None:
    wrong = [e for e in tehran.entities if "Shamkhani" in e.name and e.type != "PERSON"]
    assert wrong == []


def test_entities_people_have_their_roles(tehran: Extraction) -> None:
    expected = {
        "Ali Shamkhani": "Supreme National Security Council Secretary",
        "Ashraf Ghani": "Afghan President",
        "Abdullah Abdullah": "Chief Executive",
        "Mohammad Javad Zarif": "Iranian Foreign Minister",
        "Hamdullah Mohib": "the Afghan president’s national security advisor",
        "Donald Trump": "President",
    }
    for name, role in expected.items():
        entity = _entity(tehran, name)
        assert entity.type == "PERSON"
        assert role in [r.text for r in entity.roles], (name, entity.roles)


def test_entities_pronouns_resolve_to_the_right_person(tehran: Extraction) -> None:
    text = tehran.article.text
    mohib = _entity(tehran, "Hamdullah Mohib")
    # "Mohib, for his part, said ..." and the "he said" closing his quote.
    pronouns = [m for m in mohib.mentions if m.kind == "pronoun"]
    assert [m.text for m in pronouns] == ["his", "he"]
    assert text[pronouns[1].end : pronouns[1].end + 5] == " said"
    abdullah = _entity(tehran, "Abdullah Abdullah")
    assert "his" in [m.text for m in abdullah.mentions if m.kind == "pronoun"]


def test_entities_every_span_matches_the_text(tehran: Extraction) -> None:
    assert_offsets(tehran)


def test_entities_dateline_is_stripped(tehran: Extraction) -> None:
    assert tehran.article.dateline is not None
    assert tehran.article.dateline.text == "TEHRAN –"
    assert tehran.article.text.startswith("Tehran has been holding talks")


def _cluster_of(record: Extraction, text: str, nth: int = 0) -> str:
    """The name of the entity whose mention `text` is (the nth such mention)."""
    found = [e.name for e in record.entities for m in e.mentions if m.text == text]
    return found[nth] if len(found) > nth else ""


def test_entities_the_president_named_in_apposition_is_the_subject(
        extractor: Extractor) -> None:
    """"President of Ukraine Volodymyr Zelenskyy had a phone conversation with President of
    the Slovak Republic Zuzana Čaputová. The President thanked Slovakia": the parse makes
    the title the subject and the name its apposition; the subject is still Zelenskyy."""
    record = extractor.extract(
        "President of Ukraine Volodymyr Zelenskyy had a phone conversation with President "
        "of the Slovak Republic Zuzana Čaputová. The President thanked Slovakia for its "
        "continued solidarity.", published="2022-02-04")
    assert _cluster_of(record, "The President") == "Volodymyr Zelenskyy"


def test_entities_he_inside_a_quotation_is_not_its_speaker(extractor: Extractor) -> None:
    """The speaker named before the quotation is not the "he" inside it."""
    record = extractor.extract(
        'The opposition leader, Maria Lopez, said on Friday "We made our case to the '
        'governor once again. He refused."', published="2019-01-04")
    assert _cluster_of(record, "He") != "Maria Lopez"
