"""The browser app's static files, checked without a browser: everything is served from the
package (no CDN), and data reaches the page through DOM APIs only (no HTML parsing of text)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

STATIC = Path(__file__).resolve().parents[1] / "src" / "dateline" / "web" / "static"
APP = ["index.html", "app.js", "app.css", "world.json"]


def test_web_static_files_are_shipped() -> None:
    for name in APP:
        assert (STATIC / name).stat().st_size > 0, name


def test_web_static_nothing_from_elsewhere() -> None:
    html = (STATIC / "index.html").read_text(encoding="utf-8")
    assert re.findall(r'<script src="([^"]+)"', html) == ["static/app.js"]
    assert "static/app.css" in html
    for name in ("index.html", "app.js", "app.css"):
        text = (STATIC / name).read_text(encoding="utf-8")
        # the only absolute URLs are the SVG namespace and the http(s) test on article links
        urls = set(re.findall(r"https?://[^\s\"')]+", text)) - {"http://www.w3.org/2000/svg"}
        assert not urls, (name, urls)
        assert "@import" not in text and "fonts.googleapis" not in text


def test_web_app_renders_data_without_html_parsing() -> None:
    code = (STATIC / "app.js").read_text(encoding="utf-8")
    code = re.sub(r"/\*.*?\*/", "", code, flags=re.S)  # comments may name the sinks
    code = re.sub(r"(^|\s)//.*", "", code)
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write",
                 "eval(", "new Function", "createContextualFragment", "DOMParser",
                 "srcdoc", 'setAttribute("style"'):
        assert sink not in code, f"app.js uses {sink}: render data with DOM APIs only"
    # attribute names come from the code: handlers are attached with addEventListener
    assert not re.search(r"setAttribute\(\s*[\"']on", code)


def test_web_app_script_parses() -> None:
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed: it checks app.js's syntax (the browser tests "
                    "run the script itself)")
    result = subprocess.run([node, "--check", str(STATIC / "app.js")], capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
