"""How the listing commands (`events`, `quotes`, `summary`, `actors`) print: `--format`.

- `table` (the default): a Rich table on a terminal; when standard output is not a
  terminal (piped, redirected), the same table as plain text: its title, then a header
  line and one line per row, columns aligned by spaces, never wrapped or cut, so `grep`,
  `less -S` and `sort` see whole rows.
- `json`: one JSON object per line (`summary`: one document).
- `csv`: a header line and one row per record.
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterable
from enum import StrEnum
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text


class ListFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


FormatOpt = Annotated[ListFormat, typer.Option(
    "--format", help="table (plain aligned rows when not a terminal), json (an object per "
    "line) or csv.")]


def is_terminal() -> bool:
    """Whether standard output is a terminal (else tables print as plain rows)."""
    return sys.stdout.isatty()


def print_table(table: Table, console: Console | None = None) -> None:
    """The Rich table on a terminal; else its plain lines (`plain_lines`) on stdout."""
    if is_terminal():
        (console or Console()).print(table)
        return
    for line in plain_lines(table):
        typer.echo(line)


def plain_lines(table: Table) -> list[str]:
    """The table as text: the title (when it has one), the header and one line per row,
    each column padded to its widest cell, two spaces between columns, nothing cut."""
    header = [_plain(column.header) for column in table.columns]
    columns = [[_plain(cell) for cell in column.cells] for column in table.columns]
    rows = [header, *(list(row) for row in zip(*columns, strict=True))]
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = [_plain(table.title)] if table.title else []
    lines += ["  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
              .rstrip() for row in rows]
    return lines


def _plain(cell: Any) -> str:
    """A cell's text: a Rich `Text` without its styles, a string as written (no markup)."""
    text = cell.plain if isinstance(cell, Text) else str(cell)
    return " ".join(text.split())  # one line: no newlines or tabs inside a cell


def write_csv(rows: Iterable[dict[str, Any]], columns: list[str] | None = None) -> None:
    """Rows as CSV on stdout, with a header line (nothing at all for no rows and no
    `columns`)."""
    writer: csv.DictWriter[str] | None = None
    if columns:
        writer = csv.DictWriter(sys.stdout, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
    for row in rows:
        if writer is None:
            writer = csv.DictWriter(sys.stdout, fieldnames=list(row), lineterminator="\n")
            writer.writeheader()
        writer.writerow(row)
