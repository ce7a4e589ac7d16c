"""The wider gazetteer (issue #17): second-level divisions, regions and natural features
(seas, gulfs, rivers, deserts, ...) resolve to records that say what they are, at sensible
points, without taking a country's or a town's name from it."""

from __future__ import annotations

import pytest

from dateline import Extraction, Extractor
from dateline.evaluate.scorers import haversine_km
from dateline.places.gazetteer import NATURAL_FEATURES, Gazetteer, open_gazetteer
from dateline.record import Place


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return open_gazetteer()


@pytest.mark.parametrize(("name", "feature", "lat", "lon", "km"), [
    ("the Red Sea", "SEA", 20.0, 38.5, 400),
    ("Persian Gulf", "GULF", 26.5, 52.0, 300),
    ("Strait of Hormuz", "STRT", 26.6, 56.3, 100),
    ("the Nile", "STM", 15.6, 32.5, 1500),  # a river's point is the middle of its course's box
    ("Lake Victoria", "LK", -1.0, 33.0, 150),
    ("the Sahara", "DSRT", 23.0, 13.0, 1000),
    ("Himalayas", "MTS", 28.5, 84.0, 500),
    ("Mediterranean", "SEA", 35.0, 18.0, 500),
])
def test_places_natural_features_are_listed(gazetteer: Gazetteer, name: str, feature: str,
                                            lat: float, lon: float, km: float) -> None:
    found = [c for c in gazetteer.candidates(name) if c.feature in NATURAL_FEATURES]
    assert len(found) == 1 and found[0].feature == feature and found[0].main_name
    assert found[0].country is None and found[0].population == 0
    assert haversine_km(found[0].lat, found[0].lon, lat, lon) <= km


@pytest.mark.parametrize(("name", "country", "lat", "lon", "km"), [
    ("the Sahel", None, 15.0, 0.0, 800),
    ("the Middle East", None, 29.0, 42.0, 800),
    ("Horn of Africa", None, 9.0, 42.0, 600),
    ("Eastern Ghouta", "SY", 33.55, 36.45, 20),
    ("Donbas", "UA", 48.3, 38.5, 150),
])
def test_places_regions_are_listed(gazetteer: Gazetteer, name: str, country: str | None,
                                   lat: float, lon: float, km: float) -> None:
    region = next(c for c in gazetteer.candidates(name) if c.feature == "RGN")
    assert region.main_name and region.country == country
    assert haversine_km(region.lat, region.lon, lat, lon) <= km


def test_places_counties_are_second_level_divisions(gazetteer: Gazetteer) -> None:
    cook = gazetteer.candidates("Cook County")
    assert {c.feature for c in cook} == {"ADM2"}
    biggest = cook[0]  # most populous first: Illinois's, not Georgia's or Minnesota's
    assert (biggest.country, biggest.admin1, biggest.geonameid) == ("US", "IL", 4888671)
    assert haversine_km(biggest.lat, biggest.lon, 41.84, -87.82) <= 50
    assert gazetteer.admin1_name("US", biggest.admin1) == "Illinois"
    # a bare second-level name is not indexed: "Cook" is no county
    assert not any(c.feature == "ADM2" for c in gazetteer.candidates("Cook"))


def test_places_river_named_like_a_country_is_an_alternate_name(gazetteer: Gazetteer) -> None:
    for name in ("Jordan", "Niger", "Congo"):
        found = gazetteer.candidates(name)
        river = next(c for c in found if c.feature == "STM")
        assert not river.main_name  # a weak name: ranked, never taken outright
        assert any(c.feature == "PCLI" and c.main_name for c in found)
    assert next(c for c in gazetteer.candidates("Jordan River")
                if c.feature == "STM").main_name


def _place(record: Extraction, text: str) -> Place:
    return next(p for p in record.places if any(m.text == text for m in p.mentions))


@pytest.mark.parametrize(("text", "mention", "feature", "name"), [
    ("Houthi rebels attacked two more ships in the Red Sea on Tuesday.",
     "Red Sea", "SEA", "Red Sea"),
    ("Iran seized a tanker in the Persian Gulf, the navy said.",
     "Persian Gulf", "GULF", "Persian Gulf"),
    ("Jihadist groups have spread across the Sahel in recent years.",
     "Sahel", "RGN", "Sahel"),
    ("The envoy will travel to the Middle East next week.",
     "Middle East", "RGN", "Middle East"),
    ("Egypt and Ethiopia remain at odds over the dam on the Nile.",
     "Nile", "STM", "Nile"),
    ("Hundreds of migrants drowned in the Mediterranean last year.",
     "Mediterranean", "SEA", "Mediterranean Sea"),
    ("Government forces shelled Eastern Ghouta, near Damascus, on Sunday.",
     "Eastern Ghouta", "RGN", "Eastern Ghouta"),
    # names the small model leaves unlabelled or labels ORG or PERSON
    ("Two climbers died in the Himalayas last week.", "Himalayas", "MTS", "Himalayas"),
    ("Ukrainian troops crossed the Dnieper near Kherson.", "Dnieper", "STM", "Dnieper"),
    ("Hundreds of migrants crossed the English Channel in small boats.",
     "English Channel", "STRT", "English Channel"),
])
def test_places_resolve_natural_features_and_regions(extractor: Extractor, text: str,
                                                     mention: str, feature: str,
                                                     name: str) -> None:
    place = _place(extractor.extract(text, published="2020-01-01"), mention)
    assert place.feature == feature and place.name == name and place.lat is not None


def test_places_red_sea_is_the_sea_not_sudans_state(extractor: Extractor) -> None:
    record = extractor.extract("Sudan's army said ships were attacked in the Red Sea off "
                               "Port Sudan.", published="2020-01-01")
    sea = _place(record, "Red Sea")
    assert sea.feature == "SEA" and sea.country is None


def test_places_county_resolves(extractor: Extractor) -> None:
    record = extractor.extract("Prosecutors in Cook County charged the officer with murder on "
                               "Monday.", published="2020-01-01")
    county = _place(record, "Cook County")
    assert county.feature == "ADM2" and county.country == "USA" and county.admin1 == "Illinois"


@pytest.mark.parametrize("text", [
    "Jordan said on Sunday it would close its border with Syria.",
    "King Abdullah of Jordan met the Israeli prime minister in Amman.",
    "The foreign ministers of Jordan and Egypt condemned the attack.",
])
def test_places_country_named_like_a_river_stays_the_country(extractor: Extractor,
                                                             text: str) -> None:
    jordan = _place(extractor.extract(text, published="2020-01-01"), "Jordan")
    assert jordan.feature == "PCLI" and jordan.country == "JOR"


@pytest.mark.parametrize(("text", "mention", "country"), [
    ("Niger's military rulers expelled the French ambassador.", "Niger", "NER"),
    ("Georgia's president met the Russian foreign minister in Tbilisi.", "Georgia", "GEO"),
])
def test_places_other_countries_keep_their_names(extractor: Extractor, text: str,
                                                 mention: str, country: str) -> None:
    place = _place(extractor.extract(text, published="2020-01-01"), mention)
    assert place.feature == "PCLI" and place.country == country
