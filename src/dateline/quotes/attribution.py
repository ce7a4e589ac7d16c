"""Quote attribution: who said what, to whom, from the parse and the quotation marks.

Pure functions over a parsed spaCy `Doc` and its entity clusters. The passes:

1. quotations from the marks (`marks.find_quoted`); two quotations split by a short
   "he said," frame are one quote;
2. cue candidates from the parse: a cue verb with its content (a complement clause, or a
   noun phrase for verbs like "call for" and "stress"), "according to X", and cue nouns
   ("X's statement that …", "in his remarks, …");
3. each quotation joins the candidate whose content it overlaps: inside a larger clause it
   makes that quote `mixed`, covering the clause it makes it `direct`; a quotation with no
   such candidate looks for a cue right after it ("“…,” X said") or right before it
   ("X said: “…”"); a whole-sentence quotation with no cue continues the previous quote's
   speaker, as newspapers do for "“…,” he said. “…”";
4. the source (the speaker as written) and the addressee are mapped to entity clusters.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Doc, Span, Token

from dateline.entities import Cluster
from dateline.lang.clauses import relative_antecedent, to_infinitive
from dateline.lang.mentions import MentionIndex
from dateline.lang.transcripts import turn_labels
from dateline.lang.words import QUOTE_MARKS, TIME_LABELS
from dateline.nlp import doc_text, token_table
from dateline.quotes.cues import (
    ADDRESSEE_PREPOSITIONS,
    ADDRESSEE_VERBS,
    CLAUSE_VERBS,
    CUE_NOUNS,
    INFINITIVE_VERBS,
    OBJECT_VERBS,
    PHRASAL_CUES,
    is_cue_verb,
)
from dateline.quotes.marks import Quoted, find_quoted

__all__ = ["QuoteKind", "QuoteRef", "find_quotes", "quotation_parts", "quotation_spans"]

QuoteKind = Literal["direct", "indirect", "mixed"]

SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
# Dependents that belong to a source's name: "Ali Shamkhani", "Secretary of State Kerry".
_NAME_PARTS = frozenset({"compound", "flat", "nummod", "amod"})
# How far a cue may sit from a quotation it introduces ("“…,” the top official underlined").
_FRAME_TOKENS = 12
# Subjects that are times, not speakers ("said Saturday" misparsed, "2:40 p.m. Trump says").
_NOT_SPEAKER_ENTS = TIME_LABELS
# Pronouns that cannot name a speaker outside a quotation's own words (a relative "that"
# stands for a thing far more often than for a person: "an ad that says …").
_NON_SPEAKERS = frozenset({"it", "this", "that", "there", "what", "which"})


@dataclass(eq=False)
class QuoteRef:
    """One attribution on the Doc; `speaker`/`addressee` are entity clusters (or None)."""

    kind: QuoteKind
    content: Span
    cue: Span | None = None
    source: Span | None = None
    speaker: Cluster | None = None
    addressee: Cluster | None = None
    addressee_phrase: Span | None = None  # the addressee as written ("Hamdullah Mohib")


@dataclass(eq=False)
class _Candidate:
    cue: Span
    content: Span
    source: Span | None
    addressee: Span | None
    verb: Token | None


# ---------------------------------------------------------------------------- spans


# The small English model's lemmatizer drops an "e" it should keep ("hopes" -> "hop").
_LEMMA_FIXES = {("hop", "hope"): "hope"}


def lemma_of(token: Token) -> str:
    """The token's lowercased lemma, with the model's known slips mended."""
    return mended_lemma(token.lemma_, token.lower_)


def mended_lemma(lemma: str, lower: str) -> str:
    """`lemma_of` a token from its `lemma_` and `lower_`."""
    lemma = lemma.lower()
    for (wrong, stem), right in _LEMMA_FIXES.items():
        if lemma == wrong and lower.startswith(stem):
            return right
    return lemma


def quotation_spans(doc: Doc) -> list[Span]:
    """Token spans of the document's quotations, split quotes joined ("“A,” he said, “B”")."""
    return [doc[parts[0].start : parts[-1].end] for parts in quotation_parts(doc)]


def quotation_parts(doc: Doc) -> list[list[Span]]:
    """Each quotation as its marked parts: one, or several split by "he said," frames."""
    spans = [s for q in find_quoted(doc_text(doc)) if (s := _token_span(doc, q)) is not None]
    merged: list[list[Span]] = []
    for span in spans:
        if merged and _split_frame(merged[-1][-1], span):
            merged[-1].append(span)
        else:
            merged.append([span])
    return merged


