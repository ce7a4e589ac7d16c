"""Word lists that more than one stage reads: speech verbs, future heads and auxiliaries,
titles and sector words, named-entity label sets, dependency-label sets.

Hand-written for dateline (not derived from any corpus or dictionary). A list that only
one stage reads stays in that stage. Where two stages need a different cut of the same
words, both cuts are here, side by side, with what sets them apart.
"""

from __future__ import annotations

__all__ = [
    "ACTOR_LABELS",
    "DOUBLE_QUOTE_MARKS",
    "EVENT_FUTURE_AUX",
    "EVENT_FUTURE_HEADS",
    "EVENT_PLAIN_SAYING_VERBS",
    "EVENT_REPORTING_VERBS",
    "FORWARD_HEADS",
    "FUTURE_AUX",
    "FUTURE_HEADS",
    "HYPHENS",
    "NAME_LABELS",
    "NUMBER_LABELS",
    "OFFICE_SECTORS",
    "PLACE_LABELS",
    "QUOTE_MARKS",
    "SECTOR_WORDS",
    "SPEECH_VERBS",
    "SUBJECT_DEPS",
    "TIME_LABELS",
    "TITLE_WORDS",
]

# The dashes that join words: "three-quarters", "anti-Russia" (a hyphen, a non-breaking
# hyphen, an en dash).
HYPHENS: frozenset[str] = frozenset({"-", "‑", "–"})

# ---------------------------------------------------------------------------- punctuation

# Quotation marks as the quote stage reads them: single and double, straight, curly and
# angled. The event model counts only the double ones (its "inside a quotation" feature was
# learned so), the second cut.
QUOTE_MARKS: frozenset[str] = frozenset("\"'“”‘’„«»‹›")
DOUBLE_QUOTE_MARKS: frozenset[str] = frozenset('"“”')

# ---------------------------------------------------------------------------- speech

# Speech and thought verbs whose content is a clause: "X said (that) Y", "“Y,” X said".
# Quotes take these as cues (their `CLAUSE_VERBS`).
SPEECH_VERBS: frozenset[str] = frozenset({
    "say", "tell", "add", "note", "state", "stress", "emphasize", "emphasise", "underline",
    "underscore", "warn", "explain", "insist", "argue", "claim", "assert", "declare",
    "announce", "confirm", "deny", "admit", "acknowledge", "concede", "report", "write",
    "tweet", "post", "reply", "respond", "answer", "ask", "suggest", "maintain", "contend",
    "allege", "point", "observe", "remark", "comment", "recall", "reiterate", "repeat",
    "predict", "promise", "pledge", "vow", "threaten", "urge", "demand", "propose",
    "recommend", "conclude", "continue", "caution", "complain", "charge", "counter",
    "concur", "agree", "estimate", "forecast", "disclose", "reveal", "indicate", "hint",
    "signal", "testify", "inform", "assure", "remind", "brief", "believe", "think", "know",
    "feel", "hope", "fear", "expect", "doubt", "worry", "wonder", "suspect", "reckon",
    "guess", "understand", "realize", "realise", "imagine", "assume", "consider", "find",
    "show", "prove", "speculate", "joke", "quip", "boast", "lament", "exclaim", "shout",
    "scream", "whisper", "mutter", "cry", "read",
})

# The verbs under which the event coder reads a clause as reported ("officials said troops
# attacked"), and whose complement its dates and places do not cross. 18 of SPEECH_VERBS,
# with "describe" and "according" ("according to"). Kept as the event model was trained
# (its features include the modality this list decides); the drift from SPEECH_VERBS
# ("alleged", "argued", "declared that troops attacked" is not marked reported) waits for
# the model's retraining.
EVENT_REPORTING_VERBS: frozenset[str] = frozenset({
    "say", "tell", "add", "state", "claim", "report", "announce", "according", "note",
    "stress", "underline", "emphasize", "emphasise", "insist", "confirm", "deny", "believe",
    "describe", "write", "warn",
})

# Verbs of plain saying: what was said decides whether the saying is an event (the event
# coder drops an accusation its model reads into one unless what was said is blame). Speech
# verbs, with "speak", "describe", "mention" and the phrase "point out".
EVENT_PLAIN_SAYING_VERBS: frozenset[str] = frozenset({
    "say", "tell", "add", "state", "note", "stress", "underline", "emphasize", "emphasise",
    "explain", "reiterate", "mention", "remark", "write", "describe", "speak", "point out",
})

# ---------------------------------------------------------------------------- future

# Auxiliaries that make a clause future ("will meet", "they'll meet", "won't meet": "wo").
FUTURE_AUX: frozenset[str] = frozenset({"will", "'ll", "shall", "wo", "ll"})
# The event coder's cut: "would" counts as future (in news it is mostly reported future:
# "said they would boycott"), where times read it as a modal looking ahead from the past;
# "ll" (a "'ll" written without its apostrophe) is not in it. Kept as the event model was
# trained.
EVENT_FUTURE_AUX: frozenset[str] = frozenset({"will", "shall", "'ll", "wo", "would"})

