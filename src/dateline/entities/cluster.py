"""In-document entity clustering: names, titles, nominals and pronouns grouped into entities.

Pure functions over a parsed spaCy `Doc`. The order of the passes matters and is the design:

1. name mentions from NER, person names first, longest first, so "Shamkhani" joins
   "Ali Shamkhani"; a non-person mention of a person's name takes the person's type;
2. missed occurrences of a person's surname are added (the small model skips some);
3. titles before a name ("Afghan President Ashraf Ghani") and appositions after it
   ("Hamdullah Mohib, the Afghan president's national security advisor") become roles;
4. definite nominals ("the top Iranian security official") and third-person pronouns are
   linked, in document order, to the most salient compatible person before them.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from dateline.entities.lexicon import (
    ATTACKER_HEADS,
    COLLECTIVE_HEADS,
    COUNTRY_PARTY_HEADS,
    DETERMINERS,
    GENERIC_PERSON_HEADS,
    GROUP_HEADS,
    MATERIEL_HEADS,
    OFFICE_HEADS,
    PERSON_HEADS,
    RANK_WORDS,
    THING_HEADS,
    THIRD_PERSON_PRONOUNS,
    first_name_genders,
)
from dateline.lang.clauses import first_conjunct, subject_read_as_apposition
from dateline.lang.names import span_key, token_keys
from dateline.lang.words import (
    DOUBLE_QUOTE_MARKS,
    MEDIA_NAMES,
    NAME_LABELS,
    SUBJECT_DEPS,
    TITLE_WORDS,
)
from dateline.nlp import token_table

# How many sentences back a nominal or pronoun may look for its antecedent.
ANTECEDENT_WINDOW = 3
_TITLE_MODIFIERS = frozenset({"former", "acting", "interim", "deputy", "then", "top", "senior"})
_NAME_JOINERS = frozenset({"of", "for", "and", "the", "on"})
_GROUP_WORDS = frozenset({"group", "organization", "organisation", "movement", "party"})
_NON_LETTERS = re.compile(r"[^a-z0-9]+")


@dataclass
class MentionRef:
    span: Span
    kind: str  # name | nominal | pronoun
    label: str = ""


# The most words a nameless entity's name runs to with its "of" phrase.
NOMINAL_NAME_WORDS = 10


@dataclass
class RoleRef:
    span: Span
    kind: str  # title | apposition | nominal


@dataclass(eq=False)
class Cluster:
    """One entity: its mentions and the roles the article states for it (hashed by identity)."""

    label: str
    mentions: list[MentionRef] = field(default_factory=list)
    roles: list[RoleRef] = field(default_factory=list)
    # Who the body's "I" is where only the headline names them (`entities.author`): the
    # entity of the headline's words, in a Doc of their own, that names and codes this one.
    author: Cluster | None = None

    @property
    def start(self) -> int:
        return min(m.span.start for m in self.mentions)

    @property
    def names(self) -> list[Span]:
        return [m.span for m in self.mentions if m.kind == "name"]

    @property
    def name(self) -> str:
        """Canonical name: the longest proper name, else the headline's for an address's
        speaker, else the longest mention with what its "of" phrases say of it ("the Head
        of the Office of the President", not "the Head")."""
        if not self.names and self.author is not None:
            return self.author.name
        spans = self.names or [m.span for m in self.mentions]
        best = max(spans, key=lambda s: (not _a_word_again(s), len(s.text), -s.start))
        if not self.names:
            end = _of_chain_end(best.root)
            # not a name after a title: "the Prime Minister of Greece [Kyriakos Mitsotakis]"
            end = next((i for i in range(best.end, end) if best.doc[i].ent_type_ == "PERSON"),
                       end)
            while end > best.end and best.doc[end - 1].pos_ in {"CCONJ", "PUNCT", "ADP", "DET"}:
                end -= 1  # "citizens of the Russian Federation and [a name]"
            if best.end + 1 < end <= best.start + NOMINAL_NAME_WORDS:
                return best.doc[best.start : end].text
        return best.text

    @property
    def name_tokens(self) -> tuple[str, ...]:
        longest = max(self.names, key=lambda s: len(s), default=None)
        return tuple(token_keys(longest)) if longest is not None else ()

    def covers(self, span: Span) -> bool:
        return any(m.span.start == span.start and m.span.end == span.end for m in self.mentions)


# ---------------------------------------------------------------------------- helpers


def _of_chain_end(noun: Token, listed: bool = False) -> int:
    """Where a noun's "of" phrases end, each taken with the nouns it lists and its own "of"
    phrases ("the Head of the Office of the President", "the leaders of Russia, Azerbaijan
    and Armenia"), but no clause or other phrase ("the people of the world who support");
    `listed`: with the nouns the noun itself lists."""
    end = noun.i + 1
    for child in noun.children:
        if child.i < noun.i:
            continue
        if child.dep_ == "prep" and child.lower_ == "of":
            end = max([end, *(_of_chain_end(o, listed=True) for o in child.children
                              if o.dep_ == "pobj")])
        elif listed and child.dep_ in {"conj", "cc"}:
            end = max(end, _of_chain_end(child, listed=True))
    return end


def _a_word_again(span: Span) -> bool:
    """A name that says one of its later words twice is a page's speaker card run into the
    text ("Jair Bolsonaro Bolsonaro JairPresident"): any other name of the entity is better.
    A first name said twice is a name ("Sirhan Sirhan", "Boutros Boutros-Ghali")."""
    words = [t.text for t in span if t.is_alpha]
    return any(word in words[:k] for k, word in enumerate(words) if k >= 2)


def trim_name(span: Span) -> Span | None:
    """Drop leading determiners and trailing possessives, punctuation and function words
    (a lower-case preposition or conjunction) from an NER span."""
    start, end = span.start, span.end
    doc = span.doc
    # "Greeting Zuzana Čaputová in Kyiv, he stressed": a participle opening the sentence
    while start < end and (doc[start].lower_ in DETERMINERS or doc[start].is_punct
                           or doc[start].tag_ in {"VBG", "VBD", "VBN"}):
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct or (
            doc[end - 1].tag_ in {"IN", "CC", "TO"} and doc[end - 1].is_lower)):
        end -= 1  # "Patrice Talon of" Benin: the small model's span runs one word on
    if start >= end:
        return None
    return Span(doc, start, end, label=span.label_)


def is_subject(span: Span) -> bool:
    """The span is a clause's subject, or names it after its title ("President of Ukraine
    Volodymyr Zelenskyy had a conversation …": the parse makes "President" the subject and
    the name its apposition, or the object of its "of" with the country as a compound)."""
    return any(t.dep_ in SUBJECT_DEPS or (t.dep_ == "appos" and t.head.dep_ in SUBJECT_DEPS)
               or (t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.dep_ in SUBJECT_DEPS
                   and any(c.dep_ == "compound" and c.i < span.start
                           and c.ent_type_ in {"GPE", "NORP"} for c in t.children))
               for t in span)


