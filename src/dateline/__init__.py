"""dateline: news articles in, verifiable political event data out.

    >>> import dateline
    >>> record = dateline.extract("TEHRAN – Iran's envoy met ...", published="2018-12-26")
"""

from __future__ import annotations

from dateline.errors import DatelineError, InputError
from dateline.extract import Extractor, extract, extract_many
from dateline.record import SCHEMA, Extraction, ItemError
from dateline.settings import Settings

__version__ = "0.1.0"

__all__ = [
    "SCHEMA",
    "DatelineError",
    "Extraction",
    "Extractor",
    "InputError",
    "ItemError",
    "Settings",
    "__version__",
    "extract",
    "extract_many",
]
