"""The REST API over the store, and the browser app's static files (`dateline serve`).

Thin by design: each endpoint validates its parameters, opens a connection and returns what
`dateline.store.query` or `dateline.store.explore` computed. Reads are open unless
`protect_reads` is set; writes (`POST /extract`, `POST /articles`) need the bearer token in
`Settings.api_token` and are refused while none is set.
"""

from __future__ import annotations

import asyncio
import hmac
import multiprocessing
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import asynccontextmanager
from datetime import date
from importlib.resources import files
from pathlib import Path
from typing import Annotated, Any, Generic, Literal, TypeVar

import sqlalchemy as sa
from fastapi import APIRouter, Depends, FastAPI, HTTPException, Query, Request, status
from fastapi import Path as PathParam
from fastapi.concurrency import run_in_threadpool
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.routing import APIRoute
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, ConfigDict, Field

from dateline import __version__
from dateline.errors import ConfigError, DatelineError, InputError
from dateline.events.lexicon import QUAD_LABELS, load_lexicon
from dateline.extract import Extractor
from dateline.record import SCHEMA, Extraction, Modality
from dateline.settings import Settings
from dateline.store import Store, StoredEvent, StoredQuote, explore, query
from dateline.store import schema as tables
from dateline.web.middleware import BodyLimit, SecurityHeaders

STATIC = Path(str(files("dateline.web") / "static"))
T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    """One page of a longer list: `total` rows match, `items` holds `limit` from `offset`."""

    total: int
    limit: int
    offset: int
    items: list[T]


class Health(BaseModel):
    status: str
    articles: int
    schema_: str = Field(alias="schema")
    version: str


class ArticleIn(BaseModel):
    """An article to extract: its text and what is known about it."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, description="body text (plain text)")
    title: str | None = Field(None, max_length=2000)
    url: str | None = Field(None, max_length=2000)
    source: str | None = Field(None, max_length=200)
    published: date | None = Field(None, description="publication day, anchors relative dates")
    id: str | None = Field(None, max_length=200, description="your own id for the article")


class ArticleStored(BaseModel):
    id: str
    created: bool = Field(description="false when the article was stored already")
    events: int
    quotes: int


class Timeline(BaseModel):
    interval: str
    series: list[explore.TimelinePoint]


class MapPoints(BaseModel):
    items: list[explore.MapPoint]


class PloverQuad(BaseModel):
    quad: int
    label: str


class PloverType(BaseModel):
    type: str
    quad: int


class Plover(BaseModel):
    """The PLOVER quad classes, and the event types the coder assigns, each with its quad,
    in the order of the event lexicon's table (quad by quad)."""

    quads: list[PloverQuad]
    types: list[PloverType]


# --- parameters shared by several endpoints ---
Limit = Annotated[int, Query(ge=1, le=500, description="rows per page (at most 500)")]
Offset = Annotated[int, Query(ge=0, le=10_000_000)]
Text = Annotated[str | None, Query(max_length=200)]
Day = Annotated[date | None, Query(description="ISO day, YYYY-MM-DD")]
Quad = Annotated[int | None, Query(ge=1, le=4, description="PLOVER quad class 1-4")]
EventSort = Literal["date", "-date", "id", "-id", "type", "-type", "reports", "-reports",
                    "confidence", "-confidence"]
ArticleSort = Literal["published", "-published", "title", "-title", "ingested", "-ingested"]


def _printable(value: Any) -> Any:
    """`value` with every lone surrogate in its strings written as an escape (\\ud800): JSON
    text in UTF-8 cannot hold one, so an error that echoes the input must not either."""
    if isinstance(value, str):
        return value.encode("utf-8", "backslashreplace").decode("utf-8")
    if isinstance(value, dict):
        return {_printable(k): _printable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_printable(v) for v in value]
    return value


def _surrogates(text: str) -> str:
    found = dict.fromkeys(c for c in text if "\ud800" <= c <= "\udfff")
    return ", ".join(f"\\u{ord(c):04x}" for c in found)