def _country_stems(spans: Iterable[Span]) -> set[str]:
    """Nationality hints ("Iranian", "Iran's") reduced to a comparable stem."""
    stems = set()
    for span in spans:
        for token in span:  # not the "the" of "the United States" the recogniser takes in
            if token.ent_type_ in {"NORP", "GPE"} and token.pos_ != "DET":
                stem = _NON_LETTERS.sub("", token.lower_)[:4]
                if stem:
                    stems.add(stem)
    return stems


# ---------------------------------------------------------------------------- pass 1: names


# Words an office's name joins its title words with: "Head of State", "Head of Government".
_OFFICE_JOINERS = frozenset({"of", "the", "state", "government"})


def _office_only(span: Span) -> bool:
    """"Head of State", "Prime Minister": an office of several words in capitals, tagged as
    a name but naming no one; as a nominal it can point to its holder ("the Head of State
    emphasized"). One title word alone ("Queen", "Chancellor") stays a name: the names pass
    joins it to the full name it opens ("Queen Elizabeth II")."""
    words = [t.lower_ for t in span]
    if all(w in RANK_WORDS or w == "and" for w in words):
        return True  # "Extraordinary", "Plenipotentiary"
    return len(words) > 1 and any(w in TITLE_WORDS for w in words) and all(
        w in TITLE_WORDS or w in _OFFICE_JOINERS for w in words)


_DASHES = frozenset({"-", "–", "—"})


def _a_pair(span: Span, alone: set[str]) -> bool:
    """"the prior Trump-Biden debate", "the Putin–Biden summit": two names joined by a dash,
    each of which the article also gives alone, name two people, not one (a double-barrelled
    name, "Ocasio-Cortez", is not found halved)."""
    words = [t.text for t in span]
    return len(words) == 3 and words[1] in _DASHES and words[0] in alone and words[2] in alone


def name_mentions(doc: Doc) -> list[Span]:
    spans = []
    people = [e for e in doc.ents if e.label_ == "PERSON"]
    alone = {t.text for e in people if not any(t.text in _DASHES for t in e) for t in e}
    for ent in doc.ents:
        if ent.label_ not in NAME_LABELS:
            continue
        trimmed = trim_name(ent)
        if trimmed is not None and any(c.isalpha() for c in trimmed.text) \
                and not _office_only(trimmed) \
                and not (trimmed.label_ == "PERSON" and _a_pair(trimmed, alone)):
            if trimmed.label_ == "PERSON" and span_key(trimmed) in MEDIA_NAMES:
                # a platform or outlet ("Twitter"), never a person
                trimmed = Span(doc, trimmed.start, trimmed.end, label="ORG")
            spans.append(trimmed)
    return spans


def cluster_names(spans: list[Span]) -> list[Cluster]:
    """Group name mentions: persons by name-token containment, others by key or acronym."""
    persons: list[Cluster] = []
    # Each person's name tokens (`Cluster.name_tokens` as a set), renewed when a name joins.
    name_sets: dict[int, set[str]] = {}
    people = sorted((s for s in spans if s.label_ == "PERSON"), key=lambda s: (-len(s), s.start))
    for span in people:
        target = _best_person(persons, name_sets, token_keys(span), span.start)
        if target is None:
            target = Cluster(label="PERSON")
            persons.append(target)
        target.mentions.append(MentionRef(span, "name", "PERSON"))
        name_sets[id(target)] = set(target.name_tokens)

    others: dict[str, Cluster] = {}
    for span in sorted((s for s in spans if s.label_ != "PERSON"), key=lambda s: s.start):
        tokens = token_keys(span)
        person = (_best_person(persons, name_sets, tokens, span.start)
                  if span[0].pos_ == "PROPN" else None)
        if person is not None:
            # The small model tags some surnames ORG or NORP; the person's full name wins.
            person.mentions.append(MentionRef(span, "name", span.label_))
            name_sets[id(person)] = set(person.name_tokens)
            continue
        key = " ".join(tokens)
        cluster = others.get(key) or _acronym_match(others.values(), span)
        if cluster is None:
            cluster = others[key] = Cluster(label=span.label_)
        cluster.mentions.append(MentionRef(span, "name", span.label_))

    for cluster in others.values():
        cluster.label = _vote_label(cluster)
    return persons + list(others.values())


def _best_person(persons: list[Cluster], name_sets: dict[int, set[str]], tokens: list[str],
                 position: int) -> Cluster | None:
    """The person whose full name (`name_sets`, by cluster identity) contains every token;
    on a tie, the one named most often so far, then the most recently named: "Robert
    Mugabe ... his wife Grace Mugabe ... Mugabe fired" is still Robert (news names the
    lesser bearer of a shared surname by given name)."""
    if not tokens:
        return None
    wanted = set(tokens)
    matches = [c for c in persons if wanted <= name_sets[id(c)]]
    if not matches:
        return None

    def standing(cluster: Cluster) -> tuple[int, int]:
        before = [m.span.start for m in cluster.mentions if m.span.start <= position]
        return len(before), max(before, default=-1)

    return max(matches, key=standing)


def _acronym_match(clusters: Iterable[Cluster], span: Span) -> Cluster | None:
    """The cluster an acronym abbreviates ("UN" after "United Nations"), or, for a full
    name, the cluster of its acronym met first ("United States" after "US")."""
    text = _acronym(span)
    initials = _initials(span)
    for cluster in clusters:
        for name in cluster.names:
            if (text and len(name) > 1 and _initials(name) == text) or (
                    initials and _acronym(name) == initials):
                return cluster
    return None


def _acronym(span: Span) -> str | None:
    text = span.text.replace(".", "")
    return text if 2 <= len(text) <= 6 and text.isupper() and text.isalpha() else None


def _initials(span: Span) -> str | None:
    """"US" for "United States"; None for a one-word name."""
    if len(span) < 2:
        return None
    return "".join(t.text[0] for t in span if t.lower_ not in _NAME_JOINERS).upper()


def _vote_label(cluster: Cluster) -> str:
    """Most frequent label among names; the longest name breaks ties."""
    counts = Counter(m.label for m in cluster.mentions if m.kind == "name")
    top = max(counts.values())
    tied = {label for label, n in counts.items() if n == top}
    longest = max((m for m in cluster.mentions if m.label in tied), key=lambda m: len(m.span.text))
    return longest.label


# ---------------------------------------------------------------------------- pass 2: surnames


