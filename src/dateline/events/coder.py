"""PLOVER event coding from the dependency parse: triggers, arguments, modality.

Pure functions over a parsed `Doc` and its entity clusters. How an event is read:

- a trigger is a verb in the lexicon (its phrasal form first: "call for", "pull out"), with a
  verb+object pattern deciding the code when one matches, or an event noun ("talks",
  "withdrawal", "invasion") heading its own phrase; a noun that is the object of a light
  verb ("held talks", "ordered a withdrawal", "led an invasion") takes the light verb's
  subject as its source, and a noun that is the object of a coded verb is left to the verb;
- source: the subject (through "ready to"/"agreed to" chains and conjunctions), the passive
  agent, or a noun's possessor, "by"/"of"/"between" phrase or adjectival country;
- target: the object, or the object of "with", "to", "against", "on", "at", "toward";
- modality: conditional ("if"), hypothetical ("could", "may", "possible"), future ("will",
  "ready to", "plan to", "future"), reported (under a reporting verb), else asserted;
- PLOVER's rules: a cooperative action (CONSULT, SUPPORT, COOPERATE, AID) announced for the
  future is AGREE, an announced future RETREAT is CONCEDE.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from dateline.entities import Cluster
from dateline.entities.cluster import MentionRef
from dateline.events.lexicon import Coding, Lexicon, Pattern, load_lexicon
from dateline.events.model import (
    NO_EVENT,
    EventModel,
    actor_codes,
    candidate_features,
    in_quotation,
    one_sentence,
    tone_of,
    valence,
)
from dateline.lang.clauses import (
    VERBAL_POS,
    clause_head,
    first_conjunct,
    modified_head,
    relative_antecedent,
    to_infinitive,
)
from dateline.lang.mentions import MentionIndex
from dateline.lang.names import span_key
from dateline.lang.transcripts import turn_labels
from dateline.lang.words import (
    ACTOR_LABELS,
    EVENT_FUTURE_AUX,
    EVENT_FUTURE_HEADS,
    EVENT_PLAIN_SAYING_VERBS,
    EVENT_REPORTING_VERBS,
    HYPHENS,
    MEDIA_NAMES,
    PLACE_LABELS,
    QUOTE_MARKS,
    SECTOR_WORDS,
    SUBJECT_DEPS,
    TITLE_WORDS,
)
from dateline.nlp import sent_start, sent_starts, token_table
from dateline.places import EventPlace
from dateline.quotes import QuoteRef
from dateline.record import HAPPENED_MODALITIES, UNREAL_MODALITIES
from dateline.times import ClauseDate
from dateline.times.grammar import TIME_UNITS

# Verbs that carry an event noun rather than name an event themselves.
LIGHT_VERBS = frozenset(
    {
        "hold",
        "have",
        "conduct",
        "launch",
        "stage",
        "begin",
        "start",
        "continue",
        "carry",
        "make",
        "order",
        "announce",
        "resume",
        "lead",
        "mount",
        "join",
        "attend",
        "plan",
        "propose",
        "call",
        "seek",
        "sign",
        "reach",
        "pay",
        "give",
        "provide",
        "impose",
        "levy",
        "host",
        "organize",
        "organise",
        "declare",
        # stated attitudes: "expressed hope", "voiced concern", "extended condolences"
        "express",
        "voice",
        "extend",
        "offer",
        "convey",
        "send",
        # acts done by issuing a document: "issued pardons", "filed a lawsuit", "brought
        # charges", "lodged a protest", "unsealed charges"
        "issue",
        "file",
        "bring",
        "lodge",
        "unseal",
        # who presides takes part: "China will chair the summit"
        "chair",
        "co-chair",
        # deeds done through others: "orchestrated the 9/11 attacks"
        "orchestrate",
        "mastermind",
        "perpetrate",
        "undertake",
    }
)
# Light verbs that announce rather than report the event they carry.
ANNOUNCING_VERBS = frozenset({"order", "announce", "plan", "propose", "call", "seek"})
# Material acts: what a verb that only relays news names of these ("reported clashes",
# "described the attack") is the event of the noun, never of the one who tells it. Verbs
# that do the act by saying it ("announced a ceasefire", "claimed the attack") keep theirs.
DEED_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "SANCTION", "AID", "RETREAT",
                        "CONCEDE", "COOPERATE"})
RELAYING_VERBS = frozenset({"report", "say", "tell", "write", "describe", "note", "add"})
# The event model was trained with the coder's own cuts of the shared lists (see
# dateline.lang.words): they stay as they are until it is retrained.
REPORTING_VERBS = EVENT_REPORTING_VERBS
FUTURE_HEADS = EVENT_FUTURE_HEADS
# Heads that state a willingness or commitment (PLOVER AGREE: "agree to, offer, promise, or
# otherwise indicate willingness or commitment"), unlike a bare announcement of a plan.
WILLINGNESS_HEADS = frozenset(
    {"ready", "prepared", "willing", "agree", "offer", "promise", "pledge", "vow", "swear",
     "commit", "committed"}
)
# Verbs that only promise the action they govern ("vowed to fight", "swore to retaliate"):
# the governed action, made future, is the event (AGREE or THREATEN by PLOVER's rules).
COMMISSIVE_VERBS = frozenset({"vow", "swear", "pledge", "promise"})
# Verbs of going somewhere: "left for talks", "converging for a rally" name the noun's event.
MOTION_VERBS = frozenset(
    {"leave", "depart", "travel", "head", "fly", "go", "come", "return", "arrive", "converge",
     "gather", "march"}
)
FUTURE_MODIFIERS = frozenset({"future", "planned", "proposed", "upcoming", "next"})
# Brushing off what someone asked or offered is a rejection (CAMEO 12), whatever else the
# verb means ("dismissed the allegations" is a denial, "dismissed an appeal" a refusal).
DISMISSING_VERBS = frozenset({"dismiss", "rebuff", "spurn", "turn down", "brush aside", "snub"})
PROPOSAL_NOUNS = frozenset(
    {"appeal", "offer", "proposal", "request", "demand", "call", "plan", "initiative",
     "ultimatum", "overture", "invitation", "plea", "peace plan"}
)
# What a speaker says someone is or has caused (see `_characterization`): praise is SUPPORT
# (CAMEO 051), condemnation and blame for harm ACCUSE (CAMEO 111).
PRAISE_NOUNS = frozenset(
    {"pillar", "friend", "partner", "ally", "brother", "guarantor", "cornerstone", "champion",
     "bulwark", "anchor"}
)
CONDEMN_NOUNS = frozenset({"threat", "enemy", "obstacle", "danger", "menace", "aggressor"})
HARM_NOUNS = frozenset(
    {"war", "insecurity", "instability", "violence", "chaos", "terrorism", "bloodshed",
     "conflict", "crisis", "destruction", "death", "suffering", "tension", "unrest", "misery",
     "extremism", "devastation", "turmoil", "killing"}
)
# Verbs of causing, with the preposition that introduces what they cause.
CAUSAL_VERBS = {"result": "in", "lead": "to", "contribute": "to", "cause": None, "bring": None,
                "create": None, "fuel": None, "spark": None, "provoke": None, "sow": None,
                "breed": None, "produce": None}
HYPOTHETICAL_AUX = frozenset({"could", "may", "might", "would", "should", "can"})
HYPOTHETICAL_MODIFIERS = frozenset({"possible", "potential", "likely", "probable"})
FUTURE_AUX = EVENT_FUTURE_AUX  # with "would": mostly reported future in news
TARGET_PREPS = ("with", "to", "against", "on", "toward", "towards", "at", "upon")
# Verbs whose object is what is talked about, not whom: "discussed Libya-Turkey relations",
# "reviewed the situation in Ukraine" (of 158 "discuss" events in the train set, none has
# a target that is not "with" someone).
TOPIC_VERBS = frozenset({"discuss", "debate", "review", "examine"})
# Nouns of what something is for: "the goal is to encourage trade" states a purpose.
PURPOSE_NOUNS = frozenset({"goal", "aim", "purpose", "task", "objective", "mission", "idea",
                           "point", "priority", "intention", "job", "one"})
# Words that count people without naming them ("hundreds marched", "dozens protested").
COUNT_WORDS = frozenset({"ten", "dozen", "hundred", "thousand", "million", "score"})
# Verbs by which attention is given to a topic ("special attention was paid to"): not
# "draw", whose attention drawn to a wrong can be a complaint.
ATTENTION_VERBS = frozenset({"pay", "give", "devote"})
# Verbs that protest only without an object ("thousands demonstrated in Minsk"); with one
# they show something ("demonstrated its commitment", "demonstrated that ...").
SHOWING_VERBS = frozenset({"demonstrate"})
# Verbs of judging: with a predicate for their object they tell a view held ("considers this
# direction a priority"), not the talks or contacts the lexicon codes them as.
JUDGING_VERBS = frozenset({"consider", "regard", "deem", "view", "see"})
# Verbs that put forward a course of action: to someone, an appeal; to do it, an offer.
PROPOSING_VERBS = frozenset({"propose", "suggest"})
# Verbs that call a planned or running happening off or move it: what they take did not
# happen then ("postponed their meeting", "the visit was cancelled", "suspended its military
# operation"); the calling off is the event (guide, REJECT: "cancelling a meeting"). Not
# "end" or "conclude": talks ended have been held.
CALLING_OFF_VERBS = frozenset({"cancel", "postpone", "delay", "defer", "scrap", "suspend",
                               "reschedule", "adjourn", "halt", "abandon", "call off",
                               "put off", "push back"})
CALLING_OFF_NOUNS = frozenset({"cancellation", "postponement", "suspension", "delay",
                               "deferral", "adjournment"})
# Of those, the ones that call a meeting off for good: a refusal to meet (CAMEO 125).
CANCELLING_VERBS = frozenset({"cancel", "scrap", "call off", "abandon"})
# Verbs of remembering and recounting: what they take is told of, not done then.
RECOLLECTION_VERBS = frozenset({"recall", "remember", "recount", "mention", "describe",
                                "commemorate"})
COOPERATIVE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"})
# Verbs whose everyday sense is rarely a political event ("lead a team", "face problems",
# "rule out"): they code only through one of their verb+object patterns, unless a user's
# verb dictionary lists them.
GENERIC_VERBS = frozenset(
    {
        "lead",
        "rule",
        "face",
        "arrive",
        "fail",
        "need",
        "override",
        "organize",
        "organise",
        "establish",
        "increase",
        "provide",
        "break",
        "tear",
        "resolve",
        "ensure",
        "guarantee",
        "help",
        "curb",
        "bring",
        "get",
        "take",
        "make",
        "give",
        "keep",
        "hold",
        "see",
        "come",
        "go",
        "put",
        "set",
        "run",
        "turn",
        "show",
        "move",
        "raise",
        "open",
        "close",
        "end",
        "follow",
        "include",
        "allow",
        "remain",
        "change",
        "work",
        "develop",
        "build",
        "form",
        "play",
        "use",
    }
)
# Other verbs the coder names by lemma, for mending cut lemmas (see `base_form`).
KNOWN_VERBS = LIGHT_VERBS | ANNOUNCING_VERBS | REPORTING_VERBS | FUTURE_HEADS

# Nouns that carry what follows "of" to whoever sends or voices them: in "sent messages of
# condolence" the condolence is what was sent, and "sent" is its light verb.
CARRIER_NOUNS = frozenset({"message", "word", "letter", "expression", "note", "gesture"})
# Words that count or measure what follows "of": the event or actor is that thing.
MEASURE_WORDS = frozenset(
    {
        "ton",
        "thousand",
        "hundred",
        "million",
        "dozen",
        "score",
        "number",
        "part",
        "series",
        "lot",
        "amount",
        "group",
        "member",
        "supporter",
        "kilogram",
        "kg",
        "batch",
        "wave",
        "round",
        "package",  # "a new package of sanctions"
        "tranche",
        "raft",
        "string",
        "spate",
        "handful",
        "couple",
        "pair",
        "majority",
        "some",
        "many",
        # quantifiers the parser makes the head: "met all of its commitments", "most of the
        # weapons", "both of them" ("none of" is a negation, not a measure)
        "all",
        "most",
        "both",
        "each",
        "half",
        "several",
    }
)
# Verbs whose object clause is what they request or threaten, not an event of its own.
GOVERNING_TYPES = frozenset({"REQUEST", "THREATEN", "REJECT", "ACCUSE", "AGREE"})
CONFLICT_ACTIONS = frozenset({"PROTEST", "SANCTION", "COERCE", "ASSAULT", "MOBILIZE"})
OBLIGATION_AUX = frozenset({"must", "should"})
# Present-tense heads whose "to" complement is owed, not done: "we have to negotiate",
# "Russia needs to withdraw", "NATO ought to act" ("had to use tear gas" did happen).
OBLIGATION_HEADS = frozenset({"have", "need", "ought"})
# Words in an event's own phrase that name its PLOVER context. General news vocabulary.
CONTEXT_WORDS = {
    "military": "military",
    "defense": "military",
    "defence": "military",
    "troop": "military",
    "army": "military",
    "soldier": "military",
    "weapon": "military",
    "armed": "military",
    "terrorism": "terrorism",
    "terrorist": "terrorism",
    "extremist": "terrorism",
    "drug": "illegal_drugs",
    "narcotic": "illegal_drugs",
    "trafficker": "illegal_drugs",
    "economic": "economic",
    "economy": "economic",
    "trade": "economic",
    "investment": "economic",
    "tariff": "economic",
    "election": "election",
    "vote": "election",
    "ballot": "election",
    "court": "legal",
    "judge": "legal",
    "trial": "legal",
    "lawsuit": "legal",
    "diplomatic": "diplomatic",
    "diplomacy": "diplomatic",
    "embassy": "diplomatic",
    "health": "health",
    "epidemic": "health",
    "pandemic": "health",
    "virus": "health",
    "refugee": "migration",
    "migrant": "migration",
    "migration": "migration",
    "nuclear": "cbrn",
    "chemical": "cbrn",
    "cyber": "cyber",
    "hacking": "cyber",
    "crime": "crime",
    "criminal": "crime",
    "corruption": "corruption",
    "bribery": "corruption",
    "peacekeeping": "peacekeeping",
    "peacekeeper": "peacekeeping",
    "climate": "environment",
    "pollution": "environment",
    "territory": "territory",
    "intelligence": "intelligence",
    "parliament": "legislative",
    "lawmaker": "legislative",
    "security": "military",
}


@dataclass
class EventRef:
    """One coded event, still pointing into the Doc."""

    coding: Coding
    trigger: Token
    sources: list[Cluster] = field(default_factory=list)
    targets: list[Cluster] = field(default_factory=list)
    negated: bool = False
    modality: str = "asserted"
    rule: str = ""
    intensity: float | None = None
    quad: int | None = None
    date: ClauseDate | None = None
    place: EventPlace | None = None
    # The event model's calibrated probability of the coded type, when the model decided.
    probability: float | None = None
    # Later mentions of the same happening ("the attack", "the talks"): their triggers.
    mentions: list[Token] = field(default_factory=list)

    @property
    def sentence(self) -> Span:
        return self.trigger.sent

    @property
    def subordinate(self) -> bool:
        return subordinate(self.trigger)

    @property
    def confidence(self) -> float:
        """The model's probability; without a model, a plain heuristic (more evidence, more
        confidence), not a calibrated probability."""
        if self.probability is not None:
            return round(self.probability, 3)
        score = 0.4 + 0.2 * bool(self.sources) + 0.2 * bool(self.targets)
        score += 0.1 if self.trigger.pos_ == "VERB" else 0.0
        score += 0.2 if main_clause(clause_head(self.trigger)) else 0.0
        score -= 0.1 if self.modality != "asserted" else 0.0
        return round(min(score, 0.95), 2)


def candidate_events(
    doc: Doc, clusters: list[Cluster], lexicon: Lexicon,
    open_nouns: frozenset[str] | None = None, index: MentionIndex | None = None,
    open_lemmas: frozenset[str] = frozenset(),
) -> list[EventRef]:
    """The rules' candidates, with modality and PLOVER's recodings applied. With
    `open_nouns` (a model will judge them), also every other verb and each of those nouns,
    coded NONE until the model types them: the recall the rules' lexicon misses; only those
    whose lemma is in `open_lemmas`, when it is given (the model's `event_lemmas`)."""
    index = index or argument_index(clusters)
    candidates = [e for e in _candidates(doc, lexicon, index)
                  if e.sources or e.targets or _crowd_protest(e)]
    triggers = {e.trigger.i for e in candidates}
    promises = {e.trigger.i for e in candidates if _promises_action(e.trigger, triggers, lexicon)}
    candidates = [e for e in candidates if e.trigger.i not in promises]
    for event in candidates:
        _apply_preparation(event, candidates, lexicon)
    governing = {e.trigger.i for e in candidates
                 if e.coding.type in GOVERNING_TYPES and not _takes_part(e.trigger)}
    if open_nouns is not None:
        def opens(token: Token) -> bool:
            # an open verb whose object is an event noun only carries or tells it ("levied
            # sanctions", "launched attacks", "reported Monday's attack"): the noun is the
            # event; so is what one takes part in ("Taking part in the meeting were ...")
            return token.i not in promises and not _takes_part(token) and (
                token.lemma_.lower() in DENIAL_VERBS or not any(
                    c.dep_ in {"dobj", "nsubjpass"} and (
                        c.i in triggers or _is_event_noun(c, lexicon))
                    for c in token.children))

        candidates += _open_candidates(doc, lexicon, index, open_nouns, open_lemmas,
                                       skip=triggers, opens=opens)
        candidates.sort(key=lambda e: e.trigger.i)
    prepared = []
    for event in candidates:
        if _governed(event.trigger, governing):
            continue  # "called on X to facilitate dialogue": the call is the event
        if _names_a_text(event):
            continue  # "the implementation of the Paris Agreement": no agreement made
        event.sources = _not_its_name(event.trigger, event.sources)
        event.targets = _not_its_name(event.trigger, event.targets)
        _apply_protest_purpose(event)
        _apply_modality(event)
        _apply_obligation(event, index)
        _apply_plover_rules(event, index)
        prepared.append(event)
    return prepared


# Verbs that deny or turn down what their object tells ("Iran denied the accusation",
# "dismissed the claim as groundless"): the denial is an act of its own (REJECT, guide §4),
# not the telling of the accusation it names.
DENIAL_VERBS = frozenset({"deny", "reject", "dismiss", "refute", "rebuff", "repudiate"})


def argument_index(clusters: list[Cluster]) -> MentionIndex:
    """Clusters by their mentions' tokens, as the coder reads arguments: an argument word
    is the entity it names itself (the innermost mention wins)."""
    return MentionIndex(clusters, nested="innermost", content_head=_content_head)


# Labels of entities that may be named after an occasion or a text and still act.
_NAMED_AFTER_ANYTHING = frozenset({"PERSON", "GPE", "NORP"})


def _can_act(cluster: Cluster) -> bool:
    """Whether an entity may be an event's party: not an occasion, which the model tags
    EVENT ("New Year", "the Winter Games") or names a day ("congratulated you on
    International Women's Day", "on Cosmonautics Day")."""
    if cluster.label == "EVENT":
        return False
    return cluster.label in _NAMED_AFTER_ANYTHING or not any(
        name[-1].lower_ == "day" for name in cluster.names)


# Words that head the name of a text: "the Declaration on Allied Interaction", "the
# Memorandum of Cooperation", "the Eighteenth Amendment".
DOCUMENT_HEADS = frozenset({
    "declaration", "memorandum", "treaty", "protocol", "agreement", "accord", "pact",
    "amendment", "act", "law", "charter", "convention", "communique", "communiqué",
    "resolution", "statement", "decree", "constitution", "article", "plan", "roadmap", "bill",
})


def _a_text(cluster: Cluster) -> bool:
    """An entity the model names as an organisation, a law or a work whose name is a text's."""
    if cluster.label in _NAMED_AFTER_ANYTHING or not cluster.names:
        return False
    return max(cluster.names, key=len).root.lemma_.lower() in DOCUMENT_HEADS


def _names_a_text(event: EventRef) -> bool:
    """A capitalised document word inside a name ("the implementation of the Paris
    Agreement", "the Collective Security Treaty Organisation") names a text or a body, not
    an agreement made there and then, unless a verb makes it one ("signed a Treaty of
    Friendship": `noun:treaty<sign`). A summit's name still names a meeting."""
    trigger = event.trigger
    return (trigger.lemma_.lower() in DOCUMENT_HEADS and trigger.is_title
            and not trigger.is_sent_start and "<" not in event.rule
            and (trigger.ent_type_ != "" or trigger.pos_ == "PROPN"))


def _only_parties(event: EventRef) -> None:
    """Leave out of the sources and targets what `_can_act` says is no party, and a text
    ("Putin and Tokayev signed the Declaration on Allied Interaction": what was signed) when
    someone else takes part (an event with no party left would be read as a later telling
    of another happening of its type nearby). Done after the model's decision, which
    learned from candidates with such "parties"."""
    event.sources = [c for c in event.sources if _can_act(c)]
    event.targets = [c for c in event.targets if _can_act(c)]
    parties = [*event.sources, *event.targets]
    texts = {id(c) for c in parties if _a_text(c)}
    if texts and any(id(c) not in texts for c in parties):
        event.sources = [c for c in event.sources if id(c) not in texts]
        event.targets = [c for c in event.targets if id(c) not in texts]


def _not_its_name(trigger: Token, actors: list[Cluster]) -> list[Cluster]:
    """A name the trigger is part of ("the Eastern Partnership Summit") is the event's own
    name, not a party to it."""
    return [c for c in actors
            if not any(m.span.start <= trigger.i < m.span.end for m in c.mentions)]


def code_events(
    doc: Doc, clusters: list[Cluster], lexicon: Lexicon | None = None,
    model: EventModel | None = None, quotes: Sequence[QuoteRef] = (),
) -> list[EventRef]:
    """The events of a document: the candidates, each kept or dropped (and typed) by `model`
    when one is given, else the rules' candidates as they are. `quotes` name who says "I"
    and "we" inside them."""
    lexicon = lexicon or load_lexicon()
    codes = actor_codes(doc)
    open_nouns = model.trigger_nouns if model is not None else None
    open_lemmas = model.event_lemmas if model is not None else frozenset()
    index = argument_index(clusters)
    turns = _transcript_turns(doc, clusters)
    we = _we_named(doc, clusters)
    author = next((c for c in clusters if c.author is not None), None)
    events: list[EventRef] = []
    for event in candidate_events(doc, clusters, lexicon, open_nouns, index, open_lemmas):
        if model is not None and not _decide(event, model, codes, lexicon):
            continue
        if "|model->" in event.rule:
            # the model's type meets PLOVER's rule as the lexicon's did: "the heads of
            # state will have a conversation" is a meeting agreed (AGREE), not held
            _apply_future_cooperation(event, index)
        if _domestic_tour(event, codes):
            continue
        _argue_as_typed(event, lexicon, index)
        _refusal_done(event, lexicon)
        _undone(event, lexicon)
        _offer_to_act(event)
        _add_contexts(event)
        _only_parties(event)
        event.intensity = lexicon.intensity(event.coding.type, event.coding.mode)
        event.quad = lexicon.quads.get(event.coding.type)
        _fill_speaker(event, quotes, turns, we, author)
        _fill_parties(event, events, codes)
        _fill_addressees(event, events, codes)
        _fill_antecedent(event, index)
        _fill_whom_it_tells_of(event, index)
        _fill_whom_it_falls_on(event, lexicon, index)
        _means_of_force(event, codes)
        _common_adversary(event)
        _before_a_court(event)
        _not_the_posting(event)
        _not_the_medium(event)
        _guest_first(event)
        _visitor_first(event, index, codes)
        if _said_of_oneself(event, codes, index):
            continue
        earlier = next((e for e in events if _same_happening(event, e, codes)), None)
        if earlier is not None:
            _absorb(earlier, event, codes)
            continue
        events.append(event)
    _fill_parties_named_later(events, codes)
    _fill_principals(events, clusters, codes)
    return [e for e in events
            if not _no_actor_in_sight(e, codes, index) and not _nobodys_doing(e)]


# The subjects a speaker or a reader is: "I agreed", "we met him then", "you called".
SPEAKER_SUBJECTS = frozenset({"i", "we", "you"})


def _said_of_oneself(event: EventRef, codes: dict[int, str | None],
                     index: MentionIndex) -> bool:
    """"I agreed.", "and I met Raghu then", "If I call them up", "I decided to go to
    Australia": what a speaker tells of their own life in an interview, where neither its
    parties nor its words name anyone an actor code names (no speaker the article names as
    one, no country, body or group). Said by a coded speaker ("We agreed to continue",
    Putin's turn), or of one ("we commend the efforts of the Saudi leadership"), the same
    words are an act between actors."""
    clause = clause_head(event.trigger)
    subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects or any(s.lower_ not in SPEAKER_SUBJECTS for s in subjects):
        return False
    if any(codes.get(id(c)) for c in (*event.sources, *event.targets)):
        return False
    # a place ("fighting for Crimea", "a Sydney-based group") is where, not whom
    named = (index.mention_at(t.i) for t in clause.subtree)
    return not any(c is not None and c.label not in PLACE_LABELS and codes.get(id(c))
                   for c in named)


# Guide §2: sports, business, science and private life are no events without a political
# actor. Below this probability the model is more unsure than sure, and the sentence is
# left to speak for itself.
UNSURE_WITHOUT_ACTORS = 0.5
# Force and punishment are coded whoever suffers them: "unidentified gunmen", "a bomb
# killed two civilians", the police's arrest and the court's sentence of a private person.
FORCE_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION"})


def _no_actor_in_sight(event: EventRef, codes: dict[int, str | None],
                       index: MentionIndex) -> bool:
    """"Thank you for agreeing to this interview", "It had been a great pleasure discussing
    this with you", "GitHub also pledged a donation", "a term that stops conversation", "the
    best women chess players refused to play in that tournament": an event the
    model is unsure of (probability under `UNSURE_WITHOUT_ACTORS`) whose parties carry no
    actor code, where neither its sentence nor the one before names anyone an actor code
    names (a country, body, official or group; a place counts, as "in Kyiv" may well be
    politics). The sentence before is the discourse a readout's passive leans on ("The
    parties met. It was emphasised that …"). With an actor in sight the model's word
    stands; so does a user's verb, and the rules' coder's, which has no probability."""
    if event.probability is None or event.probability >= UNSURE_WITHOUT_ACTORS \
            or event.coding.type in FORCE_TYPES or "|user-verb" in event.rule:
        return False
    if any(codes.get(id(c)) for c in (*event.sources, *event.targets)):
        return False
    sentence = event.sentence
    start = sentence.doc[sentence.start - 1].sent.start if sentence.start else 0
    named = (index.at(i) for i in range(start, sentence.end))
    return not any(c is not None and codes.get(id(c)) for c in named)


# Below this probability an event the model found on its own, done by no one to no one, is
# more often none than one (over the event gold's dev and held-out articles in the
# fifty-fourth round, 15 of 22 such events were none of the gold's).
UNSURE_WITHOUT_PARTIES = 0.3


def _nobodys_doing(event: EventRef) -> bool:
    """"The Leleka and Bayraktar drones have also been taken into service" (COERCE), "the
    Republican primary there was cancelled" (CONCEDE): a word no rule codes, typed by the
    model at under `UNSURE_WITHOUT_PARTIES`, with neither a source nor a target after every
    party has been looked for. A row that says neither who acted nor on whom, and that the
    model doubts, tells an analyst nothing; force is not exempt here, as it is from
    `_no_actor_in_sight`, since nobody at all is named, not just nobody coded. A text of
    one sentence is left to the thresholds chosen for sentences (`EventModel.decide`'s
    `alone`): the rule's counts are of whole articles, and a sentence given alone is given
    for its event."""
    return (event.rule.startswith("open:") and event.probability is not None
            and event.probability < UNSURE_WITHOUT_PARTIES
            and not event.sources and not event.targets
            and not one_sentence(event.trigger.doc))


def _domestic_tour(event: EventRef, codes: dict[int, str | None]) -> bool:
    """"During a working trip to the Odesa region, President of Ukraine Volodymyr Zelenskyy
    held a meeting": a person's visit to places of their own country, meeting no one named
    there, is no consultation between actors (the train set codes none of its five working
    trips); whom he meets there is its own event. With no party visited, where the trip
    goes ("a working trip to the east of Ukraine") says it."""
    if event.coding.type != "CONSULT" or event.coding.mode != "visit" \
            or not any(c.label == "PERSON" for c in event.sources):
        return False  # "the three friendly states of Ukraine visited Kyiv": whose, unsure
    own = {codes.get(id(c)) for c in event.sources} - {None}
    if len(own) != 1:
        return False
    places = event.trigger.doc._.dateline_places
    if places is None:
        return False
    # each target a place of that country, by its first mention; else each place it goes to
    if event.targets:
        found = [places.places_at(mention.span.root.i)
                 for target in event.targets for mention in target.mentions[:1]]
    else:
        found = [at for c in event.trigger.children if c.dep_ == "prep" and c.lower_ == "to"
                 for o in c.children if o.dep_ == "pobj" for t in o.subtree
                 if (at := places.places_at(t.i))]
    return bool(found) and all(any(place.country in own for place in at) for at in found)


def _absorb(earlier: EventRef, later: EventRef, codes: dict[int, str | None]) -> None:
    """One record per happening: a later telling adds its mention and its parties, and the
    happening is as sure as its surest telling ("I want to thank you", 0.38, then "The
    President thanked her", 0.94). A state it names again another way ("Tehran has been
    holding talks …", then "Iran's talks") is not a second party, nor are the parties of a
    telling that names its happening otherwise (`_named_otherwise`)."""
    earlier.mentions.append(later.trigger)
    if later.probability is not None and earlier.probability is not None:
        earlier.probability = max(earlier.probability, later.probability)
    if later.trigger.pos_ in {"NOUN", "PROPN"} and _named_otherwise(later.trigger, earlier):
        return  # "my conversation with Boris Johnson … at the G7 meeting": not the G7's
    known = earlier.sources + earlier.targets
    earlier.sources += [c for c in later.sources
                        if c not in known and not _share([c], known, codes)]
    known = earlier.sources + earlier.targets
    earlier.targets += [c for c in later.targets
                        if c not in known and not _share([c], known, codes)]


def _refusal_done(event: EventRef, lexicon: Lexicon) -> None:
    """Cooperation denied ("Iran did not accept the proposal", "will never recognise the
    annexation") is a refusal that happened: the REJECT it was recoded to is not negated
    (guide: refusals are REJECT). So is a REJECT the model gave a negated word that is no
    refusal by itself ("will not let Russian ships into our ports", "will not approve a
    budget"): the negation is the refusal. A refusal word negated stays a refusal denied
    ("did not reject", "did not deny the suggestion"). Decided after the model, which
    learned these candidates with their negation; where the model retyped one to another
    type, the negation stands ("Russia does not agree to this": a negated AGREE), and so
    does one whose subject denies it: "no one has canceled the information war" tells of
    no one refusing anything."""
    if event.coding.type != "REJECT" or not event.negated:
        return
    trigger = event.trigger
    if any(_nobody(c) for c in clause_head(trigger).children
           if c.dep_ in {"nsubj", "nsubjpass"}):
        return
    if "|refused->REJECT" in event.rule or (
            trigger.lemma_.lower() not in DENIAL_VERBS
            and lexicon_type(trigger, lexicon) != "REJECT"):
        event.negated = False


FIRST_PERSON = frozenset({"i", "we", "my", "our"})
THIRD_PERSON_POSSESSIVES = frozenset({"his", "her", "its", "their"})
ANAPHORIC_DETERMINERS = frozenset({"the", "this", "these", "that", "those", "such"})
# Plural nouns that, definite, stand for the parties an article has just named: "the two
# leaders agreed", "both sides discussed", "the parties noted".
PARTY_NOUNS = frozenset({"leader", "party", "side", "president", "minister", "delegation",
                         "interlocutor", "participant", "diplomat", "negotiator",
                         "counterpart", "country", "nation", "government", "head"})
PARTY_DETERMINERS = frozenset({"the", "both", "two", "these", "all"})
# Acts done together, whose unnamed doers are the parties of the meeting before them
# ("Issues of trade were discussed", "an agreement was reached").
JOINT_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
JOINT_REACH = 3  # sentences back to the meeting whose parties an agentless act takes


def _doer_pronoun(trigger: Token) -> str | None:
    """The pronoun that does the act, if one does, lower-cased (see `_doer_pronoun_token`)."""
    pronoun = _doer_pronoun_token(trigger)
    return pronoun.lower_ if pronoun is not None else None


def _doer_pronoun_token(trigger: Token) -> Token | None:
    """The pronoun that does the act, if one does: the subject of the trigger or of the
    verb it completes ("we would like to thank", "they plan to review"), or a noun's
    possessor ("my congratulations")."""
    if trigger.pos_ in {"NOUN", "PROPN"}:
        owner = next((c for c in trigger.children if c.dep_ == "poss"), None)
        return owner if owner is not None and owner.pos_ == "PRON" else None
    subject = _subject_up(trigger, hops=3)
    return subject if subject is not None and subject.pos_ == "PRON" else None


def _with_auxiliaries(verb: Token) -> list[Token]:
    """The verb's dependents, and those the parse hung on its auxiliaries ("he can and may
    declare": "he" is the subject of "can")."""
    children = list(verb.children)
    return children + [g for c in children if c.dep_ == "aux" and c.i < verb.i
                       for g in c.children]


def _subject_up(verb: Token, hops: int) -> Token | None:
    """The active subject of the verb, or of the verb it completes or is a conjunct of
    ("killed five and wounded 110", "we would like to thank"), at most `hops` verbs up."""
    token = verb
    for _ in range(hops):
        subject = next((c for c in _with_auxiliaries(token) if c.dep_ == "nsubj"), None)
        if subject is not None or token.dep_ not in {"xcomp", "conj"} \
                or token.head.i == token.i:
            return subject
        token = token.head
    return None


def _transcript_turns(doc: Doc, clusters: list[Cluster]) -> list[tuple[int, Cluster | None]]:
    """Where each turn of a transcript begins (its label's colon), and who speaks it: the
    person its label names ("President of Russia Vladimir Putin: Comrade officers",
    "Kassym-Jomart Tokayev, President of Kazakhstan: Thank you", "Milorad Dodik
    (retranslated): Mr President"); a label naming no person ("Question:") is a turn by
    someone else."""
    names = {i: c for c in clusters if c.label == "PERSON"
             for m in c.mentions if m.kind == "name" for i in range(m.span.start, m.span.end)}
    turns: list[tuple[int, Cluster | None]] = []
    for label in turn_labels(doc):
        speakers = [names[i] for i in range(label.start, label.end) if i in names]
        turns.append((label.colon, speakers[-1] if speakers else None))
    return turns


def _we_named(doc: Doc, clusters: list[Cluster]) -> tuple[int, list[Cluster]] | None:
    """Who "we" are, where a joint statement says so: "We, the Heads of State/Government of
    Georgia, Republic of Moldova and Ukraine, met ...": the parties its apposition names
    (not the description itself), and where the statement says it."""
    for i, lower in enumerate(token_table(doc).lowers):
        if lower != "we":
            continue
        token = doc[i]
        appos = next((c for c in token.children if c.dep_ == "appos"), None)
        # the description stands next to "we" (after a comma at most): a parse that hangs
        # a later phrase on it ("we used to see the news: people who were dying in Italy,
        # the USA, China") says nothing of who "we" are
        if appos is None or appos.left_edge.i > i + 2:
            continue
        low, high = appos.left_edge.i, appos.right_edge.i
        named = [c for c in clusters if any(
            low <= m.span.start and m.span.end - 1 <= high
            and not m.span.start <= appos.i < m.span.end for m in c.mentions)]
        if named:
            return token.i, named
    return None


def _fill_speaker(event: EventRef, quotes: Sequence[QuoteRef],
                  turns: Sequence[tuple[int, Cluster | None]] = (),
                  we: tuple[int, list[Cluster]] | None = None,
                  author: Cluster | None = None) -> None:
    """"I" and "we" in a quotation are its speaker ("'We commend the efforts of the Saudi
    leadership', Putin wrote"), and in a transcript the speaker of their turn: the speaker
    is the doer, and the speaker's country the doer's. Failing both, a "we" after a joint
    statement has said who "we" are (`we`) is those parties, and outside quotations in an
    address the headline names the speaker of (`author`), the speaker."""
    token = _doer_pronoun_token(event.trigger)
    pronoun = token.lower_ if token is not None else None
    # "We, the Heads of State ..., met": the description found as the doer names no party
    named_here = we is not None and token is not None and token.i == we[0]
    if (event.sources and not named_here) or pronoun not in FIRST_PERSON:
        return
    at = event.trigger.i
    quoted = next((q for q in quotes if q.speaker is not None
                   and q.content.start <= at < q.content.end), None)
    turn = next(((colon, c) for colon, c in reversed(turns) if colon < at), None)
    if turn is not None and (quoted is None or (
            turn[1] is not None and quoted.content.start <= turn[0])):
        # a named speaker's turn that began inside the quote: a transcript run together on
        # one line, whose first label's quote the quotes stage ran on to the end
        speaker = turn[1]
    else:
        speaker = quoted.speaker if quoted is not None else None
    if we is not None and (named_here or (
            speaker is None and we[0] <= at and pronoun in {"we", "our"})):
        event.sources = list(we[1])
        event.targets = [c for c in event.targets if c not in we[1]]
        event.rule += "|we"
    elif (speaker := speaker or _speaker_going_on(at, quotes)
          or _speaking_in_person(token, author)) is not None:
        event.sources = [speaker]
        event.targets = [c for c in event.targets if c is not speaker]
        event.rule += "|speaker"


def _speaking_in_person(pronoun: Token | None, author: Cluster | None) -> Cluster | None:
    """The speaker an address's headline names, for its "we" outside quotations."""
    if author is None or pronoun is None or in_quotation(pronoun):
        return None
    return author


def _speaker_going_on(at: int, quotes: Sequence[QuoteRef]) -> Cluster | None:
    """A quotation no speaker is found for goes on in the voice of the latest speaker quoted
    before it ("'For me it is important that support grows,' the President said. ... 'I
    appreciate the efforts of each of you.'"): news attributes a run of quotations once."""
    inside = next((q for q in quotes if q.speaker is None
                   and q.content.start <= at < q.content.end), None)
    if inside is None:
        return None
    before = [q for q in quotes if q.speaker is not None and q.speaker.names
              and q.content.end <= inside.content.start]
    return max(before, key=lambda q: q.content.end).speaker if before else None


def _fill_parties(event: EventRef, before: list[EventRef], codes: dict[int, str | None]
                  ) -> None:
    """Name the parties an event only points to: "the two leaders" or "they" (or a joint
    act with no doer, a few sentences on) becomes the known parties of the latest earlier
    meeting or agreement with two or more of them; for a deed told as done, of one told as
    done ("ready to meet with Putin to hold these talks" … "The parties discussed …": the
    parties are not those of talks still to come)."""
    pointing = [c for c in event.sources if _stands_for_parties(c)]
    agentless = not event.sources and (
        event.coding.type in JOINT_TYPES or _points_to_parties(event))
    if not pointing and not agentless:
        return
    if not pointing and event.coding.type in VIOLENT_TYPES:
        return  # a bare "they" of force is no meeting's parties
    lemma = event.trigger.lemma_.lower()
    # "the talks" points back to the talks before it, if there were any
    ordered = sorted(reversed(before), key=lambda e: e.trigger.lemma_.lower() != lemma)
    for earlier in ordered:
        if _happened(event) and not _happened(earlier):
            continue
        if _talked_about(earlier.trigger):
            continue  # "told Bennett about the negotiations between Russian and Ukrainian
            # representatives. The leaders agreed …": a meeting told of is not theirs
        parties = _known_parties(earlier, codes)
        if len(parties) < 2 or any(c in event.targets for c in parties):
            continue  # "They called on Turkey": not the parties Turkey is one of
        if not pointing and _sentences_between(earlier.trigger, event.trigger) > JOINT_REACH:
            return
        _take_parties(event, pointing, parties)
        return


# What "the leaders", "both sides", "the two presidents" hold besides their noun.
PARTY_WORDS_ONLY = frozenset({"det", "nummod", "predet"})


def _fill_addressees(event: EventRef, before: list[EventRef], codes: dict[int, str | None]
                     ) -> None:
    """"The President thanked both countries for their assistance" after meeting the Spanish
    and Danish prime ministers: "both countries", "the leaders" that one of the parties of
    the latest earlier meeting addresses are its other parties."""
    pointing = [c for c in event.targets if _stands_for_parties(c) and all(
        k.dep_ in PARTY_WORDS_ONLY for m in c.mentions for k in m.span.root.children)]
    if not pointing or not event.sources:
        return  # "the guarantor countries", "the leaders of the partner countries": others
    for earlier in reversed(before):
        parties = _known_parties(earlier, codes)
        others = [c for c in parties if c not in event.sources]
        if len(parties) < 2 or len(others) == len(parties) or not others:
            continue  # the addresser must be one of them
        event.targets = [*(c for c in event.targets if c not in pointing), *others]
        event.rule += "|addressees"
        return


# Deeds a bare "they" does not give to the parties of a meeting (or of one named later):
# force and coercion ("all the schools that they bombed" made the two presidents who met
# the bombers); "the two leaders" still may.
VIOLENT_TYPES = frozenset({"ASSAULT", "COERCE"})


def _happened(event: EventRef) -> bool:
    return not event.negated and event.modality in HAPPENED_MODALITIES


def _fill_antecedent(event: EventRef, index: MentionIndex) -> None:
    """"Thousands of protesters gathered ... They blocked the road": "they" (or "it") doing
    the act with no doer found stands for the nearest subject before it, in its sentence or
    the one before, when that subject is a named group of the pronoun's number: two or more
    entities or a plural one for "they", one organisation or country for "it". A nearer
    subject of another kind ("the vote") is the antecedent instead, and gives no doer."""
    pronoun = _doer_pronoun_token(event.trigger)
    if event.sources or pronoun is None or pronoun.lower_ not in {"they", "it"}:
        return
    doc = pronoun.doc
    starts = sent_starts(doc)
    here = starts[pronoun.i]
    first = starts[here - 1] if here > 0 else here
    subject = next((doc[i] for i in range(pronoun.i - 1, first - 1, -1)
                    if doc[i].dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.pos_ == "PRON":
        return
    found = list(dict.fromkeys(index.entities_of(subject)))
    if pronoun.lower_ == "they":
        fits = len(found) > 1 or (len(found) == 1 and subject.tag_ in {"NNS", "NNPS"})
    else:
        fits = len(found) == 1 and subject.tag_ in {"NN", "NNP"} \
            and found[0].label in {"ORG", "GPE", "NORP"}
    if fits:
        event.sources = found
        event.targets = [c for c in event.targets if c not in found]
        event.rule += "|antecedent"


def _fill_whom_it_tells_of(event: EventRef, index: MentionIndex) -> None:
    """"The US government claims Mahan flies fighters to Syria" (ACCUSE), "said the
    president should accept the outcome" (REQUEST): with no target of its own, a verbal act
    is aimed at the subject of the clause it says."""
    trigger = event.trigger
    if event.targets or trigger.pos_ != "VERB" or event.coding.type not in TOLD_OF_TYPES:
        return
    for clause in trigger.children:
        if clause.dep_ != "ccomp":
            continue
        subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if any(c.dep_ == "nsubjpass" for c in subjects) and clause.lemma_.lower() != "hold":
            # "alleged Navalny was poisoned", "claimed protesters were sent by the
            # government": the passive's subject is whom it was done to, its agent the one
            # told of ("the authorities must be held accountable" names them)
            subjects = [o for c in clause.children if c.dep_ == "agent"
                        for o in c.children if o.dep_ == "pobj"]
        found = [c for s in subjects for c in index.entities_of(s) if c not in event.sources]
        if found:
            event.targets = list(dict.fromkeys(found))
            event.rule += "|told-of"
            return


def _fill_whom_it_falls_on(event: EventRef, lexicon: Lexicon, index: MentionIndex) -> None:
    """With no target of its own, an act falls on whom its words name less directly (after
    the decision, so that the model judges the candidates it learned from): the "to" the
    parser calls a dative ("sent a message of support to President of Cuba Miguel
    Díaz-Canel"), whose thing its object is ("praised the courage of Ukrainian soldiers"),
    whose people it is done with ("met with the ambassadors of the G7 countries"), whom a
    noun of favour is for ("support for Ukraine's sovereignty"); for a noun, also through the
    light verb that carries it."""
    if event.targets or _inverted_speaker(event.trigger) is not None:
        return  # "…, claimed the Iranian foreign minister": the object is who spoke
    trigger = event.trigger
    words = [trigger]
    if trigger.pos_ in {"NOUN", "PROPN"}:
        role, governor = _governor(trigger)
        if role in {"dobj", "nsubjpass"} and base_form(governor, lexicon) in LIGHT_VERBS:
            words.append(governor)
    found = [c for word in words for c in _falls_on(word, index) if c not in event.sources]
    if not found and event.coding.type in TOLD_OF_TYPES and trigger.pos_ == "VERB":
        # "rejected an Indian proposal", "dismissed an appeal from President Gbagbo": a
        # saying answers whoever made what it answers (what is discussed is a topic)
        found = [c for o in trigger.children if o.dep_ == "dobj"
                 for c in _made_by(o, index) if c not in event.sources]
    if not found and event.coding.type == "PROTEST":
        found = [c for c in _protested_against(trigger, index) if c not in event.sources]
    if not found and event.coding.type in DEED_SAID_TYPES and trigger.pos_ == "VERB":
        # "threatened to break relations with Russia", "refused to negotiate with Kyiv": what
        # is threatened or refused falls on whom that deed (or its object) is with or to
        deeds = [x for x in trigger.children if x.dep_ == "xcomp" and x.pos_ == "VERB"]
        words = deeds + [o for x in deeds for o in x.children if o.dep_ == "dobj"]
        found = [c for w in words for c in _falls_on(w, index) if c not in event.sources]
    if found:
        event.targets = list(dict.fromkeys(found))
        event.rule += "|falls-on"


# What a protest is said to be for ("to protest against …", "in protest at …", "to show
# their anger at …"): its target is whom that names.
PROTEST_PURPOSE_VERBS = frozenset({"protest", "oppose", "denounce", "condemn", "show",
                                   "express", "voice"})
PROTEST_PURPOSE_NOUNS = frozenset({"protest", "defiance", "opposition", "anger", "outrage",
                                   "disapproval", "discontent", "dissatisfaction"})


def _protested_against(trigger: Token, index: MentionIndex) -> list[Cluster]:
    """Whom a protest is against, named in what it is against or for: "began a hunger strike
    to protest against Norway's decision", "rallied in protest against arrests by
    Belarusian police", "blocked roads to show their anger at Azerbaijan's blockade" (its
    owner or maker when the thing protested is no actor)."""
    doers = [trigger]
    if trigger.pos_ in {"NOUN", "PROPN"} and trigger.dep_ in {"dobj", "nsubjpass"}:
        doers.append(trigger.head)  # "began a hunger strike to protest …"
    purposes = [c for d in doers for c in d.children if c.dep_ in {"advcl", "xcomp"}
                and c.lemma_.lower() in PROTEST_PURPOSE_VERBS]
    purposes += [o for w in (*doers, *purposes) for o in _first_objects(w)
                 if o.lemma_.lower() in PROTEST_PURPOSE_NOUNS]

    def against(word: Token, preps: set[str]) -> list[Cluster]:
        things = [o for c in word.children if c.dep_ == "prep" and c.lower_ in preps
                  for o in c.children if o.dep_ == "pobj"]
        if word in purposes and word.pos_ == "VERB":
            things += [c for c in word.children if c.dep_ == "dobj"
                       and c.lemma_.lower() not in PROTEST_PURPOSE_NOUNS]
        # "arrests of activists by Belarusian police": against who made them, not whose
        return [e for t in things
                for e in _party(t, index) or _made_by(t, index, frozenset({"by"}))
                or _whose(t, index)]
    # the protest's own "against" ("marched against Norway's decision"); what it is for,
    # also "at", "over" and "of"
    return [e for d in doers for e in against(d, {"against"})] + [
        e for p in purposes for e in against(p, {"against", "at", "over", "of"})]


def _first_objects(word: Token) -> list[Token]:
    """A word's direct object and the first object of each of its prepositions."""
    found = []
    for child in word.children:
        if child.dep_ == "dobj":
            found.append(child)
        elif child.dep_ == "prep" and (
                pobj := next((p for p in child.children if p.dep_ == "pobj"), None)) is not None:
            found.append(pobj)
    return found


def _made_by(thing: Token, index: MentionIndex, preps: frozenset[str] = frozenset({"by", "from"})
             ) -> list[Cluster]:
    """Who made a thing that is no actor: its people's adjective or a name before it ("an
    Australian ultimatum", "a Senegalese peace plan"), or its "by" or "from" phrase ("calls
    by Belarus's rulers", "an appeal from President Gbagbo"; for a deed, only "by": "the
    exit of the United Kingdom from the EU" is not the EU's)."""
    head = _content_head(thing)
    if head.pos_ != "NOUN" or index.at(head.i) is not None:
        return []
    found = [hit for c in head.children if c.dep_ in {"amod", "compound", "nmod"}
             and (hit := index.at(c.i)) is not None and hit.label in ACTOR_LABELS]
    return found or [e for c in head.children if c.dep_ == "prep" and c.lower_ in preps
                     for o in c.children if o.dep_ == "pobj"
                     for e in _party(o, index) or _whose(o, index)]


# Acts whose content is a deed of their own doer ("threatened to break relations with …");
# not AGREE, whose parties "the parties" later point back to ("promised to take the issue
# up with the Kiev leadership" makes no agreement with Kiev).
DEED_SAID_TYPES = frozenset({"THREATEN", "REJECT"})
# Prepositions whose people an act is done with or to ("met with the ambassadors of").
FALLS_ON_PREPS = frozenset({"with", "to", "against", "toward", "towards"})


def _falls_on(word: Token, index: MentionIndex) -> list[Cluster]:
    found: list[Cluster] = []
    for child in word.children:
        objects = [o for o in child.children if o.dep_ == "pobj"]
        if (child.dep_ == "dative" and child.pos_ == "ADP") or (
                child.dep_ == "prep" and child.lower_ in FALLS_ON_PREPS):
            found += [e for o in objects
                      for e in _party_and_its_list(o, index) or _represented(o, index)]
        elif child.dep_ == "dobj" and word.pos_ == "VERB" \
                and word.lemma_.lower() not in TOPIC_VERBS:
            found += _whose(relative_antecedent(child), index)
            if child.lemma_.lower() in FAVOUR_NOUNS:
                found += _falls_on(child, index)  # "expressed gratitude for Pahor's visit"
        elif child.dep_ == "prep" and child.lower_ == "for" \
                and word.lemma_.lower() in FAVOUR_NOUNS:
            found += [e for o in objects for e in _party(o, index) or _whose(o, index)]
    return found


def _fill_parties_named_later(events: list[EventRef], codes: dict[int, str | None]) -> None:
    """A readout that opens "The two leaders discussed ..." names the leaders only later
    ("Vladimir Putin invited Serdar Berdimuhamedov to visit Russia"): with no meeting
    before them, "the two leaders" and "they" are the parties of the first later meeting or
    agreement with two named parties."""
    for k, event in enumerate(events):
        if "|parties" in event.rule or not _points_to_parties(event):
            continue
        pointing = [c for c in event.sources if _stands_for_parties(c)]
        if not pointing and event.coding.type in VIOLENT_TYPES:
            continue
        parties = next((p for later in events[k + 1:]
                        if len(p := _known_parties(later, codes)) >= 2), None)
        if parties is not None:
            _take_parties(event, pointing, parties)


def _fill_principals(events: list[EventRef], clusters: list[Cluster],
                     codes: dict[int, str | None]) -> None:
    """A readout whose meeting only its headline names ("Telephone conversation with Prime
    Minister of Israel Naftali Bennett" ... "The leaders agreed ..."): with no meeting of two
    named parties in the text (or none in reach of a joint act's "they"), "the leaders",
    "the parties" or "they" are the article's principals, the first named person of each
    country who does something in it (an event's doer or a verb's subject), when they are
    one to three countries (more, and "the leaders" could be any of them). One is better
    than none: a Kremlin readout names the president it is about, and the headline the
    other."""
    waiting = [e for e in events if "|parties" not in e.rule and (
        any(_stands_for_parties(c) for c in e.sources) or _party_nouns_do_it(e)
        or (e.coding.type in JOINT_TYPES and _points_to_parties(e)))]
    if not waiting:
        return
    doers = {id(c) for event in events for c in event.sources}
    principals: dict[str, Cluster] = {}
    for cluster in sorted(clusters, key=lambda c: min((m.span.start for m in c.mentions),
                                                      default=0)):
        code = codes.get(id(cluster))
        if cluster.label == "PERSON" and cluster.names and code is not None and (
                id(cluster) in doers or any(m.span.root.dep_ == "nsubj"
                                            for m in cluster.mentions)):
            principals.setdefault(code, cluster)
    if not principals:
        principals = {codes.get(id(c)) or "": c for c in _bilateral_pair(clusters, codes)}
    if not 1 <= len(principals) <= 3:
        return
    for event in waiting:
        pointing = [c for c in event.sources if _stands_for_parties(c)]
        _take_parties(event, pointing, list(principals.values()))
        event.rule += "|principals"


def _bilateral_pair(clusters: list[Cluster], codes: dict[int, str | None]) -> list[Cluster]:
    """The first pair of states the article names joined by a hyphen ("the Russian-Belarusian
    talks", "Armenian-Azerbaijani relations"): in a readout that names no one, whose two
    leaders "the two leaders" are."""
    ends: dict[int, Cluster] = {}
    starts: dict[int, Cluster] = {}
    for cluster in clusters:
        if cluster.label in {"NORP", "GPE"} and codes.get(id(cluster)) is not None:
            for mention in cluster.mentions:
                ends.setdefault(mention.span.end, cluster)
                starts.setdefault(mention.span.start, cluster)
    if not ends:
        return []
    doc = next(iter(ends.values())).mentions[0].span.doc
    for end in sorted(ends):
        left, right = ends[end], starts.get(end + 1)
        if right is not None and end < len(doc) and doc[end].text == "-" \
                and codes.get(id(left)) != codes.get(id(right)):
            return [left, right]
    return []


def _known_parties(event: EventRef, codes: dict[int, str | None]) -> list[Cluster]:
    """The parties of a meeting or agreement that the text names or whose country it says
    ("The President of Kazakhstan updated Vladimir Putin"); none for any other act."""
    if event.coding.type not in JOINT_TYPES:
        return []
    return [c for c in dict.fromkeys([*event.sources, *_not_places(event.targets)])
            if c.names or (codes.get(id(c)) is not None and not _stands_for_parties(c))]


def _take_parties(event: EventRef, pointing: list[Cluster], parties: list[Cluster]) -> None:
    kept = [c for c in event.sources if c not in pointing]
    event.sources = [*kept, *(c for c in parties if c not in kept)]
    event.targets = [c for c in event.targets if c not in event.sources]
    event.rule += "|parties"


# Weapons a deed is done with, as the object of "fire", "launch" or "use".
WEAPON_NOUNS = frozenset({"missile", "rocket", "shell", "bomb", "drone", "mortar", "grenade",
                          "artillery", "projectile", "munition", "weapon", "gun", "rifle"})


# Verbs of sending a projectile, and the prepositions of what it is sent at.
FIRING_VERBS = frozenset({"fire", "launch", "lob", "hurl", "throw"})
AIM_PREPS = frozenset({"at", "toward", "towards", "into"})


def _means_of_force(event: EventRef, codes: dict[int, str | None]) -> None:
    """What an attack is made "with" is not whom it hits: a force of the attacker's own
    country ("providing airstrikes with the Royal Saudi Air Force") joins the sources; any
    other "with" object of a verb that already has its patient ("was targeted with a
    captured Humvee", "hit the base with drones") is the weapon and is dropped. "Clashed
    with police" has no other patient, so the police stay the target, whoever's they are."""
    if event.coding.type not in {"ASSAULT", "COERCE"}:
        return
    attackers = {codes.get(id(c)) for c in event.sources} - {None}
    own, weapons = [], []
    for cluster in event.targets:
        withs = [w for w in map(_phrase_head, cluster.mentions)
                 if w.dep_ == "pobj" and w.head.lower_ == "with"]
        if not withs:
            continue
        patient = any(c.dep_ in {"dobj", "nsubjpass"} for w in withs
                      for c in w.head.head.children)
        # a verb's "with" with no patient beside it is the opponent ("clashed with police")
        of_a_deed = patient or all(w.head.head.pos_ in {"NOUN", "PROPN"} for w in withs)
        if codes.get(id(cluster)) in attackers and of_a_deed:
            own.append(cluster)
        elif patient:
            weapons.append(cluster)
    # what was fired or launched ("fired Iskander missiles at Kharkiv", "launched the Kalibr
    # cruise missiles"): the weapon named in the object is no one hit; so is any object
    # fired "at" something ("fired Grads at an orphanage")
    aimed = event.coding.type == "ASSAULT" and event.trigger.lemma_.lower() in FIRING_VERBS and any(
        c.dep_ == "prep" and c.lower_ in AIM_PREPS for c in event.trigger.children)
    fired = [(o.left_edge.i, o.right_edge.i) for o in event.trigger.children
             if o.dep_ in {"dobj", "nsubjpass"} and (aimed or o.lemma_.lower() in WEAPON_NOUNS)]
    # "the missiles used against Ukraine": the weapon a participle describes, up to its head
    if event.trigger.dep_ == "acl" and event.trigger.tag_ == "VBN" \
            and event.trigger.head.lemma_.lower() in WEAPON_NOUNS:
        fired.append((event.trigger.head.left_edge.i, event.trigger.head.i))
    weapons += [c for c in event.targets if c not in weapons and any(
        start <= m.span.start and m.span.end - 1 <= end
        for m in c.mentions for start, end in fired)]
    if own or weapons:
        event.targets = [c for c in event.targets if c not in own and c not in weapons]
        event.sources += own


# Where one is brought to answer: "appeared in court", "appeared before a judge".
COURT_WORDS = frozenset({"court", "judge", "magistrate", "tribunal", "jury"})


def _before_a_court(event: EventRef) -> None:
    """"Brenton appeared in court": the one who appears is the one the court deals with,
    not its doer (issue fault 6: a defendant the actor of his own case)."""
    trigger = event.trigger
    if trigger.lemma_.lower() != "appear" or not event.sources:
        return
    if any(c.dep_ == "prep" and c.lower_ in {"in", "before"} and any(
            o.dep_ == "pobj" and o.lemma_.lower() in COURT_WORDS for o in c.children)
           for c in trigger.children):
        event.targets = [*event.sources, *(c for c in event.targets if c not in event.sources)]
        event.sources = []
        event.rule += "|before-court"


def _guest_first(event: EventRef) -> None:
    """Guide and PLOVER manual, CONSULT mode visit ("the visitor will always be coded as
    the actor and the host will be the recipient"): "Erdogan hosted Aliyev in Ankara",
    "Putin received the ambassador": the guest visits (source), the host is visited
    (target); the parse gives the host, as subject, for the doer. A summit or a forum
    hosted is no guest: the host then organises it."""
    trigger = event.trigger
    if event.coding.type != "CONSULT" or trigger.pos_ != "VERB" \
            or trigger.lemma_.lower() not in HOSTS_VISITS or not event.sources:
        return
    hosted = [g for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}
              for g in (*c.conjuncts, c)]
    guests = [c for c in event.targets
              if any(m.span.start <= g.i < m.span.end for m in c.mentions for g in hosted)]
    if not guests:
        return
    event.sources, event.targets = guests, [
        *event.sources, *(c for c in event.targets if c not in guests)]
    if event.coding.cameo == "043":  # CAMEO's "host a visit" is the host's; the guest's is 042
        event.coding = replace(event.coding, cameo="042")
    event.rule += "|guest"


def _visitor_first(event: EventRef, index: MentionIndex, codes: dict[int, str | None]) -> None:
    """Guide, CONSULT mode visit: the source visits, the target hosts. "Zelenskyy ... after
    talks with Prime Minister of Croatia Andrej Plenković in Kyiv", "met with President of
    Turkey Erdoğan, who is on an official visit to our country": a meeting of two sides in
    the one side's country is the other side's visit, so the guest is its source."""
    if event.coding.type != "CONSULT" or not event.sources or not event.targets:
        return
    hosts = _countries(event.sources, codes)
    guests = _countries(_not_places(event.targets), codes)
    if not hosts or not guests or hosts & guests:
        return
    visited = any(w.lemma_.lower() == "visit" for c in _not_places(event.targets)
                  for m in c.mentions for r in m.span.root.children if r.dep_ in {"relcl", "acl"}
                  for w in r.subtree)
    if visited or hosts & _meeting_place_countries(event.trigger, index, codes):
        event.sources, event.targets = _not_places(event.targets), [
            *event.sources, *(c for c in event.targets if c.label in {"GPE", "LOC", "FAC"})]
        event.rule += "|visitor"


def _countries(clusters: list[Cluster], codes: dict[int, str | None]) -> set[str]:
    return {code for c in clusters if (code := codes.get(id(c))) is not None}


def _meeting_place_countries(trigger: Token, index: MentionIndex,
                             codes: dict[int, str | None]) -> set[str]:
    """The countries of the places an "in" phrase of the meeting names: of the meeting word
    ("met Y in Moscow") or of whom it is with, wherever the parser hung it in their names
    ("talks with Prime Minister of Croatia Andrej Plenković in Kyiv"); not of a topic
    ("talks on the war in Ukraine")."""
    places = [index.at(o.i) for p in trigger.subtree
              if p.dep_ == "prep" and p.lower_ == "in" and _of_the_meeting(p.head, trigger)
              for o in p.children if o.dep_ == "pobj"]
    return _countries([c for c in places if c is not None and c.label == "GPE"], codes)


def _of_the_meeting(token: Token, trigger: Token) -> bool:
    """Whether `token` is the meeting word or a word of the names of whom it is with: up to
    the trigger through name parts, "with" and the "of" of titles only."""
    while token.i != trigger.i:
        if token.dep_ not in {"pobj", "appos", "compound", "conj", "nmod", "prep"} or (
                token.dep_ == "prep" and token.lower_ not in {"with", "of"}) \
                or token.head.i == token.i:
            return False
        token = token.head
    return True


ENVOY_NOUNS = frozenset({"ambassador", "envoy", "consul", "emissary", "representative",
                         "attache", "chargé", "charge"})


def _not_the_posting(event: EventRef) -> None:
    """"Athens expelled the Libyan ambassador to Greece": the envoy is the target, the
    state he is posted to is where he serves, not whom the act is on."""
    trigger = event.trigger
    postings = [c for c in event.targets if any(
        m.span.root.dep_ == "pobj" and m.span.root.head.lower_ == "to"
        and m.span.root.head.head.lemma_.lower() in ENVOY_NOUNS
        and m.span.root.head.head.head.i == trigger.i
        for m in c.mentions)]
    if postings and len(postings) < len(event.targets):
        event.targets = [c for c in event.targets if c not in postings]


# Prepositions that give what a statement is made on or through: "praised Warren on Twitter".
MEDIUM_PREPS = frozenset({"on", "via", "through"})


def _not_the_medium(event: EventRef) -> None:
    """"Biden praised Warren's endorsement on Twitter", "said on CNN": a platform or outlet
    a statement is made on is no target of it (a deed on it, "restrictions on Twitter",
    keeps it)."""
    if event.coding.type not in TOLD_OF_TYPES | {"AGREE", "CONCEDE"}:
        return
    event.targets = [c for c in event.targets if not any(
        m.span.root.dep_ == "pobj" and m.span.root.head.lower_ in MEDIUM_PREPS
        and span_key(m.span) in MEDIA_NAMES for m in c.mentions)]


def _common_adversary(event: EventRef) -> None:
    """Whom a cooperative act is "against" is the parties' common adversary, not the one
    helped: "supporting the government of Hadi against the Houthi rebellion", "will
    cooperate with Turkey against ISIS"."""
    if event.coding.type not in COOPERATIVE | {"AGREE"}:
        return
    start = sent_start(event.trigger)

    def opposed(cluster: Cluster) -> bool:
        here = [_phrase_head(m) for m in cluster.mentions if sent_start(m.span.root) == start]
        return bool(here) and all(h.dep_ == "pobj" and h.head.lower_ == "against" for h in here)

    event.targets = [c for c in event.targets if not opposed(c)]


def _phrase_head(mention: MentionRef) -> Token:
    """The head of the noun phrase a mention sits in ("a captured Humvee military car")."""
    return modified_head(mention.span.root, ("compound", "amod", "nmod"))


def _stands_for_parties(cluster: Cluster) -> bool:
    return not cluster.names and any(_party_noun(m.span.root) for m in cluster.mentions)


def _party_noun(token: Token) -> bool:
    """"the two leaders", "both sides", "the presidents", "the leaders of the two
    countries", "the heads of state": a plural noun for parties that points back to them
    ("the countries of the European Union" names its own)."""
    return token.tag_ == "NNS" and token.lemma_.lower() in PARTY_NOUNS and any(
        c.dep_ in {"det", "nummod", "predet"} and c.lower_ in PARTY_DETERMINERS
        for c in token.children) and not any(
        c.dep_ == "prep" and c.lower_ == "of" and not any(
            _party_noun(o) or _office_object(o) for o in c.children if o.dep_ == "pobj")
        for c in token.children)


def _office_object(token: Token) -> bool:
    """"(heads) of state", "(heads) of state and government": a bare singular noun that is
    part of the office's name, not whose heads they are ("the leaders of the two states"
    names states of its own)."""
    return token.tag_ == "NN" and token.lemma_.lower() in {"state", "government"} and not any(
        c.dep_ in {"det", "nummod", "amod", "poss"} for c in token.children)


def _party_nouns_do_it(event: EventRef) -> bool:
    """No doer found, but a party noun that is no entity does the act: "The presidents
    discussed ...", "The presidents had an exchange of opinions"."""
    trigger = event.trigger
    verb = trigger.head if trigger.pos_ in {"NOUN", "PROPN"} and trigger.dep_ == "dobj" \
        else trigger
    subject = _subject_up(verb, hops=3)
    return not event.sources and subject is not None and _party_noun(subject)


def _points_to_parties(event: EventRef) -> bool:
    """"The two leaders", "the presidents" or "they" do the act, not yet named."""
    return any(_stands_for_parties(c) for c in event.sources) or _party_nouns_do_it(event) \
        or (not event.sources and _doer_pronoun(event.trigger) == "they")


def _sentences_between(earlier: Token, later: Token) -> int:
    starts = set(sent_starts(later.doc)[earlier.i:later.i + 1])
    return len(starts) - 1


# Modalities one happening can be told in: as fact and as someone's report; as what may
# happen and what would happen if ("may declare a national emergency ... I can do it if I
# want").
KINDRED_MODALITIES = (HAPPENED_MODALITIES, UNREAL_MODALITIES)
# Clauses a verb takes as what it says, asks or agrees to.
CONTENT_DEPS = frozenset({"xcomp", "ccomp"})
# Acts done by saying: told again in other words, they are still one act.
VERBAL_TYPES = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT", "CONSULT"})
# Acts done by saying something of someone: whom the said clause is about is their target.
TOLD_OF_TYPES = VERBAL_TYPES - {"CONSULT"}


def _same_happening(later: EventRef, earlier: EventRef, codes: dict[int, str | None]
                    ) -> bool:
    """Whether `later` tells again what `earlier` told (one record per happening): same
    type, modality and negation, actors that do not disagree, and either the very same
    actors ("met Ghani" … "his meeting with Ghani"), or the same sentence, or a definite or
    possessed noun that points back ("the attack", "the talks"), or the same word again with
    a party in common."""
    if later.coding.type == earlier.coding.type and _completes(later.trigger, earlier.trigger) \
            and _agree(later.sources, earlier.sources, codes):
        # "would prefer to agree a solution": the agreeing is what is preferred ("invited
        # Berdimuhamedov to visit": the visit is another's act)
        return True
    if _other_content(later.trigger, earlier.trigger) \
            or _credited_for(later.trigger, earlier.trigger) \
            or _credited_for(earlier.trigger, later.trigger):
        return False
    if _the_war_again(later, earlier, codes) or _harm_done_in(later, earlier):
        return True
    modalities = {later.modality, earlier.modality}
    if (later.coding.type, later.negated) != (earlier.coding.type, earlier.negated) or (
            len(modalities) > 1 and not any(modalities <= kin for kin in KINDRED_MODALITIES)):
        return False
    if later.targets and later.sources == earlier.sources and later.targets == earlier.targets:
        return True
    parties, before = _parties(later), _parties(earlier)
    if later.coding.type == "CONSULT" and parties and before and (
            parties <= before or before <= parties) and len(parties | before) >= 2 \
            and not (len(before) < 2 and _own_name(earlier.trigger)):
        # the same parties talking again: "met …", "discussed …", "informed …"; not a summit
        # of its own name one of them took part in ("thanked Romania for participating in
        # the Crimea Platform Summit … informed the Romanian side about …")
        return True
    if _share([c for c in later.targets if c.label == "PERSON"], earlier.targets, codes) and (
            later.coding.type not in TOLD_OF_TYPES or not _another_speaker(later, earlier, codes)):
        # a named person attacked, arrested or met again, whoever did it; blamed, asked or
        # praised again, unless by another person
        return True
    trigger = later.trigger
    same_word = trigger.lemma_.lower() == earlier.trigger.lemma_.lower()
    near = _sentences_between(earlier.trigger, trigger)
    if same_word and near <= 2 and "<join" in later.rule:
        return True  # "Swedes joined the protest": the protest told before, more taking part
    if not (_agree(later.sources, earlier.sources, codes)
            and _agree(_not_places(later.targets), _not_places(earlier.targets), codes)):
        return False
    if (later.sources or later.targets) and _named_otherwise(trigger, earlier):
        # "the G7 meeting" after "my conversation with Boris Johnson": a happening of its
        # own, whose parties are not the conversation's
        return False
    if not later.sources and not later.targets and not any(
            c.dep_ in {"nsubj", "agent"} for c in trigger.children):
        return True  # "the attack", "the strikes" told again with no one named
    if sent_start(trigger) in {sent_start(t) for t in (earlier.trigger, *earlier.mentions)}:
        # "spoke by video conference", "hit by drone strikes in a raid"; or a sentence that
        # told it again ("the attacks occurred at 4:00 and struck the plant")
        return True
    shared = _share(later.sources, earlier.sources, codes) \
        or _share(later.targets, earlier.targets, codes)
    pointing_back = trigger.pos_ in {"NOUN", "PROPN"} and any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ANAPHORIC_DETERMINERS)
        for c in trigger.children)
    if pointing_back:
        # "Police arrested the accused ... After his arrest on Friday": the patient named
        # only now, of a deed just told that named none
        named_now = same_word and not earlier.targets and near <= 1
        return shared or named_now or not (later.sources or later.targets)
    # "marched from Hyde Park …. Protesters marched to Parliament": the same word again,
    # right after, its actors agreeing; "Saudi Arabia and the US alleged Iranian involvement
    # … the US blaming Iran": the same kind of saying by a party in common, close by (deeds
    # in other words are other deeds: "had banned the party in 2015 … arrested members").
    # A saying that names whom it is for, where the one before named no one, is another
    # act of the same speaker ("I expressed gratitude for … I congratulated him on …").
    if later.coding.type in VERBAL_TYPES and _not_places(later.targets) \
            and not _not_places(earlier.targets):
        return False
    return (same_word and (shared or near <= 1)) or (
        shared and near <= 2 and later.coding.type in VERBAL_TYPES
        and not _another_speaker(later, earlier, codes))


