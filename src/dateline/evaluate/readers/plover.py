"""PLOVER gold-standard records: single sentences coded with one event in older PLOVER names.

The file is a JSON array; its first record documents the file (`event: DOCUMENT`). Old type
names are mapped to PLOVER 0.8 as the manual says: DEMAND→REQUEST, DISAPPROVE→ACCUSE,
INVESTIGATE→ACCUSE, FIGHT→ASSAULT. `source`/`target` are lists of actors with a code
(country or IGO/…) and an optional sector; an empty string means "none".
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from dateline.evaluate.gold import GoldActor, GoldDoc, GoldEvent

OLD_PLOVER_NAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE",
                    "FIGHT": "ASSAULT"}
GSR_PATH = Path("gold_standard_records") / "PLOVER_GSR_CAMEO.dev.json"


def plover_type(name: str) -> str:
    name = name.strip().upper()
    return OLD_PLOVER_NAMES.get(name, name)


def _actors(value: Any) -> tuple[GoldActor, ...]:
    if not isinstance(value, list):
        return ()
    actors = []
    for item in value:
        if isinstance(item, dict):
            sector = str(item.get("sector") or "").strip()
            actors.append(GoldActor(text=item.get("actorText"), code=item.get("code") or None,
                                    sectors=(sector,) if sector else ()))
    return tuple(actors)


def parse_plover_records(records: list[dict[str, Any]]) -> list[GoldDoc]:
    """Coded sentences as `GoldDoc`s with one gold event each; documentation records skipped."""
    docs = []
    for record in records:
        if record.get("event") == "DOCUMENT" or not record.get("text"):
            continue
        event = GoldEvent(type=plover_type(str(record["event"])),
                          sources=_actors(record.get("source")),
                          targets=_actors(record.get("target")))
        # "date" is a placeholder (2000-01-01) in this file, so no publication date is given.
        docs.append(GoldDoc(id=str(record.get("id")), text=str(record["text"]),
                            events=(event,)))
    return docs


def plover_files(root: Path) -> list[Path]:
    return [root / GSR_PATH]


def read_plover_gsr(root: Path) -> list[GoldDoc]:
    """The dev half of the PLOVER GSR (164 coded sentences)."""
    return parse_plover_records(json.loads(plover_files(root)[0].read_text(encoding="utf-8")))