def add_missed_surnames(doc: Doc, clusters: list[Cluster]) -> None:
    """Add capitalised occurrences of a person's surname that NER did not tag."""
    covered = _covered_tokens(clusters)
    surnames = Counter(c.name_tokens[-1] for c in clusters if c.label == "PERSON" and c.name_tokens)
    positions: dict[str, list[int]] = {}
    for i, lower in enumerate(token_table(doc).lowers):
        if lower in surnames:
            positions.setdefault(lower, []).append(i)
    for cluster in clusters:
        if cluster.label != "PERSON" or not cluster.name_tokens:
            continue
        surname = cluster.name_tokens[-1]
        if surnames[surname] > 1:
            continue  # two people share it: leave the choice to NER
        for i in positions.get(surname, ()):
            if i in covered or not doc[i].text[:1].isupper():
                continue
            span = doc[i : i + 1]
            cluster.mentions.append(MentionRef(span, "name", "PERSON"))
            covered.add(i)


def _covered_tokens(clusters: Iterable[Cluster]) -> set[int]:
    return {i for c in clusters for m in c.mentions for i in range(m.span.start, m.span.end)}


# ---------------------------------------------------------------------------- pass 3: roles


def add_roles(doc: Doc, clusters: list[Cluster]) -> None:
    person_tokens = {
        i for c in clusters if c.label == "PERSON" for s in c.names for i in range(s.start, s.end)
    }
    for cluster in clusters:
        if cluster.label not in {"PERSON", "ORG"}:
            continue
        seen: set[tuple[int, int]] = set()
        for name in cluster.names:
            for role in (title_before(name, person_tokens), *appositions(name)):
                if role is not None and (role.span.start, role.span.end) not in seen:
                    seen.add((role.span.start, role.span.end))
                    cluster.roles.append(role)
        if cluster.label == "ORG" and not any(n.text.isupper() for n in cluster.names) and any(
                _names_a_person(r) for r in cluster.roles):
            cluster.label = "PERSON"


def _names_a_person(role: RoleRef) -> bool:
    """'Sviatlana Tsikhanouskaya, an opposition candidate': the small model tags many foreign
    names ORG; a description in apposition by an office or a person's word says who it is
    (not for an acronym: "ISNA, the prosecutor general of Tehran, ..." is a misparse)."""
    root = role.span.root
    return (role.kind == "apposition" and root.tag_ == "NN"
            and root.lemma_.lower() in PERSON_HEADS)


def title_before(name: Span, person_tokens: set[int]) -> RoleRef | None:
    """The title run right before a name: "Iranian Foreign Minister" Mohammad Javad Zarif."""
    if name.label_ not in {"PERSON", ""} and name.root.ent_type_ != "PERSON":
        return None
    doc = name.doc
    accepted = set(range(name.start, name.end))
    start = name.start
    j = name.start - 1
    while j >= name.sent.start:
        token = doc[j]
        if token.i in person_tokens or token.is_punct:
            break
        ent = _entity_ending_at(doc, j + 1)
        if ent is not None and ent.label_ in {"ORG", "NORP", "GPE"} and token.head.i in accepted:
            accepted.update(range(ent.start, ent.end))
            start, j = ent.start, ent.start - 1
            continue
        titleish = token.is_title or token.is_upper or token.lower_ in TITLE_WORDS
        if not (titleish or token.lower_ in _TITLE_MODIFIERS) or token.head.i not in accepted:
            break
        accepted.add(j)
        start, j = j, j - 1
    while start < name.start and doc[start].lower_ in _NAME_JOINERS:
        start += 1
    start = _serving_title_start(doc, start, name.sent.start)
    run = doc[start : name.start]
    if not any(t.lower_.rstrip(".") in TITLE_WORDS or t.lower_ in TITLE_WORDS for t in run):
        return _title_of_chain(name)
    return RoleRef(run, "title")


def _serving_title_start(doc: Doc, start: int, sentence_start: int) -> int:
    """Where a title that serves the office the run names begins: "Aide to the President
    Yury Ushakov" (the run stopped at "the" is "President"), "Adviser to the Prime
    Minister"; else `start`."""
    if start - 3 < sentence_start or doc[start - 1].lower_ != "the" \
            or doc[start - 2].lower_ not in {"to", "for"}:
        return start
    head = doc[start - 3]
    return start - 3 if head.is_title and head.lower_ in TITLE_WORDS else start


def _title_of_chain(name: Span) -> RoleRef | None:
    """A capitalised title whose "of" phrases run into the name: "Head of the Office of the
    President of Ukraine Andriy Yermak", "Head of the President's Office Andriy Yermak",
    which the parse reads as the name being the object of the last "of", or in apposition to
    the title ("President of Ukraine Volodymyr Zelenskyy") or to the country that ends it
    ("President of the United States of America Joseph Biden")."""
    token = name.root
    head = token.head
    if token.dep_ == "appos" and head.i < name.start and (
            head.dep_ == "pobj" or any(c.dep_ == "prep" and c.lower_ == "of"
                                       for c in head.children)):
        token = head  # not "Special Representative for Iran Brian Hook": for, not of
    while (token.dep_ == "pobj" and token.head.lower_ == "of"
           and token.head.head.pos_ in {"NOUN", "PROPN"} and token.head.head.i < token.i):
        token = token.head.head
    if token.i == name.root.i:
        token = _title_run_start(name) or token  # the parse hung the title on the name
    if token.i == name.root.i or not token.is_title or token.lower_ not in TITLE_WORDS:
        return None
    start = token.i
    while start > name.sent.start and (
            (before := name.doc[start - 1]).lower_ in _TITLE_MODIFIERS
            or (before.is_title and before.lower_ in TITLE_WORDS)):
        start -= 1  # "Deputy Head of …", "Vice President of …"
    run = name.doc[start : name.start]
    people = [t.i for t in run if t.ent_type_ == "PERSON"]
    if people:  # "President of Turkmenistan Serdar Berdimuhamedov President of Russia
        run = name.doc[people[-1] + 1 : name.start]  # Vladimir Putin": the last one's
        if not run or not (run[0].is_title and run[0].lower_ in TITLE_WORDS):
            return None
    # "Head of the President's Office Andriy Yermak": a possessive within the title
    if any(t.is_punct or not (t.is_title or t.is_upper or t.lower_ in _NAME_JOINERS
                              or t.tag_ == "POS") for t in run):
        return None
    return RoleRef(name.doc[_serving_title_start(name.doc, run.start, name.sent.start)
                            : name.start], "title")


def _title_run_start(name: Span) -> Token | None:
    """The first word of a capitalised "of" chain that runs up to the name ("by Head of the
    Office of the President of Ukraine Andriy Yermak commenting …", where the parse makes
    the country a part of the name), read from the words alone."""
    doc = name.doc
    start = name.start
    while start > name.sent.start and (
            doc[start - 1].is_title or doc[start - 1].lower_ in {"of", "the"}):
        start -= 1
    while start < name.start and doc[start].lower_ in {"of", "the"}:
        start += 1
    run = doc[start : name.start]
    if not any(t.lower_ == "of" for t in run):
        return None
    return doc[start]