# Modifiers that make a happening another of its kind: "the third meeting", "the next
# round of talks".
OTHER_OF_ITS_KIND = frozenset({"first", "second", "third", "fourth", "fifth", "next",
                               "previous", "last", "another", "other", "new", "upcoming",
                               "forthcoming", "future"})


def _named_otherwise(noun: Token, earlier: EventRef) -> bool:
    """The event noun names its happening apart (`_own_name`) by words that neither the
    earlier happening's name nor the sentence that told it hold: "the G7 meeting" after
    "the NATO Summit" or after "my conversation with Boris Johnson", "the second attack"
    after "the first attack"; not "the El Paso shooting" after "a shooting in El Paso", nor
    "a United States airstrike" after "the United States killed him in a strike"."""
    name, earlier_name = _own_name(noun), _own_name(earlier.trigger)
    if not name:
        return False
    if earlier_name:
        return name != earlier_name
    told = earlier.trigger.sent.text.lower()
    return not all(word in told for word in name)


def _own_name(noun: Token) -> frozenset[str]:
    """The words by which an event noun names its happening apart from others of its kind
    ("G7" of "the G7 meeting", "nato summit" of "the NATO Summit", "third" of "the third
    meeting"); none for "the meeting" or "talks"."""
    words = {c.lower_ for c in noun.children
             if (c.dep_ in {"compound", "nmod"} and c.pos_ == "PROPN"
                 and c.ent_type_ not in {"DATE", "TIME"})  # "the November 27 agreement"
             or (c.dep_ in {"amod", "nummod"} and c.lower_ in OTHER_OF_ITS_KIND)}
    if noun.pos_ == "PROPN":
        words.add(noun.lower_)
    return frozenset(words)


