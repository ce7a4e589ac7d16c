"""Names the actor dictionaries know, marked as named entities before clustering.

The small spaCy model misses names it has never seen: the fictional countries of a user's
PETRARCH dictionaries ("Arnor is about to restore ties with Gondor"), misspelt or rare
places, and it tags a list of countries as one entity ("Gondor and Osgiliath"). A name the
dictionaries hold is an actor the user asked to code, so it should be an entity:

- a capitalised run of tokens that no NER entity covers and whose key is a user dictionary
  name, or a shipped country, demonym or capital, becomes an entity (GPE for a country or
  capital, NORP for a demonym used as an adjective, ORG for any other actor); so does the
  full name (two words or more) of an office holder the shipped lists hold, as a PERSON
  ("Minister for Foreign Affairs of Ukraine Dmytro Kuleba": the model misses the name after
  a long title). Other shipped names are left to the model: Phoenix's lists hold common
  words and surnames;
- an NER entity made only of known names joined by commas and "and" is split into them;
- an NER entity after "<title> of" that starts with a known country ("President of
  [Mongolia Ukhnaagiin Khurelsukh]") is split into the country and the person, and one that
  ends with an office holder's full name ("Secretary of [Defense Lloyd Austin]", "Speaker of
  [the House of Representatives Nancy Pelosi]") into the office's words and the person.

Pure functions over a parsed Doc; the `dateline_actor_names` component runs them before
`dateline_entities`, which then clusters these entities like any other.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from spacy.tokens import Doc, Span, Token

from dateline.actors.dictionary import ActorDictionary, Coding
from dateline.actors.names import NON_STATE_CODES
from dateline.lang.names import name_key
from dateline.lang.words import SECTOR_WORDS, TITLE_WORDS
from dateline.nlp import TokenTable, doc_text, token_table

MAX_NAME_TOKENS = 6
_LIST_JOINERS = frozenset({",", "and", "&"})
_SHIPPED_KINDS = frozenset({"country", "capital"})
# A name's word: letters, with inner dots, hyphens or apostrophes ("U.S.", "Al-Quds");
# not "US$", "Toulouse." (a word with its full stop) or "2018".
_NAME_WORD = re.compile(r"^[^\W\d_]+(?:[.'’-][^\W\d_]+)*\.?$")


def known_label(dictionaries: Sequence[ActorDictionary], words: Span) -> str | None:
    """The entity label a known name gets, or None when no dictionary knows it."""
    return _known_label(dictionaries, words.doc, words.start, words.end, words.text)


def _known_label(dictionaries: Sequence[ActorDictionary], doc: Doc, start: int, end: int,
                 text: str) -> str | None:
    """`known_label` of `doc[start:end]`, whose text is `text`."""
    key = name_key(text)
    if not key:
        return None
    for dictionary in dictionaries:
        codings = dictionary.names.get(key)
        if not codings:
            continue
        if dictionary.basis != "user" and not any(c.kind in _SHIPPED_KINDS for c in codings):
            if end - start >= 2 and any(c.role for c in codings):
                return "PERSON"  # an office holder's full name ("Dmytro Kuleba")
            continue
        if all(_is_place(c) for c in codings):
            return "NORP" if end - start == 1 and token_table(doc).pos[start] == "ADJ" else "GPE"
        return "ORG"
    return None


def _is_place(coding: Coding) -> bool:
    """A country, capital or demonym: so marked, or a bare state code without sectors."""
    return coding.kind in _SHIPPED_KINDS or (
        not coding.sector and coding.code not in NON_STATE_CODES)


def _inner_hyphen(token: Token) -> bool:
    """The hyphen inside a hyphenated name ("Kassym-Jomart"), with no space on either side."""
    return token.text == "-" and not token.whitespace_ and token.i > 0 \
        and not token.doc[token.i - 1].whitespace_ and token.i + 1 < len(token.doc)


def _may_start(text: str, tag: str) -> bool:
    """A name may start at a capitalised word that is no possessive ending."""
    return text[:1].isupper() and tag != "POS"


def _plausible(doc: Doc, table: TokenTable, start: int, end: int) -> bool:
    """`doc[start:end]` (`table`: the Doc's token table) is not a possessive end, and a
    one-word name is not a function word ("US" is, "us" is not a name)."""
    texts, puncts, last = table.texts, table.puncts, end - 1
    if table.tags[last] == "POS" or puncts[last]:
        return False
    if not all(_NAME_WORD.match(texts[i]) for i in range(start, end) if not puncts[i]):
        return False
    if texts[last].endswith(".") and "." not in texts[last][:-1]:
        return False  # "Toulouse." ends a sentence; "U.S." keeps its dots
    if end - start == 1:
        token = doc[start]
        return not token.is_stop or (token.is_upper and len(token.text) > 1)
    return True


def longest_known(dictionaries: Sequence[ActorDictionary], doc: Doc, start: int,
                  end: int) -> tuple[int, str] | None:
    """The longest known name starting at token `start` and ending by `end`: (length, label)."""
    table, text = token_table(doc), doc_text(doc)
    for n in range(min(MAX_NAME_TOKENS, end - start), 0, -1):
        stop = start + n
        if not _plausible(doc, table, start, stop):
            continue
        # doc[start:stop].text
        words = text[table.idxs[start] : table.idxs[stop - 1] + len(table.texts[stop - 1])]
        label = _known_label(dictionaries, doc, start, stop, words)
        if label is not None:
            return n, label
    return None


def _scan(dictionaries: Sequence[ActorDictionary], doc: Doc, start: int, end: int,
          blocked: set[int]) -> list[Span]:
    spans = []
    table = token_table(doc)
    texts, tags = table.texts, table.tags
    i = start
    while i < end:
        if i in blocked or not _may_start(texts[i], tags[i]):
            i += 1
            continue
        limit = next((j for j in range(i, end) if j in blocked), end)
        found = longest_known(dictionaries, doc, i, limit)
        if found is None:
            i += 1
            continue
        n, label = found
        spans.append(Span(doc, i, i + n, label=label))
        i += n
    return spans


def split_listed(dictionaries: Sequence[ActorDictionary], entity: Span) -> list[Span] | None:
    """The known names of an entity that only lists them ("Gondor and Osgiliath"); None when
    it is one name or has any other word."""
    if known_label(dictionaries, entity) is not None:
        return None
    doc = entity.doc
    parts: list[Span] = []
    i = entity.start
    while i < entity.end:
        token = doc[i]
        if token.lower_ in _LIST_JOINERS or (token.lower_ == "the" and parts):
            i += 1
            continue
        found = longest_known(dictionaries, doc, i, entity.end)
        if found is None:
            return None
        n, label = found
        parts.append(Span(doc, i, i + n, label=label))
        i += n
    return parts if len(parts) > 1 else None


def _after_a_title(span: Span) -> bool:
    """The span follows "<title> of" ("President of [Mongolia …]")."""
    doc = span.doc
    return span.start >= 2 and doc[span.start - 1].lower_ == "of" \
        and doc[span.start - 2].lower_ in TITLE_WORDS


def split_titled(dictionaries: Sequence[ActorDictionary], entity: Span) -> list[Span] | None:
    """"President of [Mongolia Ukhnaagiin Khurelsukh]": the small model tags the country of a
    title and the office holder's name as one entity; they are a place and a person. None
    unless the entity follows "<title> of" and starts with a known country or capital."""
    doc = entity.doc
    if not _after_a_title(entity):
        return None
    found = longest_known(dictionaries, doc, entity.start, entity.end - 1)
    if found is None or found[1] != "GPE":
        return None
    n = found[0]
    rest = doc[entity.start + n : entity.end]
    words = [t for t in rest if not _inner_hyphen(t)]  # "Kassym-Jomart Tokayev"
    if len(words) < 2 or not all(_may_start(t.text, t.tag_) for t in words):
        return None  # "Republic of Korea Air Force" is no one's name
    return [Span(doc, entity.start, entity.start + n, label="GPE"),
            Span(doc, rest.start, rest.end, label="PERSON")]


def split_office_holder(dictionaries: Sequence[ActorDictionary], entity: Span
                        ) -> list[Span] | None:
    """"Secretary of [Defense Lloyd Austin]", "Speaker of [the House of Representatives
    Nancy Pelosi]": the small model runs the end of a title into the office holder's name
    and tags it all an organisation ("Defense Lloyd Austin" then took the USA from "Austin",
    Texas, and the Speaker the article's country). None unless the entity follows "<title>
    of" and ends with the full name of an office holder the dictionaries hold."""
    doc = entity.doc
    if entity.label_ == "PERSON" or not _after_a_title(entity):
        return None
    for start in range(max(entity.start + 1, entity.end - MAX_NAME_TOKENS), entity.end - 1):
        if _known_label(dictionaries, doc, start, entity.end,
                        doc[start:entity.end].text) == "PERSON":
            return [Span(doc, entity.start, start, label=entity.label_),
                    Span(doc, start, entity.end, label="PERSON")]
    return None


# The entity labels whose names the dictionaries give a state: people, places, peoples.
_STATE_HOLDERS = frozenset({"PERSON", "GPE", "NORP"})


def known_countries(doc: Doc, dictionaries: Sequence[ActorDictionary]
                    ) -> dict[int, frozenset[str]]:
    """Token index -> the states the dictionaries give the person or place name it is part
    of ("Vladimir Putin" RUS, "Emmanuel Macron" FRA and AND, "Chinese" CHN), over every entry
    whatever its dates: what the entity stage needs to see that "the President of China" is
    not Putin. Organisations and names no dictionary holds are left out."""
    found: dict[int, frozenset[str]] = {}
    for entity in doc.ents:
        if entity.label_ not in _STATE_HOLDERS:
            continue
        key = name_key(entity.text)
        codes = frozenset(c.code for d in dictionaries for c in d.names.get(key, ())
                          if c.code and c.code not in NON_STATE_CODES)
        if codes:
            found.update(dict.fromkeys(range(entity.start, entity.end), codes))
    return found


def known_offices(doc: Doc, dictionaries: Sequence[ActorDictionary], day: date | None
                  ) -> dict[int, frozenset[str]]:
    """Token index -> the offices the dictionaries say the person whose name it is part of
    held on `day` ("vladimir putin": "president of russia" in 2022), as their role words in
    lower case: what the entity stage needs to see that "the President of Russia" is the
    Vladimir Putin an article names. With no day, none (an office is held for a time)."""
    found: dict[int, frozenset[str]] = {}
    if day is None:
        return found
    for entity in doc.ents:
        if entity.label_ != "PERSON":
            continue
        key = name_key(entity.text)
        offices = frozenset(c.role.lower() for d in dictionaries for c in d.names.get(key, ())
                            if c.role and c.dated and c.valid_on(day))
        if offices:
            found.update(dict.fromkeys(range(entity.start, entity.end), offices))
    return found


def known_entities(doc: Doc, dictionaries: Sequence[ActorDictionary]) -> list[Span]:
    """The Doc's entities with known names added and entity lists split (see module doc)."""
    entities: list[Span] = []
    for entity in doc.ents:
        entities.extend(split_listed(dictionaries, entity) or split_titled(dictionaries, entity)
                        or split_office_holder(dictionaries, entity) or [entity])
    blocked = {i for entity in doc.ents for i in range(entity.start, entity.end)}
    entities.extend(_scan(dictionaries, doc, 0, len(doc), blocked))
    return join_name_particles(join_titled_holders(sorted(entities, key=lambda span: span.start)))


# Lowercase particles inside a person's name ("Ursula von der Leyen", "Vincent van Gogh").
NAME_PARTICLES = frozenset({"von", "van", "der", "den", "de", "da", "di", "del", "della", "du",
                            "dos", "das", "ter", "ten", "bin", "ibn"})


def join_name_particles(entities: list[Span]) -> list[Span]:
    """"Ursula von der Leyen": the small model ends the person on the particle ("Ursula von
    der") and makes "Leyen" a place of its own; a person's name that ends on a lowercase
    particle goes on to the capitalised word after it, and the entity it ran into goes."""
    joined: list[Span] = []
    for entity in entities:
        if joined and entity.start < joined[-1].end:
            continue  # the word a name ran on into
        doc, end = entity.doc, entity.end
        if entity.label_ == "PERSON" and end < len(doc) and doc[end].is_title \
                and doc[end - 1].text in NAME_PARTICLES:
            entity = Span(doc, entity.start, end + 1, label="PERSON")
        joined.append(entity)
    return joined


def join_titled_holders(entities: list[Span]) -> list[Span]:
    """"President of Ukraine [Andriy] [Yermak]", "… of Ukraine [Roman Mashovets](NORP)", "Prime
    Minister of India Narendra Modi" (unmarked): after "<title> of <country>" the small model
    often drops the office holder's first name, calls the name a people, or misses it; a
    run of two to four capitalised proper nouns there, no title or sector word among them
    ("Republic of Korea Air Force"), that the model marked a person or a people or not at
    all, is one person."""
    if not entities:
        return entities
    doc = entities[0].doc
    joined: list[Span] = []
    for place in entities:
        if place.label_ != "GPE" or not _after_a_title(place):
            continue
        end = place.end
        while (end < len(doc) and end - place.end < 4 and doc[end].pos_ == "PROPN"
               and _may_start(doc[end].text, doc[end].tag_) and _NAME_WORD.match(doc[end].text)
               and doc[end].lower_ not in TITLE_WORDS and doc[end].lower_ not in SECTOR_WORDS):
            end += 1
        inside = [e for e in entities if place.end <= e.start < end]
        if (end - place.end >= 2 and all(e.end <= end and e.label_ in {"PERSON", "NORP"}
                                         for e in inside)
                and (end == len(doc) or not (doc[end].pos_ == "PROPN" or doc[end].is_title))):
            joined.append(Span(doc, place.end, end, label="PERSON"))
    if not joined:
        return entities
    covered = {i for span in joined for i in range(span.start, span.end)}
    kept = [e for e in entities if e.start not in covered]
    return sorted(kept + joined, key=lambda span: span.start)
