"""Reading CAMEO verb dictionaries in the PETRARCH/TABARI format (CAMEO.2.0.txt, or a
user's own, such as the PETRARCH validation suite's PETR.Validate.verbs.txt).

Blocks `--- NAME [code] ---` list verbs (`MEET {MEETS MET}`, `+CALL_FOR`, optionally with
their own `[code]`) and patterns (`- * SUMMIT (WITH) [036] # HOST`: the verb, an object, a
phrase). `&SET` names a synonym set defined at the top (`&MILITARY` then `+TROOPS` lines).
A code `---` means "no event". `[A:B]` codes keep A, the code for the active reading;
a test-suite tag after the digits (`[174K]`) is dropped.

Words before the `*` must come before the verb, in order, in its sentence (`- SAID WOULD
NOT *`, `- % HAVE *`); an underscore joins words that must stand together, and one just
before the `*` (`- NOT_*`) puts them right before the verb. A multi-word verb names its
inflected word with `+` (`WIRE_+TAP`: "wire tapped"; `+CORDON_OFF`: "cordoned off"), the
first word by default.
"""

from __future__ import annotations

import re
from pathlib import Path

from dateline.errors import ConfigError

VerbEntry = dict[str, object]

_SYNSET = re.compile(r"^&([A-Z_0-9]+)\s*$")
_BLOCK = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\](?:\s*\[[^\]]*\])?\s+---")
_ENTRY = re.compile(r"^(\+?[A-Z][A-Z_'+\-]*)\s*(\{[^}]*\})?\s*(\[([^\]]*)\])?")
_PATTERN = re.compile(r"^-\s+(.*?)\s*\[([^\]]*)\]\s*(#\s*(.*))?$")
CODE_PATTERN = re.compile(r"^\d{2,4}$")
# Prepositions a pattern may write after its object without parentheses ("- * FOR DAY",
# "- * ON TRIP"): the words after one are that phrase's object, not the verb's.
OBJECT_PREPOSITIONS = frozenset({"FOR", "WITH", "TO", "ON", "AGAINST", "IN", "INTO", "FROM",
                                 "OF", "AT", "ABOUT", "OVER", "BY", "UNDER", "AS"})
_TAGGED_CODE = re.compile(r"^(\d{2,4})[A-Z]$")  # "174K": a validation-suite tag on 174


def _first_code(raw: str) -> str | None:
    code = raw.split(":")[0].strip()
    if (tagged := _TAGGED_CODE.match(code)) is not None:
        code = tagged.group(1)
    return code if CODE_PATTERN.match(code) else None


def _before_words(text: str, synsets: dict[str, list[str]]) -> tuple[list[list[str]], bool]:
    """The word groups a pattern wants before the verb, each a list of alternatives
    (a synset gives several), and whether the last group must stand right before it."""
    groups: list[list[str]] = []
    for group in text.split():
        parts = [p for p in group.split("_") if p and p not in {"%", "+", "$", "^"}]
        if not parts:
            continue
        alternatives = [""]
        for part in parts:
            options = ([w.replace("_", " ") for w in synsets.get(part[1:], [])]
                       if part.startswith("&") else [part.lower()])
            alternatives = [f"{a} {o}".strip() for a in alternatives for o in options if o]
        if alternatives and alternatives != [""]:
            groups.append(alternatives)
    return groups, bool(groups) and text.rstrip().endswith("_")


def _words(text: str, synsets: dict[str, list[str]]) -> list[str]:
    """Lower-case content words of a pattern part; '&SET' expands, '{A B}' is one phrase."""
    words: list[str] = []
    for part in re.findall(r"\{[^}]*\}|&[A-Z_0-9]+|[A-Z][A-Z'\-]*", text):
        if part.startswith("{"):
            words.append(" ".join(w.lower() for w in part.strip("{}").split() if w[0] != "&"))
        elif part.startswith("&"):
            words.extend(synsets.get(part[1:], []))
        else:
            words.append(part.lower())
    return [w.replace("_", " ").strip() for w in words if w.strip()]