def _the_war_again(later: EventRef, earlier: EventRef, codes: dict[int, str | None]) -> bool:
    """Guide §12: an ongoing war named by a noun ("the Russian invasion", "Russia's
    aggression", "to stop the war") is one ASSAULT happening for the article, however each
    mention is told (as fact, in someone's words, as what must end), when the warring sides
    each mention names do not differ by country."""
    if not (later.coding.type == earlier.coding.type == "ASSAULT"
            and not later.negated and not earlier.negated
            and _war_noun(later.trigger) and _war_noun(earlier.trigger)):
        return False
    return all(not (one := _countries(a, codes)) or not (other := _countries(b, codes))
               or bool(one & other)
               for a, b in ((later.sources, earlier.sources),
                            (later.targets, earlier.targets)))


# Harm done to people: told "in" an attack or a war, it is that attack's or war's toll.
HARM_VERBS = frozenset({"kill", "injure", "wound", "die"})
# Verbs whose subject is the one harmed: "sixteen children died in the shelling".
DYING_VERBS = frozenset({"die", "perish"})
# Verbs that take people away: their "to" names where ("deported to Russia").
DISPLACING_VERBS = frozenset({"deport", "displace", "exile", "expel", "evacuate", "relocate"})


def _harm_done_in(later: EventRef, earlier: EventRef) -> bool:
    """"Burundi had twelve years of civil war. Around 300,000 people were killed in the
    conflict", "rebels attacked the army … two soldiers were wounded in the attack", "who
    was also killed in the airstrike": people killed, wounded or dead in a happening
    already told (its trigger or a mention, or the same word pointing back) are that
    happening's toll (guide §3), not a happening of their own."""
    trigger = later.trigger
    if not (later.coding.type == earlier.coding.type == "ASSAULT") or later.negated \
            or earlier.negated or trigger.lemma_.lower() not in HARM_VERBS:
        return False
    told = {earlier.trigger.i, *(m.i for m in earlier.mentions)}
    places = [o for p in trigger.children if p.dep_ == "prep" and p.lower_ in {"in", "during"}
              for o in p.children if o.dep_ == "pobj"]

    def points_back(noun: Token) -> bool:  # "the attack" after "attacked", "the conflict"
        same = noun.lemma_.lower() == earlier.trigger.lemma_.lower() or (
            _war_noun(noun) and _war_noun(earlier.trigger))
        return same and any(
            c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ANAPHORIC_DETERMINERS)
            for c in noun.children) and _sentences_between(earlier.trigger, trigger) <= 2
    return any(o.i in told or points_back(o) for o in places)


def _war_noun(token: Token) -> bool:
    return token.pos_ == "NOUN" and token.lemma_.lower() in WAR_NOUNS


def _other_content(verb: Token, other: Token) -> bool:
    """Two verbs, each with a clause of its own that says what was agreed, asked or said,
    and the clauses' verbs differ: two acts, not one told twice ("agreed to continue
    coordination … It was agreed to maintain dialogue")."""
    def content(token: Token) -> str | None:
        clause = next((c for c in token.children if c.dep_ in CONTENT_DEPS), None)
        return clause.lemma_.lower() if clause is not None else None
    if verb.pos_ != "VERB" or other.pos_ != "VERB":
        return False
    mine, theirs = content(verb), content(other)
    return mine is not None and theirs is not None and mine != theirs


def _credited_for(deed: Token, judge: Token) -> bool:
    """The deed is what the judging verb thanks, praises or blames someone for ("thanked
    the actor for his support of Ukraine"): another's act, not the thanks told again."""
    found = _judge_of(deed)
    return found is not None and found.i == judge.i


def _completes(verb: Token, other: Token) -> bool:
    """One verb is the other's infinitive complement ("prefer to agree", "agree to
    meet"), either way round."""
    return (verb.dep_ == "xcomp" and verb.head.i == other.i) or (
        other.dep_ == "xcomp" and other.head.i == verb.i)


def _parties(event: EventRef) -> set[int]:
    """The actors of an event, leaving out a place it only goes to ("a visit to Brussels")."""
    return {id(c) for c in [*event.sources, *_not_places(event.targets)]}


def _not_places(targets: list[Cluster]) -> list[Cluster]:
    return [c for c in targets if c.label not in {"GPE", "LOC", "FAC"}]


def _another_speaker(later: EventRef, earlier: EventRef, codes: dict[int, str | None]) -> bool:
    """A saying by a person the earlier one was not by: "The book alleges … that Trump paid
    …" and "Biden attacked Trump for the tweet", "Former prime minister John Major has
    accused Johnson of …" after "He is widely suspected of …" are two sayings. (A body named
    two ways, "the House … impeached by the House", is not told apart.)"""
    return any(c.label == "PERSON" for c in later.sources) \
        and not _share(later.sources, earlier.sources, codes)


def _agree(one: list[Cluster], other: list[Cluster], codes: dict[int, str | None]) -> bool:
    """Two actor lists that could name the same parties: one is empty, or they share one."""
    return not one or not other or _share(one, other, codes)


def _share(one: list[Cluster], other: list[Cluster], codes: dict[int, str | None]) -> bool:
    """Whether two actor lists share an entity, or a state named two ways ("Iran backs ...
    Tehran backs"). A country code is not enough for people: two Afghan leaders met one
    after the other are two meetings."""
    if set(map(id, one)) & set(map(id, other)):
        return True
    one_states = [c for c in one if c.label == "GPE" and c.mentions]
    other_states = [c for c in other if c.label == "GPE" and c.mentions]
    if not one_states or not other_states:
        return False
    return bool({codes.get(id(c)) for c in one_states} - {None}
                & {codes.get(id(c)) for c in other_states})


def _open_candidates(doc: Doc, lexicon: Lexicon, index: MentionIndex,
                     open_nouns: frozenset[str], open_lemmas: frozenset[str] = frozenset(),
                     skip: Collection[int] = (), opens: Callable[[Token], bool] | None = None
                     ) -> Iterator[EventRef]:
    """Every verb, and every noun the lexicon or the model knows as a trigger, uncoded
    (of the `open_lemmas` only, when given), but the tokens in `skip` and those `opens`
    turns down (tested before their parties are sought)."""
    table = token_table(doc)
    for i, pos in enumerate(table.pos):
        if pos not in _TRIGGER_POS or i in skip:
            continue
        lemma = table.lemmas[i].lower()
        if open_lemmas and lemma not in open_lemmas:
            continue
        token = doc[i]
        if opens is not None and not opens(token):
            continue
        if pos == "VERB":
            phrase = base_form(token, lexicon)
            if phrase in lexicon.no_event_words and _no_event_sense(token, lexicon):
                continue
            sources = _not_venues(_sources_of_verb(token, index), token, lexicon, index)
            targets = _targets_of_verb(token, index, phrase)
            sources, targets = _experiencer_first(token, sources, targets)
            sources, targets = _the_dead_harmed(token, sources, targets, lexicon, index)
            rule = "open:verb"
        elif pos in {"NOUN", "PROPN"} and (
            lemma in open_nouns or _is_event_noun(token, lexicon)
        ) and not _coded_by_its_verb(token, lexicon, passive_only=True) \
                and not _in_support_of(token) and not _attention_paid(token):
            sources, targets, _, _ = _noun_arguments(token, NO_EVENT, lexicon, index)
            rule = "open:noun"
        else:
            continue
        sources, targets = _distinct_parties(sources, targets)
        yield EventRef(Coding("", NO_EVENT, None, ()), token, sources, targets, rule=rule)


def _asked_about(verb: Token) -> bool:
    """"The President asked them about their living conditions": a question, asking for
    nothing to be done (REQUEST is an appeal for action, "asked them to provide"); so is a
    quoted question ('"... and other cities?" the President asked', 'asked me: "What keeps
    you awake at night?"'), and one put to a speaker before the answer ("Asked on television
    who leads the party, she said the speaker", "Pressed by the host, the candidate said")."""
    lemma = verb.lemma_.lower()
    if lemma not in {"ask", "press"}:
        return False
    children = list(verb.children)
    if any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "for") for c in children):
        return False
    if _put_to_the_speaker(verb):
        return True
    if lemma != "ask":
        return False
    if _question_before(verb):
        return True
    clauses = [c for c in children if c.dep_ == "ccomp"]
    if clauses:  # "asked him if he had any ideas", "asked how the research is linked"
        return all(_indirect_question(c) or _direct_question(c) for c in clauses)
    return any((c.dep_ == "prep" and c.lower_ == "about")
               or (c.dep_ == "dobj" and c.lemma_.lower() in QUESTION_NOUNS) for c in children)


# What one asks that is a question, not a request ("asked the President their questions").
QUESTION_NOUNS = frozenset({"question", "query"})


# Verbs that give a speaker's answer.
ANSWERING_VERBS = REPORTING_VERBS | {"reply", "respond", "answer"}


def _put_to_the_speaker(verb: Token) -> bool:
    """"Asked about the talks, Peskov said …": a participle opening the clause of a
    reporting verb whose subject it describes is the question the speaker answers."""
    head = verb.head
    return verb.tag_ == "VBN" and verb.dep_ == "advcl" and verb.i < head.i \
        and head.lemma_.lower() in ANSWERING_VERBS


def _question_before(verb: Token) -> bool:
    """'"... and other cities?" the President asked': the quotation that ends right before
    the verb's clause is a question."""
    start = min([verb.i] + [c.left_edge.i for c in verb.children if c.dep_ in SUBJECT_DEPS])
    before = [t for t in verb.doc[max(0, start - 3) : start] if not t.is_space]
    return any(t.text == "?" for t in before)


def _direct_question(clause: Token) -> bool:
    """'asked me: "What keeps you awake at night?"': a quoted clause that ends in "?"."""
    doc = clause.doc
    end = clause.right_edge.i
    while end > clause.i and doc[end].text in QUOTE_MARKS:
        end -= 1  # the closing quotation mark the parser hung on the clause
    after = end + 1
    while after < len(doc) and doc[after].text in QUOTE_MARKS:
        after += 1
    return doc[end].text == "?" or (after < len(doc) and doc[after].text == "?")


def _indirect_question(clause: Token) -> bool:
    """A clause that asks whether or what ("if he had", "how it is linked"), not what is to
    be done ("that the UN send troops")."""
    return clause.left_edge.lower_ in QUESTION_WORDS or any(
        c.dep_ == "mark" and c.lower_ in {"if", "whether"} for c in clause.children)


# Words that open an indirect question; not "who", "which" or "that", which open relative
# clauses the parser takes for a verb's complement ("asked Ukrainians who have relatives
# in Russia to address them").
QUESTION_WORDS = frozenset({"how", "why", "when", "where", "what", "whether", "if"})


def _crowd_protest(event: EventRef) -> bool:
    """"Thousands marched through London", "Dozens protested outside the embassy": a
    protest whose doers the text counts but does not name is still a protest (a crowd is
    its actor, whoever they are)."""
    if event.coding.type != "PROTEST" or event.trigger.pos_ != "VERB":
        return False
    return any(c.dep_ == "nsubj" and (
        c.ent_type_ == "CARDINAL" or c.like_num or c.lemma_.lower() in COUNT_WORDS
        or any(g.dep_ == "nummod" for g in c.children)) for c in event.trigger.children)


def _attention_paid(word: Token) -> bool:
    """"Special attention was paid to energy security", "the leaders paid attention to the
    Normandy format": a readout's word for what the talks were about, no act of its own
    (guide §12: the talks are the happening); the noun, or the verb that pays it."""
    if word.pos_ == "VERB":
        return any(_attention_paid(c) for c in word.children)
    return word.lemma_.lower() == "attention" and word.dep_ in {"dobj", "nsubjpass"} \
        and word.head.lemma_.lower() in ATTENTION_VERBS


def _called_off(noun: Token) -> bool:
    """"Iran and Pakistan postponed their meeting", "the visit was cancelled", "the
    cancellation of the summit": the meeting did not take place then; the calling off is the
    event, not the thing called off."""
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    while noun.dep_ == "conj" and noun.head.pos_ in {"NOUN", "PROPN"}:
        noun = noun.head  # "cancelled the meeting and the visit"
    if any(c.dep_ == "amod" and c.tag_ == "VBN" and c.lemma_.lower() in CALLING_OFF_VERBS
           for c in noun.children):
        return True  # "the postponed summit"
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of":
        return head.head.lemma_.lower() in CALLING_OFF_NOUNS
    return noun.dep_ in {"dobj", "nsubjpass"} and head.pos_ == "VERB" \
        and _phrasal_lemma(head) in CALLING_OFF_VERBS


def _phrasal_lemma(verb: Token) -> str:
    """"call off" for "called the talks off", else the lemma."""
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    lemma = verb.lemma_.lower()
    return f"{lemma} {particle}" if particle else lemma


def _cancelling_a_meeting(verb: Token, lexicon: Lexicon) -> bool:
    """"cancelled his visit to Kabul", "the talks were called off": a refusal to meet
    (guide, REJECT: "A meeting cancelled is REJECT (mode meet)")."""
    if verb.pos_ != "VERB" or _phrasal_lemma(verb) not in CANCELLING_VERBS:
        return False
    return any(_is_event_noun(c, lexicon)
               and (coding := lexicon.coding(_noun_code(c, lexicon))) is not None
               and coding.type == "CONSULT" for c in _what_it_takes(verb))


def _distinct_parties(sources: list[Cluster], targets: list[Cluster]
                      ) -> tuple[list[Cluster], list[Cluster]]:
    """Each party once, in order; one that does the act is not also its target."""
    sources = list(dict.fromkeys(sources))
    return sources, [t for t in dict.fromkeys(targets) if t not in sources]


def _argue_as_typed(event: EventRef, lexicon: Lexicon, index: MentionIndex) -> None:
    """A noun the model typed is read again as that type: "the meeting of President
    Zelenskyy with ..." has its "of" phrase as its doer once it is a meeting (as the
    lexicon's nouns have), where an untyped noun's "of" phrase was its target."""
    if not event.rule.startswith("open:noun") or event.coding.type == NO_EVENT:
        return
    sources, targets = _distinct_parties(
        *_noun_arguments(event.trigger, event.coding.type, lexicon, index)[:2])
    event.sources = _not_its_name(event.trigger, sources)
    event.targets = _not_its_name(event.trigger, targets)


def _decide(event: EventRef, model: EventModel, codes: dict[int, str | None],
            lexicon: Lexicon) -> bool:
    """Let the model keep the candidate (False: no codable event) and choose its type. A
    verb from the user's own dictionary is coded as the user says: the model only scores it."""
    features = event_features(event, codes, lexicon)
    phrase = event.rule.split("|")[0].removeprefix("verb:").split("+")[0]
    users = lexicon.user_verbs
    if event.coding.type != NO_EVENT and event.rule.startswith("verb:") and (
            phrase in users or base_form(event.trigger, lexicon) in users):
        # the type is the user's, which the model never learned: how likely an event is
        event.probability = 1.0 - model.probabilities(features).get(NO_EVENT, 0.0)
        event.rule += "|user-verb"
        return True
    label, probability = model.decide(features, event.coding.type,
                                      alone=one_sentence(event.trigger.doc))
    if label in INVITATION_TYPES:
        label = _invitation(event.trigger, lexicon) or _welcome(event.trigger) or label
    resigning = label in RESIGNATION_TYPES and _resigning(event.trigger)
    if resigning:
        label = "RETREAT"
    if label == "ACCUSE" and _denying_an_accusation(event.trigger):
        label = "REJECT"
    if label == "AGREE" and _wished_of_another(event.trigger, lexicon):
        label = "REQUEST"
    if label == "ASSAULT" and _attacked_in_words(event.trigger):
        label = "ACCUSE"
    cancelling = label != NO_EVENT and _cancelling_a_meeting(event.trigger, lexicon)
    if cancelling:
        label = "REJECT"
    if label == NO_EVENT or _not_this_type(event, label, lexicon):
        return False
    if event.coding.type == NO_EVENT and label != "CONSULT" \
            and probability < PLAIN_SAYING_FLOOR and _plain_saying(event.trigger, lexicon):
        return False
    if label != event.coding.type:
        event.coding = lexicon.type_coding(label, event.coding.context)
        event.rule += f"|model->{label}"
    if resigning:
        event.coding = replace(event.coding, mode="resign")
    if cancelling:
        event.coding = replace(event.coding, mode="meet")
    event.probability = probability
    return True


# A verb of plain saying no rule codes ("the President stressed", "he noted") that the
# model types by what was said at less than this is dropped: out of fold such events were
# right 3 times in 38 on the first train batch and 6 in 50 on the later ones, where the
# model's other events under 0.3 were right 28% of the time (docs/event-model.md, fiftieth
# round). Speaking with someone (CONSULT: "Putin and Erdogan spoke by phone") is a talk.
PLAIN_SAYING_FLOOR = 0.3


# What an invitation asks of its guest decides its type (guide §2): to visit, come or meet
# is a planned meeting (AGREE); to join, adopt or consider anything else is an appeal
# (REQUEST). The model reads "invited" as either, or as a meeting (CONSULT).
INVITATION_TYPES = frozenset({"AGREE", "REQUEST", "CONSULT", "SUPPORT", "COOPERATE"})
MEETING_VERBS = frozenset({"visit", "come", "meet", "attend", "pay", "sit", "participate"})
# Gatherings the lexicon codes no event for, beside its meeting nouns (CAMEO 04x): taking
# part in one is a meeting ("invited Apple to take part in the Diia Summit": AGREE), taking
# part in anything else is joining it ("invited Ireland to participate in this program").
GATHERING_NOUNS = frozenset({"forum", "session", "event", "ceremony", "festival", "parade",
                             "congress", "celebration", "assembly"})


# A resignation is a retreat, mode resign (guide, RETREAT); the train set's labels split it
# between RETREAT and CONCEDE, and the model follows them.
RESIGNATION_TYPES = frozenset({"RETREAT", "CONCEDE"})


WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})


def _asked(trigger: Token) -> bool:
    """"Why did you decide to join Sustainable Australia?", "Did Russia attack the base?",
    "what will you do in the event a court rules ...?": what a question asks about is not
    told as having happened (no event in the train set's 26 questions). A "?" must end the
    trigger's sentence after it, and the trigger must lie in a question clause: one opened
    by a question word or with its auxiliary before its subject ("... come ... and ask: how
    can we help?" keeps the coming)."""
    if not any(t.text == "?" for t in trigger.doc[trigger.i + 1 : trigger.sent.end]):
        return False
    return any(_interrogative(clause) for clause in (trigger, *trigger.ancestors))


def _interrogative(clause: Token) -> bool:
    subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
    return clause.left_edge.tag_ in WH_TAGS or any(
        (c.tag_ in WH_TAGS and c.i < clause.i)
        or (subject is not None and c.dep_ in {"aux", "auxpass"} and c.i < subject.i)
        for c in clause.children)


def _resigning(trigger: Token) -> bool:
    """"resigned", "his resignation", "is to step down", "would stand down"."""
    lemma = trigger.lemma_.lower()
    return lemma in {"resign", "resignation"} or (lemma in {"step", "stand"} and any(
        c.dep_ in {"prt", "advmod"} and c.lower_ == "down" for c in trigger.children))


# What an accusation is called when someone denies it: "dismissed the claim as groundless".
ACCUSATION_NOUNS = frozenset({"accusation", "allegation", "claim", "charge", "report",
                              "suggestion", "involvement", "responsibility"})


def _denying_an_accusation(trigger: Token) -> bool:
    """"Moscow dismissed the claim as groundless", "denied the allegations": the denial is
    REJECT (guide, REJECT), though the words tell of the accusation."""
    return trigger.lemma_.lower() in DENIAL_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in ACCUSATION_NOUNS for c in trigger.children)


# What one is attacked for in words: "attacked Trump for the tweet", "attacking the
# subpoena as a political strategy", "attacked Biden on paying fewer taxes".
REASON_PREPS = frozenset({"for", "over", "as"})


def _attacked_in_words(trigger: Token) -> bool:
    """"Biden attacked Trump for the tweet": an attack for a reason or as something is
    blame (guide §2: a metaphor naming a verbal act is that act, ACCUSE); the train set's
    four "attacked … as/for/with calling" are ACCUSE, its attacks with no such phrase
    ASSAULT. "Attacked for hours" is a time, not a reason."""
    if trigger.lemma_.lower() != "attack" or trigger.pos_ != "VERB":
        return False
    for prep in trigger.children:
        if prep.dep_ != "prep":
            continue
        objects = [o for o in prep.children if o.dep_ in {"pobj", "pcomp"}]
        if prep.lower_ == "on" and any(o.tag_ == "VBG" for o in objects):
            return True  # "attacked Biden on paying fewer taxes"
        if prep.lower_ in REASON_PREPS and objects and not any(
                o.ent_type_ in {"DATE", "TIME"} or o.lemma_.lower() in TIME_UNITS
                for o in objects):
            return True
    return False