def _token_span(doc: Doc, quoted: Quoted) -> Span | None:
    span = doc.char_span(quoted.start, quoted.end, alignment_mode="expand")
    return span if span is not None and len(span) > 0 else None


def _split_frame(first: Span, second: Span) -> bool:
    """'“A,” he said, “B”': a short frame with a cue verb, the first part ending in a comma."""
    doc = first.doc
    gap = doc[first.end : second.start]
    if not 2 <= len(gap) <= _FRAME_TOKENS or "\n" in gap.text:
        return False
    inner = first.text.rstrip("\"'“”‘’»«›‹ ")
    if not (inner.endswith(",") or gap[0].text == ","):
        return False
    if gap[-1].text != "," or any(t.text in {".", "!", "?", ";"} for t in gap):
        return False
    return any(t.pos_ in {"VERB", "AUX"} and is_cue_verb(lemma_of(t)) for t in gap)


def _trim(doc: Doc, start: int, end: int) -> Span | None:
    """Drop punctuation (but not quotation marks) and spaces at both edges."""
    while start < end and _loose(doc[start]):
        start += 1
    while end > start and _loose(doc[end - 1]):
        end -= 1
    return doc[start:end] if start < end else None


def _loose(token: Token) -> bool:
    return token.is_space or (token.is_punct and token.text not in QUOTE_MARKS)


def _subtree(token: Token) -> Span | None:
    return _trim(token.doc, token.left_edge.i, token.right_edge.i + 1)


def noun_phrase(token: Token) -> Span:
    """The phrase a subject or object token heads, without relative clauses or appositions."""
    doc = token.doc
    start = token.left_edge.i
    for i in range(token.i - 1, start - 1, -1):
        if doc[i].text in QUOTE_MARKS or "\n" in doc[i].text:
            start = i + 1  # a subhead or quotation run into the phrase by the parser
            break
    while start < token.i and (doc[start].is_punct or doc[start].is_space):
        start += 1
    end = token.i + 1
    for child in token.rights:
        if child.dep_ in _NAME_PARTS and child.i == end:
            end = child.right_edge.i + 1
    if token.dep_ == "poss" or token.tag_ == "PRP$":
        return doc[token.i : token.i + 1]
    return doc[start:end]


# ---------------------------------------------------------------------------- candidates


def cue_candidates(doc: Doc) -> list[_Candidate]:
    """Every cue of the document with its content, source and addressee, by cue position."""
    found: list[_Candidate] = []
    table = token_table(doc)  # a Token only for the few tokens that may be cues
    lemmas, lowers = table.lemmas, table.lowers
    for i, pos in enumerate(table.pos):
        # the lemma only for verbs and nouns: most tokens are neither
        if pos in {"VERB", "AUX"} and is_cue_verb(lemma := mended_lemma(lemmas[i], lowers[i])):
            candidate = _verb_candidate(doc[i], lemma)
        elif lowers[i] == "according":
            candidate = _according_to(doc[i])
        elif pos == "NOUN" and mended_lemma(lemmas[i], lowers[i]) in CUE_NOUNS:
            candidate = _noun_candidate(doc[i])
        else:
            candidate = None
        if candidate is not None:
            found.append(candidate)
    found.extend(_label_candidates(doc))
    found.sort(key=lambda c: c.cue.start)
    return found


# Line-opening labels that name no speaker ("Update: …", "Editor's note: …").
_NOT_LABELS = frozenset({
    "update", "updated", "note", "editor", "editors", "correction", "clarification", "photo",
    "video", "watch", "read", "related", "see", "source", "sources", "credit", "caption",
    "image", "advertisement", "q", "a", "question", "answer", "breaking", "exclusive",
    "live", "opinion", "analysis", "poll", "transcript", "background", "summary", "more",
    "also", "tags", "topics", "share", "follow", "subscribe", "contact", "email", "by",
    "date", "time", "location", "where", "when", "what", "why", "how", "who", "news",
    "name", "age", "city", "job", "pay", "latest", "remember", "headline", "headlines",
})
_LABEL_TOKENS = 6
_LABEL_DASHES = frozenset({"—", "―", "–", "--"})


