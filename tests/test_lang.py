"""The shared language layer: the name-key variants fold one name four ways on purpose,
`MentionIndex` makes the nested-mention choice explicit, the clause helpers agree, and each
stage's cut of a shared word list is the cut it names. No model: Docs built by hand."""

from __future__ import annotations

import pytest

from dateline.entities.cluster import Cluster, MentionRef, RoleRef
from dateline.lang.clauses import (
    clause_head,
    governing_verb,
    subject_read_as_apposition,
    works_title,
)
from dateline.lang.mentions import MentionIndex
from dateline.lang.names import name_key, participant_key, place_key, span_key, token_keys
from dateline.lang.transcripts import turn_labels
from dateline.lang.words import (
    EVENT_FUTURE_AUX,
    EVENT_FUTURE_HEADS,
    EVENT_PLAIN_SAYING_VERBS,
    EVENT_REPORTING_VERBS,
    FORWARD_HEADS,
    FUTURE_AUX,
    OFFICE_SECTORS,
    SECTOR_WORDS,
    SPEECH_VERBS,
    TITLE_WORDS,
)
from tests.conftest import DocFactory


@pytest.mark.parametrize(("text", "actor", "place", "store"), [
    ("Iran's", "iran", "iran's", "iran s"),
    ("the U.S.", "the us", "us", "u s"),
    ("U.S.-led", "us led", "us-led", "u s led"),
    ("al-Qaeda", "al qaeda", "al-qaeda", "al qaeda"),
    ("Québec", "québec", "quebec", "quebec"),
    ("The Taliban", "the taliban", "taliban", "taliban"),
    ("New  York", "new york", "new york", "new york"),
])
def test_name_key_variants(text: str, actor: str, place: str, store: str) -> None:
    assert name_key(text) == actor  # actor dictionaries
    assert place_key(text) == place  # the gazetteer's index
    assert participant_key(text) == store  # the event store's participants


def test_long_names_fold_like_short_ones() -> None:
    """Keys of names over the cache's length (100 characters) are computed alike."""
    text = "The " + "Very " * 30 + "Long-Named Québec Council's"
    assert name_key(text) == "the " + "very " * 30 + "long named québec council"
    assert place_key(text) == "very " * 30 + "long-named quebec council's"


def test_token_keys_drop_dots_and_signs(make_doc: DocFactory) -> None:
    doc = make_doc("the U.S. Navy's Al-Quds unit")
    assert token_keys(doc[1:2]) == token_keys(make_doc("US")[:])  # "U.S." meets "US"
    assert token_keys(doc[:]) == ["the", "us", "navy", "s", "al", "quds", "unit"]  # "-" drops
    assert span_key(doc[1:3]) == "us navy"


# ---------------------------------------------------------------------------- mentions

def _clusters(make_doc: DocFactory) -> tuple[list[Cluster], Cluster, Cluster, Cluster]:
    doc = make_doc(["Iranian", "Foreign", "Minister", "Zarif", "met", "the", "head", "of",
                    "the", "office", ",", "Andriy", "Yermak"])
    minister = Cluster("PERSON", [MentionRef(doc[0:4], "name")])
    iran = Cluster("NORP", [MentionRef(doc[0:1], "name")])
    yermak = Cluster("PERSON", [MentionRef(doc[11:13], "name")],
                     roles=[RoleRef(doc[6:10], "title")])
    return [minister, iran, yermak], minister, iran, yermak


def test_mention_index_nested_choice(make_doc: DocFactory) -> None:
    clusters, minister, iran, _ = _clusters(make_doc)
    innermost = MentionIndex(clusters, nested="innermost")
    first = MentionIndex(clusters, nested="first")
    assert innermost.at(0) is iran and first.at(0) is minister  # "Iranian"
    assert innermost.at(3) is minister and first.at(3) is minister  # "Zarif"
    with pytest.raises(ValueError):
        MentionIndex(clusters, nested="outermost")  # type: ignore[arg-type]


def test_mention_index_roles_and_resolve(make_doc: DocFactory) -> None:
    clusters, minister, _, yermak = _clusters(make_doc)
    index = MentionIndex(clusters, nested="first")
    doc = minister.mentions[0].span.doc
    assert index.mention_at(6) is None and index.at(6) is yermak  # "head": a title's word
    assert 6 in index and 4 not in index
    assert index.resolve(doc[0:4]) is minister  # exact mention
    assert index.resolve(doc[5:10]) is None  # no head mention, the head "the" has no role
    assert index.resolve(doc[10:13]) is yermak  # a mention inside, right to left


def test_mention_index_entities_of_reads_through_content_head(make_doc: DocFactory) -> None:
    doc = make_doc(["Iran", "and", "Iraq", "talked"], heads=[3, 0, 0, 3],
                   deps=["nsubj", "cc", "conj", "ROOT"], tags=["NNP", "CC", "NNP", "VBD"])
    iran = Cluster("GPE", [MentionRef(doc[0:1], "name")])
    iraq = Cluster("GPE", [MentionRef(doc[2:3], "name")])
    index = MentionIndex([iran, iraq], nested="innermost")
    assert index.entities_of(doc[0]) == [iran, iraq]  # with its conjuncts
    shifted = MentionIndex([iran, iraq], nested="innermost", content_head=lambda t: doc[2])
    assert shifted.entities_of(doc[0]) == [iraq]


