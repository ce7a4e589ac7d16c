"""The extraction API: text or files in, `Extraction` records (or per-item errors) out."""

from __future__ import annotations

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
from dateline.record import Article, Extraction, ItemError
from dateline.settings import Settings

ArticleInput = str | Mapping[str, Any] | RawArticle
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
        """One article; raises `InputError` (with a code) when the text cannot be used."""
        raw = RawArticle(text=text, origin="api", title=title, url=url, source=source,
                         input_id=input_id, published=normalize_published(published))
        result = next(self.extract_many([raw]))
        if isinstance(result, ItemError):
            raise InputError(result.message, code=result.code)
        return result

    def extract_many(self, items: Iterable[ArticleInput | Article | ItemError], *,
                     published: str | date | None = None) -> Iterator[Result]:
        """Records in input order, batched through `nlp.pipe`; bad items come out as errors.

        An `Article` already made by `dateline.ingest.prepare_article` goes straight to the
        pipeline (the store checks its content hash before paying for the parse).
        """
        fallback = normalize_published(published)
        prepared = (self._prepare(item, n, fallback) for n, item in enumerate(items, start=1))
        while batch := list(islice(prepared, self.settings.batch_size)):
            articles = [a for a in batch if isinstance(a, Article)]
            docs = iter(self.nlp.pipe(self._make_doc(a) for a in articles))
            for item in batch:
                yield to_record(next(docs), item) if isinstance(item, Article) else item

    def extract_paths(self, paths: Iterable[str], *, published: str | date | None = None
                      ) -> Iterator[Result]:
        """Files, directories, globs and '-' (stdin), each item extracted or reported."""
        yield from self.extract_many(
            read_inputs(paths, max_chars=self.settings.max_chars), published=published
        )

    def _make_doc(self, article: Article) -> Doc:
        doc = make_doc(self.nlp, article)
        doc._.dateline_user_actors = self.user_actors
        doc._.dateline_lexicon = self.lexicon
        doc._.dateline_event_coder = self.settings.event_coder
        return doc

    def _prepare(self, item: ArticleInput | Article | ItemError, number: int,
                 published: str | None) -> Article | ItemError:
        if isinstance(item, ItemError | Article):
            return item
        raw = _as_raw(item, number)
        try:
            return prepare_article(raw, self.settings, published=published)
        except InputError as exc:
            return ItemError(source=raw.origin, line=raw.line, code=exc.code, message=exc.message)


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
