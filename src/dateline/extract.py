"""The extraction API: text or files in, `Extraction` records (or per-item errors) out."""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from itertools import islice
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from dateline.actors import load_user_dictionaries
from dateline.assemble import to_record
from dateline.errors import ConfigError, InputError
from dateline.events import lexicon_with
from dateline.ingest import RawArticle, normalize_published, prepare_article, read_inputs
from dateline.nlp import load_pipeline, make_doc
from dateline.nlp.pages import small_pages
from dateline.record import Article, Extraction, ItemError
from dateline.settings import Settings

ArticleInput = str | Mapping[str, Any] | RawArticle
Item = ArticleInput | Article | ItemError
Result = Extraction | ItemError


class Extractor:
    """Holds one loaded pipeline; cheap to call many times, safe to share within a process."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings.from_env()
        # Read and checked now, whole: a malformed file fails here, not mid-run.
        self.user_actors = load_user_dictionaries(self.settings.actor_dictionaries)
        self.lexicon = lexicon_with(self.settings.verb_dictionaries)
        if self.settings.event_coder not in ("rules", "model"):
            raise ConfigError(f"DATELINE_EVENT_CODER is '{self.settings.event_coder}'; "
                              "use 'rules' or 'model'", code="DL202")

    @property
    def nlp(self) -> Language:
        return load_pipeline(self.settings.models)

    def extract(self, text: str, *, published: str | date | None = None,
                title: str | None = None, url: str | None = None, source: str | None = None,
                input_id: str | None = None) -> Extraction:
        """One article; raises `InputError` (with a code) when the text cannot be used, and
        whatever the pipeline raised when it crashed (one article: nothing to isolate)."""
        raw = RawArticle(text=text, origin="api", title=title, url=url, source=source,
                         input_id=input_id, published=normalize_published(published))
        [result] = self._extract([(1, raw)], None)
        if isinstance(result, ItemError):
            raise InputError(result.message, code=result.code)
        return result

    def extract_many(self, items: Iterable[ArticleInput | Article | ItemError], *,
                     published: str | date | None = None) -> Iterator[Result]:
        """Records in input order, `settings.batch_size` items at a time, each batch as
        `extract_batch` does it: a bad item comes out as its `ItemError`, the rest go on.

        An `Article` already made by `dateline.ingest.prepare_article` goes straight to the
        pipeline (the store checks its content hash before paying for the parse).
        """
        fallback = normalize_published(published)
        numbered = enumerate(items, start=1)
        while batch := list(islice(numbered, self.settings.batch_size)):
            yield from self._extract_safely(batch, fallback)

    def extract_batch(self, items: Iterable[ArticleInput | Article | ItemError], *,
                      published: str | date | None = None) -> list[Result]:
        """One result per item, in input order, from one `nlp.pipe` call; never raises for
        one item. When the batch raises (a bug, a text spaCy refuses), each item is
        extracted again alone; one that still fails becomes an `ItemError` with its code
        (`ItemError.from_exception`: DL502 for a crash) and every other item comes through.
        A `ConfigError` (no model, a bad setting) is no item's fault and is raised.
        """
        return self._extract_safely(list(enumerate(items, start=1)),
                                    normalize_published(published))

    def extract_paths(self, paths: Iterable[str], *, published: str | date | None = None
                      ) -> Iterator[Result]:
        """Files, directories, globs and '-' (stdin), each item extracted or reported."""
        yield from self.extract_many(
            read_inputs(paths, max_chars=self.settings.max_chars), published=published
        )

    def _extract_safely(self, batch: list[tuple[int, Item]], published: str | None
                        ) -> list[Result]:
        try:
            return self._extract(batch, published)
        except ConfigError:
            raise
        except Exception:  # a crash: retry one by one so only the culprit fails
            return [self._extract_alone(number, item, published) for number, item in batch]

    def _extract_alone(self, number: int, item: Item, published: str | None) -> Result:
        try:
            [result] = self._extract([(number, item)], published)
        except ConfigError:
            raise
        except Exception as exc:  # this item's error record; the others go on
            source, line = _origin(item, number)
            return ItemError.from_exception(exc, source=source, line=line)
        return result

    def _extract(self, batch: list[tuple[int, Item]], published: str | None
                 ) -> list[Result]:
        """The pipeline over `(number, item)` pairs; raises whatever a stage raised."""
        _settle(self)
        prepared = [self._prepare(item, number, published) for number, item in batch]
        articles = [a for a in prepared if isinstance(a, Article)]
        records = iter([to_record(doc, article) for article, doc in
                        zip(articles, self.docs(articles), strict=True)])
        return [next(records) if isinstance(item, Article) else item for item in prepared]

    def docs(self, articles: Iterable[Article]) -> Iterator[Doc]:
        """The articles' Docs with every stage run, as `extract` runs them (numpy's huge-page
        advice off until the last one is out): for training and evaluation code that reads
        the parse and the stages' spans itself."""
        with small_pages():
            yield from self.nlp.pipe(self._make_doc(a) for a in articles)

    def _make_doc(self, article: Article) -> Doc:
        doc = make_doc(self.nlp, article)
        doc._.dateline_user_actors = self.user_actors
        doc._.dateline_lexicon = self.lexicon
        doc._.dateline_event_coder = self.settings.event_coder
        return doc

    def _prepare(self, item: Item, number: int, published: str | None) -> Article | ItemError:
        if isinstance(item, ItemError | Article):
            return item
        raw = _as_raw(item, number)
        try:
            return prepare_article(raw, self.settings, published=published)
        except InputError as exc:
            return ItemError.from_exception(exc, source=raw.origin, line=raw.line)


