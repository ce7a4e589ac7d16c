"""Data files shipped inside the package, each written by a script under scripts/."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any


def shipped_json(name: str) -> Any | None:
    """A JSON file of dateline/data (a trained model's weights), or None when the package
    carries none, so that the stage falls back to its rules."""
    path = resources.files("dateline.data").joinpath(name)
    if not path.is_file():
        return None
    return json.loads(path.read_text(encoding="utf-8"))
