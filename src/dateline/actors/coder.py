"""Actor coding: each entity cluster to a PLOVER country/organisation code and sectors.

Pure functions over a parsed `Doc` and its entity clusters. Evidence, in order of trust:

1. what the article says about the entity: its titles, appositions and linked nominals
   ("Iranian Foreign Minister", "the top Iranian security official"), and for an entity
   known only by a description, that description ("U.S.-led forces"): a country or
   organisation word in it gives the code, its head noun the sector; for a person, also
   the words of the office beyond the role's own ("US Special Representative for Iran
   Brian Hook": USA, not Iran; "a spokesperson for the Taliban");
2. the entity's own name in the dictionaries, user ones first (later files first), then
   the shipped one, with the coding in force on the article's publication date;
3. context, only for an entity that has a title or an institutional name but no country:
   an organisation named in a coded person's title takes that person's country ("Supreme
   National Security Council Secretary Ali Shamkhani"); a person takes the nearest country
   word before the title in the same sentence; else the article's main country (its
   dateline's, or the most mentioned), which a named person takes only when it is the one
   country the article names; a generic agent known only by a description takes
   the country its "in" phrase names, or the code of the entity its "from"/"of" phrase
   names ("Security forces in Guinea", "activists from the Fatah party"), else a group
   of people the place it acts "in" ("one million people marched in London"); "the
   government" with no name is the article's country's.

A description naming several countries ("Hungarian and Romanian officials") is a compound
actor: one coded actor per country, sharing the sector.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Literal

from spacy.tokens import Doc, Span, Token

from dateline.actors.dictionary import ActorDictionary, Coding, choose, one_slip
from dateline.actors.lexicon import FORMER_WORDS, common_surnames
from dateline.actors.names import NON_STATE_CODES
from dateline.entities import Cluster
from dateline.lang.clauses import modified_head, works_title
from dateline.lang.names import fold_accents, name_key
from dateline.lang.words import ACTOR_LABELS, PLACE_LABELS, SECTOR_WORDS, SUBJECT_DEPS, TITLE_WORDS
from dateline.nlp import doc_text

MAX_NAME_TOKENS = 6
# Sectors of a state's own institutions: only these take the article's country by default
# ("the Foreign Ministry" in a story from Tehran is Iran's; "terrorists" are nobody's).
STATE_SECTORS = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "SPY", "JRN"})
# A country's own people, unnamed, as CAMEO and PLOVER code them: "protesters", "the
# opposition" in a story about Serbia are SRB CVL and SRB OPP (by these words only: "the
# international community" is nobody's people).
PEOPLE_WORDS = frozenset(w for w, sector in SECTOR_WORDS.items() if sector in {"CVL", "OPP"})
# Dictionary kinds that name a place or a people, not an organisation.
PLACE_KINDS = frozenset({"country", "capital"})
PROPER_NOUN_TAGS = frozenset({"NNP", "NNPS"})


@dataclass(frozen=True)
class CodedActor:
    """One actor an entity stands for, with the evidence that decided it."""

    code: str
    sector: tuple[str, ...] = ()
    role: str | None = None
    wikidata: str | None = None
    basis: Literal["text", "dictionary", "user"] = "text"
    evidence: str = ""


@dataclass(frozen=True)
class Cue:
    """A country or organisation word found in a span."""

    code: str
    sector: tuple[str, ...]
    text: str
    start: int  # token index
    basis: Literal["dictionary", "user"]
    origin: str
    kind: str


@dataclass
class Context:
    """What coding one document needs: dictionaries (most trusted first) and its date."""

    dictionaries: list[ActorDictionary]
    day: date | None = None
    main_country: Cue | None = None
    # The countries the article names (dateline, country and capital names, demonyms) and
    # how often: set by `code_entities` with the main country.
    countries: Counter[str] = field(default_factory=Counter)
    # The ISO alpha-3 codes of the gazetteer's places of a name, the most populous place's
    # first (None: no gazetteer).
    place_countries: Callable[[str], tuple[str, ...] | None] | None = None
    # Whether the gazetteer knows a name only as a continent or region of several countries.
    region: Callable[[str], bool] | None = None
    # The article's text as one name key, padded with spaces (set by `code_entities`).
    text_key: str = ""
    _cache: dict[str, tuple[Coding, ActorDictionary] | None] = field(default_factory=dict)

    def lookup(self, key: str) -> tuple[Coding, ActorDictionary] | None:
        """The first dictionary's coding of the name key; else of the key without accents,
        as lists written in ASCII spell a name ("Niinistö" is "NIINISTO" in the CIA's)."""
        if key not in self._cache:
            self._cache[key] = None
            for form in dict.fromkeys((key, fold_accents(key))):
                found = next(((coding, dictionary) for dictionary in self.dictionaries
                              if (coding := dictionary.lookup(form, self.day)) is not None
                              and coding.code), None)
                if found is not None:
                    self._cache[key] = found
                    break
        return self._cache[key]

    def misspelt_place(self, name: str) -> tuple[Coding, ActorDictionary] | None:
        """A country or capital misspelt ("Mogadisu", "Khatmandu"). Only for names NER calls
        a place: a capitalised word near a place name may be none ("Colonel"). A real place
        is never taken for a misspelling of another: the name must be one typing slip from
        the dictionary's, and a name the gazetteer knows must name a place in that country
        (then it may be further off: "Khatmandu" is a variant of Kathmandu's own name;
        "Mandera", a Kenyan town, is not "Madeira")."""
        key = name_key(name)
        for dictionary in self.dictionaries:
            near = dictionary.near_place(key)
            coding = dictionary.lookup(near, self.day) if near else None
            if near is None or coding is None or not coding.code:
                continue
            places = self.place_countries(name) if self.place_countries else None
            if places and coding.code not in places:
                return None  # a place of its own elsewhere
            if not places and not one_slip(key, near):
                return None
            return replace(coding, origin=f"{coding.origin}, as '{near}'"), dictionary
        return None

    def identity(self, key: str) -> str | None:
        return next((q for d in self.dictionaries if (q := d.identity(key))), None)

    def surname(self, key: str) -> tuple[str, ActorDictionary] | None:
        """The one country every dictionary actor of this surname has, else None."""
        for dictionary in self.dictionaries:
            found = dictionary.surname(key)
            if found:
                codes = {code for code, _ in found}
                return (codes.pop(), dictionary) if len(codes) == 1 else None
        return None

    def sole_bearer(self, key: str) -> str | None:
        """The one several-word name of this surname in the first dictionary with any
        ("emmanuel macron" for "macron"), else None."""
        for dictionary in self.dictionaries:
            names = dictionary.surname_names(key)
            if names:
                return names[0] if len(names) == 1 else None
        return None

    def named_in_text(self, key: str) -> list[tuple[str, Coding, ActorDictionary]]:
        """The dictionary actors of this surname whose full name the article gives
        somewhere ("Sanders" beside "Bernie Sanders"), from the first dictionary with any."""
        for dictionary in self.dictionaries:
            given = [name for name in dictionary.surname_names(key)
                     if f" {name} " in self.text_key]
            found = [(name, *hit) for name in given if (hit := self.lookup(name)) is not None]
            if found:
                return found
        return []

    def realms(self, keys: Iterable[str], dictionary: ActorDictionary) -> dict[str, Coding]:
        """For a name a dictionary codes as several states at once (a monarch of several
        realms; a president who is also a co-prince): each state's coding in force on the
        article's day. Each entry (dictionary line) gives its own coding in force, so one
        entry's dated codings stay one succession of codings. Empty when the entries in
        force have one code, or a non-state code among them (an official who moved to an
        organisation)."""
        entries: dict[str, list[Coding]] = {}
        for key in keys:
            for coding in dictionary.names.get(key, ()):
                if coding.kind == "actor" and coding.code:
                    entries.setdefault(coding.origin, []).append(coding)
        in_force = [c for group in entries.values() if (c := choose(group, self.day))]
        codes = {c.code for c in in_force}
        if len(codes) < 2 or codes & NON_STATE_CODES:
            return {}
        return {code: next(c for c in in_force if c.code == code) for code in sorted(codes)}

    def agent(self, key: str) -> tuple[Coding, ActorDictionary] | None:
        for dictionary in self.dictionaries:
            coding = dictionary.agents.get(key)
            if coding is not None:
                return coding, dictionary
        return None


# ---------------------------------------------------------------------------- cues


def _capitalised(token: Token) -> bool:
    return token.text[:1].isupper()


def _cue(ctx: Context, text: str, start: int) -> Cue | None:
    found = ctx.lookup(name_key(text))
    if found is None:
        return None
    coding, dictionary = found
    return Cue(coding.code, coding.sector, text, start, dictionary.basis, coding.origin,
               coding.kind)


def country_cues(span: Span, ctx: Context, skip: Iterable[int] = ()) -> list[Cue]:
    """Country and organisation words in a span, longest match first, left to right:
    "Iranian", "U.S." (also inside "U.S.-led"), "Taliban", "United Nations"."""
    skipped = set(skip)
    cues: list[Cue] = []
    i = span.start
    while i < span.end:
        token = span.doc[i]
        if i in skipped or not _capitalised(token):
            i += 1
            continue
        matched = 0
        for n in range(min(MAX_NAME_TOKENS, span.end - i), 0, -1):
            words = span.doc[i : i + n]
            if any(t.i in skipped for t in words):
                continue
            cue = _cue(ctx, words.text, i) or (
                _cue(ctx, words[:-1].text + " " + words[-1].lemma_, i) if n > 0 else None
            )
            if cue is not None and (cue.kind in PLACE_KINDS or _within_entity(words)):
                if not _inside_a_region(words, ctx):
                    cues.append(cue)
                matched = n
                break
        if not matched and "-" in token.text:  # "U.S.-led", "Iranian-backed", "intra-Afghan"
            for part in token.text.split("-"):
                cue = _cue(ctx, part, i) if part[:1].isupper() else None
                if cue is not None:
                    cues.append(cue)
                    break
        i += max(matched, 1)
    return _distinct(cues)


def _inside_a_region(words: Span, ctx: Context) -> bool:
    """"America" in "South America", "Central America" or "Latin America": a word inside
    the name of a continent or a region of several countries, as the gazetteer knows the
    whole name, names no country of it."""
    token = words[0]
    if ctx.region is None or token.ent_type_ not in PLACE_LABELS:
        return False
    name = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    return name is not None and len(name) > len(words) and ctx.region(name.text)


def _within_entity(words: Span) -> bool:
    """An organisation's name may not cut a named entity: "Security Council" inside "Supreme
    National Security Council" is not the UN's. A country or its demonym may ("Latvian
    Constitutional Court", "National Union for the Total Independence of Angola")."""
    first, last = words[0], words[-1]
    starts_inside = first.ent_iob_ == "I"
    doc = words.doc
    ends_inside = last.i + 1 < len(doc) and doc[last.i + 1].ent_iob_ == "I"
    return not (starts_inside or ends_inside) or first.ent_type_ == ""


def _distinct(cues: list[Cue]) -> list[Cue]:
    seen: set[str] = set()
    out = []
    for cue in cues:
        if cue.code not in seen:
            seen.add(cue.code)
            out.append(cue)
    return out


@dataclass(frozen=True)
class SectorCue:
    sector: tuple[str, ...]
    text: str
    strong: bool
    origin: str


def sector_cue(span: Span, ctx: Context) -> SectorCue | None:
    """The sector the span's head names ("advisor" GOV, "forces" MIL); other words of the
    span when the head names none; ELI for a former office."""
    words = [t for t in span if not t.is_punct]
    if not words:
        return None
    head = span.root if span.root.i < span.end else words[-1]
    order = [head] + [t for t in reversed(words) if t.i != head.i]
    found: SectorCue | None = None
    for token in order:
        found = _sector_of(span.doc, token, span.start, ctx)
        if found is not None:
            break
    if found is None:
        return None
    if any(t.lower_ in FORMER_WORDS for t in span):
        return replace(found, sector=("ELI", *found.sector))
    return found


def _sector_of(doc: Doc, token: Token, floor: int, ctx: Context) -> SectorCue | None:
    forms = dict.fromkeys((token.lemma_.lower(), token.lower_))  # "media": lemma "medium"
    for n, form in ((n, form) for n in (3, 2, 1) for form in forms):
        # "armed forces", "news agency" before "forces", "agency"
        start = token.i - n + 1
        if start < floor or (n > 1 and doc[start].pos_ == "DET"):
            continue  # "the court" is "court": a listed "THE_COURT" says no more
        words = [t.lower_ for t in doc[start : token.i]] + [form]
        phrase = name_key(" ".join(words))
        user = ctx.agent(phrase)
        if user is not None and user[1].basis == "user":
            return SectorCue(user[0].sector, doc[start : token.i + 1].text, True, user[0].origin)
        if phrase in SECTOR_WORDS:
            return SectorCue((SECTOR_WORDS[phrase],), doc[start : token.i + 1].text, True,
                             "sector words")
        if user is not None:
            return SectorCue(user[0].sector, doc[start : token.i + 1].text, False,
                             user[0].origin)
    return None


# ---------------------------------------------------------------------------- clusters


def code_entities(doc: Doc, clusters: list[Cluster], ctx: Context) -> list[list[CodedActor]]:
    """Coded actors for each cluster, aligned with `clusters`; empty when nothing codes."""
    ctx.text_key = f" {name_key(doc_text(doc))} "
    ctx.countries = Counter()
    main = main_country(doc, clusters, ctx)  # counts ctx.countries
    ctx.main_country = ctx.main_country or main
    coded = [_code_cluster(cluster, ctx) for cluster in clusters]
    coded = [_ethnic_residence(cluster, actors, ctx)
             for cluster, actors in zip(clusters, coded, strict=True)]
    _title_organisations(clusters, coded, ctx)
    _offices_of_holders(clusters, coded, ctx)
    for n, (cluster, actors) in enumerate(zip(clusters, coded, strict=True)):
        if actors and actors[0].code == "" and cluster.names:
            coded[n] = _fallback(cluster, actors[0], ctx)
    _placed_agents(clusters, coded, ctx)
    for n, (cluster, actors) in enumerate(zip(clusters, coded, strict=True)):
        if actors and actors[0].code == "":  # "the government": after its own "in" phrase
            coded[n] = _fallback(cluster, actors[0], ctx)
        if not coded[n] and not cluster.names:
            coded[n] = _people_of_the_country(cluster, ctx)
    return coded


def _people_of_the_country(cluster: Cluster, ctx: Context) -> list[CodedActor]:
    """Unnamed people of no stated country ("The protesters demanded ...", "the
    opposition") are the article's country's, as its institutions are; a place they act in
    (`_placed_agents`) came first."""
    main = ctx.main_country
    if main is None:
        return []
    for mention in cluster.mentions:
        if mention.kind != "nominal" or mention.span.root.lemma_.lower() not in PEOPLE_WORDS:
            continue
        if _of_many_states(mention.span.root):
            return []  # "the people of many countries": of no one country
        sector = sector_cue(mention.span, ctx)
        if sector is not None:
            return [CodedActor(code=main.code, sector=sector.sector, basis="text",
                               evidence=f"the article's country ({main.text}); sector "
                               f"from '{sector.text}'")]
    return []


# Nouns for states: in the plural, people "of" them are of several.
STATE_NOUNS = frozenset({"country", "state", "nation"})


def _of_many_states(head: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in STATE_NOUNS and o.tag_ == "NNS"
        for o in c.children) for c in head.children)


