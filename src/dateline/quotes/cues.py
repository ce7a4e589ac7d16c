"""Cue words: the verbs, particles and nouns that introduce what someone said or thinks.

Hand-written for dateline (not derived from any corpus or dictionary). Grouped by what
the cue takes as its content; a lemma may be in several groups.
"""

from __future__ import annotations

from dateline.lang.words import SPEECH_VERBS

__all__ = [
    "ADDRESSEE_PREPOSITIONS",
    "ADDRESSEE_VERBS",
    "CLAUSE_VERBS",
    "CUE_NOUNS",
    "INFINITIVE_VERBS",
    "OBJECT_VERBS",
    "PHRASAL_CUES",
    "is_cue_verb",
]

# Speech and thought verbs whose content is a clause: "X said (that) Y", "“Y,” X said".
# Kept in `dateline.lang.words` (SPEECH_VERBS), beside the event coder's reporting verbs.
CLAUSE_VERBS: frozenset[str] = SPEECH_VERBS

# Verbs whose content may be a noun phrase: "Ghani called for the formation of …",
# "Shamkhani stressed the need for …", "described the threat as “serious.”"
OBJECT_VERBS: frozenset[str] = frozenset({
    "stress", "emphasize", "emphasise", "underline", "underscore", "urge", "demand",
    "propose", "recommend", "welcome", "hail", "praise", "criticize", "criticise", "condemn",
    "denounce", "reject", "deny", "dismiss", "announce", "describe", "call", "voice",
    "express", "reiterate", "warn", "promise", "pledge", "vow", "predict", "blame", "accuse",
    "endorse", "support", "oppose", "question", "defend", "label", "brand", "back", "attack",
    "blast", "slam", "mock", "cite", "discuss", "mention", "address", "tout", "highlight",
    "decry", "list", "offer", "want", "seek", "prefer", "recall", "acknowledge", "admit",
    "reveal", "signal", "ask",
    # reports and posts of a thing: "authorities reported 20 victims", "tweeted a chart",
    # "the poll showed a slimmer lead", "confirmed the nominee"
    "report", "tweet", "post", "show", "confirm", "applaud", "thank", "congratulate",
    "advocate", "champion", "bemoan", "lament", "challenge", "echo", "refute", "reaffirm",
    # attitudes to a thing: "voters like Sanders", "she fears a recession"
    "like", "dislike", "love", "hate", "admire", "resent", "fear", "favor", "favour",
    "embrace",
})

# Verbs whose content may be an infinitive: "Deal has vowed to block …", "they want to win".
INFINITIVE_VERBS: frozenset[str] = frozenset({
    "want", "seek", "plan", "hope", "expect", "intend", "promise", "pledge", "vow", "threaten",
    "refuse", "decline", "agree", "claim", "offer", "vote", "propose", "urge", "ask", "wish",
    "aim", "prefer", "demand",
})

# Verbs that need their particle to be a cue, with the particle: "call for", "call on".
PHRASAL_CUES: dict[str, frozenset[str]] = {
    "call": frozenset({"for", "on", "upon"}),
    "warn": frozenset({"of", "against", "about"}),
    "speak": frozenset({"of", "about"}),
    "talk": frozenset({"about"}),
    "refer": frozenset({"to"}),
    "point": frozenset({"out", "to"}),
    "vote": frozenset({"for", "against"}),
    "respond": frozenset({"to"}),
    "complain": frozenset({"about", "of"}),
    "ask": frozenset({"for", "about"}),
    "push": frozenset({"for"}),
    "argue": frozenset({"for", "against"}),
    "focus": frozenset({"on"}),
    "look": frozenset({"for"}),
}

# Verbs whose direct or dative object is the person spoken to: "Shamkhani told Mohib".
ADDRESSEE_VERBS: frozenset[str] = frozenset({
    "tell", "inform", "assure", "remind", "brief", "warn", "ask", "urge", "advise", "promise",
    "call",
})
# "said to reporters", "called on the international community", "wrote to the council".
ADDRESSEE_PREPOSITIONS: frozenset[str] = frozenset({"to", "on", "upon"})

# Nouns that carry an attribution: "X's statement that …", "in his remarks", "the report said".
CUE_NOUNS: frozenset[str] = frozenset({
    "statement", "remark", "comment", "word", "claim", "assertion", "announcement",
    "warning", "view", "belief", "argument", "message", "speech", "interview", "tweet",
    "post", "letter", "testimony", "declaration", "promise", "pledge", "vow", "insistence",
    "suggestion", "allegation", "accusation", "charge", "assessment", "opinion", "position",
    "report", "press conference", "address",
})


def is_cue_verb(lemma: str) -> bool:
    """Whether a verb lemma can introduce content of its own (a clause or an object)."""
    return (lemma in CLAUSE_VERBS or lemma in OBJECT_VERBS or lemma in PHRASAL_CUES
            or lemma in INFINITIVE_VERBS)
