"""GeoVirus XML: Wikinews articles on epidemics with place mentions resolved to coordinates.

`<article><source/><text/><locations><location>` with name, start, end, lat, lon, page.
Offsets in the file are one-based: the mention is `text[start-1:end-1]`.
"""

from __future__ import annotations

import hashlib
import xml.etree.ElementTree as ET
from pathlib import Path

from dateline.evaluate.gold import GoldDoc, GoldPlace, span_of


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value else None
    except ValueError:
        return None


def split_of(url: str) -> str:
    """The fixed half of GeoVirus an article belongs to: `tune` (to choose rules and train
    on) or `test` (to report), by the parity of the SHA-256 of its Wikinews story URL, so
    every paragraph of one story falls in the same half."""
    return "tune" if hashlib.sha256(url.encode()).digest()[-1] % 2 == 0 else "test"


def parse_geovirus(xml: str | bytes, split: str = "dev") -> list[GoldDoc]:
    """The articles of a GeoVirus file, ids `geovirus-<n>` in file order: all of them for
    `dev`, one half for `tune` or `test` (see `split_of`)."""
    docs = []
    for number, article in enumerate(ET.fromstring(xml).iter("article"), start=1):
        text = article.findtext("text") or ""
        places = []
        for location in article.iter("location"):
            start = int(location.findtext("start") or 0) - 1
            end = int(location.findtext("end") or 0) - 1
            if 0 <= start < end <= len(text):
                page = (location.findtext("page") or "").strip()
                places.append(GoldPlace(span_of(text, start, end),
                                        _float(location.findtext("lat")),
                                        _float(location.findtext("lon")),
                                        page=page if page.startswith("http") else None))
        if split != "dev" and split_of(article.findtext("source") or "") != split:
            continue
        docs.append(GoldDoc(
            id=f"geovirus-{number}", text=text,
            places=tuple(sorted(places, key=lambda p: (p.span.start, p.span.end))),
            meta={"url": article.findtext("source") or ""},
        ))
    return docs


def geovirus_files(root: Path) -> list[Path]:
    return [root / "GeoVirus" / "GeoVirus.xml"]


def read_geovirus(root: Path, split: str = "dev") -> list[GoldDoc]:
    """GeoVirus articles: all 229 (`dev`), or the `tune` or `test` half."""
    return parse_geovirus(geovirus_files(root)[0].read_bytes(), split)