def _code_cluster(cluster: Cluster, ctx: Context) -> list[CodedActor]:
    named = _named(cluster, ctx)
    described = _described(cluster, ctx)
    sector = _role_sector(cluster, ctx)
    role = _role_text(cluster)

    if described:  # the text names the country or organisation
        actors = []
        for cue, evidence in described:
            sectors = cue.sector or (sector.sector if sector else ())
            if not cue.sector and named is not None and named.sector and (
                sector is None or not sector.strong
            ):
                sectors = named.sector
            actors.append(CodedActor(
                code=cue.code, sector=tuple(sectors), role=role or (named.role if named else None),
                wikidata=named.wikidata if named else None, basis="text",
                evidence=f"{evidence} '{cue.text}'" + (f"; sector from '{sector.text}'"
                                                      if sector and not cue.sector else ""),
            ))
        return actors
    if named is not None:
        sectors = named.sector
        if sector is not None and (sector.strong or not sectors):
            sectors = sector.sector
        evidence = named.evidence
        if not sectors and _capital_as_agent(cluster, named):
            sectors = ("GOV",)
        elif not sectors and (head := _head_sector(cluster, ctx)) is not None:
            sectors, evidence = head.sector, f"{evidence}; sector from '{head.text}'"
        elif not sectors and _is_people(cluster, ctx):
            sectors, evidence = ("CVL",), f"{evidence}; a people"
        return [replace(named, sector=tuple(sectors), role=role or named.role,
                        evidence=evidence)]
    if sector is not None and cluster.names and cluster.label in {"PERSON", "ORG"}:
        # A title or institution without a country: decided by context afterwards.
        return [CodedActor(code="", sector=sector.sector, role=role,
                           evidence=f"sector from '{sector.text}'")]
    if sector is not None and sector.strong and _the_institution(cluster):
        return [CodedActor(code="", sector=sector.sector, role=role,
                           evidence=f"sector from '{sector.text}'")]
    return []