def _label_candidates(doc: Doc) -> Iterator[_Candidate]:
    """'TAPPER: Well, …' and 'Marco Rubio: ‘I'm not interested’': a line opened by a
    speaker's name and a colon (transcripts, headlines) has that speaker say the rest; so
    does a name and a dash before a quotation ('Ana Ruiz — “…”', readers' voices), up to the
    line's end or the next speaker's label. A transcript quoted paragraph by paragraph
    ('"HOST: …') keeps its label after the mark."""
    texts = token_table(doc).texts
    # turns that open a sentence: a transcript run together on one line ends a label's
    # quote where the next speaker's label begins
    opening = [label for label in turn_labels(doc) if doc[label.start].is_sent_start]
    turns = [label.start for label in opening]
    # a turn whose label ends in a person's name may carry a long title ("Member of the
    # Presidency of Bosnia and Herzegovina Milorad Dodik:")
    titled = {(label.start, label.colon): doc[label.start:label.end] for label in opening
              if doc[label.end - 1].ent_type_ == "PERSON"}
    line_start = 0
    for i, text in enumerate(texts):
        if i > 0 and ("\n" in texts[i - 1] or (
                texts[i - 1] in {".", "!", "?"} and doc[i].is_sent_start)):
            line_start = i
        if i == line_start and text in QUOTE_MARKS and i + 1 < len(texts) and "\n" not in text:
            line_start = i + 1  # '"SMITH: …': the paragraph's opening mark
        if text in _LABEL_DASHES:
            if i + 1 >= len(texts) or texts[i + 1] not in QUOTE_MARKS:
                continue
        elif text not in {":", "):"}:  # "Dodik (retranslated):" keeps its colon glued
            continue
        named_turn = (line_start, i) in titled  # its words bounded by `turn_labels`
        if not named_turn and not 0 < i - line_start <= _LABEL_TOKENS:
            continue
        label = titled.get((line_start, i)) or doc[line_start:i]  # a remark left out
        if text in _LABEL_DASHES and all(t.ent_type_ in {"GPE", "LOC"} or t.is_punct
                                         for t in label):
            continue  # a dateline: 'LONDON — “…,” the minister said'
        end = i + 1
        next_turn = next((t for t in turns if t > i), len(texts))
        while end < next_turn and "\n" not in texts[end]:
            end += 1
        content = _trim(doc, i + 1, end)
        if content is not None and content.end < end and texts[content.end] in {".", "?", "!"}:
            content = doc[content.start : content.end + 1]  # the line's own full stop
        if (content is not None and sum(not t.is_punct for t in content) >= 2
                and (named_turn or _is_speaker_label(label, content))):
            yield _Candidate(cue=doc[i : i + 1], content=content, source=label,
                             addressee=None, verb=None)


def _is_speaker_label(label: Span, content: Span) -> bool:
    """A name: capitalized words (titles and initials allowed), no verb, no article, not a
    rubric ("The Latest: …", "Update: …"); a common noun ("Trump" as the tagger may read it)
    only before a quotation."""
    words = [t for t in label if not t.is_punct]
    if not words or any(t.is_space or t.text in QUOTE_MARKS or t.text == ":" for t in label):
        return False
    # A transcript's speaker in capitals ("TAPPER:") is often mis-tagged: its tags are moot.
    shouted = all(t.text.isupper() and len(t.text) > 1 for t in words if t.is_alpha)
    if not shouted and any(t.pos_ in {"VERB", "AUX", "DET", "PRON"}
                           or (t.pos_ == "ADP" and t.lower_ != "of") for t in words):
        return False
    if not all(t.text[:1].isupper() or t.lower_ == "of" for t in words):
        return False
    if any(t.lower_ in _NOT_LABELS for t in words):
        return False
    named = any(t.pos_ == "PROPN" or t.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}
                for t in words)
    return named or shouted or content[0].text in QUOTE_MARKS


