"""Build dateline's event gold: choose the articles, lay out annotation tasks, compile.

Sources (both may be shipped, with attribution in NOTICE and each item's URL):
- ../shared/data/news/wikinews_2019_2020 — English Wikinews, CC BY 2.5;
- ../shared/data/news/kremlin_ukraine_press_releases — kremlin.ru and president.gov.ua
  press releases, CC BY 4.0.

    python scripts/build_event_gold.py prepare    # once: data/events/articles.jsonl
    python scripts/build_event_gold.py extend --batch 2   # more train articles, appended
    python scripts/build_event_gold.py tasks      # numbered sentences to read
    python scripts/build_event_gold.py check F…   # an annotator's files
    python scripts/build_event_gold.py compile    # annotations -> gold-dev.jsonl, train.jsonl
    python scripts/build_event_gold.py agreement  # the doubly annotated articles

`prepare` fixes the articles, their normalized text (as dateline ingests it) and their
sentences once; the splits live in that file and are never reshuffled. Annotators write one
JSON line per sentence (docs/annotating-events.md) under data/events/annotations/; `compile`
turns those lines into character offsets and writes gold-dev.jsonl and train.jsonl.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from dateline.evaluate.readers.events_doc import (  # noqa: E402
    AnnotationError,
    ambiguous_spans,
    compile_article,
    read_annotation_lines,
    validate_record,
)

EVENTS = ROOT / "data" / "events"
ARTICLES = EVENTS / "articles.jsonl"
ANNOTATIONS = EVENTS / "annotations"
TASKS = ROOT / "out" / "annotation"
SEED = 14
GOLD_ARTICLES = {"wikinews": 22, "kremlin": 10, "ukraine": 8}
TRAIN_SENTENCES = {"wikinews": 2500, "kremlin": 1000, "ukraine": 800}
GOLD_CHARS = (600, 3500)
TRAIN_CHARS = (300, 7000)
MAX_TRAIN_SENTENCES_PER_ARTICLE = 45

LICENCES = {
    "wikinews": ("Wikinews", "CC BY 2.5"),
    "kremlin": ("kremlin.ru", "CC BY 4.0"),
    "ukraine": ("president.gov.ua", "CC BY 4.0"),
}
# Topic words scored on the title and lead, so the gold keeps a mix of story kinds.
TOPICS = {
    "conflict": ("attack", "killed", "troops", "military", "shelling", "bomb", "war", "army",
                 "missile", "fighting", "soldiers", "invasion", "militant", "airstrike"),
    "diplomacy": ("talks", "meeting", "visit", "telephone", "summit", "foreign minister",
                  "ambassador", "agreement", "negotiat", "conversation", "sanction"),
    "protest": ("protest", "demonstrat", "rally", "rallies", "marched", "marchers", "riot",
                "activist"),
    "domestic": ("election", "parliament", "court", "law", "bill", "vote", "party", "government",
                 "police", "arrest", "opposition", "impeach"),
}
# Ceremonial messages hold few events: the gold keeps at most one per corpus (as "other").
CEREMONIAL = re.compile(r"\b(greetings|congratulat|condolences|birthday)", re.IGNORECASE)
OTHER_PER_CORPUS = {"wikinews": 3, "kremlin": 1, "ukraine": 1}


def topic_of(title: str, text: str) -> str:
    if CEREMONIAL.search(title):
        return "other"
    lead = f"{title} {text[:700]}".lower()
    scores = {topic: sum(len(re.findall(rf"\b{word}", lead)) for word in words)
              for topic, words in TOPICS.items()}
    best = max(scores, key=lambda t: (scores[t], t == "domestic"))
    return best if scores[best] >= 2 else "other"


def read_sources(shared: Path) -> dict[str, list[dict[str, str]]]:
    """Every source row as {id, title, url, published, text}, per corpus."""
    csv.field_size_limit(10**9)
    news = shared / "data" / "news"
    out: dict[str, list[dict[str, str]]] = {"wikinews": [], "kremlin": [], "ukraine": []}
    for year in ("2019", "2020"):
        path = news / "wikinews_2019_2020" / f"wikinews_{year}.csv"
        with path.open(encoding="utf-8", newline="") as handle:
            for number, row in enumerate(csv.DictReader(handle)):
                out["wikinews"].append({
                    "id": f"wn{year}-{number:03d}", "title": row["title"],
                    "url": row["url"].replace(".org//wiki/", ".org/wiki/"),
                    "published": row["date"], "text": row["text"]})
    for corpus, name in (("kremlin", "putin.csv"), ("ukraine", "zelenskyy.csv")):
        path = news / "kremlin_ukraine_press_releases" / name
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                number = re.sub(r"\D", "", row["link"].rsplit("-", 1)[-1].rsplit("/", 1)[-1])
                out[corpus].append({
                    "id": f"{corpus[:2]}-{number}", "title": row["headline"], "url": row["link"],
                    "published": row["date"][:10], "text": row["body"]})
    return out


def normalized(row: dict[str, str]) -> str:
    """The body text exactly as dateline ingests it (normalized, dateline cut off)."""
    from dateline.ingest.datelines import split_dateline
    from dateline.ingest.normalize import normalize_text

    return split_dateline(normalize_text(row["text"]))[1]


def choose(rows: list[dict[str, str]], corpus: str) -> tuple[list[dict[str, str]],
                                                             list[dict[str, str]]]:
    """Gold articles (a topic mix of mid-length stories) and train articles, by a fixed seed."""
    rng = random.Random(f"{SEED}-{corpus}")
    rows = [r for r in rows if _usable(r)]
    rng.shuffle(rows)
    low, high = GOLD_CHARS
    by_topic: dict[str, list[dict[str, str]]] = {}
    for row in rows:
        if low <= len(row["text"]) <= high:
            by_topic.setdefault(topic_of(row["title"], row["text"]), []).append(row)
    gold: list[dict[str, str]] = []
    by_topic["other"] = by_topic.get("other", [])[:OTHER_PER_CORPUS[corpus]]
    order = ["conflict", "diplomacy", "protest", "domestic", "other"]
    while len(gold) < GOLD_ARTICLES[corpus] and any(by_topic.get(t) for t in order):
        for topic in order:
            if by_topic.get(topic) and len(gold) < GOLD_ARTICLES[corpus]:
                gold.append(by_topic[topic].pop(0))
    taken = {r["id"] for r in gold}
    low, high = TRAIN_CHARS
    train = [r for r in rows if r["id"] not in taken and low <= len(r["text"]) <= high]
    return gold, train


def _usable(row: dict[str, str]) -> bool:
    """Not a collection of items ("* * *") nor an interview: one story to annotate."""
    return "* * *" not in row["text"] and "interview" not in row["title"].lower()


def _load_nlp() -> Any:
    from dateline.nlp import load_model
    from dateline.settings import Settings

    return load_model(Settings.from_env().models)


def _article(nlp: Any, row: dict[str, str], corpus: str, split: str,
             batch: int | None = None) -> dict[str, Any]:
    """An article record: the text as dateline ingests it and its sentences (offsets)."""
    text = normalized(row)
    outlet, licence = LICENCES[corpus]
    return {"id": row["id"], "split": split, **({"batch": batch} if batch else {}),
            "corpus": corpus, "source": outlet, "licence": licence, "url": row["url"],
            "title": row["title"], "published": row["published"],
            "topic": topic_of(row["title"], row["text"]), "text": text,
            "sentences": [[s.start_char, s.end_char] for s in nlp(text).sents
                          if text[s.start_char:s.end_char].strip()]}


def prepare(shared: Path) -> None:
    if ARTICLES.exists():
        sys.exit(f"{ARTICLES} exists: the splits are fixed; delete it only to start over")
    nlp = _load_nlp()
    sources = read_sources(shared)
    records: list[dict[str, Any]] = []
    for corpus, rows in sources.items():
        gold, train = choose(rows, corpus)
        for split, chosen in (("gold-dev", gold), ("train", train)):
            budget = TRAIN_SENTENCES[corpus] if split == "train" else None
            for row in chosen:
                record = _article(nlp, row, corpus, split)
                if split == "train":
                    if len(record["sentences"]) > MAX_TRAIN_SENTENCES_PER_ARTICLE:
                        continue
                    if budget is not None and budget <= 0:
                        break
                    budget = (budget or 0) - len(record["sentences"])
                records.append(record)
    EVENTS.mkdir(parents=True, exist_ok=True)
    with ARTICLES.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    counts = Counter((r["split"], r["corpus"]) for r in records)
    sentences = Counter(r["split"] for r in records for _ in r["sentences"])
    print(f"wrote {len(records)} articles to {ARTICLES}: {dict(counts)}; "
          f"sentences {dict(sentences)}")


# Later batches of train articles (2026-12-03), per corpus: the second mostly Wikinews, the
# wire-style news the first batch had least of, the third what Wikinews has left and more
# press releases, the fourth press releases only. The demo's own Wikinews examples stay out,
# so that reading the demo store judges articles the model never learned from.
EXTEND_ARTICLES = {2: {"wikinews": 60, "kremlin": 20, "ukraine": 20},
                   3: {"wikinews": 30, "kremlin": 35, "ukraine": 35},
                   4: {"wikinews": 0, "kremlin": 60, "ukraine": 60},
                   5: {"wikinews": 100, "kremlin": 0, "ukraine": 0}}
EXTEND_MAX_SENTENCES = 30
# The fifth batch (2026-12-06) is what the others kept out: every Wikinews article left
# (interviews and month digests of the US campaign included) of up to 120 sentences. Read
# by hand, the model's false events on news outside the gold were mostly campaign news,
# interviews and non-political stories, the kinds the first four batches barely hold.
WHAT_IS_LEFT_BATCH = 5
WHAT_IS_LEFT_MAX_SENTENCES = 120
DEMO_EXAMPLES = ROOT / "examples" / "wikinews" / "wikinews-politics.jsonl"


def extend(shared: Path, batch: int) -> None:
    """Append more train articles, chosen by a fixed seed among those not yet in the file;
    the articles already there (and so every split) stay as they are."""
    nlp = _load_nlp()
    articles = load_articles()
    if any(a.get("batch") == batch for a in articles):
        sys.exit(f"batch {batch} is already in {ARTICLES}")
    taken = {a["id"] for a in articles}
    with DEMO_EXAMPLES.open(encoding="utf-8") as handle:
        demo = {json.loads(line)["url"] for line in handle if line.strip()}
    added: list[dict[str, Any]] = []
    for corpus, rows in read_sources(shared).items():
        rng = random.Random(f"{SEED}-extend{batch}-{corpus}")
        left = batch == WHAT_IS_LEFT_BATCH
        rows = [r for r in rows if r["id"] not in taken and r["url"] not in demo
                and (left or _usable(r)) and TRAIN_CHARS[0] <= len(r["text"])
                and (left or len(r["text"]) <= TRAIN_CHARS[1])]
        rng.shuffle(rows)
        chosen = 0
        most = WHAT_IS_LEFT_MAX_SENTENCES if left else EXTEND_MAX_SENTENCES
        for row in rows:
            if chosen == EXTEND_ARTICLES[batch][corpus]:
                break
            record = _article(nlp, row, corpus, "train", batch)
            if len(record["sentences"]) > most:
                continue
            chosen += 1
            added.append(record)
    with ARTICLES.open("a", encoding="utf-8") as handle:
        for record in added:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    counts = Counter(r["corpus"] for r in added)
    print(f"appended {len(added)} train articles (batch {batch}) to {ARTICLES}: "
          f"{dict(counts)}; {sum(len(r['sentences']) for r in added)} sentences")


def load_articles() -> list[dict[str, Any]]:
    with ARTICLES.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def tasks() -> None:
    """One text file per article: its header and numbered sentences, for reading."""
    for article in load_articles():
        folder = TASKS / article["split"]
        folder.mkdir(parents=True, exist_ok=True)
        lines = [f"# {article['id']} | {article['source']} | published {article['published']}",
                 f"# {article['title']}", ""]
        text = article["text"]
        for number, (start, end) in enumerate(article["sentences"]):
            lines.append(f"[{number}] " + text[start:end].replace("\n", " ⏎ "))
        (folder / f"{article['id']}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote tasks under {TASKS}")


def annotation_files(split: str) -> dict[str, dict[str, Path]]:
    """{article id: {annotator: path}} for one split's annotations."""
    found: dict[str, dict[str, Path]] = {}
    for path in sorted((ANNOTATIONS / split).glob("*/*.jsonl")):
        found.setdefault(path.stem, {})[path.parent.name] = path
    return found


