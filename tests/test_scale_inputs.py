"""Scale-out inputs: partitions cover every line once, keys are stable, odd inputs reported."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from dateline.errors import ScaleError
from dateline.ingest import RawArticle
from dateline.record import ItemError
from dateline.scale.inputs import (
    expand_inputs,
    file_partitions,
    index_jsonl,
    read_partition,
    shard_key,
    url_fs,
)
from dateline.scale.runner import _claim_output, partition_file
from dateline.scale.tables import NO_DATE


def _lines(count: int) -> list[str]:
    return [json.dumps({"text": f"Story number {n} about talks.", "id": str(n)})
            for n in range(1, count + 1)]


@pytest.mark.parametrize("compressed", [False, True])
@pytest.mark.parametrize("size", [1, 3, 7, 50])
def test_scale_jsonl_blocks_cover_every_line_once(tmp_path: Path, size: int,
                                                  compressed: bool) -> None:
    lines = _lines(7)
    lines.insert(3, "")  # a blank line still counts as a line, and yields nothing
    path = tmp_path / ("s.jsonl.gz" if compressed else "s.jsonl")
    data = ("\n".join(lines) + "\n").encode()
    path.write_bytes(gzip.compress(data) if compressed else data)
    parts = index_jsonl(str(path), size)
    assert [p.key for p in parts] == [f"{shard_key(str(path))}-{n:05d}" for n in range(len(parts))]
    assert sum(p.n_lines for p in parts) == 8
    assert all((p.offset is None) == compressed for p in parts)
    items = [item for part in parts for item in read_partition(part, max_chars=10_000)]
    assert all(isinstance(item, RawArticle) for item in items)
    assert [(i.input_id, i.line) for i in items if isinstance(i, RawArticle)] == \
        [("1", 1), ("2", 2), ("3", 3), ("4", 5), ("5", 6), ("6", 7), ("7", 8)]


def test_scale_bad_lines_are_errors_with_their_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "ok text here"}\n{broken\n{"title": "no text"}\n')
    items = list(read_partition(index_jsonl(str(path), 10)[0], max_chars=1000))
    assert isinstance(items[0], RawArticle)
    assert [(e.line, e.code) for e in items[1:] if isinstance(e, ItemError)] == \
        [(2, "DL107"), (3, "DL108")]


def test_scale_inputs_expand_dirs_globs_and_report_missing(tmp_path: Path) -> None:
    (tmp_path / "d").mkdir()
    for name in ("b.txt", "a.jsonl", ".hidden.txt", "notes.pdf"):
        (tmp_path / "d" / name).write_text("x")
    found = expand_inputs([str(tmp_path / "d"), str(tmp_path / "d" / "*.txt"),
                           str(tmp_path / "missing.jsonl")])
    names = [Path(f).name for f in found if isinstance(f, str)]
    assert names == ["a.jsonl", "b.txt", "b.txt"]
    errors = [f for f in found if isinstance(f, ItemError)]
    assert [e.code for e in errors] == ["DL109"]


def test_scale_file_partitions_group_by_directory(tmp_path: Path) -> None:
    urls = [f"/x/one/{n}.txt" for n in range(5)] + ["/x/two/a.txt"]
    parts = file_partitions(urls, 2)
    assert [len(p.urls) for p in parts] == [2, 2, 1, 1]
    assert len({p.key for p in parts}) == 4
    assert file_partitions(urls, 2) == parts  # the same inputs always give the same keys


def test_scale_output_names_depend_only_on_partition_and_day() -> None:
    assert partition_file("records", "k-00001", "2019-01-07") == \
        "records/published=2019-01-07/part-k-00001.parquet"
    assert partition_file("events", "k", NO_DATE) == \
        f"events/published={NO_DATE}/part-k.parquet"
    assert partition_file("errors", "k", "") == "errors/part-k.parquet"


def test_scale_output_of_another_run_is_refused(tmp_path: Path) -> None:
    fs, root = url_fs(str(tmp_path / "out"))
    _claim_output(fs, root, ["/a.jsonl"], 10)
    _claim_output(fs, root, ["/a.jsonl"], 10)  # the same run again: resumes
    with pytest.raises(ScaleError) as caught:
        _claim_output(fs, root, ["/a.jsonl"], 20)
    assert caught.value.code == "DL602"