# Words that, with no country, name the institution of the place a story is about, bare or
# not ("Police arrested ...", "Authorities seized ..."): news names other countries' police.
LOCAL_INSTITUTIONS = frozenset({"police", "authorities", "officers"})


def _the_institution(cluster: Cluster) -> bool:
    """"The government", "the police", "Authorities": a state's institution named only as
    the one the story is about (a definite singular noun, or the police or authorities,
    no name); "the leaders" of several are not."""
    nominals = [m.span for m in cluster.mentions if m.kind == "nominal"]
    return not cluster.names and bool(nominals) and all(
        (span[0].lower_ == "the" and span.root.tag_ in {"NN", "NNP"} and len(span) == 2)
        or (span.root.lower_ in LOCAL_INSTITUTIONS
            and all(t.i == span.root.i or t.pos_ in {"DET", "ADJ"} for t in span))
        for span in nominals)


def _named(cluster: Cluster, ctx: Context) -> CodedActor | None:
    """The dictionary entry of the cluster's longest name that has one."""
    for span in sorted(cluster.names, key=len, reverse=True):
        key = name_key(span.text)
        found = ctx.lookup(key) or (ctx.lookup(name_key(span.lemma_)) if len(span) == 1 else None)
        if found is None:
            continue
        coding, dictionary = found
        if cluster.label == "PERSON" and coding.kind in PLACE_KINDS and any(
                len(name) > len(span) and span.text in name.text for name in cluster.names):
            continue  # "Sudesh Amman" ... "Amman": part of a person's name, not the capital
        realm = ""
        if cluster.label == "PERSON" and coding.kind == "actor":
            coding, realm = _realm(span, coding, dictionary, ctx)
        return CodedActor(
            code=coding.code, sector=coding.sector, role=coding.role,
            wikidata=coding.wikidata or ctx.identity(key), basis=dictionary.basis,
            evidence=f"{dictionary.basis} entry '{span.text}' ({coding.origin}"
            + (f", {coding.kind}" if coding.kind != "actor" else "") + ")" + realm,
        )
    return _misspelt(cluster, ctx) or _official_form(cluster, ctx) or _surname(cluster, ctx)


def _realm(span: Span, coding: Coding, dictionary: ActorDictionary, ctx: Context
           ) -> tuple[Coding, str]:
    """A person the dictionary codes as the head of several states at once ("Queen
    Elizabeth II": the United Kingdom and 14 other realms) is coded by the one the article
    supports: its main country, else the one it names most; else by the primary one, the
    state most sources code the person as (then the state the dictionary knows best).
    The name is taken with and without leading titles ("Queen Elizabeth II", "Elizabeth
    II"), which dictionaries may list apart."""
    words = list(span)
    while len(words) > 1 and words[0].lower_ in TITLE_WORDS:
        words = words[1:]
    keys = dict.fromkeys([name_key(span.text), name_key(" ".join(t.text for t in words))])
    return _realm_of(list(keys), coding, dictionary, ctx)