def _entity_ending_at(doc: Doc, end: int) -> Span | None:
    token = doc[end - 1]
    if token.ent_iob_ in {"", "O"} or (token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I"):
        return None
    start = end - 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    return Span(doc, start, end, label=doc[start].ent_type_) if end - start > 1 else None


def appositions(name: Span) -> Iterator[RoleRef]:
    """Descriptions in apposition: "Mohib, the Afghan president's national security advisor"."""
    doc = name.doc
    for token in name:
        for child in token.children:
            in_list = any(c.dep_ in {"conj", "cc"} for c in child.children)
            if in_list:
                continue  # "Mordor, the awful Fornost, and Gondor" is a list, not a role
            if child.dep_ == "appos" and child.i >= name.end and child.pos_ in {"NOUN", "PROPN"}:
                span = _trim_punct(doc[child.left_edge.i : child.right_edge.i + 1])
                if span is not None and span.start >= name.end:
                    yield RoleRef(span, "apposition")
    root = name.root
    if root.dep_ == "appos" and root.head.i < name.start and root.head.pos_ == "NOUN":
        head = root.head
        span = _trim_punct(doc[head.left_edge.i : head.i + 1])
        if span is not None:
            yield RoleRef(span, "apposition")


def _trim_punct(span: Span) -> Span | None:
    start, end = span.start, span.end
    doc = span.doc
    while start < end and doc[start].is_punct:
        start += 1
    while end > start and doc[end - 1].is_punct:
        end -= 1
    return doc[start:end] if start < end else None


# ---------------------------------------------------------------------------- pass 4: the rest


class _PersonIndex:
    """Person mentions by position, for quick 'who was mentioned just before here' lookups."""

    def __init__(self, doc: Doc, clusters: list[Cluster]) -> None:
        self.sent_starts = [sent.start for sent in doc.sents]
        self.entries: list[tuple[int, int, MentionRef, Cluster]] = []
        for cluster in clusters:
            if cluster.label == "PERSON" and not _named_as_a_place(cluster):
                for mention in cluster.mentions:
                    self.add(mention, cluster)

    def sentence_of(self, token_index: int) -> int:
        return self.sent_starts[bisect_right(self.sent_starts, token_index) - 1]

    def add(self, mention: MentionRef, cluster: Cluster) -> None:
        entry = (mention.span.start, mention.span.end, mention, cluster)
        insort(self.entries, entry, key=lambda e: (e[0], e[1]))

    def cluster_at(self, token_index: int) -> Cluster | None:
        for start, end, _, cluster in self.entries:
            if start <= token_index < end:
                return cluster
        return None

    def within(self, first: int, end: int) -> Iterator[tuple[MentionRef, Cluster]]:
        """The mentions that lie wholly in tokens `first` to `end` (exclusive), in order."""
        low = bisect_left(self.entries, first, key=lambda e: e[0])
        high = bisect_left(self.entries, end, key=lambda e: e[0])
        return ((m, c) for start, stop, m, c in self.entries[low:high] if stop <= end)

    def before(self, span: Span) -> list[tuple[int, MentionRef, Cluster]]:
        """(sentence start, mention, cluster) ending before `span`, nearest first, within
        the current sentence and the few before it."""
        sentence = bisect_right(self.sent_starts, span.start) - 1
        first = self.sent_starts[max(0, sentence - ANTECEDENT_WINDOW)]
        low = bisect_left(self.entries, first, key=lambda e: e[0])
        high = bisect_left(self.entries, span.start, key=lambda e: e[0])
        found = [
            (self.sentence_of(start), mention, cluster)
            for start, end, mention, cluster in self.entries[low:high]
            if end <= span.start
        ]
        return found[::-1]


# Prepositions of place that a person's name does not follow ("the situation around Donbass").
_PLACE_PREPOSITIONS = frozenset({"in", "around", "near", "across", "throughout", "inside",
                                 "outside", "within"})
# Verbs whose object is a place where a place is named as one: "to visit Sochi".
_PLACE_VERBS = frozenset({"visit", "tour"})


def _named_as_a_place(cluster: Cluster) -> bool:
    """A "person" whose names all stand where a place does, one after a preposition of place
    ("around Donbass", "the territory of Donbass", "the Kiev authorities", "to visit Sochi
    … I was in Sochi"), a conjunct standing where its first conjunct does ("in occupied
    Donetsk and Luhansk", "the Donetsk and Luhansk regions"): the small model's PERSON for
    a region or city, which no "the President" or "he" may refer back to."""
    names = [m.span for m in cluster.mentions if m.kind == "name"]
    roots = [first_conjunct(span.root) for span in names]
    return bool(roots) and all(
        r.dep_ in {"pobj", "compound", "nmod"}
        or (r.dep_ == "dobj" and r.head.lemma_ in _PLACE_VERBS)
        for r in roots) and any(
        r.dep_ == "pobj" and r.head.lower_ in _PLACE_PREPOSITIONS for r in roots)


def link_nominals_and_pronouns(doc: Doc, clusters: list[Cluster]) -> list[Cluster]:
    """Link definite nominals and he/she pronouns; unlinked nominals become entities."""
    covered = _covered_tokens(clusters) | {
        i for c in clusters for r in c.roles for i in range(r.span.start, r.span.end)
    }
    candidates = sorted(
        [*_nominal_spans(doc, covered), *_pronoun_spans(doc, covered)], key=lambda s: s.start
    )
    index = _PersonIndex(doc, clusters)
    named = {i: c for c in clusters for s in c.names for i in range(s.start, s.end)}
    new_clusters: dict[str, Cluster] = {}
    later: list[tuple[Span, Token]] = []  # possessives whose subject is a nominal yet to link
    nominal = {i for span in candidates if span.root.pos_ != "PRON"
               for i in range(span.start, span.end)}
    for span in candidates:
        if span.root.pos_ == "PRON":
            subject = _fronted_subject(span)
            if subject is not None and subject.i in nominal:
                later.append((span, subject))
                continue
            antecedent = _pronoun_antecedent(span, index)
            if antecedent is not None:
                mention = MentionRef(span, "pronoun")
                antecedent.mentions.append(mention)
                index.add(mention, antecedent)
            continue
        key = span_key(_without_determiner(span))
        owner = _named_owner(span, named) or _identified_as(span, named)
        if owner is not None:  # "the Taliban group" is the Taliban
            owner.mentions.append(MentionRef(span, "nominal"))
            continue
        if _is_group(span):
            group = new_clusters.setdefault(key, Cluster(label="ORG"))
            group.mentions.append(MentionRef(span, "nominal"))
            continue
        indefinite = span[0].lower_ in {"a", "an"}  # "an Argentine judge" is someone new
        person = (
            None
            if indefinite
            else (_same_title(span, clusters, given_before=True)
                  or _office_holder(span, clusters) or _person_meant(span, clusters, index))
        )
        if person is None:  # "the President of Turkey" and "the President of Russia": two
            whose = ",".join(sorted(_country_stems(_of_phrases(span))))
            person = new_clusters.setdefault(f"{key}|{whose}", Cluster(label="PERSON"))
        mention = MentionRef(span, "nominal")
        person.mentions.append(mention)
        person.roles.append(RoleRef(span, "nominal"))
        index.add(mention, person)
    for span, subject in later:  # "For her part, the President of the Slovak Republic noted"
        found = index.cluster_at(subject.i)
        if found is not None:
            mention = MentionRef(span, "pronoun")
            found.mentions.append(mention)
            index.add(mention, found)
    return clusters + list(new_clusters.values())


# Singular heads a nominal mention can have (any plural head can be a group's)
_SINGULAR_HEADS = (MATERIEL_HEADS | COUNTRY_PARTY_HEADS | COLLECTIVE_HEADS | PERSON_HEADS
                   | ATTACKER_HEADS | {"bomber"})


def _nominal_spans(doc: Doc, covered: set[int]) -> Iterator[Span]:
    for chunk in doc.noun_chunks:
        root = chunk.root
        if root.i in covered or root.pos_ not in {"NOUN", "PROPN"}:
            continue
        lemma = root.lemma_.lower()
        plural = root.tag_ in {"NNS", "NNPS"}
        if not plural and lemma not in _SINGULAR_HEADS:
            continue  # none of the kinds below
        span = doc[chunk.start : root.i + 1]
        has_name = any(i in covered for i in range(span.start, span.end))
        national = any(t.ent_type_ in {"NORP", "GPE"} for t in span if t.i != root.i)
        group = (plural and (lemma in GROUP_HEADS or (
            national and root.pos_ == "NOUN" and lemma not in THING_HEADS))) or (
            national and lemma in MATERIEL_HEADS | COUNTRY_PARTY_HEADS
        )
        # "the coalition", "police", "a US-led coalition" (a country's word names whose)
        collective = not plural and lemma in COLLECTIVE_HEADS and (
            span[0].lower_ in {"the", lemma} or national)
        person = (
            not plural
            and lemma in PERSON_HEADS
            and (span[0].lower_ in {"the", "this"} or national)  # "Taiwan's foreign minister"
            and not (has_name and lemma in _GROUP_WORDS)
            and not _a_body_part(root)
        )
        # "a gunman", "the assailant"; not a bare "PKK-YPG terrorist" in "the threat from
        # PKK-YPG terrorist", a kind of person named, not someone
        attacker = not plural and _an_attacker(root) and span[0].dep_ in {"det", "poss"}
        if group or collective or person or attacker:
            yield span


def _a_body_part(root: Token) -> bool:
    """"shot in the head": a head with nothing saying of what ("the head of the
    delegation", "the delegation head") is no one."""
    return root.lemma_.lower() == "head" and not any(
        c.dep_ in {"compound", "amod", "nmod", "poss"} or (c.dep_ == "prep" and c.lower_ == "of")
        for c in root.children)


def _an_attacker(root: Token) -> bool:
    """"a gunman", "an assailant", "a suicide bomber": an armed attacker, whoever it is;
    not what someone is called ("labeled Soleimani as a terrorist", "he was a militant")."""
    lemma = root.lemma_.lower()
    if root.dep_ in {"attr", "oprd", "appos"} or (
            root.dep_ == "pobj" and root.head.lower_ in {"as", "like"}):
        return False
    return lemma in ATTACKER_HEADS or (lemma == "bomber" and any(
        c.dep_ == "compound" and c.lower_ == "suicide" for c in root.children))


def _pronoun_spans(doc: Doc, covered: set[int]) -> Iterator[Span]:
    for i, lower in enumerate(token_table(doc).lowers):
        if lower in THIRD_PERSON_PRONOUNS and i not in covered:
            yield doc[i : i + 1]


def _named_owner(span: Span, named: dict[int, Cluster]) -> Cluster | None:
    """The named organisation a singular 'the X group/party/movement' phrase describes."""
    if span.root.lemma_.lower() not in _GROUP_WORDS or span.root.tag_ in {"NNS", "NNPS"}:
        return None
    owners = {id(named[i]): named[i] for i in range(span.start, span.end) if i in named}
    found = [c for c in owners.values() if c.label in {"ORG", "NORP"}]
    return found[0] if len(found) == 1 else None


def _identified_as(span: Span, named: dict[int, Cluster]) -> Cluster | None:
    """"The attacker, identified as Sudesh Amman, was placed under surveillance": the
    person the text names the nominal as."""
    for acl in span.root.children:
        if acl.dep_ == "acl" and acl.lemma_.lower() in {"identify", "name"}:
            for prep in acl.children:
                if prep.dep_ == "prep" and prep.lower_ == "as":
                    found = [named[o.i] for o in prep.children if o.dep_ == "pobj" and o.i in named]
                    if found and found[0].label == "PERSON":
                        return found[0]
    return None


def _is_group(span: Span) -> bool:
    root = span.root
    return root.tag_ in {"NNS", "NNPS"} or root.lemma_.lower() in (
        COLLECTIVE_HEADS | COUNTRY_PARTY_HEADS)


def _without_determiner(span: Span) -> Span:
    start = span.start
    while start < span.end - 1 and span.doc[start].lower_ in DETERMINERS:
        start += 1
    return span.doc[start : span.end]


def _most_salient(found: list[tuple[int, MentionRef, Cluster]]) -> Cluster | None:
    """The nearest sentence with a candidate decides: its subject, else its latest mention."""
    if not found:
        return None
    nearest = found[0][0]
    in_sentence = [(m, c) for sent, m, c in found if sent == nearest]
    subjects = [c for m, c in in_sentence if is_subject(m.span)]
    return subjects[0] if subjects else in_sentence[0][1]


PRONOUN_TAGS = frozenset({"PRP", "PRP$"})
_MALE = frozenset({"he", "him", "his", "himself", "king", "prince", "mr", "mr.", "sir",
                   "emperor", "sultan", "sheikh", "husband", "father", "son", "brother",
                   "man", "boy", "gentleman"})
_FEMALE = frozenset({"she", "her", "hers", "herself", "queen", "princess", "mrs", "mrs.",
                     "ms", "ms.", "madam", "empress", "wife", "mother", "daughter", "sister",
                     "woman", "girl", "lady"})


def _gender(cluster: Cluster) -> str | None:
    """"m" or "f" when the text's titles for the person say so ("Queen", "Mr"), else None:
    "He is widely suspected" is not the Queen the sentence before named. (Pronouns already
    linked are no evidence: one wrong link would block the right ones; nor is a pronoun in
    a role, which tells of someone else: "the lawyer who represented Stormy Daniels in her
    lawsuit", "his wife".)"""
    words = {t.lower_ for m in cluster.mentions if m.kind != "pronoun" for t in m.span} | {
        t.lower_ for r in cluster.roles for t in r.span if t.tag_ not in PRONOUN_TAGS}
    male, female = bool(words & _MALE), bool(words & _FEMALE)
    if male or female:
        return "m" if male and not female else "f" if female and not male else None
    # else the first name of a full name: "Boris Johnson", "Olena Zelenska"
    genders = first_name_genders()
    named = {genders[span[0].lower_] for span in cluster.names
             if len(span) > 1 and span[0].lower_ in genders}
    return named.pop() if len(named) == 1 else None


def _pronoun_antecedent(span: Span, index: _PersonIndex) -> Cluster | None:
    cataphor = _fronted_possessive_subject(span, index)
    if cataphor is not None:
        return cataphor
    wanted = "m" if span.root.lower_ in _MALE else "f" if span.root.lower_ in _FEMALE else None
    opening = quotation_opened_before(span) if wanted is not None else None
    speaking = opening.sent if opening is not None else None
    quoted = _quotation_just_closed(span)
    found = index.before(span)
    clauses = _its_own_clauses(span)
    others = {id(cluster) for _, mention, cluster in found
              if (mention.kind != "pronoun"
                  and any(start <= mention.span.start < end for start, end in clauses))
              or _co_arguments(mention.span, span)}
    return _most_salient([(sent, mention, cluster) for sent, mention, cluster in found
                          if (wanted is None or _gender(cluster) in {None, wanted})
                          and not (opening is not None and mention.span.sent == speaking
                                   and mention.span.end <= opening.i)
                          and not (quoted is not None
                                   and quoted[0] < mention.span.start < quoted[1])
                          and id(cluster) not in others])


def _co_arguments(mention: Span, pronoun: Span) -> bool:
    """Two pronouns of one verb are two people ("He asked her", "she told him"); a
    reflexive is the other's own ("he asked himself")."""
    return mention.root.pos_ == "PRON" and mention.root.head.i == pronoun.root.head.i \
        and not pronoun.root.lower_.endswith(("self", "selves"))


def _its_own_clauses(pronoun: Span) -> list[tuple[int, int]]:
    """The subjectless participle clauses of a subject pronoun's verb ("Greeting Zuzana
    Čaputová in Kyiv, he stressed", "After meeting the envoy, she said"): their doer is the
    pronoun, so whom they name is someone else (a pronoun in them may still be the doer's
    own: "Greeting his guest, he said")."""
    if pronoun.root.dep_ not in SUBJECT_DEPS:
        return []
    clauses = []
    for child in pronoun.root.head.children:
        if child.i > pronoun.root.i:
            break
        verbs = [child] if child.dep_ == "advcl" else [
            c for c in child.children if c.dep_ == "pcomp"] if child.dep_ == "prep" else []
        clauses += [(verb.left_edge.i, verb.right_edge.i + 1) for verb in verbs
                    if verb.tag_ in {"VBG", "VBN"} and verb.lemma_.lower() not in _NAMING_VERBS
                    and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)]
    return clauses


