"""Read the hand-curated tables the build scripts extend upstream sources with (data/lexicon/,
data/gazetteer/, data/actors/): plain tab-separated files, one row a line.

Lines that start with "#" say what the table is, where its rows come from and its licence;
they and blank lines are skipped. The first other line names the columns. A row may leave
its last fields out (an editor that strips trailing tabs loses nothing): they read as "".
A list inside a field is ";"-separated (`split_list`).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

__all__ = ["CuratedTableError", "read_mapping", "read_rows", "split_list"]


class CuratedTableError(ValueError):
    """A curated table whose columns or rows are not as its reader expects (file:line)."""


def read_rows(path: Path, columns: Sequence[str]) -> list[dict[str, str]]:
    """The rows of the table at `path` in file order, each a {column: field} dict. The
    file's header line must name exactly `columns`, in that order."""
    rows: list[dict[str, str]] = []
    header: list[str] | None = None
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if header is None:
            header = fields
            if header != list(columns):
                raise CuratedTableError(
                    f"{path}:{number}: columns {header} where {list(columns)} are expected")
            continue
        if len(fields) > len(header):
            raise CuratedTableError(
                f"{path}:{number}: {len(fields)} fields where the table has {len(header)}")
        fields += [""] * (len(header) - len(fields))
        rows.append(dict(zip(header, fields, strict=True)))
    if header is None:
        raise CuratedTableError(f"{path}: no header line naming the columns {list(columns)}")
    return rows


def read_mapping(path: Path, key: str, value: str,
                 columns: Sequence[str] | None = None) -> dict[str, str]:
    """`key` column -> `value` column of the table at `path`, in file order; a key given
    twice is an error (a later row would silently win in a dict)."""
    mapping: dict[str, str] = {}
    for row in read_rows(path, columns or (key, value)):
        if row[key] in mapping:
            raise CuratedTableError(f"{path}: {key} {row[key]!r} is given twice")
        mapping[row[key]] = row[value]
    return mapping


def split_list(field: str) -> list[str]:
    """The items of a ";"-separated field, empty ones left out ("" is no item)."""
    return [item for item in field.split(";") if item]