def _realm_of(keys: list[str], coding: Coding, dictionary: ActorDictionary, ctx: Context
              ) -> tuple[Coding, str]:
    realms = ctx.realms(keys, dictionary)
    if not realms:
        return coding, ""
    main = ctx.main_country
    named = [code for code, _ in ctx.countries.most_common() if code in realms]
    if main is not None and main.code in realms:
        code, why = main.code, f"the article's country ({main.text})"
    elif named:
        code, why = named[0], "the one the article names most"
    else:
        sources = {code: len({c.origin.rpartition(":")[0] for key in keys
                              for c in dictionary.names.get(key, ()) if c.code == code})
                   for code in realms}  # files (Phoenix, Wikidata, CIA), not lines
        code = max(sorted(realms), key=lambda c: (sources[c], dictionary.prominence(c)))
        why = "its primary state in the dictionaries"
    return realms[code], f"; head of {len(realms)} states ({', '.join(realms)}): {why}"


def _misspelt(cluster: Cluster, ctx: Context) -> CodedActor | None:
    if cluster.label not in PLACE_LABELS:
        return None
    for span in cluster.names:
        found = ctx.misspelt_place(span.text)
        if found is not None:
            coding, dictionary = found
            return CodedActor(code=coding.code, basis=dictionary.basis,
                              evidence=f"{dictionary.basis} entry for '{span.text}' "
                              f"({coding.origin})")
    return None


def _official_form(cluster: Cluster, ctx: Context) -> CodedActor | None:
    """"The Islamic Republic": the country of that official form the article is about (its
    main country, else the first such country it names)."""
    if cluster.label not in {"GPE", "ORG", "NORP"}:
        return None
    for span in cluster.names:
        codes = [c for d in ctx.dictionaries for c in d.official_form(name_key(span.text))]
        if not codes:
            continue
        main = ctx.main_country
        if main is not None and main.code in codes:
            code = main.code
        else:
            named = [c.code for c in country_cues(span.doc[:], ctx) if c.code in codes]
            if not named:
                continue
            code = named[0]
        return CodedActor(code=code, sector=("GOV",), basis="text",  # the state acting
                          evidence=f"official form '{span.text}' of a country the article "
                          f"names ({code})")
    return None


def _surname(cluster: Cluster, ctx: Context) -> CodedActor | None:
    """A person named only by a surname takes the country of the dictionary person of
    that surname whose full name the article gives ("Sanders" after "Bernie Sanders");
    failing that, the country every dictionary actor of that surname shares ("President
    Mugabe"), unless the name is common (`_common_name`): then it stays uncoded. A full
    name the dictionaries lack takes nothing."""
    if cluster.label != "PERSON" or not cluster.names or max(map(len, cluster.names)) > 1:
        return None
    span = cluster.names[0]
    key = name_key(span.text)
    given = ctx.named_in_text(key)
    if given and len({coding.code for _, coding, _ in given}) == 1:
        name, coding, dictionary = given[0]
        return CodedActor(code=coding.code, sector=coding.sector, role=coding.role,
                          wikidata=coding.wikidata or ctx.identity(name),
                          basis=dictionary.basis,
                          evidence=f"surname '{span.text}' of {dictionary.basis} entry "
                          f"'{name}' ({coding.origin}), named in the article")
    if _common_name(cluster, key):
        return None
    found = ctx.surname(key)
    if found is not None:
        code, dictionary = found
        return CodedActor(code=code, basis=dictionary.basis,
                          evidence=f"surname '{span.text}' of {dictionary.basis} entries "
                          f"({code})")
    # one person of that surname, the head of several states ("President Macron": France
    # and Andorra) is coded as the full name would be
    bearer = ctx.sole_bearer(key)
    hit = ctx.lookup(bearer) if bearer is not None else None
    if bearer is None or hit is None or hit[0].kind != "actor":
        return None
    coding, dictionary = hit
    coding, realm = _realm_of([bearer], coding, dictionary, ctx)
    return CodedActor(code=coding.code, sector=coding.sector, role=coding.role,
                      wikidata=coding.wikidata or ctx.identity(bearer), basis=dictionary.basis,
                      evidence=f"surname '{span.text}' of {dictionary.basis} entry "
                      f"'{bearer}' ({coding.origin}){realm}")


def _common_name(cluster: Cluster, key: str) -> bool:
    """A one-word name too common to stand for one dictionary person: a frequent surname
    ("Sanders", "Bush"), a word the parse never reads as a proper noun, or an acronym in
    capitals ("MAGA") in text that is not all capitals."""
    if key in common_surnames():
        return True
    names = cluster.names
    if not any(t.tag_ in PROPER_NOUN_TAGS for span in names for t in span):
        return True
    return any(span.text.isupper() and len(span.text) > 1 and not span.sent.text.isupper()
               for span in names)


def _place_elsewhere(cluster: Cluster, span: Span, cue: Cue, ctx: Context) -> Cue | None:
    """The country of a place whose name holds another country's ("Northern Ireland" lies
    in the United Kingdom, not Ireland), as the gazetteer knows the whole name."""
    if cluster.label not in PLACE_LABELS or ctx.place_countries is None:
        return None
    places = ctx.place_countries(span.text)
    if not places or cue.code in places:
        return None
    return Cue(places[0], (), span.text, span.start, "dictionary", "gazetteer", "place")


# The order in which a person's roles say their country: a title first.
ROLE_KINDS_FIRST = {"title": 0, "apposition": 1}


def _described(cluster: Cluster, ctx: Context) -> list[tuple[Cue, str]]:
    """Country cues the article gives: in roles, or in the description that is the entity
    (all its countries: a compound actor), or inside a multi-word name."""
    name_tokens = {i for span in cluster.names for i in range(span.start, span.end)}
    # a title states the office ("as President of Turkmenistan") where an apposition may be
    # a misparsed phrase ("present to you, Mr Berdimuhamedov, a Russian state decoration")
    for role in sorted(cluster.roles, key=lambda r: ROLE_KINDS_FIRST.get(r.kind, 9)):
        cues = country_cues(role.span, ctx, skip=name_tokens)
        if cues:
            return [(cues[0], f"{role.kind}")]
    if cluster.label == "PERSON" and cluster.names:
        found = _title_phrase_cue(cluster, ctx, name_tokens)
        if found is not None:
            return [found]
    if not cluster.names:
        for mention in cluster.mentions:
            if mention.kind == "nominal":
                cues = country_cues(mention.span, ctx)
                if cues:
                    return [(cue, "description") for cue in cues]
                # "leaders of the African Union", "members of Hamas": whose they are; "the
                # spokesperson for the German government": whom one speaks for
                root = mention.span.root
                for word in ("of", "for") if root.lower_ in _SPEAKER_WORDS else ("of",):
                    phrase = _of_phrase(root, word)
                    cues = country_cues(phrase, ctx) if phrase is not None else []
                    if cues:
                        return [(cues[0], f"the description's '{word}' phrase")]
        return []
    for span in cluster.names:
        if len(span) > 1 and ctx.lookup(name_key(span.text)) is None:
            cues = [c for c in country_cues(span, ctx) if c.text != span.text]
            if cues and (elsewhere := _place_elsewhere(cluster, span, cues[0], ctx)):
                return [(elsewhere, "the gazetteer's place")]
            # a plural name is a group, not a person ("Bosnian Serbs", tagged PERSON)
            if cues and (cluster.label != "PERSON" or span[-1].tag_ == "NNPS"):
                return [(cues[0], "name")]
    if cluster.label == "ORG":
        for span in cluster.names:  # "the Supreme Court of the United Kingdom": the name's
            phrase = _of_phrase(span.root)  # own "of" phrase, which NER left out of it
            cues = country_cues(phrase, ctx) if phrase is not None \
                and phrase.start == span.end + 1 else []
            if cues:
                return [(cues[0], "the name's 'of' phrase")]
    if ctx.lookup(name_key(cluster.names[0].text)) is None:
        for span in cluster.names:  # "Iraqi Kurds": a people named with where they live
            before = span.doc[span.start - 1] if span.start > 0 else None
            if (before is not None and before.head.i == span.root.i
                    and before.dep_ in {"amod", "compound"} and span[-1].tag_ == "NNPS"):
                cue = _cue(ctx, before.text, before.i)
                if cue is not None and cue.kind in PLACE_KINDS and not cue.sector:
                    return [(cue, "people of")]
    return []


