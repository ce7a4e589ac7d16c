"""The web layer: a REST API and a browser app over the event store (`dateline serve`).

    >>> from dateline.web import create_app
    >>> app = create_app("dateline.db")       # an ASGI app; `dateline serve` runs it
"""

from dateline.web.api import create_app

__all__ = ["create_app"]
