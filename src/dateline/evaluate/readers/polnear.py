"""PolNeAR brat standoff: attribution relations (Source, Cue, Content) on political news.

`data/<split>/text/<name>.txt` holds the article; `data/<split>/attributions/<name>_<annotator>.ann`
the spans (`T` lines) and relations (`E` lines). Where several annotators coded an article,
the first file in sorted order is used. A discontinuous span ("3 9;14 20") is read as the
stretch from its first start to its last end, so it stays one span in the text.
"""

from __future__ import annotations

import csv
from pathlib import Path

from dateline.evaluate.gold import GoldDoc, GoldQuote, GoldSpan, span_of

ROLES = ("Source", "Cue", "Content")


def parse_brat(doc_id: str, text: str, ann: str, published: str | None = None) -> GoldDoc:
    """One article and its .ann contents as a `GoldDoc` with one quote per `E` relation."""
    spans: dict[str, GoldSpan] = {}
    relations: list[dict[str, str]] = []
    for line in ann.splitlines():
        if line.startswith("T"):
            tid, middle, _ = [*line.split("\t"), "", ""][:3]
            parts = middle.split(" ", 1)
            if len(parts) < 2:
                continue
            pieces = [piece.split() for piece in parts[1].split(";")]
            start, end = int(pieces[0][0]), int(pieces[-1][1])
            spans[tid] = span_of(text, start, end)
        elif line.startswith("E"):
            _, body = line.split("\t", 1)
            # "Attribution:T4 Content:T3 Cue:T2 Source:T1": the trigger first, then roles.
            relations.append(dict(arg.split(":", 1) for arg in body.split()[1:] if ":" in arg))
    quotes = []
    for relation in relations:
        content = spans.get(relation.get("Content", ""))
        if content is None:
            continue
        quotes.append(GoldQuote(
            content=content,
            source=spans.get(relation.get("Source", "")),
            cue=spans.get(relation.get("Cue", "")),
        ))
    quotes.sort(key=lambda q: (q.content.start, q.content.end))
    return GoldDoc(id=doc_id, text=text, published=published, quotes=tuple(quotes))


def polnear_files(root: Path, split: str) -> list[tuple[Path, Path]]:
    """(text, first annotator's .ann) pairs of a split, sorted by article name."""
    base = root / "data" / split
    pairs = []
    for text_path in sorted((base / "text").glob("*.txt")):
        anns = sorted((base / "attributions").glob(f"{text_path.stem}_*.ann"))
        if anns:
            pairs.append((text_path, anns[0]))
    return pairs


def publication_dates(root: Path) -> dict[str, str]:
    path = root / "data" / "metadata.tsv"
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["filename"]: row["publication_date"]
                for row in csv.DictReader(handle, delimiter="\t")
                if row.get("publication_date") not in (None, "", "None")}


def read_polnear(root: Path, split: str = "dev") -> list[GoldDoc]:
    """PolNeAR articles of `split` (train or dev) with their attribution gold."""
    dates = publication_dates(root)
    return [
        # Decoded without newline translation: brat offsets count every character.
        parse_brat(text_path.stem, text_path.read_bytes().decode("utf-8"),
                   ann_path.read_bytes().decode("utf-8"), dates.get(text_path.stem))
        for text_path, ann_path in polnear_files(root, split)
    ]