# "spokesperson for the Taliban" speaks for it; "Special Representative for Iran" does not.
_SPEAKER_WORDS = frozenset({"spokesman", "spokeswoman", "spokesperson", "mouthpiece"})
_TITLE_HEAD_DEPS = frozenset({"appos", "compound"})


def _title_heads(cluster: Cluster, name_tokens: set[int]) -> list[Token]:
    """The nouns that state a person's office: each title's or apposition's head, and a
    noun before the name that the name is in apposition to or compounded with ("US Special
    Representative for Iran Brian Hook", where the parse leaves the title out of the
    name's roles)."""
    heads = [r.span.root for r in cluster.roles if r.kind in {"title", "apposition"}]
    for span in cluster.names:
        head = span.root.head
        if (before := _title_before(span)) is not None:
            # the title phrase just before the name, before the head the parse hangs it on,
            # which may be another's title ("President of Ukraine Volodymyr Zelenskyy and
            # Prime Minister of the Netherlands Mark Rutte": Rutte an apposition of
            # "President")
            heads.append(before)
        elif (span.root.dep_ in _TITLE_HEAD_DEPS and head.i < span.start
                and head.i not in name_tokens and head.pos_ in {"NOUN", "PROPN"}
                and head.ent_type_ == ""
                # "President of Russia Vladimir Putin: Mr Berdimuhamedov, …": a
                # transcript's label is the speaker's title, not the addressee's (its colon
                # may be glued to a bracket, "Phuc(retranslated):"); so is a title whose
                # holder is named between it and the name
                and not any(":" in t.text or ";" in t.text or t.ent_type_ == "PERSON"
                            for t in span.doc[head.i : span.start])):
            heads.append(head)
        # a noun compounded into the name: "American film actor Robert De Niro"
        heads += [t for t in span.root.lefts if t.i < span.start and t.dep_ == "compound"
                  and t.pos_ == "NOUN" and t.i not in name_tokens]
    return heads


def _title_before(span: Span) -> Token | None:
    """A title phrase that ends just before the name, however the parse attached it: the
    title word heading the phrase whose last word precedes the name ("Representative" in
    "US Special Representative for Iran Brian Hook")."""
    if span.start == 0:
        return None
    token = span.doc[span.start - 1]
    for _ in range(6):  # "Prime Minister of the Kingdom of the Netherlands": five words up
        if token.i < span.sent.start or token.right_edge.i != span.start - 1:
            return None
        if token.lower_ in TITLE_WORDS and token.pos_ in {"NOUN", "PROPN"}:
            return token
        if token.head.i >= span.start or token.head is token:
            return None
        token = token.head
    return None


def _title_phrase_cue(cluster: Cluster, ctx: Context, name_tokens: set[int]
                      ) -> tuple[Cue, str] | None:
    """A country or organisation word the person's office states beyond the role's own
    words: a modifier before the title's noun ("Houthi military spokesperson", "US Special
    Representative"), a possessor ("Hamas's spokesman"), the object of its "of" ("a leader
    of the Taliban") or, for a spokesperson, of its "for" ("spokesperson for the Taliban")."""
    for head in _title_heads(cluster, name_tokens):
        doc = head.doc
        before = doc[head.left_edge.i : head.i]
        cues = country_cues(before, ctx, skip=name_tokens) if len(before) else []
        if cues:
            return cues[0], "words before the title"
        for word in ("of", "for") if head.lower_ in _SPEAKER_WORDS else ("of",):
            phrase = _of_phrase(head, word)
            cues = country_cues(phrase, ctx, skip=name_tokens) if phrase is not None else []
            if cues:
                return cues[0], f"the title's '{word}' phrase"
    return None


def _of_phrase(head: Token, word: str = "of") -> Span | None:
    """The phrase of the first "of" (or `word`) after the noun: "a leader [of the Taliban]",
    up to a clause that describes its object: "residents [of settlements] affected by the
    Russian invasion" are not Russia's."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.i > head.i and prep.lower_ == word:
            end = prep.right_edge.i + 1
            for obj in prep.children:
                end = min([end, *(c.left_edge.i for c in obj.children
                                  if c.dep_ in {"acl", "relcl"} and c.i > obj.i)])
            phrase = head.doc[prep.i + 1 : end]
            return phrase if len(phrase) else None
    return None


def _role_sector(cluster: Cluster, ctx: Context) -> SectorCue | None:
    """The sector of the first title or apposition that names one, then of the body their
    "of" phrases name, then of nominals, then of the entity's own description or
    institutional name."""
    spans = [r.span for r in cluster.roles if r.kind != "nominal"]
    # "a member of the Syrian parliament": the body a role's "of" phrase names
    spans += [phrase for r in cluster.roles if r.kind != "nominal"
              and (phrase := _of_phrase(r.span.root)) is not None]
    spans += [r.span for r in cluster.roles if r.kind == "nominal"]
    if cluster.label == "PERSON" and not cluster.roles:  # "US Special Representative … Hook"
        spans += [t.doc[t.left_edge.i : t.i + 1] for span in cluster.names
                  if (t := _title_before(span)) is not None]
    if cluster.label != "PERSON" or not cluster.names:
        spans += [m.span for m in cluster.mentions if m.kind in {"nominal", "name"}]
    weak: SectorCue | None = None
    for span in spans:
        cue = sector_cue(span, ctx)
        if cue is not None and cue.strong:
            return cue
        weak = weak or cue
    return weak


def _role_text(cluster: Cluster) -> str | None:
    for kind in ("title", "apposition", "nominal"):
        for role in cluster.roles:
            if role.kind == kind:
                return role.span.text
    return None


_MODIFIER_DEPS = frozenset({"poss", "compound", "amod", "nmod"})


def _head_sector(cluster: Cluster, ctx: Context) -> SectorCue | None:
    """A place or people named only as the modifier of an agent noun is that agent: "Romania's
    new government" (GOV), "a Saudi businessman" (BUS), "U.S. soldier" (MIL)."""
    if cluster.label not in {"GPE", "NORP"} or not cluster.names:
        return None
    found: SectorCue | None = None
    for span in cluster.names:
        root = span.root
        head = root.head
        if root.dep_ not in _MODIFIER_DEPS or head.i < span.end or head.pos_ != "NOUN":
            return None
        cue = sector_cue(span.doc[span.start : head.i + 1], ctx)
        if cue is None or (found is not None and cue.sector != found.sector):
            return None
        found = found or cue
    return found