def _invitation(trigger: Token, lexicon: Lexicon) -> str | None:
    """AGREE or REQUEST for "invited X to <do something>", by what is to be done."""
    if trigger.lemma_.lower() != "invite":
        return None
    act = next((c for c in trigger.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    if act is None:
        return None
    lemma = act.lemma_.lower()
    part = [c for c in act.children if c.dep_ == "dobj" and c.lower_ == "part"]
    if lemma == "participate" or (lemma == "take" and part):
        joined = [o for head in (act, *part) for c in head.children
                  if c.dep_ == "prep" and c.lower_ == "in" for o in c.children if o.dep_ == "pobj"]
        if joined:  # "to take part in the Diia Summit", "to participate in this program"
            return "AGREE" if any(_gathering(o, lexicon) for o in joined) else "REQUEST"
    return "AGREE" if lemma in MEETING_VERBS else "REQUEST"


# Who is welcomed as a guest (beside names and titles): "welcome you", "all of you".
GUEST_WORDS = frozenset({"you", "him", "her", "them", "all", "everyone", "everybody",
                         "guest", "delegation", "participant", "member", "colleague", "friend"})
# Nouns for the place a guest is welcomed to, beside the names of places.
HOST_PLACE_NOUNS = frozenset({"country", "city", "capital", "kremlin", "republic", "land"})


def _welcome(trigger: Token) -> str | None:
    """A host's welcome (the train set: "It is my pleasure to welcome you in Moscow",
    CONSULT; "I welcome you and congratulate you on the opening of the Student Spring", no
    event): a guest welcomed to a place is a visit (CONSULT); one welcomed to a forum or
    a meeting, or nowhere, is a host's courtesy (NO_EVENT), and so is a greeting that
    welcomes nothing ("Colleagues, welcome again."). Welcoming a decision or an initiative
    is support, as the model says."""
    if trigger.lemma_.lower() != "welcome" or trigger.pos_ != "VERB":
        return None
    if not any(c.dep_ in {"dobj", "nsubjpass", "ccomp", "xcomp", "prep"}
               for c in trigger.children):
        return NO_EVENT  # "Colleagues, welcome again.": a greeting, nothing welcomed
    guests = [c for c in trigger.children if c.dep_ == "dobj"]
    if not guests or not all(g.ent_type_ == "PERSON" or g.lower_ in TITLE_WORDS
                             or g.lemma_.lower() in GUEST_WORDS for g in guests):
        return None
    # anywhere in the welcome's own clause: "welcome the President of Poland Andrzej Duda
    # in Kyiv" hangs "in Kyiv" on the name
    places = [o for c in trigger.subtree if c.dep_ == "prep" and c.lower_ in {"to", "in"}
              and clause_head(c).i == trigger.i
              for o in c.children if o.dep_ == "pobj"]
    if any(o.ent_type_ in {"GPE", "LOC", "FAC"} or o.lemma_.lower() in HOST_PLACE_NOUNS
           for o in places):
        return "CONSULT"
    return NO_EVENT


def _gathering(noun: Token, lexicon: Lexicon) -> bool:
    lemma = noun.lemma_.lower()
    return lexicon.nouns.get(lemma, "").startswith("04") or lemma in GATHERING_NOUNS


def _deemed(trigger: Token) -> bool:
    """"He considers the day his second birthday", "the EU considers it a PCI", "Mugabe was
    considered the founding father": to consider something to be something is an opinion,
    not a deliberation ("considered some aspects of cooperation"). The train set codes such
    opinions only when they blame ("is considered extremely inappropriate", "deemed that the
    agreement goes against the resolution": ACCUSE), so the caller leaves ACCUSE to the
    model."""
    if trigger.lemma_.lower() not in {"consider", "deem"}:
        return False
    return any(c.dep_ in {"oprd", "xcomp", "attr", "acomp"}
               or (c.dep_ == "ccomp" and c.pos_ not in {"VERB", "AUX"})
               or (c.dep_ == "dobj" and any(g.dep_ == "appos" for g in c.children))
               for c in trigger.children)


def _not_this_type(event: EventRef, label: str, lexicon: Lexicon) -> bool:
    """Readings the model gives that the construction rules out, whatever the words around:
    of any type, what a question asks about or a need; of some types, more."""
    trigger = event.trigger
    if _asked(trigger) or _needed(trigger) or _called_off(trigger) or _described_by(trigger) \
            or _attention_paid(trigger) or _done_by_anyone(trigger) or _standing_ban(trigger) \
            or _press_conference(trigger) or _calling_a_race(trigger) or _whenever(trigger) \
            or _doing_in_general(trigger) or (label != "ACCUSE" and _deemed(trigger)) \
            or _standing_commitment(trigger):
        return True
    if label != "CONSULT" and _talked_about(trigger):
        # a topic of talk, not a happening told: of the train set's 961 such nouns 37 are
        # gold triggers, most of them talks and meetings one informs another of (CONSULT)
        return True
    # a meeting announced is AGREE (guide: future cooperation), and no more a meeting
    # between parties than the meeting itself: "will also meet with media representatives"
    planned_meeting = label == "AGREE" and (event.coding.cameo or "").startswith("04")
    if label == "CONSULT" or planned_meeting:
        return _speech_alone(event) or _attending(trigger, lexicon) \
            or _with_the_press(trigger) or _met_with_a_reaction(trigger) \
            or _introducing_a_thing(trigger) or _visiting_a_site(trigger)
    if label == "ACCUSE":
        if _accident_inquiry(trigger) or _in_charge(trigger):
            return True
        # what was said, not where or when ("speaking at the opening of War Week")
        return event.coding.type == NO_EVENT and _plain_saying(trigger, lexicon) \
            and tone_of(trigger, skip=CIRCUMSTANCE_DEPS, keep=BLAME_PREPS) != "neg"
    if label == "REQUEST":
        return _naming(trigger) or _on_a_sign(trigger) or _owed_by_no_one(event) \
            or _a_wish(event, lexicon) \
            or _asks_nothing(trigger, lexicon) or _asked_about(trigger) \
            or _signing_an_act(trigger) or _our_own_task(trigger)
    if label == "SUPPORT":
        return _own_deeds(event) or _a_share(trigger) or _stressing_a_need(trigger) \
            or _bare_thanks(trigger) \
            or _thanking_the_public(trigger) or _courtesy_thanks(trigger) \
            or _signing_a_domestic_act(trigger) or _standing_position(trigger)
    if label == "AGREE":
        return _sharing_a_view(trigger) or _speech_alone(event) \
            or _assuring_how_it_is(trigger) or _agreeing_to_an_interview(trigger)
    if label == "AID":
        return _own_deeds(event)  # "defended its policy": no protection given
    if label == "REJECT":
        return _dwindled(trigger) or _standing_position(trigger) or _no_comment(trigger)
    if label == "THREATEN":
        return _danger_alone(event)
    if label == "PROTEST":
        return _campaign_rally(event) or _troops_marching(event.trigger)
    if label == "ASSAULT":
        return _fighting_a_cause(event) or _electoral_contest(trigger) \
            or _natural_harm(trigger) or _war_as_a_time(trigger) or _war_as_a_topic(trigger) \
            or _figurative_war(trigger) or _death_alone(trigger, lexicon)
    return False


# What one declines to do when one declines to comment (guide §2, §4: not coded).
COMMENT_VERBS = frozenset({"comment", "say", "confirm", "elaborate", "discuss", "speculate",
                           "specify", "disclose", "detail", "identify", "name", "answer",
                           "respond", "reply", "explain"})


def _no_comment(trigger: Token) -> bool:
    """"He declined to comment", "refused to say whether …", "would not confirm":
    declining to tell reporters something refuses no actor anything (guide §4, REJECT).
    "Refused to discuss the border with Armenia" (talks refused) has a party to discuss
    with, and stays."""
    done = next((c for c in trigger.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    if done is None or done.lemma_.lower() not in COMMENT_VERBS:
        return False
    return not any(p.dep_ == "prep" and p.lower_ == "with" for p in done.children)


def _assuring_how_it_is(trigger: Token) -> bool:
    """"Yermak assured that Ukraine has enough natural gas reserves": an assurance of how
    things stand promises nothing (the train set codes none), where "assured that our state
    would meet" or "we will remain partners," he assured" promise what is to come (AGREE)."""
    if trigger.lemma_.lower() not in {"assure", "reassure"}:
        return False
    said = [c for c in trigger.children if c.dep_ == "ccomp"]
    return bool(said) and not any(t.tag_ == "MD" for c in said for t in c.subtree)


# Verbs of speaking that need someone spoken with to be a consultation (`_speech_alone`).
SPEECH_ALONE_VERBS = frozenset({"speak", "talk", "touch", "dwell"})
# Indefinite pronouns that name no one in particular as the doer: "everyone will want to
# use Russian territory", "anyone can fight for a place on the podium". "No one" and
# "nobody" are left out: they deny the act ("No one will give up our freedom": REJECT).
ANYONE_PRONOUNS = frozenset({"everyone", "everybody", "anyone", "anybody", "someone",
                             "somebody"})


# Pronouns that point at a thing or a fact said before, not at an actor: "This will
# encourage the European Commission to work faster".
THING_PRONOUNS = frozenset({"this", "that"})


def _done_by_anyone(trigger: Token) -> bool:
    """"Everyone will want to use Russian territory", "someone sends aircraft to bomb
    residential areas": an act whose doer is an indefinite pronoun is a generalisation or a
    supposition, not an identifiable actor's act (guide §2; the train set codes none of its
    such sentences); one whose doer is "this" or "that" is what a thing or a fact does ("This
    will encourage the Commission to work faster")."""
    pronoun = _doer_pronoun_token(trigger)
    return pronoun is not None and (pronoun.lower_ in ANYONE_PRONOUNS or (
        # the verb's own subject, a demonstrative ("the countries that are fighting": a
        # relative pronoun stands for its antecedent)
        pronoun.lower_ in THING_PRONOUNS and pronoun.tag_ == "DT"
        and pronoun.dep_ == "nsubj" and pronoun.head.i == trigger.i))


def _our_own_task(trigger: Token) -> bool:
    """"We need to strengthen the CSTO", "I need to say": what the speaker's own side needs
    to do asks nothing of anyone, by "need" or by the deed needed (guide §12: an appeal
    needs an identifiable actor asked; the train set codes none of its 18 "we/I need to"
    sentences). A need of things ("we need weapons") and of another's act ("you need to
    help Ukraine") stay appeals."""
    need = trigger.head if trigger.dep_ == "xcomp" else trigger  # "we need to [raise] …"
    return need.lemma_.lower() == "need" and need.pos_ == "VERB" \
        and _doer_pronoun(need) in {"we", "i"} \
        and any(c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"} for c in need.children)


def _whenever(trigger: Token) -> bool:
    """"When people protest, the harder it is for the occupiers", "we pay bonuses when they
    open an account": a verb in the plain present under "when" or "whenever" whose doer is
    anyone (a pronoun, a bare plural, "a" someone) tells what happens each time, or what
    will once something else has, not a happening (guide §2). None of the 43 such verbs in
    the train set is an event. A doer named ("when the Russian militaries fire from tanks
    at housing estates") tells what is being done, and stays."""
    if trigger.pos_ not in VERBAL_POS or trigger.tag_ not in {"VBP", "VBZ"} \
            or any(c.dep_ in {"aux", "auxpass"} for c in trigger.children) \
            or not any(c.dep_ in {"advmod", "mark"} and c.lower_ in {"when", "whenever"}
                       for c in trigger.children):
        return False
    subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    return subject is not None and (subject.pos_ == "PRON" or (
        subject.pos_ == "NOUN" and not subject.ent_type_ and all(
            c.dep_ != "poss" and (c.dep_ != "det" or c.lower_ in {"a", "an"})
            for c in subject.children)))


def _doing_in_general(trigger: Token) -> bool:
    """"Killing civilians is a war crime", "Just saying today that we will not talk about
    anything anymore is the easiest position": a gerund with no doer, the subject of a
    clause in the present, is what doing so is, whoever does it (guide §2), and so is what
    it says; a past tense may judge one deed ("Attacking the embassy was a mistake")."""
    token = trigger
    for _ in range(3):
        if token.dep_ == "csubj" or token.head.i == token.i:
            break
        token = token.head
    return token.dep_ == "csubj" and token.tag_ == "VBG" \
        and token.head.tag_ in {"VBZ", "VBP"} \
        and not any(c.dep_ in {"nsubj", "poss"} for c in token.children)


# Verbs of a prohibition whose present passive tells a standing status.
PROHIBITING_VERBS = frozenset({"ban", "prohibit", "outlaw", "forbid", "proscribe"})


def _standing_ban(trigger: Token) -> bool:
    """"The PKK is banned in Turkey" (guide §2, a state of affairs; issue fault 2): a
    prohibition in the present passive with no one said to impose it is a status, not an
    act ("Germany on Monday banned Mahan Air", "the party was banned in 2015" stay)."""
    return trigger.lemma_.lower() in PROHIBITING_VERBS and trigger.tag_ == "VBN" \
        and any(c.dep_ == "auxpass" and c.tag_ in {"VBZ", "VBP"} for c in trigger.children) \
        and not any(c.dep_ in {"agent", "aux"} for c in trigger.children)


def _standing_commitment(trigger: Token) -> bool:
    """"Ukraine is consistently committed to a political settlement", "We are committed to
    keeping our border safe": being committed to something, said in the present, is where
    one stands (the train set codes none of its four), not a pledge made then."""
    return trigger.lemma_.lower() == "commit" and trigger.tag_ == "VBN" \
        and any(c.dep_ in {"auxpass", "aux"} and c.lemma_ == "be" and c.tag_ in {"VBZ", "VBP"}
                for c in trigger.children) \
        and any(c.dep_ == "prep" and c.lower_ == "to" for c in trigger.children) \
        and not any(c.dep_ == "agent" for c in trigger.children)


# Verbs of a stance: in the plain present, told by no one, they say where someone stands.
STANCE_VERBS = frozenset({"support", "oppose", "favor", "favour", "advocate"})
CAMPAIGNER_NOUNS = frozenset({"party", "candidate", "nominee", "campaign", "senator",
                              "congressman", "congresswoman", "politician"})


def _standing_position(trigger: Token) -> bool:
    """"She supports both LGBT rights and gun rights", "It strongly opposes abortion": a
    stance on a cause or a policy in the plain present that no one is said to state is a
    position, a state of affairs (guide §2), not a SUPPORT or REJECT done at a time. Stated,
    it is an act: "the Chancellor noted that …", "“We support you,” she said", "we support
    the plan"; so is any other tense ("backed", "has voiced support"), a stance toward a
    named party ("he supports Ukraine"). Only a person's or a party's: a state's stance
    ("Russia supports the draft declaration", "both countries support the efforts") is
    diplomacy."""
    if trigger.lemma_.lower() not in STANCE_VERBS or trigger.tag_ not in {"VBZ", "VBP"} \
            or reporting_verb(trigger) is not None or in_quotation(trigger) \
            or _doer_pronoun(trigger) in {"i", "we", "you"}:
        return False
    subject = _subject_up(trigger, hops=1)
    campaigner = subject is not None and (
        subject.lower_ in {"he", "she", "it"} or subject.lemma_.lower() in CAMPAIGNER_NOUNS
        or any(t.ent_type_ == "PERSON" for t in subject.subtree))
    if not campaigner:
        return False
    return not any(c.dep_ == "dobj" and c.ent_type_ in ACTOR_LABELS
                   for c in trigger.children)


# What one agrees to when one agrees to an interview.
INTERVIEW_VERBS = frozenset({"answer", "talk", "speak", "chat", "sit", "interview",
                             "comment", "respond"})


def _agreeing_to_an_interview(trigger: Token) -> bool:
    """"Siegel agreed to answer some questions for Wikinews's correspondent", "agreed to
    speak to reporters": consenting to be interviewed commits no one to cooperate (guide
    §2: interviews, plain speech). "Agreed to hold talks with Kyiv" stays."""
    if trigger.lemma_.lower() != "agree":
        return False
    done = next((c for c in trigger.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    if done is None or done.lemma_.lower() not in INTERVIEW_VERBS:
        return False
    return any(t.lemma_.lower() in {"question", "query", "interview"} or _the_press(t)
               for t in done.subtree if t.pos_ in {"NOUN", "PROPN"})


def _sharing_a_view(trigger: Token) -> bool:
    """"I fully agree with you that the main task here is vaccination", "I agree with the
    conclusions you made", "The medical association agrees with Governor Hale": sharing
    someone's view in the present agrees to do nothing (PLOVER's AGREE is a commitment to
    cooperate; of the train set's four "I agree with" sentences one is coded). "We agreed
    with Iran to extend the agreement", "we will agree with him" stay."""
    if trigger.lemma_.lower() != "agree" or trigger.tag_ not in {"VBP", "VBZ"} \
            or any(c.dep_ == "xcomp" for c in trigger.children):
        return False
    partners = [g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "with"
                for g in c.children if g.dep_ == "pobj"]
    if not partners:
        return False
    return _doer_pronoun(trigger) == "i" or all(
        g.ent_type_ == "PERSON" or g.lower_ in {"me", "you", "him", "her", "them", "us"}
        for g in partners)


def _danger_alone(event: EventRef) -> bool:
    """"counteracting threats to national security", "the threats to Ukraine that a launch
    of Nord Stream 2 will cause": a threat no one is said to make is a danger, not a
    THREATEN (the train set codes none such; "threats of the People's Liberation Army",
    "militias had made threats" keep their makers)."""
    trigger = event.trigger
    return trigger.pos_ == "NOUN" and trigger.lemma_.lower() in DANGER_NOUNS \
        and not event.sources and not any(
            c.dep_ == "prep" and c.lower_ in {"from", "by"} and any(
                o.ent_type_ in ACTOR_LABELS for o in c.subtree)
            for c in trigger.children)


DANGER_NOUNS = frozenset({"threat", "danger"})
WAR_NOUNS = frozenset({"war", "invasion", "aggression", "conflict", "hostility"})
# "during the war", "since the invasion", "after the end of the war": when, not what.
TIME_PREPS = frozenset({"during", "since", "after", "before", "until", "amid", "throughout",
                        "following"})
PHASE_NOUNS = frozenset({"start", "beginning", "outbreak", "onset", "end", "eve", "day", "week",
                         "month", "time", "course", "anniversary", "horror", "victim"})


def _described_by(trigger: Token) -> bool:
    """"helped wounded soldiers", "treated 25 injured people", "the destroyed bridge": a
    participle before its noun describes what someone or something is, telling of no
    happening of its own (the train set codes none); so does one joined to such a word
    ("neutral and charged particles")."""
    if trigger.tag_ != "VBN":
        return False
    modifier = trigger
    while modifier.dep_ == "conj" and modifier.head.i < modifier.i:
        modifier = modifier.head
    return modifier.dep_ == "amod" and modifier.head.pos_ in {"NOUN", "PROPN"} \
        and trigger.i < modifier.head.i


# What a figurative war or attack is waged with: "an energy war against Poland", "a hybrid
# attack", "a trade war" are no use of force.
FIGURATIVE_WAR_WORDS = frozenset({"energy", "trade", "information", "gas", "price", "tariff",
                                  "currency", "propaganda", "media", "hybrid", "sanctions",
                                  "food", "economic", "word", "cultural"})


def _figurative_war(trigger: Token) -> bool:
    return trigger.pos_ == "NOUN" and trigger.lemma_.lower() in WAR_NOUNS | {"attack"} \
        and any(c.dep_ in {"compound", "amod"} and c.lemma_.lower() in FIGURATIVE_WAR_WORDS
                for c in trigger.children)


def _against(modifier: Token) -> bool:
    """"Anti-Russia sanctions", "anti-Kremlin protests": the name after "anti-" is what the
    act is against, not who does it. The modifier is one token or any of "anti", "-",
    name."""
    if modifier.lower_.startswith("anti-"):
        return True
    doc, i = modifier.doc, modifier.i
    return any(doc[k].lower_ == "anti" and doc[k + 1].text in HYPHENS
               for k in range(max(0, i - 2), min(i + 1, len(doc) - 1)))


def _war_as_a_time(trigger: Token) -> bool:
    """A war named to say when ("since the start of this war", "during the special military
    operation") or as a topic ("victims of the war") is no mention of the war as a
    happening (guide §12; of the train set's and gold-dev's ten operations after "during",
    none is an event)."""
    if trigger.pos_ != "NOUN" or trigger.lemma_.lower() not in WAR_NOUNS | {"operation"} \
            or trigger.dep_ != "pobj":
        return False
    prep = trigger.head
    if prep.lower_ in TIME_PREPS or prep.lower_ == "through":  # "lived through the war"
        return True
    return prep.lower_ == "of" and prep.head.lemma_.lower() in PHASE_NOUNS


# Words for talking about something: what they are about is a topic, not a happening told
# ("assessments of the special military operation", "the reasons behind it", "the talks
# focused on it").
DISCUSSION_WORDS = frozenset({"discuss", "discussion", "talk", "conversation", "exchange",
                              "view", "inform", "brief", "touch", "consultation",
                              "assessment", "reason", "approach", "position", "focus",
                              "interview"})
# Words between a discussion and the war it is about: "the situation around the operation",
# "in connection with", "the progress of".
TOPIC_NOUNS = frozenset({"situation", "development", "progress", "context", "connection",
                         "aspect", "issue", "matter", "question", "course", "event"})
# Prepositions that give what a discussion is about.
TOPIC_PREPS = frozenset({"on", "about", "of", "over", "around", "regarding", "concerning",
                         "behind", "with", "into", "for"})


def _war_as_a_topic(trigger: Token) -> bool:
    """"The parties continued to discuss the situation around Russia's special military
    operation", "an exchange of views on the special operation": a war talked about is a
    topic (guide §12), as 15 of the train set's 18 such sentences have it; so is the verb
    that describes it ("focused on the operation carried out by Russia")."""
    if trigger.pos_ == "VERB" and trigger.dep_ == "acl":
        trigger = trigger.head
    return trigger.lemma_.lower() in WAR_NOUNS | {"operation"} and (
        _talked_about(trigger) or _what_it_is_about(trigger))


def _what_it_is_about(noun: Token) -> bool:
    """"outlined Russia's assessment … with regard to the ongoing special military
    operation", "concerning the war": what a compound preposition of topic governs."""
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    return prep.lower_ in {"regarding", "concerning"} or (
        prep.lower_ == "to" and prep.head.lower_ in {"regard", "respect", "relation"})


def _talked_about(trigger: Token) -> bool:
    """A noun named as what someone talks, informs or asks about: "discussed Ukraine's
    cooperation with NATO", "an exchange of views on the sanctions", "an interview about the
    war", "further sanctions were discussed". What is exchanged is no topic ("exchanged
    fire", "an exchange of congratulations")."""
    if trigger.pos_ != "NOUN":
        return False
    token = trigger
    for _ in range(8):
        if token.dep_ not in {"pobj", "prep", "dobj", "nsubjpass", "compound", "conj", "appos",
                              "pcomp"} or token.head.i == token.i:
            return False  # "pcomp": "talks on ending the war"
        below, token = token, token.head
        lemma = token.lemma_.lower()
        if lemma == "exchange" and (below.dep_ == "dobj" or below.lower_ == "of"):
            return False
        if lemma in DISCUSSION_WORDS:
            if token.dep_ == "pobj" and token.head.lower_ == "in":
                return False  # "in view of"
            # what it is about, not when or why ("informed him, at his request, …")
            return below.dep_ != "prep" or below.lower_ in TOPIC_PREPS
        if token.pos_ in {"NOUN", "PROPN"} and lemma not in TOPIC_NOUNS:
            # "informed his counterpart on the progress of ...", the parse hanging the topic
            # on whom the speaker told
            return token.dep_ == "dobj" and token.head.lemma_.lower() in DISCUSSION_WORDS
        if token.pos_ == "VERB":
            return False
    return False


# Harm no actor does: hazards, disease and accidents ("the earthquake killed 12", "died in
# floods", "Typhoon Haiyan, which killed 6,000"). Fire is left out: "killed by Israeli fire".
HAZARD_WORDS = frozenset({
    "earthquake", "quake", "tremor", "aftershock", "typhoon", "hurricane", "cyclone", "storm",
    "tornado", "flood", "flooding", "landslide", "mudslide", "tsunami", "wildfire", "bushfire",
    "eruption", "avalanche", "drought", "heatwave", "lightning", "virus", "coronavirus",
    "disease", "pandemic", "epidemic", "outbreak", "illness", "infection", "cancer", "crash",
    "accident", "collision", "derailment", "overdose",
    # wild animals ("killed by his lions", "mauled by a bear"); not dogs, which police use
    "lion", "lioness", "tiger", "leopard", "bear", "shark", "crocodile", "alligator",
    "elephant", "hippo", "hippopotamus", "snake", "wolf", "buffalo", "rhino", "jaguar"})
# Accidents told by a verb of their own: "were killed when their helicopter crashed".
ACCIDENT_VERBS = frozenset({"crash", "collapse", "capsize", "derail", "sink"})
# Prepositions that give what harm came from ("died in floods", "killed by the storm").
CAUSE_PREPS = frozenset({"in", "by", "from", "during", "after", "due", "because", "amid"})


def _natural_harm(trigger: Token) -> bool:
    """Killing, injuring or damage whose cause is a hazard, a disease or an accident is no
    attack: the guide codes no accidents or disasters (§12)."""
    # the doer: the active subject ("the flood killed"; who dies is no doer), the noun a
    # "which" clause tells of, the subject of the clause an "-ing" one follows
    doer = _subject_up(trigger, hops=3) if trigger.lemma_.lower() != "die" else None
    if trigger.dep_ == "relcl" and (doer is None or doer.tag_ in {"WDT", "WP"}):
        doer = trigger.head
    elif doer is None and trigger.dep_ == "advcl" and trigger.tag_ == "VBG":
        doer = _subject_up(trigger.head, hops=3)
    if doer is not None:
        return _a_hazard(doer)
    return any(
        (c.dep_ in {"prep", "agent"} and c.lower_ in CAUSE_PREPS
         and any(t.dep_ == "pobj" and _a_hazard(t) for t in c.subtree))
        or (c.dep_ == "advcl" and c.lemma_.lower() in ACCIDENT_VERBS)
        for c in trigger.children) or any(_accident_when(t, trigger) for t in trigger.subtree)


def _death_alone(trigger: Token, lexicon: Lexicon) -> bool:
    """"Civil Aviation Minister Hardeep Singh Puri said 18 people died": dying is an
    attack's harm only when the attack is named with it ("eight Mexicans died in the
    attack", "servicemen die every day in battles"; the train set codes those, and no death
    without one)."""
    if trigger.lemma_.lower() != "die":
        return False
    return not any(t.pos_ == "NOUN" and clause_head(t).i == trigger.i and _violence(t, lexicon)
                   for t in trigger.subtree)


def _violence(noun: Token, lexicon: Lexicon) -> bool:
    return noun.lemma_.lower() in VIOLENCE_NOUNS \
        or lexicon_type(noun, lexicon) in {"ASSAULT", "COERCE"}


# Words for the violence a death comes from, beyond the lexicon's attack nouns.
VIOLENCE_NOUNS = WAR_NOUNS | {"battle", "fighting", "shooting", "explosion", "blast", "fire",
                              "violence", "combat", "crossfire", "hostilities", "massacre",
                              "wound", "injury", "torture", "custody", "captivity"}


def _accident_when(verb: Token, clause: Token) -> bool:
    """"seven people were killed yesterday, when a bomber crashed": an accident that says
    when the harm was done, wherever the parse hangs it in the harm's clause."""
    return verb.lemma_.lower() in ACCIDENT_VERBS and verb.dep_ in {"advcl", "relcl"} \
        and clause_head(verb.head).i == clause.i and any(
            c.dep_ in {"advmod", "mark"} and c.lower_ in {"when", "after", "as"}
            for c in verb.children)


INQUIRY_WORDS = frozenset({"investigate", "investigation", "probe", "inquiry", "inquire"})


def _accident_inquiry(trigger: Token) -> bool:
    """"began investigations of the crash", "investigating the cause of his death": the
    guide codes investigations of an actor's conduct, not of accidents and disasters."""
    return trigger.lemma_.lower() in INQUIRY_WORDS and any(
        t.i != trigger.i and (_a_hazard(t) or t.lemma_.lower() == "cause")
        for t in trigger.subtree)


def _in_charge(trigger: Token) -> bool:
    """"those who were in charge of the operation", "the Prosecutor General took charge of
    the cases": being or taking charge is no charge."""
    return trigger.lower_ == "charge" and (
        (trigger.dep_ == "pobj" and trigger.head.lower_ == "in")
        or (trigger.dep_ == "dobj" and trigger.head.lemma_.lower() == "take"))


def _a_hazard(token: Token) -> bool:
    return token.lemma_.lower() in HAZARD_WORDS or any(
        c.dep_ == "compound" and c.lemma_.lower() in HAZARD_WORDS for c in token.children)


# Words of an electoral contest, and the verbs that win or lose one.
ELECTION_WORDS = frozenset({"race", "election", "primary", "caucus", "ballot", "nomination",
                            "candidate", "candidacy", "reelection", "re-election", "runoff",
                            "electorate", "voter"})
CONTEST_VERBS = frozenset({"defeat", "beat", "unseat"})
CAMPAIGN_WORDS = ELECTION_WORDS | {"campaign", "electoral"}


# Who march as soldiers do, not as protesters: "Red Army soldiers marched to the front".
MARCHING_FORCES = frozenset({"soldier", "troop", "army", "force", "unit", "battalion",
                             "regiment", "brigade", "division", "column", "serviceman",
                             "marine", "cadet", "tank"})


def _troops_marching(trigger: Token) -> bool:
    """"After this parade, Red Army soldiers marched directly to the front": soldiers on the
    march, or in a parade, move as armies do; no dissent is shown (a protest march is
    marched by protesters, citizens, supporters)."""
    if trigger.lemma_.lower() not in {"march", "parade"}:
        return False
    marchers = [c for c in trigger.children
                if c.dep_ in {"nsubj", "poss", "compound", "amod"}
                or (c.dep_ == "prep" and c.lower_ == "of")]
    marchers = [o for c in marchers for o in ([*c.children] if c.dep_ == "prep" else [c])]
    return any(m.lemma_.lower() in MARCHING_FORCES for m in marchers)


def _campaign_rally(event: EventRef) -> bool:
    """"West held his first campaign rally", "At one Biden rally", "the senator's rally in
    Ohio": a candidate's rally is campaigning (guide §2: elections and campaigning as
    such are not coded), unless it is held against someone or something, or by the
    opposition (the gold codes an opposition candidate's mass rally as dissent against the
    government, PROTEST). The rally of a movement or a crowd ("a rally organized by Women
    for America First") stays a protest."""
    trigger = event.trigger
    if trigger.lemma_.lower() != "rally" or trigger.pos_ not in {"NOUN", "PROPN"} or any(
            c.dep_ == "prep" and c.lower_ == "against" for c in trigger.children) or any(
            t.lemma_.lower() == "opposition" for t in trigger.sent):
        return False
    modifiers = [c for c in trigger.children if c.dep_ in {"compound", "amod", "nmod", "poss"}]
    if any(m.lemma_.lower() in CAMPAIGN_WORDS or m.ent_type_ == "PERSON" for m in modifiers):
        return True  # "a campaign rally", "a Biden rally", "the senator's rally"
    return bool(event.sources) and all(c.label == "PERSON" for c in event.sources) and any(
        t.lemma_.lower() in ELECTION_WORDS for t in trigger.sent)


def _electoral_contest(trigger: Token) -> bool:
    """"entered the race for President to defeat Donald Trump", "beat him in the primary":
    winning a vote is no attack (issue fault 4)."""
    return trigger.lemma_.lower() in CONTEST_VERBS and any(
        t.lemma_.lower() in ELECTION_WORDS for t in trigger.sent)


def _fighting_a_cause(event: EventRef) -> bool:
    """"fighting corruption and dishonesty", "combat climate change": a fight whose object
    is a common noun naming no one (no name, no group of people) is a figure of speech."""
    trigger = event.trigger
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in FIGHT_VERBS or event.targets:
        return False
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    return bool(objects) and all(
        o.pos_ == "NOUN" and not o.ent_type_ and o.lemma_.lower() not in SECTOR_WORDS
        and o.lemma_.lower() not in PEOPLE_WORDS for o in objects)


# Common nouns for people an attack can be made on, beyond the sector words.
PEOPLE_WORDS = frozenset({"enemy", "invader", "occupier", "aggressor", "opponent", "man",
                          "woman", "child", "group", "unit", "side"})


FIGHT_VERBS = frozenset({"fight", "combat", "battle", "tackle"})


# Dependents that say where, when or how something was said, not what.
CIRCUMSTANCE_DEPS = frozenset({"prep", "advmod", "npadvmod"})
BLAME_PREPS = frozenset({"against"})  # "spoke out against the attack": what was said


def _attending(trigger: Token, lexicon: Lexicon) -> bool:
    """"The rally was visited by tens of thousands", "attended the festival": going to an
    event is taking part in it; the event noun is the event, the visit is none of its own.
    Going to a ceremony, a service or a show ("The ceremony was attended by the Speaker",
    "attended the midnight Easter service") is no meeting between parties at all (the train
    set codes none of its eleven)."""
    return trigger.lemma_.lower() in {"visit", "attend"} and any(
        c.dep_ in {"dobj", "nsubjpass"} and (
            _is_event_noun(c, lexicon) or c.lemma_.lower() in CEREMONY_NOUNS)
        for c in trigger.children)


# What one attends that is no meeting between parties: rites, services and shows.
CEREMONY_NOUNS = frozenset({
    "ceremony", "service", "funeral", "prayer", "procession", "mass", "premiere", "party",
    "concert", "festival", "game", "match", "parade", "celebration", "commemoration",
    "wedding", "exhibition", "performance", "lecture"})


def _naming(trigger: Token) -> bool:
    """"will be called Freedom Square", "a group called X": calling by a name asks nothing;
    nor does calling something for someone ("the AP called Nevada for Biden", issue fault
    3): one calls for what one asks, with nothing between."""
    if trigger.lemma_.lower() != "call":
        return False
    deps = {c.dep_ for c in trigger.children}
    calls_it_for = "dobj" in deps and any(c.dep_ == "prep" and c.lower_ == "for"
                                         for c in trigger.children)
    return "oprd" in deps or calls_it_for


def _calling_a_race(trigger: Token) -> bool:
    """"The AP called Nevada for Biden", "the networks called the race for Biden", "before
    the call for Biden": a race called for a candidate is a result announced, neither an
    appeal nor a phone call (issue fault 3). A verb must name what it calls ("called for
    Biden" alone may be an appeal)."""
    if trigger.lemma_.lower() != "call":
        return False
    holders = [trigger, *(c for c in trigger.children if c.dep_ == "dobj")]
    if trigger.pos_ == "VERB" and len(holders) == 1:
        return False
    return any(p.dep_ == "prep" and p.lower_ == "for"
               and any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in p.children)
               for holder in holders for p in holder.children)


# What protesters carry: what is written on it is the protest's message, not an act.
SIGN_NOUNS = frozenset({"placard", "banner", "sign", "poster", "slogan", "flag", "board"})


def _on_a_sign(trigger: Token) -> bool:
    """"carrying placards asking the government to revoke Article 50": the protest is the
    event (guide §4), its placards ask nothing of their own. The parse often loses the
    attachment, so the sign noun right before the verb will do."""
    before = trigger.doc[trigger.i - 1] if trigger.i > 0 else None
    return (trigger.dep_ == "acl" and trigger.head.lemma_.lower() in SIGN_NOUNS) or (
        trigger.pos_ == "VERB" and before is not None and before.pos_ == "NOUN"
        and before.lemma_.lower() in SIGN_NOUNS)


STRESSING_VERBS = frozenset({"stress", "emphasise", "emphasize", "underline", "underscore",
                             "highlight", "note"})
NEED_NOUNS = frozenset({"need", "importance", "necessity"})


def _stressing_a_need(trigger: Token) -> bool:
    """"emphasized the need to establish mechanisms", "stressed the importance of unity": a
    call (REQUEST, when someone is asked) or nothing, never support: in the train set 1 of
    70 such phrases is coded SUPPORT, 12 REQUEST and 52 nothing."""
    return trigger.lemma_.lower() in STRESSING_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in NEED_NOUNS for c in trigger.children)


NEEDING_VERBS = frozenset({"need", "require"})
NEEDED_WORDS = frozenset({"important", "necessary", "needed", "vital", "crucial", "essential",
                          "critical", "urgent", "key", "advisable", "expedient", "desirable",
                          "imperative"})


def _called_needed(clause: Token) -> bool:
    """"It is necessary to launch talks with Indonesia", "we deem it advisable to launch
    talks": a deed called necessary or advisable is wanted, not done (the deed's verb, or
    the noun its light verb carries: "necessary to document every crime" holds a real
    crime)."""
    # "ccomp" too: "It is necessary not only to agree on …" is parsed so
    if clause.dep_ not in {"xcomp", "advcl", "ccomp"} or not to_infinitive(clause):
        return False
    head = clause.head
    return head.lemma_.lower() in NEEDED_WORDS or _said_needed(head)


def _said_needed(verb: Token) -> bool:
    """"is important", "is necessary": a copula that calls what it says of needed."""
    return verb.lemma_.lower() == "be" and any(
        c.dep_ in {"acomp", "attr"} and c.lemma_.lower() in NEEDED_WORDS for c in verb.children)


def _needed(trigger: Token) -> bool:
    """"Ukraine needs heavy weapons", "increasing sanctions is extremely important": a deed
    someone needs or calls necessary is a need, not a happening (the 14 such nouns in the
    train set are all uncoded; an appeal to someone is the verb's own event)."""
    if trigger.pos_ != "NOUN":
        return False
    head = trigger.head
    if trigger.dep_ == "dobj":
        return head.lemma_.lower() in NEEDING_VERBS
    return trigger.dep_ in SUBJECT_DEPS and _said_needed(head)


# Verbs of wishing: an appeal only when someone is asked ("I hope that Sacoolas will come
# back"). "Need" is left to the model: "we need weapons" is an appeal to the partners a
# speech addresses (guide §12), told by nothing in its sentence.
WISHING_VERBS = frozenset({"hope", "want", "wish", "desire"})
# Who can be asked, named by a common noun.
ADDRESSEE_NOUNS = frozenset({"partner", "ally", "country", "government", "world", "west",
                             "community", "leader", "nation", "side", "state", "authority",
                             "parliament", "council", "union", "organization", "people"})
ADDRESSEE_PRONOUNS = frozenset({"you", "he", "she", "they", "him", "her", "them"})


def _a_wish(event: EventRef, lexicon: Lexicon) -> bool:
    """"hoping for a high turnout", "the race the senator had hoped to run", "wanted
    better solutions", "had hoped to do better with young voters": a wish that asks no one
    is no appeal (guide §12: REQUEST only when an identifiable actor is asked; "our state
    needs peace" is not coded), nor does a wish for one's own deed. "I hope that Anne
    Sacoolas will come back", "I wanted him to try to unblock the corridors" ask someone."""
    trigger = event.trigger
    if trigger.pos_ != "VERB" or base_form(trigger, lexicon) not in WISHING_VERBS \
            or event.targets:
        return False
    wanted = [c for c in trigger.children if c.dep_ in {"ccomp", "dobj", "prep"} or (
        c.dep_ == "xcomp" and any(g.dep_ in SUBJECT_DEPS for g in c.children))]
    return not any(_names_someone(t) for c in wanted for t in _without_relatives(c))


def _wished_of_another(trigger: Token, lexicon: Lexicon) -> bool:
    """"We want Russian troops to be withdrawn", "I wanted him to try to unblock the
    corridors": a wish for a deed of someone named is an appeal to them (REQUEST, as the
    train set codes it), where a wish for one's own ("we want to stop the war") is a pledge."""
    return trigger.pos_ == "VERB" and base_form(trigger, lexicon) in WISHING_VERBS and any(
        _names_someone(t) for c in trigger.children if c.dep_ in CONTENT_DEPS and c.i > trigger.i
        for g in c.children if g.dep_ in SUBJECT_DEPS for t in _without_relatives(g))


def _without_relatives(token: Token) -> Iterator[Token]:
    """The token's subtree without its relative and adjectival clauses ("a high turnout,
    which would help the judge" asks nothing of the judge)."""
    yield token
    for child in token.children:
        if child.dep_ not in {"relcl", "acl"}:
            yield from _without_relatives(child)


def _names_someone(token: Token) -> bool:
    return token.ent_type_ in ACTOR_LABELS or token.lower_ in ADDRESSEE_PRONOUNS \
        or (token.pos_ in {"NOUN", "PROPN"} and token.lemma_.lower() in ADDRESSEE_NOUNS)


def _a_share(trigger: Token) -> bool:
    """"reached 3 percent support", "40% support", "the senator's support is strongest among
    union members": a share of a poll, or of a public, is no act of support."""
    if trigger.pos_ not in {"NOUN", "PROPN"}:
        return False
    children = list(trigger.children)
    if any(c.dep_ in {"compound", "nummod", "amod", "nmod"} and (
            c.lower_ in {"percent", "per", "%", "percentage"} or c.ent_type_ == "PERCENT")
            for c in children):
        return True
    described = [c for c in trigger.head.children if c.dep_ == "acomp"] \
        if trigger.dep_ == "nsubj" else []  # "support is strong among teachers"
    return any(c.dep_ == "prep" and c.lower_ == "among"
               for c in children + [a for d in described for a in d.children])


def _plain_saying(trigger: Token, lexicon: Lexicon) -> bool:
    """A verb of plain saying the lexicon gives no reading of: "Shamkhani told Mohib the
    talks would help" is no accusation unless what was said is blame (its tone)."""
    if trigger.pos_ != "VERB" or lexicon_type(trigger, lexicon) is not None:
        return False
    particles = [c.lower_ for c in trigger.children if c.dep_ == "prt"]
    lemma = base_form(trigger, lexicon)
    return lemma in EVENT_PLAIN_SAYING_VERBS or any(
        f"{lemma} {p}" in EVENT_PLAIN_SAYING_VERBS for p in particles)


# Words that make what was said an appeal: duty, need, a directive, a wish.
APPEAL_WORDS = frozenset({"must", "should", "need", "ought", "necessary", "necessity",
                          "important", "importance", "hope", "expect", "let", "please"})


def _asks_nothing(trigger: Token, lexicon: Lexicon) -> bool:
    """"Tehran has been holding talks with the Taliban, Shamkhani said": plain saying whose
    content clause holds no duty, need, directive or command asks nothing (guide §4: the
    speech verb is the event only when what was said carries it). On the train articles it
    drops 11 model REQUESTs that are not gold and 1 that is."""
    if not _plain_saying(trigger, lexicon):
        return False
    content = [c for c in trigger.children if c.dep_ in {"ccomp", "parataxis"}]
    said = content + [c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}]
    return bool(content) and not any(
        word.lemma_.lower() in APPEAL_WORDS | DIRECTIVE_VERBS
        or (word.lemma_.lower() == "have"  # "we have to act"
            and any(_infinitive_of(c) for c in word.children))
        or (word.tag_ == "VB" and word.dep_ in {"ccomp", "parataxis", "conj"}
            and not any(c.dep_ in {"nsubj", "nsubjpass", "aux"} for c in word.children))
        for part in said for word in part.subtree)


def _with_the_press(trigger: Token) -> bool:
    """"With Wikinews, Carroll discusses his background", "spoke with reporters", "a
    meeting with media representatives": an interview or press meeting is how a statement
    is made, no consultation between parties (of the train set's 46 sentences with an
    interview or the press, 9 hold a CONSULT, each for the real meeting)."""
    if trigger.lemma_.lower() in TELLING_VERBS and (told := [
            c for c in trigger.children if c.dep_ in {"dobj", "dative"}]):
        return all(_the_press(c) for c in told)  # "the party informed the press"
    if trigger.dep_ in {"xcomp", "advcl"} and trigger.head.pos_ == "VERB":
        trigger = trigger.head  # "spoke with Wikinews to discuss his campaign"
    if any(c.dep_ == "nsubj" and _the_press(c) for c in trigger.children):
        return True  # "reporter William S. Saturn reached out to Bill Hammons to discuss"
    # the "with" of the verb, or one the parse hangs on its object's apposition ("discussed
    # Minetest, his longest ever project, with Wikinews")
    heads = [trigger, *(a for o in trigger.children if o.dep_ == "dobj"
                        for a in o.children if a.dep_ == "appos")]
    partners = [o for head in heads for c in head.children
                if c.dep_ == "prep" and c.lower_ == "with"
                for o in c.children if o.dep_ == "pobj"]
    partners += [c for o in partners for c in o.conjuncts]
    return bool(partners) and all(_the_press(p) for p in partners)


# Verbs whose object is whom one tells: told the press is a statement made.
TELLING_VERBS = frozenset({"inform", "tell", "brief", "update", "assure", "address"})


# Places one visits without meeting anyone there: a site, a building, a settlement.
SITE_NOUNS = frozenset({
    "bridge", "hospital", "museum", "site", "position", "school", "plant", "factory",
    "exhibition", "memorial", "church", "cathedral", "cemetery", "monument", "centre",
    "center", "base", "village", "city", "town", "settlement", "farm", "laboratory", "office",
    "headquarters", "camp", "house", "home", "port", "facility", "enterprise", "university",
    "room", "shelter", "checkpoint", "station", "airport", "building", "ruins", "area"})


def _visiting_a_site(trigger: Token) -> bool:
    """"Zelenskyy also visited the destroyed bridge over the Irpin River", "visited the
    humanitarian aid center": a place seen, no one met (the train set codes none of its 9
    such visits); whom one talks to there is told on its own ("talked to local
    residents")."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() != "visit":
        return False
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    return bool(objects) and all(o.lemma_.lower() in SITE_NOUNS and not o.ent_type_
                                 for o in objects)


# What a conference or briefing is held for when it is how a statement is made.
PRESS_WORDS = frozenset({"press", "news", "media"})


def _press_conference(trigger: Token) -> bool:
    """"Biden held his first press conference", "said at a news briefing": a statement to
    the press, no meeting between parties (the train set codes none of its eight)."""
    return trigger.lemma_.lower() in {"conference", "briefing"} and any(
        c.dep_ in {"compound", "amod"} and c.lower_ in PRESS_WORDS for c in trigger.children)


# "Thank God", "thank goodness": an exclamation of relief, no one thanked.
EXCLAIMED = frozenset({"god", "goodness", "heaven", "heavens"})


def _bare_thanks(trigger: Token) -> bool:
    """"Thank you.", "Sergei Shoigu: Thank you, Mr President.": a courtesy that ends a turn
    of a transcript, thanking for nothing said (none of the train set's 12 is coded; "Thank
    you, Mr President, for your words of encouragement" is, and so is thanking someone
    named). "Thank God, most of those in the building managed to evacuate" is an
    exclamation, whoever says it."""
    if trigger.lemma_.lower() != "thank":
        return False
    if any(c.dep_ == "dobj" and c.lower_ in EXCLAIMED for c in trigger.children):
        return True
    if trigger.dep_ not in {"ROOT", "ccomp", "parataxis"}:
        return False  # "I would like to thank the workers" thanks them
    doc = trigger.doc
    return not any(
        (c.dep_ == "dobj" and c.lower_ != "you") or c.dep_ == "aux"
        or c.dep_ in {"prep", "ccomp", "xcomp", "advcl", "conj"}
        # a transcript's speaker, which the parser makes the subject, is no thanker's own
        or (c.dep_ in SUBJECT_DEPS and not any(t.text == ":" for t in doc[c.i : trigger.i]))
        for c in trigger.children)


# People thanked for their work, not political actors: "I would like to thank the workers
# of Sevmash", "thanked all the experts who took part", "thank all those who took part".
PUBLIC_NOUNS = frozenset({"worker", "employee", "staff", "personnel", "participant",
                          "organiser", "organizer", "supporter", "volunteer", "practitioner",
                          "doctor", "medic", "nurse", "athlete", "teammate", "colleague",
                          "expert", "officer", "fan", "everyone", "everybody", "all", "those",
                          "team"})
# What a host or guest thanks for in passing: "Thank you for coming", "for your attention".
COURTESY_NOUNS = frozenset({"attention", "coming", "hospitality", "conversation",
                            "reception", "welcome", "time"})
COURTESY_VERBS = frozenset({"come", "find", "be", "join"})


def _thanking_the_public(trigger: Token) -> bool:
    """"I would like to thank the workers of Sevmash", "thank all those who took part in
    developing this complex": thanks to people for their work, which the train set never
    codes (it codes thanks to leaders, states and organisations: "thanked the United
    Kingdom and personally Prime Minister Boris Johnson"). Congratulations to them are the
    same courtesy (guide §12: "I congratulate all the medical workers on the coming
    holiday")."""
    lemma = trigger.lemma_.lower()
    if lemma in {"thank", "congratulate"}:
        thanked = [c for c in trigger.children if c.dep_ == "dobj"]
    else:  # "I express my sincere gratitude to all those who defend the state"
        noun = trigger if lemma in GRATITUDE_NOUNS else next(
            (c for c in trigger.children if c.dep_ == "dobj"
             and c.lemma_.lower() in GRATITUDE_NOUNS), None)
        if noun is None:
            return False
        holders = (noun, noun.head) if noun.dep_ == "dobj" else (noun,)
        thanked = [o for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "to"
                   for o in c.children if o.dep_ == "pobj"]
    thanked += [c for o in thanked for c in o.conjuncts]
    return bool(thanked) and all(
        t.pos_ in {"NOUN", "PRON", "DET"} and not t.ent_type_
        and t.lemma_.lower() in PUBLIC_NOUNS and not _of_an_institution(t) for t in thanked)


def _of_an_institution(noun: Token) -> bool:
    """"the employees of the Security Service of Ukraine": an institution's people, whom
    thanks reach as the institution (the gold codes these)."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        o.dep_ == "pobj" and o.ent_type_ in {"ORG", "GPE", "NORP"} for o in c.children)
        for c in noun.children)


def _courtesy_thanks(trigger: Token) -> bool:
    """"Thank you for coming", "thank you again for being here in Russia today", "thank you
    for your attention": a host's or guest's courtesy (none of the train set's is coded;
    "Thank you for making it possible to retain gas prices" and thanks for an invitation
    are)."""
    if trigger.lemma_.lower() != "thank":
        return False
    reasons = [o for c in trigger.children if c.dep_ == "prep" and c.lower_ == "for"
               for o in c.children if o.dep_ in {"pobj", "pcomp"}]
    reasons += [c for o in reasons for c in o.conjuncts]
    return bool(reasons) and all(
        r.lemma_.lower() in (COURTESY_VERBS if r.pos_ in {"VERB", "AUX"} else COURTESY_NOUNS)
        for r in reasons)


# What a head of state or legislature signs into force.
ACT_NOUNS = frozenset({"decree", "order", "law", "bill", "act", "directive", "ordinance"})


def _signing_an_act(trigger: Token) -> bool:
    """"Zelenskyy has signed Decree No. 676/2021 on the appointment of ...", "the decree
    signed by the Pope": the CAMEO dictionary's "sign" + "decree" is a demand (100), but a
    decree is coded by what it does, if at all (the train set codes 2 of its 8 signings,
    martial law COERCE and a recognition SUPPORT, and none a REQUEST)."""
    return bool(_signed_acts(trigger))


def _signing_a_domestic_act(trigger: Token) -> bool:
    """"I signed a decree on awarding our warriors", "The President signed laws passed by
    the Parliament": no praise of anyone (SUPPORT) unless the act's own words name a state,
    people or organisation ("the Executive Order On the Recognition of the Donetsk People's
    Republic", which the train gold codes SUPPORT)."""
    acts = _signed_acts(trigger)
    return bool(acts) and not any(t.ent_type_ in {"GPE", "NORP", "ORG"} for a in acts
                                  for t in _name_and_subject(a))


def _name_and_subject(noun: Token) -> Iterator[Token]:
    """The words of a noun phrase without the clauses that describe it ("laws passed by
    the Parliament": "laws")."""
    yield noun
    for child in noun.children:
        if child.dep_ not in {"acl", "relcl"}:
            yield from _name_and_subject(child)


def _signed_acts(trigger: Token) -> list[Token]:
    """The decrees, orders, laws or bills a "sign" signs ("Decree No. 676/2021")."""
    if trigger.lemma_.lower() != "sign":
        return []
    return [a for a in _what_it_takes(trigger) if any(
        w.lemma_.lower() in ACT_NOUNS
        for w in (a, *(c for c in a.children if c.dep_ == "compound")))]


def _dwindled(trigger: Token) -> bool:
    """"Since 1933 the party has declined", "exports declined by 5%": to decline with
    nothing declined, over a time or by an amount or when no one declines, is to shrink; a
    refusal declines something ("declined the offer", "declined to meet", "asked him to
    delay it, but he declined")."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() != "decline":
        return False
    children = list(trigger.children)
    if any(c.dep_ in {"dobj", "xcomp", "ccomp", "nsubjpass", "auxpass"} for c in children):
        return False
    if any(c.dep_ == "prep" and c.lower_ in {"since", "by", "from"} for c in children):
        return True
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    return subject is not None and not _someone(subject)


def _someone(noun: Token) -> bool:
    """A person, group or state: a name of one, a personal pronoun, or a word for one."""
    return noun.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} or noun.pos_ == "PROPN" \
        or noun.lower_ in {"he", "she", "they", "we", "i", "who", "him", "her", "them", "us",
                           "me", "whom"} \
        or noun.lemma_.lower() in SECTOR_WORDS or noun.lemma_.lower() in TITLE_WORDS


def _introducing_a_thing(trigger: Token) -> bool:
    """"Lam introduced housing initiatives", "the restriction introduced by Woolworths": the
    lexicon's bare "introduce" is a meeting (CAMEO 040), introducing people to each other;
    a measure or product introduced is none (no train sentence codes one)."""
    if trigger.lemma_.lower() != "introduce":
        return False
    things = _what_it_takes(trigger)
    return bool(things) and not any(_someone(t) for t in things)


def _what_it_takes(verb: Token) -> list[Token]:
    """The nouns a verb acts on: its object or passive subject, or the noun it describes as
    a participle ("the restriction introduced by Woolworths", "the decree signed by the
    Pope")."""
    taken = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    if verb.dep_ in {"acl", "relcl"}:
        taken.append(verb.head)
    return taken


def _met_with_a_reaction(trigger: Token) -> bool:
    """"Dr. Stefaniak was met with applause", "the plan was met with criticism": what
    greeted someone, not whom they met (a meeting in the passive is "met by")."""
    return trigger.lemma_.lower() == "meet" and any(
        c.dep_ == "auxpass" for c in trigger.children) and any(
        c.dep_ == "prep" and c.lower_ == "with" for c in trigger.children)


def _the_press(noun: Token) -> bool:
    """"reporters", "the press", "Wikinews", "media representatives", "reporter William
    S. Saturn"."""
    words = {noun.lemma_.lower(), noun.lower_}  # "media", which the lemmatizer makes "medium"
    name = " ".join(t.lower_ for t in noun.subtree if t.dep_ == "compound" or t.i == noun.i)
    return "press" in words or any(SECTOR_WORDS.get(w) == "JRN" for w in words) \
        or name in MEDIA_NAMES \
        or any(c.dep_ in {"compound", "amod"} and (
            c.lower_ in {"media", "press"} or SECTOR_WORDS.get(c.lemma_.lower()) == "JRN")
            for c in noun.children)


def _speech_alone(event: EventRef) -> bool:
    """Speaking with no one to speak with is no consultation ("she spoke about her husband",
    "speaking on al-Masirah TV", "I just touched on our relations"), nor a promise of one
    ("I will talk about the Pushkin Card later"): PLOVER's CONSULT is between parties. "We
    are talking about Mariupol" says what is meant, not that anyone talks."""
    trigger = event.trigger
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in SPEECH_ALONE_VERBS \
            or _governed_by_intent(clause_head(trigger)) or (
                _passive(trigger) and not any(c.dep_ == "agent" for c in trigger.children)):
        return False  # "ready to talk"; "topics were touched upon" (by the parties met)
    partner = any(c.dep_ in {"prep", "dative"} and c.lower_ in {"with", "to"}
                  and any(o.dep_ == "pobj" for o in c.children) for c in trigger.children)
    if not partner and trigger.tag_ == "VBG" and any(
            c.dep_ == "aux" and c.lower_ in {"am", "is", "are", "'re", "'m"}
            for c in trigger.children) and any(
            c.dep_ == "prep" and c.lower_ == "about" for c in trigger.children):
        return True
    # a target read from "on"/"at" is where one spoke ("on al-Masirah TV"), not with whom;
    # a plural subject speaks among itself ("three of us talked", "the leaders spoke")
    together = len(event.sources) > 1 or any(
        c.dep_ == "nsubj" and (c.tag_ in {"NNS", "NNPS", "CD"} or c.lower_ in {"we", "they"}
                               or any(g.dep_ == "conj" for g in c.children))
        for c in trigger.children)
    return not partner and not together


def event_features(event: EventRef, codes: dict[int, str | None], lexicon: Lexicon
                   ) -> list[str]:
    """The model's features of a candidate (see `model.candidate_features`)."""
    return candidate_features(event.trigger, event.coding.type, event.rule, event.sources,
                              event.targets, event.modality, event.negated, codes,
                              lexicon_type(event.trigger, lexicon))


def lexicon_type(token: Token, lexicon: Lexicon) -> str | None:
    """The PLOVER type the lexicon gives a verb or event noun by itself."""
    if token.pos_ == "VERB":
        coding = lexicon.coding(lexicon.verbs.get(base_form(token, lexicon)))
    elif _is_event_noun(token, lexicon):
        coding = lexicon.coding(_noun_code(token, lexicon))
    else:
        return None
    return coding.type if coding is not None else None


def _promises_action(trigger: Token, triggers: set[int], lexicon: Lexicon) -> bool:
    """'Ethnic Albanians have sworn to fight': the oath only announces the fight."""
    return trigger.pos_ == "VERB" and base_form(trigger, lexicon) in COMMISSIVE_VERBS and any(
        _infinitive_of(c) and c.i in triggers for c in trigger.children
    )


def _infinitive_of(clause: Token) -> bool:
    """'to fight' under its governor, parsed as xcomp (or, by the small model, advcl)."""
    return clause.dep_ == "xcomp" or (clause.dep_ == "advcl" and to_infinitive(clause))


def _apply_preparation(event: EventRef, candidates: list[EventRef], lexicon: Lexicon) -> None:
    """'The army prepared to resume shelling': readying force is a show of force (MOBILIZE,
    CAMEO 15), not the promise the verb "prepare" codes elsewhere ("prepared to sign")."""
    trigger = event.trigger
    if trigger.pos_ != "VERB" or base_form(trigger, lexicon) != "prepare":
        return
    readied = {t.i for c in trigger.children if _infinitive_of(c) for t in c.subtree}
    if any(e.trigger.i in readied and e.coding.type in {"ASSAULT", "COERCE"} for e in candidates):
        event.coding = Coding("150", "MOBILIZE", None, event.coding.context)
        event.rule += "|prepares-force->MOBILIZE"


def _apply_protest_purpose(event: EventRef) -> None:
    """An act done "to protest" or "in protest" is a protest in that form ("shunned work to
    protest at the settlements", "blocked the road in protest"), whatever it is otherwise."""
    trigger = event.trigger
    if trigger.pos_ != "VERB" or event.coding.type == "PROTEST":
        return
    purpose = any(
        c.dep_ in {"advcl", "xcomp"} and c.lemma_.lower() == "protest" and c.i > trigger.i
        for c in trigger.children
    ) or any(
        c.dep_ == "prep" and c.lower_ in {"in", "as"}
        and any(o.dep_ == "pobj" and o.lemma_.lower() == "protest" for o in c.children)
        for c in trigger.children
    )
    if purpose:
        event.coding = Coding("140", "PROTEST", None, event.coding.context)
        event.rule += "|purpose->PROTEST"
    elif _crowd_gathered(trigger):
        event.coding = Coding("141", "PROTEST", None, event.coding.context)
        event.rule += "|crowd->PROTEST"


# Verbs of coming together: officials gathered meet (CONSULT), a crowd gathered demonstrates.
GATHERING_VERBS = frozenset({"gather", "assemble", "congregate"})
# Who gather as a crowd, not as parties to talks.
CROWD_NOUNS = frozenset({"people", "protester", "demonstrator", "supporter", "crowd",
                         "resident", "citizen", "student", "activist", "opponent", "worker",
                         "farmer", "villager", "mourner"})


def _crowd_gathered(verb: Token) -> bool:
    """"Thousands of people had gathered outside the National Congress", "protesters
    gathered around the police complex": a crowd that comes together rallies (PROTEST,
    CAMEO 141), where "the ministers gathered in Cairo" meet."""
    if verb.lemma_.lower() not in GATHERING_VERBS:
        return False
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        heads = [subject, *(o for p in subject.children if p.dep_ == "prep" and p.lower_ == "of"
                            for o in p.children if o.dep_ == "pobj")]
        if subject.lemma_.lower() in COUNT_WORDS or any(
                h.lemma_.lower() in CROWD_NOUNS for h in heads):
            return True
    return False


# The parts of speech a trigger has (an auxiliary only in a characterization, "X is …").
_TRIGGER_POS = frozenset({"VERB", "NOUN", "PROPN", "AUX", "ADJ"})


def _candidates(doc: Doc, lexicon: Lexicon, index: MentionIndex) -> Iterator[EventRef]:
    table = token_table(doc)
    for i, pos in enumerate(table.pos):
        if pos not in _TRIGGER_POS or (pos == "ADJ" and table.lowers[i] not in GRATEFUL_WORDS):
            continue
        token = doc[i]
        if token.pos_ == "VERB":
            # naming something is never a phone call or an appeal: a verdict, or no event
            naming = _name_given(token)
            event = _verdict_by_name(token, *naming, lexicon, index) if naming \
                else _verb_event(token, lexicon, index)
        elif token.pos_ in {"NOUN", "PROPN"}:
            event = _noun_event(token, lexicon, index)
        elif token.pos_ == "ADJ":
            event = _gratitude(token, lexicon, index)
        else:
            event = None
        if event is None and token.pos_ in {"VERB", "AUX"}:
            event = _characterization(token, lexicon, index)
        if event is not None:
            yield event


# Adjectives of thanks: "We are grateful to Poland for its support" thanks Poland, as
# "expressed gratitude to" and "thanked" do (SUPPORT, CAMEO 051).
GRATEFUL_WORDS = frozenset({"grateful", "thankful"})


def _gratitude(adjective: Token, lexicon: Lexicon, index: MentionIndex) -> EventRef | None:
    """"X is grateful to Y (for Z)": X thanks Y. Only with someone thanked ("grateful for
    the chance" thanks no one) and said of the subject of "be" or "remain"."""
    if adjective.lemma_.lower() not in GRATEFUL_WORDS or adjective.dep_ != "acomp":
        return None
    thanked = [e for c in adjective.children if c.dep_ == "prep" and c.lower_ == "to"
               for o in c.children if o.dep_ == "pobj" for e in _party(o, index)]
    coding = lexicon.coding("051")
    if not thanked or coding is None:
        return None
    return EventRef(coding, adjective, _sources_of_verb(adjective.head, index), thanked,
                    rule="adj:grateful")


def _owners(token: Token, index: MentionIndex) -> list[Cluster]:
    """The actor a phrase names, or whose thing it is: 'Turkey's incursion', 'the Turkish
    incursion', 'the U.S. presence'."""
    found = index.entities_of(token)
    if not found:
        head = _content_head(token)
        found = [hit for c in head.children
                 if c.dep_ in {"poss", "amod"} and (hit := index.at(c.i)) is not None]
    return list(dict.fromkeys(found))


def _characterization(verb: Token, lexicon: Lexicon, index: MentionIndex) -> EventRef | None:
    """A speaker's verdict on an actor, told as reported speech: 'Mohib said the Islamic
    Republic had always been one of the main pillars of security' (praise: SUPPORT), 'said
    the U.S. presence has resulted in nothing but wars and insecurity' (blame for harm:
    ACCUSE), '... said Y is a threat to the region' (ACCUSE). The speaker is the source, the
    actor judged the target; a denied verdict ('is not a threat') is no event."""
    reporter = reporting_verb(verb)
    if reporter is None or any(c.dep_ == "neg" for c in verb.children):
        return None
    lemma = verb.lemma_.lower()
    cameo: str | None = None
    trigger = verb
    if lemma == "be":
        for attr in (c for c in verb.children if c.dep_ == "attr"):
            noun = _content_head(attr)
            if noun.lower_ in {"one", "among"}:  # "one of the main pillars"
                noun = next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                             for o in p.children if o.dep_ == "pobj"), noun)
            noun_lemma = noun.lemma_.lower()
            cameo = ("051" if noun_lemma in PRAISE_NOUNS
                     else "111" if noun_lemma in CONDEMN_NOUNS else None)
            trigger = noun  # the evidence is the word of praise or blame
    elif lemma in CAUSAL_VERBS:
        prep = CAUSAL_VERBS[lemma]
        caused = [c for c in verb.children if c.dep_ == "dobj"] if prep is None else [
            o for c in verb.children if c.dep_ == "prep" and c.lower_ == prep
            for o in c.children if o.dep_ == "pobj"]
        if any(t.lemma_.lower() in HARM_NOUNS for c in caused for t in c.subtree):
            cameo = "111"
    if cameo is None or (coding := lexicon.coding(cameo)) is None:
        return None
    speakers = _sources_of_verb(reporter, index)
    judged = [e for c in verb.children if c.dep_ == "nsubj" for e in _owners(c, index)]
    judged = [e for e in judged if e not in speakers]
    if not speakers or not judged:
        return None
    rule = {"051": "support:praised-as", "111": "accuse:blamed"}[cameo]
    return EventRef(coding, trigger, speakers, judged, rule=rule)


# Verbs that name what their object is ("called the move a smash and grab", "characterized
# the attack as a violation", "labeled Soleimani as a terrorist").
NAMING_VERBS = frozenset({"call", "describe", "characterize", "characterise", "label",
                          "brand", "term", "dub"})
# Objects a verdict can be passed on besides actors, their deeds and the lexicon's event
# nouns: what someone said, decided or did.
JUDGED_NOUNS = frozenset({
    "move", "step", "decision", "action", "act", "conduct", "behavior", "behaviour", "policy",
    "statement", "remark", "comment", "claim", "notion", "idea", "proposal", "plan", "story",
    "report", "admission", "response", "law", "bill", "ruling", "verdict", "investigation",
    "inquiry", "death", "killing"})
JUDGED_PRONOUNS = frozenset({"it", "this", "that", "him", "her", "them"})


# Words of praise for a person that VADER's lexicon does not weigh (it has "honest",
# "wise", "brave", "hero", but not these): a name given in them is no blame.
PRAISE_BEYOND_VADER = frozenset({
    "decent", "humble", "modest", "gentleman", "statesman", "legend", "legendary", "patriot",
    "mentor", "giant", "icon", "pioneer", "selfless", "tireless", "principled"})


def _verdict_by_name(verb: Token, judged: Token, words: list[Token], lexicon: Lexicon,
                     index: MentionIndex) -> EventRef | None:
    """"Corbyn called the move a 'smash and grab'", "the Foreign Ministry characterized the
    attack as a serious violation", "Sanders called Biden a good man": to call an actor, a
    deed or a statement something is a verdict on it, blame (ACCUSE, CAMEO 111) unless its
    words are praise by their VADER valence (SUPPORT, 051); not the phone call or the appeal
    "call" codes alone. A name whose words VADER does not weigh is blame only when quoted,
    the speaker's own loaded words ("a 'non-starter'", "'null and void'"): unquoted, it is
    as often a plain description ("called the talks constructive"). A name given to a
    thing ("we will call it a mosque" names no actor's deed), to oneself ("describes itself
    as centrist", "called its actions defensive") or a view held ("considers it a
    priority", `JUDGING_VERBS`) is no verdict. `judged` is the verb's object and `words`
    the name given it (`_name_given`)."""
    thing = _content_head(judged)
    speakers = _sources_of_verb(verb, index)
    if not speakers or (thing.tag_ == "PRP" and thing.lower_ not in JUDGED_PRONOUNS):
        return None  # "describes itself as", or no one passing the verdict
    targets = _party(thing, index) or _owners(thing, index)
    if not (targets or thing.lower_ in JUDGED_PRONOUNS or _is_event_noun(thing, lexicon)
            or thing.lemma_.lower() in JUDGED_NOUNS):
        return None
    if _doers_own(thing, verb, speakers, people_too=False):
        return None  # "the United States called its actions defensive": its own account
    tone = valence(words)
    if tone == 0 and any(t.lemma_.lower() in PRAISE_BEYOND_VADER for t in words):
        tone = 1.0  # "called D'Souza 'humble and soft-spoken'", "a 'decent man'"
    if tone == 0 and not _in_quotation_marks(words):
        return None  # "called the talks constructive", "called it a matter of health"
    cameo = "051" if tone > 0 else "111"
    coding = lexicon.coding(cameo)
    if coding is None:
        return None
    targets = [t for t in targets if t not in speakers]
    rule = {"051": "support:named-as", "111": "accuse:named-as"}[cameo]
    return EventRef(coding, verb, speakers, targets, rule=rule)


def _doers_own(thing: Token, verb: Token, doers: list[Cluster], people_too: bool) -> bool:
    """Whether the thing a verb is done to is its doers' own ("the United States called its
    actions defensive", "Trump defended his decision"): its possessor is in the doers'
    entity cluster, or a possessive pronoun that agrees with the verb's subject ("its" a
    singular one, "their" a plural one, "our" we, "my" I; "his" and "her", which often
    name another, only with `people_too` and a person as subject)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    number = _number(subject) if subject is not None else ""
    own = SUBJECTS_OWNING.get(number, frozenset())
    if people_too and number == "singular" and subject is not None and (
            subject.ent_type_ == "PERSON" or subject.lower_ in {"he", "she"}):
        own = own | {"his", "her"}
    return any(owner.lower_ in own or any(m.span.start <= owner.i < m.span.end
                                          for cluster in doers for m in cluster.mentions)
               for owner in thing.children if owner.dep_ == "poss")


def _own_deeds(event: EventRef) -> bool:
    """"Trump defended his decision", "Russia defended its policy", "hailed their own
    record": standing up for one's own deeds or stance supports no other actor (PLOVER's
    SUPPORT is of another). "Putin praised his counterpart" (a person) stays."""
    trigger = event.trigger
    return any(thing.lemma_.lower() in OWNED_NOUNS
               and _doers_own(thing, trigger, event.sources, people_too=True)
               for thing in (_content_head(c) for c in trigger.children if c.dep_ == "dobj"))


# One's stand, besides the deeds and statements of JUDGED_NOUNS: "defended its position".
STANCE_NOUNS = frozenset({"position", "stance", "record", "approach", "choice", "course",
                          "strategy", "handling", "response", "achievement", "achievements",
                          "actions", "decisions", "policies"})
OWNED_NOUNS = JUDGED_NOUNS | STANCE_NOUNS


# Possessive pronouns that stand for a subject of that number or person.
SUBJECTS_OWNING = {"singular": frozenset({"its"}), "plural": frozenset({"their"}),
                   "we": frozenset({"our"}), "i": frozenset({"my"})}


def _number(subject: Token) -> str:
    if subject.lower_ in {"we", "i"}:
        return subject.lower_
    plural = subject.tag_ in {"NNS", "NNPS"} or subject.lower_ == "they" or any(
        c.dep_ == "conj" for c in subject.children)
    return "plural" if plural else "singular"


def _in_quotation_marks(words: list[Token]) -> bool:
    """Whether the words hold a quotation mark or stand right after one."""
    if not words:
        return False
    first = min(t.i for t in words)
    before = words[0].doc[first - 1] if first > 0 else None
    return any(t.text in QUOTE_MARKS for t in words) or (
        before is not None and before.text in QUOTE_MARKS)


def _name_given(verb: Token) -> tuple[Token, list[Token]] | None:
    """(object, the words of the name) where a naming verb with one object gives it a name:
    its object predicate ("called the move a smash and grab"), its "as" phrase, on the verb
    or the object, with a noun or an adjective ("characterized the call as perfectly
    fine"), or an adjective the parse hung after the object's head ("called May's deal
    'lousy'", "called its actions defensive in nature"); None for a plain object ("called
    Macron")."""
    if verb.lemma_.lower() not in NAMING_VERBS:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objects) != 1:
        return None
    named = objects[0]
    for child in verb.children:
        if child.dep_ == "oprd" or (child.dep_ in {"ccomp", "xcomp"}
                                    and child.pos_ in {"NOUN", "ADJ", "PROPN", "NUM"}):
            return named, list(child.subtree)
    for holder in (verb, named):
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ == "as" and any(
                    c.pos_ in {"NOUN", "PROPN", "ADJ", "PRON"} for c in prep.subtree):
                return named, list(prep.subtree)
    words = [t for c in named.children if c.i > named.i and (
             c.dep_ == "amod" or (c.dep_ == "acl" and c.pos_ == "ADJ")) for t in c.subtree]
    return (named, words) if words else None


# ---------------------------------------------------------------------------- verbs


def base_form(token: Token, lexicon: Lexicon) -> str:
    """The lemma, mended where the small model's lemmatizer cuts a verb ("staged" → "stag"):
    the first of lemma, -d, -ed, -ing(+e) stems that dateline knows as a verb."""
    lemma = token.lemma_.lower()
    known = (lexicon.verbs, lexicon.verb_words, KNOWN_VERBS)
    if token.pos_ not in {"VERB", "AUX"} or any(lemma in words for words in known):
        return lemma
    lower = token.lower_
    stems = [lower[:-1], lower[:-2]] if lower.endswith("ed") else []
    stems += [lower[:-3] + "e", lower[:-3]] if lower.endswith("ing") else []
    stems += [lower[:-1]] if lower.endswith("s") else []
    for stem in stems:
        if any(stem in words for words in known):
            return stem
    return lemma


def _verb_event(verb: Token, lexicon: Lexicon, index: MentionIndex) -> EventRef | None:
    lemma = base_form(verb, lexicon)
    if verb.lower_ == "according" and any(c.lower_ == "to" for c in verb.children):
        return None  # "according to X": who tells the news, not an event
    direct = (_content_head(c) for c in verb.children if c.dep_ in {"dobj", "nsubjpass"})
    if lemma in LIGHT_VERBS and any(_is_event_noun(o, lexicon) for o in direct):
        return None  # the noun is the event
    if lemma in MOTION_VERBS and _purpose_nouns(verb, lexicon):
        return None  # "left for talks": the talks are the event
    found = _verb_code(verb, lexicon)
    if found is None:
        return None
    phrase, cameo, rule = found
    coding = lexicon.coding(cameo)
    if coding is None:
        return None
    if lemma in RELAYING_VERBS and coding.type in DEED_TYPES:
        return None  # "Reuters reported Monday's attack": the report is not the attack
    sources = _not_venues(_sources_of_verb(verb, index), verb, lexicon, index) \
        or _owners_of_the_means(verb, lexicon, index)
    targets = _targets_of_verb(verb, index, phrase)
    sources, targets = _experiencer_first(verb, sources, targets)
    sources, targets = _the_dead_harmed(verb, sources, targets, lexicon, index)
    if _receives_a_thing(verb, index):
        givers = _givers(verb, index)
        sources, targets = givers, [e for e in (*sources, *targets) if e not in givers]
    return EventRef(coding, verb, sources, [t for t in targets if t not in sources], rule=rule)


# Verbs whose subject is given what their object names: "Ukraine received aid from Poland",
# "received a call from Macron", "got assurances from Washington".
RECEIVING_VERBS = frozenset({"receive", "get", "obtain"})


def _receives_a_thing(verb: Token, index: MentionIndex) -> bool:
    """Whether the verb is one of receiving whose object is a thing given (aid, a call, a
    request), not a guest received ("Putin received the ambassador": he hosts, CAMEO 043).
    Then the giver, in its "from" phrase, does the act, and the one who receives is its
    target: CAMEO's dictionary codes "receive * aid" 072, which PLOVER reads as the
    receiver giving aid."""
    if verb.lemma_.lower() not in RECEIVING_VERBS:
        return False
    things = [_content_head(c) for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    return bool(things) and not any(_party(t, index) for t in things)


def _a_thing_received(trigger: Token, index: MentionIndex) -> bool:
    """Whether the trigger is received ("received assistance") or is a verb of receiving a
    thing ("received aid")."""
    if trigger.pos_ in {"NOUN", "PROPN"}:
        role, governor = _governor(trigger)
        return role in {"dobj", "nsubjpass"} and governor.lemma_.lower() in RECEIVING_VERBS
    return _receives_a_thing(trigger, index)


def _givers(verb: Token, index: MentionIndex, thing: Token | None = None) -> list[Cluster]:
    """Who gave what a verb of receiving (`RECEIVING_VERBS`) got: its "from" phrase, on the
    verb or on the thing ("a request from the Ministry")."""
    holders = [verb] if thing is None else [verb, thing]
    return list(dict.fromkeys(
        e for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "from"
        for o in c.children if o.dep_ == "pobj" for e in _party(o, index)))


# Verbs whose object feels what the subject causes: "the decision disappointed Washington",
# "the United States was disappointed by the decision", "Germany is concerned about".
EXPERIENCER_VERBS = frozenset({
    "disappoint", "concern", "alarm", "outrage", "dismay", "shock", "anger", "frustrate",
    "trouble", "worry", "sadden", "upset", "annoy", "irritate", "offend", "disturb", "appal",
    "appall", "disgust", "horrify", "infuriate", "enrage", "please", "satisfy",
    "delight", "impress"})


def _experiencer_first(verb: Token, sources: list[Cluster], targets: list[Cluster]
                       ) -> tuple[list[Cluster], list[Cluster]]:
    """The one disappointed, concerned or pleased is who voices the disapproval or
    approval (its source; the train set: "Germany is concerned about the situation",
    ACCUSE by Germany); what caused the feeling, or its owner, is the target. The parse
    gives the opposite: the subject of the active verb and the agent of the passive as
    doers, the feeler as the one done to."""
    if verb.lemma_.lower() not in EXPERIENCER_VERBS or not any(
            c.dep_ in {"dobj", "nsubjpass"} for c in verb.children):
        return sources, targets  # "Russia worries about ...": the feeler is the subject
    return targets, sources


def _the_dead_harmed(verb: Token, sources: list[Cluster], targets: list[Cluster],
                     lexicon: Lexicon, index: MentionIndex
                     ) -> tuple[list[Cluster], list[Cluster]]:
    """"Sixteen children died as a result of the Russian shelling": who dies is the one
    harmed, not the doer; the doer is whoever the violence they died in is told of."""
    if verb.lemma_.lower() not in DYING_VERBS:
        return sources, targets
    violence = [_noun_arguments(t, "ASSAULT", lexicon, index)[:2] for t in verb.subtree
                if t.i != verb.i and t.pos_ == "NOUN" and clause_head(t).i == verb.i
                and _violence(t, lexicon)]
    doers = [e for its_sources, _ in violence for e in its_sources]
    # "died in battles with Russian troops": whom the violence was with is no target
    aimed_at = [e for _, its_targets in violence for e in its_targets]
    return list(dict.fromkeys(doers)), list(dict.fromkeys(
        sources + [e for e in targets if e not in aimed_at]))


def _not_venues(sources: list[Cluster], verb: Token, lexicon: Lexicon, index: MentionIndex
                ) -> list[Cluster]:
    """A happening as the subject ("a Kabul car bombing killed five"): a city among its
    modifiers says where it was, not who did it."""
    subject = _subject_up(verb, hops=4)
    if subject is None or not _is_event_noun(subject, lexicon) or index.at(subject.i):
        return sources
    venues = {id(hit) for w in subject.children if w.dep_ in {"compound", "amod", "nmod"}
              and (hit := index.at(w.i)) is not None and _names_a_venue(w)}
    return [c for c in sources if id(c) not in venues]


# Organised actions a deed is done in, besides the lexicon's event nouns ("killed in a
# counter-terrorism operation").
ACTION_NOUNS = frozenset({"operation", "offensive", "campaign", "crackdown", "mission"})


def _owners_of_the_means(verb: Token, lexicon: Lexicon, index: MentionIndex) -> list[Cluster]:
    """Who did a passive deed with no agent, from the act it was done in: "was killed in a
    US counter-terrorism operation", "were injured in Israeli air strikes". Only a people,
    an organisation or a country owns the act; a city names where it was ("killed in a
    Kabul car bombing")."""
    if not any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
        return []
    owners: list[Cluster] = []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"in", "during"}:
            continue
        for noun in (o for o in prep.children if o.dep_ == "pobj"):
            if not (_is_event_noun(noun, lexicon) or noun.lemma_.lower() in ACTION_NOUNS):
                continue
            act = index.at(noun.i)  # "Turkish air strikes" tagged as a name
            for word in noun.subtree:
                hit = index.at(word.i)
                if (word.i < noun.i and word.dep_ in {"amod", "compound", "nmod", "poss"}
                        and hit is not None and hit is not act and not _names_a_venue(word)):
                    owners.append(hit)
    return list(dict.fromkeys(owners))


def _names_a_venue(modifier: Token) -> bool:
    """A place below a country that modifies an event noun says where it happened, not who
    did it: "a Kabul car bombing", "the Geneva conference"; "a US operation", "Russian
    shelling" name the doer. The place stage's reading counts over the name tagger's: "the
    Minsk agreements" (Minsk tagged ORG) name where they were signed."""
    places = modifier.doc._.dateline_places
    for place in places.places_at(modifier.i) if places is not None else []:
        if place.feature is not None:
            return bool(place.feature != "PCLI")
    return modifier.ent_type_ in {"GPE", "LOC", "FAC"}


def _verb_code(verb: Token, lexicon: Lexicon) -> tuple[str, str, str] | None:
    """(phrase, CAMEO code, rule) for a verb: phrasal forms, then object patterns."""
    sense = _verb_sense(verb, lexicon)
    if sense is None or sense[1] is None:
        return None
    return sense[0], sense[1], sense[2]


def _no_event_sense(verb: Token, lexicon: Lexicon) -> bool:
    """Whether the lexicon says the verb, with its object, is no event of any type ("meet
    the demand", data/lexicon/event_verb_senses.tsv): no candidate at all then."""
    sense = _verb_sense(verb, lexicon)
    return sense is not None and sense[1] is None and sense[3]


# `_object_words` by (preposition, joined), kept across the patterns of one verb.
ObjectWords = dict[tuple[str | None, bool], list[tuple[str, set[str]]]]


def _verb_sense(verb: Token, lexicon: Lexicon
                ) -> tuple[str, str | None, str, bool] | None:
    """(phrase, CAMEO code or None where the dictionary codes the sense as no event, rule,
    whether that is so of any type) of the verb's first phrase the dictionary codes; None
    where it codes none."""
    lemma = base_form(verb, lexicon)
    if _forces_leaving(verb, lemma):
        return lemma, "0872", f"verb:{lemma}+forces", False
    if lemma == "receive" and _receives_guests(verb):
        return lemma, "043", "verb:receive+guest", False
    particles = [c.lower_ for c in verb.children if c.dep_ in {"prt", "prep"}]
    particles += _for_to_mark(verb)
    doc = verb.doc
    # a multi-word verb whose other words stand right before it ("wire tapped")
    preceding = [f"{doc[verb.i - 1].lower_} {lemma}"] if verb.i > sent_start(verb) else []
    objects: ObjectWords = {}
    for phrase in preceding + [f"{lemma} {p}" for p in particles] + [lemma]:
        if phrase in DISMISSING_VERBS and any(
            o.lemma_.lower() in PROPOSAL_NOUNS for o in _objects(verb)
        ):
            return phrase, "120", f"verb:{phrase}+proposal", False
        if phrase not in lexicon.verbs:
            continue
        # the objects themselves first, then those joined to them ("used water cannons and
        # tear gas"), so that a joined object never outranks the first one's own pattern
        for joined in (False, True) if _has_joined(verb) else (False,):
            for pattern in lexicon.patterns.get(phrase, ()):
                if _matches(verb, pattern, objects, joined):
                    return (phrase, pattern.code,
                            f"verb:{phrase}+{'/'.join(sorted(pattern.words))[:40]}",
                            pattern.no_event)
        code = lexicon.verbs[phrase]
        if phrase in JUDGING_VERBS and _object_predicate(verb):
            return None  # "Russia considers this direction a priority": a view, no talks
        if phrase in SHOWING_VERBS and any(c.dep_ in {"dobj", "ccomp"} for c in verb.children):
            return None  # "the court demonstrated a shocking ignorance": shown, not protested
        # a verb a user's dictionary lists codes as the user says, everyday sense or not
        if code is not None and (phrase not in GENERIC_VERBS or phrase in lexicon.user_verbs):
            return phrase, code, f"verb:{phrase}", False
    return None


def _has_joined(verb: Token) -> bool:
    """Whether a word joined by "and" or "or" hangs on one of the verb's dependents or
    theirs: the only verbs whose objects may have others joined to them."""
    table = token_table(verb.doc)
    children, deps = table.children, table.deps
    return any(deps[g] == "conj" for c in children[verb.i] for o in (c, *children[c])
               for g in children[o])


def _for_to_mark(verb: Token) -> list[str]:
    """["for"] where the verb's preposition opens a clause with a subject of its own ("called
    for the minister to resign", "appealed for the prisoners to be released"): the parser
    makes "for" that clause's marker, not the verb's preposition, and "call for" went
    unread."""
    return ["for" for c in verb.children if c.dep_ in {"advcl", "ccomp"} and c.i > verb.i
            and any(m.dep_ == "mark" and m.lower_ == "for" and m.i == verb.i + 1
                    for m in c.children)
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)][:1]


# Verbs of going away from a place: of armed forces, a withdrawal.
LEAVING_VERBS = frozenset({"leave", "quit", "exit", "vacate", "abandon"})


def _receives_guests(verb: Token) -> bool:
    """Whether the verb's objects are people ("received the Turkish President", "received
    him", "received a delegation"): a person's name, a title or a word for guests, and
    nothing else (a request, a call, aid)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and all(o.ent_type_ == "PERSON" or o.lower_ in TITLE_WORDS
                                 or o.lemma_.lower() in GUEST_WORDS for o in objects)


def _forces_leaving(verb: Token, lemma: str) -> bool:
    """"U.S. troops left Iraq in 2011", "US troops would be leaving Syria": armed forces
    leaving a place withdraw (RETREAT; announced for the future, a CONCEDE by PLOVER's
    rule), where the dictionary codes "leave" as a meeting (040) whatever its doer."""
    if lemma not in LEAVING_VERBS:
        return False
    subject = _subject_up(verb, hops=2)
    place = any(c.dep_ == "dobj" and (c.ent_type_ in {"GPE", "LOC", "FAC"}
                                      or c.lemma_.lower() in PLACE_NOUNS)
                for c in verb.children)
    return place and subject is not None and SECTOR_WORDS.get(subject.lemma_.lower()) == "MIL"


# Common nouns of a place one may leave or hold.
PLACE_NOUNS = frozenset({"country", "city", "town", "territory", "region", "area", "base",
                         "village", "zone", "province", "capital", "port", "airport"})


def _object_predicate(verb: Token) -> bool:
    """A verb with a predicate for its object ("considers this direction a priority", "was
    widely considered a breakthrough", "considered it inappropriate", "consider the
    avoidance of war as their responsibility"): the parse makes the predicate an object
    predicate, a verbless clausal complement or the object of "as" (which it may hang on
    the verb's object)."""
    def as_what(word: Token) -> bool:
        return any(c.dep_ == "prep" and c.lower_ == "as" and any(
            g.dep_ == "pobj" for g in c.children) for c in word.children)

    return as_what(verb) or any(c.dep_ == "oprd" or (
        c.dep_ in {"ccomp", "xcomp"} and c.pos_ in {"NOUN", "ADJ", "PROPN", "NUM"}) or (
        c.dep_ == "dobj" and as_what(c)) for c in verb.children)


def _matches(verb: Token, pattern: Pattern,
             objects: ObjectWords | None = None,
             joined: bool = False) -> bool:
    """Whether the verb fits the pattern (`joined`: by an object joined to its own);
    `objects` keeps `_object_words` by preposition across the patterns of one verb."""
    prep, words = pattern.prep, pattern.words
    if joined and not (words and _names_an_object(verb, pattern, objects, joined)):
        return False  # the joined objects are few: most patterns fail here, and fast
    if pattern.before and not _preceded_by(verb, pattern.before, pattern.adjacent):
        return False
    if pattern.before and not words and not pattern.compound:
        return True
    if pattern.compound:
        return _compound_actor(verb, prep) and (
            not words or _matches(verb, replace(pattern, compound=False), objects, joined)
        )
    return _names_an_object(verb, pattern, objects, joined)


def _names_an_object(verb: Token, pattern: Pattern,
                     objects: ObjectWords | None,
                     joined: bool) -> bool:
    """Whether one of the verb's objects (of the pattern's preposition; `joined`: one
    joined to them) is one of the pattern's words."""
    found = objects.get((pattern.prep, joined)) if objects is not None else None
    if found is None:
        found = _object_words(verb, pattern.prep, joined)
        if objects is not None:
            objects[(pattern.prep, joined)] = found
    return any(phrase in pattern.words or lemmas & pattern.words for phrase, lemmas in found)


def _object_words(verb: Token, prep: str | None, joined: bool = False
                  ) -> list[tuple[str, set[str]]]:
    """(phrase, words) of each object a pattern can name (of `prep`, or the verb's own; or,
    when `joined`, of the objects joined to those: "tear gas" in "used water cannons and
    tear gas"): the words before the head and the head ("artillery shells"), and the head's
    and its compounds' forms and lemmas."""
    if prep is None:
        heads = list(_objects(verb))
        if _passive(verb):  # "the ban was lifted" is "lifted the ban"
            heads += (_content_head(c) for c in verb.children if c.dep_ == "nsubjpass")
        if _participle_of(verb) is not None:
            heads.append(_content_head(verb.head))  # "a statement issued by": the statement
    else:
        heads = [
            o
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == prep
            for o in c.children
            if o.dep_ == "pobj"
        ]
    if joined:
        heads = [c for head in heads for c in head.conjuncts if c not in heads]
    found = []
    for head in heads:
        # the object's head, its modifiers ("artillery shells"), or the phrase they make
        before = [t for t in head.subtree if t.i <= head.i and t.dep_ not in {"det", "punct"}]
        phrase = " ".join(t.lower_ for t in before)
        named = [head, *(t for t in head.children if t.dep_ == "compound")]
        lemmas = {t.lemma_.lower() for t in named} | {t.lower_ for t in named}
        found.append((phrase, lemmas))
    return found


def _preceded_by(verb: Token, groups: tuple[tuple[str, ...], ...], adjacent: bool) -> bool:
    """Whether the verb's sentence has these word groups before it, in order (a word or its
    lemma: "HAVE" is "has" too); the last right before the verb when `adjacent`."""
    table, first = token_table(verb.doc), sent_start(verb)
    forms = [(lower, lemma.lower()) for lower, lemma in
             zip(table.lowers[first : verb.i], table.lemmas[first : verb.i], strict=True)]
    end = len(forms)
    for n, group in enumerate(reversed(groups)):
        found = -1
        for phrase in group:
            parts = phrase.split()
            size = len(parts)
            last = end - size if n == 0 and adjacent else 0
            for start in range(end - size, last - 1, -1):
                # the first word tested alone first: most positions fail there
                if start >= 0 and (not parts or parts[0] in forms[start]) and all(
                        w in forms[start + k] for k, w in enumerate(parts)):
                    found = max(found, start)
                    break
        if found < 0:
            return False
        end = found
    return True


def _compound_actor(verb: Token, prep: str | None) -> bool:
    """A conjoined subject ("Gondor and Osgiliath have delayed"), or object of `prep`."""
    if prep is None:
        heads = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    else:
        heads = [
            o
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == prep
            for o in c.children
            if o.dep_ == "pobj"
        ]
    return any(any(c.dep_ == "conj" for c in head.children) for head in heads)


def _passive(verb: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in verb.children)


def _passive_infinitive(verb: Token) -> bool:
    """A passive infinitive completing another verb, with no subject of its own: "is to be
    sentenced", "expects to be released", "refused to be drawn in"."""
    return verb.dep_ == "xcomp" and _passive(verb) and not any(
        c.dep_ in SUBJECT_DEPS for c in verb.children)


def _passive_conjunct(verb: Token) -> bool:
    """A passive verb joined to another, with no subject of its own: "but was arrested",
    "was arrested and charged" (sharing the first one's "was")."""
    return verb.dep_ == "conj" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children) \
        and (_passive(verb) or (verb.tag_ == "VBN" and _passive(verb.head) and not any(
            c.dep_ in {"aux", "auxpass"} for c in verb.children)))


# Participles whose bare use with a subject reports harm done to it: "10 thousand Russian
# soldiers killed", "at least 30 injured".
HARM_PARTICIPLES = HARM_VERBS - {"die"} | DISPLACING_VERBS | frozenset({
    "hospitalise", "hospitalize", "arrest", "detain", "abduct", "kidnap", "capture", "imprison",
    "jail", "torture", "execute"})


def _bare_participle(verb: Token) -> bool:
    """"it has reached almost 10 thousand soldiers killed", parsed with "soldiers" as the
    subject of "killed": a past participle of harm with a subject but no auxiliary and no
    object is passive, its subject the one harmed (a past tense the tagger misread would
    have its object, or be no verb of harm)."""
    return verb.tag_ == "VBN" and verb.lemma_.lower() in HARM_PARTICIPLES and any(
        c.dep_ == "nsubj" for c in verb.children) and not any(
        c.dep_ in {"aux", "auxpass", "dobj"} for c in verb.children)


def _participle_of(verb: Token) -> Token | None:
    """The noun a past participle or a passive relative clause describes ("nationals
    suspected by the West", "a statement issued by the ministry", "protesters who were
    arrested"), or the subject of the clause a bare participle is set in ("Tarrant appeared
    in court, charged with murder"): the thing done to, the verb's logical object."""
    if _reduced_passive(verb):
        return next((c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if _bare_participle(verb):
        return next(c for c in verb.children if c.dep_ == "nsubj")
    if verb.head.pos_ not in {"NOUN", "PROPN"}:
        return None
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and not _main_verb_misread(verb):
        return verb.head
    if verb.dep_ == "relcl" and _passive(verb):
        return verb.head
    return None


def _reduced_passive(verb: Token) -> bool:
    """"..., charged with murder", "when arrested, he ...": a bare past participle set in
    another clause, with no subject or auxiliary of its own, is passive; its subject is
    the one the other clause is about."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBN" and not any(
        c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "dobj"} for c in verb.children)


def _main_verb_misread(verb: Token) -> bool:
    """"The coalition bombed Sanaa on Monday", read as the noun "coalition" (the root)
    with a clause "bombed Sanaa" describing it, or "after Conley, a judge, ordered that …"
    read as "after" a noun: a past-tense verb, or a participle with a direct object or a
    "that" clause of what is said or ordered, cannot describe its noun that way; the noun is
    its subject."""
    noun = verb.head
    return verb.dep_ == "acl" and noun.pos_ in {"NOUN", "PROPN"} and (
        noun.dep_ == "ROOT" or (noun.dep_ == "pobj" and noun.head.lower_ in SETTING_MARKS)
    ) and (verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(
        c.dep_ == "dobj" or (c.dep_ == "ccomp" and verb.lemma_.lower() not in TOLD_VERBS
                             and any(m.dep_ == "mark" and m.lower_ == "that"
                                     for m in c.children))
        for c in verb.children)))


# Verbs whose passive takes a "that" clause ("residents, told that the water was unsafe"):
# with one, a participle may still describe its noun.
TOLD_VERBS = frozenset({"tell", "inform", "assure", "warn", "advise", "remind", "notify",
                        "convince", "persuade", "show", "teach"})


def _objects(verb: Token) -> Iterator[Token]:
    for child in verb.children:
        if child.dep_ in {"dobj", "attr", "oprd"}:
            # "the sanctions that the partners impose": what the relative pronoun stands for
            yield _content_head(relative_antecedent(child))
        elif child.dep_ in {"prep", "prt"} and child.lower_ in {"for", "on"}:
            yield from (_content_head(o) for o in child.children if o.dep_ == "pobj")


# Words that set a clause beside an act as its time, cause or contrast ("threatened the US
# after drones killed Soleimani", "rejected the plan, while Greece signed it"): a happening of
# its own, not what the act asks, threatens or refuses ("if", "unless", "once" and "until"
# give its terms: "promised protests until Sweden joined the agreement").
SETTING_MARKS = frozenset({"after", "before", "when", "whenever", "because", "since", "while",
                           "whilst", "as", "although", "though", "whereas"})


def _governed(trigger: Token, governing: set[int]) -> bool:
    """Whether the trigger sits in what a request, threat, refusal or promise is about. A
    relative clause on the way tells a happening of its own about its noun ("impeached over
    violations of the Act, which the Supreme Court later ruled unconstitutional"); so does a
    verb joined to the governing one ("condemned the attack and recalled its ambassador",
    "threatened Ukraine and attacked Kharkiv": two acts of one doer) and a clause of its time,
    cause or contrast (`SETTING_MARKS`)."""
    token = trigger
    for _ in range(4):
        if token.dep_ in {"nsubj", "nsubjpass", "ROOT", "relcl"} or token.head == token:
            return False
        if token.dep_ == "conj" and token.pos_ == "VERB" and token.head.i in governing:
            return False
        if token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in SETTING_MARKS
                                         for c in token.children):
            return False
        token = token.head
        if token.i in governing:
            return True
    return False


def _listed_parties(prep: Token, index: MentionIndex) -> list[Cluster]:
    """The parties of 'among Iranian, Russian and Afghan officials in Tehran' when the parse
    lost the list's head: every actor mention under the preposition, places excepted."""
    found: list[Cluster] = []
    for token in prep.subtree:
        cluster = index.at(token.i)
        if token.ent_type_ in {"GPE", "LOC", "FAC"} or cluster is None:
            continue
        if cluster not in found:
            found.append(cluster)
    return found


def _owned_by_the_subject(noun: Token, role: str, verb: Token) -> bool:
    """An event noun its verb's object that a third-person possessive, left unresolved,
    gives to that verb's subject ("business leaders stressed their readiness to cooperate",
    "reaffirmed their full support for Ukraine"): the possessive binds to the subject. Not a
    noun of what is done to someone ("condemned their arrest"), nor one only remembered or
    talked about ("recalling their first meeting")."""
    return role == "dobj" and noun.lemma_.lower() not in PATIENT_NOUNS \
        and verb.lemma_.lower() not in TOPIC_VERBS | DISCUSSION_WORDS | RECOLLECTION_VERBS \
        and any(c.dep_ == "poss" and c.lower_ in THIRD_PERSON_POSSESSIVES
                for c in noun.children)


def _governor(noun: Token) -> tuple[str, Token]:
    """(dependency, head) of a noun, seen through a measure word or a carrier: in 'provide
    tons of aid' the aid is the object of 'provide', in 'sent messages of condolence' the
    condolence that of 'sent'."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and (
        _content_head(head.head) == noun or head.head.lemma_.lower() in CARRIER_NOUNS
    ):
        return head.head.dep_, head.head.head
    return noun.dep_, head


def _content_head(token: Token) -> Token:
    """'tons of aid' → aid, 'thousands of Nigerians' → Nigerians: skip a measure word."""
    counted = token.lemma_.lower() in MEASURE_WORDS or any(
        c.dep_ == "nummod" for c in token.children
    )
    if counted:
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        return obj
    return token


JOINT_PREPS = frozenset({"between", "among"})


# Words that open a clause of time, which the parse can take for prepositions.
TIME_CONJUNCTIONS = frozenset({"after", "before", "since", "until", "till", "once", "when"})


def _subject_read_as_object(clause: Token) -> Token | None:
    """"after Theresa May stepped down", parsed with "May" the object of "after": a clause
    of time with no subject of its own whose conjunction has an object right before the
    verb has that object for its subject (not the main clause's "Johnson became leader")."""
    if clause.dep_ != "advcl" or any(c.dep_ in SUBJECT_DEPS for c in clause.children):
        return None
    for opener in clause.children:
        if opener.dep_ in {"mark", "prep"} and opener.i < clause.i \
                and opener.lower_ in TIME_CONJUNCTIONS:
            objects = [o for o in opener.children if o.dep_ == "pobj"]
            if objects and objects[-1].right_edge.i == clause.i - 1:
                return objects[-1]
    return None


def _one_subject(children: list[Token], verb: Token) -> list[Token]:
    """A verb the parse gives two subjects has one: the nearer ("According to reports from
    the ministry … and Vyasna, a rights center, …, 63,000 visitors attended the rally":
    the phrase cut short made "Vyasna" a subject too). A preposition's object read as the
    subject is none ("then at the Iraqi government's request returned": "at" left with no
    object)."""
    children = [c for c in children if not _stranded_object(c, verb)]
    subjects = [c for c in children if c.dep_ in {"nsubj", "csubj"}]
    if len(subjects) < 2:
        return children
    nearest = min(subjects, key=lambda c: abs(verb.i - c.i))
    return [c for c in children if c not in subjects or c is nearest]


def _stranded_object(subject: Token, verb: Token) -> bool:
    """A common noun subject right after a preposition of the same verb that has no object
    of its own: the preposition's object, misread (not a name the parse joined to the
    phrase: "On live television Erdogan also attacked")."""
    if subject.dep_ != "nsubj" or subject.pos_ != "NOUN":
        return False
    before = subject.left_edge.i - 1
    if before < 0:
        return False
    prep = subject.doc[before]
    return prep.dep_ == "prep" and prep.head.i == verb.i and not any(
        c.dep_ in {"pobj", "pcomp"} for c in prep.children)


def _sources_of_verb(verb: Token, index: MentionIndex) -> list[Cluster]:
    """Subject, passive agent, the noun a relative clause describes, or the subject of the
    clause a to-infinitive hangs from. An unresolved subject pronoun in reported speech
    ("Palestinian leaders said they would boycott …") is the reporter; the speaker put after
    a verb of saying ("…, argued the government's lawyer") is its subject."""
    if (speaker := _inverted_speaker(verb)) is not None:
        return _party(speaker, index)
    if _taking_part_in(verb):
        return [e for c in verb.children if c.dep_ == "nsubjpass" for e in _party(c, index)]
    token = verb
    for _ in range(4):
        if _bare_participle(token):
            return []  # "10 thousand soldiers killed": the subject is the one harmed
        children = _one_subject(_with_auxiliaries(token), token)
        for child in children:
            if child.dep_ == "agent":
                return [e for o in child.children if o.dep_ == "pobj" for e in index.entities_of(o)]
            if child.dep_ in {"nsubj", "csubj"}:
                if any(c.dep_ == "acl" and c.lemma_.lower() in REPORTING_VERBS
                       for c in child.children):
                    return []  # "with officials reporting … killed": who tells, not who did
                subject = relative_antecedent(child)  # "Christie, who denounced"
                found = (_party_and_its_list(subject, index) or _nationality_of(subject, index)
                         or _institution_of(subject, index))
                reporter = reporting_verb(token) if not found and subject.pos_ == "PRON" else None
                if reporter is None:
                    return found
                reporters = _sources_of_verb(reporter, index)
                if subject.lower_ == "it":  # "spokesperson Yahya Sarea said it had carried
                    # out the attack": "it" is no person, but may be the ministry speaking;
                    # nor is it people ("Chinese officials confirmed it has killed three")
                    return [c for c in reporters if c.label != "PERSON" and not any(
                        m.span.root.tag_ in {"NNS", "NNPS"} for m in c.mentions)]
                return reporters
        if token is verb and _passive(token) and (between := [
                c for c in token.children if c.dep_ == "prep" and c.lower_ in JOINT_PREPS]):
            # "a protocol was signed between the Cabinet of Ukraine and the Government of
            # Turkey": with no agent, the parties it was done between did it
            return list(dict.fromkeys(
                [e for prep in between for o in prep.children if o.dep_ == "pobj"
                 for party in (o, *o.conjuncts) for e in _party(party, index)]
                or [e for prep in between for e in _listed_parties(prep, index)]))
        if token is verb and any(c.dep_ == "nsubjpass" for c in children):
            # "what they did when Ukrainians were killed": a passive clause with no agent
            # names no doer, and the clause it is set in does not lend it one
            return []
        if _reduced_passive(token):
            return []  # "appeared in court, charged with murder": the one charged
        if token.dep_ == "relcl":
            if _passive(token):
                return []  # "protesters who were arrested": those it was done to
            return index.entities_of(token.head)  # "militants who attacked the base"
        if _main_verb_misread(token):
            return index.entities_of(token.head)
        if (issuer := _issuer_of_message(token, index)) is not None:
            return issuer
        if token.dep_ == "acl" and to_infinitive(token) and not _passive(token):
            owners = [e for c in token.head.children if c.dep_ == "poss"
                      for e in _owners(c, index)]
            if owners:  # "her intention to endorse", "Russia's decision to recognise"
                return owners
        if token.dep_ == "xcomp" and token.head.lemma_.lower() in DIRECTIVE_VERBS:
            asked = [c for c in token.head.children if c.dep_ == "dobj"]
            if asked:  # "invited Berdimuhamedov to visit Russia": the one invited visits
                return [e for c in asked for e in index.entities_of(c)]
        if _passive_conjunct(token) or _passive_infinitive(token):
            # "Mugabe founded ZANU but was arrested", "Avenatti is to be sentenced": the
            # subject is who it was done to
            return []
        if (misread := _subject_read_as_object(token)) is not None:
            return _party(misread, index)  # "after Theresa May stepped down"
        if token is verb and (credited := _credited_with(verb, index)):
            return credited
        if token.dep_ in {"xcomp", "conj", "acomp", "advcl"} and token.head != token:
            token = token.head
        elif token.dep_ == "pcomp" and token.head.dep_ == "prep" and not _passive(token):
            # not "after being shot"
            token = token.head.head  # "was forceful in blaming Iran": who was forceful
            patients = [c for c in token.children if c.dep_ == "nsubjpass"]
            if patients:  # "was accused of attacking": who was accused
                return [e for c in patients for e in index.entities_of(c)]
        else:
            break
    return []


# Texts that carry what someone says: "issued a statement condemning the attack".
MESSAGE_NOUNS = frozenset({
    "statement", "message", "letter", "tweet", "post", "communique", "communiqué",
    "declaration", "resolution", "note", "video", "speech", "address", "editorial",
    "op-ed", "petition", "release", "memo", "notice", "appeal",
})


def _issuer_of_message(verb: Token, index: MentionIndex) -> list[Cluster] | None:
    """"issued a statement condemning the attack", "sent a letter urging Congress to act",
    "said in a statement welcoming the deal", "the ministry's statement accusing Kyiv": a
    present participle describing a message is the act of whoever issued the message (its
    owner, or the doer of the verb it is the object of, or is in); None where the verb is
    no such participle."""
    message = verb.head
    if message.dep_ == "pobj" and message.head.dep_ == "prep" \
            and message.head.head.lemma_.lower() in MESSAGE_NOUNS:
        message = message.head.head  # "a message on Twitter blaming Iran": hung on "Twitter"
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or message.lemma_.lower() not in MESSAGE_NOUNS:
        return None
    owners = [e for c in message.children if c.dep_ == "poss" for e in _owners(c, index)]
    if owners:
        return owners
    if message.dep_ in {"dobj", "nsubjpass"} and message.head.pos_ in {"VERB", "AUX"}:
        return _sources_of_verb(message.head, index)
    if message.dep_ == "pobj" and message.head.dep_ == "prep" \
            and message.head.head.pos_ in {"VERB", "AUX"}:
        return _sources_of_verb(message.head.head, index)
    return None


def _titled_holder(noun: Token, index: MentionIndex) -> list[Cluster]:
    """"Deputy Head of the Office of the President Ihor Zhovkva discussed": the parse makes
    the title the argument and hangs the name on its "of" and "for" phrases; the person
    reached down them, through proper nouns only, is who the argument is."""
    token = noun
    while token.lower_ in TITLE_WORDS or token.pos_ == "PROPN":
        token = next((o for p in token.children if p.dep_ == "prep" and p.lower_ in {"of", "for"}
                      for o in p.children if o.dep_ == "pobj"), noun)
        if token is noun:
            return []
        hit = index.at(token.i)
        if hit is not None and hit.label == "PERSON":
            return [hit]
    return []


def _nationality_of(noun: Token, index: MentionIndex) -> list[Cluster]:
    """"A Japanese bomber attacked", "Russian missiles hit": a thing or a crew the text
    knows only by its nationality does the deed of that people's state."""
    if noun.pos_ != "NOUN":
        return []
    return [hit for c in noun.children if c.dep_ == "amod"
            and (hit := index.at(c.i)) is not None and hit.label == "NORP"]


def _institution_of(noun: Token, index: MentionIndex) -> list[Cluster]:
    """"Scotland's highest court ruled", "Russia's defence ministry said": an institution
    or office the text names only by whose it is acts for them."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in SECTOR_WORDS:
        return []
    return _owner(noun, index)


# Thanks expressed for someone's deed: the deed's doer is thanked.
GRATITUDE_NOUNS = frozenset({"gratitude", "thanks", "appreciation"})


# Verbs of saying whose speaker may follow them after what was said ("…, argued the
# lawyer"), not those whose object is whom one tells or asks ("…, told reporters").
INVERTING_VERBS = frozenset({"say", "argue", "claim", "add", "state", "insist", "note",
                             "write", "explain", "conclude", "declare", "warn", "stress",
                             "emphasise", "emphasize", "allege", "assert", "reply", "respond",
                             "counter", "acknowledge", "admit", "announce", "remark"})


# Verbs whose passive with "in" tells what its subject takes part in: "Serb forces were
# engaged in ethnic cleansing", "soldiers were involved in the killings".
TAKING_PART_VERBS = frozenset({"engage", "involve"})


def _taking_part_in(verb: Token) -> bool:
    """"were engaged in ethnic cleansing": the subject is the doer, not the one done to."""
    return verb.lemma_.lower() in TAKING_PART_VERBS and _passive(verb) and any(
        c.dep_ == "prep" and c.lower_ == "in" for c in verb.children)


def _objects_of_in(verb: Token, index: MentionIndex) -> list[Cluster]:
    """Whom the deed one takes part in is against: "engaged in ethnic cleansing … against
    the Albanian population"."""
    return [e for c in verb.subtree if c.dep_ == "prep" and c.lower_ in AIMED_PREPS
            for o in c.children if o.dep_ == "pobj" for e in _party(o, index)]


# Acts a speaker lists one after another with one subject ("expressed …, stressed …").
LISTED_ACTS = frozenset({"express", "reaffirm", "voice", "confirm", "thank", "welcome",
                         "praise", "call", "urge", "condemn", "inform", "discuss"})


def _inverted_speaker(verb: Token) -> Token | None:
    """"It is not for the Court to opine, argued the government's lawyer": a finite verb of
    saying with no subject, right after a comma or a closing quotation mark that ends what
    was said, whose object comes right after it, has the speaker put last; the parse reads
    the speaker as the object (whom one argued). A participle ("…, stressing the
    readiness") keeps its object."""
    if verb.lemma_.lower() not in INVERTING_VERBS or verb.i == 0 \
            or verb.tag_ not in {"VBD", "VBZ", "VBP"} \
            or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    before = verb.doc[verb.i - 1]
    if (before.text != "," and before.text not in QUOTE_MARKS) or before.i == verb.sent.start:
        return None
    if verb.dep_ == "conj" and verb.head.lemma_.lower() in INVERTING_VERBS | LISTED_ACTS:
        return None  # "Scholz expressed support, stressed the readiness": one speaker's list
    return next((c for c in verb.children if c.dep_ == "dobj" and c.left_edge.i == verb.i + 1),
                None)


def _targets_of_verb(verb: Token, index: MentionIndex, phrase: str) -> list[Cluster]:
    particle = phrase.split(" ", 1)[1] if " " in phrase else None
    targets: list[Cluster] = []
    if _inverted_speaker(verb) is not None:
        return targets  # the object is who spoke
    if _taking_part_in(verb):
        return _objects_of_in(verb, index)
    if (described := _participle_of(verb)) is not None:
        targets += index.entities_of(described)  # "nationals suspected by the West"
    if _passive_conjunct(verb) or _passive_infinitive(verb):
        # "Navalny returned to Russia and was detained", "was arrested and charged", "is to
        # be sentenced", "expects to be released": the subject they share is the patient
        targets += [e for c in verb.head.children if c.dep_ in SUBJECT_DEPS
                    for e in _party(c, index)]
    for child in verb.children:
        if child.dep_ in {"dobj", "nsubjpass", "dative"}:
            if verb.lemma_.lower() not in TOPIC_VERBS:
                target = relative_antecedent(child)  # "Ali, whom police arrested"
                targets += _party_and_its_list(target, index) or _owner(target, index)
            for prep in child.children:  # "enhance cooperation with Afghanistan"
                if prep.dep_ == "prep" and prep.lower_ in TARGET_PREPS:
                    targets += _not_the_site(prep, [e for o in prep.children
                                                    if o.dep_ == "pobj"
                                                    for e in _party(o, index)])
                elif prep.dep_ == "prep" and prep.lower_ == "for" \
                        and child.lemma_.lower() in GRATITUDE_NOUNS:
                    # "expressed his gratitude for Russia's mediation efforts": whose deed
                    targets += [e for o in prep.children if o.dep_ == "pobj"
                                for e in _party(o, index) or _owner(o, index)]
        elif child.dep_ in {"prep", "prt"} and (
            child.lower_ in TARGET_PREPS or child.lower_ == particle
        ):
            found = [e for o in child.children if o.dep_ == "pobj"
                     for e in _party_and_its_list(o, index)]
            objects = [c for c in verb.children if c.dep_ == "dobj"]
            aimed = any(o.lemma_.lower() in WEAPON_NOUNS for o in objects) if objects \
                else verb.lemma_.lower() in AIMING_VERBS
            if child.lower_ in (SITE_PREPS if objects else {"at"}) and not aimed:
                # "injured a man on the High Street", "arrested him at the airport": a
                # verb with an object of its own is done on that object; a site its "on" or
                # "at" names is where; so is the "at" of one with none ("gathered at Tahrir
                # Square"). A country stays ("imposed sanctions on Russia"), and so does what
                # is aimed at ("fired missiles at Kharkiv", "fired at the embassy")
                found = _without_sites(found)
            elif child.lower_ == "to" and (
                    (objects and verb.lemma_.lower() in HOSTING_VERBS)
                    or verb.lemma_.lower() in DISPLACING_VERBS):
                # "welcome the President of Kazakhstan to Moscow", "invited him to Kyiv",
                # "citizens deported to Russia": where the guest or the deported is taken,
                # not a party to the deed
                found = [e for e in found if e.label not in PLACE_LABELS | SITE_LABELS]
            targets += found
    return list(dict.fromkeys(targets))


def _party_and_its_list(head: Token, index: MentionIndex) -> list[Cluster]:
    """The parties an argument names (`_party`), and the people listed after it: "met with
    President of France Emmanuel Macron, Chancellor of Germany Olaf Scholz, President of Romania
    Klaus Iohannis and Prime Minister of Italy Mario Draghi": the parse hangs a list of titled
    names as appositions of the first (and of each other). An apposition renames its head, so
    one that names another person is the list's next party: a person's name in it, or the holder
    its title names. Only a person's: a place's or a body's apposition naming someone ("the
    Ambassador of Ukraine to Italy Yaroslav Melnyk") is a title the parse cut in two; nor a
    plural's ("only two presidents have been impeached: Andrew Johnson and Bill Clinton" tells
    of two happenings, each told apart later); nor a common noun's, which it names ("another
    former Trump adviser, Sebastian Gorka"), and the person it names is the party, not the
    noun's modifier ("Trump")."""
    if head.tag_ == "NN" and (renamed := [
            hit for c in head.children if c.dep_ == "appos"
            and (hit := index.at(c.i)) is not None and hit.label == "PERSON"]):
        return renamed
    party = _party(head, index)
    own = set(party)
    if not own or any(c.label != "PERSON" for c in own) or head.tag_ != "NNP":
        return party
    named = dict.fromkeys([head, *(t for t in head.subtree if index.at(t.i) in own)])
    found: list[Cluster] = []
    renamings = [c for t in named for c in t.children if c.dep_ == "appos"]
    while renamings:
        token = renamings.pop(0)
        if token.left_edge.lower_ in {"a", "an"}:
            continue  # "Fields, a self-described Neo-Nazi, killed": a description of him
        hit = index.at(token.i)
        people = [hit] if hit is not None and hit.label == "PERSON" \
            else _titled_holder(token, index) if token.lower_ in TITLE_WORDS else []
        found += [p for p in people if p not in own and p not in found]
        renamings += [c for c in token.children if c.dep_ in {"appos", "conj"}]
    return party + found


def _not_the_site(prep: Token, found: list[Cluster]) -> list[Cluster]:
    """"carried out the airstrike at Baghdad International Airport", "talks at Camp
    David": what an event noun's "at" names as a site is where it happened, not whom it
    was done to ("an attack on the embassy" is aimed at it)."""
    return _without_sites(found) if prep.lower_ == "at" else found


def _without_sites(found: list[Cluster]) -> list[Cluster]:
    return [e for e in found if e.label not in SITE_LABELS]


SITE_PREPS = frozenset({"on", "at", "upon"})
# Verbs whose "at" is what they are aimed at, with no object of their own: "fired at",
# "shot at", "lashed out at", "hit out at", "pointed at".
AIMING_VERBS = frozenset({"fire", "shoot", "aim", "point", "throw", "hurl", "lob", "strike",
                          "hit", "lash", "swipe", "snap", "rail", "jab", "take", "open",
                          "shout", "yell", "scream", "charge", "lunge", "rush"})
# Entity labels of sites (roads, buildings, airports, regions), never the actors an act is on
SITE_LABELS = frozenset({"FAC", "LOC"})
# Verbs of receiving a guest, whose "to" phrase is where the guest comes.
HOSTING_VERBS = frozenset({"welcome", "invite", "receive", "host", "greet"})
# Those whose subject hosts whom they are done to (an invitation is no visit yet).
HOSTS_VISITS = HOSTING_VERBS - {"invite"}


def _owner(thing: Token, index: MentionIndex) -> list[Cluster]:
    """Whose thing an act falls on when the thing is no actor: "suspended Mahan's permit",
    "questioned the President's decision"."""
    return [hit for c in _content_head(thing).children
            if c.dep_ == "poss" and (hit := index.at(c.i)) is not None]


def _whose(thing: Token, index: MentionIndex) -> list[Cluster]:
    """Whose thing an act falls on when the thing is no actor: its owner (`_owner`), else who
    its "of" phrase names, or that phrase's owner: "noted the response of the Council of
    Europe", "the legitimacy of Russia's actions", "met the ambassadors of the G7 countries",
    "the sovereignty and territorial integrity of Ukraine" (the phrase on the last conjunct)."""
    head = _content_head(thing)
    owners = _owner(head, index)
    if owners or head.pos_ != "NOUN":
        return owners
    of_objects = [o for h in (head, *(c for c in head.children if c.dep_ == "conj"))
                  for c in h.children if c.dep_ == "prep" and c.lower_ == "of"
                  for o in c.children if o.dep_ == "pobj"]
    return [e for o in of_objects for e in index.entities_of(o)] \
        or [e for o in of_objects for e in _owner(o, index)]


def _represented(noun: Token, index: MentionIndex) -> list[Cluster]:
    """"met with representatives of FIBA Europe", "talks with the ambassadors of the G7
    countries": people named only as someone's stand for whose they are."""
    return _whose(noun, index) if noun.lemma_.lower() in PEOPLE_OF_WORDS else []


# Words for someone's people: offices, sectors, and the members of a body ("members of the
# Bundestag", "the leadership of the Ministry").
PEOPLE_OF_WORDS = frozenset(SECTOR_WORDS) | TITLE_WORDS | frozenset(
    {"member", "leadership", "family", "staff", "personnel"})


def _party(token: Token, index: MentionIndex) -> list[Cluster]:
    """The entities an argument head stands for; failing those, the holder its title
    names."""
    return index.entities_of(token) or _titled_holder(token, index)


# ---------------------------------------------------------------------------- nouns


def _purpose_nouns(verb: Token, lexicon: Lexicon) -> list[Token]:
    """Event nouns a verb of going is for: 'left for Minas Tirith for meetings'."""
    return [
        o
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "for"
        for o in c.children
        if o.dep_ == "pobj" and _is_event_noun(o, lexicon)
    ]


def _is_event_noun(token: Token, lexicon: Lexicon) -> bool:
    return token.pos_ in {"NOUN", "PROPN"} and (
        token.lower_ in lexicon.nouns or token.lemma_.lower() in lexicon.nouns
    )


def _noun_code(noun: Token, lexicon: Lexicon) -> str | None:
    """The CAMEO code the lexicon gives an event noun: as the compound its modifier makes
    ("drone strike" is no labour strike), else by its form, else its lemma; a strike aimed
    at a place is an attack (`_strike_aimed`)."""
    before = noun.doc[noun.i - 1] if noun.i > 0 else None
    if before is not None and before.dep_ in {"compound", "amod"} and before.head.i == noun.i:
        for form in (noun.lower_, noun.lemma_.lower()):
            if (code := lexicon.nouns.get(f"{before.lower_} {form}")) is not None:
                return code
    if noun.lemma_.lower() == "strike" and _strike_aimed(noun):
        return STRIKE_ATTACK_CODE
    if noun.lemma_.lower() == "call" and _calls_for_something(noun):
        return lexicon.nouns.get("call for") or lexicon.nouns.get("call")
    return lexicon.nouns.get(noun.lower_) or lexicon.nouns.get(noun.lemma_.lower())


# What a telephone call is made to do, beside discussing: "a call to congratulate him".
GREETING_VERBS = frozenset({"congratulate", "greet", "thank", "express", "offer", "convey",
                            "wish", "update", "review", "coordinate", "clarify", "agree"})
# Verbs that tell what a call asks for: "calls by officials asking the US to waive immunity".
ASKING_PARTICIPLES = frozenset({"ask", "urge", "demand", "seek", "request", "press"})


def _calls_for_something(call: Token) -> bool:
    """"calls for his resignation", "calls for the minister to resign", "the calls by
    officials asking the US to waive immunity", "a call to the world to support Ukraine"
    are appeals, not telephone calls ("made calls to Putin", "a call with Biden to discuss
    aid", "a call to congratulate him")."""
    for child in call.children:
        if child.dep_ == "prep" and child.lower_ == "for":
            return True
        if child.dep_ in {"acl", "advcl"} and any(
                m.dep_ == "mark" and m.lower_ == "for" for m in child.children):
            return True
        if child.dep_ == "acl" and child.tag_ == "VB" \
                and child.lemma_.lower() not in DISCUSSION_WORDS | GREETING_VERBS \
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children):
            return True  # "a call to the world to support Ukraine", not one "to discuss"
    # the asking participle hangs on the call, or on whose call it is ("calls by officials")
    after = call.doc[call.i + 1] if call.i + 1 < len(call.doc) else None
    words = list(call.subtree) + (list(after.subtree) if after is not None
                                  and after.lower_ == "by" and after.dep_ == "prep" else [])
    return any(w.dep_ == "acl" and w.tag_ == "VBG" and w.lemma_.lower() in ASKING_PARTICIPLES
               for w in words)


# "Strike" is the one event noun with a labour sense (CAMEO 143, the lexicon's reading of the
# word alone) and a military one: aimed at a place, or made with a weapon, it is an attack.
STRIKE_ATTACK_CODE = "190"
STRIKE_WEAPON_WORDS = WEAPON_NOUNS | frozenset({
    "air", "nuclear", "military", "cruise", "aerial", "retaliatory", "precision", "preemptive",
    "pre-emptive", "punitive"})
STRIKE_TARGET_NOUNS = frozenset({
    "city", "town", "village", "settlement", "capital", "region", "area", "district",
    "territory", "target", "position", "base", "facility", "infrastructure", "population",
    "civilian", "refinery", "depot", "port", "airport", "bridge", "school", "hospital",
    "building", "house", "home", "camp", "convoy", "warehouse", "site", "object"})
AIMED_AT_PREPS = frozenset({"at", "on", "upon", "against"})
# Whose strikes are attacks: an army's, the enemy's (workers' and miners' are walkouts).
STRIKING_FORCES = MARCHING_FORCES | frozenset({"military", "navy", "aviation", "enemy",
                                               "occupier", "invader", "aggressor"})
# What strikes that killed or destroyed were: "killed by Russian strikes", "houses destroyed
# by strikes".
STRIKE_HARM_VERBS = frozenset({"kill", "destroy", "damage", "injure", "wound", "hit", "ruin",
                               "raze", "demolish", "devastate", "flatten"})


def _strike_aimed(noun: Token) -> bool:
    """"massive strikes at Kharkiv", "Russian strikes at Ukrainian cities", "missile and bomb
    strikes", "killed by Russian strikes": a strike at a place (a named one, or a city, a
    target, the civilian population), with a weapon, or that killed or destroyed is an
    attack. A labour strike is "on strike", "a general strike", "a strike by teachers", "a
    strike against the reform"."""
    if _harm_done_by(noun):
        return True
    by = noun.head
    # strikes that damaged or killed: "Russian strikes damaged 59 buildings" (the parse may
    # hang the verb on the noun)
    if (noun.dep_ == "nsubj" and by.lemma_.lower() in STRIKE_HARM_VERBS) or (
            noun.dep_ == "nsubj" and by.lemma_.lower() == "cause" and any(
                c.dep_ == "dobj" and c.lemma_.lower() in DAMAGE_NOUNS for c in by.children)) or any(
            c.dep_ in {"acl", "relcl"} and c.lemma_.lower() in STRIKE_HARM_VERBS
            and (c.tag_ == "VBD" or any(o.dep_ == "dobj" for o in c.children))
            for c in noun.children):
        return True
    # made with a weapon ("missile strikes", "the air and missile strikes"), or told with
    # one ("targets for Russian missiles and Russian strikes")
    modifiers = [c for c in noun.children if c.dep_ in {"compound", "amod", "nmod"}]
    if any(w.lemma_.lower() in STRIKE_WEAPON_WORDS
           for w in (*modifiers, *(c for m in modifiers for c in m.conjuncts), *noun.conjuncts)):
        return True
    # an army's strikes: "the Russian army's strikes", "enemy strikes"
    if any(c.dep_ in {"poss", "compound"} and c.lemma_.lower() in STRIKING_FORCES
           for c in noun.children):
        return True
    # the place phrase right after the noun, wherever the parse hangs it ("continue strikes
    # at Kharkiv": "at" on the verb)
    doc = noun.doc
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    preps = [c for c in noun.children if c.dep_ == "prep"]
    if after is not None and after.dep_ == "prep" and after not in preps:
        preps.append(after)
    return any(prep.lower_ in AIMED_AT_PREPS and any(
        place.dep_ == "pobj" and (place.ent_type_ in {"GPE", "LOC", "FAC"}
                                  or place.lemma_.lower() in STRIKE_TARGET_NOUNS)
        for place in prep.children) for prep in preps)


def _harm_done_by(noun: Token) -> bool:
    """"killed by Russian strikes", "died because of Russian strikes at Mariupol", "were
    wounded in the strikes": the noun, through its prepositions, is what killed or harmed."""
    token = noun
    while token.dep_ in {"pobj", "pcomp", "prep", "agent"} and token.head.i != token.i:
        token = token.head
        if token.lower_ in TIME_PREPS:
            return False  # "died during the strike": when, not of what
    if token is not noun and token.lemma_.lower() == "cause":
        # "the destruction of the regions caused by Russian strikes": what the strikes
        # caused is harm (the parse may hang "caused" on the "of" phrase)
        described = [token.head, *list(token.head.ancestors)[:2]]
        return any(t.lemma_.lower() in DAMAGE_NOUNS for t in (
            *described, *(c for c in token.children if c.dep_ in {"dobj", "nsubjpass"})))
    return token is not noun and token.lemma_.lower() in STRIKE_HARM_VERBS | DYING_VERBS


# What strikes that caused it did: "the destruction caused by Russian strikes".
DAMAGE_NOUNS = frozenset({"destruction", "damage", "casualty", "death", "devastation", "injury",
                          "loss", "ruin", "fire", "victim"})


# Deeds named by a noun whose possessor is the one they were done to ("his arrest",
# "Soleimani's assassination"), not the doer ("Iran's request", "Turkey's incursion").
PATIENT_NOUNS = frozenset({
    "arrest", "detention", "release", "killing", "assassination", "execution", "murder",
    "kidnapping", "abduction", "imprisonment", "sentencing", "trial", "extradition",
    "deportation", "expulsion", "impeachment", "removal", "dismissal", "ouster", "capture",
    "torture", "conviction", "indictment", "prosecution", "internment", "jailing", "sentence",
    "punishment"})
# Nouns of favour whose "for" phrase names whom it favours ("support for Ukraine", "gratitude
# for the participation of President Pahor"), where other nouns' "for" names a purpose or a
# cause ("calls for talks", "arrested for fraud").
FAVOUR_NOUNS = GRATITUDE_NOUNS | frozenset({"support", "aid", "assistance", "help", "sympathy",
                                           "solidarity", "respect", "backing"})
# Nouns whose "of" phrase names who acts: "at the request of Abdel Fattah el-Sisi", "the
# visit of the Pope", "the readiness of our state to continue" (against "the invasion of
# Iraq", whose "of" is the target); and the ACTION_NOUNS ("the operation of the Russian
# Armed Forces").
AGENT_OF_NOUNS = ACTION_NOUNS | frozenset({
    "request", "call", "demand", "appeal", "invitation", "proposal", "offer", "initiative",
    "visit", "insistence", "suggestion", "urging", "behest", "instruction", "readiness",
    "willingness", "commitment", "determination", "intention", "refusal", "decision",
    "threat", "warning", "ultimatum",
    # "the full-scale aggression of the Russian Federation", "the war crimes of the Russian
    # Federation": whose it is, never whom against
    "aggression", "crime", "atrocity"})
# Types whose "of" phrase names who acts: a withdrawal, a concession, a protest, a meeting.
AGENT_OF_TYPES = frozenset({"RETREAT", "CONCEDE", "PROTEST", "CONSULT"})
# Prepositions of whom an act is aimed at: with one, an act's "of" phrase is its doer.
AIMED_PREPS = frozenset({"against", "on", "upon", "toward", "towards"})
# Help is aimed at whom it is for or given to: "the support of the United States for
# Ukraine", "the assistance of the EU to Kyiv" (its "of" phrase alone stays its target:
# "in support of Ukraine").
HELP_NOUNS = FAVOUR_NOUNS - GRATITUDE_NOUNS
HELPED_PREPS = frozenset({"for", "to"})


def _noun_arguments(noun: Token, plover_type: str, lexicon: Lexicon, index: MentionIndex
                    ) -> tuple[list[Cluster], list[Cluster], Token | None, bool]:
    """Sources and targets of an event noun, the light verb it is the object of ("held
    talks"), and whether it is what someone sets out for ("left for talks")."""
    head = noun.head
    sources: list[Cluster] = []
    targets: list[Cluster] = []
    role, governor = _governor(noun)
    light = (
        governor
        if role in {"dobj", "nsubjpass"} and base_form(governor, lexicon) in LIGHT_VERBS
        else None
    )
    # "the aggression of Russia against Ukraine": with its target in a phrase of its own
    # (on the noun, or on the "of" phrase's object, as the parse often hangs it), the "of"
    # phrase is the doer
    of_objects = [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                  for o in c.children if o.dep_ == "pobj"]
    aimed_preps = AIMED_PREPS | (HELPED_PREPS if noun.lemma_.lower() in HELP_NOUNS
                                 else frozenset())
    # ("for Ukraine's efforts": help for a deed is for its doer)
    aimed_at = [e for c in (*noun.children, *(g for o in of_objects for g in o.children))
                if c.dep_ == "prep" and c.lower_ in aimed_preps
                for o in c.children if o.dep_ == "pobj"
                for e in (_owners(o, index) if c.lower_ in HELPED_PREPS
                          else index.entities_of(o))]
    aimed = bool(aimed_at) and noun.lemma_.lower() not in PATIENT_NOUNS
    if aimed:
        targets += aimed_at
    # "received a request from the Ministry", "received the support of the EU": the giver
    # acts, on the one who receives
    received = _a_thing_received(noun, index)
    if received:
        sources += _givers(governor, index, noun)
        targets += _sources_of_verb(governor, index)
    for child in noun.children:
        if (
            child.dep_ in {"compound", "nmod"}
            and child.ent_type_ in {"GPE", "LOC", "FAC"}
            and plover_type == "CONSULT"
        ):
            continue  # "the Geneva conference": the venue, not a party
        if child.dep_ == "poss" and noun.lemma_.lower() in PATIENT_NOUNS and not of_objects:
            # "Basilashvili's arrest": he was arrested (but "the United States' killing of
            # Soleimani": the "of" phrase is the one it was done to)
            targets += _owners(child, index)
        elif child.dep_ == "poss" and child.lower_ in THIRD_PERSON_POSSESSIVES and (
                credited := _credited(noun, index)):
            sources += credited  # "thanked Biden for his support": Biden's, whoever "his" is
        elif child.dep_ == "poss":
            sources += _owners(child, index)  # "the Iraqi government's request": Iraqi
        elif (child.dep_ in {"amod", "compound"} and index.at(child.i) is not None
              and not _names_a_venue(child)):
            if _against(child):
                targets += index.entities_of(child)  # "anti-Russia sanctions"
            else:
                sources += index.entities_of(child)
        elif child.dep_ == "acl" and child.tag_ == "VBN":
            # "the war waged against our state by Russia", "a call chaired by Zelenskyy"
            sources += [e for a in child.children if a.dep_ == "agent"
                        for o in a.children if o.dep_ == "pobj" for e in index.entities_of(o)]
        elif child.dep_ == "prep":
            objects = [o for o in child.children if o.dep_ == "pobj"]
            found = [e for o in objects for e in _party(o, index)]
            if not objects and child.lower_ in {"between", "among"}:
                found = _listed_parties(child, index)
            if child.lower_ in {"by", "between", "among"} or (
                    child.lower_ == "from" and noun.lemma_.lower() in HELP_NOUNS):
                sources += found  # "support for the Ukrainian people from the Polish people"
            elif child.lower_ == "of" and (plover_type in AGENT_OF_TYPES or aimed or received
                                           or noun.lemma_.lower() in AGENT_OF_NOUNS
                                           or (noun.lemma_.lower() == "strike" and any(
                                               o.lemma_.lower() in STRIKING_FORCES
                                               for o in objects))):
                # "withdrawal of U.S. forces": the forces withdraw; "a meeting of the
                # Security Council": its members meet; "the strikes of the Russian army": an
                # army's strikes are its own
                sources += found
            elif child.lower_ in (*TARGET_PREPS, "of"):
                targets += _not_the_site(child, found)
    if light is not None:
        sources = _sources_of_verb(light, index) + sources
        # "impose sanctions on Russia": the light verb carries the noun's target; the noun's
        # own modifiers are no target ("signed the Minsk agreements": read above)
        modifiers = [hit for c in noun.children if c.dep_ in {"amod", "compound", "nmod"}
                     and (hit := index.at(c.i)) is not None]
        targets += [t for t in _targets_of_verb(light, index, base_form(light, lexicon))
                    if t not in modifiers]
    elif plover_type == "CONSULT" and not sources and (
            scene := _scene_verb(noun)) is not None:
        sources = _sources_of_verb(scene, index)  # "said ... during a visit to Kabul"
    elif not sources and not received and _owned_by_the_subject(noun, role, governor):
        sources = _sources_of_verb(governor, index)
    elif not sources and _ready_for(noun):  # "the delegation is ready for talks"
        sources = _sources_of_verb(noun.head.head.head, index)
    going = (
        noun.dep_ == "pobj"
        and head.lower_ == "for"
        and head.head.pos_ == "VERB"
        and base_form(head.head, lexicon) in MOTION_VERBS
    )
    if going and not sources:
        sources = _sources_of_verb(head.head, index)  # "Nigerians were converging for a rally"
    sources = _taking_part(noun, index) or sources  # not the organiser "of" the summit
    if not sources and not received:
        sources = _credited(noun, index) or _done_by_down_the_of_phrases(of_objects, index)
    return sources, targets, light, going


def _takes_part(verb: Token) -> bool:
    """"took part", "participated": what one takes part in is no promise's content."""
    lemma = verb.lemma_.lower()
    return lemma == "participate" or (lemma == "take" and any(
        c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children))


def _taking_part(noun: Token, index: MentionIndex) -> list[Cluster]:
    """"Plenković took part in the summit", "participated in the rally", "the participation
    of the President of Hungary in the summit": who takes part in a happening is its party,
    as who attends or joins it is."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return []
    word = noun.head.head
    lemma = word.lemma_.lower()
    if lemma == "part" and word.dep_ == "dobj" and _takes_part(word.head):
        return _sources_of_verb(word.head, index)  # "took part [in the summit]"
    if _takes_part(word):
        return _sources_of_verb(word, index)  # "took [part] [in the summit]"
    if lemma == "participation":
        return [e for c in word.children if c.dep_ == "prep" and c.lower_ == "of"
                for o in c.children if o.dep_ == "pobj" for e in index.entities_of(o)]
    return []


# Verbs that say who did a deed ("perpetrated by", "led by"), not what befell its patients
# ("civilians displaced by the army" were not killed by it).
DOING_VERBS = frozenset({"perpetrate", "commit", "carry", "conduct", "launch", "wage", "stage",
                         "organize", "organise", "lead", "head", "chair", "host", "make",
                         "unleash", "initiate", "order", "undertake", "inflict", "mount"})


def _done_by_down_the_of_phrases(of_objects: list[Token], index: MentionIndex
                                 ) -> list[Cluster]:
    """The doer a participle names further down the noun's "of" phrases, where the parser
    hangs it: "the genocide of people of the Donbass republics perpetrated by the Kiev
    regime", "the visit of a delegation led by Lavrov"."""
    for _ in range(2):
        for obj in of_objects:
            found = [e for c in obj.children if c.dep_ == "acl" and c.tag_ == "VBN"
                     and c.lemma_.lower() in DOING_VERBS for a in c.children if a.dep_ == "agent"
                     for o in a.children if o.dep_ == "pobj" for e in index.entities_of(o)]
            if found:
                return found
        of_objects = [o for obj in of_objects for c in obj.children
                      if c.dep_ == "prep" and c.lower_ == "of"
                      for o in c.children if o.dep_ == "pobj"]
    return []


# Verbs that credit their object with a deed named in a "for" phrase ("thanked Austria for
# humanitarian aid": Austria gave the aid).
CREDITING_VERBS = frozenset({"thank", "praise", "commend", "applaud", "salute", "credit"})


def _credited(noun: Token, index: MentionIndex) -> list[Cluster]:
    """Who did what a noun names, where a verb around it says so: "thanked Austria for
    humanitarian aid", "Support for the bill came from Senator Klobuchar"."""
    head = noun.head
    judge = _judge_of(noun)
    if judge is not None and noun.dep_ == "pobj" and head.lower_ == "for" \
            and judge.lemma_.lower() in CREDITING_VERBS:
        return _judged(judge, index)
    if noun.dep_ == "nsubj" and head.lemma_.lower() == "come" and not _denied(head):
        return [e for c in head.children if c.dep_ == "prep" and c.lower_ == "from"
                for o in c.children if o.dep_ == "pobj" for e in index.entities_of(o)]
    if noun.lemma_.lower() in CUSTODY_NOUNS:
        return _sources_of_verb(sender, index) if (sender := _sending_verb(noun)) else []
    return []


# Verbs that blame their object for a deed named in a "for" or "of" phrase ("accused Russia
# of shelling Kharkiv": Russia shelled it).
BLAMING_VERBS = frozenset({"blame", "accuse", "criticize", "criticise", "condemn", "denounce",
                           "fault", "punish"})


def _judge_of(deed: Token) -> Token | None:
    """The verb that thanks, praises or blames someone for the deed ("thanked Croatia for
    supporting …", "thanked the IMF for its support", "accused Russia of shelling …")."""
    prep = deed.head
    judge = prep.head
    if deed.dep_ in {"pobj", "pcomp"} and prep.lower_ in {"for", "of"} \
            and judge.pos_ == "VERB" and judge.lemma_.lower() in CREDITING_VERBS | BLAMING_VERBS:
        return judge
    return None


def _credited_with(verb: Token, index: MentionIndex) -> list[Cluster]:
    """Who did the deed a gerund names, where a verb credits or blames its object with it:
    "thanked De Croo for supporting Ukraine's European perspective", "accused Russia of
    shelling Kharkiv" (the thanker and the accuser had been read as the doers)."""
    judge = _judge_of(verb) if verb.tag_ == "VBG" else None
    return _judged(judge, index) if judge is not None else []


def _judged(judge: Token, index: MentionIndex) -> list[Cluster]:
    """Whom a verb thanks, praises or blames: its object."""
    return [e for c in judge.children if c.dep_ == "dobj" for e in index.entities_of(c)]


def _denied(verb: Token) -> bool:
    """The verb's clause is denied, or is what "no evidence" or "no sign" is of: "there was
    no evidence the attacks came from Yemen" says nothing of who attacked."""
    holder = verb.head
    return any(c.dep_ == "neg" for c in verb.children) or (
        verb.dep_ in {"acl", "ccomp", "relcl"} and holder.pos_ == "NOUN"
        and any(c.dep_ == "det" and c.lower_ == "no" for c in holder.children))


# Places of custody, and the verbs that send someone there: "sentenced them to four years
# in prison", "was taken into custody by the police": who sentences or takes them jails them.
CUSTODY_NOUNS = frozenset({"prison", "jail", "custody", "detention", "gaol"})
SENDING_VERBS = frozenset({"sentence", "send", "take", "remand", "commit", "jail"})


def _sending_verb(noun: Token) -> Token | None:
    """The verb of sending into custody whose phrases the noun ends, through at most three
    prepositions ("to life in prison", "to four years of prison")."""
    token = noun
    for _ in range(3):
        if token.dep_ != "pobj" or token.head.dep_ != "prep":
            return None
        token = token.head.head
        if token.pos_ in {"VERB", "AUX"}:
            return token if token.lemma_.lower() in SENDING_VERBS else None
    return None


SCENE_WORDS = frozenset({"during", "at", "in", "after", "before", "following"})
# Journeys one is "on" while doing what the clause says: "While on a working trip to the
# Donetsk region, the President observed …" ("commented on the talks" is a topic).
JOURNEY_NOUNS = frozenset({"visit", "trip", "tour", "journey"})
# How a meeting was held: "spoke by video conference with De Niro", "joined via video call"
# (a passive's "by" names its doer instead; the parser calls both "agent").
MEANS_WORDS = frozenset({"by", "via", "over"})


def _scene_verb(noun: Token) -> Token | None:
    """The verb whose clause a meeting noun sets the scene of, or the means of, so that the
    clause's doer took part in it: "said ... during a visit to Kabul", "while on a trip to
    Kharkiv, inspected …"; "This was stated by President
    Zelenskyy during a conversation with students" (the parse hangs the phrase on the
    name); "following the talks with ..." (parsed as a participle on a noun before it)."""
    head = noun.head
    held_by = head.lower_ in MEANS_WORDS and not _passive(head.head)
    journey = head.lower_ == "on" and noun.lemma_.lower() in JOURNEY_NOUNS
    if noun.dep_ not in {"pobj", "dobj"} or not (head.lower_ in SCENE_WORDS or held_by
                                                 or journey):
        return None
    token = head.head
    for _ in range(4):
        if token.pos_ == "VERB" and token.lower_ not in SCENE_WORDS:
            return token
        if token.dep_ not in {"pobj", "agent", "prep", "acl", "appos", "compound", "dobj"}:
            return None
        token = token.head
    return None


def _in_support_of(noun: Token) -> bool:
    """"rallied in support of Trump", "marched in solidarity with the strikers": whom an act
    is for, told of the act (the rally is the event), not a second happening."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "in" \
        and noun.lemma_.lower() in {"support", "solidarity"} \
        and any(c.dep_ == "prep" and c.lower_ in {"of", "with"} for c in noun.children)


def _coded_by_its_verb(noun: Token, lexicon: Lexicon, passive_only: bool = False) -> bool:
    """"enhance cooperation", "the ban was lifted": the verb's reading codes the noun's event
    (its object, or the subject of its passive), so the noun is no event of its own. With
    `passive_only`, only the subject of a passive that a reading of the verb with this noun
    names ("lift" + "ban"): an object the verb only carries ("expressed condolences",
    "orchestrated the attacks") is where annotators put the event."""
    head = noun.head
    passive_subject = noun.dep_ == "nsubjpass" and _passive(head)
    if passive_only and not passive_subject:
        return False
    if not ((noun.dep_ in {"dobj", "attr"} or passive_subject)
            and head.pos_ == "VERB" and base_form(head, lexicon) not in LIGHT_VERBS):
        return False
    coded = _verb_code(head, lexicon)
    return coded is not None and (not passive_only or "+" in coded[2])


def _noun_event(noun: Token, lexicon: Lexicon, index: MentionIndex) -> EventRef | None:
    if not _is_event_noun(noun, lexicon):
        return None
    head = noun.head
    if _coded_by_its_verb(noun, lexicon) or _in_support_of(noun):
        return None
    if noun.dep_ == "pobj" and head.lower_ == "as":
        return None  # "described as a threat": a description, not an event
    coding = lexicon.coding(_noun_code(noun, lexicon))
    if coding is None:
        return None
    sources, targets, light, going = _noun_arguments(noun, coding.type, lexicon, index)
    if not sources and not targets:
        return None  # a bare noun ("a ceasefire") names no event we can attribute
    light_lemma = base_form(light, lexicon) if light is not None else ""
    rule = f"noun:{noun.lemma_.lower()}" + (f"<{light_lemma}" if light_lemma else "")
    sources, targets = _distinct_parties(sources, targets)
    if coding.type == "CONSULT" and (
        any(c.lower_ == "among" for c in noun.children) or len(sources) + len(targets) > 2
    ):
        coding = Coding(coding.cameo, coding.type, "multilateral", coding.context)
    event = EventRef(coding, noun, sources, targets, rule=rule)
    awaited = noun.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_ in FUTURE_HEADS
    # PLOVER: a meeting someone sets out for is a future meeting ("left for talks": AGREE)
    awaited = awaited or (going and coding.type == "CONSULT")
    # a meeting offered is yet to be held ("offered him a meeting in any format"), where an
    # endorsement or condolences offered are given then
    awaited = awaited or (light_lemma == "offer" and coding.type == "CONSULT")
    # an announced ban or suspension is in force: the announcement imposes it
    enacted = light_lemma in {"announce", "declare"} and coding.type in {"SANCTION", "COERCE"}
    # what one calls something is named, not called for ("called the talks constructive")
    enacted = enacted or (light is not None and _name_given(light) is not None)
    if awaited or (light_lemma in ANNOUNCING_VERBS and not enacted):
        event.modality = "future"  # "ordered a withdrawal", "waiting for a withdrawal"
    return event


# ---------------------------------------------------------------------------- modality


def _apply_modality(event: EventRef) -> None:
    trigger = event.trigger
    clause = clause_head(trigger)
    denied = any(c.dep_ == "det" and c.lower_ == "no" for c in trigger.children)  # "no attack"
    # "the next meeting" is still to come; "Next, The Atlantic claimed ..." tells what came
    # after: only an adjective of the trigger puts it in the future
    adjectives = {c.lower_ for c in trigger.children if c.dep_ == "amod"}
    if _scheduled(trigger):
        event.negated = denied
        event.modality = "future"
        return
    if _told_apart(trigger, clause):
        # "the president's claims have not gained momentum", "we will not be deterred by
        # these attacks": what the clause denies or foresees is not the noun's happening
        event.negated = denied
        if _after_condition_phrase(trigger):
            event.modality = "conditional"  # "in case of repeated aggression by Russia"
        elif _in_prospect(trigger) or _weighed(trigger) or _judged_possible(trigger) \
                or adjectives & HYPOTHETICAL_MODIFIERS:
            event.modality = "hypothetical"  # "A potential charge of murder carries ..."
        elif _ready_for(trigger) or adjectives & FUTURE_MODIFIERS or _still_ahead(trigger):
            event.modality = "future"  # "The next meeting of the ministers is in Paris"
        else:
            _as_reported(event, clause)
        return
    shared = _sharing_conjunct(clause)
    event.negated = denied or _intent_denied(clause) or (
        any(c.dep_ == "neg" for c in clause.children)
        and not _not_until(clause) and not _negation_raised(clause)) or any(
        _nobody(c) for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}) or (
        shared is not None and not _in_contrast(shared) and any(
            c.dep_ == "neg" for c in shared.children) and not _negation_raised(shared))
    auxes = {c.lower_ for c in (shared or clause).children if c.dep_ in {"aux", "auxpass"}}
    modifiers = {c.lower_ for c in trigger.children if c.dep_ in {"amod", "advmod"}}
    if _performative(trigger):
        _as_reported(event, clause)
        return
    purpose = _purpose_auxiliaries(clause)
    if _under_condition(clause):
        event.modality = "conditional"
    elif auxes & HYPOTHETICAL_AUX - {"would"} or modifiers & HYPOTHETICAL_MODIFIERS \
            or _imperative(clause) or _purpose_of_noun(clause) or _asked_for(trigger) \
            or _urged(clause) or _counterfactual(clause) or _in_prospect(trigger) \
            or _brought_about_if_possible(clause) or _deliberated(clause) \
            or (trigger.i != clause.i and _weighed(trigger)) \
            or (trigger.i == clause.i and _for_to_infinitive(clause)) or _stipulated(clause) \
            or purpose & HYPOTHETICAL_AUX \
            or ((trigger.i == clause.i or clause.lemma_.lower() in LIGHT_VERBS)
                and _called_needed(clause)) \
            or (trigger.i == clause.i and _possible_only(clause)):
        event.modality = "hypothetical"
    elif auxes & FUTURE_AUX or adjectives & FUTURE_MODIFIERS or _governed_by_intent(clause) \
            or purpose & FUTURE_AUX or _ready_for(trigger) or _still_ahead(trigger):
        event.modality = "future"
    else:
        _as_reported(event, clause)


# What a happening is said to be when it is only possible or wanted: "such a conversation
# is no longer possible", "a meeting is likely in May", "talks are necessary".
MODAL_ADJECTIVES = HYPOTHETICAL_MODIFIERS | {"impossible", "unlikely", "necessary", "needed",
                                            "required", "essential", "desirable"}


def _judged_possible(trigger: Token) -> bool:
    """The noun is the subject of "is possible", "is likely", "is necessary": a happening
    weighed, not told."""
    return trigger.dep_ == "nsubj" and trigger.head.lemma_.lower() == "be" and any(
        c.dep_ == "acomp" and c.lemma_.lower() in MODAL_ADJECTIVES for c in trigger.head.children)


def _purpose_auxiliaries(clause: Token) -> set[str]:
    """The modal or future auxiliaries of the deed a "to" clause is the purpose of: "should
    use this opportunity to discuss", "will travel to Ankara to meet Erdogan", "could go to
    Kabul to meet": a purpose is no more done than the deed that serves it. Only a purpose
    (an adverbial clause, or a complement after the deed's object); a verb's own complement
    ("would like to thank", "will continue to support") keeps its reading."""
    head = clause.head
    if clause.dep_ not in {"advcl", "xcomp"} or head.i == clause.i \
            or head.pos_ not in {"VERB", "AUX"} or not to_infinitive(clause):
        return set()
    if clause.dep_ != "advcl" and not (
            clause.dep_ == "xcomp" and any(c.dep_ == "dobj" and c.i < clause.i
                                           for c in head.children)):
        return set()
    return {c.lower_ for c in head.children if c.dep_ == "aux"} - {"would"}


# Verbs whose act is done by saying it, even as what the speaker wants to do ("I want to
# thank you": the thanks are given; the train set codes its "I want to thank" as asserted).
PERFORMATIVE_VERBS = frozenset({
    "thank", "congratulate", "express", "extend", "welcome", "highlight", "stress",
    "emphasise", "emphasize", "underline", "note", "reaffirm", "assure", "condemn",
    "apologise", "apologize", "invite", "ask", "urge", "call", "appeal", "propose", "offer",
    "greet", "commend", "praise", "salute", "acknowledge"})


def _performative(trigger: Token) -> bool:
    """"I want to thank you", "we wish to express our condolences", "I would like to thank
    you": said in the first person and the present, the wish is the act."""
    head = trigger.head
    wish = _would_like(head) or (
        head.lemma_.lower() in {"want", "wish"} and head.tag_ in {"VBP", "VB"}
        and not any(c.dep_ == "aux" for c in head.children))
    return trigger.pos_ == "VERB" and trigger.dep_ == "xcomp" and to_infinitive(trigger) \
        and trigger.lemma_.lower() in PERFORMATIVE_VERBS and wish \
        and any(c.dep_ == "nsubj" and c.lower_ in {"i", "we"} for c in head.children)


# Heads whose denial affirms what they govern: "will not hesitate to strike", "is not
# afraid to negotiate".
AFFIRMING_NEGATIONS = frozenset({"hesitate", "fail", "cease", "stop", "afraid", "refuse"})


def _intent_denied(clause: Token) -> bool:
    """A deed under a denied readiness or plan: "Ukraine is not ready to join NATO", "does
    not plan to attack": the denial reaches it through what it complements."""
    for token in _complemented(clause):
        if token.lemma_.lower() in AFFIRMING_NEGATIONS:
            return False
        if any(c.dep_ == "neg" for c in token.children):
            return True
    return False


# Verbs of deliberation: what is weighed may not be done.
DELIBERATION_VERBS = frozenset({"consider", "contemplate", "mull", "weigh", "ponder"})


def _deliberated(clause: Token) -> bool:
    """"The EU is considering imposing new sanctions", "Mexico would consider charging the
    gunman", "weighs whether to strike", "is thinking of imposing sanctions": only
    possible."""
    return any(t.lemma_.lower() in DELIBERATION_VERBS for t in _complemented(clause)) \
        or _weighed(clause)


# The words that say what a deliberation is about: "thinking about visits to Ukraine",
# "mulling over a strike", "thinking of imposing sanctions". To think is to deliberate
# only with one of them ("we think that Russia attacked" holds the attack for true).
DELIBERATED_PREPOSITIONS = frozenset({"about", "of", "over"})


def _weighed(token: Token) -> bool:
    """What a deliberation is about: its object ("is considering new sanctions", "mulling a
    strike on Iran") or what it is about ("think about visits to Ukraine"). Not someone's
    deed ("considered Ukraine's request": it was made) nor what is judged ("considers the
    attack an act of terrorism", where the attack is the judgement's subject)."""
    token = first_conjunct(token)
    head = token.head
    if any(c.dep_ == "poss" for c in token.children):
        return False
    if token.dep_ == "dobj":
        return head.lemma_.lower() in DELIBERATION_VERBS
    return token.dep_ in {"pobj", "pcomp"} and head.lower_ in DELIBERATED_PREPOSITIONS \
        and head.head.lemma_.lower() in DELIBERATION_VERBS | {"think"}


def _possible_only(clause: Token) -> bool:
    """A deed under a modal, through the verbs and adjectives it complements: "should be
    able to bid", "may decide to attack", "can't allow them to strike". ("would like to
    thank" says the thanks, and "would" is the reported future in news.) For a verb only:
    in "could help stop the war" the war is no less real."""
    return any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX - {"would"}
               for token in _complemented(clause) for c in token.children)


def _sharing_conjunct(clause: Token) -> Token | None:
    """The first conjunct whose auxiliaries and negation a verb shares, having none and no
    subject of its own: "will meet Erdogan and discuss Syria" (future), "did not meet him
    or discuss Syria" (negated). A verb with its own tense ("did not resign and left")
    shares nothing."""
    if clause.dep_ != "conj" or clause.tag_ not in {"VB", "VBN", "VBG"} \
            or clause.head.pos_ not in {"VERB", "AUX"} or any(
                c.dep_ in {"aux", "auxpass", "neg", "nsubj", "nsubjpass"}
                for c in clause.children):
        return None
    head = clause.head
    while head.dep_ == "conj" and head.head.pos_ in {"VERB", "AUX"} and not any(
            c.dep_ in {"aux", "auxpass", "neg", "nsubj", "nsubjpass"} for c in head.children):
        head = head.head  # "will review ..., discuss ... and exchange ..."
    return head


def _in_contrast(verb: Token) -> bool:
    """"did not attend but sent a delegate": what "but" joins is said against the denial."""
    return any(c.dep_ == "cc" and c.lower_ in {"but", "yet"} for c in verb.children)


# How a clause hangs from the words above it when it is part of what they say: a
# counterfactual above it is its own too. Not subjects ("the strike, which killed ten,
# would have been avoided") and not conjuncts ("would have faced ... but resigned").
EMBEDDING_DEPS = frozenset({"xcomp", "ccomp", "relcl", "acl", "advcl", "dobj", "pobj", "prep",
                            "attr", "oprd"})


# Verbs by which a law, treaty or rule lays down what is to happen.
STIPULATING_VERBS = frozenset({"stipulate", "specify", "prescribe", "mandate"})


def _stipulated(clause: Token) -> bool:
    """"The Constitution specifies that officials are removed from office after being
    impeached and convicted": what a rule lays down is no happening."""
    word = clause
    for _ in range(6):
        if word.dep_ not in EMBEDDING_DEPS | {"conj", "pcomp"} or word.head.i == word.i:
            return False
        word = word.head
        if word.pos_ == "VERB" and word.lemma_.lower() in STIPULATING_VERBS:
            return True
    return False


def _counterfactual(clause: Token) -> bool:
    """"would have faced impeachment", "a law that would have allowed the government to
    extradite people accused of crimes": a modal perfect says what did not happen, in its
    own clause and in what that clause embeds."""
    word = clause
    while True:
        auxes = {c.lower_ for c in word.children if c.dep_ == "aux"}
        if word.tag_ == "VBN" and "have" in auxes and auxes & HYPOTHETICAL_AUX:
            return True
        if word.dep_ not in EMBEDDING_DEPS or word.head.i == word.i:
            return False
        word = word.head


def _brought_about_if_possible(clause: Token) -> bool:
    """"The United States could help Ukraine find a format for talks", "may force Russia to
    withdraw": what a deed that is only possible would have another do is only possible
    too. Only an infinitive with a doer of its own (the deed's object, or its own subject);
    what someone may say or know ("can confirm that …", "you should know that grain is
    stolen") is read as it stands."""
    head = clause.head
    if clause.dep_ not in {"ccomp", "xcomp"} or clause.tag_ != "VB" or head.i == clause.i \
            or head.pos_ != "VERB" or head.lemma_.lower() in REPORTING_VERBS:
        return False
    if not {c.lower_ for c in head.children if c.dep_ == "aux"} & (HYPOTHETICAL_AUX - {"would"}):
        return False
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children) or any(
        c.dep_ == "dobj" and c.i < clause.i for c in head.children)


# Nouns for what may come: "the possible escalation of aggression", "the risk of war".
PROSPECT_NOUNS = frozenset({"risk", "threat", "danger", "possibility", "prospect", "fear",
                            "likelihood", "spectre", "specter"})


def _in_prospect(trigger: Token) -> bool:
    """An event noun "of" a noun of prospect ("the risk of war") or of one that is only
    possible ("the possible escalation of aggression") has not happened."""
    preposition = trigger.head
    if trigger.dep_ != "pobj" or preposition.lower_ != "of" or preposition.dep_ != "prep":
        return False
    holder = preposition.head
    return holder.pos_ == "NOUN" and (holder.lemma_.lower() in PROSPECT_NOUNS or any(
        c.dep_ == "amod" and c.lower_ in HYPOTHETICAL_MODIFIERS for c in holder.children))


def _scheduled(trigger: Token) -> bool:
    """An event noun set for later: "the meeting scheduled for December 16", "the talks
    planned for May", "the annual meeting ... is set to open tomorrow"."""
    if trigger.pos_ not in {"NOUN", "PROPN"}:
        return False
    if any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in FUTURE_HEADS
           for c in trigger.children):
        return True
    head = trigger.head
    return trigger.dep_ in {"nsubj", "nsubjpass"} and head.lemma_.lower() in FUTURE_HEADS \
        and any(c.dep_ == "xcomp" and _infinitive_of(c) for c in head.children)


# Verbs of opinion whose negation belongs to what they say ("I do not think it can be right":
# he thinks it cannot be): the opinion is held, not denied.
NEG_RAISING_VERBS = frozenset({"think", "believe", "suppose", "expect", "imagine", "reckon"})


def _negation_raised(clause: Token) -> bool:
    """"do not think that ...": an opinion verb with a clause it holds."""
    return clause.lemma_.lower() in NEG_RAISING_VERBS and any(
        c.dep_ == "ccomp" for c in clause.children)


def _not_until(clause: Token) -> bool:
    """"didn't endorse her until July": the negation only says when; it happened then."""
    return any(c.lower_ == "until" and c.dep_ in {"prep", "mark"} for c in clause.children) \
        or any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "until"
                                         for m in c.children) for c in clause.children)


# Verbs whose subject is the happening itself: their negation and tense are the noun's.
OCCURRENCE_VERBS = frozenset({"take", "happen", "occur", "begin", "start", "continue",
                              "resume", "end", "go", "proceed", "collapse", "fail", "succeed",
                              "break", "erupt", "come", "last"})


# Verbs whose "to" or "in" phrase is what a cause brings about: "will lead to protests".
OUTCOME_VERBS = frozenset({"lead", "result"})
# Verbs that halt a happening under way, named as their object.
HALTING_VERBS = frozenset({"stop", "halt", "end", "cease", "suspend", "interrupt"})


# Verbs that judge a deed done: in the passive, their negation is not the deed's.
WARRANTING_VERBS = frozenset({"justify", "warrant", "excuse", "provoke", "authorize",
                              "authorise", "sanction", "condone"})


def _told_apart(trigger: Token, clause: Token) -> bool:
    """An event noun that is the clause's active subject or sits in one of its prepositional
    phrases names a happening of its own; the clause's negation and tense are not its."""
    if trigger.pos_ not in {"NOUN", "PROPN"} or trigger.i == clause.i:
        return False
    if clause.lemma_.lower() in OCCURRENCE_VERBS and not (
            trigger.dep_ == "pobj" and trigger.head.head.i == clause.i
            and any(_nobody(c) for c in clause.children if c.dep_ in SUBJECT_DEPS)):
        # "talks did not take place", "the vote will go ahead": the noun's own; not where
        # nothing else happened ("no drastic changes have taken place in the battle")
        return False
    if clause.lemma_.lower() in OUTCOME_VERBS and trigger.dep_ == "pobj" \
            and trigger.head.head.i == clause.i:
        return False  # "will lead to protests": what a cause brings is as far off as it
    token = trigger
    while token.i != clause.i and token.head.i != token.i:
        if token.dep_ == "nsubj":
            return True
        if token.dep_ == "pobj" and not _up_to(token.head) and (
                token.head.head.i == clause.i or token.head.lower_ != "of"):
            # a phrase of the verb's own ("deterred by these attacks") or of its object
            # ("claimed credit for the attack"); "a round of talks" is the talks themselves
            return True
        if token.dep_ == "nsubjpass" and token.head.lemma_.lower() in WARRANTING_VERBS:
            # "the attack was not justified": judged, whatever the judgement, it was done
            return True
        if token.dep_ == "dobj" and token.i == trigger.i \
                and clause.lemma_.lower() in HALTING_VERBS:
            # "have not stopped the shelling", "must end the war": the happening is under
            # way, whatever becomes of its end
            return True
        if token.dep_ == "dobj" and token.i == trigger.i and any(
                c.dep_ == "poss" for c in trigger.children):
            # someone's deed the verb is about ("no evidence to support the President's
            # claims"): it was done, whatever the verb says of it
            return True
        if token.dep_ not in {"conj", "appos", "compound", "pobj", "prep"}:
            return False  # the verb's object ("did not hold talks", "tons of aid")
        token = token.head
    return False


def _up_to(prep: Token) -> bool:
    """"could receive up to a life sentence": "up to" gives how much of the object, which
    the parse makes a preposition of the verb."""
    return prep.lower_ == "to" and prep.i > 0 and prep.doc[prep.i - 1].lower_ == "up"


def main_clause(clause: Token) -> bool:
    """The sentence's own clause, or what its reporting verb reports: in "Libya has offered
    to hand them over, a newspaper said" the offer is the news, not the saying."""
    if clause.dep_ == "ROOT":
        return True
    return (
        clause.dep_ in {"ccomp", "parataxis"}
        and clause.head.dep_ == "ROOT"
        and clause.head.lemma_.lower() in REPORTING_VERBS
    )


# Where a word sets the scene of its sentence's news rather than telling it: a relative,
# adverbial or adnominal clause, a preposition's object, a noun's modifier.
SUBORDINATE_DEPS = frozenset({"relcl", "advcl", "acl", "pobj", "amod", "compound"})


def subordinate(trigger: Token) -> bool:
    """Whether the trigger stands where its sentence sets the scene ("tortured refugees,
    whom authorities blame for a border conflict"; "one day after a jet shot down a
    helicopter"; "since the peace accord"); a conjunct stands where its first conjunct
    does. A sentence coded alone is coded by its other events first (PLOVER and CAMEO code
    a sentence by its main event)."""
    return first_conjunct(trigger).dep_ in SUBORDINATE_DEPS


def _nobody(subject: Token) -> bool:
    """'No one was killed', 'Nobody agreed', 'Not everyone agreed', 'no protesters were
    arrested': a subject that denies the act."""
    return subject.lower_ in {"nobody", "none", "noone"} or (
        subject.lower_ == "one" and any(c.lower_ == "no" for c in subject.children)) or any(
        c.dep_ in {"neg", "det", "preconj", "advmod"} and c.lower_ in {"not", "no"}
        for c in subject.children)


def _imperative(clause: Token) -> bool:
    """'Support Ukraine!', 'Do not be silent, stop the war', 'Let us talk': an appeal, not a
    happening. A base-form verb with no subject that opens its sentence (or what a reporting
    verb after it reports)."""
    clause = first_conjunct(clause)
    if clause.dep_ == "ccomp" and clause.head.lower_ == "let":
        clause = clause.head
    reported = clause.dep_ in {"ccomp", "parataxis"} and \
        clause.head.lemma_.lower() in REPORTING_VERBS and clause.i < clause.head.i
    if not (clause.dep_ == "ROOT" or reported) or clause.tag_ not in {"VB", "VBP"}:
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl", "mark"} or (c.dep_ == "aux" and c.tag_ == "MD")
           for c in clause.children):
        return False
    first = next((t for t in clause.sent if not t.is_punct and t.dep_ != "intj"), clause)
    return first.i == clause.i or (first.lower_ in {"do", "please"} and first.i < clause.i)


def _for_to_infinitive(clause: Token) -> bool:
    """"create conditions for the Armed Forces to repel the enemy", "it is important for
    Ukraine to join NATO": what a "for ... to" clause names is wanted or made possible,
    not done. A verb, not what it is done to ("the need for NATO to take Russia's demands
    seriously": the demands were made)."""
    children = list((_sharing_conjunct(clause) or clause).children)
    return any(c.dep_ == "mark" and c.lower_ == "for" for c in children) and any(
        c.dep_ == "aux" and c.tag_ == "TO" for c in children)


def _purpose_of_noun(clause: Token) -> bool:
    """'the need for joint efforts to fight terrorists', 'a plan to attack': an act a noun
    is for, not one that happened."""
    first = first_conjunct(clause)  # "efforts to ensure security and fight terrorists"
    return first.dep_ == "acl" and first.head.pos_ in {"NOUN", "PROPN"} and any(
        c.dep_ == "aux" and c.tag_ == "TO" for c in first.children)


# Nouns for what someone wants done: what they "include" or "are" has not happened yet.
WANT_NOUNS = frozenset({"demand", "call", "request", "proposal", "plan", "condition", "goal",
                        "aim", "wish", "ultimatum"})


# Verbs that urge someone to act: the act they urge ("to investigate") has not happened.
DIRECTIVE_VERBS = frozenset({"ask", "urge", "encourage", "press", "push", "order", "invite",
                             "request", "implore", "beg", "persuade", "pressure", "instruct",
                             "advise", "call", "appeal", "tell", "demand", "want"})


def _urged(clause: Token) -> bool:
    """"Trump encouraged Zelensky to investigate Hunter Biden": the investigation is what
    was urged (the urging is the event), not one that took place."""
    first = first_conjunct(clause)
    return _infinitive_of(first) and first.head.lemma_.lower() in DIRECTIVE_VERBS


def _asked_for(trigger: Token) -> bool:
    """"Protesters' demands include an investigation of police violence and the release of
    those arrested": items of a demand or plan were asked for, not done."""
    item = first_conjunct(trigger)
    verb = item.head
    return item.dep_ in {"dobj", "attr"} and verb.lemma_.lower() in {"include", "be"} and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in WANT_NOUNS for c in verb.children)


def _under_condition(clause: Token) -> bool:
    """The clause is the condition ("If Russia attacks", `_in_the_condition`) or has one
    ("If X, Israel will attack")."""
    if _in_the_condition(clause):
        return True
    # its own if-clause, or the one of the clause it is a conjunct of ("If X, take a knife
    # and attack")
    conditions = [c for t in (clause, clause.head) if t.i == clause.i or clause.dep_ == "conj"
                  for c in t.children if c.dep_ == "advcl"]
    return any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS
               for token in conditions for c in token.children)


