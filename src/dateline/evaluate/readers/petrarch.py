"""PETRARCH2 validation records: sentences with expected CAMEO codings, mapped to PLOVER.

`<Sentence id date><EventCoding sourcecode targetcode eventcode/>…<Text>…</Text></Sentence>`;
`<EventCoding noevents="True"/>` means the sentence should code nothing. CAMEO event codes
become PLOVER types by the official table `CAMEO2PLOVER-2021.txt` (longest listed prefix
wins). Actor codes are CAMEO-style: a three-letter country then sector codes (`DAGGOV`);
most countries are fictional and defined only in the suite's own dictionaries.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from dateline.evaluate.gold import NO_EVENT, GoldActor, GoldDoc, GoldEvent

UNIT_TEST_PATH = Path("petrarch2") / "data" / "text" / "PETR.UnitTest.records.xml"
CAMEO_TABLE_PATH = Path("CAMEO2PLOVER-2021.txt")
_TABLE_LINE = re.compile(r"^\s*(\d{2,4})\s*:\s*([A-Z]+)")


def parse_cameo_table(text: str) -> dict[str, str]:
    """CAMEO code → PLOVER type from the lines `CODE: TYPE, mode, context # description`."""
    table = {}
    for line in text.splitlines():
        match = _TABLE_LINE.match(line)
        if match:
            table[match.group(1)] = match.group(2)
    return table


def cameo_to_plover(code: str, table: dict[str, str]) -> str | None:
    """The PLOVER type of a CAMEO code, by its longest prefix in `table`; None if unmapped."""
    code = code.strip()
    for length in range(len(code), 1, -1):
        if code[:length] in table:
            return table[code[:length]]
    return None


def _actor(code: str | None) -> tuple[GoldActor, ...]:
    code = (code or "").strip()
    if code.startswith('"'):  # PETRARCH's fallback: the noun phrase itself, no actor code
        return ()
    if not code or code == "---":
        return ()
    sectors = tuple(code[k : k + 3] for k in range(3, len(code), 3))
    return (GoldActor(text=None, code=code[:3], sectors=sectors),)


def parse_petrarch(xml: str | bytes, table: dict[str, str]) -> list[GoldDoc]:
    """Every sentence with its expected events; codes the table cannot map are left out."""
    docs = []
    for sentence in ET.fromstring(xml).iter("Sentence"):
        text = " ".join((sentence.findtext("Text") or "").split())
        events = []
        for coding in sentence.iter("EventCoding"):
            if (coding.get("noevents") or "").lower() == "true":
                events.append(GoldEvent(type=NO_EVENT))
                continue
            cameo = coding.get("eventcode") or ""
            plover = cameo_to_plover(cameo, table)
            if plover is not None:
                events.append(GoldEvent(type=plover, sources=_actor(coding.get("sourcecode")),
                                        targets=_actor(coding.get("targetcode")), cameo=cameo))
        if text and events:
            date = sentence.get("date") or ""
            published = f"{date[:4]}-{date[4:6]}-{date[6:8]}" if len(date) == 8 else None
            docs.append(GoldDoc(id=sentence.get("id", ""), text=text, published=published,
                                events=tuple(events),
                                meta={"category": sentence.get("category", "")}))
    return docs


def petrarch_files(root: Path, plover_root: Path) -> list[Path]:
    return [root / UNIT_TEST_PATH, plover_root / CAMEO_TABLE_PATH]


def read_petrarch(root: Path, plover_root: Path) -> list[GoldDoc]:
    """The PETRARCH2 unit-test records, CAMEO mapped to PLOVER by the table in `plover_root`."""
    records, table = petrarch_files(root, plover_root)
    return parse_petrarch(records.read_bytes(), parse_cameo_table(table.read_text("utf-8")))