def read_verb_file(path: Path) -> dict[str, VerbEntry]:
    """A verb dictionary file; an unreadable or empty one is a `ConfigError` naming it."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise ConfigError(f"cannot read verb dictionary {path}: {exc}", code="DL204") from exc
    verbs = parse_verbs(text)
    if not verbs:
        raise ConfigError(f"{path}: no verb blocks (--- NAME [code] ---) found", code="DL204")
    return verbs


def parse_verbs(text: str) -> dict[str, VerbEntry]:
    """verb lemma → {code, patterns: [{prep, words, code}]}."""
    lines = text.splitlines()
    synsets: dict[str, list[str]] = {}
    current: str | None = None
    for line in lines:
        if (match := _SYNSET.match(line)) is not None:
            current = match.group(1)
            synsets[current] = []
        elif current and line.startswith("+"):
            synsets[current].append(line[1:].split("#")[0].strip().rstrip("_").lower())
        elif line.startswith("---"):
            break
    verbs: dict[str, dict[str, object]] = {}
    block_code: str | None = None
    block_verbs: list[str] = []
    first_block = next((i for i, line in enumerate(lines) if _BLOCK.match(line)), len(lines))
    for line in lines[first_block:]:
        if (block := _BLOCK.match(line)) is not None:
            block_code, block_verbs = _first_code(block.group(2)), []
            continue
        if line.startswith("-") and block_verbs:
            pattern = _PATTERN.match(line)
            if pattern is None:
                continue
            before, _, after = pattern.group(1).partition("*")
            owner = (pattern.group(4) or "").split(",")[0].split()
            owners = [v for v in block_verbs if owner and v.upper().replace(" ", "_") == owner[0]]
            # "* SUMMIT (WITH)": the object, then a phrase; "* (FOR TALKS)": the phrase alone
            prep = None
            after = after.strip()
            # "%" marks a compound actor: "- % * [030]" (X and Y agree), "- * WITH % [031]"
            compound = "%" in pattern.group(1)
            with_compound = re.match(r"^([A-Z]+)\s*%$", after)
            inner = re.match(r"\(\s*([A-Z]+)\s*(.*?)\)", after)
            leading = re.match(r"^([A-Z]+)\s+(\S.*)$", after.split("(", 1)[0].strip())
            if with_compound:
                prep, after = with_compound.group(1).lower(), ""
            elif inner:
                prep, after = inner.group(1).lower(), inner.group(2)
            elif leading and leading.group(1) in OBJECT_PREPOSITIONS:
                # "- * FOR DAY" (HOLD: detained for days): the phrase after the object
                prep, after = leading.group(1).lower(), leading.group(2)
            else:
                after = after.split("(", 1)[0]
            words = _words(after, synsets)
            preceding, adjacent = _before_words(before, synsets)
            if not words and not compound and not preceding:
                continue
            for verb in owners or block_verbs:
                entry = verbs[verb]
                patterns = entry.setdefault("patterns", [])
                assert isinstance(patterns, list)
                found: dict[str, object] = {
                    "prep": prep,
                    "words": sorted(set(words)),
                    "code": _first_code(pattern.group(2)),
                }
                if compound:
                    found["compound"] = True
                if preceding:
                    found["before"] = preceding
                    if adjacent:
                        found["adjacent"] = True
                patterns.append(found)
            continue
        entry_match = _ENTRY.match(line)
        if entry_match is None or line.startswith(("#", "&")):
            continue
        raw = entry_match.group(1).replace("+", "").lower().strip("_")
        lemma = raw.replace("_", " ").strip()
        code = _first_code(entry_match.group(4)) if entry_match.group(3) else block_code
        if entry_match.group(4) is not None and entry_match.group(4).strip() == "---":
            code = None
        verbs.setdefault(lemma, {"code": code, "patterns": []})
        block_verbs.append(lemma)
    return verbs
