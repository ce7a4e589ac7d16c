"""GeoVirus XML: Wikinews articles on epidemics with place mentions resolved to coordinates.

`<article><source/><text/><locations><location>` with name, start, end, lat, lon, page.
Offsets in the file are one-based: the mention is `text[start-1:end-1]`.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from dateline.evaluate.gold import GoldDoc, GoldPlace, span_of


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value else None
    except ValueError:
        return None


def parse_geovirus(xml: str | bytes) -> list[GoldDoc]:
    """Every article in a GeoVirus file, ids `geovirus-<n>` in file order."""
    docs = []
    for number, article in enumerate(ET.fromstring(xml).iter("article"), start=1):
        text = article.findtext("text") or ""
        places = []
        for location in article.iter("location"):
            start = int(location.findtext("start") or 0) - 1
            end = int(location.findtext("end") or 0) - 1
            if 0 <= start < end <= len(text):
                places.append(GoldPlace(span_of(text, start, end),
                                        _float(location.findtext("lat")),
                                        _float(location.findtext("lon"))))
        docs.append(GoldDoc(
            id=f"geovirus-{number}", text=text,
            places=tuple(sorted(places, key=lambda p: (p.span.start, p.span.end))),
            meta={"url": article.findtext("source") or ""},
        ))
    return docs


def geovirus_files(root: Path) -> list[Path]:
    return [root / "GeoVirus" / "GeoVirus.xml"]


def read_geovirus(root: Path) -> list[GoldDoc]:
    """All 229 GeoVirus articles (the whole file is a dev set)."""
    return parse_geovirus(geovirus_files(root)[0].read_bytes())
