"""Code parsing shared by the dictionary generator and the coder.

A mention and a dictionary entry meet at their `dateline.lang.names.name_key`: lower case,
possessives and punctuation dropped, hyphens as spaces ("U.S." -> "us", "al-Qaeda" ->
"al qaeda").
"""

from __future__ import annotations

import re
from datetime import date

# PLOVER sector codes (manual 0.8, "Sector Codes").
PLOVER_SECTORS = frozenset(
    {
        "COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK", "AGR",
        "BUS", "CRM", "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL",
        "SOC",
    }
)
# PLOVER's international non-state codes; CAMEO writes the UN as IGO+UNO.
NON_STATE_CODES = frozenset({"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"})

# CAMEO elements whose PLOVER sector differs in name (PLOVER renamed MED and HLH, and
# folded the ICEWS insurgent/separatist distinctions into REB).
_CAMEO_TO_PLOVER = {
    "MED": "JRN", "HLH": "MED", "CIV": "CVL", "INS": "REB", "SEP": "REB", "HRI": "SOC",
    "ENV": "SOC", "NGO": "SOC", "MOD": "GOV",
}
# CAMEO religion elements: PLOVER keeps religion as REL when nothing else is known.
_RELIGIONS = frozenset(
    {"MUS", "CHR", "JEW", "BUD", "HIN", "CTH", "ORT", "PRO", "SHI", "SUN", "SIK", "JAN",
     "ZRO", "BAH", "ATH", "ITP", "DOX", "MOS", "CPT", "ALE", "DRZ", "SFI", "CHRCPT"}
)

CODE_PATTERN = re.compile(r"^[A-Z]{3}$")
SECTOR_PATTERN = re.compile(r"^[A-Z0-9]{3}$")


def split_cameo(code: str) -> list[str]:
    """A CAMEO code in its 3-character elements: "IRNGOVMIL" -> ["IRN", "GOV", "MIL"]."""
    code = code.strip().upper()
    return [code[i : i + 3] for i in range(0, len(code), 3)]


def cameo_to_plover(code: str) -> tuple[str, tuple[str, ...]] | None:
    """A CAMEO actor code as a PLOVER (code, sectors) pair; None for CAMEO's null codes.

    "IGOUNOKID" -> ("UNO", ()), "IGOEUREEC" -> ("EUR", ()), "IMGMUSISI" -> ("IMG",
    ("REB",)), "IRNGOVMIL" -> ("IRN", ("GOV", "MIL")). Identity elements PLOVER has no
    sector for (group ids, ethnicities) are dropped; a transnational militarized group is
    REB first.
    """
    parts = split_cameo(code)
    if not parts or not CODE_PATTERN.match(parts[0]):
        return None
    head, rest = parts[0], parts[1:]
    if head == "IGO" and rest[:1] == ["UNO"]:
        head, rest = "UNO", rest[1:]
    elif head == "IGO" and rest[:2] == ["EUR", "EEC"]:  # the European Union's own bodies
        head, rest = "EUR", rest[2:]
    sectors = list(plover_sectors(rest))
    if head == "IMG" and "REB" not in sectors:
        sectors.insert(0, "REB")
    return head, tuple(sectors)


def plover_sectors(elements: list[str]) -> tuple[str, ...]:
    """CAMEO role elements as PLOVER sectors, primary first: ["GOV", "MED"] -> (GOV, JRN)."""
    sectors: list[str] = []
    for part in elements:
        sector = _CAMEO_TO_PLOVER.get(part, part)
        if sector in PLOVER_SECTORS and sector not in sectors:
            sectors.append(sector)
    if not sectors and any(p in _RELIGIONS for p in elements):
        sectors.append("REL")
    return tuple(sectors)


def parse_tabari_date(text: str) -> date:
    """TABARI dates: YYYYMMDD, or YYMMDD with 2-digit years up to 30 read as 20YY."""
    text = text.strip()
    if len(text) == 6:
        year = int(text[:2])
        text = f"{2000 + year if year <= 30 else 1900 + year}{text[2:]}"
    if len(text) != 8 or not text.isdigit():
        raise ValueError(f"'{text}' is not a YYMMDD or YYYYMMDD date")
    return date(int(text[:4]), int(text[4:6]), int(text[6:]))