CONDITION_MARKS = frozenset({"if", "unless"})


def _in_the_condition(clause: Token) -> bool:
    """The clause is an if-clause, sits in one, or comes after "in case": "If Russia
    attacks Estonia, NATO will respond", "will respond in case Russia attacks"."""
    nearby = [clause, *list(clause.ancestors)[:2]]
    return any(_after_condition_phrase(token) for token in nearby) or any(
        c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for token in nearby
        for c in token.children)


# Words that put what follows them on a condition, as "if" does: "in case Russia attacks",
# "in the event that Russia invades", "in case of repeated aggression".
CONDITION_PHRASES = (("in", "case"), ("in", "the", "event"), ("in", "case", "of"),
                     ("in", "the", "event", "of"))


def _after_condition_phrase(token: Token) -> bool:
    """The words right before the token's phrase or clause are a condition phrase. Read
    from the words, not the parse: the parser attaches "in case" in several ways."""
    start = first_conjunct(token).left_edge.i
    before = tuple(t.lower_ for t in token.doc[max(0, start - 4):start])
    return any(before[len(before) - len(phrase):] == phrase for phrase in CONDITION_PHRASES)


def _be_to(be: Token) -> bool:
    """A "be" with a doer for its subject and nothing said of it: "the president is to
    visit", not "it is important to stop the shelling", "it will be possible to agree" nor
    "the goal of the talks is to encourage trade" (a purpose, not a plan)."""
    children = list(be.children)
    return not any(c.dep_ in {"acomp", "attr", "expl"} for c in children) and any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ not in {"it", "this", "that", "there"}
        and c.lemma_.lower() not in PURPOSE_NOUNS for c in children)