def _is_people(cluster: Cluster, ctx: Context) -> bool:
    """"Palestinians", "Nigerians": a plural demonym names the people, civilians."""
    if cluster.label != "NORP":
        return False
    for span in cluster.names:
        text = span.text
        if len(span) == 1 and text.endswith("s"):
            found = ctx.lookup(name_key(text[:-1]))
            if found is not None and found[0].kind in PLACE_KINDS:
                return True
    return False


def _capital_as_agent(cluster: Cluster, named: CodedActor) -> bool:
    """"Tehran has been holding talks": a capital as the subject speaks for its government."""
    return "capital" in named.evidence and any(
        m.kind == "name" and any(t.dep_ in SUBJECT_DEPS for t in m.span) for m in cluster.mentions
    )


# ---------------------------------------------------------------------------- context


def main_country(doc: Doc, clusters: list[Cluster], ctx: Context) -> Cue | None:
    """The article's country: its dateline place's, else the country its places lie in
    most often: the countries, capitals and demonyms it names, and its other places, each
    by the dictionaries' code, else the gazetteer's most populous place of the name ("An
    Australian ... appeared in Christchurch District Court, New Zealand ... in
    Christchurch": New Zealand). In a tie, the one whose places (not demonyms) are named
    more ("a Polish chef ... in London ... London"); an organisation's code is no country.
    Counts the countries the article names (not its other places) into `ctx.countries` on
    the way."""
    counts = ctx.countries
    places: Counter[str] = Counter()
    named_places: Counter[str] = Counter()  # places, not peoples' names ("a Polish chef")
    cues: dict[str, Cue] = {}
    for cluster in clusters:
        if cluster.label not in {"GPE", "NORP", "LOC"}:
            continue
        for span in cluster.names:
            if works_title(span):
                continue  # "an artwork entitled America"
            cue = _cue(ctx, span.text, span.start)
            if cue is None and cluster.label == "GPE" and ctx.place_countries is not None \
                    and (codes := ctx.place_countries(span.text)):
                cue = Cue(codes[0], (), span.text, span.start, "dictionary", "gazetteer", "place")
            if cue is None or cue.sector or cue.code in NON_STATE_CODES:
                continue  # "Netflix Japan" tagged a place: no country
            places[cue.code] += 1
            if cluster.label != "NORP":
                named_places[cue.code] += 1
            cues.setdefault(cue.code, cue)
            if cluster.label != "LOC" and cue.origin != "gazetteer":
                counts[cue.code] += 1
    article = doc._.dateline_article
    dateline = getattr(article, "dateline", None)
    location = getattr(dateline, "location", None)
    if location:
        cue = _cue(ctx, location.title(), -1)
        if cue is not None and not cue.sector:
            counts[cue.code] += 1
            return replace(cue, text=f"dateline {location}")
    (code, top), *rest = [*places.most_common(2), ("", 0)]
    if not top:
        return None
    if rest[0][1] == top:  # a tie: the country whose places are named, over a people's
        tied = sorted(((named_places[c], c) for c, n in places.items() if n == top),
                      reverse=True)
        if not tied[0][0] or tied[1][0] == tied[0][0]:
            return None  # no single main country
        code = tied[0][1]
    return replace(cues[code], text=f"the country of most of its places ('{cues[code].text}')")


def _ethnic_residence(cluster: Cluster, actors: list[CodedActor], ctx: Context
                      ) -> list[CodedActor]:
    """"Ethnic Albanians" in Macedonia are coded by where they live, as CAMEO and PLOVER do:
    the first other country named in their sentence, else the article's country."""
    if len(actors) != 1 or not actors[0].code:
        return actors
    for mention in cluster.mentions:
        span = mention.span
        doc = span.doc
        ethnic = [t for t in doc[max(span.start - 1, 0) : span.end] if t.lower_ == "ethnic"]
        if not ethnic or ethnic[0].i + 1 >= len(doc):
            continue
        people = _cue(ctx, doc[ethnic[0].i + 1].text, ethnic[0].i + 1)
        if people is None or people.code != actors[0].code or people.kind not in PLACE_KINDS:
            continue
        sentence = span.sent
        hosts = [c for c in country_cues(sentence, ctx, skip=range(span.start, span.end))
                 if c.kind in PLACE_KINDS and not c.sector and c.code != people.code]
        host = hosts[0] if hosts else ctx.main_country
        if host is None or host.code == people.code:
            return actors
        return [replace(actors[0], code=host.code, basis="text",
                        evidence=f"ethnic '{people.text}' living in '{host.text}'; "
                        f"{actors[0].evidence}")]
    return actors


def _title_organisations(clusters: list[Cluster], coded: list[list[CodedActor]],
                         ctx: Context) -> None:
    """An uncoded organisation named in a coded person's title takes that person's
    country: "Supreme National Security Council Secretary Ali Shamkhani"."""
    where = {id(c): n for n, c in enumerate(clusters)}
    for cluster, actors in zip(clusters, coded, strict=True):
        if cluster.label != "PERSON" or not actors or not actors[0].code:
            continue
        for role in cluster.roles:
            if role.kind != "title":
                continue
            for other in clusters:
                n = where[id(other)]
                if other is cluster or not coded[n] or coded[n][0].code:
                    continue
                if any(role.span.start <= s.start and s.end <= role.span.end for s in other.names):
                    coded[n] = [replace(
                        coded[n][0], code=actors[0].code, basis="text",
                        evidence=f"named in the title of '{cluster.name}' "
                        f"({actors[0].code}); {coded[n][0].evidence}",
                    )]


