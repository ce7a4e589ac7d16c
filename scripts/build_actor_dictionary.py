"""Generate dateline's shipped actor dictionary from the permissively licensed sources in
../shared/data. Run from the repository root:

    .venv/bin/python scripts/build_actor_dictionary.py [--data ../shared/data] [--out DIR]

Writes two files, kept apart because their licences differ (see NOTICE):
- src/dateline/data/actors.json (MIT/CC0/public domain): PETRARCH2 Phoenix actors and
  agents (MIT), Wikidata heads of state and government 2021-24 (CC0), CIA World Leaders
  Oct 2019 (US public domain).
- src/dateline/data/actor_countries.json (ODbL 1.0): country names, official names,
  alternative spellings, demonyms and capitals from mledoze/countries, with geotext
  nationality adjectives (MIT).
The words that make a CIA directory title military are data/actors/military_titles.tsv,
international organisations Phoenix lacks are data/actors/organisations.tsv, and the
heads and envoys of international organisations since 2014 are data/actors/igo_officials.tsv
(all three the project's curation, MIT).
tests/test_actors_dictionary.py regenerates both and compares them with the shipped ones.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from datetime import date
from pathlib import Path

from dateline.actors.dictionary import ActorDictionary, Coding, serialize
from dateline.actors.names import NON_STATE_CODES, cameo_to_plover, plover_sectors, split_cameo
from dateline.actors.tabari import TabariSyntaxError, parse_actors, parse_agents
from dateline.curated import read_rows, split_list
from dateline.lang.names import name_key

ROOT = Path(__file__).resolve().parents[1]
PHOENIX = Path("cameo_phoenix/petrarch2/data/dictionaries")
PHOENIX_ACTORS = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                  "Phoenix.MilNonState.actors.txt")
# The CIA directory is a snapshot "in office in October 2019" without dates; its entries
# are taken as valid one year either side of it (a cabinet post's median tenure is about
# two years), and dated sources are preferred where both apply.
CIA_VALID = (date(2018, 10, 1), date(2020, 10, 31))
# Words that make a CIA directory title military (MIL, else GOV): data/actors/ (see its header).
MILITARY_TITLES = ROOT / "data" / "actors" / "military_titles.tsv"
ORGANISATIONS = ROOT / "data" / "actors" / "organisations.tsv"
IGO_OFFICIALS = ROOT / "data" / "actors" / "igo_officials.tsv"


def _phoenix(data: Path, dictionary: ActorDictionary, known: set[str]) -> int:
    """Phoenix actors whose code is a country (ISO alpha-3) or a PLOVER non-state code;
    CAMEO's regional and historical codes (AFR, ANG, USR, …) are left out."""
    skipped: list[TabariSyntaxError] = []
    for filename in PHOENIX_ACTORS:
        text = (data / PHOENIX / filename).read_text(encoding="utf-8", errors="replace")
        for actor in parse_actors(text, skipped):
            codings = []
            for tabari in actor.codings:
                converted = cameo_to_plover(tabari.code)
                if converted is None:
                    continue
                code, sectors = converted
                if code not in known:
                    continue
                bare = not sectors and code not in NON_STATE_CODES
                codings.append(Coding(
                    code=code, sector=sectors, valid_from=tabari.valid_from,
                    valid_to=tabari.valid_to, kind="country" if bare else "actor",
                    origin=f"{filename}:{actor.line}",
                ))
            for name in actor.names:
                for coding in codings:
                    dictionary.add_name(name, coding)
    return len(skipped)


def _without_article(dictionary: ActorDictionary) -> None:
    """Phoenix writes some names only with their article ("THE_EU", "THE_DRC"), but a
    name as NER finds it has none: each is also found without it, unless that is already
    a name of its own."""
    for key in [k for k in dictionary.names if k.startswith("the ")]:
        dictionary.names.setdefault(key.removeprefix("the "), list(dictionary.names[key]))