def _verb_candidate(verb: Token, lemma: str) -> _Candidate | None:
    doc = verb.doc
    cue_end = verb.i + 1
    content: Span | None = None
    addressee: Span | None = None
    particles = PHRASAL_CUES.get(lemma, frozenset())
    for child in verb.children:
        if child.dep_ in {"prep", "prt"} and child.lower_ in particles and child.i > verb.i:
            cue_end = max(cue_end, child.i + 1)
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if child.lower_ in ADDRESSEE_PREPOSITIONS and objects:
                # "called on the community to act": the community is spoken to.
                addressee = noun_phrase(objects[0])
                content = _trim(doc, objects[0].i + 1, verb.right_edge.i + 1)
            elif objects:
                content = _subtree(objects[0])
    if content is None and lemma in CLAUSE_VERBS:
        clauses = [s for c in verb.children if c.dep_ == "ccomp"
                   and (s := _clip_to_paragraph(doc[c.left_edge.i : c.right_edge.i + 1],
                                                verb.i)) is not None
                   and not s.start <= verb.i < s.end]
        if clauses:  # "“A,” he said, “B”" has two: one content
            content = doc[min(s.start for s in clauses) : max(s.end for s in clauses)]
    if (content is None and lemma in CLAUSE_VERBS and verb.dep_ == "parataxis"
            and verb.head.left_edge.i < verb.left_edge.i
            and not any(c.dep_ in {"dobj", "ccomp", "xcomp"} for c in verb.children)):
        # "He had no known ties, the airline added, and had passed all checks": a frame
        # set off inside the clause it reports (a quotation's frame is found from its marks).
        head = verb.head
        clause = _trim(doc, head.left_edge.i, head.right_edge.i + 1)
        if clause is not None and not any(t.text in QUOTE_MARKS for t in clause):
            content = clause
    if content is None and lemma in INFINITIVE_VERBS:
        infinitives = [c for c in verb.children
                       if c.dep_ == "xcomp" and c.i > verb.i and to_infinitive(c)]
        if infinitives:
            content = _subtree(infinitives[0])
    if content is None and lemma in OBJECT_VERBS:
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
        if objects:
            content = _trim(doc, objects[0].left_edge.i, max(objects[0].right_edge.i,
                                                             _complement_end(verb)) + 1)
    if content is not None:
        content = _clip_to_paragraph(content, verb.i)
    if content is None:
        return None
    if lemma in ADDRESSEE_VERBS and addressee is None:
        for child in verb.children:
            if child.dep_ in {"dobj", "dative"} and not _inside(child, content):
                addressee = noun_phrase(child)
                break
    if addressee is None:
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ == "to" and not _inside(child, content):
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects:
                    addressee = noun_phrase(objects[0])
                    break
    return _Candidate(cue=doc[verb.i : cue_end], content=content, source=_subject_of(verb),
                      addressee=addressee, verb=verb)


def _clip_to_paragraph(span: Span, anchor: int) -> Span | None:
    """The part of `span` in the paragraph of token `anchor` (parses run over subheads)."""
    doc = span.doc
    start, end = span.start, span.end
    for i in range(min(anchor, end) - 1, start - 1, -1):
        if "\n" in doc[i].text:
            start = i + 1
            break
    for i in range(max(anchor, start), end):
        if "\n" in doc[i].text:
            end = i
            break
    return _trim(doc, start, end)


def _complement_end(verb: Token) -> int:
    """'described the threat … as “serious.”', 'called the article a “terrific piece”': the
    end of the verb's 'as' phrase or object predicate, if any."""
    ends = [c.right_edge.i for c in verb.children
            if c.i > verb.i and (c.dep_ in {"oprd", "ccomp"}
                                 or (c.dep_ == "prep" and c.lower_ == "as"))]
    return max(ends, default=verb.i)


def _inside(token: Token, span: Span) -> bool:
    return span.start <= token.i < span.end


def _subject_of(verb: Token) -> Span | None:
    """The verb's subject, or the subject it shares ("…, adding that", "and warned", "is
    likely to say", "ended by saying"), or the noun a participle describes ("a group
    backing Bush", "protesters shouting “…”")."""
    current = verb
    for _ in range(4):
        for child in current.children:
            if (child.dep_ in SUBJECTS and child.lower_ not in _NON_SPEAKERS
                    and (child.ent_type_ not in _NOT_SPEAKER_ENTS or _is_age(child))):
                return _speaker_phrase(child)
            if child.dep_ == "agent":
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects:
                    return _speaker_phrase(objects[0])
        head = current.head
        if (current.dep_ == "acl" and current.tag_ in {"VBG", "VBN"} and head.i < current.i
                and head.pos_ in {"NOUN", "PROPN"}):
            # "the group backing Bush": a present participle's doer is the noun it follows
            # (a past participle's only with "by": "the plan proposed by the senator").
            return _speaker_phrase(head) if current.tag_ == "VBG" else None
        if current.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ in {"VERB",
                                                                                   "AUX"}:
            current = head.head  # "he ended by saying …"
            continue
        if current.dep_ not in {"advcl", "xcomp", "conj", "pcomp", "acomp"} or head == current:
            return _stranded_subject(verb) if current is verb else None
        current = head
    return None


def _is_age(token: Token) -> bool:
    """'the 46-year-old said': an age the tagger reads as a date names a person."""
    return token.lower_ in {"old", "olds"} and token.i > 0 and token.nbor(-1).text == "-"


