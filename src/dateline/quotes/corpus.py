"""PolNeAR articles parsed once and cached: what the quote model learns from.

Each article goes through dateline's own ingestion (normalization, dateline cut) and
dateline's own pipeline up to the quote stage's inputs (the split of glued words, a blank
line ending a sentence, the dictionaries' names among the entities), so the model learns
from the Doc it reads at run time; the gold spans are projected onto that text. Parsed
articles are cached as a spaCy DocBin with the gold beside it
(`cache_dir/polnear-<split>-<key>.spacy` and `.json`; the key names the pipeline's steps
and `PARSE_VERSION`) under an ignored folder, never in the repository: PolNeAR's text may
not be redistributed.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc, DocBin

from dateline.errors import InputError
from dateline.evaluate.align import project_doc
from dateline.evaluate.readers.polnear import polnear_files, read_polnear
from dateline.ingest import prepare_article
from dateline.ingest.sources import RawArticle
from dateline.nlp import STAGES, load_pipeline, make_doc
from dateline.nlp.pages import small_pages
from dateline.settings import Settings

__all__ = ["GoldAttribution", "ParsedArticle", "load_parsed"]

CharSpan = tuple[int, int]

# The stages whose results the quote features read (the dictionaries' names in `doc.ents`).
_BEFORE_QUOTES = ("dateline_actor_names",)
# Raised when ingestion or the parse changes in a way the step names do not show.
PARSE_VERSION = 2


@dataclass(frozen=True)
class GoldAttribution:
    """One gold attribution as character spans of the parsed text (source/cue may be None)."""

    content: CharSpan
    source: CharSpan | None
    cue: CharSpan | None


@dataclass(frozen=True)
class ParsedArticle:
    id: str
    doc: Doc
    gold: tuple[GoldAttribution, ...]


def _cache_key(root: Path, split: str, limit: int | None, steps: tuple[str, ...]) -> str:
    digest = hashlib.sha256(f"{split}|{limit}|{steps}|{PARSE_VERSION}".encode())
    for text_path, ann_path in polnear_files(root, split)[:limit]:
        digest.update(text_path.name.encode() + str(text_path.stat().st_size).encode())
        digest.update(ann_path.name.encode() + str(ann_path.stat().st_size).encode())
    return digest.hexdigest()[:16]


def load_parsed(root: Path, split: str, cache_dir: Path | None = None,
                limit: int | None = None, settings: Settings | None = None
                ) -> list[ParsedArticle]:
    """The first `limit` PolNeAR articles of `split`, parsed, with their gold; read from the
    cache when it holds this very selection, else parsed (and cached when `cache_dir`)."""
    settings = settings or Settings()
    nlp = load_pipeline(settings.models)
    later = [name for name, _ in STAGES if name not in _BEFORE_QUOTES]
    model = f"{nlp.meta['lang']}_{nlp.meta['name']}-{nlp.meta['version']}"
    steps = (model, *(name for name in nlp.pipe_names if name not in later))
    key = _cache_key(root, split, limit, steps)
    bin_path = json_path = None
    if cache_dir is not None:
        bin_path = cache_dir / f"polnear-{split}-{key}.spacy"
        json_path = bin_path.with_suffix(".json")
        if bin_path.is_file() and json_path.is_file():
            docs = list(DocBin().from_disk(bin_path).get_docs(nlp.vocab))
            meta = json.loads(json_path.read_text(encoding="utf-8"))
            return [ParsedArticle(item["id"], doc, tuple(
                GoldAttribution(tuple(g[0]), tuple(g[1]) if g[1] else None,
                                tuple(g[2]) if g[2] else None)
                for g in item["gold"])) for item, doc in zip(meta, docs, strict=True)]
    golds = read_polnear(root, split)[:limit]
    prepared: list[Doc] = []
    articles: list[tuple[str, tuple[GoldAttribution, ...]]] = []
    for gold in golds:
        try:
            article = prepare_article(RawArticle(text=gold.text, origin=gold.id), settings,
                                      published=gold.published)
        except InputError:
            continue  # refused by ingestion (as the evaluation would)
        projected, _ = project_doc(gold, article.text)
        attributions = tuple(
            GoldAttribution((q.content.start, q.content.end),
                            (q.source.start, q.source.end) if q.source else None,
                            (q.cue.start, q.cue.end) if q.cue else None)
            for q in projected.quotes)
        prepared.append(make_doc(nlp, article))
        articles.append((gold.id, attributions))
    with small_pages(), nlp.select_pipes(disable=later):
        docs = list(nlp.pipe(prepared, batch_size=16))
    parsed = [ParsedArticle(doc_id, doc, gold)
              for (doc_id, gold), doc in zip(articles, docs, strict=True)]
    if bin_path is not None and json_path is not None:
        bin_path.parent.mkdir(parents=True, exist_ok=True)
        DocBin(docs=docs, store_user_data=False).to_disk(bin_path)
        json_path.write_text(json.dumps([
            {"id": p.id, "gold": [[list(g.content), list(g.source) if g.source else None,
                                   list(g.cue) if g.cue else None] for g in p.gold]}
            for p in parsed]), encoding="utf-8")
    return parsed
