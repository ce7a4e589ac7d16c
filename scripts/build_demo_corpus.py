"""Choose the demo corpus: about 50 political and conflict stories from English Wikinews.

Source: ../shared/data/news/wikinews_2019_2020 (CC BY 2.5, English Wikinews). The text is
copied unchanged; the URL of every article is kept in its record and in
examples/wikinews/NOTICE. Run again to regenerate; a test checks the output is unchanged.

    python scripts/build_demo_corpus.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import csv
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = Path("data/news/wikinews_2019_2020")
OUTPUT = ROOT / "examples" / "wikinews"
CORPUS_SIZE = 50
# Words that mark a political or conflict story; scored on the title and the lead.
KEYWORDS = (
    "president", "minister", "government", "election", "parliament", "protest", "military",
    "army", "troops", "police", "attack", "killed", "war", "talks", "sanction", "court",
    "opposition", "ceasefire", "rebel", "militant", "diplomat", "summit", "treaty", "vote",
    "coup", "strike", "arrest", "accused", "missile", "border", "refugee", "embassy",
)
# Interviews and very long or very short pages make poor event-coding demos.
MIN_CHARS, MAX_CHARS = 800, 9000


def political_score(title: str, text: str) -> int:
    lead = f"{title} {text[:600]}".lower()
    return sum(len(re.findall(rf"\b{word}", lead)) for word in KEYWORDS)


def choose(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    candidates = [
        row for row in rows
        if MIN_CHARS <= len(row["text"]) <= MAX_CHARS and "interview" not in row["title"].lower()
    ]
    ranked = sorted(candidates, key=lambda r: (-political_score(r["title"], r["text"]), r["url"]))
    return sorted(ranked[:CORPUS_SIZE], key=lambda r: (r["date"], r["url"]))


def build(shared: Path) -> tuple[str, str]:
    """The corpus as JSON Lines and its NOTICE text."""
    rows: list[dict[str, str]] = []
    for name in ("wikinews_2019.csv", "wikinews_2020.csv"):
        with (shared / SOURCE / name).open(encoding="utf-8", newline="") as handle:
            rows.extend(csv.DictReader(handle))
    chosen = choose(rows)
    lines, notice = [], [
        "Demo corpus: articles from English Wikinews (https://en.wikinews.org), licensed under",
        "Creative Commons Attribution 2.5 (https://creativecommons.org/licenses/by/2.5/).",
        "Text unchanged; chosen by scripts/build_demo_corpus.py from the van Atteveldt sample",
        "(github.com/vanatteveldt/wikinews). Each article and its URL:",
        "",
    ]
    for row in chosen:
        url = row["url"].replace(".org//wiki/", ".org/wiki/")
        record = {"title": row["title"], "url": url, "source": "Wikinews",
                  "published": row["date"], "text": row["text"]}
        lines.append(json.dumps(record, ensure_ascii=False))
        notice.append(f"- {row['date']} {row['title']} <{url}>")
    return "\n".join(lines) + "\n", "\n".join(notice) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    corpus, notice = build(args.shared)
    OUTPUT.mkdir(parents=True, exist_ok=True)
    (OUTPUT / "wikinews-politics.jsonl").write_text(corpus, encoding="utf-8")
    (OUTPUT / "NOTICE").write_text(notice, encoding="utf-8")
    print(f"wrote {corpus.count(chr(10))} articles to {OUTPUT}")


if __name__ == "__main__":
    main()