def _stranded_subject(verb: Token) -> Span | None:
    """'In an interview with the hosts, the senator stated …': a subjectless main verb right
    after a noun phrase the parser hung as an apposition on the opening phrase."""
    if verb.dep_ not in {"ROOT", "ccomp"} or any(c.dep_ in SUBJECTS | {"expl"}
                                                  for c in verb.children):
        return None
    doc = verb.doc
    j = verb.i - 1
    while j >= 0 and (doc[j].text == "," or (doc[j].pos_ == "ADV" and doc[j].head == verb)):
        j -= 1  # "President Obama, dedicating the museum on Saturday, said"
    if j < 0 or doc[j].is_punct or doc[j].is_space:
        return None
    node = doc[j]
    while node.head != node and node.head.i < verb.i and node.dep_ != "appos":
        node = node.head
    if (node.dep_ == "appos" and node.head.i < node.i and node.right_edge.i == j
            and node.pos_ in {"NOUN", "PROPN"} and verb.sent.start <= node.left_edge.i):
        return _speaker_phrase(node)
    return None


def _speaker_phrase(token: Token) -> Span:
    """The source as PolNeAR-style guidelines mark it: the noun phrase with its apposition
    ("Vice President Dave Gorab", "Ali Zarif, Iran's foreign minister,")."""
    phrase = noun_phrase(token)
    if token.dep_ == "poss" or token.tag_ == "PRP$":
        return phrase
    end = phrase.end
    for child in token.rights:
        if child.dep_ == "appos" and child.i >= end and all(
                t.is_punct and t.text == "," for t in token.doc[end : child.left_edge.i]):
            end = child.right_edge.i + 1
    return _trim(token.doc, phrase.start, end) or phrase


def _antecedent(source: Span) -> Span:
    """The phrase a relative pronoun stands for: "Zarif, who …, said" resolves to Zarif."""
    noun = relative_antecedent(source.root)
    return noun_phrase(noun) if len(source) == 1 and noun is not source.root else source


def _according_to(token: Token) -> _Candidate | None:
    doc = token.doc
    to = next((c for c in token.children if c.lower_ == "to"), None)
    if to is None:
        nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
        to = nxt if nxt is not None and nxt.lower_ == "to" else None
    if to is None:
        return None
    objects = [c for c in to.children if c.dep_ == "pobj"]
    source = noun_phrase(objects[0]) if objects else None
    phrase_start = token.i
    phrase_end = max(token.right_edge.i, to.right_edge.i) + 1
    sentence = token.sent
    before = _trim(doc, sentence.start, phrase_start)
    after = _trim(doc, phrase_end, sentence.end)
    sides = [s for s in (before, after) if s is not None]
    if not sides:
        return None
    content = max(sides, key=len)
    return _Candidate(cue=doc[token.i : to.i + 1], content=content, source=source,
                      addressee=None, verb=None)


def _noun_candidate(noun: Token) -> _Candidate | None:
    """'Zarif's statement that …'; 'In his remarks, X …' when the clause has no cue verb."""
    doc = noun.doc
    owners = [c for c in noun.children if c.dep_ == "poss"]
    source = noun_phrase(owners[0]) if owners else None
    for child in noun.children:
        if child.dep_ in {"acl", "ccomp"} and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in child.children
        ):
            content = _subtree(child)
            if content is not None:
                return _Candidate(cue=doc[noun.i : noun.i + 1], content=content,
                                  source=source, addressee=None, verb=None)
    head = noun.head
    if (source is not None and noun.dep_ == "pobj" and head.lower_ == "in"
            and head.head.dep_ == "ROOT" and head.head.i > noun.i
            and not is_cue_verb(lemma_of(head.head))):
        clause = _trim(doc, noun.right_edge.i + 1, head.head.right_edge.i + 1)
        if clause is not None:
            return _Candidate(cue=doc[head.i : noun.i + 1], content=clause, source=source,
                              addressee=None, verb=None)
    return None


# ---------------------------------------------------------------------------- quotes


