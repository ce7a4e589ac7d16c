"""A module-level constant is defined once per module: a second `NAME = ...` further down
silently replaces the first for every function above it (the event coder's `JUDGING_VERBS`
nearly took a second meaning this way)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "dateline"


def _constants(tree: ast.Module) -> list[str]:
    names: list[str] = []
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else (
            [node.target] if isinstance(node, ast.AnnAssign) else [])
        names += [t.id for t in targets if isinstance(t, ast.Name) and t.id.isupper()]
    return names


def test_no_module_constant_is_defined_twice() -> None:
    twice = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        names = _constants(ast.parse(path.read_text(encoding="utf-8")))
        repeated = sorted({n for n in names if names.count(n) > 1})
        if repeated:
            twice[str(path.relative_to(PACKAGE))] = repeated
    assert not twice


def test_a_second_definition_is_found() -> None:
    tree = ast.parse("WORDS = frozenset()\nOTHER = 1\nWORDS: frozenset[str] = frozenset()\n")
    assert _constants(tree) == ["WORDS", "OTHER", "WORDS"]
