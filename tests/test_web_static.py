"""The browser app's static files, checked without a browser: everything is served from the
package (no CDN), and data reaches the page through DOM APIs only (no HTML parsing of text)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

STATIC = Path(__file__).resolve().parents[1] / "src" / "dateline" / "web" / "static"
MODULES = sorted((STATIC / "app").glob("*.js"))  # the app's own ES modules
D3 = STATIC / "vendor" / "d3"  # scripts/build_d3.py
APP = ["index.html", "app.css", "world.json", "app/main.js", "vendor/d3/index.js"]


def test_web_static_files_are_shipped() -> None:
    for name in APP:
        assert (STATIC / name).stat().st_size > 0, name


def test_web_static_nothing_from_elsewhere() -> None:
    html = (STATIC / "index.html").read_text(encoding="utf-8")
    assert re.findall(r"<script[^>]*>", html) == [
        '<script type="module" src="static/app/main.js">']
    assert "static/app.css" in html
    for path in [STATIC / "index.html", STATIC / "app.css", *MODULES]:
        text = path.read_text(encoding="utf-8")
        # the only absolute URLs are the SVG namespace and the http(s) test on article links
        urls = set(re.findall(r"https?://[^\s\"')]+", text)) - {"http://www.w3.org/2000/svg"}
        assert not urls, (path.name, urls)
        # modules import each other and the vendored d3 by relative path only
        for spec in re.findall(r'^import .*?from "([^"]+)";', text, flags=re.M | re.S):
            assert spec.startswith(("./", "../vendor/d3/")), (path.name, spec)
        assert "@import" not in text and "fonts.googleapis" not in text


@pytest.mark.parametrize("module", MODULES, ids=lambda path: path.name)
def test_web_app_renders_data_without_html_parsing(module: Path) -> None:
    code = module.read_text(encoding="utf-8")
    code = re.sub(r"/\*.*?\*/", "", code, flags=re.S)  # comments may name the sinks
    code = re.sub(r"(^|\s)//.*", "", code)
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write",
                 "eval(", "new Function", "createContextualFragment", "DOMParser",
                 "srcdoc", 'setAttribute("style"', ".html("):
        assert sink not in code, f"{module.name} uses {sink}: render data with DOM APIs only"
    # attribute names come from the code: handlers are attached with addEventListener
    assert not re.search(r"setAttribute\(\s*[\"']on", code)


def test_web_d3_is_vendored_with_its_licences() -> None:
    """d3-force, d3-geo and d3-zoom and what they need, each with its licence (NOTICE)."""
    imported = re.findall(r'^import "\./([\w-]+)\.min\.js";', (D3 / "index.js").read_text(),
                          flags=re.M)
    assert {"d3-force", "d3-geo", "d3-zoom", "d3-selection"} <= set(imported)
    notice = (STATIC.parents[3] / "NOTICE").read_text(encoding="utf-8")
    for name in imported:
        assert (D3 / f"{name}.LICENSE").read_text().startswith("Copyright"), name
        assert name in notice, name


@pytest.mark.parametrize("module", MODULES, ids=lambda path: path.name)
def test_web_app_module_parses(module: Path) -> None:
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed: it checks the modules' syntax (the browser tests "
                    "run the app itself)")
    result = subprocess.run([node, "--input-type=module", "--check"], input=module.read_text(
        encoding="utf-8"), capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, (module.name, result.stderr)
