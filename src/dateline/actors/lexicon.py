"""Common English words that name a sector of society (PLOVER sector codes), and the
surnames too common to name one person.

The sector words are curated by hand; each entry is a general noun, never a name. These
are trusted over the generic agents of the shipped dictionary (Phoenix.agents.txt has
oddities such as SECURITY_FORCE coded both COP and MIL, TERRORIST as UAF).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

_SECTOR_WORDS: dict[str, tuple[str, ...]] = {
    "GOV": (
        "government", "administration", "minister", "ministry", "president", "presidency",
        "premier", "chancellor", "secretary", "official", "spokesman", "spokeswoman",
        "spokesperson", "ambassador", "envoy", "diplomat", "advisor", "adviser", "cabinet",
        "authority", "regime", "governor", "mayor", "king", "queen", "monarch", "emir",
        "sultan", "council", "delegation", "negotiator", "chief", "embassy", "consulate",
        "presidential", "ministerial", "state department", "foreign ministry", "white house",
        "kremlin", "prime minister", "head of state",
    ),
    "MIL": (
        "military", "army", "force", "troop", "soldier", "commander", "general", "navy",
        "marine", "air force", "armed forces", "armed force", "defense ministry",
        "defence ministry", "warship", "admiral", "colonel", "peacekeeper",
    ),
    "COP": ("police", "policeman", "policemen", "policewoman", "cop", "security police"),
    "REB": (
        "rebel", "insurgent", "militant", "guerrilla", "guerilla", "fighter", "jihadist",
        "separatist", "extremist", "terrorist", "militia", "militiaman", "gunman",
        "terror group", "terrorist group", "insurgency",
    ),
    "CVL": (
        "protester", "protestor", "demonstrator", "activist", "civilian", "resident",
        "villager", "citizen", "crowd", "population", "people", "public",
    ),
    "LEG": (
        "lawmaker", "legislator", "parliament", "parliamentarian", "senator", "congressman",
        "congresswoman", "congress", "senate", "legislature", "assembly", "mp",
    ),
    "JUD": ("judge", "court", "prosecutor", "judiciary", "tribunal", "attorney general"),
    "JRN": (
        "journalist", "reporter", "newspaper", "media", "television", "radio", "broadcaster",
        "editor", "news agency", "press agency", "daily", "tv", "news",
    ),
    "PTY": ("party",),
    "OPP": ("opposition", "dissident"),
    "SPY": ("intelligence", "spy", "intelligence agency", "intelligence service"),
    "BUS": ("company", "firm", "businessman", "businesswoman", "corporation", "investor"),
    "REF": ("refugee", "migrant", "asylum seeker", "displaced"),
    "EDU": ("student", "teacher", "university", "professor", "school"),
    "REL": ("cleric", "imam", "priest", "bishop", "church", "mosque", "rabbi", "pope"),
    "LAB": ("worker", "union", "trade union", "labor union", "labour union"),
    "AGR": ("farmer", "peasant"),
    "MED": ("doctor", "nurse", "hospital", "medic"),
}

SECTOR_WORDS: dict[str, str] = {
    word: sector for sector, words in _SECTOR_WORDS.items() for word in words
}

# A modifier that makes an office a former one: PLOVER's ELI (out of office).
FORMER_WORDS = frozenset({"former", "ex", "ousted", "exiled", "late", "deposed"})


@lru_cache(maxsize=1)
def common_surnames() -> frozenset[str]:
    """The most frequent surnames ("smith", "sanders", "bush"): too common for a surname
    alone to name one dictionary person (data/common_surnames.txt, from the US Census;
    scripts/build_common_surnames.py)."""
    text = resources.files("dateline.data").joinpath("common_surnames.txt").read_text(
        encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines()
                     if line.strip() and not line.startswith("#"))