def _governed_by_intent(clause: Token) -> bool:
    """Under a word of intent or schedule ("ready to", "due to", "plans to"), or the
    newswire's "is to" ("The president is to visit Kabul", "were to storm Area 51"): what is
    planned, not done."""
    if _infinitive_of(clause) and clause.head.i != clause.i and clause.head.lemma_ == "be" \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) \
            and _be_to(clause.head):
        return True
    # "would like to receive": one's own wish ("would like Pope Francis to join" asks
    # another, as "want" does)
    return any(t.lemma_.lower() in FUTURE_HEADS for t in _complemented(clause)) or (
        _infinitive_of(clause) and _would_like(clause.head))


# "would like to", "would love to", "would prefer to": a wish, as "want" is.
WOULD_LIKE_VERBS = frozenset({"like", "love", "prefer"})


def _would_like(verb: Token) -> bool:
    """"Ukraine would like to receive more assistance from Israel", "I would like to meet
    him": what the wish is for has not happened (without "would", "like to" is a habit)."""
    return verb.lemma_.lower() in WOULD_LIKE_VERBS and any(
        c.dep_ == "aux" and c.lower_ in {"would", "'d"} for c in verb.children)


def _complemented(clause: Token) -> Iterator[Token]:
    """The verbs and adjectives a clause complements, nearest first: "join" in "is not
    ready to join" complements "ready", which complements "is"."""
    token = clause
    while (token.dep_ == "acomp" or _infinitive_of(token) or _object_infinitive(token)) \
            and token.head.i != token.i:
        token = token.head
        yield token