# "Born Robert Burns, he …", "Known as Bobby, she …": a clause that gives the doer's own name.
_NAMING_VERBS = frozenset({"bear", "name", "call", "know", "christen", "dub", "nickname"})


def _quotation_just_closed(pronoun: Span) -> tuple[int, int] | None:
    """The quotation ('"… thank President Biden …," he stressed') whose speaker a pronoun
    right after it is: who is named inside it is whom the speaker speaks of, not "he"."""
    if pronoun.root.dep_ not in SUBJECT_DEPS:
        return None
    texts = token_table(pronoun.doc).texts
    closing = next((i for i in range(pronoun.start - 1, max(-1, pronoun.start - 4), -1)
                    if texts[i] in DOUBLE_QUOTE_MARKS), None)
    if closing is None or quotation_opened_before(pronoun) is not None:
        return None
    opening = next((i for i in range(closing - 1, -1, -1)
                    if texts[i] in DOUBLE_QUOTE_MARKS or "\n" in texts[i]), None)
    if opening is None or texts[opening] not in DOUBLE_QUOTE_MARKS:
        return None
    return opening, closing


def quotation_opened_before(pronoun: Span) -> Token | None:
    """The mark that opens the quotation a pronoun stands in, within its paragraph: who is
    named before it in that sentence is the speaker or the speaker's subject, not "he"
    ("Schumer said "… we told the president we needed the government open. He resisted."")."""
    texts = token_table(pronoun.doc).texts  # no Token object made for each word passed
    marks = []
    for i in range(pronoun.start - 1, -1, -1):
        if "\n" in texts[i]:
            break
        if texts[i] in DOUBLE_QUOTE_MARKS:
            marks.append(i)
    return pronoun.doc[marks[0]] if len(marks) % 2 == 1 else None


