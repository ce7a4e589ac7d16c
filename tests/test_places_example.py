"""Place resolution on the example article, on ambiguous names, and event locations."""

from __future__ import annotations

import pytest

from dateline import Extraction, Extractor
from dateline.evaluate.scorers import haversine_km
from dateline.places import PlaceResults, event_place
from dateline.places.resolve import named_after
from dateline.record import Place
from tests.conftest import assert_offsets


def _place(record: Extraction, name: str) -> Place:
    return next(p for p in record.places if any(m.text == name for m in p.mentions))


@pytest.mark.parametrize(
    ("name", "country", "lat", "lon", "km"),
    [
        # Towns: within 25 km of the town; countries: within 500 km of their middle.
        ("Kabul", "AFG", 34.53, 69.17, 25),
        ("Tehran", "IRN", 35.69, 51.42, 25),
        ("Geneva", "CHE", 46.20, 6.15, 25),
        ("Bonn", "DEU", 50.73, 7.10, 25),
        ("Iraq", "IRQ", 33.0, 44.0, 500),
        ("Syria", "SYR", 35.0, 38.0, 500),
        ("Afghanistan", "AFG", 33.0, 65.0, 500),
        ("Iran", "IRN", 32.0, 53.0, 500),
    ],
)
def test_places_example_resolved(tehran: Extraction, name: str, country: str, lat: float,
                                 lon: float, km: float) -> None:
    place = _place(tehran, name)
    assert place.country == country
    assert place.geonameid is not None and place.lat is not None and place.lon is not None
    assert haversine_km(lat, lon, place.lat, place.lon) <= km


def test_places_example_dateline_is_tehran(tehran: Extraction) -> None:
    assert tehran.article.dateline is not None
    place_id = tehran.article.dateline.place
    place = next(p for p in tehran.places if p.id == place_id)
    assert place.name == "Tehran" and place.country == "IRN" and place.feature == "PPLC"
    # The dateline "TEHRAN –" is cut from the text; its place is the Tehran of the text.
    assert place.mentions and all(m.text == "Tehran" for m in place.mentions)


def test_places_example_records(tehran: Extraction) -> None:
    assert_offsets(tehran)
    assert [p.id for p in tehran.places] == [f"p{n}" for n in range(1, len(tehran.places) + 1)]
    afghanistan = _place(tehran, "Afghanistan")
    assert len(afghanistan.mentions) >= 15  # every mention kept on the one place
    assert _place(tehran, "U.S.").country == "USA"


def _extract(extractor: Extractor, text: str) -> Extraction:
    return extractor.extract(text, published="2020-01-01")


def test_places_paris_texas_and_paris(extractor: Extractor) -> None:
    texas = _extract(extractor, "The mayor of Paris, Texas, said the water plant would reopen "
                                "next week after the storm.")
    assert _place(texas, "Paris").country == "USA"
    assert _place(texas, "Texas").feature == "ADM1"
    france = _extract(extractor, "Thousands of protesters marched in Paris on Saturday against "
                                 "the pension reform.")
    assert _place(france, "Paris").country == "FRA"


def test_places_georgia_by_context(extractor: Extractor) -> None:
    caucasus = _extract(extractor, "Russian troops moved deeper into Georgia on Tuesday, "
                                   "and the government in Tbilisi appealed to Turkey and "
                                   "Armenia for help.")
    assert _place(caucasus, "Georgia").country == "GEO"
    us_state = _extract(extractor, "Voters in Georgia lined up for hours in Atlanta and "
                                   "Savannah, while officials in Florida and Alabama "
                                   "reported short queues across the United States.")
    georgia = _place(us_state, "Georgia")
    assert georgia.country == "USA" and georgia.feature == "ADM1"


def test_places_list_of_divisions_is_not_a_container(extractor: Extractor) -> None:
    # "Washington, West Virginia" inside a list of states is two states, not a town in one.
    record = _extract(extractor, "Cases were reported in Utah, Virginia, Washington, West "
                                 "Virginia and Wyoming, health officials said.")
    washington = _place(record, "Washington")
    assert washington.feature == "ADM1" and washington.admin1 == "Washington"


@pytest.mark.parametrize(("text", "name", "whole", "country"), [
    ("Children in camps near Goz Beida in eastern Chad were malnourished.", "Goz Beida",
     "Goz Beida", "TCD"),
    ("Cholera has hit Guinea-Bissau, Liberia and Senegal this year.", "Guinea-Bissau",
     "Guinea-Bissau", "GNB"),
    ("One case each was found in Rio Grande do Sul and Bahia.", "Rio Grande do Sul",
     "Rio Grande do Sul", "BRA"),
])
def test_places_name_longer_than_the_entity(extractor: Extractor, text: str, name: str,
                                            whole: str, country: str) -> None:
    # The model's entity may be part of the name ("Beida", "Guinea"): the gazetteer's
    # longest name around it is the toponym.
    place = _place(_extract(extractor, text), name)
    assert place.name == whole and place.country == country


@pytest.mark.parametrize(("state", "admin1"), [("Texas", "Texas"), ("California", "California")])
def test_places_town_in_the_division_the_article_names(extractor: Extractor, state: str,
                                                       admin1: str) -> None:
    record = _extract(extractor, f"Health officials in {state} said a camper from Fairfield "
                                 "fell ill after the trip.")
    fairfield = _place(record, "Fairfield")
    assert fairfield.country == "USA" and fairfield.admin1 == admin1


def test_places_washington_dc(extractor: Extractor) -> None:
    record = _extract(extractor, "A patient was admitted to a hospital in Washington, D.C. "
                                 "after showing symptoms, officials said.")
    washington = _place(record, "Washington")
    assert washington.feature == "PPLC" and washington.admin1 == "District of Columbia"
    assert _place(record, "D.C.").feature == "ADM1"


