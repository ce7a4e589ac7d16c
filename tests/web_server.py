"""A real HTTP server (uvicorn on a loopback port, in a thread) for the web tests, and the
store holding the bundled examples that it serves."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import uvicorn

from dateline.settings import Settings
from dateline.store import Store
from dateline.web import create_app

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = [ROOT / "examples" / "tehran-taliban-talks-2018-12-26.txt",
            ROOT / "examples" / "wikinews" / "wikinews-politics.jsonl"]
TOKEN = "test-token-0123456789"


def build_example_store(path: Path) -> str:
    """Ingest the bundled examples (as `scripts/demo.sh` does) into a new SQLite store."""
    url = f"sqlite:///{path}"
    with Store(url) as store:
        summary = store.ingest([str(p) for p in EXAMPLES], published="2018-12-26")
    assert summary.stored > 0, summary
    return url


@contextmanager
def live_server(db: str, settings: Settings | None = None) -> Iterator[str]:
    """Serve `create_app(db)` on 127.0.0.1 (a free port); yields the base URL."""
    app = create_app(db, settings=settings or Settings(api_token=TOKEN))
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