def _fronted_possessive_subject(span: Span, index: _PersonIndex) -> Cluster | None:
    """'In his meeting with Ghani, Shamkhani said': the possessive points at the later subject."""
    subject = _fronted_subject(span)
    if subject is None:
        return None
    # "For his part, President of the French Republic Emmanuel Macron noted": the name the
    # title's phrase holds
    return index.cluster_at(subject.i) or next(
        (cluster for mention, cluster in index.within(subject.left_edge.i,
                                                      subject.right_edge.i + 1)
         if is_subject(mention.span)), None)


def _fronted_subject(span: Span) -> Token | None:
    """The subject after a possessive in a phrase fronted before it ("For her part, the
    President … noted"; "In his meeting with Ghani, Shamkhani said"); not in a clause the
    verb says ('"… his troops are the face of it," the President said')."""
    token = span.root
    if token.tag_ != "PRP$":
        return None
    root = span.sent.root
    fronted = token
    while fronted.head.i != root.i and fronted.head.i != fronted.i:
        fronted = fronted.head
    if fronted.head.i != root.i or fronted.dep_ not in _FRONTED_DEPS:
        return None
    return next((child for child in root.children
                 if child.dep_ in SUBJECT_DEPS and child.left_edge.i > fronted.right_edge.i),
                None)


# What a sentence fronts before its subject: "For his part", "In his opinion", "Speaking …".
_FRONTED_DEPS = frozenset({"prep", "advcl", "npadvmod", "advmod"})


