"""Quotation marks on plain text: families, apostrophes, nesting, paragraphs, unbalanced marks."""

from __future__ import annotations

import pytest

from dateline.quotes import find_quoted


def quoted_texts(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quoted(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said "we will go" today.', ['"we will go"']),
        ("He said “we will go” today.", ["“we will go”"]),
        ("Il a dit « nous irons » hier.", ["« nous irons »"]),
        ("Er sagte »wir gehen« heute.", ["»wir gehen«"]),
        ("Er sagte „wir gehen“ heute.", ["„wir gehen“"]),
        ("He called it ‘a disgrace’ on Monday.", ["‘a disgrace’"]),
        ("He called it 'a disgrace' on Monday.", ["'a disgrace'"]),
    ],
)
def test_marks_families(text: str, expected: list[str]) -> None:
    assert quoted_texts(text) == expected


def test_marks_apostrophes_are_not_quotes() -> None:
    text = "Iran’s minister didn't say it; the '90s were over and the Afghans’ talks went on."
    assert quoted_texts(text) == []


def test_marks_nested_quote_stays_inside() -> None:
    text = "“He told me ‘we will win’ and left,” she said. ‘Short’ one."
    assert quoted_texts(text) == ["“He told me ‘we will win’ and left,”", "‘Short’"]


def test_marks_apostrophe_inside_single_quotes() -> None:
    text = "He said 'Iran's talks won't stop' on Monday."
    assert quoted_texts(text) == ["'Iran's talks won't stop'"]


def test_marks_multi_paragraph_quote_runs_on() -> None:
    text = "He said: “First part.\n“Second part.”\nAfterwards, nothing."
    found = find_quoted(text)
    assert [text[q.start : q.end] for q in found] == ["“First part.\n“Second part.”"]
    assert found[0].closed


def test_marks_unbalanced_opening_closes_at_paragraph_end() -> None:
    text = "He said “we will never leave.\nThe crowd cheered “loudly” then."
    found = find_quoted(text)
    assert [text[q.start : q.end] for q in found] == ["“we will never leave.", "“loudly”"]
    assert not found[0].closed and found[1].closed


def test_marks_unbalanced_at_text_end_and_stray_closer() -> None:
    assert quoted_texts("Nothing” here, then “an open quote") == ["“an open quote"]
    assert quoted_texts("“") == []
    assert quoted_texts("") == []
