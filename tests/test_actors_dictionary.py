"""The shipped actor dictionary (regenerated from its sources) and user dictionaries."""

from __future__ import annotations

import importlib.util
import json
from datetime import date
from pathlib import Path

import pytest

from dateline import Extractor, Settings
from dateline.actors import Coding, load_user_dictionary
from dateline.actors.dictionary import choose
from dateline.actors.names import cameo_to_plover
from dateline.errors import ActorDictionaryError

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "dateline" / "data"
HEADER = "name,aliases,code,sector,role,wikidata,valid_from,valid_to\n"


def _script(name: str):  # type: ignore[no-untyped-def]
    """A script under scripts/, imported as a module."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_actors_dictionary_regenerates_identically(shared_data: Path) -> None:
    build = _script("build_actor_dictionary")
    actors, countries, _ = build.build(shared_data)
    assert build.dump(actors) == (DATA / "actors.json").read_text(encoding="utf-8")
    assert build.dump(countries) == (DATA / "actor_countries.json").read_text(encoding="utf-8")


def test_actors_dictionary_is_compact() -> None:
    size = sum((DATA / name).stat().st_size for name in ("actors.json", "actor_countries.json"))
    assert size < 4_000_000
    assert json.loads((DATA / "actors.json").read_text(encoding="utf-8"))["names"]


def test_actors_dictionary_honours_dates() -> None:
    minister = Coding("IRN", ("GOV",), valid_from=date(2013, 8, 15), valid_to=date(2021, 8, 25))
    later = Coding("IRN", ("ELI",))
    assert choose([minister, later], date(2018, 12, 26)) == minister
    assert choose([minister, later], date(2022, 1, 1)) == later


def test_actors_dictionary_keeps_the_country_after_the_office() -> None:
    """Out of every dated entry's span, the nearest one, when all give the same country."""
    elite = Coding("USA", ("ELI",), valid_from=date(1931, 1, 1), valid_to=date(1953, 1, 21))
    president = Coding("USA", ("GOV",), valid_from=date(1969, 1, 20), valid_to=date(1974, 8, 9))
    assert choose([elite, president], date(2019, 9, 25), keep_country=True) == president
    assert choose([elite, president], date(1920, 1, 1), keep_country=True) == elite
    # a surname alone is the office-holder of the day, not a person whose country stays
    assert choose([elite, president], date(2019, 9, 25)) is None
    envoy = Coding("IGO", ("GOV",), valid_from=date(2000, 1, 1), valid_to=date(2004, 1, 1))
    assert choose([president, envoy], date(2019, 9, 25), keep_country=True) is None


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_actors_user_csv_and_yaml_load(tmp_path: Path) -> None:
    csv_path = _write(tmp_path, "a.csv", HEADER
                      + "Arnor,Arnorian|Arnorians,ARN,,,,,\n"
                      + "Elessar,,ARN,GOV,King,Q1,2000-01-01,2020-12-31\n"
                      + "border guards,,,MIL,,,,\n")
    csv_dict = load_user_dictionary(csv_path)
    assert csv_dict.lookup("arnorians", None) is not None
    assert csv_dict.agents["border guards"].sector == ("MIL",)
    yaml_path = _write(tmp_path, "a.yaml",
                       "- name: Gondor\n  code: GON\n- name: Denethor\n  code: GON\n"
                       "  sector: [GOV]\n  valid_to: 2019-01-01\n")
    coding = load_user_dictionary(yaml_path).lookup("denethor", date(2018, 1, 1))
    assert coding is not None and coding.sector == ("GOV",)


