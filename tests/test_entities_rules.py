"""Entity rules on hand-built parses (no model)."""

from __future__ import annotations

import pytest

from dateline.entities import find_entities

from .conftest import DocFactory


@pytest.mark.parametrize(("name", "description", "label"), [
    (["Sviatlana", "Tsikhanouskaya"], "candidate", "PERSON"),  # the small model's ORG
    (["Morgan", "Ortagus"], "spokesperson", "PERSON"),
    (["Sea", "Eye"], "charity", "ORG"),  # no person's word: stays what the model said
    (["ISNA"], "prosecutor", "ORG"),  # an acronym is no person's name
])
def test_entities_a_name_described_as_a_person_is_one(
        make_doc: DocFactory, name: list[str], description: str, label: str) -> None:
    """'Sviatlana Tsikhanouskaya, an opposition candidate, held a rally': tagged ORG, the
    description in apposition says it is a person."""
    n = len(name)
    words = [*name, ",", "an", "opposition", description, ",", "held", "a", "rally", "."]
    last = n - 1
    heads = [last] * (n - 1) + [n + 5, last, n + 3, n + 3, last, last, n + 5, n + 7, n + 5,
                                n + 5]
    deps = ["compound"] * (n - 1) + ["nsubj", "punct", "det", "compound", "appos", "punct",
                                     "ROOT", "det", "dobj", "punct"]
    tags = ["NNP"] * n + [",", "DT", "NN", "NN", ",", "VBD", "DT", "NN", "."]
    doc = make_doc(words, heads=heads, deps=deps, tags=tags, ents=[(0, n, "ORG")])
    (entity,) = [c for c in find_entities(doc) if c.names]
    assert entity.label == label