def _row_names(row: dict[str, str]) -> tuple[str, ...]:
    """A curated row's name and its ";"-separated aliases."""
    return (row["name"], *split_list(row["aliases"]))


def _igo_officials(dictionary: ActorDictionary) -> None:
    """Read first, so that while their office lasts it comes before the person's country
    (`choose` takes the first dated coding in force)."""
    columns = ("name", "aliases", "code", "role", "valid_from", "valid_to")
    for row in read_rows(IGO_OFFICIALS, columns):
        coding = Coding(code=row["code"], role=row["role"] or None,
                        valid_from=date.fromisoformat(row["valid_from"]),
                        valid_to=date.fromisoformat(row["valid_to"]) if row["valid_to"] else None,
                        origin=f"igo_officials.tsv:{row['name']}")
        for name in _row_names(row):
            dictionary.add_name(name, coding)


def _organisations(dictionary: ActorDictionary) -> None:
    """Only names the upstream tables lack: a name they hold keeps its coding."""
    for row in read_rows(ORGANISATIONS, ("name", "aliases", "code")):
        coding = Coding(code=row["code"], origin=f"organisations.tsv:{row['name']}")
        for name in _row_names(row):
            if name_key(name) not in dictionary.names:
                dictionary.add_name(name, coding)


def _agents(data: Path, dictionary: ActorDictionary) -> int:
    skipped: list[TabariSyntaxError] = []
    text = (data / PHOENIX / "Phoenix.agents.txt").read_text(encoding="utf-8", errors="replace")
    for agent in parse_agents(text, skipped):
        origin = f"Phoenix.agents.txt:{agent.line}"
        elements = split_cameo(agent.code)
        if agent.prefix:  # "NGO~": the noun names a non-state actor
            converted = cameo_to_plover(agent.code)
            if converted is not None:
                for phrase in agent.phrases:
                    dictionary.add_name(phrase, Coding(code=converted[0], sector=converted[1],
                                                       origin=origin))
            continue
        sectors = plover_sectors(elements)
        if sectors:
            for phrase in agent.phrases:
                dictionary.add_agent(phrase, Coding(code="", sector=sectors, kind="agent",
                                                    origin=origin))
    return len(skipped)


def _countries(data: Path) -> list[dict[str, str]]:
    path = data / "actors/countries_mledoze/demonyms_aliases_en.tsv"
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def _country_codes(rows: list[dict[str, str]]) -> dict[str, str]:
    """Country names (common, official, alternative) and ISO2 codes to ISO3."""
    codes: dict[str, str] = {}
    for row in rows:
        for name in (row["name_common"], row["name_official"], *row["alt_spellings"].split("|"),
                     row["cca2"]):
            codes.setdefault(name.strip().lower(), row["cca3"])
    return codes


def _wikidata(data: Path, dictionary: ActorDictionary, codes: dict[str, str]) -> None:
    path = data / "actors/wikidata_leaders_2021/wikidata.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        for line, row in enumerate(csv.DictReader(handle), start=2):
            code = codes.get(row["country"].strip().lower())
            name = row["officeholderLabel"].strip()
            if code is None or not name or (name.startswith("Q") and name[1:].isdigit()):
                continue
            start, end = row["start_year"].strip(), row["end_year"].strip()
            dictionary.add_name(name, Coding(
                code=code, sector=("GOV",), role=row["positionLabel"].strip() or None,
                wikidata=row["officeholder"].strip() or None,
                valid_from=date(int(start), 1, 1) if start else None,
                valid_to=date(int(end), 12, 31) if end else None,
                origin=f"wikidata.csv:{line}",
            ))