@pytest.mark.parametrize(
    ("name", "text", "line", "problem"),
    [
        ("bad-code.csv", HEADER + "Arnor,,ARN,,,,,\nGondor,,Gondor,,,,,\n", 3, "bad code"),
        ("bad-date.csv", HEADER + "Arnor,,ARN,,,,2019-13-01,\n", 2, "bad date"),
        ("missing.csv", "name,aliases,sector\nArnor,,GOV\n", 1, "missing column 'code'"),
        ("bad-sector.yaml", "- name: Arnor\n  code: ARN\n- name: Rohan\n  code: ROH\n"
                            "  sector: [G]\n", 3, "bad sector"),
    ],
)
def test_actors_user_dictionary_errors_name_file_line_problem(
    tmp_path: Path, name: str, text: str, line: int, problem: str
) -> None:
    path = _write(tmp_path, name, text)
    with pytest.raises(ActorDictionaryError) as caught:
        load_user_dictionary(path)
    assert caught.value.code == "DL203"
    assert f"{path}:{line}:" in caught.value.message
    assert problem in caught.value.message


def test_actors_bad_user_dictionary_fails_before_any_extraction(tmp_path: Path) -> None:
    path = _write(tmp_path, "bad.csv", HEADER + "Arnor,,ARNOR,,,,,\n")
    with pytest.raises(ActorDictionaryError):
        Extractor(Settings(actor_dictionaries=(str(path),)))


def test_actors_user_dictionary_overrides_shipped(extractor: Extractor, tmp_path: Path) -> None:
    text = "The Taliban said on Monday that they would attend talks in Doha with envoys."
    shipped = extractor.extract(text, published="2019-01-07")
    taliban = next(e for e in shipped.entities if e.name == "Taliban")
    assert taliban.actor is not None and taliban.actor.basis == "dictionary"
    path = _write(tmp_path, "mine.csv", HEADER + "Taliban,,PAK,REB,,,,\n")
    mine = Extractor(Settings(actor_dictionaries=(str(path),)))
    record = mine.extract(text, published="2019-01-07")
    coded = next(e for e in record.entities if e.name == "Taliban").actor
    assert coded is not None and (coded.code, coded.basis) == ("PAK", "user")


def test_actors_petrarch_dictionaries_load_as_user_dictionaries(shared_data: Path) -> None:
    folder = shared_data / "petrarch_validation" / "petrarch2" / "data" / "dictionaries"
    actors = load_user_dictionary(folder / "PETR.Validate.actors.txt")
    arnor = actors.lookup("arnor", date(1995, 1, 1))
    assert arnor is not None and arnor.code == "ARN"
    gamgee = actors.lookup("sam gamgee", date(2012, 12, 1))
    assert gamgee is not None and (gamgee.code, gamgee.sector) == ("HOB", ("GOV",))
    agents = load_user_dictionary(folder / "PETR.Validate.agents.txt")
    assert agents.agents["president"].sector == ("GOV",)


@pytest.mark.parametrize(("cameo", "plover"), [
    ("IGOUNOKID", ("UNO", ())),
    ("IGOEUREEC", ("EUR", ())),  # the European Union's own bodies
    ("IGOEURCOE", ("IGO", ())),  # the Council of Europe is no EU body
    ("IRNGOVMIL", ("IRN", ("GOV", "MIL"))),
])
def test_actors_cameo_codes_as_plover(cameo: str, plover: tuple[str, tuple[str, ...]]) -> None:
    assert cameo_to_plover(cameo) == plover


def test_actors_us_congress_rows_are_runs_in_office() -> None:
    """One row per run of terms (re-elections join, four years out of office split), the
    nickname as an alias, and nothing for a career that ended before 1990."""
    build = _script("build_us_congress")
    person = {"id": {"wikidata": "Q1"},
              "name": {"first": "Bernard", "last": "Sanders", "nickname": "Bernie"},
              "terms": [{"type": "rep", "start": "1991-01-03", "end": "2007-01-03", "state": "VT"},
                        {"type": "sen", "start": "2007-01-04", "end": "2013-01-03", "state": "VT"},
                        {"type": "prez", "start": "2017-01-20", "end": "2021-01-20"}]}
    assert build.member_rows(person) == [
        ("Bernard Sanders", "Bernie Sanders", "LEG", "US Senator (VT)", "1991-01-03",
         "2013-01-03", "Q1"),
        ("Bernard Sanders", "Bernie Sanders", "GOV", "US President", "2017-01-20",
         "2021-01-20", "Q1")]
    old = {"name": {"first": "Ann", "last": "Lee"},
           "terms": [{"type": "sen", "start": "1971-01-03", "end": "1983-01-03", "state": "VT"}]}
    assert build.member_rows(old) == []