def find_quotes(doc: Doc, clusters: list[Cluster], *, parts: list[list[Span]] | None = None,
                found: list[_Candidate] | None = None) -> list[QuoteRef]:
    """Every quote of the document, direct, indirect or mixed, in text order (`parts` and
    `found`: the document's `quotation_parts` and `cue_candidates`, when already made)."""
    parts = quotation_parts(doc) if parts is None else parts
    quotations = [doc[p[0].start : p[-1].end] for p in parts]
    inside_quote = _token_mask(doc, [part for p in parts for part in p])
    # A cue inside a quotation is the quoted speaker's own reported speech: not attributed,
    # unless it is a transcript's label at the opening of a quoted paragraph ('"SMITH: …').
    found = cue_candidates(doc) if found is None else found
    candidates = [c for c in found if not inside_quote[c.cue.start]
                  or _opens_quoted_paragraph(c)]
    starts = [q.start for q in quotations]
    consumed: set[int] = set()
    used_cues: set[int] = set()
    quotes: list[QuoteRef] = []
    for candidate in candidates:
        hits = [i for i in _overlapping(quotations, starts, candidate.content)
                if i not in consumed]
        if inside_quote[candidate.cue.start]:
            # A quoted transcript: each label says its own paragraph (no closing mark: kind
            # as for a transcript's unquoted lines).
            consumed.update(_overlapping(quotations, starts, candidate.content))
            quotes.append(_resolve("indirect", candidate.content, candidate))
            continue
        if not hits:
            quotes.append(_resolve("indirect", candidate.content, candidate))
            continue
        spans = [quotations[i] for i in hits]
        consumed.update(hits)
        used_cues.add(candidate.cue.start)
        if _only_punct_outside(candidate.content, spans):
            quotes.append(_resolve("direct", _join(spans, None), candidate))
        else:
            quotes.append(_resolve("mixed", _join(spans, candidate.content), candidate))
    for i, quotation in enumerate(quotations):
        if i in consumed:
            continue
        first = parts[i][0]
        frame = (_signature_after(quotation) or _frame_after(first, used_cues)
                 or _frame_before(first, used_cues))
        above = None if frame is not None else _frame_above(quotation, used_cues)
        if frame is not None:
            used_cues.add(frame.cue.start)
            quotes.append(_resolve("direct", quotation, frame))
        elif above is not None:
            used_cues.add(above.cue.start)
            kind: QuoteKind = "mixed" if len(above.content) > len(quotation) else "direct"
            quotes.append(_resolve(kind, above.content, above))
        elif _is_sentence_like(quotation):
            quotes.append(_resolve("direct", quotation, None))
    quotes.sort(key=lambda q: (q.content.start, q.content.end))
    return _attach_clusters(_join_continuations(quotes), clusters)


def _opens_quoted_paragraph(candidate: _Candidate) -> bool:
    """A speaker label right after the quotation mark that opens its paragraph."""
    source = candidate.source
    if candidate.verb is not None or source is None or source.start < 1:
        return False
    doc = source.doc
    mark = doc[source.start - 1]
    return mark.text in QUOTE_MARKS and (mark.i == 0 or "\n" in doc[mark.i - 1].text)


def _token_mask(doc: Doc, spans: Iterable[Span]) -> list[bool]:
    mask = [False] * (len(doc) + 1)
    for span in spans:
        for i in range(span.start + 1, span.end - 1):  # the marks themselves are outside
            mask[i] = True
    return mask


def _overlapping(quotations: list[Span], starts: list[int], content: Span) -> list[int]:
    hits = []
    i = max(0, bisect_left(starts, content.start) - 1)
    while i < len(quotations) and quotations[i].start < content.end:
        if quotations[i].end > content.start:
            hits.append(i)
        i += 1
    return hits


def _only_punct_outside(content: Span, quotations: list[Span]) -> bool:
    inside = {i for q in quotations for i in range(q.start, q.end)}
    return all(t.i in inside or t.is_punct or t.is_space for t in content)


def _join(spans: list[Span], content: Span | None) -> Span:
    doc = spans[0].doc
    start = min(s.start for s in spans)
    end = max(s.end for s in spans)
    if content is not None:
        start, end = min(start, content.start), max(end, content.end)
    return doc[start:end]


def _frame_after(quotation: Span, used: set[int]) -> _Candidate | None:
    """'“…,” Shamkhani told Mohib': a cue verb whose subject alone stands before it."""
    doc = quotation.doc
    if quotation.text.rstrip("\"'“”‘’»«›‹ ").endswith("."):
        return None  # a full stop inside the marks ends the sentence: "“….” The next"
    for j in range(quotation.end, min(len(doc), quotation.end + _FRAME_TOKENS)):
        token = doc[j]
        if "\n" in token.text or token.text in QUOTE_MARKS or token.text in {".", "!", "?"}:
            return None
        if token.pos_ not in {"VERB", "AUX"} or j in used:
            continue
        lemma = lemma_of(token)
        if lemma not in CLAUSE_VERBS:
            return None
        subject = _subject_of(token)
        between = doc[quotation.end : j]
        if all(t.is_punct or t.pos_ in {"ADV", "AUX"} or (subject is not None and (
                subject.start <= t.i < subject.end or t.head.i in range(subject.start,
                                                                        subject.end)))
               for t in between):
            if subject is None and j + 1 < len(doc):
                after = doc[j + 1]
                if after.dep_ in SUBJECTS or after.pos_ in {"PROPN", "PRON", "DET"}:
                    subject = noun_phrase(after.head if after.dep_ == "det" else after)
            return _Candidate(cue=doc[j : j + 1], content=quotation, source=subject,
                              addressee=_addressee(token, lemma), verb=token)
        return None
    return None