def validation_error(_: Request, exc: RequestValidationError) -> JSONResponse:
    """The 422 for a bad request, as FastAPI writes it, except that input which is not valid
    Unicode (a lone surrogate such as "\\ud800" in the JSON) is named, not echoed raw."""
    errors = []
    for error in jsonable_encoder(exc.errors()):
        given = error.get("input")
        if error.get("type") == "string_unicode" and isinstance(given, str):
            field = ".".join(str(p) for p in error.get("loc", ())[1:]) or "value"
            error["msg"] = (f"{field} is not valid Unicode text: it holds a lone surrogate "
                            f"({_surrogates(given)}); send UTF-8 text")
        errors.append(_printable(error))
    return JSONResponse({"detail": errors},
                        status_code=status.HTTP_422_UNPROCESSABLE_CONTENT)


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _check_query(request: Request) -> None:
    """422 for a query parameter the endpoint does not take, or a NUL byte in a value:
    a misspelt filter must not silently return everything."""
    route = request.scope.get("route")
    known = _query_names(route) if isinstance(route, APIRoute) else set()
    errors = [{"type": "extra_forbidden", "loc": ("query", name), "input": value,
               "msg": f"unknown query parameter {name!r}; this endpoint takes: "
                      + (", ".join(sorted(known)) or "none")}
              for name, value in request.query_params.multi_items() if name not in known]
    errors += [{"type": "value_error", "loc": ("query", name), "input": value,
                "msg": "NUL characters are not allowed"}
               for name, value in request.query_params.multi_items() if "\x00" in value]
    if errors:
        raise RequestValidationError(errors)


_known_names: dict[int, set[str]] = {}


def _query_names(route: APIRoute) -> set[str]:
    if id(route) not in _known_names:
        names: set[str] = set()
        pending = [route.dependant]
        while pending:  # the route's own parameters and its dependencies' (filters)
            dependant = pending.pop()
            names.update(field.alias for field in dependant.query_params)
            pending.extend(dependant.dependencies)
        _known_names[id(route)] = names
    return _known_names[id(route)]


bearer = HTTPBearer(auto_error=False, description="Settings.api_token (DATELINE_API_TOKEN)")
Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]


def _settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def _check_token(settings: Settings, credentials: HTTPAuthorizationCredentials | None) -> None:
    if not settings.api_token:
        raise HTTPException(status.HTTP_403_FORBIDDEN,
                            "this server takes no writes: set DATELINE_API_TOKEN to allow them")
    if credentials is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "missing bearer token",
                            headers={"WWW-Authenticate": "Bearer"})
    if not hmac.compare_digest(credentials.credentials.encode(), settings.api_token.encode()):
        raise HTTPException(status.HTTP_403_FORBIDDEN, "wrong token")


def require_token(request: Request, credentials: Credentials) -> None:
    _check_token(_settings(request), credentials)


def read_access(request: Request, credentials: Credentials) -> None:
    settings = _settings(request)
    if settings.protect_reads:
        _check_token(settings, credentials)


def connection(request: Request) -> Iterator[sa.Connection]:
    store: Store = request.app.state.store
    with store.engine.connect() as conn:
        yield conn


Conn = Annotated[sa.Connection, Depends(connection)]
always_open = APIRouter()
reads = APIRouter(dependencies=[Depends(read_access)])
writes = APIRouter(dependencies=[Depends(require_token)])


# --- reads ---
@always_open.get("/health", response_model=Health, tags=["store"])
def health(conn: Conn) -> Health:
    """Open even when reads are protected: for load balancers and monitors."""
    count = conn.scalar(sa.select(sa.func.count()).select_from(tables.articles))
    return Health(status="ok", articles=int(count or 0), schema=SCHEMA, version=__version__)


@always_open.get("/plover", response_model=Plover, tags=["events"])
def plover() -> Plover:
    """The PLOVER types and quad classes events are coded with (the browser app's legend);
    open even when reads are protected: it is the coding scheme, not stored data."""
    quads = load_lexicon().quads
    return Plover(quads=[PloverQuad(quad=q, label=label) for q, label in QUAD_LABELS.items()],
                  types=[PloverType(type=t, quad=q)
                         for t, q in sorted(quads.items(), key=lambda item: item[1])])


@always_open.get("/", include_in_schema=False)
def index() -> FileResponse:
    return FileResponse(STATIC / "index.html")


@always_open.get("/docs", include_in_schema=False)
def docs() -> FileResponse:
    """Swagger UI 5 (reads OpenAPI 3.1), shipped in static/swagger-ui/ by
    scripts/build_swagger_ui.py (no CDN) and started by static/docs.js."""
    return FileResponse(STATIC / "docs.html")


