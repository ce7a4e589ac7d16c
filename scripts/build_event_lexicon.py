"""Generate dateline's event lexicon from the CAMEO verb dictionary and the CAMEO→PLOVER table.

Sources (see NOTICE):
- ../shared/data/cameo_phoenix/petrarch2/data/dictionaries/CAMEO.2.0.txt (MIT, Open Event
  Data Alliance): verbs, phrasal verbs and verb+object patterns with CAMEO codes.
- ../shared/data/plover_gsr/CAMEO2PLOVER-2021.txt (CC BY-SA 4.0): CAMEO code → PLOVER type,
  mode, context. The generated file is therefore shared under CC BY-SA 4.0.

What the upstream sources lack is stated as data, in data/lexicon/ (each file's header says
what it is, where its rows come from and its licence), read by `read_curation`:
- event_nouns.tsv: event nouns ("talks", "withdrawal", "invasion", ...) that head a clause
  without a verb of their own, with their CAMEO codes (the project's curation, MIT).
- event_verbs.tsv: common news verbs the CAMEO dictionary lacks or codes under an unrelated
  sense, with their codes (MIT).
- event_verb_senses.tsv: a verb's senses by its object, put before the dictionary's
  patterns ("meet the demand" is no meeting) (MIT).
- manual_types.tsv: CAMEO codes whose PLOVER type the manual's text states against the table
  (0813 ease curfew and 0814 ease state of emergency are CONCEDE, not RETREAT) (MIT).
- plover_scores.tsv and plover_quads.tsv: the PLOVER manual's (draft 0.8) score and quad
  tables, transcribed (CC BY-SA 4.0).
A code may carry a PLOVER mode after a slash ("0874/withdraw") where the table's mode for the
code (0874 -> disarm) is wrong for the word (a withdrawal is RETREAT:withdraw).

The conversion table is rewritten in the order TABLE_REWRITES names: the manual's types
("manual-types"), then "appeal-as-request": CAMEO 02 (APPEAL) is dropped as a PLOVER
category, but PLOVER's REQUEST covers "all requests, demands and orders", so 02x codes map
as their 10x counterparts (020 as 100, 026 as 106).

    python scripts/build_event_lexicon.py [--shared ../shared] [--curated data/lexicon]
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from dateline.curated import CuratedTableError, read_mapping, read_rows, split_list
from dateline.events.verbfile import CODE_PATTERN, read_verb_file

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "src" / "dateline" / "data" / "event_lexicon.json"
VERBS_FILE = Path("data/cameo_phoenix/petrarch2/data/dictionaries/CAMEO.2.0.txt")
TABLE_FILE = Path("data/plover_gsr/CAMEO2PLOVER-2021.txt")

# The project's own curation and the PLOVER manual's tables, one file each (see their headers).
CURATED = ROOT / "data" / "lexicon"
NOUNS_FILE = "event_nouns.tsv"
VERB_CODES_FILE = "event_verbs.tsv"
VERB_SENSES_FILE = "event_verb_senses.tsv"
MANUAL_TYPES_FILE = "manual_types.tsv"
SCORES_FILE = "plover_scores.tsv"
QUADS_FILE = "plover_quads.tsv"

Table = dict[str, dict[str, object]]


class Curation(NamedTuple):
    """The curated tables of data/lexicon/, as read."""

    nouns: dict[str, str]  # event noun -> CAMEO code (optionally "/mode")
    verb_codes: dict[str, str]  # verb -> CAMEO code replacing the dictionary's
    # verb -> patterns (prep, words, code or None: no event) that come before the dictionary's
    verb_senses: dict[str, list[dict[str, object]]]
    manual_types: dict[str, str]  # CAMEO code -> PLOVER type the manual states
    scores: dict[str, float | int]  # "TYPE" or "TYPE:mode" -> score, in the manual's order
    quads: dict[str, int]  # PLOVER type -> quad, in the manual's order


def read_curation(folder: Path = CURATED) -> Curation:
    scores: dict[str, float | int] = {}
    for row in read_rows(folder / SCORES_FILE, ("type", "mode", "score")):
        key = f"{row['type']}:{row['mode']}" if row["mode"] else row["type"]
        if key in scores:
            raise CuratedTableError(f"{folder / SCORES_FILE}: {key} is given twice")
        scores[key] = _number(row["score"])
    quads = read_mapping(folder / QUADS_FILE, "type", "quad")
    return Curation(
        nouns=read_mapping(folder / NOUNS_FILE, "noun", "code"),
        verb_codes=read_mapping(folder / VERB_CODES_FILE, "verb", "code",
                                ("verb", "code", "why")),
        verb_senses=_read_senses(folder / VERB_SENSES_FILE),
        manual_types=read_mapping(folder / MANUAL_TYPES_FILE, "code", "type",
                                  ("code", "type", "why")),
        scores=scores,
        quads={plover_type: int(quad) for plover_type, quad in quads.items()},
    )


def _read_senses(path: Path) -> dict[str, list[dict[str, object]]]:
    senses: dict[str, list[dict[str, object]]] = {}
    for row in read_rows(path, ("verb", "prep", "words", "code", "why")):
        code = None if row["code"] == "-" else row["code"]
        if code is not None and not CODE_PATTERN.match(code.split("/")[0]):
            raise CuratedTableError(f"{path}: {row['verb']}: {code!r} is no CAMEO code")
        sense: dict[str, object] = {"prep": row["prep"] or None,
                                    "words": split_list(row["words"]), "code": code}
        if code is None:
            sense["no_event"] = True  # of any type, not only none of CAMEO's
        senses.setdefault(row["verb"], []).append(sense)
    return senses


def _number(text: str) -> float | int:
    """A score as written: "4" stays an integer (4, not 4.0, in the JSON), "2.5" a float."""
    return int(text) if text.lstrip("-").isdigit() else float(text)


def read_table(path: Path) -> Table:
    """CAMEO code -> {type, mode, context} from the official conversion table, as it is."""
    table: Table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        body = line.split("#", 1)[0].strip()
        if not body or ":" not in body:
            continue
        code, rest = (part.strip() for part in body.split(":", 1))
        fields = [f.strip() for f in rest.split(",")]
        if not CODE_PATTERN.match(code) or len(fields) < 2:
            continue
        contexts = [c.strip() for c in ",".join(fields[2:]).split(";") if c.strip()]
        table[code] = {"type": fields[0], "mode": fields[1] or None, "context": contexts}
    return table


def _manual_types(table: Table, curation: Curation) -> None:
    """The manual's type where its text states one against the table (manual_types.tsv)."""
    for code, plover_type in curation.manual_types.items():
        if code in table:
            table[code] = {**table[code], "type": plover_type}