_SIGNATURE_DASHES = "—―–-"
_SIGNATURE_ENDS = frozenset({",", "(", ".", ";"})


def _signature_after(quotation: Span) -> _Candidate | None:
    """'“…” ― Dana Whitfield', '"…"\\n\\n- Bernie Sanders.': a dash after the closing mark
    (on its line or the next) and a name that ends there or at a comma or bracket (readers'
    voices, epigraphs, pull quotes, fact-checks): the name says the quotation."""
    doc = quotation.doc
    j = quotation.end
    if quotation[-1].text[-1] in _SIGNATURE_DASHES:
        j -= 1  # the tokenizer glues some dashes to the closing mark: '”―'
        quotation = doc[quotation.start : j] if j > quotation.start else quotation
    if not _is_sentence_like(quotation):
        return None
    while j < len(doc) and doc[j].is_space and doc[j].text.count("\n") <= 2:
        j += 1
    dash = doc[j].text.lstrip("\"'“”‘’»«›‹") if j < len(doc) else ""
    if not dash or dash.strip(_SIGNATURE_DASHES):  # a dash alone, one or two long
        return None
    start = j + 1
    end = start
    while (end < len(doc) and end - start < _LABEL_TOKENS and "\n" not in doc[end].text
           and doc[end].text not in _SIGNATURE_ENDS):
        end += 1
    if end == start or (end < len(doc) and "\n" not in doc[end].text
                        and doc[end].text not in _SIGNATURE_ENDS):
        return None  # no name, or one that runs on into a sentence
    name = doc[start:end]
    if not _is_speaker_label(name, quotation) or not any(
            t.pos_ == "PROPN" or t.ent_type_ in {"PERSON", "ORG", "NORP"} for t in name):
        return None
    return _Candidate(cue=doc[j : j + 1], content=quotation, source=name,
                      addressee=None, verb=None)


def _frame_before(quotation: Span, used: set[int]) -> _Candidate | None:
    """'Shamkhani said, “…”', 'he told reporters: “…”', 'in a statement: “…”'."""
    doc = quotation.doc
    j = quotation.start - 1
    skipped = ""
    while j >= 0 and _loose(doc[j]):
        skipped = doc[j].text + skipped
        j -= 1
    if "\n" in skipped and not skipped.startswith(":"):
        return None  # only a colon carries a cue over a paragraph break ("Cruz continued:")
    if j >= 0 and doc[j].lower_ == "that":
        j -= 1
    if j < 0 or "\n" in doc[j].text:
        return None
    token = doc[j]
    # A colon makes any verb a speech act: "Trump boomed: “…”", "she went further: “…”".
    colon = skipped.lstrip().startswith(":")
    for _ in range(4):
        if token.i >= quotation.start:
            return None
        lemma = lemma_of(token)
        if (token.pos_ in {"VERB", "AUX"} and token.i not in used and (
                lemma in CLAUSE_VERBS or (colon and token.pos_ == "VERB"
                                          and _subject_of(token) is not None))):
            return _Candidate(cue=doc[token.i : token.i + 1], content=quotation,
                              source=_subject_of(token), addressee=_addressee(token, lemma),
                              verb=token)
        if token.pos_ == "NOUN" and lemma in CUE_NOUNS:
            owners = [c for c in token.children if c.dep_ == "poss"]
            if owners:
                return _Candidate(cue=doc[token.i : token.i + 1], content=quotation,
                                  source=noun_phrase(owners[0]), addressee=None, verb=None)
        if token.head == token or token.sent.start != token.head.sent.start:
            return None
        token = token.head
    return None