@reads.get("/stats", response_model=explore.Stats, tags=["store"])
def stats(conn: Conn) -> explore.Stats:
    """Rows per table, events per PLOVER type and quad class, and the span of event dates."""
    return explore.stats(conn)


@reads.get("/articles", response_model=Page[explore.ArticleSummary], tags=["articles"])
def articles(conn: Conn, q: Text = None, source: Text = None, since: Day = None,
             until: Day = None, sort: ArticleSort = "-published", limit: Limit = 50,
             offset: Offset = 0) -> Page[explore.ArticleSummary]:
    """Stored articles; `q` keeps those whose title or text holds every word."""
    filters: dict[str, Any] = {"q": q, "source": source, "since": _iso(since),
                               "until": _iso(until)}
    return Page(total=explore.count_articles(conn, **filters), limit=limit, offset=offset,
                items=explore.find_articles(conn, sort=sort, limit=limit, offset=offset,
                                            **filters))


@reads.get("/articles/{article_id}", response_model=Extraction, tags=["articles"])
def article(conn: Conn, article_id: Annotated[str, PathParam(max_length=64)]) -> Extraction:
    """The article's full record: text, entities, quotes, times, places, events, offsets."""
    found = explore.get_article(conn, article_id)
    if found is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"no article {article_id!r}")
    return found


def event_filters(actor: Text = None, source: Text = None, target: Text = None,
                  type: Annotated[str | None, Query(max_length=32)] = None, quad: Quad = None,
                  since: Day = None, until: Day = None, place: Text = None,
                  country: Annotated[str | None, Query(max_length=8)] = None,
                  quote_by: Text = None,
                  article: Annotated[str | None, Query(max_length=64)] = None,
                  modality: Annotated[list[Modality] | None, Query(
                      max_length=5, description="events of this modality; repeat for "
                      "several (modality=future&modality=hypothetical)")] = None,
                  negated: Annotated[bool | None, Query(
                      description="true: only negated events (the text says they did not "
                      "happen); false: only the others")] = None,
                  min_confidence: Annotated[float | None, Query(
                      ge=0.0, le=1.0, description="only events at least this confident "
                      "(0-1; on the event gold, 0.7 keeps events about nine in ten of which "
                      "are right)")] = None,
                  ) -> dict[str, Any]:
    """Filters as in `dateline events`: `actor` either side, `source`/`target` a dyad
    (actor code like IRN, or part of a name); `article` the events one article reports;
    `modality` and `negated` how the text holds the event; `min_confidence` how sure the
    coder is of it."""
    return {"actor": actor, "source": source, "target": target, "type": type, "quad": quad,
            "since": _iso(since), "until": _iso(until), "place": place, "country": country,
            "quote_by": quote_by, "article": article, "modality": modality,
            "negated": negated, "min_confidence": min_confidence}


EventFilters = Annotated[dict[str, Any], Depends(event_filters)]


@reads.get("/events", response_model=Page[StoredEvent], tags=["events"])
def events(conn: Conn, filters: EventFilters, sort: EventSort = "date", limit: Limit = 50,
           offset: Offset = 0,
           sample: Annotated[int | None, Query(
               ge=0, le=10_000, description="draw this many of the matching events at "
               "random, to read and judge (the same ones again for the same seed)")] = None,
           seed: Annotated[int, Query(ge=0, le=2**31)] = 0) -> Page[StoredEvent]:
    """Events (one per real-world event) with every report and its evidence sentence."""
    total = query.count_events(conn, **filters)
    return Page(total=total if sample is None else min(sample, total), limit=limit,
                offset=offset, items=query.find_events(conn, sort=sort, limit=limit,
                                                       offset=offset, sample=sample,
                                                       seed=seed, **filters))


@reads.get("/events/{event_id}", response_model=StoredEvent, tags=["events"])
def event(conn: Conn, event_id: Annotated[int, PathParam(ge=1, le=2**62)]) -> StoredEvent:
    found = query.load_events(conn, [event_id])
    if not found:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"no event {event_id}")
    return found[0]


