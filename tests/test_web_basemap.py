"""The browser app's offline basemap (src/dateline/web/static/world.json): its shape, and that
scripts/build_basemap.py regenerates it identically from the pinned world-atlas package."""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import tempfile
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
WORLD = ROOT / "src" / "dateline" / "web" / "static" / "world.json"


def _script() -> ModuleType:
    script = ROOT / "scripts" / "build_basemap.py"
    spec = importlib.util.spec_from_file_location("build_basemap", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_web_basemap_shape() -> None:
    assert WORLD.stat().st_size < 300_000, "the basemap ships inside the package: keep it small"
    world = json.loads(WORLD.read_text(encoding="utf-8"))
    assert "Natural Earth" in world["source"]
    countries = world["countries"]
    assert len(countries) > 150
    codes = {c["code"] for c in countries}
    assert {"IRN", "AFG", "USA", "RUS", "BRA", "AUS", "ZAF"} <= codes
    russia = next(c for c in countries if c["code"] == "RUS")
    assert min(lon for r in russia["rings"] for lon, _ in r) == -180  # Chukotka's tip
    for country in countries:
        assert country["name"]
        assert country["rings"]
        for ring in country["rings"]:
            assert len(ring) >= 3
            for lon, lat in ring:
                assert -180 <= lon <= 180 and -90 <= lat <= 90
            # cut at the antimeridian: no edge runs across the flat map (but along a pole)
            for (lon1, lat1), (lon2, lat2) in zip(ring, ring[1:] + ring[:1], strict=True):
                assert abs(lon1 - lon2) <= 180 or abs(lat1) == abs(lat2) == 90, country["name"]
    iran = next(c for c in countries if c["code"] == "IRN")
    lons = [lon for r in iran["rings"] for lon, _ in r]
    lats = [lat for r in iran["rings"] for _, lat in r]
    assert 44 < min(lons) < 45 and 63 < max(lons) < 64
    assert 25 < min(lats) < 26 and 39 < max(lats) < 40


def test_web_basemap_regenerates_identically() -> None:
    if shutil.which("npm") is None:
        pytest.skip("npm is not installed: scripts/build_basemap.py fetches world-atlas with it")
    build = _script()
    with tempfile.TemporaryDirectory() as workdir:
        try:
            tarball = build.fetch(Path(workdir))
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as error:
            pytest.skip(f"npm could not fetch {build.PACKAGE} (no registry access?): {error}")
        assert build.build(tarball) == WORLD.read_text(encoding="utf-8")
