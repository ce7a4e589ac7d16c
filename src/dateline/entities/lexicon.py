"""Word lists the entity stage alone reads. Kept small and general: each entry is a common
English word for an office or a group of people, never a name from one article. The title
words and name labels it shares with other stages are in `dateline.lang.words`."""

from __future__ import annotations

from functools import cache
from importlib import resources

# Heads of a singular nominal that may refer back to any named person: they say nothing
# that could contradict a stated title.
GENERIC_PERSON_HEADS = frozenset(
    {"official", "chief", "leader", "figure", "politician", "man", "woman", "head", "diplomat"}
)

# Heads of a singular nominal naming a person by office.
PERSON_HEADS = GENERIC_PERSON_HEADS | frozenset(
    {
        "president",
        "minister",
        "premier",
        "chancellor",
        "secretary",
        "chairman",
        "chairwoman",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "advisor",
        "adviser",
        "ambassador",
        "envoy",
        "general",
        "commander",
        "governor",
        "mayor",
        "senator",
        "lawmaker",
        "legislator",
        "judge",
        "prosecutor",
        "king",
        "queen",
        "prince",
        "emir",
        "cleric",
        "negotiator",
        "director",
        "executive",
        "ceo",
        "monarch",
        "candidate",
        "nominee",
        "officer",
        "mullah",
        "ayatollah",
    }
)

# Offices one holds at a time, as the actor dictionaries list them: a person they know in
# another office that day is not the one "the Governor" or "the Prime Minister" means (a
# president may still be "the candidate" or "the nominee").
OFFICE_HEADS = frozenset({"president", "minister", "premier", "chancellor", "secretary",
                          "chairman", "chairwoman", "governor", "mayor", "senator", "king",
                          "queen", "emir", "monarch", "ambassador"})

# Heads of a singular nominal naming an armed attacker, someone even with "a": "a gunman
# opened fire on worshippers", "an attacker stabbed two people" (the event guide codes
# such attacks with the attacker as the source). "bomber" only as "suicide bomber": alone
# it is as often the aircraft.
ATTACKER_HEADS = frozenset({"gunman", "attacker", "assailant", "shooter", "sniper", "militant",
                            "insurgent", "terrorist", "jihadist", "hijacker", "kidnapper"})

# Heads of plural or collective nominals that act in events ("U.S. forces", "police").
GROUP_HEADS = frozenset(
    {
        "official",
        "force",
        "troop",
        "police",
        "army",
        "military",
        "soldier",
        "rebel",
        "militant",
        "insurgent",
        "fighter",
        "protester",
        "protestor",
        "demonstrator",
        "lawmaker",
        "legislator",
        "authority",
        "government",
        "administration",
        "chief",
        "leader",
        "adviser",
        "advisor",
        "diplomat",
        "minister",
        "negotiator",
        "guard",
        "policeman",
        "officer",
        "security",
        "militia",
        "opposition",
        "regime",
        "cabinet",
        "parliament",
        "senator",
        "student",
        "worker",
        "activist",
        "citizen",
        "civilian",
        "resident",
        "refugee",
        "migrant",
        "farmer",
        "journalist",
        "group",
        "people",
        "guerrilla",
        "guerilla",
        "youth",
        "villager",
        "party",
        "union",
        "tribe",
        "tribesman",
        "gunman",
        "attacker",
        "assailant",
        "settler",
        "faction",
        "teacher",
        "doctor",
        "delegation",
        "delegate",
        "envoy",
        "mediator",
        "observer",
        "inspector",
        "peacekeeper",
        "monitor",
        "coalition",
        "ally",
        "nation",
        "country",
        "state",
        "power",
        "side",
        "extremist",
        "terrorist",
        "separatist",
        "jihadist",
        "commander",
        "general",
        "agency",
    }
)

# Weapons and vehicles that stand for the forces using them when a country modifies them
# ("Russian aircraft killed ...", "Israeli army bulldozers").
MATERIEL_HEADS = frozenset(
    {
        "aircraft",
        "jet",
        "warplane",
        "helicopter",
        "gunship",
        "drone",
        "warship",
        "ship",
        "vessel",
        "submarine",
        "tank",
        "artillery",
        "missile",
        "bulldozer",
        "navy",
        "fleet",
    }
)

# Plural nouns that name things, not people, though a country's word modifies them:
# "Ukraine's Euro-Atlantic aspirations", "Russian-Chinese relations", "the anti-Russia
# sanctions", "Russian strikes" are no group that acts; what is done to them is done to
# their owner, who is named in the phrase.
THING_HEADS = frozenset(
    {
        "aspiration",
        "ambition",
        "relation",
        "tie",
        "value",
        "effort",
        "interest",
        "action",
        "policy",
        "position",
        "right",
        "sanction",
        "talk",
        "negotiation",
        "consultation",
        "contact",
        "strike",
        "attack",
        "border",
        "economy",
        "market",
        "product",
        "good",
    }
)

# A collective head that is a group even in the singular ("the military", "police").
COLLECTIVE_HEADS = frozenset(
    {
        "police",
        "army",
        "military",
        "government",
        "administration",
        "militia",
        "opposition",
        "regime",
        "cabinet",
        "parliament",
        "community",
        "group",
        "party",
        "movement",
        "organization",
        "organisation",
        "faction",
        "alliance",
        "coalition",
        "court",
        "ministry",
        "senate",
        "congress",
        "legislature",
        "judiciary",
        "tribunal",
    }
)

# A head that names a party in the singular only with its country, as readouts do: "the
# Ukrainian delegation", "the Russian side" (not "the other side of the river").
COUNTRY_PARTY_HEADS = frozenset({"delegation", "side"})

THIRD_PERSON_PRONOUNS = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})

DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})

# Words of a diplomatic rank that follow an office ("Ambassador Extraordinary and
# Plenipotentiary"): the small model tags them as names, but they name no one.
RANK_WORDS = frozenset({"extraordinary", "plenipotentiary"})


@cache
def first_name_genders() -> dict[str, str]:
    """First name (lower case) -> "m" or "f", for names borne by one gender
    (data/first_names.txt, from the US Census and the developers' list;
    scripts/build_first_names.py)."""
    text = resources.files("dateline.data").joinpath("first_names.txt").read_text(
        encoding="utf-8")
    return dict(line.split("\t") for line in text.splitlines()
                if line and not line.startswith("#"))