def test_mention_index_entities_of_coordinated_modifiers(make_doc: DocFactory) -> None:
    """"U.S. and Taliban officials": each side a party, not the nominal naming them all; a
    modifier list with a word that names no one leaves the nominal as it is."""
    doc = make_doc(["U.S.", "and", "Taliban", "officials", "met"], heads=[3, 0, 0, 4, 4],
                   deps=["nmod", "cc", "conj", "nsubj", "ROOT"],
                   tags=["NNP", "CC", "NNP", "NNS", "VBD"])
    us = Cluster("GPE", [MentionRef(doc[0:1], "name")])
    taliban = Cluster("ORG", [MentionRef(doc[2:3], "name")])
    officials = Cluster("ORG", [MentionRef(doc[0:4], "nominal")])
    index = MentionIndex([officials, us, taliban], nested="innermost")
    assert index.entities_of(doc[3]) == [us, taliban]
    alone = MentionIndex([officials, us], nested="innermost")  # "Taliban" names no one
    assert alone.entities_of(doc[3]) == [officials]


# ---------------------------------------------------------------------------- clauses

def test_clause_head_and_governing_verb(make_doc: DocFactory) -> None:
    doc = make_doc(["Police", "arrested", "protesters", "in", "Minsk"],
                   heads=[1, 1, 1, 1, 3], deps=["nsubj", "ROOT", "dobj", "prep", "pobj"],
                   tags=["NNS", "VBD", "NNS", "IN", "NNP"])
    assert clause_head(doc[4]).i == 1 and governing_verb(doc[4]) is not None
    headline = make_doc(["Talks", "in", "Doha"], heads=[0, 0, 1], deps=["ROOT", "prep", "pobj"],
                        tags=["NNS", "IN", "NNP"])
    assert clause_head(headline[2]).i == 0  # no verb: the root
    assert governing_verb(headline[2]) is None


# ---------------------------------------------------------------------------- words

def test_stage_cuts_of_shared_lists() -> None:
    """The event coder's lists are cuts of the shared ones, apart from the words named."""
    assert {"according", "describe"} == EVENT_REPORTING_VERBS - SPEECH_VERBS
    assert {"speak", "describe", "mention", "point out"} == EVENT_PLAIN_SAYING_VERBS - SPEECH_VERBS
    assert {"would"} == EVENT_FUTURE_AUX - FUTURE_AUX
    assert {"ll"} == FUTURE_AUX - EVENT_FUTURE_AUX
    assert EVENT_FUTURE_HEADS <= FORWARD_HEADS
    assert set(OFFICE_SECTORS) <= TITLE_WORDS
    assert all(SECTOR_WORDS[word] == sector for word, sector in OFFICE_SECTORS.items())


def test_turn_labels_of_a_transcript_run_together(make_doc: DocFactory) -> None:
    """Labels before colons, a remark in parentheses left out of the label's words, found
    once per Doc (the event coder and the quote stage both read them)."""
    doc = make_doc(["Vladimir", "Putin", ":", "Good", "afternoon", ".", "Milorad", "Dodik",
                    "(", "retranslated", ")", ":", "Thank", "you", ".", "It", "was", "10:30",
                    "."])
    labels = turn_labels(doc)
    assert [(doc[a.start:a.end].text, doc[a.colon].text) for a in labels] == [
        ("Vladimir Putin", ":"), ("Milorad Dodik", ":")]
    assert turn_labels(doc) is labels


def test_turn_labels_of_names_with_a_capital_inside(make_doc: DocFactory) -> None:
    """"Mitch McConnell:" is a label although "McConnell" is no title-case word; so is a
    name and title a scrape glued together, its longest cut opening on a word, not on the
    hyphen of a double name (read in a Kremlin transcript, whose second speaker's "I" was
    taken for the first's)."""
    doc = make_doc(["Mitch", "McConnell", ":", "Thank", "you", ".", "Kassym", "-", "Jomart",
                    "Tokayev", "Tokayev", "Kassym", "-", "JomartPresident", "of", "the",
                    "Republic", "of", "Kazakhstan", ":", "Thank", "you", "."])
    assert [(doc[a.start].text, doc[a.end - 1].text, a.end - a.start)
            for a in turn_labels(doc)] == [("Mitch", "McConnell", 2), ("Jomart", "Kazakhstan", 11)]


@pytest.mark.parametrize(("words", "start", "title"), [
    ("an artwork entitled America", 3, True),
    ('a song titled " Ukraine "', 4, True),  # quotation marks between
    ("troops entered America", 2, False),
])
def test_works_title(make_doc: DocFactory, words: str, start: int, title: bool) -> None:
    doc = make_doc(words)
    assert works_title(doc[start : start + 1]) is title


@pytest.mark.parametrize(("words", "heads", "deps", "tags", "misread"), [
    # "X, the President of Russia briefed him": the verb's subject, hung on X
    (["Bennett", ",", "the", "President", "briefed", "him"], [0, 0, 3, 0, 4, 4],
     ["ROOT", "punct", "det", "appos", "ROOT", "dobj"],
     ["NNP", ",", "DT", "NNP", "VBD", "PRP"], True),
    # "X, the President, briefed him": a true apposition, the verb has its subject
    (["Bennett", ",", "the", "President", ",", "briefed", "him"], [5, 0, 3, 0, 0, 5, 5],
     ["nsubj", "punct", "det", "appos", "punct", "ROOT", "dobj"],
     ["NNP", ",", "DT", "NNP", ",", "VBD", "PRP"], False),
])
def test_a_subject_read_as_apposition(make_doc: DocFactory, words: list[str],
                                      heads: list[int], deps: list[str], tags: list[str],
                                      misread: bool) -> None:
    doc = make_doc(words, heads=heads, deps=deps, tags=tags)
    apposition = doc[2:4]
    assert subject_read_as_apposition(apposition) is misread
