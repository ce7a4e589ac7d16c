"""A real HTTP server (uvicorn on a loopback port, in a thread) for the web tests, and the
store holding the bundled examples that it serves."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import uvicorn
from fastapi import FastAPI

from dateline.settings import Settings
from dateline.store import Store
from dateline.web import create_app

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = [ROOT / "examples" / "tehran-taliban-talks-2018-12-26.txt",
            ROOT / "examples" / "wikinews" / "wikinews-politics.jsonl"]
TOKEN = "test-token-0123456789"
# An article with no title whose first line is a long sentence, and two subheadings.
UNTITLED_ARTICLE = {
    "published": "2019-02-04",
    "text": ("Iranian Foreign Minister Mohammad Javad Zarif met Afghan President Ashraf Ghani in "
             "Kabul on Monday to discuss the peace talks with the Taliban. Both sides said the "
             "talks were useful.\n"
             "Talks in Kabul\n"
             "\"We support an Afghan-led peace process,\" Zarif told reporters after the "
             "meeting. Ghani thanked Iran for its support.\n"
             "What comes next\n"
             "The ministers agreed to meet again in Tehran next month."),
}
UNTITLED_HEADLINE = ("Iranian Foreign Minister Mohammad Javad Zarif met Afghan President Ashraf "
                     "Ghani in Kabul on Monday to discuss …")


def build_example_store(path: Path) -> str:
    """Ingest the bundled examples (as `scripts/demo.sh` does) into a new SQLite store."""
    url = f"sqlite:///{path}"
    with Store(url) as store:
        summary = store.ingest([str(p) for p in EXAMPLES], published="2018-12-26")
    assert summary.stored > 0, summary
    return url


@contextmanager
def live_server(db: str, settings: Settings | None = None, *,
                app: FastAPI | None = None) -> Iterator[str]:
    """Serve `create_app(db)` (or `app`) on 127.0.0.1 (a free port); yields the base URL."""
    app = app or create_app(db, settings=settings or Settings(api_token=TOKEN))
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test web server did not start")
        time.sleep(0.05)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        app.state.store.close()


def gated_extract(gate: str, article: dict[str, Any]) -> Any:
    """An extraction job (see `dateline.web.api.extract_job`) that first writes the id of the
    process running it to GATE/started, then keeps a CPU busy, as spaCy does, until the test
    creates GATE/release (at most 120 s), and then extracts the article."""
    from dateline.web.api import extract_job

    Path(gate, "started").write_text(str(os.getpid()), encoding="utf-8")
    release = Path(gate, "release")
    deadline = time.monotonic() + 120
    spins = 0
    while not release.exists() and time.monotonic() < deadline:
        for i in range(20_000):  # pure Python work, holding its process's GIL
            spins += i % 7
    return extract_job(article)