def _offices_of_holders(clusters: list[Cluster], coded: list[list[CodedActor]],
                        ctx: Context) -> None:
    """A person whose title names another's office ("Head of the President's Office Andriy
    Yermak", "an adviser to the Prime Minister") serves the country of the one holder of
    that office the article codes: one titled plainly ("President Volodymyr Zelenskyy"),
    or of the article's own country ("President of Ukraine ..." in a story about Ukraine);
    not "US President Joseph Biden" in a Ukrainian readout, whose "the President" is
    Ukraine's. So does a person called by the office alone ("The President had a telephone
    conversation"); in an article with no country of its own, any one country's holder."""
    main = ctx.main_country.code if ctx.main_country else None
    holders: dict[str, set[str]] = {}
    # every coded holder's country by office: where the article has no country of its own,
    # "the President" is the president it names, whoever's
    any_holders: dict[str, set[str]] = {}
    for cluster, actors in zip(clusters, coded, strict=True):
        if cluster.label == "PERSON" and actors and actors[0].code:
            titles = [r.span.text for r in cluster.roles if r.kind == "title"]
            for title in [*titles, *([actors[0].role] if actors[0].role else [])]:
                key = _office_key(title)
                any_holders.setdefault(key, set()).add(actors[0].code)
                if key == title.lower() or actors[0].code == main:
                    holders.setdefault(key, set()).add(actors[0].code)
    for n, (cluster, actors) in enumerate(zip(clusters, coded, strict=True)):
        if cluster.label != "PERSON" or (actors and actors[0].code):
            continue
        bare = _bare_office(cluster)
        codes = (holders if main else any_holders).get(bare or "", set())
        if bare is not None and len(codes) == 1:
            (code,) = codes
            coded[n] = _with_code(actors, code, f"'{cluster.mentions[0].span.text}': the one "
                                  f"{bare} the article codes is {code}'s")
            continue
        offices = [t for role in cluster.roles if role.kind == "title" for t in role.span
                   if t.dep_ in {"poss", "pobj"} and t.i != role.span.root.i]
        for office in offices:
            words = [t.text for t in office.lefts if t.dep_ == "compound"] + [office.text]
            codes = holders.get(_office_key(" ".join(words)), set())
            if len(codes) == 1:
                (code,) = codes
                coded[n] = _with_code(actors, code, f"the office of the article's "
                                      f"'{office.text}' ({code}) in its title")
                break


def _with_code(actors: list[CodedActor], code: str, evidence: str) -> list[CodedActor]:
    """The cluster's coding so far (its sector, its role) with the country the text gives
    it, and why."""
    partial = actors[0] if actors else CodedActor(code="")
    return [replace(partial, code=code, basis="text", evidence=evidence + (
        f"; {partial.evidence}" if partial.evidence else ""))]


def _bare_office(cluster: Cluster) -> str | None:
    """The office a nameless person is only ever called by, capitalised as a title ("The
    President had a telephone conversation"): its key, or None."""
    if cluster.names:
        return None
    keys = set()
    for mention in cluster.mentions:
        words = [t.text for t in mention.span]
        if len(words) < 2 or words[0].lower() != "the" or not all(
                w[:1].isupper() for w in words[1:]):
            return None
        title = " ".join(words[1:])
        if _office_key(title) != title.lower():
            return None  # "the Acting Emergency Situations Minister": one of many ministers
        span = mention.span
        if span.end < len(span.doc) and span.doc[span.end].lower_ == "of":
            return None  # "the President of the French Republic" says whose
        keys.add(title.lower())
    return keys.pop() if len(keys) == 1 else None


def _office_key(title: str) -> str:
    """An office by its head word, not its country or its holder's nationality: "president"
    for "US President" and "President of Ukraine", "prime minister" for "Prime Minister"."""
    words = title.lower().split(" of ")[0].split()
    if not words:
        return ""
    return ("prime " if "prime" in words[:-1] else "") + words[-1]


# "Security forces in Guinea", "demonstrators in Baghdad", "activists from the Fatah party",
# "the army of Sudan": a generic agent is the place's or organisation's its phrase names.
_PLACING_PREPS = frozenset({"in", "inside", "from", "of"})


def _placed_agents(clusters: list[Cluster], coded: list[list[CodedActor]],
                   ctx: Context) -> None:
    """An uncoded agent known only by a description ("Opposition groups in Zimbabwe") takes
    the code of the entity its noun's "in"/"from"/"of" phrase names: a place's country for
    "in" (a country or capital the dictionaries know), any coded entity for "from"/"of".
    Failing that, a group of people (not a state's agents) takes the place it acts "in"
    ("one million people marched in London")."""
    owner: dict[int, int] = {}
    for n, cluster in enumerate(clusters):
        for mention in cluster.mentions:
            if mention.kind != "pronoun":
                owner.setdefault(mention.span.root.i, n)
    for n, cluster in enumerate(clusters):
        if cluster.names or (coded[n] and coded[n][0].code):
            continue
        for mention in cluster.mentions:
            if mention.kind != "nominal":
                continue
            found = _placing_entity(mention.span, clusters, coded, owner)
            sector = sector_cue(mention.span, ctx)
            where = ""
            if found is None and (sector is None or not set(sector.sector[:1]) & STATE_SECTORS):
                # a state's agents abroad are not the host's ("officials met in Geneva")
                found, where = _acting_in(mention.span, clusters, coded, owner), "acting "
            if found is None:
                continue
            prep, m = found
            other = coded[m][0]
            sectors = sector.sector if sector else () if where else other.sector
            coded[n] = [CodedActor(
                code=other.code, sector=sectors,
                basis="text", role=coded[n][0].role if coded[n] else None,
                evidence=f"'{mention.span.text}' {where}'{prep.text} {clusters[m].name}' "
                f"({other.code})" + (f"; sector from '{sector.text}'" if sector else ""),
            )]
            break


def _placing_entity(span: Span, clusters: list[Cluster], coded: list[list[CodedActor]],
                    owner: dict[int, int]) -> tuple[Token, int] | None:
    for prep in span.root.children:
        if prep.dep_ != "prep" or prep.lower_ not in _PLACING_PREPS or prep.i < span.end:
            continue
        for obj in prep.children:
            m = owner.get(obj.i)
            if obj.dep_ != "pobj" or m is None or not coded[m] or not coded[m][0].code:
                continue
            if prep.lower_ in {"in", "inside"} and clusters[m].label not in PLACE_LABELS:
                continue
            return prep, m
    return None


# A group of people, not one of them: "one million people", "a crowd", "protesters".
_GROUP_NOUNS = frozenset({"crowd", "crowds", "group", "groups", "mob", "throng"})


def _acting_in(span: Span, clusters: list[Cluster], coded: list[list[CodedActor]],
               owner: dict[int, int]) -> tuple[Token, int] | None:
    """A group of people doing something "in" a place ("roughly one million people marched
    in London"): the place named by an "in" phrase of the verb the group is the subject of,
    a country or capital (or other coded place)."""
    root = span.root
    if root.dep_ not in SUBJECT_DEPS or not (root.tag_ == "NNS" or root.lower_ in _GROUP_NOUNS):
        return None
    for prep in root.head.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"in", "inside"}:
            continue
        for obj in prep.children:
            m = owner.get(obj.i)
            if (obj.dep_ == "pobj" and m is not None and coded[m] and coded[m][0].code
                    and clusters[m].label in PLACE_LABELS):
                return prep, m
    return None