def _appeal_as_request(table: Table, curation: Curation) -> None:
    """APPEAL (02x) reads as REQUEST, like DEMAND (10x): 020 as 100, 026 as 106."""
    for code, row in list(table.items()):
        if code.startswith("10"):
            table.setdefault("02" + code[2:], dict(row))


# The rewrites of the conversion table, applied in this order to the table as read.
TABLE_REWRITES: tuple[tuple[str, Callable[[Table, Curation], None]], ...] = (
    ("manual-types", _manual_types),
    ("appeal-as-request", _appeal_as_request),
)


def build(shared: Path, curated: Path = CURATED) -> str:
    curation = read_curation(curated)
    table = read_table(shared / TABLE_FILE)
    for _name, rewrite in TABLE_REWRITES:
        rewrite(table, curation)
    verbs = read_verb_file(shared / VERBS_FILE)
    for verb, code in curation.verb_codes.items():  # "-": no event alone, patterns kept
        verbs.setdefault(verb, {"patterns": []})["code"] = None if code == "-" else code
    for verb, patterns in curation.verb_senses.items():
        entry = verbs.setdefault(verb, {"patterns": []})
        entry["patterns"] = [*patterns, *(entry.get("patterns") or [])]
    lexicon = {
        "about": "Generated by scripts/build_event_lexicon.py; do not edit. CC BY-SA 4.0 "
        "(CAMEO2PLOVER table, Open Event Data Alliance) and MIT (CAMEO.2.0.txt).",
        "cameo": dict(sorted(table.items())),
        "verbs": {v: e for v, e in sorted(verbs.items()) if _codes_of(e)},
        "nouns": dict(sorted(curation.nouns.items())),
        "scores": curation.scores,
        "quads": curation.quads,
    }
    return json.dumps(lexicon, indent=0, sort_keys=False, ensure_ascii=False) + "\n"


def _codes_of(entry: dict[str, object]) -> bool:
    patterns = entry.get("patterns") or []
    assert isinstance(patterns, list)
    return bool(entry.get("code")) or any(p.get("code") for p in patterns)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--curated", type=Path, default=CURATED,
                        help="the folder of the curated tables (default: data/lexicon)")
    args = parser.parse_args()
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(build(args.shared, args.curated), encoding="utf-8")
    print(f"wrote {OUTPUT} ({OUTPUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
