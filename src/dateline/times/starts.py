"""A cheap first test for a regular expression: the characters its matches can start with.

`re` scans a text position by position and, at each, tries the whole pattern. The time
patterns open with optional modifiers ("early", "about", a weekday, "the") and
case-insensitive alternatives, so every position costs many failed branches. A lookahead
of the characters a match can begin with, put in front (`with_first_chars`), turns most
positions into one character test. It finds the same matches: a lookahead takes no
characters and sets no group, and it only refuses positions where no match of the
pattern can start (or an empty one, which the detector drops; patterns that can match
nothing are left as they are).

The characters come from Python's own parse of the pattern (`re._parser`, present from
Python 3.11); a construct this module does not know (a back-reference, `.`, a negated
class) leaves the pattern as it is.
"""

from __future__ import annotations

import re
from typing import Any

try:  # Python's regular-expression parser: private, so read defensively
    from re import _constants as _sre  # type: ignore[attr-defined]
    from re import _parser as _sre_parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - another Python
    _sre = _sre_parser = None

__all__ = ["first_chars", "with_first_chars"]


class _Unknown(Exception):
    """A construct whose first characters are not worked out here."""


def with_first_chars(pattern: str) -> str:
    """`pattern` behind a lookahead of the characters its matches start with; `pattern`
    itself when they cannot be told or it can match an empty string."""
    classes = first_chars(pattern)
    if classes is None:
        return pattern
    plain, folded = classes
    parts = [f"[{plain}]"] if plain else []
    parts += [f"(?i:[{folded}])"] if folded else []
    return f"(?={'|'.join(parts)}){pattern}"


def first_chars(pattern: str) -> tuple[str, str] | None:
    """The contents of two character classes, (as written, case-insensitive), that hold
    every character a non-empty match of `pattern` can start with; None when unknown or
    when the pattern can match an empty string."""
    if _sre is None or _sre_parser is None:
        return None
    out: dict[bool, list[str]] = {False: [], True: []}
    try:
        parsed = _sre_parser.parse(pattern)
        if _first(list(parsed), int(parsed.state.flags), out):
            return None  # can match nothing: left as it is
    except (_Unknown, AttributeError, TypeError, ValueError):
        return None
    return ("".join(dict.fromkeys(out[False])), "".join(dict.fromkeys(out[True])))


def _first(items: list[tuple[Any, Any]], flags: int, out: dict[bool, list[str]]) -> bool:
    """Add to `out` (by case-insensitivity) the class items a match of the sequence can
    start with; True when the sequence can match nothing, so that what follows it can
    start the match as well."""
    for op, av in items:
        folded = bool(flags & re.IGNORECASE)
        if op is _sre.LITERAL:
            out[folded].append(_class_item(op, av))
            return False
        if op is _sre.IN:
            if any(o is _sre.NEGATE for o, _ in av):
                raise _Unknown(op)
            out[folded].extend(_class_item(o, a) for o, a in av)
            return False
        if op is _sre.BRANCH:
            empty = False
            for branch in av[1]:
                empty |= _first(list(branch), flags, out)
            if not empty:
                return False
        elif op is _sre.SUBPATTERN:
            _group, add, drop, sub = av
            if not _first(list(sub), (flags | add) & ~drop, out):
                return False
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
            low, _high, sub = av
            if not _first(list(sub), flags, out) and low > 0:
                return False
        elif op is _sre.ATOMIC_GROUP:
            if not _first(list(av), flags, out):
                return False
        elif op not in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):  # these take no character
            raise _Unknown(op)
    return True


def _class_item(op: Any, av: Any) -> str:
    """One item of a character class, written back as a class item."""
    if op is _sre.LITERAL:
        return _char(av)
    if op is _sre.RANGE:
        return f"{_char(av[0])}-{_char(av[1])}"
    if op is _sre.CATEGORY:
        categories = {_sre.CATEGORY_DIGIT: r"\d", _sre.CATEGORY_NOT_DIGIT: r"\D",
                      _sre.CATEGORY_SPACE: r"\s", _sre.CATEGORY_NOT_SPACE: r"\S",
                      _sre.CATEGORY_WORD: r"\w", _sre.CATEGORY_NOT_WORD: r"\W"}
        if av in categories:
            return categories[av]
    raise _Unknown(op)


def _char(code: int) -> str:
    char = chr(code)
    return char if char.isascii() and char.isalnum() else f"\\U{code:08x}"