def _object_infinitive(clause: Token) -> bool:
    """"want Russian troops to be withdrawn", "expects the EU to recognise": a to-infinitive
    with a subject of its own, parsed as a clausal complement."""
    return clause.dep_ == "ccomp" and to_infinitive(clause)


# Auxiliaries of a saying yet to be said ("will say", "may claim"); not "would" ("would say
# only that the talks had ended" tells what was said) nor "can" ("we can say that the
# operation succeeded" asserts it).
SAID_LATER_AUX = frozenset({"will", "'ll", "shall", "may", "might", "could"})


def _as_reported(event: EventRef, clause: Token) -> None:
    """An asserted event told in someone's words is reported; told in words someone will or
    may say ("Putin will say that we are firing at military infrastructure"), it is only
    what they would claim: hypothetical."""
    verb = reporting_verb(clause)
    if event.modality != "asserted" or verb is None:
        return
    later = any(c.dep_ == "aux" and c.lower_ in SAID_LATER_AUX for c in verb.children)
    event.modality = "hypothetical" if later else "reported"


def reporting_verb(clause: Token) -> Token | None:
    """The 'said' whose complement holds this clause, if any."""
    token = clause
    for _ in range(4):
        if token.dep_ not in {"ccomp", "conj", "xcomp", "advcl"} or token.head == token:
            return None
        token = token.head
        if token.lemma_.lower() in REPORTING_VERBS:
            return token
    return None


