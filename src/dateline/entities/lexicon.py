"""Word lists the entity stage reads. Kept small and general: each entry is a common English
word for an office, a title or a group of people, never a name from one article."""

from __future__ import annotations

# OntoNotes labels that name things; numbers and dates belong to the time stage.
NAME_LABELS = frozenset(
    {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW",
     "LANGUAGE"}
)

# Offices and titles that precede a name ("Foreign Minister Zarif") or head a nominal
# ("the Iranian official"). Lower-case lemmas.
TITLE_WORDS = frozenset(
    {
        "president", "vice", "minister", "premier", "chancellor", "secretary", "executive",
        "chief", "chairman", "chairwoman", "chair", "speaker", "spokesman", "spokeswoman",
        "spokesperson", "advisor", "adviser", "ambassador", "envoy", "diplomat", "general",
        "commander", "admiral", "colonel", "major", "captain", "lieutenant", "sergeant",
        "governor", "mayor", "senator", "sen.", "rep.", "representative", "congressman",
        "congresswoman", "lawmaker", "legislator", "judge", "justice", "prosecutor",
        "attorney", "king", "queen", "prince", "princess", "emir", "sheikh", "ayatollah",
        "imam", "cleric", "pope", "bishop", "cardinal", "rabbi", "leader", "head", "director",
        "deputy", "officer", "official", "dr.", "prime", "foreign", "defense", "defence",
        "interior", "finance", "mr.", "mrs.", "ms.", "gen.", "gov.", "pres.", "lt.", "col.",
        "capt.", "sgt.", "adm.", "founder", "ceo", "chairperson", "negotiator", "coordinator",
        "commissioner", "councillor", "councilor", "mp", "monarch", "sultan", "mullah",
        "spy", "agent", "candidate", "nominee",
    }
)

# Heads of a singular nominal that may refer back to any named person: they say nothing
# that could contradict a stated title.
GENERIC_PERSON_HEADS = frozenset(
    {"official", "chief", "leader", "figure", "politician", "man", "woman", "head", "diplomat"}
)

# Heads of a singular nominal naming a person by office.
PERSON_HEADS = GENERIC_PERSON_HEADS | frozenset(
    {
        "president", "minister", "premier", "chancellor", "secretary", "chairman",
        "chairwoman", "spokesman", "spokeswoman", "spokesperson", "advisor", "adviser",
        "ambassador", "envoy", "general", "commander", "governor", "mayor", "senator",
        "lawmaker", "legislator", "judge", "prosecutor", "king", "queen", "prince", "emir",
        "cleric", "negotiator", "director", "executive", "ceo", "monarch", "candidate",
        "nominee", "officer", "mullah", "ayatollah",
    }
)

# Heads of plural or collective nominals that act in events ("U.S. forces", "police").
GROUP_HEADS = frozenset(
    {
        "official", "force", "troop", "police", "army", "military", "soldier", "rebel",
        "militant", "insurgent", "fighter", "protester", "protestor", "demonstrator",
        "lawmaker", "legislator", "authority", "government", "administration", "chief",
        "leader", "adviser", "advisor", "diplomat", "minister", "negotiator", "guard",
        "policeman", "officer", "security", "militia", "opposition", "regime", "cabinet",
        "parliament", "senator", "student", "worker", "activist", "citizen", "civilian",
        "resident", "refugee", "migrant", "farmer", "journalist", "group", "people",
        "guerrilla", "guerilla", "youth", "villager", "party", "union", "tribe", "tribesman",
        "gunman", "attacker", "assailant", "settler", "faction", "teacher", "doctor",
        "delegation", "delegate", "envoy", "mediator", "observer", "inspector", "peacekeeper",
        "monitor", "coalition", "ally", "nation", "country", "state", "power", "side",
        "extremist", "terrorist", "separatist", "jihadist", "commander", "general", "agency",
    }
)

# A collective head that is a group even in the singular ("the military", "police").
COLLECTIVE_HEADS = frozenset(
    {"police", "army", "military", "government", "administration", "militia", "opposition",
     "regime", "cabinet", "parliament", "community", "group", "party", "movement",
     "organization", "organisation", "faction", "alliance", "coalition"}
)

THIRD_PERSON_PRONOUNS = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})

DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