def test_actors_us_congress_knows_the_short_form_of_a_first_name() -> None:
    """"Dick Durbin": the upstream data has no nickname for Richard J. Durbin."""
    build = _script("build_us_congress")
    person = {"name": {"first": "Richard", "middle": "J.", "last": "Durbin",
                       "official_full": "Richard J. Durbin"},
              "terms": [{"type": "sen", "start": "1997-01-03", "end": "2027-01-03", "state": "IL"}]}
    (row,) = build.member_rows(person)
    assert row[1].split(";") == ["Richard Durbin", "Dick Durbin", "Rick Durbin"]


@pytest.mark.parametrize(("text", "name"), [
    ("Senator Elizabeth Warren criticised the bank on Tuesday.", "Elizabeth Warren"),
    ("Senate Minority Whip Dick Durbin questioned the plan on Tuesday.", "Dick Durbin"),
])
def test_actors_us_congress_codes_senators(extractor: Extractor, text: str, name: str) -> None:
    record = extractor.extract(text, published="2019-05-07")
    (senator,) = [e for e in record.entities if e.name == name]
    assert senator.actor is not None
    assert (senator.actor.code, senator.actor.sector) == ("USA", ["LEG"])


def test_actors_demonym_plurals_name_a_people() -> None:
    build = _script("build_actor_dictionary")
    assert build.demonym_plural("Iraqi") == "Iraqis"
    assert build.demonym_plural("South African") == "South Africans"
    assert build.demonym_plural("Chinese") is None
    assert build.demonym_plural("Antiguan, Barbudan") is None
    assert build.demonym_plural("Kittitian or Nevisian") is None
    names = json.loads((DATA / "actor_countries.json").read_text(encoding="utf-8"))
    codings = names["codings"]

    def codes(word: str) -> list[str]:
        return [codings[k].split("|")[0] for k in names["names"].get(word, [])]

    for word, code in [("saudis", "SAU"), ("south africans", "ZAF"), ("swedes", "SWE"),
                       ("poles", "POL"), ("bretons", "FRA"), ("sri lankans", "LKA")]:
        assert codes(word) == [code], word
    # where mledoze/countries and geotext both know an adjective, mledoze's code alone
    for word, code in [("thai", "THA"), ("swiss", "CHE"), ("mauritian", "MUS")]:
        assert codes(word) == [code], word
    assert not codes("hong kongs")  # a place's name, not a people's
    assert not codes("serbs") and codes("serb") == ["SRB"]  # a people of several states


@pytest.mark.model
def test_actors_a_people_in_the_plural_is_coded(extractor: Extractor) -> None:
    record = extractor.extract("\"We warn the Saudis that our targets will keep expanding\", "
                               "the spokesman said. The Swedes and the Poles stayed out.")
    coded = {e.name: e.actor.code for e in record.entities if e.actor is not None}
    assert coded.get("Saudis") == "SAU"
    assert coded.get("Swedes") == "SWE"
    assert coded.get("Poles") == "POL"


def test_actors_a_name_with_accents_finds_its_ascii_entry(extractor: Extractor) -> None:
    """The CIA's list writes "Sauli NIINISTO": "Sauli Niinistö" is the same leader."""
    record = extractor.extract("Sauli Niinistö met the Swedish prime minister on Monday.",
                               published="2021-10-29")
    (president,) = [e for e in record.entities if e.name == "Sauli Niinistö"]
    assert president.actor is not None and president.actor.code == "FIN"


def test_actors_an_armed_group_s_one_word_nickname_keeps_its_article() -> None:
    """Phoenix's "THE_FOUNDATION" (a Chicago gang) is not "the Foundation" of a charity's
    story; "THE_DRC" and "THE_EU" are still found without their article."""
    names = json.loads((DATA / "actors.json").read_text(encoding="utf-8"))["names"]
    assert "the foundation" in names and "foundation" not in names
    assert "avengers" not in names
    assert "drc" in names and "eu" in names