@reads.get("/actors", response_model=Page[explore.ActorSummary], tags=["actors"])
def actors(conn: Conn, q: Text = None, limit: Limit = 50, offset: Offset = 0
           ) -> Page[explore.ActorSummary]:
    """Actor codes by how many events they take part in; `q` a code or part of a name."""
    return Page(total=explore.count_actors(conn, q=q), limit=limit, offset=offset,
                items=explore.find_actors(conn, q=q, limit=limit, offset=offset))


@reads.get("/actors/{code}", response_model=explore.ActorProfile, tags=["actors"])
def actor(conn: Conn, code: Annotated[str, PathParam(max_length=16)]) -> explore.ActorProfile:
    """One actor code: events as source and target, its names, and its top partners."""
    found = explore.actor_profile(conn, code)
    if found is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"no events with actor code {code!r}")
    return found


@reads.get("/timeline", response_model=Timeline, tags=["events"])
def timeline(conn: Conn, filters: EventFilters,
             interval: Literal["month", "year"] = "month") -> Timeline:
    """Event counts per period and type, for an actor (`actor`) or a dyad (`source`+`target`)."""
    return Timeline(interval=interval,
                    series=explore.timeline(conn, interval=interval, **filters))


@reads.get("/network", response_model=explore.Network, tags=["actors"])
def network(conn: Conn, filters: EventFilters,
            min_events: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
            limit: Annotated[int, Query(ge=1, le=1000)] = 100) -> explore.Network:
    """Who acts on whom: edges from source code to target code, weight = events."""
    return explore.network(conn, min_events=min_events, limit=limit, **filters)


@reads.get("/map", response_model=MapPoints, tags=["events"])
def event_map(conn: Conn, filters: EventFilters,
              limit: Annotated[int, Query(ge=1, le=10_000)] = 2000) -> MapPoints:
    """Located events, most reported first."""
    return MapPoints(items=explore.map_points(conn, limit=limit, **filters))


@reads.get("/quotes", response_model=Page[StoredQuote], tags=["quotes"])
def quotes(conn: Conn, speaker: Text = None, q: Text = None, limit: Limit = 50,
           offset: Offset = 0) -> Page[StoredQuote]:
    """Quotes; `speaker` part of the speaker's name, `q` words the quote must hold."""
    return Page(total=query.count_quotes(conn, speaker=speaker, text=q), limit=limit,
                offset=offset, items=query.find_quotes(conn, speaker=speaker, text=q,
                                                       limit=limit, offset=offset))


@reads.get("/search", response_model=explore.SearchResult, tags=["search"])
def search(conn: Conn, q: Annotated[str, Query(min_length=1, max_length=200)],
           limit: Annotated[int, Query(ge=1, le=100)] = 20) -> explore.SearchResult:
    """Articles and quotes holding every word of `q` (case-insensitive substring match)."""
    return explore.search(conn, q, limit=limit)


# --- writes ---
# Extraction (spaCy and the pipeline) is CPU-bound pure Python for seconds per long article:
# run in the server process it holds the GIL and every read waits on it (one 82,000-character
# article slowed reads to ~0.9 s). So it runs in a worker process, started on the first write
# and loading the pipeline once; the server only awaits its answer.
_worker_settings: Settings | None = None
_worker_extractor: Extractor | None = None

Outcome = tuple[Literal["record"], Extraction] | tuple[Literal["refused", "failed"], dict[str, str]]


def _start_worker(settings: Settings) -> None:
    global _worker_settings
    _worker_settings = settings


def extract_job(article: dict[str, Any]) -> Outcome:
    """Run in the extraction worker process: one article (`ArticleIn` fields) to its record,
    or the error to answer with (a refused input is the client's, 422; another dateline
    error is the server's, 500)."""
    global _worker_extractor
    try:
        if _worker_extractor is None:
            _worker_extractor = Extractor(_worker_settings or Settings.from_env())
        record = _worker_extractor.extract(
            article["text"], published=article.get("published"), title=article.get("title"),
            url=article.get("url"), source=article.get("source"), input_id=article.get("id"))
    except InputError as exc:
        return "refused", {"code": exc.code, "message": exc.message}
    except DatelineError as exc:
        return "failed", {"code": exc.code, "message": exc.message}
    return "record", record