def _frame_above(quotation: Span, used: set[int]) -> _Candidate | None:
    """A quotation inside a cue verb's phrase: 'described winning the nod "as a series …"'."""
    doc = quotation.doc
    child = quotation.root
    for _ in range(6):
        verb = child.head
        if verb == child or verb.sent.start != quotation.sent.start:
            return None
        if (verb.pos_ in {"VERB", "AUX"} and is_cue_verb(lemma_of(verb))
                and verb.i not in used and child.dep_ not in SUBJECTS and not (
                    quotation.start <= verb.i < quotation.end)):
            branch = _subtree(child) or quotation
            start, end = min(branch.start, quotation.start), max(branch.end, quotation.end)
            return _Candidate(cue=doc[verb.i : verb.i + 1], content=doc[start:end],
                              source=_subject_of(verb),
                              addressee=_addressee(verb, lemma_of(verb)), verb=verb)
        child = verb
    return None


def _addressee(verb: Token, lemma: str) -> Span | None:
    if lemma not in ADDRESSEE_VERBS:
        return None
    for child in verb.children:
        if child.dep_ in {"dobj", "dative"}:
            return noun_phrase(child)
    return None


def _is_sentence_like(quotation: Span) -> bool:
    """A quotation that reads as speech, not a title or scare quote: several words, and
    closing punctuation inside the marks, not in headline case ("'Steel Is Not the Enemy.'",
    "“The Late Show with Stephen Colbert.”": titles of shows, books, articles; slogans)."""
    words = [t for t in quotation if not t.is_punct and not t.is_space]
    inner = quotation.text.rstrip("\"'“”‘’»«›‹ ")
    return len(words) >= 4 and inner[-1:] in {".", "!", "?", ","} and not _headline_case(words)


# Short words a headline leaves in lower case.
_HEADLINE_SMALL = frozenset({
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "nor", "with",
    "by", "from", "as", "vs", "via"})


def _headline_case(words: list[Token]) -> bool:
    """Every word capitalised but the short ones, and at least two capitalised after the
    first."""
    alpha = [t for t in words if t.is_alpha]  # not clitics ("n't")
    return (all(t.text[0].isupper() or t.lower_ in _HEADLINE_SMALL for t in alpha)
            and sum(t.text[0].isupper() for t in alpha[1:]) >= 2)


def _resolve(kind: QuoteKind, content: Span, candidate: _Candidate | None) -> QuoteRef:
    if candidate is None:
        return QuoteRef(kind, content)
    return QuoteRef(kind, content, candidate.cue, candidate.source,
                    addressee_phrase=candidate.addressee)


# ---------------------------------------------------------------------------- speakers


def _join_continuations(quotes: list[QuoteRef]) -> list[QuoteRef]:
    """A cue-less quotation next to an attributed one continues it: "“A,” he said. “B.”" and
    "“A.” “B,” he said." are one quote each, as multi-paragraph quotes are."""
    joined: list[QuoteRef] = []
    for quote in quotes:
        previous = joined[-1] if joined else None
        if (quote.cue is None and previous is not None and previous.cue is not None
                and previous.kind != "indirect" and _adjacent(previous, quote)):
            doc = quote.content.doc
            previous.content = doc[previous.content.start : quote.content.end]
            continue
        if (quote.cue is not None and quote.kind == "direct" and previous is not None
                and previous.cue is None and previous.kind == "direct"
                and _adjacent(previous, quote)):
            doc = quote.content.doc
            quote.content = doc[previous.content.start : quote.content.end]
            joined[-1] = quote
            continue
        joined.append(quote)
    return joined


def _adjacent(first: QuoteRef, second: QuoteRef) -> bool:
    """No sentence between them and at most one paragraph break."""
    doc = first.content.doc
    end = first.content.end
    if first.cue is not None and first.cue.start >= first.content.end:
        end = max(end, first.source.end if first.source is not None else end, first.cue.end)
    gap = doc[min(end, second.content.start) : second.content.start]
    if gap.text.count("\n") > 1 or any(t.is_sent_start for t in gap[1:]):
        return False
    return all(t.is_punct or t.is_space or t.pos_ in {"ADV", "ADP", "DET", "NOUN", "PROPN"}
               or t.dep_ in {"prep", "pobj", "det", "amod", "compound"}
               for t in gap)


def _attach_clusters(quotes: list[QuoteRef], clusters: list[Cluster]) -> list[QuoteRef]:
    # a word inside nested mentions stands for the entity the article names first
    index = MentionIndex(clusters, nested="first")
    for quote in quotes:
        if quote.source is not None:
            quote.speaker = index.resolve(_antecedent(quote.source))
        if quote.addressee_phrase is not None:
            quote.addressee = index.resolve(quote.addressee_phrase)
    return quotes
