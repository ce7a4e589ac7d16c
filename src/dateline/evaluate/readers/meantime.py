"""NewsReader MEANTIME CAT XML: tokens, entity mentions with types, TIMEX3 with values.

CAT XML stores tokens, not text, so the text is rebuilt deterministically: tokens of one
sentence are joined by one space, except that no space goes before closing punctuation
(`, . ; : ! ? ) ] % 's n't …`) or after opening punctuation (`( [ $`), and a straight double
quote opens and closes in turn; sentences are joined by a newline (sentence 0 is the
headline, sentence 1 the date line). Each markable spans from its first anchored token's
start to its last one's end. Mention types come from the ENTITY each mention REFERS_TO;
a mention without a syntactic type whose words are all capitalized counts as a name;
the TIMEX3 marked CREATION_TIME gives the publication date.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import replace
from datetime import date
from pathlib import Path

from dateline.evaluate.gold import GoldDoc, GoldMention, GoldTime, span_of

_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "''", "...", "'", "’"}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "``", "“", "‘"}
_CLITIC = re.compile(r"^(?:n['’]t|['’][a-zA-Z]{1,2})$")
SYNTACTIC_KIND = {"NAM": "name", "PRE.NAM": "name", "NOM": "nominal", "PRE.NOM": "nominal",
                  "PRO": "pronoun"}


_FULLY_ANNOTATED = 6  # sentences; see parse_meantime

_PRONOUNS = {"I", "He", "She", "It", "We", "They", "His", "Her", "Its", "Their", "Our", "Who"}


def _looks_like_name(text: str) -> bool:
    """Many mentions in this release have no syntactic type; one whose every word is
    capitalized ("Steve Jobs", "Jobs", "General Motors") is read as a name."""
    words = [w for w in text.split() if w[:1].isalpha()]
    return bool(words) and all(w[0].isupper() for w in words) and text not in _PRONOUNS


def _iso_date(value: str) -> str | None:
    """The creation time as an ISO date; one file writes "03-02-2009" for 3 February 2009
    (its date line says so), so DD-MM-YYYY is read too."""
    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        pass
    match = re.fullmatch(r"(\d\d)-(\d\d)-(\d{4})", value[:10])
    return f"{match[3]}-{match[2]}-{match[1]}" if match else None


def detokenize(sentences: list[list[str]]) -> tuple[str, list[list[tuple[int, int]]]]:
    """The text of tokenized sentences and each token's (start, end) in it."""
    parts: list[str] = []
    offsets: list[list[tuple[int, int]]] = []
    length = 0
    open_quote = False
    for number, tokens in enumerate(sentences):
        if number:
            parts.append("\n")
            length += 1
        spans = []
        glue = True  # no space before the first token of a line
        for token in tokens:
            closing = token in _NO_SPACE_BEFORE or bool(_CLITIC.match(token))
            if token == '"':
                closing, open_quote = open_quote, not open_quote
            if not glue and not closing:
                parts.append(" ")
                length += 1
            spans.append((length, length + len(token)))
            parts.append(token)
            length += len(token)
            glue = token in _NO_SPACE_AFTER or (token == '"' and open_quote)
        offsets.append(spans)
    return "".join(parts), offsets


def parse_meantime(xml: str | bytes, doc_id: str | None = None) -> GoldDoc:
    """One CAT XML document as a `GoldDoc` with entity mentions and TIMEX3 gold."""
    root = ET.fromstring(xml)
    sentences: dict[int, list[tuple[str, str]]] = {}
    for token in root.iter("token"):
        sentences.setdefault(int(token.get("sentence", "0")), []).append(
            (token.get("t_id", ""), token.text or "")
        )
    ordered = [sentences[k] for k in sorted(sentences)]
    text, offsets = detokenize([[word for _, word in sent] for sent in ordered])
    where = {tid: offsets[s][k]
             for s, sent in enumerate(ordered) for k, (tid, _) in enumerate(sent)}

    def extent(markable: ET.Element) -> tuple[int, int] | None:
        anchors = [where[a.get("t_id", "")] for a in markable.iter("token_anchor")
                   if a.get("t_id", "") in where]
        if not anchors:
            return None
        return min(a[0] for a in anchors), max(a[1] for a in anchors)

    entity_type = {e.get("m_id", ""): e.get("ent_type", "") for e in root.iter("ENTITY")}
    mention_type: dict[str, str] = {}
    for link in root.iter("REFERS_TO"):
        target = link.find("target")
        label = entity_type.get(target.get("m_id", "") if target is not None else "")
        if label:
            mention_type.update({s.get("m_id", ""): label for s in link.iter("source")})

    mentions = []
    for markable in root.iter("ENTITY_MENTION"):
        found = extent(markable)
        if found is None:
            continue
        kind = SYNTACTIC_KIND.get(markable.get("syntactic_type", ""), "other")
        if kind == "other" and _looks_like_name(text[found[0] : found[1]]):
            kind = "name"
        mentions.append(GoldMention(span_of(text, *found),
                                    mention_type.get(markable.get("m_id", ""), "UNK"), kind))

    times = []
    published = None
    for timex in root.iter("TIMEX3"):
        value = timex.get("value") or None
        if timex.get("functionInDocument") == "CREATION_TIME" and value:
            published = _iso_date(value)
        found = extent(timex)
        if found is not None:
            times.append(GoldTime(span_of(text, *found), timex.get("type", "DATE"), value))

    # MEANTIME annotates every markable only in the first six sentences (headline, date
    # line and four body sentences); later ones carry only cross-document entities and
    # events, and no TIMEX3 at all.
    full = [span for sentence in offsets[:_FULLY_ANNOTATED] for span in sentence]
    annotated = span_of(text, 0, max(end for _, end in full)) if full else None

    return GoldDoc(
        annotated=annotated,
        id=doc_id or root.get("doc_id") or "",
        text=text,
        published=published,
        mentions=tuple(sorted(mentions, key=lambda m: (m.span.start, m.span.end))),
        times=tuple(sorted(times, key=lambda t: (t.span.start, t.span.end))),
        meta={"url": root.get("url", "")},
    )


def meantime_files(root: Path) -> list[Path]:
    return sorted((root / "data").rglob("intra_cross-doc_annotation/*/*.xml"))


def read_meantime(root: Path) -> list[GoldDoc]:
    """All MEANTIME English documents (the corpus has no train/dev split), each with its
    topic corpus in `meta["corpus"]` ("airbus" from `corpus_airbus/`)."""
    docs = []
    for path in meantime_files(root):
        doc = parse_meantime(path.read_bytes(), path.stem)
        corpus = path.parent.name.removeprefix("corpus_")
        docs.append(replace(doc, meta={**doc.meta, "corpus": corpus}))
    return docs
