"""The speaker of an address, named only in its headline.

"Address by President Volodymyr Zelenskyy to the participants of …", "… – address by the
President of Ukraine", "Speech by Vladimir Putin at …": the body is the speech, in the first
person, and never names who gives it ("I spoke today with the Prime Minister of Japan"). The
headline does: its words are parsed apart (they are no part of the article's text, which
every offset indexes), and the body's "I", "me" and "my" outside quotations become the
mentions of that speaker, an entity whose name and actor code come from the headline.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span

from dateline.entities.cluster import Cluster, MentionRef, find_entities, quotation_opened_before
from dateline.lang.transcripts import turn_labels
from dateline.nlp import token_table

# "address by X", "speech by X", "statement of X": the kinds of text one person speaks
# in the first person. Not "interview with X": an interviewer speaks there too.
_SPOKEN = r"(?:address|speech|statement|remarks|appeal|message|article|op-ed)"
_BY = re.compile(_SPOKEN + r"\s+(?:delivered\s+)?(?:by|of)\s+(?P<who>.+)", re.IGNORECASE)
# "President Volodymyr Zelenskyy's address to …": the possessor, after the headline's own
# dash or colon if it has one.
_OWNER = re.compile(r"(?:^|[-–—:]\s)(?P<who>[^-–—:]+?)['’]s\s+" + _SPOKEN + r"\b",
                    re.IGNORECASE)
# "… cannot be imported - President Volodymyr Zelenskyy": a headline that quotes what the
# speaker said, and says who after a dash (the president.gov.ua form of an address).
_ATTRIBUTED = re.compile(r"\s[-–—]\s+(?P<who>[^-–—]+?)\s*$")
_DASHES = re.compile(r"\s[-–—]\s")
# The words a speaker's name or title is made of after such a dash: capitalised words and
# "the", "of" ("the President of Ukraine"); anything else ("following the meeting", "and")
# is not.
_NAME_WORDS = re.compile(r"(?:(?:the|of|[A-Z][\w'’.-]*)\s*)+")
# Where the speaker's words end: the audience, the occasion, the place or another clause.
_AFTER_SPEAKER = re.compile(
    r"\s+(?:to|at|on|in|during|before|for|from|about|with|via)\s|\s*[,:;(–—]|\s-\s|\.$")
# The first-person singular words that stand for the speaker.
SPEAKER_PRONOUNS = frozenset({"i", "me", "my", "myself", "mine"})


def headline_speaker(title: str | None) -> str | None:
    """The words of a headline that name who gives the address it heads, else None; None
    too for a joint address ("address by the President, the Chairman of the Verkhovna Rada
    and the Prime Minister"): no one person is "I" there. A headline that quotes someone
    and names them after a dash names its speaker too: "I" outside quotation marks is
    theirs."""
    if not title:
        return None
    found = _BY.search(title) or _OWNER.search(title)
    if found is None:
        attributed = _ATTRIBUTED.search(title)
        who = attributed.group("who") if attributed is not None else ""
        # a name and a surname, or a title, after the headline's one dash: not "- Moscow",
        # nor a party's name ("A Just Russia – Patriots – For Truth")
        words = who.split()
        return who if _NAME_WORDS.fullmatch(who) and len(words) > 1 \
            and any(w[:1].isupper() for w in words) \
            and len(_DASHES.findall(title)) == 1 else None
    rest = found.group("who")
    end = _AFTER_SPEAKER.search(rest)
    who = rest[: end.start()] if end is not None else rest
    joint = rest[len(who):].lstrip().startswith(",") or " and " in who
    who = who.strip()
    if joint or not who or not any(word[:1].isupper() for word in who.split()):
        return None
    return who


def speaker_mentions(doc: Doc) -> list[MentionRef]:
    """The body's "I", "me", "my" outside quotation marks, none where the text is a
    transcript (each turn has its own speaker)."""
    if turn_labels(doc):
        return []
    lowers = token_table(doc).lowers
    mentions = []
    for i, lower in enumerate(lowers):
        if lower in SPEAKER_PRONOUNS and doc[i].pos_ == "PRON":
            span = doc[i : i + 1]
            if quotation_opened_before(span) is None:
                mentions.append(MentionRef(span, "pronoun", "PERSON"))
    return mentions


def author_cluster(doc: Doc, clusters: list[Cluster], parse: Callable[[str], Doc]
                   ) -> Cluster | None:
    """The entity of the headline's speaker, with the body's first-person mentions, or None
    where the headline names no speaker or the body never says "I". `parse` gives the
    speaker's words a parse (and names) of their own."""
    article = doc._.dateline_article
    who = headline_speaker(getattr(article, "title", None))
    if who is None:
        return None
    taken = {m.span.start for c in clusters for m in c.mentions}
    mentions = [m for m in speaker_mentions(doc) if m.span.start not in taken]
    if not mentions:
        return None
    # a sentence, as the words would stand in a text: alone, the small model reads "President
    # of Ukraine Volodymyr Zelenskyy" as an organisation "Ukraine Volodymyr"
    return Cluster("PERSON", mentions, author=_speaker(parse(f"{who} {_SAID}"), who))


_SAID = "said ."


def _speaker(sentence: Doc, who: str) -> Cluster:
    """The person the speaker's words name ("President of Ukraine Volodymyr Zelenskyy"),
    else the words themselves as a nominal ("the President of Ukraine"), in a Doc of their
    own ("… said."), for the actor stage to code as it codes any entity."""
    people = [c for c in find_entities(sentence) if c.label == "PERSON" and c.names]
    if people:
        return people[0]
    end = len(sentence) - len(_SAID.split())
    start = 1 if end > 1 and sentence[0].lower_ == "the" else 0
    return Cluster("PERSON", [MentionRef(Span(sentence, start, end), "nominal", "PERSON")])