def _offer_to_act(event: EventRef) -> None:
    """"Mashovets proposed to include these issues in the agenda of the next consultations",
    "He suggested intensifying work with partners": proposing to do something, with no one
    asked to do it, offers it (PLOVER AGREE); "proposed to the Cabinet to present a
    program" and "proposed that the partners ..." stay appeals (REQUEST)."""
    trigger = event.trigger
    if event.coding.type != "REQUEST" or trigger.pos_ != "VERB" \
            or trigger.lemma_.lower() not in PROPOSING_VERBS:
        return
    children = list(trigger.children)
    offered = any(c.dep_ == "xcomp" and c.pos_ == "VERB" for c in children)
    addressed = any(c.dep_ in {"dative", "dobj", "ccomp"} or (
        c.dep_ == "prep" and c.lower_ == "to") for c in children)
    if offered and not addressed:
        event.coding = Coding(event.coding.cameo, "AGREE", None, event.coding.context)
        event.rule += "|offer->AGREE"


def _undone(event: EventRef, lexicon: Lexicon) -> None:
    """What is owed, wanted or hoped for has not been done. The appeal itself (REQUEST:
    "the countries of the free world must support our state", said by Ukraine's president)
    is told as made. Decided on the event's final type, after the model, so that none of
    the model's inputs change."""
    if event.coding.type == "REQUEST":
        return
    undone = event.modality in {"asserted", "reported"} and (
        _owed(event.trigger, lexicon) or _wanted(event.trigger))
    if undone or _hoped_for(event.trigger):
        event.modality = "hypothetical"


# What someone hopes or wishes for is not told as done or promised by its doer.
HOPE_WORDS = frozenset({"hope", "wish"})


def _hoped_for(trigger: Token) -> bool:
    """"expressed hope that Greece will support Ukraine's European perspective", "hope
    that the sixth package of sanctions would be approved": the hoper's wish (the train
    gold codes the hope a REQUEST and the wished act not as done or planned). Not the
    subject a hoped clause is about, "hope that the agreements we reached today will bring
    results": the agreements were reached."""
    child = trigger
    for head in trigger.ancestors:
        if child.dep_ == "nsubj":
            return False
        if child.dep_ == "prep" and child.lower_ in TIME_PREPS | {"as"}:
            return False  # "following the meeting scheduled for December 16": when, not what
        if head.lemma_.lower() in HOPE_WORDS and child.dep_ in {"ccomp", "acl"}:
            return True
        child = head
    return False


def _owed(trigger: Token, lexicon: Lexicon) -> bool:
    """"Ukraine must continue negotiations", "we have to negotiate with the Taliban": what
    someone must do, or the act a light verb's object names in such a clause."""
    clause = trigger
    if trigger.pos_ in {"NOUN", "PROPN"}:
        role, clause = _governor(trigger)
        if role not in {"dobj", "nsubjpass"} or base_form(clause, lexicon) not in LIGHT_VERBS:
            return False  # "must be held accountable for the crimes": the crimes were done
    if not any(c.dep_ in SUBJECT_DEPS for c in clause.children):
        clause = first_conjunct(clause)  # "must stop and withdraw": "must" is both verbs'
    return _must(clause) or (
        _infinitive_of(clause) and clause.head.lemma_.lower() in OBLIGATION_HEADS
        and clause.head.tag_ in {"VB", "VBP", "VBZ", "MD"})


def _must(clause: Token) -> bool:
    """The clause's verb has "must" or "should", or shares it ("should take responsibility
    and order them to lay down their arms")."""
    shared = _sharing_conjunct(clause)
    return any(c.dep_ == "aux" and c.lower_ in OBLIGATION_AUX
               for verb in (clause, shared) if verb is not None for c in verb.children)


def _owed_by_no_one(event: EventRef) -> bool:
    """"'War crimes must receive a strict legal assessment,' the President said": a duty
    said with no one named to do it asks nothing of an identifiable actor (guide §12), so
    it is no REQUEST (none of the train set's 9 such is one)."""
    clause = clause_head(event.trigger)
    return not event.targets and reporting_verb(clause) is not None and _must(clause)


def _wanted(trigger: Token) -> bool:
    """"protesters' demands for a judge-led investigation", "calls for talks": what a demand
    or a plan is for has not been done."""
    item = first_conjunct(trigger)
    return item.dep_ == "pobj" and item.head.lower_ == "for" \
        and item.head.head.lemma_.lower() in WANT_NOUNS


def _apply_obligation(event: EventRef, index: MentionIndex) -> None:
    """'Russia said Sudan must return the helicopter': Russia asks something of Sudan."""
    clause = clause_head(event.trigger)
    if not _must(clause):
        return
    reporter = reporting_verb(clause)
    if reporter is None:
        return
    speakers = _sources_of_verb(reporter, index)
    if not speakers:
        return
    obliged = [s for s in event.sources if s not in speakers]
    event.coding = Coding("100", "REQUEST", None, event.coding.context)
    event.sources, event.targets = speakers, obliged
    event.modality = "asserted"
    event.rule += "|must->REQUEST"


def _add_contexts(event: EventRef) -> None:
    """Contexts from the table, plus those named by words in the event's own phrase."""
    trigger = event.trigger
    phrase = (
        trigger.subtree
        if trigger.pos_ != "VERB"
        else (t for c in trigger.children if c.dep_ in {"dobj", "prep", "attr"} for t in c.subtree)
    )
    found = list(event.coding.context)
    for token in phrase:
        context = CONTEXT_WORDS.get(token.lemma_.lower())
        if context and context not in found:
            found.append(context)
    event.coding = Coding(event.coding.cameo, event.coding.type, event.coding.mode, tuple(found))


def _apply_plover_rules(event: EventRef, index: MentionIndex) -> None:
    """Future (or conditional) cooperation is AGREE, future retreat CONCEDE, a future or
    conditional act of force a THREATEN (PLOVER: threats are announced conflictual
    actions), and cooperation refused ("will not accept", "failed to reach agreement")
    a REJECT. The condition itself is no announcement: it keeps its type."""
    coding = event.coding
    if coding.type in COOPERATIVE | {"AGREE"} and (event.negated or _failed(event.trigger)):
        event.coding = Coding(coding.cameo, "REJECT", None, coding.context)
        event.rule += "|refused->REJECT"
        return
    if coding.type in {"RETREAT", "CONCEDE"} and _willing(event.trigger):
        event.coding = Coding(coding.cameo, "AGREE", None, coding.context)
        event.rule += "|willing->AGREE"
        return
    if event.modality == "conditional" and (_after_condition_phrase(event.trigger)
                                            or _in_the_condition(clause_head(event.trigger))):
        return  # "If Russia attacks Estonia, NATO will respond": no threat of Russia's
    if event.modality in {"future", "conditional"} and coding.type in CONFLICT_ACTIONS:
        event.coding = Coding(coding.cameo, "THREATEN", None, coding.context)
        event.rule += f"|{event.modality}->THREATEN"
    if event.modality not in {"future", "conditional"}:
        return
    if coding.type in COOPERATIVE:
        _apply_future_cooperation(event, index)
    elif coding.type == "RETREAT" and event.modality == "future":
        event.coding = Coding(coding.cameo, "CONCEDE", None, coding.context)
        event.rule += "|future->CONCEDE"


def _apply_future_cooperation(event: EventRef, index: MentionIndex) -> None:
    """Cooperation to come (or on a condition) is agreed, not done: AGREE."""
    coding = event.coding
    if event.modality not in {"future", "conditional"} or coding.type not in COOPERATIVE:
        return
    if _a_thing_received(event.trigger, index):
        return  # "Ukraine would like to receive assistance from Israel": no offer of Israel's
    event.coding = Coding(coding.cameo, "AGREE", None, coding.context)
    event.rule += f"|{event.modality}->AGREE"


# What one offers by being ready for it (not "ready for this attack": braced for it).
OFFERED_NOUNS = frozenset({"talk", "talks", "negotiation", "dialogue", "meeting", "discussion",
                           "consultation", "contact", "cooperation", "compromise", "agreement",
                           "deal", "summit", "visit", "exchange", "ceasefire", "truce"})


def _ready_for(trigger: Token) -> bool:
    """"The Russian delegation is ready for talks", "ready for any format of negotiations":
    what one is ready or willing for lies ahead, and is offered (a cooperative happening
    becomes AGREE, as "ready to negotiate")."""
    noun = trigger
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" \
            and noun.head.head.lemma_.lower() in KIND_NOUNS:
        noun = noun.head.head
    return trigger.lemma_.lower() in OFFERED_NOUNS \
        and noun.dep_ == "pobj" and noun.head.lower_ == "for" \
        and noun.head.head.pos_ == "ADJ" \
        and noun.head.head.lemma_.lower() in WILLINGNESS_HEADS


def _still_ahead(noun: Token) -> bool:
    """"points must be agreed before the meeting with Putin", "ministers are gathering ahead
    of the summit": what is still to be done, or is under way, before a happening puts the
    happening ahead ("met before the summit" and "higher than before the war" do not)."""
    prep = noun.head
    ahead = (prep.lower_ == "of" and prep.head.lower_ == "ahead") or (
        prep.lower_ == "to" and prep.head.lower_ == "prior")
    if noun.dep_ != "pobj" or not (ahead or prep.lower_ == "before"):
        return False
    verb = prep.head.head if ahead else prep.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    while True:  # up the verbs that share the subject: "need to be prepared and agreed"
        auxes = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
        if auxes & (FUTURE_AUX | HYPOTHETICAL_AUX | OBLIGATION_AUX) or (
                verb.lemma_.lower() in OBLIGATION_HEADS | FUTURE_HEADS
                and any(c.dep_ == "xcomp" for c in verb.children)):
            return True
        if verb.dep_ not in {"xcomp", "conj"} or verb.head.pos_ not in {"VERB", "AUX"}:
            break
        verb = verb.head
    # under way now: "are gathering ahead of the summit", not "gathered" nor "have met"
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in {"am", "is", "are"}
                                      for c in verb.children)


# Nouns of what kind a happening takes: "ready for any format of negotiations".
KIND_NOUNS = frozenset({"format", "form", "kind", "type", "sort", "round"})


def _willing(trigger: Token) -> bool:
    """'Syria says it is willing to withdraw', 'he is prepared to lift the ban': a stated
    willingness, which PLOVER codes AGREE (a bare 'will withdraw' stays CONCEDE)."""
    token = clause_head(trigger)
    for _ in range(3):
        if token.dep_ not in {"xcomp", "acomp"} or token.head == token:
            return False
        token = token.head
        if token.lemma_.lower() in WILLINGNESS_HEADS or token.lower_ in WILLINGNESS_HEADS:
            return True
    return False


def _failed(trigger: Token) -> bool:
    """'failed to reach agreement', 'refused to meet': the clause hangs from a failure."""
    clause = clause_head(trigger)
    return clause.dep_ == "xcomp" and clause.head.lemma_.lower() in {"fail", "refuse", "decline"}