def _nominal_antecedent(span: Span, index: _PersonIndex) -> Cluster | None:
    head = _office_head(span)
    # "the President of Egypt" says whose president as "the Egyptian president" does
    of_phrases = _of_phrases(span)
    hints = _country_stems([span, *of_phrases])
    states = _known_states([span, *of_phrases])
    compatible = [(s, m, c) for s, m, c in index.before(span)
                  if _compatible(c, head, hints) and not _known_elsewhere(c, states)
                  and not (_generic(head) and _known_by_the_deed(c))
                  and not (_generic(head) and _of_no_known_state(c, states))]
    # of the state it names: one whose title or name says so before one of no known state
    compatible = [e for e in compatible if _of_these_states(e[2], hints, states)] or compatible
    # "the Head of the Office of the President" is not the President
    served = {t.lemma_.lower() for o in of_phrases for t in o if t.lemma_.lower() in PERSON_HEADS}
    if head != HEAD_OF_STATE:
        compatible = [e for e in compatible if not any(_holds(e[2], w) for w in served)]
    if head in OFFICE_HEADS:
        # "Vladimir Putin asked Mr Razvozhayev … The Governor recalled": not the one the
        # dictionaries know in another office that day
        compatible = [e for e in compatible
                      if _holds(e[2], head) or _known_to_hold(e[2], span) is not False]
    # one titled so ("President Zelenskyy"), or known so, is "the President" before one
    # never titled
    titled = [(s, m, c) for s, m, c in compatible if _holds(c, head) or _known_to_hold(c, span)]
    if titled or _generic(head):
        return _most_salient(titled or compatible)
    # none near: the one person the article titled so, however far back, else one untitled
    far = {id(c): c for _, end, _, c in index.entries
           if end <= span.start and (_holds(c, head) or _known_to_hold(c, span))
           and _compatible(c, head, hints) and not _known_elsewhere(c, states)}
    return next(iter(far.values())) if len(far) == 1 else _most_salient(compatible)


def _of_these_states(cluster: Cluster, hints: set[str], states: set[str]) -> bool:
    """The person's titles or known names say they are of a state the nominal names."""
    return bool(hints & _stated_stems(cluster)) or bool(states & _name_states(cluster))


def _stated_stems(cluster: Cluster) -> set[str]:
    """The country words of the person's titles and their "of" phrases."""
    roles = [r.span for r in cluster.roles]
    return _country_stems([*roles, *(o for r in roles for o in _of_phrases(r))])


def _of_no_known_state(cluster: Cluster, states: set[str]) -> bool:
    """"Hitler allegedly had Jewish blood … Russia's top diplomat is blaming …": a nominal
    that names the state whose official it is ("Russia's top diplomat", "the Iranian
    official") is not a person the text names with no title and the dictionaries do not
    know as of that state; linked, it would lend him its country. A titled person may be
    that official ("the head of European football" names no state)."""
    if not states or cluster.roles:
        return False
    return not _name_states(cluster) & states


def _known_by_the_deed(cluster: Cluster) -> bool:
    """An attacker the text names only as such ("The attacker was shot dead. … The woman
    was killed in a stairwell."): "the man" or "the woman" after it is as likely one of
    the victims, whom the text did not make entities of."""
    nominals = [m for m in cluster.mentions if m.kind == "nominal"]
    return not cluster.names and bool(nominals) and all(
        _an_attacker(m.span.root) for m in nominals)


def _of_phrases(span: Span) -> list[Span]:
    """The "of" phrases of a nominal's head: "(the President) of Egypt"."""
    return [span.doc[o.left_edge.i : o.right_edge.i + 1] for p in span.root.children
            if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]


def _compatible(cluster: Cluster, head: str, hints: set[str]) -> bool:
    """No stated nationality contradicts the nominal's ("Egyptian", "of Egypt"), and a
    specific office matches a title."""
    stated = _stated_stems(cluster)
    if hints and stated and not hints & stated:
        return False
    if _generic(head) or not cluster.roles:
        return True
    return _holds(cluster, head)


def _known_states(spans: list[Span]) -> set[str]:
    """The states the actor dictionaries give the country words of a nominal ("the
    President of China": CHN)."""
    return _states_of(spans[0].doc, (t.i for span in spans for t in span
                                     if t.ent_type_ in {"GPE", "NORP"}))


def _known_elsewhere(cluster: Cluster, states: set[str]) -> bool:
    """A person the dictionaries know as of other states than the nominal names ("the
    President of China" is not Vladimir Putin, whatever the parse puts nearer)."""
    if not states:
        return False
    own = _name_states(cluster)
    return bool(own) and not own & states


def _name_states(cluster: Cluster) -> set[str]:
    """The states the dictionaries give the cluster's names (none for a nameless one)."""
    if not cluster.names:
        return set()
    return _states_of(cluster.names[0].doc,
                      (i for span in cluster.names for i in range(span.start, span.end)))


def _states_of(doc: Doc, tokens: Iterable[int]) -> set[str]:
    """The states `doc._.dateline_known_countries` gives these tokens (set by the
    `dateline_actor_names` stage; none where it has not run)."""
    if not Doc.has_extension("dateline_known_countries"):
        return set()
    known = doc._.dateline_known_countries or {}
    return {code for i in tokens for code in known.get(i, ())}


# The titles whose holder is a state's head: "the Head of State" is the article's president.
HEAD_OF_STATE_TITLES = frozenset({"president", "king", "queen", "monarch", "emir", "sultan",
                                  "emperor"})
HEAD_OF_STATE = "head of state"


def _office_head(span: Span) -> str:
    """The office a nominal names by its head word, or "head of state" for "the Head of
    State", which names no title word of its holder's ("President of Ukraine")."""
    root = span.root
    head = root.lemma_.lower()
    if head == "head" and any(o.lower_ == "state" for p in root.children
                              if p.dep_ == "prep" and p.lower_ == "of" for o in p.children):
        return HEAD_OF_STATE
    # "the Deputy Head", "the former president": another office than the head word's
    before = span.doc[root.i - 1] if root.i > span.start else None
    if before is not None and before.lower_ in SECOND_OFFICE_WORDS:
        return f"{before.lower_} {head}"
    return head


def _generic(head: str) -> bool:
    """An office (`_office_head`) that may be anyone's: "the official", "the Deputy Head"."""
    return head.rpartition(" ")[2] in GENERIC_PERSON_HEADS


def _holds(cluster: Cluster, head: str) -> bool:
    """The person's titles name the office ("President of Ukraine" for "the President";
    a president or monarch for "the Head of State")."""
    return any(_names_office([t.lemma_.lower() for t in _office_words(r.span)], head)
               for r in cluster.roles)


