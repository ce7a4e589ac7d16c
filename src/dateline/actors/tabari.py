"""Readers for TABARI/PETRARCH dictionaries: `.actors` files (names with date-bounded
CAMEO codes) and `.agents` files (generic nouns with role codes).

The format is documented in PETRARCH2's docs/source/dictionaries.rst. Both the shipped
dictionary's generator (Phoenix files) and the user-dictionary loader (a PETRARCH
validation suite's own dictionaries, read from the user's path) use these functions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from dateline.actors.names import parse_tabari_date

_BRACKET = re.compile(r"\[([^\]]*)\]")
_HTML_COMMENT = re.compile(r"^\s*<!?\s*-")
_SUBSTITUTION = re.compile(r"^(![A-Z]+!)\s*=\s*(.+)$")


class TabariSyntaxError(ValueError):
    """A line of a TABARI file that cannot be read; `line` is 1-based."""

    def __init__(self, line: int, problem: str) -> None:
        super().__init__(problem)
        self.line = line
        self.problem = problem


@dataclass
class TabariCoding:
    code: str
    valid_from: date | None = None
    valid_to: date | None = None


@dataclass
class TabariActor:
    """One record: its primary phrase and synonyms, and its codes in file order."""

    names: list[str]
    codings: list[TabariCoding] = field(default_factory=list)
    line: int = 0


@dataclass
class TabariAgent:
    phrases: list[str]
    code: str
    prefix: bool  # "NGO~": the code names the actor itself rather than a sector
    line: int = 0


def _strip_comment(line: str) -> str:
    if _HTML_COMMENT.match(line):
        return ""
    return line.split("#", 1)[0].rstrip()


def _phrase(text: str) -> str:
    return " ".join(text.replace("_", " ").split())


def _coding(content: str, line: int) -> TabariCoding:
    parts = content.split(None, 1)
    if not parts:
        raise TabariSyntaxError(line, "empty code in [ ]")
    code = parts[0].split("/", 1)[0]
    restriction = "".join(parts[1].split()) if len(parts) > 1 else ""
    try:
        if not restriction:
            return TabariCoding(code)
        if restriction.startswith("<"):
            return TabariCoding(code, valid_to=parse_tabari_date(restriction[1:]))
        if restriction.startswith(">"):
            return TabariCoding(code, valid_from=parse_tabari_date(restriction[1:]))
        start, sep, end = restriction.partition("-")
        if not sep:
            raise ValueError(f"'{restriction}' is not <date, >date or date-date")
        return TabariCoding(code, parse_tabari_date(start), parse_tabari_date(end))
    except ValueError as exc:
        raise TabariSyntaxError(line, f"bad date restriction [{content.strip()}]: {exc}") from exc


def _codings(text: str, line: int, skipped: list[TabariSyntaxError] | None
             ) -> list[TabariCoding]:
    codings = []
    try:
        if text.count("[") != text.count("]"):
            raise TabariSyntaxError(line, "unbalanced [ ]")
        for match in _BRACKET.finditer(text):
            codings.append(_coding(match.group(1), line))
    except TabariSyntaxError as exc:
        if skipped is None:
            raise
        skipped.append(exc)
    return codings


def parse_actors(text: str, skipped: list[TabariSyntaxError] | None = None
                 ) -> list[TabariActor]:
    """Every actor record of a `.actors` file, in file order.

    A malformed line raises `TabariSyntaxError`, unless a `skipped` list is given: then
    the line's codes are left out and the error appended (upstream files have a few).
    """
    actors: list[TabariActor] = []
    current: TabariActor | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        line = _strip_comment(raw)
        if not line.strip():
            continue
        if line[0].isspace():  # a date restriction of the record above
            if current is None:
                raise TabariSyntaxError(number, "date restriction before any actor")
            current.codings += _codings(line, number, skipped)
            continue
        phrase_part = line.split("[", 1)[0]
        codings = _codings(line, number, skipped)
        if line.startswith("+"):
            if current is None:
                raise TabariSyntaxError(number, "synonym before any actor")
            current.names.append(_phrase(phrase_part[1:]))
            current.codings += codings
            continue
        current = TabariActor(names=[_phrase(phrase_part)], codings=codings, line=number)
        actors.append(current)
    return [a for a in actors if any(a.names)]


def parse_agents(text: str, skipped: list[TabariSyntaxError] | None = None
                 ) -> list[TabariAgent]:
    """Every agent of an `.agents` file with its substitutions (!PERSON!) expanded;
    malformed lines as in `parse_actors`."""
    substitutions: dict[str, list[str]] = {}
    agents: list[TabariAgent] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = _strip_comment(raw).strip()
        if not line:
            continue
        macro = _SUBSTITUTION.match(line)
        if macro:
            substitutions[macro.group(1)] = [w.strip() for w in macro.group(2).split(",")]
            continue
        match = _BRACKET.search(line)
        if match is None:
            error = TabariSyntaxError(number, "agent without a [~CODE]")
            if skipped is None:
                raise error
            skipped.append(error)
            continue
        code = "".join(match.group(1).split())
        prefix = code.endswith("~")
        code = code.strip("~")
        head = line[: match.start()]
        phrase = _phrase(re.sub(r"\{[^}]*\}", "", head))
        phrases = [phrase]
        for name, words in substitutions.items():
            if name in phrase:
                phrases = [p.replace(name, w) for p in phrases for w in words]
        phrases = [_phrase(p.replace("!", "")) for p in phrases]
        agents.append(TabariAgent(phrases=phrases, code=code, prefix=prefix, line=number))
    return agents


def is_agents_file(text: str) -> bool:
    """Agents files code with `[~XXX]` or `[XXX~]`; actors files never use `~`."""
    return any("~" in m.group(1) for m in _BRACKET.finditer(text[:20000]))