def _cia(data: Path, dictionary: ActorDictionary, codes: dict[str, str]) -> None:
    military_words = [row["word"] for row in read_rows(MILITARY_TITLES, ("word",))]
    path = data / "actors/cia_world_leaders_2019/cia_world_leaders_2019.tsv"
    with path.open(encoding="utf-8", newline="") as handle:
        for line, row in enumerate(csv.DictReader(handle, delimiter="\t"), start=2):
            code = codes.get(row["iso2"].strip().lower())
            name = row["name"].strip()
            if code is None or not name:
                continue
            title = row["title"].strip()
            military = any(word in title.lower() for word in military_words)
            dictionary.add_name(name, Coding(
                code=code, sector=("MIL",) if military else ("GOV",), role=title or None,
                valid_from=CIA_VALID[0], valid_to=CIA_VALID[1],
                origin=f"cia_world_leaders_2019.tsv:{line}",
            ))


_UNCOUNTABLE_DEMONYM_ENDINGS = ("ese", "ish", "ic", "ch", "sh", "s", "x", "z")


def demonym_plural(demonym: str) -> str | None:
    """The plural that names a people: "Iraqi" -> "Iraqis", "Nigerian" -> "Nigerians"; None
    for demonyms English uses as plurals unchanged ("the Chinese", "the French")."""
    if " " in demonym or demonym.lower().endswith(_UNCOUNTABLE_DEMONYM_ENDINGS):
        return None
    return demonym + "s"


def _country_table(data: Path, rows: list[dict[str, str]]) -> ActorDictionary:
    table = ActorDictionary(basis="dictionary", source="countries")
    iso2 = {row["cca2"].lower(): row["cca3"] for row in rows}
    # A demonym several countries share ("American": USA, its territories) means the
    # independent state first: the first coding of a name is its default.
    for row in sorted(rows, key=lambda r: (r["independent"] != "True", r["cca3"])):
        code = row["cca3"]
        demonyms = [d.strip() for d in (row["demonym_m"], row["demonym_f"]) if d.strip()]
        names = [row["name_common"], row["name_official"], *demonyms]
        names += [plural for d in demonyms if (plural := demonym_plural(d))]
        names += [a for a in row["alt_spellings"].split("|") if len(a.strip()) > 2]
        for name in dict.fromkeys(n.strip() for n in names if n.strip()):
            table.add_name(name, Coding(code=code, kind="country",
                                        origin=f"mledoze/countries:{code}"))
        for capital in row["capital"].split("|"):
            if capital.strip():
                table.add_name(capital, Coding(code=code, kind="capital",
                                               origin=f"mledoze/countries:{code}"))
    path = data / "actors/geotext_nationalities/nationalities.txt"
    for line, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        adjective, _, country = raw.strip().partition(":")
        if raw.startswith("#") or not country or country.lower() not in iso2:
            continue
        code = iso2[country.lower()]
        if not any(c.code == code for c in table.names.get(adjective.lower(), [])):
            table.add_name(adjective, Coding(code=code, kind="country",
                                             origin=f"geotext nationalities.txt:{line}"))
    return table


def build(data: Path) -> tuple[dict[str, object], dict[str, object], dict[str, int]]:
    """Both shipped tables as JSON-ready objects, and counts for the log."""
    rows = _countries(data)
    codes = _country_codes(rows)
    actors = ActorDictionary(basis="dictionary", source="shipped")
    _igo_officials(actors)
    _wikidata(data, actors, codes)
    _cia(data, actors, codes)
    known = {row["cca3"] for row in rows} | NON_STATE_CODES
    skipped = _phoenix(data, actors, known) + _agents(data, actors)
    _without_article(actors)
    _organisations(actors)
    countries = _country_table(data, rows)
    counts = {"names": len(actors.names), "agents": len(actors.agents),
              "country names": len(countries.names), "skipped upstream lines": skipped}
    return serialize(actors), serialize(countries), counts


def dump(table: dict[str, object]) -> str:
    return json.dumps(table, ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--out", type=Path, default=ROOT / "src" / "dateline" / "data")
    args = parser.parse_args(argv)
    actors, countries, counts = build(args.data)
    (args.out / "actors.json").write_text(dump(actors), encoding="utf-8")
    (args.out / "actor_countries.json").write_text(dump(countries), encoding="utf-8")
    print(", ".join(f"{n:,} {what}" for what, n in counts.items()), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
