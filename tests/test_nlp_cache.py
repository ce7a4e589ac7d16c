"""What `dateline.nlp` keeps once per Doc gives what spaCy gives: the text and the
sentence start of every token."""

from __future__ import annotations

import json
from pathlib import Path

from dateline.extract import Extractor
from dateline.ingest import RawArticle, prepare_article
from dateline.nlp import doc_text, sent_start, sent_starts

ROOT = Path(__file__).resolve().parents[1]


def test_doc_text_and_sentence_starts_are_spacys(extractor: Extractor) -> None:
    texts = [(ROOT / "examples" / "tehran-taliban-talks-2018-12-26.txt").read_text("utf-8")]
    with (ROOT / "examples" / "wikinews" / "wikinews-politics.jsonl").open(encoding="utf-8") as f:
        texts += [json.loads(line)["text"] for line in f if line.strip()][:10]
    articles = [prepare_article(RawArticle(text=t, origin="test"), extractor.settings)
                for t in texts]
    for doc in extractor.docs(articles):
        assert doc_text(doc) == doc.text
        assert sent_starts(doc) == [token.sent.start for token in doc]
        assert all(sent_start(token) == token.sent.start for token in doc)
