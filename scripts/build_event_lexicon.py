"""Generate dateline's event lexicon from the CAMEO verb dictionary and the CAMEO→PLOVER table.

Sources (see NOTICE):
- ../shared/data/cameo_phoenix/petrarch2/data/dictionaries/CAMEO.2.0.txt (MIT, Open Event
  Data Alliance): verbs, phrasal verbs and verb+object patterns with CAMEO codes.
- ../shared/data/plover_gsr/CAMEO2PLOVER-2021.txt (CC BY-SA 4.0): CAMEO code → PLOVER type,
  mode, context. The generated file is therefore shared under CC BY-SA 4.0.

Two PLOVER-specific additions, both stated here rather than hidden in data:
- CAMEO 02 (APPEAL) is dropped as a PLOVER category, but PLOVER's REQUEST covers "all
  requests, demands and orders": 02x codes map as their 10x counterparts (020→100, 026→106).
- A code may carry a PLOVER mode after a slash ("0874/withdraw") where the table's mode for
  the code (0874 → disarm) is wrong for the word (a withdrawal is RETREAT:withdraw).
- The manual's CONCEDE section names "removing curfews" and easing emergency rule as
  concessions, as the table does for the rest of 081 (ease administrative sanctions); the
  table lists 0813 (ease curfew) and 0814 (ease state of emergency) under RETREAT. The manual
  wins: MANUAL_TYPES below.
- Event nouns ("talks", "withdrawal", "invasion", ...) that head a clause without a verb of
  their own, listed in NOUNS below with their CAMEO codes, and VERB_CODES: common news
  verbs the CAMEO dictionary lacks or files under an unrelated sense.

    python scripts/build_event_lexicon.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from dateline.events.verbfile import CODE_PATTERN, read_verb_file

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "src" / "dateline" / "data" / "event_lexicon.json"
VERBS_FILE = Path("data/cameo_phoenix/petrarch2/data/dictionaries/CAMEO.2.0.txt")
TABLE_FILE = Path("data/plover_gsr/CAMEO2PLOVER-2021.txt")

# Event nouns, with the CAMEO code of the event they name. Chosen from CAMEO's own category
# descriptions; each is a common news word, not taken from any one article.
NOUNS = {
    "talk": "040",
    "talks": "040",
    "meeting": "040",
    "consultation": "040",
    "consultations": "040",
    "summit": "040",
    "conference": "040",
    "negotiation": "046",
    "negotiations": "046",
    "visit": "042",
    "trip": "042",
    "call": "041",
    "phone call": "041",
    "mediation": "045",
    "agreement": "057",
    "accord": "057",
    "treaty": "057",
    "deal": "057",
    "suspension": "160",
    "ceasefire": "0871",
    "truce": "0871",
    "withdrawal": "0874/withdraw",
    "pullout": "0874/withdraw",
    "retreat": "0874/withdraw",
    "release": "0841",
    "invasion": "190",
    "occupation": "192",
    "attack": "190",
    "attacks": "190",
    "airstrike": "195",
    "air strike": "195",
    "strike": "143",
    "bombing": "183",
    "assassination": "186",
    "massacre": "202",
    "clash": "190",
    "clashes": "190",
    "offensive": "190",
    "raid": "190",
    "shelling": "194",
    "sanction": "163",
    "sanctions": "163",
    "embargo": "1631",
    "boycott": "1312",
    "blockade": "191",
    "protest": "140",
    "protests": "140",
    "demonstration": "141",
    "demonstrations": "141",
    "rally": "141",
    "strike action": "143",
    "riot": "145",
    "riots": "145",
    "arrest": "173",
    "arrests": "173",
    "detention": "173",
    "expulsion": "174",
    "deportation": "174",
    "accusation": "112",
    "allegation": "112",
    "criticism": "111",
    "condemnation": "111",
    "investigation": "090",
    "probe": "090",
    "threat": "130",
    "ultimatum": "130",
    "rejection": "120",
    "veto": "120",
    "aid": "070",
    "assistance": "070",
    "grant": "071",
    "loan": "071",
    "donation": "070",
    "support": "050",
    "praise": "051",
    "endorsement": "051",
    "cooperation": "060",
    "deployment": "150",
    "mobilization": "150",
    "exercise": "061",
    "drills": "061",
    "resignation": "0831",
    "election": "0341",
    "coup": "1041",
    "appeal": "020",
    "demand": "100",
    "request": "020",
    "call for": "020",
}

# Verbs the CAMEO dictionary lacks or files under a code that is wrong for their common news
# sense (it files "pull out" under "go somewhere", and has no "urge" or "call for").
VERB_CODES = {
    "urge": "020",
    "suspend": "160",
    "agree": "030",
    "pledge": "030",
    "promise": "030",
    "commit": "030",
    "call for": "020",
    "call on": "020",
    "appeal": "020",
    "plead": "020",
    "sanction": "163",
    "pull out": "0874/withdraw",
    "reject": "120",
    "refuse": "120",
    "rule out": "120",
    "negotiate": "046",
    "discuss": "040",
    "confer": "040",
    "evacuate": "0874",
    "demobilize": "0873",
    "demobilise": "0873",
    "turn down": "120",
}

# PLOVER manual draft 0.8, table "PLOVER conflict-cooperation scores" (type, then type:mode).
# ACCUSE is printed there as +3, surely a sign slip for a conflict category: -3 is used.
SCORES = {
    "AGREE": 2.5,
    "CONSULT": 2.5,
    "CONSULT:visit": 4,
    "CONSULT:third-party": 1,
    "CONSULT:multilateral": 4,
    "CONSULT:phone": 1.5,
    "SUPPORT": 5,
    "CONCEDE": 4.5,
    "COOPERATE": 9.5,
    "AID": 10,
    "RETREAT": 6.5,
    "RETREAT:withdraw": 8,
    "RETREAT:release": 6.5,
    "RETREAT:disarm": 10,
    "RETREAT:ceasefire": 7.5,
    "RETREAT:access": 6.5,
    "RETREAT:resign": 4.5,
    "REQUEST": 0,
    "REQUEST:assist": 0.5,
    "REQUEST:change": -1,
    "REQUEST:yield": -1,
    "REQUEST:meet": 0,
    "ACCUSE": -3,
    "ACCUSE:disapprove": -2,
    "ACCUSE:investigate": -3.5,
    "ACCUSE:allege": -3.5,
    "REJECT": -2,
    "REJECT:assist": -1.5,
    "REJECT:change": -2,
    "REJECT:yield": -2,
    "REJECT:meet": -2,
    "THREATEN": -3.5,
    "THREATEN:restrict": -3,
    "THREATEN:arrest": -3.5,
    "THREATEN:relations": -3.5,
    "THREATEN:expel": -3.5,
    "THREATEN:territory": -4,
    "THREATEN:violence": -3.5,
    "PROTEST": -5,
    "PROTEST:demo": -5,
    "PROTEST:riot": -7,
    "PROTEST:strike": -5,
    "PROTEST:hunger": -4.5,
    "PROTEST:boycott": -4.5,
    "PROTEST:obstruct": -4.5,
    "SANCTION": -6,
    "SANCTION:convict": -6,
    "SANCTION:expel": -5.5,
    "SANCTION:withdraw": -6,
    "SANCTION:discontinue": -6,
    "MOBILIZE": -5.5,
    "MOBILIZE:troops": -6.5,
    "MOBILIZE:weapons": -6.5,
    "MOBILIZE:police": -5.5,
    "MOBILIZE:militia": -6,
    "COERCE": -7,
    "COERCE:seize": -7,
    "COERCE:restrict": -7,
    "COERCE:censor": -6.5,
    "COERCE:curfew": -6.5,
    "COERCE:martial-law": -7.5,
    "COERCE:arrest": -7,
    "COERCE:deport": -7,
    "COERCE:withhold": -7,
    "COERCE:misinformation": -6.5,
    "COERCE:cyber": -7,
    "ASSAULT": -9,
    "ASSAULT:abduct": -8.5,
    "ASSAULT:beat": -7.5,
    "ASSAULT:torture": -8.5,
    "ASSAULT:sexual": -8.5,
    "ASSAULT:targeted": -9.5,
    "ASSAULT:destroy": -8.5,
    "ASSAULT:primitive": -8,
    "ASSAULT:firearms": -9,
    "ASSAULT:explosives": -9,
    "ASSAULT:suicide-attack": -9.5,
    "ASSAULT:aerial": -9.5,
    "ASSAULT:drone": -9.5,
    "ASSAULT:heavy-weapons": -9.5,
    "ASSAULT:crowd-control": -7.5,
    "ASSAULT:unconventional": -10,
}
# PLOVER manual draft 0.8, table "Quad categories in PLOVER".
QUADS = {
    "AGREE": 1,
    "CONSULT": 1,
    "SUPPORT": 1,
    "CONCEDE": 1,
    "COOPERATE": 2,
    "AID": 2,
    "RETREAT": 2,
    "REQUEST": 3,
    "ACCUSE": 3,
    "REJECT": 3,
    "SANCTION": 3,
    "THREATEN": 3,
    "PROTEST": 4,
    "MOBILIZE": 4,
    "COERCE": 4,
    "ASSAULT": 4,
}

# CAMEO codes whose PLOVER type the manual's text states against the table (see above).
MANUAL_TYPES = {"0813": "CONCEDE", "0814": "CONCEDE"}


def read_table(path: Path) -> dict[str, dict[str, object]]:
    """CAMEO code → {type, mode, context} from the official conversion table."""
    table: dict[str, dict[str, object]] = {}
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
    for code, plover_type in MANUAL_TYPES.items():
        if code in table:
            table[code] = {**table[code], "type": plover_type}
    for code, row in list(table.items()):
        if code.startswith("10"):  # APPEAL (02x) reads as REQUEST, like DEMAND (10x)
            table.setdefault("02" + code[2:], dict(row))
    return table


def build(shared: Path) -> str:
    table = read_table(shared / TABLE_FILE)
    verbs = read_verb_file(shared / VERBS_FILE)
    for verb, code in VERB_CODES.items():
        verbs.setdefault(verb, {"patterns": []})["code"] = code
    lexicon = {
        "about": "Generated by scripts/build_event_lexicon.py; do not edit. CC BY-SA 4.0 "
        "(CAMEO2PLOVER table, Open Event Data Alliance) and MIT (CAMEO.2.0.txt).",
        "cameo": dict(sorted(table.items())),
        "verbs": {v: e for v, e in sorted(verbs.items()) if _codes_of(e)},
        "nouns": dict(sorted(NOUNS.items())),
        "scores": SCORES,
        "quads": QUADS,
    }
    return json.dumps(lexicon, indent=0, sort_keys=False, ensure_ascii=False) + "\n"


def _codes_of(entry: dict[str, object]) -> bool:
    patterns = entry.get("patterns") or []
    assert isinstance(patterns, list)
    return bool(entry.get("code")) or any(p.get("code") for p in patterns)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(build(args.shared), encoding="utf-8")
    print(f"wrote {OUTPUT} ({OUTPUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
