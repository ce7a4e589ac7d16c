"""Run one stage's evaluation: read gold, extract with the real pipeline, score, compare.

The extractor gets each gold text as an article (with its publication date). Its record
keeps the text after normalization and dateline stripping; gold spans are projected onto
that text (`align.project_doc`) and spans that fall in removed text are counted in
`skipped["gold_spans_dropped"]`. Items the extractor refuses are counted by error code.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, TypeVar

from dateline.errors import EvaluationError, GoldDataMissing
from dateline.evaluate.align import project_doc
from dateline.evaluate.events_doc import score_events_doc
from dateline.evaluate.gold import GoldDoc
from dateline.evaluate.peers import PEERS, bare_pipeline
from dateline.evaluate.readers import (
    read_geovirus,
    read_meantime,
    read_petrarch,
    read_plover_gsr,
    read_polnear,
)
from dateline.evaluate.readers.events_doc import read_events_doc, read_train_batches
from dateline.evaluate.readers.geovirus import geovirus_files
from dateline.evaluate.readers.meantime import meantime_files
from dateline.evaluate.readers.petrarch import petrarch_files
from dateline.evaluate.readers.plover import plover_files
from dateline.evaluate.readers.polnear import polnear_files
from dateline.evaluate.scorers import SCORERS as STAGE_SCORERS
from dateline.evaluate.scorers import StageScore
from dateline.events.model import load_event_model
from dateline.extract import Extractor
from dateline.nlp.pages import small_pages
from dateline.record import Extraction, ItemError

T = TypeVar("T")
Track = Callable[[Iterable[T], str, int], Iterator[T]]


@dataclass(frozen=True)
class Dataset:
    """Where a stage's gold lives and how to read it; `files` feed the gate's checksum."""

    stage: str
    name: str
    splits: tuple[str, ...]
    read: Callable[[Path, str], list[GoldDoc]]
    files: Callable[[Path, str], list[Path]]
    # User actor dictionaries the gold's codes come from (read from the data folder).
    actor_dictionaries: Callable[[Path], tuple[str, ...]] | None = None
    # User verb dictionaries the gold's event codes come from.
    verb_dictionaries: Callable[[Path], tuple[str, ...]] | None = None


def _petrarch_dictionaries(root: Path) -> tuple[str, ...]:
    folder = root / "petrarch_validation" / "petrarch2" / "data" / "dictionaries"
    return (str(folder / "PETR.Validate.actors.txt"), str(folder / "PETR.Validate.agents.txt"))


def _petrarch_verbs(root: Path) -> tuple[str, ...]:
    folder = root / "petrarch_validation" / "petrarch2" / "data" / "dictionaries"
    return (str(folder / "PETR.Validate.verbs.txt"),)


def _polnear_files(root: Path, split: str) -> list[Path]:
    pairs = polnear_files(root / "polnear", split)
    return [p for pair in pairs for p in pair] + [root / "polnear" / "data" / "metadata.tsv"]


DATASETS: dict[str, Dataset] = {
    "entities": Dataset("entities", "MEANTIME (en)", ("dev",),
                        lambda root, _: read_meantime(root / "meantime_en"),
                        lambda root, _: meantime_files(root / "meantime_en")),
    "times": Dataset("times", "MEANTIME (en)", ("dev",),
                     lambda root, _: read_meantime(root / "meantime_en"),
                     lambda root, _: meantime_files(root / "meantime_en")),
    "quotes": Dataset("quotes", "PolNeAR", ("dev", "train"),
                      lambda root, split: read_polnear(root / "polnear", split),
                      _polnear_files),
    "places": Dataset("places", "GeoVirus", ("dev", "tune", "test"),
                      lambda root, split: read_geovirus(root / "geo", split),
                      lambda root, _: geovirus_files(root / "geo")),
    "events": Dataset("events", "PLOVER GSR (dev half)", ("dev",),
                      lambda root, _: read_plover_gsr(root / "plover_gsr"),
                      lambda root, _: plover_files(root / "plover_gsr")),
    "petrarch": Dataset(
        "petrarch", "PETRARCH2 unit tests → PLOVER, with the suite's dictionaries", ("dev",),
        lambda root, _: read_petrarch(root / "petrarch_validation", root / "plover_gsr"),
        lambda root, _: [*petrarch_files(root / "petrarch_validation", root / "plover_gsr"),
                         *(Path(p) for p in _petrarch_dictionaries(root)),
                         *(Path(p) for p in _petrarch_verbs(root))],
        _petrarch_dictionaries, _petrarch_verbs),
    "actors": Dataset("actors", "PLOVER GSR (dev half) actors", ("dev",),
                      lambda root, _: read_plover_gsr(root / "plover_gsr"),
                      lambda root, _: plover_files(root / "plover_gsr")),
    "petrarch-actors": Dataset(
        "petrarch-actors", "PETRARCH2 unit tests actors, with the suite's dictionaries", ("dev",),
        lambda root, _: read_petrarch(root / "petrarch_validation", root / "plover_gsr"),
        lambda root, _: [*petrarch_files(root / "petrarch_validation", root / "plover_gsr"),
                         *(Path(p) for p in _petrarch_dictionaries(root))],
        _petrarch_dictionaries),
    # dateline's own whole-article gold ships in the repository (data/events), not in the
    # gold-data folder: it is read from $DATELINE_EVENT_GOLD or the checkout. Its train
    # batches the shipped model did not learn from score news of other kinds ("held-out",
    # or one batch), with their sentence gold.
    "events-doc": Dataset("events-doc", "dateline event gold (whole articles)",
                          ("dev", "held-out", *(f"batch-{n}" for n in range(2, 6))),
                          lambda _root, split: _event_gold(split),
                          lambda _root, split: _event_gold_files(split)),
}
STAGES = tuple(DATASETS)
SCORERS = {**STAGE_SCORERS, "events-doc": score_events_doc}


def _event_gold(split: str) -> list[GoldDoc]:
    if split == "dev":
        return read_events_doc(event_gold_path())
    articles, sentences = _event_gold_files(split)
    return read_train_batches(articles, sentences, _batches(split, articles))


def _event_gold_files(split: str) -> list[Path]:
    if split == "dev":
        return [event_gold_path()]
    folder = event_gold_path().parent
    return [folder / "articles.jsonl", folder / "train.jsonl"]


def _batches(split: str, articles: Path) -> frozenset[int]:
    """The train batches a split names: one ("batch-5"), or every one the shipped event
    model did not learn from ("held-out")."""
    if split.startswith("batch-"):
        return frozenset({int(split.removeprefix("batch-"))})
    model = load_event_model()
    learned = set(model.meta.get("batches", [1])) if model is not None else set()
    present = {json.loads(line).get("batch", 1)
               for line in articles.read_text(encoding="utf-8").splitlines() if line.strip()}
    return frozenset(present - learned)


def event_gold_path() -> Path:
    """$DATELINE_EVENT_GOLD, else data/events/gold-dev.jsonl of the checkout."""
    if env := os.environ.get("DATELINE_EVENT_GOLD"):
        return Path(env)
    return Path(__file__).resolve().parents[3] / "data" / "events" / "gold-dev.jsonl"


def default_data_root() -> Path:
    """$DATELINE_GOLD_DATA, else ../shared/data from the working directory or the repo."""
    if env := os.environ.get("DATELINE_GOLD_DATA"):
        return Path(env)
    candidates = [Path.cwd().parent / "shared" / "data",
                  Path(__file__).resolve().parents[4] / "shared" / "data"]
    return next((c for c in candidates if c.is_dir()), candidates[0])


def gold_checksum(root: Path, stage: str, split: str = "dev") -> str:
    """SHA-256 over the relative path and bytes of every gold file a stage reads."""
    digest = hashlib.sha256()
    for path in sorted(DATASETS[stage].files(root, split)):
        name = path.relative_to(root) if path.is_relative_to(root) else Path(path.name)
        digest.update(name.as_posix().encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()


@dataclass
class EvalReport:
    stage: str
    dataset: str
    split: str
    limit: int | None
    docs: int
    systems: dict[str, StageScore]
    skipped: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "stage": self.stage, "dataset": self.dataset, "split": self.split,
            "limit": self.limit, "docs": self.docs, "skipped": self.skipped,
            "notes": self.notes,
            "systems": {name: {"metrics": score.metrics, "details": score.details}
                        for name, score in self.systems.items()},
        }


def _no_track(items: Iterable[T], _label: str, _total: int) -> Iterator[T]:
    yield from items


def load_gold(stage: str, root: Path, split: str = "dev", limit: int | None = None
              ) -> list[GoldDoc]:
    """The first `limit` gold documents of a stage's split, in the reader's sorted order."""
    if stage not in DATASETS:
        raise EvaluationError(f"unknown stage '{stage}'; one of {', '.join(STAGES)}")
    dataset = DATASETS[stage]
    if split not in dataset.splits:
        raise EvaluationError(f"{dataset.name} has no split '{split}' (it has: "
                         f"{', '.join(dataset.splits)})")
    files = dataset.files(root, split)
    missing = [p for p in files if not p.is_file()]
    in_root = any(p.is_relative_to(root) for p in files)
    if (in_root and not root.is_dir()) or missing or not files:
        raise GoldDataMissing(f"gold data for '{stage}' not found under {root}"
                              + (f" (missing {missing[0]})" if missing else ""))
    docs = dataset.read(root, split)
    return docs if limit is None else docs[:limit]


def evaluate(stage: str, *, root: Path | None = None, split: str = "dev",
             limit: int | None = None, extractor: Extractor | None = None, peers: bool = True,
             track: Track[Any] = _no_track) -> EvalReport:
    """Score dateline (and the stage's peers) on a stage's gold data."""
    root = root or default_data_root()
    extractor = extractor or Extractor()
    if (dictionaries := DATASETS[stage].actor_dictionaries) is not None:
        extractor = Extractor(replace(extractor.settings, actor_dictionaries=dictionaries(root)))
    if (verbs := DATASETS[stage].verb_dictionaries) is not None:
        extractor = Extractor(replace(extractor.settings, verb_dictionaries=verbs(root)))
    docs = load_gold(stage, root, split, limit)
    skipped: Counter[str] = Counter()
    golds: list[GoldDoc] = []
    records: list[Extraction] = []
    results = extractor.extract_many(_inputs(docs))
    for doc, result in track(zip(docs, results, strict=True), f"dateline {stage}", len(docs)):
        if isinstance(result, ItemError):
            skipped[f"refused.{result.code}"] += 1
            continue
        projected, dropped = project_doc(doc, result.article.text)
        skipped["gold_spans_dropped"] += dropped
        golds.append(projected)
        records.append(result)
    scorer = SCORERS[stage]
    systems = {"dateline": scorer(golds, records)}
    if stage in OTHER_CODER_STAGES and peers:
        # the other event coder on the same articles, side by side (rules vs model)
        other = "model" if extractor.settings.event_coder == "rules" else "rules"
        alternative = Extractor(replace(extractor.settings, event_coder=other))
        again = [r for r in alternative.extract_many(_inputs(golds))
            if isinstance(r, Extraction)]
        systems[f"coder={other}"] = scorer(golds, again)
    if stage == "places" and peers:
        # the other ranking of place candidates on the same articles (hand vs learned)
        from dateline.places.resolve import load_ranker, use_ranker

        other = "learned" if load_ranker().name == "hand" else "hand"
        with use_ranker(other):
            again = [r for r in extractor.extract_many(_inputs(golds))
                if isinstance(r, Extraction)]
        systems[f"ranker={other}"] = scorer(golds, again)
    if stage == "quotes" and peers:
        # the other quote attribution on the same articles, side by side (model vs rules)
        from dateline.quotes import attribution_mode, use_attribution

        other = "rules" if attribution_mode() == "model" else "model"
        with use_attribution(other):
            again = [r for r in extractor.extract_many(_inputs(golds))
                if isinstance(r, Extraction)]
        systems[f"attribution={other}"] = scorer(golds, again)
    stage_peers = PEERS.get(stage, {}) if peers else {}
    if stage_peers:
        nlp = bare_pipeline(extractor.settings.models)
        parsed = nlp.pipe(r.article.text for r in records)
        outputs: dict[str, list[Extraction]] = {name: [] for name in stage_peers}
        with small_pages():  # as dateline parses
            for record, parse in track(zip(records, parsed, strict=True), f"peers {stage}",
                                       len(records)):
                for name, peer in stage_peers.items():
                    try:
                        with time_limit(PEER_SECONDS):
                            outputs[name].append(peer(parse, record))
                    except PeerTimeout:
                        skipped[f"{name}.timeout"] += 1
                        outputs[name].append(Extraction(article=record.article))
                    except Exception:  # a peer's failure on one text scores that text empty
                        skipped[f"{name}.failed"] += 1
                        outputs[name].append(Extraction(article=record.article))
        systems.update({name: scorer(golds, out) for name, out in outputs.items()})
    return EvalReport(stage=stage, dataset=DATASETS[stage].name, split=split, limit=limit,
                      docs=len(records), systems=systems,
                      skipped={k: v for k, v in sorted(skipped.items()) if v},
                      notes=learned_from_notes(stage, extractor))


# Stages whose table shows the other event coder beside dateline's (rules vs model).
OTHER_CODER_STAGES = ("events-doc", "events", "petrarch")


def _inputs(docs: Iterable[GoldDoc]) -> Iterator[dict[str, Any]]:
    """The gold articles as a user gives them: text, date and headline."""
    for doc in docs:
        yield {"text": doc.text, "published": doc.published, "id": doc.id,
               "title": doc.meta.get("title")}


def learned_from_notes(stage: str, extractor: Extractor) -> list[str]:
    """What a reader must know to trust a stage's figure: the event model learned from the
    PLOVER records `events` scores, so that figure is in-sample; the honest one is the
    model's own out-of-fold accuracy, measured when it was trained."""
    if stage != "events" or extractor.settings.event_coder != "model":
        return []
    model = load_event_model()
    folds = (model.meta.get("cross_validation") or {}) if model is not None else {}
    if "plover_model" not in folds:
        return []
    return [f"the event model learned from these records, so its type.acc above is "
            f"in-sample; out of fold ({folds['folds']} folds, scripts/train_event_model.py) "
            f"its type accuracy was {folds['plover_model']['type.acc']:.3f}, the rules' "
            f"{folds['plover_rules']['type.acc']:.3f}"]


# A peer gets this long per document; a text it runs away on (textacy's direct quotations
# have been seen to run for most of an hour on one PolNeAR text) is scored empty.
PEER_SECONDS = 60


class PeerTimeout(Exception):
    pass


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise `PeerTimeout` in the block after `seconds` (a no-op off the main thread or
    where there is no SIGALRM)."""
    if not hasattr(signal, "SIGALRM") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(_signum: int, _frame: object) -> None:
        raise PeerTimeout

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def key_metrics(stage: str) -> Sequence[str]:
    """The metrics a table shows first and the gate pins, per stage."""
    return GATED_METRICS[stage]


GATED_METRICS: dict[str, tuple[str, ...]] = {
    "entities": ("overlap.f1", "strict.f1", "overlap.p", "overlap.r"),
    "quotes": ("content.overlap.f1", "content.exact.f1", "cue.exact.f1", "source.overlap.f1",
               "speaker.acc"),
    "times": ("strict.f1", "relaxed.f1", "value.f1", "value.acc"),
    "places": ("overlap.f1", "exact.f1", "acc", "acc161", "acc.units", "acc.points"),
    "events": ("type.acc", "type.macro_f1", "source.country.acc", "target.country.acc"),
    "petrarch": ("type.acc", "type.macro_f1", "source.country.acc", "target.country.acc"),
    "actors": ("country.acc", "sector.acc", "found"),
    "petrarch-actors": ("country.acc", "sector.acc", "found"),
    "events-doc": ("typed.p", "typed.r", "typed.f1", "detect.f1", "source.country.acc",
                   "target.country.acc", "date.acc", "typed.p@0.7", "place.acc",
                   "place.country.acc"),
}
