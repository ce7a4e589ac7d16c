"""Readers: each gold format in `../shared/data` as `GoldDoc`s with offsets into their text.

Each module has `read_*(root, ...)` for a directory laid out as in the source repository,
and a pure `parse_*` function over one document's raw contents that the unit tests drive.
"""

from __future__ import annotations

from dateline.evaluate.readers.geovirus import parse_geovirus, read_geovirus
from dateline.evaluate.readers.meantime import parse_meantime, read_meantime
from dateline.evaluate.readers.petrarch import (
    cameo_to_plover,
    parse_cameo_table,
    parse_petrarch,
    read_petrarch,
)
from dateline.evaluate.readers.plover import parse_plover_records, read_plover_gsr
from dateline.evaluate.readers.polnear import parse_brat, read_polnear

__all__ = [
    "cameo_to_plover",
    "parse_brat",
    "parse_cameo_table",
    "parse_geovirus",
    "parse_meantime",
    "parse_petrarch",
    "parse_plover_records",
    "read_geovirus",
    "read_meantime",
    "read_petrarch",
    "read_plover_gsr",
    "read_polnear",
]