def chosen_annotation(versions: dict[str, Path]) -> Path:
    """The adjudicated version of a doubly annotated article, else its single one."""
    if "adjudicated" in versions:
        return versions["adjudicated"]
    if len(versions) > 1:
        raise AnnotationError(f"{sorted(versions)} annotated it but nobody adjudicated")
    return next(iter(versions.values()))


def compile_all() -> None:
    articles = load_articles()
    problems: list[str] = []
    for split, output in (("gold-dev", EVENTS / "gold-dev.jsonl"),
                          ("train", EVENTS / "train.jsonl")):
        found = annotation_files(split)
        lines: list[str] = []
        for article in (a for a in articles if a["split"] == split):
            if article["id"] not in found:
                problems.append(f"{split}/{article['id']}: not annotated")
                continue
            try:
                path = chosen_annotation(found[article["id"]])
                record = compile_article(article, read_annotation_lines(path),
                                         document=split == "gold-dev")
                validate_record(record)
            except AnnotationError as exc:
                problems.append(f"{split}/{article['id']}: {exc}")
                continue
            if split == "train":
                lines.extend(json.dumps(s, ensure_ascii=False) for s in record["sentences"])
            else:
                lines.append(json.dumps(record, ensure_ascii=False))
        output.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
        print(f"wrote {len(lines)} lines to {output.relative_to(ROOT)}")
        print(counts_table(split, [json.loads(line) for line in lines]))
    for problem in problems:
        print("PROBLEM", problem, file=sys.stderr)