# A short text that makes every stage load what it reads (`_settle`), the indexes built on
# first use included: a surname alone ("Zarif"), a misspelt capital ("Mogadisu").
_WARM_UP = ("TEHRAN, Jan. 5 (MNA) – Iran's foreign minister met Taliban envoys in Kabul on "
            "Monday and called for talks. Minister Zarif later arrived in Mogadisu, officials "
            "told reporters.")
_settled = False


def _settle(extractor: Extractor) -> None:
    """Once per process, before its first article: run the pipeline on a short text, so that
    every stage loads its tables and models (about 110,000 Python objects, more than the
    spaCy model's), then `gc.freeze` them. They live as long as the process; unfrozen, each
    full collection of the cyclic garbage collector walked them all again (about 2% of the
    time of a run over news, in runs alternating frozen and not in one process). Objects
    made later are collected as before."""
    global _settled
    if _settled:
        return
    _settled = True
    extractor._extract([(0, RawArticle(text=_WARM_UP, origin="warm-up"))], None)
    gc.collect()
    gc.freeze()


def _origin(item: Item, number: int) -> tuple[str, int | None]:
    """Where an item came from, for its error record: an `Article` carries no origin."""
    if isinstance(item, RawArticle):
        return item.origin, item.line
    if isinstance(item, ItemError):
        return item.source, item.line
    if isinstance(item, Article):
        return "api", None
    return "api", number


def _as_raw(item: ArticleInput, number: int) -> RawArticle:
    if isinstance(item, RawArticle):
        return item
    if isinstance(item, str):
        return RawArticle(text=item, origin="api", line=number)
    fields = {k: (None if item.get(k) is None else str(item.get(k)))
              for k in ("title", "url", "source", "published")}
    return RawArticle(text=str(item.get("text") or ""), origin="api", line=number,
                      input_id=None if item.get("id") is None else str(item.get("id")), **fields)


_default: Extractor | None = None


def default_extractor() -> Extractor:
    global _default
    if _default is None:
        _default = Extractor()
    return _default


def extract(text: str, *, published: str | date | None = None, title: str | None = None,
            url: str | None = None) -> Extraction:
    """Extract one article with the default settings. See `Extractor.extract`."""
    return default_extractor().extract(text, published=published, title=title, url=url)


def extract_many(items: Iterable[ArticleInput], *, published: str | date | None = None
                 ) -> Iterator[Result]:
    """Extract many articles (strings, dicts with `text`, or `RawArticle`s), batched."""
    return default_extractor().extract_many(items, published=published)
