"""The first-character lookahead of the time patterns: same matches, found faster."""

from __future__ import annotations

import json
import re
from pathlib import Path

from dateline.times.grammar import PATTERNS, STARTS, normalize, pattern_matches
from dateline.times.starts import first_chars, with_first_chars

ROOT = Path(__file__).resolve().parents[1]
# the lookahead `with_first_chars` puts in front (its classes hold no "]": only letters,
# digits, category escapes and \U escapes), after the word start a time pattern begins with
_LOOKAHEAD = re.compile(r"^((?:\(\?<!\\w\))?)\(\?=(?:\[[^\]]*\])?\|?(?:\(\?i:\[[^\]]*\]\))?\)")


def test_first_chars_of_small_patterns() -> None:
    assert first_chars(r"(?i:ab)|c?d") == ("cd", "a")
    assert first_chars(r"(?:early\s+)?(?P<m>May|June)\b") == ("eMJ", "")
    assert first_chars(r"\b(?<![\w$])\d+") == (r"\d", "")
    assert first_chars(r"[a-c]x|\sy") == (r"a-c\s", "")
    # unknown or empty-matching patterns are left alone
    assert first_chars(r"a?") is None
    assert first_chars(r".x") is None
    assert first_chars(r"[^a]x") is None
    assert first_chars(r"(a)\1") == ("a", "")
    assert first_chars(r"(a)?\1b") is None
    assert with_first_chars(r"a?b*") == r"a?b*"
    assert with_first_chars(r"(?i:ab)|c") == r"(?=[c]|(?i:[a]))(?i:ab)|c"


def test_every_time_pattern_starts_with_its_lookahead() -> None:
    assert all(_LOOKAHEAD.match(p.regex.pattern) for p in PATTERNS)


def test_the_lookahead_changes_no_match() -> None:
    texts = [(ROOT / "examples" / "tehran-taliban-talks-2018-12-26.txt").read_text("utf-8")]
    with (ROOT / "examples" / "wikinews" / "wikinews-politics.jsonl").open(encoding="utf-8") as f:
        texts += [json.loads(line)["text"] for line in f if line.strip()]
    texts += [t.upper() for t in texts] + [t.lower() for t in texts]
    texts.append("on Tuesday, 12 March 2019 at 1625 UTC, about two weeks ago; the 1990s; "
                 "Q3 2020, early next year, in the past few months; twice a week; noon")
    for pattern in PATTERNS:
        plain = re.compile(_LOOKAHEAD.sub(r"\1", pattern.regex.pattern))
        assert plain.pattern != pattern.regex.pattern
        for text in texts:
            found = [(m.span(), m.groupdict()) for m in pattern.regex.finditer(text)]
            assert found == [(m.span(), m.groupdict()) for m in plain.finditer(text)], pattern.name


def test_the_shared_scan_finds_each_patterns_own_matches() -> None:
    texts = [(ROOT / "examples" / "tehran-taliban-talks-2018-12-26.txt").read_text("utf-8")]
    with (ROOT / "examples" / "wikinews" / "wikinews-politics.jsonl").open(encoding="utf-8") as f:
        texts += [json.loads(line)["text"] for line in f if line.strip()]
    texts += [t.upper() for t in texts]
    texts += ["2019 ended; 1990s.1980s", "Monday,Tuesday and Wednesday", "at 3pm-4pm", "",
              "Q3 2020 May 5, 2019 the 1990s 5pm", "  two weeks ago  three days later"]
    for text in texts:
        found: dict[int, list[tuple[tuple[int, int], dict[str, str | None]]]] = {}
        for k, match in pattern_matches(text, PATTERNS, STARTS):
            found.setdefault(k, []).append((match.span(), match.groupdict()))
        for k, pattern in enumerate(PATTERNS):
            expected = [(m.span(), m.groupdict()) for m in pattern.regex.finditer(text)]
            assert found.get(k, []) == expected, (pattern.name, text[:60])


def test_a_time_starts_a_word() -> None:
    """No season in "rainfall", no "17 October" in "the 1917 October Revolution", no "02
    years later" in "102 years later"; "the upcoming year" is read whole."""
    from dateline.times.detect import _candidates

    def found(text: str) -> set[str]:
        return {text[c.start:c.end] for c in _candidates(text)}

    assert "fall" not in found("Heavy rainfall hit the region.")
    assert "17 October" not in found("after the 1917 October Revolution")
    assert "02 years later" not in found("102 years later, on Monday")
    assert "the upcoming year" in found("more intensely in the upcoming year")
    assert "fall" in found("The talks resume in the fall.")


def test_normalize_still_reads_whole_phrases() -> None:
    assert normalize("last Thursday") is not None
    assert normalize("the 1990s") is not None
    assert normalize("") is None
