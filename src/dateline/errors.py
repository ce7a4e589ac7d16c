"""dateline's one exception tree. Every user-facing error has a stable code to search for.

    DatelineError                 base of everything dateline raises on purpose
    ├── InputError                one input item cannot be read as an article (DL1xx)
    │     becomes an `ItemError` record; the rest of the run goes on
    ├── ConfigError               a setting or model is wrong or missing (DL2xx)
    ├── ExtractionCrashed         the pipeline raised on one article, even run alone (DL502)
    │     becomes an `ItemError` record (`ItemError.from_exception`); the rest goes on
    ├── StageError                a pipeline stage failed on one article (DL3xx)
    │     becomes a warning on that article's record
    ├── EvaluationError           gold data or the quality gate (`dateline eval`, DL4xx)
    ├── StoreError                the event store (DL5xx)
    └── ScaleError                a scale-out run on Dask or its Parquet output (DL6xx)

Codes:
    DL101 empty input             DL102 binary input            DL103 not valid UTF-8
    DL104 input too large         DL105 no article text in HTML DL106 not English
    DL107 JSONL line is not JSON  DL108 JSONL line lacks `text` DL109 cannot read path
    DL110 bad field value
    DL201 spaCy model missing     DL202 bad setting
    DL203 malformed actor dictionary (names the file, line and problem)
    DL204 unreadable or empty verb dictionary
    DL301 stage failed on an article
    DL302 a place name has no gazetteer entry (kept, unresolved)
    DL401 gold data not found     DL402 gold data changed       DL403 floor lowered silently
    DL404 a gate floor of 0.0 (a floor that guards nothing)
    DL501 cannot open the store   DL502 extraction crashed on an article (every entry point)
    DL503 a record could not be written to the store (`dateline ingest`)
    DL504 no store at that path (a command that only reads never creates one)
    DL601 cannot reach the Dask scheduler or start a local cluster
    DL602 the Parquet output holds another run (new directory, or --overwrite)
    DL603 a partition failed on every attempt (its line range is in the errors table)
    DL604 not a dateline Parquet directory (`dateline load`)
"""

from __future__ import annotations


class DatelineError(Exception):
    """Base class; `code` is stable across versions."""

    code = "DL000"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code
        self.message = message

    def __str__(self) -> str:
        return f"[{self.code}] {self.message}"


class InputError(DatelineError):
    code = "DL100"


class EmptyInput(InputError):
    code = "DL101"


class BinaryInput(InputError):
    code = "DL102"


class EncodingError(InputError):
    code = "DL103"


class InputTooLarge(InputError):
    code = "DL104"


class NoArticleText(InputError):
    code = "DL105"


class NotEnglish(InputError):
    code = "DL106"


class BadJsonLine(InputError):
    code = "DL107"


class MissingText(InputError):
    code = "DL108"


class UnreadablePath(InputError):
    code = "DL109"


class BadField(InputError):
    code = "DL110"


class ConfigError(DatelineError):
    code = "DL200"


class ModelNotFound(ConfigError):
    code = "DL201"


class ActorDictionaryError(ConfigError):
    """A user actor dictionary cannot be loaded; nothing of it is used."""

    code = "DL203"


class StageError(DatelineError):
    code = "DL301"


class EvaluationError(DatelineError):
    code = "DL400"


class GoldDataMissing(EvaluationError):
    """`../shared/data` (or $DATELINE_GOLD_DATA) lacks the files a stage is scored on."""

    code = "DL401"


class GoldDataChanged(EvaluationError):
    """The gold files' checksum differs from the baseline's: floors must be re-pinned."""

    code = "DL402"


class FloorLowered(EvaluationError):
    """A gate floor would go down without `--allow-lower` and a reason."""

    code = "DL403"


class ZeroFloor(EvaluationError):
    """A gate floor is 0.0, in the baseline or about to be written by `--update`: it can
    never be breached, so the measure it pins is not guarded (a stage scoring 0 is broken,
    not pinned)."""

    code = "DL404"


class ExtractionCrashed(DatelineError):
    """The pipeline raised on one article even when extracted alone (a bug, a text spaCy
    refuses): `Extractor.extract_batch` makes it that article's `ItemError`."""

    code = "DL502"


class StoreError(DatelineError):
    """The event store (`dateline ingest`, `events`, `export`) cannot do its work (DL5xx)."""

    code = "DL500"


class UnstorableRecord(StoreError):
    """`dateline ingest` could not write one article's record; the others are stored."""

    code = "DL503"


class StoreNotFound(StoreError):
    """A command that only reads (`events`, `quotes`, `summary`, `export`) was pointed at a
    SQLite file that does not exist; only `ingest` and `load` create a store."""

    code = "DL504"


class ScaleError(DatelineError):
    """A scale-out run (`dateline.scale`, `dateline ingest --engine dask`, `dateline load`)
    cannot do its work (DL6xx)."""

    code = "DL600"
