"""No evaluation-only text in the repository: PolNeAR's articles and the PETRARCH validation
sentences may be read from ../shared/data, never copied into code, tests, docs or data.

A file copies them when it shares a run of `RUN` words with them (case and punctuation
aside). Shorter runs are left alone: names of offices and courts recur in any political
text, and the quote model's feature names pair two neighbouring words at most. The actor
dictionaries are built by scripts from the CIA's World Leaders and Wikidata (NOTICE), whose
long office titles ("under secretary of state for economic growth, …") are the news's too.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUN = 10
DICTIONARIES = frozenset({"data/actors/cabinets.tsv", "src/dateline/data/actors.json"})
_WORD = re.compile(r"\w+")
_PETRARCH_TEXT = re.compile(r"<Text>(.*?)</Text>", re.S)


def _runs(text: str) -> Iterator[tuple[str, ...]]:
    words = _WORD.findall(text.lower())
    for k in range(len(words) - RUN + 1):
        yield tuple(words[k : k + RUN])


def _gold_texts(shared_data: Path) -> Iterator[str]:
    for path in sorted((shared_data / "polnear" / "data").glob("*/text/*.txt")):
        yield path.read_text(encoding="utf-8", errors="replace")
    for path in sorted((shared_data / "petrarch_validation").rglob("*.xml")):
        yield from _PETRARCH_TEXT.findall(path.read_text(encoding="utf-8", errors="replace"))


def _repository_files() -> list[Path]:
    """The files git tracks; outside a git checkout, every file but hidden and built ones."""
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True,
                            check=False)
    if listed.returncode == 0:
        names = [name for name in listed.stdout.decode().split("\0") if name]
    else:
        names = [path.relative_to(ROOT).as_posix() for path in ROOT.rglob("*")
                 if path.is_file() and not any(part.startswith(".") or part in {"build", "dist"}
                                               for part in path.relative_to(ROOT).parts)]
    return [ROOT / name for name in names if name not in DICTIONARIES]


def test_no_evaluation_text_is_copied_into_the_repository(shared_data: Path) -> None:
    gold = {hash(run) for text in _gold_texts(shared_data) for run in _runs(text)}
    assert len(gold) > 100_000, "PolNeAR and the PETRARCH suites were not read"
    copied: list[str] = []
    for path in _repository_files():
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, FileNotFoundError, IsADirectoryError):
            continue  # binary, or deleted in the working tree
        shared = next((run for run in _runs(text) if hash(run) in gold), None)
        if shared is not None:
            copied.append(f"{path.relative_to(ROOT)}: {' '.join(shared)}")
    assert not copied, "evaluation-only text in the repository:\n" + "\n".join(copied)


def test_a_copied_sentence_is_caught() -> None:
    sentence = "the committee said on tuesday that it would not vote on the bill before june"
    runs = {hash(run) for run in _runs(sentence)}
    assert any(hash(run) in runs for run in _runs(f"As reported, {sentence.upper()}!"))
    assert not any(hash(run) in runs for run in _runs("the committee said on tuesday"))