# Words that make a title another office than its head word: a vice president is no
# president, a deputy minister no minister.
SECOND_OFFICE_WORDS = frozenset({"vice", "deputy", "assistant", "under", "former", "ex"})


def _names_office(words: list[str], head: str) -> bool:
    """The words of a title name the office (`_office_head`): "president of russia" names
    "the President", "vice president" does not; "deputy head of the office" names "the
    Deputy Head"."""
    if head == HEAD_OF_STATE:
        modifier, wanted = None, HEAD_OF_STATE_TITLES
    else:
        first, _, last = head.rpartition(" ")
        modifier, wanted = first or None, frozenset({last})
    for i, word in enumerate(words):
        before = words[i - 1] if i else None
        if word in wanted and (before == modifier if modifier
                               else before not in SECOND_OFFICE_WORDS):
            return True
    return False


def _known_to_hold(cluster: Cluster, span: Span) -> bool | None:
    """Whether the dictionaries know the person as holding the bare office the nominal
    names that day ("the President": Vladimir Putin, "president of russia";
    `doc._.dateline_known_offices`); None where they know no office of theirs (most
    people), so that only knowledge rules anyone out, and for an office of a state ("the
    President of Finland", "the Afghan president"), which `_office_holder` and the
    nominal's states decide."""
    if not cluster.names or not Doc.has_extension("dateline_known_offices") \
            or _of_phrases(span) or _country_stems([span]):
        return None
    head = _office_head(span)
    known = cluster.names[0].doc._.dateline_known_offices or {}
    offices = {office for name in cluster.names for i in range(name.start, name.end)
               for office in known.get(i, ())}
    if not offices:
        return None
    held = [office for office in offices if _names_office(office.split(" of ")[0].split(), head)]
    if not held:
        return False
    # "the Foreign Minister" is Lavrov's office; "the Emergency Situations Minister" may be
    # anyone's: known to hold another ministry is no proof he does not hold that one too
    modifiers = [t.lower_ for t in span if t.i < span.root.i and t.dep_ in {"compound", "amod"}
                 and t.lower_ not in SECOND_OFFICE_WORDS | {"acting"}]
    return True if any(all(m in office for m in modifiers) for office in held) else None


def _office_words(title: Span) -> Span:
    """The words of a title that name the holder's own office, after its possessor and
    before its first preposition: "Head of the Office of the President" holds no
    presidency, nor does "Adviser to the President" or "the Afghan president's national
    security advisor" ("Deputy Head of the President's Office" is a deputy head: its
    possessor is in the preposition's phrase)."""
    end = next((t.i for t in title if t.pos_ == "ADP" and t.i > title.start), title.end)
    start = max((t.i + 1 for t in title.doc[title.start : end] if t.tag_ == "POS"),
                default=title.start)
    return title.doc[start:end]


def _with_of_phrases(span: Span) -> Span:
    """A nominal with its "of" phrases: "the President" of "the President of Ukraine"."""
    of_phrases = _of_phrases(span)
    return span.doc[span.start : max(o.end for o in of_phrases)] if of_phrases else span


def _office_holder(span: Span, clusters: list[Cluster]) -> Cluster | None:
    """"The President of Russia congratulated President Touadera … Vladimir Putin noted": the
    one person the article names whom the dictionaries know as holding the office the
    nominal names, that day, wherever in the article ("President of Russia", as the
    dictionary's role reads; `doc._.dateline_known_offices`)."""
    office = _without_determiner(_with_of_phrases(span))
    if office.end == span.end or not Doc.has_extension("dateline_known_offices"):
        return None  # no "of" phrase: no office of anyone's named
    wanted = " ".join(t.lower_ for t in office)
    known = span.doc._.dateline_known_offices or {}
    holders = [c for c in clusters if c.label == "PERSON" and any(
        wanted in known.get(i, ()) for name in c.names for i in range(name.start, name.end))]
    return holders[0] if len(holders) == 1 else None


def _person_meant(span: Span, clusters: list[Cluster], index: _PersonIndex) -> Cluster | None:
    """The person named before that the nominal points back to; but where the one before
    is not known to hold its office and the text titles someone so later ("despite
    criticism by the Greek foreign minister … Greek Foreign Minister George Katrougalos"),
    that one."""
    before = _nominal_antecedent(span, index)
    head = _office_head(span)
    if before is not None and (_holds(before, head) or _known_to_hold(before, span)):
        return before
    return _same_title(span, clusters, given_before=False) or _known_holder(span, clusters) \
        or before


def _known_holder(span: Span, clusters: list[Cluster]) -> Cluster | None:
    """"Vladimir Putin informed the Federal Chancellor … Vladimir Putin and Olaf Scholz
    exchanged views": the one person the article names whom the dictionaries know in the
    office that day, wherever in the article (a specific office only: not "the official")."""
    head = _office_head(span)
    if _generic(head):
        return None
    holders = [c for c in clusters if c.label == "PERSON" and _known_to_hold(c, span)]
    return holders[0] if len(holders) == 1 else None


def _same_title(span: Span, clusters: list[Cluster], *, given_before: bool) -> Cluster | None:
    """'the Afghan president' names the one person the article titles 'Afghan President';
    'the President of Ukraine' the one titled 'President of Ukraine', not one titled
    'President' alone ("thank President Biden … The President of Ukraine discussed").
    `given_before`: only a title the text gave before the nominal; one given later is
    the nominal's only where no one before it could be meant ("The President thanked the
    American people" in a release of Zelenskyy's is not "President Vladimir Putin" of its
    last paragraph)."""
    key = span_key(_without_determiner(_with_of_phrases(span)))
    matches = [
        c
        for c in clusters
        if c.label == "PERSON"
        and any(r.kind == "title" and span_key(r.span) == key
                and (r.span.start < span.start or not given_before) for r in c.roles)
    ]
    return matches[0] if len(matches) == 1 else None


# ---------------------------------------------------------------------------- all passes


def find_entities(doc: Doc) -> list[Cluster]:
    """Every entity of the document, ordered by first mention."""
    clusters = cluster_names(name_mentions(doc))
    add_missed_surnames(doc, clusters)
    add_roles(doc, clusters)
    clusters = link_nominals_and_pronouns(doc, clusters)
    for cluster in clusters:
        cluster.mentions.sort(key=lambda m: m.span.start)
        # "At the request of Naftali Bennett, the President of Russia briefed him": the
        # parse's apposition is the next verb's subject, no office of Bennett's (left out
        # only now: its words stay covered, so it makes no entity of its own)
        cluster.roles = sorted((r for r in cluster.roles if r.kind != "apposition"
                                or not subject_read_as_apposition(r.span)),
                               key=lambda r: r.span.start)
    return sorted(clusters, key=lambda c: c.start)