# Heads that are themselves a plan, so their clause is future: "plans", "is scheduled for
# June 17", "expects to", "is due to".
FUTURE_HEADS: frozenset[str] = frozenset({
    "expect", "plan", "schedule", "set", "due", "aim", "intend", "prepare", "hope", "want",
    "seek", "go",
})
# Heads whose "to" complement lies ahead of them: "agreed to meet on Friday", "is due to be
# held on Friday", "vowed to march on Sunday", "swore to retaliate".
FORWARD_HEADS: frozenset[str] = FUTURE_HEADS | frozenset({
    "agree", "decide", "vow", "promise", "pledge", "threaten", "propose", "offer", "invite",
    "ask", "urge", "call", "order", "likely", "expected", "scheduled", "slate", "slated",
    "ready", "willing", "able", "determine", "determined", "resolve", "need", "wish", "try",
    "attempt", "arrange", "prepared", "swear", "wait", "await",
})
# The event coder's heads of intent, under which an act is future ("ready to talk",
# "plans to attack", "awaiting a vote"): 22 of FORWARD_HEADS. Kept as the event model was
# trained.
EVENT_FUTURE_HEADS: frozenset[str] = frozenset({
    "ready", "prepared", "willing", "plan", "intend", "agree", "promise", "pledge", "vow",
    "aim", "expect", "decide", "want", "hope", "offer", "propose", "threaten", "set", "wait",
    "await", "prepare", "swear", "schedule", "slate", "due",
})

# ---------------------------------------------------------------------------- offices

# Offices that stand before a name as a title ("Foreign Minister Zarif") and name a PLOVER
# sector ("the minister": GOV). Lower-case lemmas.
_OFFICES: dict[str, tuple[str, ...]] = {
    "GOV": (
        "president", "premier", "chancellor", "minister", "secretary", "official",
        "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy", "diplomat",
        "advisor", "adviser", "aide", "governor", "mayor", "king", "queen", "monarch", "emir",
        "sultan", "negotiator", "chief",
    ),
    "MIL": ("commander", "general", "admiral", "colonel"),
    "LEG": ("lawmaker", "legislator", "senator", "congressman", "congresswoman", "mp"),
    "JUD": ("judge", "prosecutor"),
    "REL": ("cleric", "imam", "bishop", "rabbi", "pope"),
    "SPY": ("spy",),
}
OFFICE_SECTORS: dict[str, str] = {
    word: sector for sector, words in _OFFICES.items() for word in words
}

# Words of a title before a name or the head of a nominal ("the Iranian official"): the
# offices, and titles, ranks and office words that name no sector alone.
TITLE_WORDS: frozenset[str] = frozenset(OFFICE_SECTORS) | frozenset({
    "vice", "executive", "chairman", "chairwoman", "chair", "speaker", "major", "captain",
    "lieutenant", "sergeant", "sen.", "rep.", "representative", "justice", "attorney",
    "prince", "princess", "sheikh", "ayatollah", "cardinal", "leader", "head", "director",
    "deputy", "officer", "dr.", "prime", "foreign", "defense", "defence", "interior",
    "finance", "mr.", "mrs.", "ms.", "gen.", "gov.", "pres.", "lt.", "col.", "capt.", "sgt.",
    "adm.", "founder", "ceo", "chairperson", "coordinator", "commissioner", "councillor",
    "councilor", "mullah", "agent", "candidate", "nominee", "lady",
})

# Common English words that name a sector of society (PLOVER sector codes), beyond the
# offices: each a general noun, never a name. The actor coder trusts these over the generic
# agents of the shipped dictionary (Phoenix.agents.txt has oddities such as SECURITY_FORCE
# coded both COP and MIL, TERRORIST as UAF).
_SECTOR_NOUNS: dict[str, tuple[str, ...]] = {
    "GOV": (
        "government", "administration", "ministry", "presidency", "cabinet", "authority",
        "regime", "council", "delegation", "embassy", "consulate", "presidential",
        "ministerial", "state department", "foreign ministry", "white house", "kremlin",
        "prime minister", "head of state",
    ),
    "MIL": (
        "military", "army", "force", "troop", "soldier", "navy", "marine", "air force",
        "armed forces", "armed force", "defense ministry", "defence ministry", "warship",
        "peacekeeper", "serviceman", "servicewoman",
    ),
    "COP": ("police", "policeman", "policemen", "policewoman", "cop", "security police",
            "officer", "detective", "sheriff", "constable"),
    "REB": (
        "rebel", "insurgent", "militant", "guerrilla", "guerilla", "fighter", "jihadist",
        "separatist", "extremist", "terrorist", "militia", "militiaman", "gunman",
        "terror group", "terrorist group", "insurgency",
    ),
    "CVL": (
        "protester", "protestor", "demonstrator", "activist", "civilian", "resident",
        "villager", "citizen", "crowd", "population", "people", "public",
    ),
    "LEG": ("parliament", "parliamentarian", "congress", "senate", "legislature", "assembly"),
    "JUD": ("court", "judiciary", "tribunal", "attorney general"),
    "JRN": (
        "journalist", "reporter", "newspaper", "media", "television", "radio", "broadcaster",
        "editor", "news agency", "press agency", "daily", "tv", "news",
    ),
    "PTY": ("party",),
    "OPP": ("opposition", "dissident"),
    "SPY": ("intelligence", "intelligence agency", "intelligence service"),
    "BUS": ("company", "firm", "businessman", "businesswoman", "corporation", "investor",
            "executive officer", "chief executive officer", "financial officer"),
    "REF": ("refugee", "migrant", "asylum seeker", "displaced"),
    "EDU": ("student", "teacher", "university", "professor", "school"),
    "REL": ("priest", "church", "mosque"),
    "LAB": ("worker", "union", "trade union", "labor union", "labour union"),
    "AGR": ("farmer", "peasant"),
    "MED": ("doctor", "nurse", "hospital", "medic"),
}
# Word or phrase (lower case, `name_key` form) -> PLOVER sector.
SECTOR_WORDS: dict[str, str] = OFFICE_SECTORS | {
    word: sector for sector, words in _SECTOR_NOUNS.items() for word in words
}