def counts_table(split: str, records: list[dict[str, Any]]) -> str:
    """The counts the README shows: records, events per type, sentences with and without."""
    if split == "train":
        events = [e for s in records for e in s["events"]]
        with_events = sum(bool(s["events"]) for s in records)
        head = (f"{split}: {len(records)} sentences ({with_events} with events, "
                f"{len(records) - with_events} without) from "
                f"{len({s['article'] for s in records})} articles; {len(events)} events")
    else:
        events = [e for r in records for e in r["events"]]
        mentions = sum(len(e["mentions"]) for e in events)
        head = (f"{split}: {len(records)} articles, "
                f"{sum(len(r['sentences']) for r in records)} sentences; {len(events)} "
                f"happenings with {mentions} further mentions; "
                f"{sum(e['negated'] for e in events)} negated, "
                f"{sum(e['background'] for e in events)} background")
    types = Counter(e["type"] for e in events)
    rows = [f"| {t} | {types[t]} |" for t in sorted(types, key=lambda t: (-types[t], t))]
    return "\n".join([head, "| type | events |", "|---|---|", *rows])


def agreement() -> None:
    """Event detection F1 and type agreement between two independent annotations: the
    doubly annotated gold articles, and the train articles a second annotator also read."""
    from dateline.evaluate.events_doc import annotator_agreement

    articles = {a["id"]: a for a in load_articles()}
    report = {}
    for name, splits, document in (("gold-dev", ("gold-dev",), True),
                                   ("train", ("train", "train-check"), False)):
        versions: dict[str, list[Path]] = {}
        for split in splits:
            for article_id, found in annotation_files(split).items():
                versions.setdefault(article_id, []).extend(
                    path for who, path in sorted(found.items()) if who != "adjudicated")
        by_batch: dict[int, list[Any]] = {}
        for article_id, paths in sorted(versions.items()):
            if len(paths) >= 2:
                by_batch.setdefault(articles[article_id].get("batch", 1), []).append(tuple(
                    compile_article(articles[article_id], read_annotation_lines(path),
                                    document=document) for path in paths[:2]))
        for batch, pairs in sorted(by_batch.items()):
            report[name if batch == 1 else f"{name}, batch {batch}"] = \
                annotator_agreement(pairs)  # type: ignore[arg-type]
    print(json.dumps(report, indent=2))