def _fallback(cluster: Cluster, partial: CodedActor, ctx: Context) -> list[CodedActor]:
    """A title or institution without a country: a person takes the country word before
    the title in its sentence; a state institution the article's country. A named person
    takes the article's country only when it is the one country the article names (a
    state office in a text about one state): a story about several countries says nothing
    of a person's, and the person stays uncoded. Nor does a story say anything of its
    reporters' and news editors' country: they are often foreigners to it ("Phil Chetwynd,
    director of global news for AFP", in a story about Yemen)."""
    person = cluster.label == "PERSON"
    cue = _sentence_country(cluster, ctx) if person else None
    evidence = f"country word before the title in its sentence '{cue.text}'" if cue else ""
    main = ctx.main_country
    if not person and _a_congress_held(cluster):
        return []
    if cue is None and main is not None and set(partial.sector[:1]) <= STATE_SECTORS \
            and not _of_someone(cluster) and not _several_states_force(cluster, partial):
        if not person and _us_congress(cluster, main.code):
            return [replace(partial, code="USA", basis="text", evidence=(
                f"'Congress' in a story of {main.code}, whose legislature has another name: "
                f"the US Congress; {partial.evidence}"))]
        if not person:
            cue, evidence = main, f"the article's country ({main.text})"
        elif set(ctx.countries) == {main.code} and "JRN" not in partial.sector[:1]:
            cue, evidence = main, f"the only country the article names ({main.text})"
    if cue is None:
        return []
    return [replace(partial, code=cue.code, basis="text",
                    evidence=f"{evidence}; {partial.evidence}")]


# Countries whose national legislature is called a Congress (or, in India, the party that
# news calls "Congress"): "Congress" alone in a story of another country is the US Congress
# ("thanked the Congress for its bipartisan support" in a Ukrainian presidency readout).
CONGRESS_COUNTRIES = frozenset({
    "USA", "PHL", "PER", "MEX", "COL", "CHL", "GTM", "ARG", "BRA", "ESP", "HND", "SLV", "PRY",
    "BOL", "ECU", "DOM", "IND", "FSM", "PLW"})


def _us_congress(cluster: Cluster, country: str) -> bool:
    """A capitalised "Congress" alone, every time it is named ("your congress", "the party
    congress" are meetings)."""
    return country not in CONGRESS_COUNTRIES and _congress_alone(cluster) \
        and not _a_congress_held(cluster)


def _congress_alone(cluster: Cluster) -> bool:
    return bool(cluster.names) and all(
        span.root.text == "Congress" and name_key(span.text) in {"congress", "the congress"}
        for span in cluster.names)


def _a_congress_held(cluster: Cluster) -> bool:
    """"Congress" named as a gathering one attends ("took part in the Congress", "proposals
    made during the Congress", "today's meeting of the Congress is taking place"): an
    occasion, no one's institution."""
    return _congress_alone(cluster) and any(_a_gathering(span.root) for span in cluster.names)


# What makes a congress a gathering: one is "at" or "during" it, takes "part in" it, or
# holds a "meeting" of it that takes place somewhere.
_DURING_PREPOSITIONS = frozenset({"during", "at"})
_ATTENDED_HEADS = frozenset({"part", "participate", "participation", "participant"})


def _a_gathering(word: Token) -> bool:
    if word.dep_ != "pobj":
        return False
    preposition = word.head
    if preposition.lower_ in _DURING_PREPOSITIONS:
        return True
    if preposition.lower_ == "in":
        head = preposition.head
        return head.lemma_.lower() in _ATTENDED_HEADS or (
            head.lemma_.lower() == "take" and any(c.lower_ == "part" for c in head.children))
    return preposition.lower_ == "of" and preposition.head.lemma_.lower() == "meeting" and any(
        c.lemma_.lower() == "place" for c in preposition.head.head.subtree)


# Words that name a force of several states: "Combined Joint Task Force", "Multinational
# Force", "Coalition forces", "International Security Assistance Force".
MULTINATIONAL_WORDS = frozenset({"combined", "multinational", "coalition", "international",
                                 "allied"})


def _several_states_force(cluster: Cluster, partial: CodedActor) -> bool:
    """A military force whose name says several states make it up is none of the article's
    country's institutions ("the Combined Joint Task Force Operation Inherent Resolve" in a
    story about Iraq)."""
    return "MIL" in partial.sector[:1] and any(
        token.lower_ in MULTINATIONAL_WORDS for name in cluster.names for token in name)


def _of_someone(cluster: Cluster) -> bool:
    """"the government of Abdrabbuh Mansur Hadi": an institution its own words say is
    someone's, whom the dictionaries could not code, is not the article's by default."""
    return any(
        prep.dep_ == "prep" and prep.lower_ == "of" and prep.i >= mention.span.end and any(
            o.dep_ == "pobj" and o.ent_type_ in ACTOR_LABELS
            for o in prep.children)  # not the name's own words: "Court of Session"
        for mention in cluster.mentions for prep in mention.span.root.children)


def _sentence_country(cluster: Cluster, ctx: Context) -> Cue | None:
    """The nearest country word before the entity's titled mention, in its sentence; not a
    country that is a clause's subject while the titled person is not one: a state acting on
    a titled person is another party ("Iran spoofed e-mails to hurt President Trump's
    chances", "Russia congratulated President Tokayev"), where "Iran said President Rouhani
    would visit" still tells his."""
    for role in cluster.roles:
        if role.kind != "title":
            continue
        sentence = role.span.sent
        doc = sentence.doc
        before = doc[sentence.start : role.span.start]
        acted_on = modified_head(role.span.root, _NAME_DEPS).dep_ not in SUBJECT_DEPS
        cues = [c for c in country_cues(before, ctx) if not c.sector and not (
            acted_on and _cue_words(doc, c).root.dep_ in SUBJECT_DEPS)
            and not _gone_to_or_dealt_with(_cue_words(doc, c).root)]
        if cues:
            return cues[-1]
    return None


def _gone_to_or_dealt_with(word: Token) -> bool:
    """"Before this visit to Russia, General Secretary Nguyen Phu Trong discussed …", "talks
    with Ukraine": a country a preposition other than "in" governs is where one goes or
    whom one deals with, not whose the titled person is ("In Iran, President Rouhani")."""
    return word.dep_ == "pobj" and word.head.lower_ != "in"


# How the words of one name or title hang together ("President" -> "Trump").
_NAME_DEPS = frozenset({"compound", "flat"})


def _cue_words(doc: Doc, cue: Cue) -> Span:
    """The tokens a cue's words cover ("the United States", not the title they open)."""
    end_char = doc[cue.start].idx + len(cue.text)
    end = cue.start + 1
    while end < len(doc) and doc[end].idx < end_char:
        end += 1
    return doc[cue.start : end]


def iter_codes(actors: Iterable[CodedActor]) -> Iterator[str]:
    """'IRN GOV'-style labels, for logs and tests."""
    for actor in actors:
        yield " ".join([actor.code, *actor.sector[:1]])