# Nouns for people (the offices, and the sector nouns that name persons, not bodies): a
# country that modifies one says whose they are, not where they are ("US troops", "Afghan
# officials"), as it does for a state's missions abroad.
PEOPLE_NOUNS: frozenset[str] = frozenset(OFFICE_SECTORS) | frozenset({
    "soldier", "troop", "force", "marine", "peacekeeper", "serviceman", "servicewoman",
    "policeman", "policemen", "policewoman", "cop", "officer", "detective", "rebel",
    "insurgent", "militant", "guerrilla", "guerilla", "fighter", "jihadist", "separatist",
    "extremist", "terrorist", "militiaman", "gunman", "protester", "protestor",
    "demonstrator", "activist", "civilian", "resident", "citizen", "national", "people",
    "parliamentarian", "journalist", "reporter", "editor", "dissident", "businessman",
    "businesswoman", "investor", "refugee", "migrant", "student", "teacher", "professor",
    "priest", "worker", "employee", "staff", "personnel", "farmer", "doctor", "nurse",
    "medic", "tourist", "traveller", "traveler", "hostage", "prisoner", "detainee",
})
MISSION_NOUNS: frozenset[str] = frozenset({"embassy", "consulate", "mission", "legation"})

# ---------------------------------------------------------------------------- labels

# OntoNotes labels that name things; numbers and dates belong to the time stage.
NAME_LABELS: frozenset[str] = frozenset({
    "PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW",
    "LANGUAGE",
})
# Labels of who can act or speak: people, organisations, nationalities, countries.
ACTOR_LABELS: frozenset[str] = frozenset({"PERSON", "ORG", "NORP", "GPE"})
# Labels of places: countries and cities, and other locations.
PLACE_LABELS: frozenset[str] = frozenset({"GPE", "LOC"})
# Labels of times.
TIME_LABELS: frozenset[str] = frozenset({"DATE", "TIME"})
# Labels of numbers and amounts.
NUMBER_LABELS: frozenset[str] = frozenset({"MONEY", "CARDINAL", "QUANTITY", "PERCENT", "ORDINAL"})

# Online platforms and news outlets: organisations the small model often tags PERSON
# ("Trump wrote on Twitter", "Twitter said" -> Twitter PERSON in most sentences), and what a
# statement is made on, not to ("praised Warren on Twitter"). Lower-case `span_key` form. A
# short general list of well-known names, not of one article's; names that are also common
# surnames or words ("Bloomberg", "Fox", "Signal") stay out.
MEDIA_NAMES: frozenset[str] = frozenset(
    {
        # platforms and services
        "twitter",
        "facebook",
        "instagram",
        "youtube",
        "tiktok",
        "whatsapp",
        "telegram",
        "snapchat",
        "linkedin",
        "reddit",
        "weibo",
        "wechat",
        "vkontakte",
        "truth social",
        "bluesky",
        "mastodon",
        "google",
        "wikipedia",
        "wikinews",
        "wikileaks",
        # news agencies and outlets
        "reuters",
        "associated press",
        "afp",
        "agence france presse",
        "xinhua",
        "tass",
        "ria novosti",
        "interfax",
        "sputnik",
        "anadolu",
        "yonhap",
        "kyodo",
        "irna",
        "tasnim",
        "al jazeera",
        "al arabiya",
        "bbc",
        "cnn",
        "msnbc",
        "nbc",
        "cbs",
        "npr",
        "politico",
        "axios",
        "breitbart",
        "euronews",
        "deutsche welle",
    }
)

# Words before a name that make it the title of a work: "an artwork entitled America".
WORK_TITLE_CUES: frozenset[str] = frozenset({"entitled", "titled"})

# ---------------------------------------------------------------------------- dependencies

# Words that open a relative clause and stand for the noun it describes ("Zarif, who said").
RELATIVE_PRONOUNS: frozenset[str] = frozenset({"who", "that", "which", "whom"})
# Subjects of a clause, active and passive.
SUBJECT_DEPS: frozenset[str] = frozenset({"nsubj", "nsubjpass"})