def check(paths: list[Path]) -> None:
    """Compile annotation files against their articles and say what is wrong, per file."""
    articles = {a["id"]: a for a in load_articles()}
    bad = 0
    for path in paths:
        article = articles.get(path.stem)
        try:
            if article is None:
                raise AnnotationError(f"no article {path.stem} in {ARTICLES.name}")
            lines = read_annotation_lines(path)
            record = compile_article(article, lines, document=article["split"] == "gold-dev")
            validate_record(record)
        except AnnotationError as exc:
            bad += 1
            print(f"{path}: {exc}")
            continue
        for doubt in ambiguous_spans(article, lines):  # not wrong, but worth a look
            print(f"{path}: check: {doubt}")
    print(f"{len(paths) - bad} of {len(paths)} file(s) OK")
    sys.exit(1 if bad else 0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("prepare", "extend", "tasks", "compile",
                                            "agreement", "check"))
    parser.add_argument("files", nargs="*", type=Path, help="annotation files (check)")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--batch", type=int, choices=sorted(EXTEND_ARTICLES),
                        help="which later batch of train articles (extend)")
    args = parser.parse_args()
    if args.command == "check":
        check(args.files)
    elif args.command == "prepare":
        prepare(args.shared)
    elif args.command == "extend":
        if args.batch is None:
            parser.error("extend needs --batch")
        extend(args.shared, args.batch)
    elif args.command == "tasks":
        tasks()
    elif args.command == "compile":
        compile_all()
    else:
        agreement()


if __name__ == "__main__":
    main()