class _Extraction:
    """One extraction worker process per app (spawned on first use, one article at a time,
    requests queue for it); `job` is the function it runs (`extract_job`)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.lock = threading.Lock()
        self.pool: ProcessPoolExecutor | None = None
        self.job: Callable[[dict[str, Any]], Outcome] = extract_job

    def _executor(self) -> ProcessPoolExecutor:
        with self.lock:
            if self.pool is None:
                # spawn, not fork: the server process has threads (and maybe an event loop)
                self.pool = ProcessPoolExecutor(
                    max_workers=1, mp_context=multiprocessing.get_context("spawn"),
                    initializer=_start_worker, initargs=(self.settings,))
            return self.pool

    async def __call__(self, body: ArticleIn) -> Extraction:
        pool = self._executor()
        try:
            outcome = await asyncio.wrap_future(pool.submit(self.job, body.model_dump()))
        except BrokenProcessPool as exc:  # the worker died (killed, out of memory)
            with self.lock:
                if self.pool is pool:
                    self.pool = None
            pool.shutdown(wait=False, cancel_futures=True)
            raise HTTPException(status.HTTP_500_INTERNAL_SERVER_ERROR, {
                "code": "DL301", "message": "the extraction worker stopped while extracting "
                "this article; it is restarted for the next request"}) from exc
        if outcome[0] == "refused":
            raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, outcome[1])
        if outcome[0] == "failed":
            raise HTTPException(status.HTTP_500_INTERNAL_SERVER_ERROR, outcome[1])
        return outcome[1]

    def close(self) -> None:
        with self.lock:
            pool, self.pool = self.pool, None
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)


@writes.post("/extract", response_model=Extraction, tags=["extract"])
async def extract(request: Request, body: ArticleIn) -> Extraction:
    """Extract one article and return its record; nothing is stored. Extraction runs in a
    worker process, so reads are served at full speed meanwhile."""
    extraction: _Extraction = request.app.state.extraction
    return await extraction(body)


@writes.post("/articles", response_model=ArticleStored, status_code=status.HTTP_201_CREATED,
             tags=["articles"], responses={200: {"description": "stored already"}})
async def add_article(request: Request, body: ArticleIn) -> Any:
    """Extract one article and store it (201), or find it stored already (200)."""
    extraction: _Extraction = request.app.state.extraction
    record = await extraction(body)
    store: Store = request.app.state.store
    created = await run_in_threadpool(store.add, record) is not None
    stored = ArticleStored(id=record.article.id, created=created, events=len(record.events),
                           quotes=len(record.quotes))
    if created:
        return stored
    return JSONResponse(stored.model_dump(), status_code=status.HTTP_200_OK)


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    yield
    app.state.extraction.close()


# --- the app ---
def create_app(db: str | None = None, *, settings: Settings | None = None) -> FastAPI:
    """The API and browser app over the store at `db` (see `dateline.store.resolve_url`)."""
    settings = settings or Settings.from_env()
    if settings.protect_reads and not settings.api_token:
        raise ConfigError("protected reads need a token: set DATELINE_API_TOKEN",
                          code="DL202")
    app = FastAPI(title="dateline", version=__version__, docs_url=None, redoc_url=None,
                  lifespan=_lifespan,
                  description="Events, actors and quotes extracted from news articles, each "
                              "with the article characters it came from.",
                  dependencies=[Depends(_check_query)])
    app.state.settings = settings
    app.state.store = Store(db)
    app.state.extraction = _Extraction(settings)
    app.include_router(always_open)
    app.include_router(reads)
    app.include_router(writes)
    app.add_middleware(SecurityHeaders)
    app.add_middleware(BodyLimit, max_bytes=settings.max_request_bytes)

    app.add_exception_handler(RequestValidationError, validation_error)  # type: ignore[arg-type]

    @app.exception_handler(DatelineError)
    def dateline_error(_: Request, exc: DatelineError) -> JSONResponse:
        return JSONResponse({"detail": {"code": exc.code, "message": exc.message}},
                            status_code=status.HTTP_500_INTERNAL_SERVER_ERROR)

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.mount("/docs-assets", StaticFiles(directory=STATIC / "swagger-ui"), name="docs-assets")
    return app


def app_from_env() -> FastAPI:
    """The app for $DATELINE_DB and `Settings.from_env()`: for `uvicorn --factory` and the
    worker processes of `dateline serve --workers N`."""
    return create_app(None)