def test_places_region_of_divisions(extractor: Extractor) -> None:
    darfur = _place(_extract(extractor, "Aid agencies in Darfur warned of a cholera "
                                        "outbreak in the camps."), "Darfur")
    assert darfur.country == "SDN" and darfur.feature == "RGN"
    assert darfur.lat is not None and darfur.lon is not None
    assert haversine_km(13.0, 24.0, darfur.lat, darfur.lon) <= 300


def test_places_unresolvable_name_is_kept_with_warning(extractor: Extractor) -> None:
    record = _extract(extractor, "Fighting broke out near Qzxwvbad and spread to Kabul, "
                                 "officials in Afghanistan said.")
    assert _place(record, "Kabul").country == "AFG"
    unknown = [p for p in record.places if p.geonameid is None]
    assert any(w.stage == "places" for w in record.warnings) or not unknown
    assert all(p.lat is None and p.country is None for p in unknown)


def test_places_event_location(extractor: Extractor) -> None:
    text = ("KABUL, Dec 26 (Reuters) - The minister met tribal elders during a visit to Kandahar. "
            "Officials later spoke at the Geneva conference. Talks will continue, he said.")
    doc = next(extractor.docs([extractor.extract(text).article]))
    results: PlaceResults = doc._.dateline_places
    first, second, third = list(doc.sents)[:3]
    visit = event_place(first, results)
    assert visit.basis == "explicit" and visit.place is not None
    assert visit.place.name == "Kandahar"
    conference = event_place(second, results)
    assert conference.basis == "explicit" and conference.place is not None
    assert conference.place.name == "Geneva"
    fallback = event_place(third, results)
    assert fallback.basis == "dateline" and fallback.place is not None
    assert fallback.place.name == "Kabul"


@pytest.mark.parametrize(("name", "inner"), [
    ("Dallas County", "Dallas"), ("Hebei province", "Hebei"), ("City of Santa Ana", "Santa Ana"),
    ("Kabul", None), ("County", None),
])
def test_places_named_after(name: str, inner: str | None) -> None:
    assert named_after(name) == inner


def test_places_district_named_after_a_town(extractor: Extractor) -> None:
    # a district the gazetteer lacks is placed at the town it is named after
    record = _extract(extractor, "Health officials in Pune district, India, confirmed two "
                                 "new cases on Friday.")
    district = next(p for p in record.places if p.name == "Pune district")
    assert district.geonameid is None and district.feature is None  # not the city itself
    assert district.country == "IND" and district.lat is not None


def test_places_county_is_a_second_level_division(extractor: Extractor) -> None:
    # a county the gazetteer has (GeoNames ADM2) is that county, not the town it is named after
    record = _extract(extractor, "Health officials in Dallas County, Texas, confirmed two "
                                 "new cases on Friday.")
    county = next(p for p in record.places if p.name == "Dallas County")
    assert county.feature == "ADM2" and county.geonameid == 4684904
    assert county.country == "USA" and county.admin1 == "Texas"


def test_places_dateline_shares_its_sense_with_the_body(extractor: Extractor) -> None:
    record = extractor.extract("WASHINGTON (AP) — Lawmakers in Washington passed the budget "
                               "bill on Friday after weeks of talks.", published="2020-01-01")
    assert record.article.dateline is not None
    place = next(p for p in record.places if p.id == record.article.dateline.place)
    assert place.feature == "PPLC" and place.country == "USA"
    assert [m.text for m in place.mentions] == ["Washington"]


def test_places_dateline_only_place_has_no_mentions(extractor: Extractor) -> None:
    record = extractor.extract("KABUL, Dec 26 (Reuters) - The minister met tribal elders on "
                               "Wednesday to discuss the talks.", published="2018-12-26")
    assert record.article.dateline is not None
    place = next(p for p in record.places if p.id == record.article.dateline.place)
    assert place.name == "Kabul" and place.country == "AFG" and place.mentions == []


def test_places_no_place_inside_a_time_expression(extractor: Extractor) -> None:
    record = extractor.extract("The attacks occurred at 4:00 A.M. local time (0100 UTC) and "
                               "struck the plant in Abqaiq.", published="2019-09-15")
    assert "A.M." not in {p.name for p in record.places}


@pytest.mark.parametrize(("text", "name", "country", "feature"), [
    # a town and a division elsewhere share the name: news means the town
    ("Israeli jets struck Gaza on Monday.", "Gaza", "PSE", "PPL"),
    ("Israeli jets struck Gaza on Monday, Palestinian officials said.", "Gaza", "PSE", "PPL"),
    ("Protesters marched in Washington on Saturday.", "Washington", "USA", "PPLC"),
    # the division when the text says so
    ("The governor of Gaza province in Mozambique said floods hit Xai-Xai.", "Gaza province",
     "MOZ", "ADM1"),
])
def test_places_a_city_before_a_division_of_its_name(extractor: Extractor, text: str,
                                                      name: str, country: str,
                                                      feature: str) -> None:
    place = _place(_extract(extractor, text), name)
    assert (place.country, place.feature) == (country, feature)


@pytest.mark.parametrize("text", [
    "The artist told The New York Times that the toilet was stolen in Oxfordshire.",
    "Team leader Tim Taylor told the Washington Post the wreck lay off Oahu.",
    "The toilet is an artwork entitled America, stolen from a palace in Oxfordshire.",
])
def test_places_a_newspaper_or_a_works_title_is_no_place(extractor: Extractor,
                                                         text: str) -> None:
    """The city a newspaper is named after, and a work's title, say nothing of where the
    story happened (both made the United States a Wikinews story's main country)."""
    record = extractor.extract(text, published="2019-09-18")
    assert not {p.country for p in record.places} & {"USA"}
