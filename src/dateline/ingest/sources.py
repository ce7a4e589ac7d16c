"""Reading inputs: files, directories, globs and stdin, as text, HTML or JSON Lines.

Every item comes out either as a `RawArticle` or as an `ItemError` naming where it came
from, so one bad file or line never stops the others.
"""

from __future__ import annotations

import glob
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import Any, BinaryIO

from dateline.errors import (
    BadJsonLine,
    BinaryInput,
    EmptyInput,
    EncodingError,
    InputError,
    InputTooLarge,
    MissingText,
    NoArticleText,
    UnreadablePath,
)
from dateline.record import ItemError

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
TEXT_SUFFIXES = {".txt", ".text", ""}
KNOWN_SUFFIXES = HTML_SUFFIXES | JSONL_SUFFIXES | TEXT_SUFFIXES
STDIN = "-"
# UTF-8 needs at most 4 bytes a character: a file over this many bytes per allowed character
# cannot fit, and is refused before it is read.
_MAX_BYTES_PER_CHAR = 4
_SNIFF_BYTES = 8192
# A page whose main text is shorter than this is navigation or boilerplate, not a story.
MIN_BODY_WORDS = 8


@dataclass(frozen=True)
class RawArticle:
    """An article as read, before normalization; `origin` and `line` say where it came from."""

    text: str
    origin: str
    line: int | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: str | None = None
    input_id: str | None = None


Item = RawArticle | ItemError


def expand_paths(paths: Iterable[str]) -> Iterator[str | ItemError]:
    """Files named, found under directories (sorted, recursive) or matched by globs."""
    for raw in paths:
        if raw == STDIN:
            yield STDIN
            continue
        path = Path(raw)
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in KNOWN_SUFFIXES
                and not p.name.startswith(".")
            )
            yield from (str(p) for p in found)
        elif path.exists():
            yield raw
        elif glob.has_magic(raw):
            matches = sorted(glob.glob(raw, recursive=True))
            if not matches:
                yield _error(raw, None, UnreadablePath(f"no file matches '{raw}'"))
            yield from (m for m in matches if Path(m).is_file())
        else:
            yield _error(raw, None, UnreadablePath(f"no such file or directory: '{raw}'"))


def read_inputs(paths: Iterable[str], *, max_chars: int) -> Iterator[Item]:
    """Every article (or per-item error) in the given paths, in order."""
    for path in expand_paths(paths):
        if isinstance(path, ItemError):
            yield path
        elif path == STDIN:
            yield from read_stream(sys.stdin.buffer, origin=STDIN, max_chars=max_chars)
        else:
            yield from read_file(Path(path), max_chars=max_chars)


def read_file(path: Path, *, max_chars: int) -> Iterator[Item]:
    origin = str(path)
    try:
        suffix = path.suffix.lower()
        if suffix in JSONL_SUFFIXES:  # a corpus: the limit is per article, checked per line
            with path.open("rb") as stream:
                yield from read_jsonl(stream, origin=origin, max_chars=max_chars)
            return
        if path.stat().st_size > max_chars * _MAX_BYTES_PER_CHAR:
            raise InputTooLarge(
                f"file is {path.stat().st_size:,} bytes; the limit is {max_chars:,} characters "
                "(setting DATELINE_MAX_CHARS)"
            )
        data = path.read_bytes()
        text = decode_bytes(data)
        if suffix in HTML_SUFFIXES:
            yield parse_html(text, origin=origin)
        else:
            yield RawArticle(text=text, origin=origin)
    except InputError as exc:
        yield _error(origin, None, exc)
    except OSError as exc:
        yield _error(origin, None, UnreadablePath(f"cannot read: {exc.strerror or exc}"))


def read_stream(stream: BinaryIO, *, origin: str, max_chars: int) -> Iterator[Item]:
    """Stdin: JSON Lines when its first non-blank character is '{' (read line by line, any
    length), else one plain-text article (at most `max_chars`)."""
    head = b""
    while not head.strip() and (line := stream.readline()):
        head += line
    if head.lstrip()[:1] == b"{":
        lines = chain(head.splitlines(keepends=True), stream)
        yield from _jsonl_lines(lines, origin=origin, max_chars=max_chars)
        return
    limit = max_chars * _MAX_BYTES_PER_CHAR
    data = head + stream.read(max(limit + 1 - len(head), 0))
    if len(data) > limit:
        yield _error(origin, None, InputTooLarge(f"input exceeds {max_chars:,} characters"))
        return
    try:
        yield RawArticle(text=decode_bytes(data), origin=origin)
    except InputError as exc:
        yield _error(origin, None, exc)


def read_jsonl(stream: BinaryIO, *, origin: str, max_chars: int) -> Iterator[Item]:
    yield from _jsonl_lines(stream, origin=origin, max_chars=max_chars)


def _jsonl_lines(lines: Iterable[bytes], *, origin: str, max_chars: int) -> Iterator[Item]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            yield parse_json_article(line, origin=origin, number=number, max_chars=max_chars)
        except InputError as exc:
            yield _error(origin, number, exc)


def parse_json_article(data: bytes, *, origin: str, number: int | None, max_chars: int
                       ) -> RawArticle:
    try:
        obj: Any = json.loads(decode_bytes(data))
    except json.JSONDecodeError as exc:
        raise BadJsonLine(f"not valid JSON ({exc.msg} at column {exc.colno})") from exc
    if not isinstance(obj, dict):
        raise BadJsonLine(f"expected a JSON object, got {type(obj).__name__}")
    text = obj.get("text")
    if not isinstance(text, str):
        raise MissingText("JSON object has no string field 'text'")
    if len(text) > max_chars:
        raise InputTooLarge(f"text has {len(text):,} characters; the limit is {max_chars:,}")
    return RawArticle(
        text=text,
        origin=origin,
        line=number,
        title=_optional_str(obj, "title"),
        url=_optional_str(obj, "url"),
        source=_optional_str(obj, "source"),
        published=_optional_str(obj, "published"),
        input_id=_optional_str(obj, "id"),
    )


def decode_bytes(data: bytes) -> str:
    """Strict UTF-8 (a BOM is allowed); binary data and other encodings are refused clearly."""
    if not data.strip():
        raise EmptyInput("input is empty")
    if b"\x00" in data[:_SNIFF_BYTES]:
        raise BinaryInput("input contains NUL bytes: it looks like a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise EncodingError(
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "re-encode the file as UTF-8"
        ) from exc


def parse_html(html: str, *, origin: str) -> RawArticle:
    """Main text and metadata of a web page, by trafilatura."""
    import trafilatura

    found = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                        include_tables=False)
    page: dict[str, Any] = {}
    if isinstance(found, dict):
        page = found
    elif found is not None:
        page = found.as_dict()
    text = page.get("text") or ""
    title = page.get("title")
    if title and text.startswith(title + "\n"):
        text = text[len(title) + 1 :]  # the headline is kept in `title`, not twice
    if len(text.split()) < MIN_BODY_WORDS:
        raise NoArticleText(
            f"no article body found in the HTML page ({len(text.split())} words of text)"
        )
    return RawArticle(
        text=text,
        origin=origin,
        title=title,
        url=page.get("url"),
        source=page.get("sitename"),
        published=page.get("date"),
    )


def _optional_str(obj: dict[str, Any], key: str) -> str | None:
    value = obj.get(key)
    return None if value is None else str(value)


def _error(origin: str, line: int | None, exc: InputError) -> ItemError:
    return ItemError.from_exception(exc, source=origin, line=line)
