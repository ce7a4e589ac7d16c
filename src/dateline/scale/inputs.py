"""Input shards for a scale-out run: local paths or fsspec URLs, cut into partitions.

A partition is the unit of work and of output: a block of lines of one JSON Lines shard, or
a group of text/HTML files from one directory. Its key depends only on where its articles
come from (shard URL and block number), so a retried or re-run partition writes the same
file names again and overwrites rather than duplicates.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any

import fsspec
from fsspec.implementations.local import LocalFileSystem
from fsspec.utils import infer_compression

from dateline.errors import InputError, InputTooLarge, UnreadablePath
from dateline.ingest.sources import (
    HTML_SUFFIXES,
    JSONL_SUFFIXES,
    KNOWN_SUFFIXES,
    RawArticle,
    decode_bytes,
    parse_html,
    parse_json_article,
)
from dateline.record import ItemError

# Articles (JSONL lines or files) per partition. Calibrated on this machine: ~1-4 minutes of
# one core per partition at 2-8 articles/s, so a lost worker costs little and the scheduler
# handles a few thousand tasks per million articles.
DEFAULT_PARTITION_SIZE = 500
_MAX_BYTES_PER_CHAR = 4
_GLOB_MAGIC = re.compile(r"[*?\[]")


@dataclass(frozen=True)
class Partition:
    """One unit of work. JSONL: `urls` is one shard and lines `first_line`.. are read
    (`offset` is the byte where that line starts, None for compressed shards). Files:
    `urls` are whole articles."""

    key: str
    kind: str  # "jsonl" or "files"
    urls: tuple[str, ...]
    first_line: int = 1
    n_lines: int = 0
    offset: int | None = None


def url_fs(url: str) -> tuple[Any, str]:
    """The fsspec filesystem and the path on it for a local path or URL."""
    fs, path = fsspec.core.url_to_fs(url)
    return fs, str(path)


def _full_url(fs: Any, path: str) -> str:
    """Local files by absolute path (what a worker on a shared filesystem opens), else URL."""
    return str(path) if isinstance(fs, LocalFileSystem) else str(fs.unstrip_protocol(path))


def article_suffix(url: str) -> str:
    """The suffix that says what a file holds, after any compression suffix."""
    name = PurePosixPath(url.split("?", 1)[0]).name
    if infer_compression(name):
        name = name.rsplit(".", 1)[0]
    return PurePosixPath(name).suffix.lower()


def expand_inputs(inputs: Iterable[str]) -> list[str | ItemError]:
    """Every input file (directories searched, globs matched, sorted), or an error for each
    input that names nothing."""
    found: list[str | ItemError] = []
    for raw in inputs:
        try:
            fs, path = url_fs(raw)
            if fs.isdir(path):
                files = sorted(
                    p for p in fs.find(path)
                    if article_suffix(p) in KNOWN_SUFFIXES and not _hidden(p)
                )
                found += [_full_url(fs, p) for p in files]
            elif fs.exists(path):
                found.append(_full_url(fs, path))
            elif _GLOB_MAGIC.search(raw):
                matches = sorted(p for p in fs.glob(path) if fs.isfile(p) and not _hidden(p))
                if not matches:
                    found.append(_error(raw, None, UnreadablePath(f"no file matches '{raw}'")))
                found += [_full_url(fs, p) for p in matches]
            else:
                found.append(_error(raw, None, UnreadablePath(f"no such file or URL: '{raw}'")))
        except (OSError, ValueError, ImportError) as exc:
            found.append(_error(raw, None, UnreadablePath(f"cannot list '{raw}': {exc}")))
    return found


def _hidden(path: str) -> bool:
    return PurePosixPath(path).name.startswith(".")


def shard_key(url: str) -> str:
    """A file-name-safe key, readable (the file's stem) and unique (a hash of the URL)."""
    stem = PurePosixPath(url.split("?", 1)[0]).name.split(".", 1)[0]
    stem = re.sub(r"[^A-Za-z0-9_-]+", "-", stem).strip("-")[:40] or "shard"
    return f"{stem}-{hashlib.sha1(url.encode()).hexdigest()[:8]}"


def file_partitions(urls: list[str], size: int) -> list[Partition]:
    """Text and HTML files, grouped by directory into partitions of `size` files."""
    by_dir: dict[str, list[str]] = {}
    for url in urls:
        by_dir.setdefault(url.rsplit("/", 1)[0], []).append(url)
    parts = []
    for directory, files in sorted(by_dir.items()):
        key = shard_key(directory)
        for block, start in enumerate(range(0, len(files), size)):
            parts.append(Partition(key=f"{key}-{block:05d}", kind="files",
                                   urls=tuple(files[start:start + size])))
    return parts


def index_jsonl(url: str, size: int) -> list[Partition]:
    """Cut one JSONL shard into blocks of `size` lines (runs on a worker: it reads the file)."""
    fs, path = url_fs(url)
    compression = infer_compression(path)
    key = shard_key(url)
    parts: list[Partition] = []

    def close_block(first: int, count: int, offset: int) -> None:
        parts.append(Partition(key=f"{key}-{len(parts):05d}", kind="jsonl", urls=(url,),
                               first_line=first, n_lines=count,
                               offset=None if compression else offset))

    count, first, offset, position = 0, 1, 0, 0
    with fs.open(path, "rb", compression=compression) as stream:
        for number, data in enumerate(stream, start=1):
            if count == 0:
                first, offset = number, position
            count += 1
            position += len(data)
            if count == size:
                close_block(first, count, offset)
                count = 0
    if count:
        close_block(first, count, offset)
    return parts


def read_partition(part: Partition, *, max_chars: int) -> Iterator[RawArticle | ItemError]:
    """The partition's articles, or an error for each item that cannot be read."""
    if part.kind == "jsonl":
        yield from _read_jsonl_block(part, max_chars)
        return
    for url in part.urls:
        try:
            yield _read_file(url, max_chars)
        except InputError as exc:
            yield _error(url, None, exc)
        except OSError as exc:
            yield _error(url, None, UnreadablePath(f"cannot read: {exc.strerror or exc}"))


def _read_jsonl_block(part: Partition, max_chars: int) -> Iterator[RawArticle | ItemError]:
    url = part.urls[0]
    fs, path = url_fs(url)
    with fs.open(path, "rb", compression=infer_compression(path)) as stream:
        if part.offset is not None:
            stream.seek(part.offset)
        else:
            for _ in range(part.first_line - 1):
                stream.readline()
        for number in range(part.first_line, part.first_line + part.n_lines):
            data = stream.readline()
            if not data.strip():
                continue
            try:
                yield parse_json_article(data, origin=url, number=number, max_chars=max_chars)
            except InputError as exc:
                yield _error(url, number, exc)


def _read_file(url: str, max_chars: int) -> RawArticle:
    fs, path = url_fs(url)
    compression = infer_compression(path)
    if not compression and fs.size(path) > max_chars * _MAX_BYTES_PER_CHAR:
        raise InputTooLarge(f"file is {fs.size(path):,} bytes; the limit is {max_chars:,} "
                            "characters (setting DATELINE_MAX_CHARS)")
    with fs.open(path, "rb", compression=compression) as stream:
        data = stream.read(max_chars * _MAX_BYTES_PER_CHAR + 1)
    if len(data) > max_chars * _MAX_BYTES_PER_CHAR:
        raise InputTooLarge(f"input exceeds {max_chars:,} characters")
    text = decode_bytes(data)
    if article_suffix(url) in HTML_SUFFIXES:
        return parse_html(text, origin=url)
    return RawArticle(text=text, origin=url)


def is_jsonl(url: str) -> bool:
    return article_suffix(url) in JSONL_SUFFIXES


def _error(origin: str, line: int | None, exc: InputError) -> ItemError:
    return ItemError.from_exception(exc, source=origin, line=line)
