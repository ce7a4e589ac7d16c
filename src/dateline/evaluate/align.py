"""Carry gold offsets onto the text the extractor actually kept.

dateline normalizes the input (`normalize_text`: NFC, plain spaces, no control characters,
trimmed) and cuts a leading wire dateline (`split_dateline`) before any stage runs, so
`record.article.text` can differ from the gold text. Gold spans are projected through a
character alignment of the two texts; a span whose characters were all removed (a dateline,
say) cannot be projected and is dropped, and the runner counts it.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, replace
from difflib import SequenceMatcher

from dateline.evaluate.gold import GoldDoc, GoldSpan, span_of


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


@dataclass(frozen=True)
class Alignment:
    """Matched character pairs of a source and a target text, in order."""

    source_positions: tuple[int, ...]
    target_positions: tuple[int, ...]
    target: str

    @classmethod
    def between(cls, source: str, target: str) -> Alignment:
        if source == target:
            positions = tuple(range(len(source)))
            return cls(positions, positions, target)
        shift = source.find(target)
        if shift >= 0 and target:
            return cls(tuple(range(shift, shift + len(target))), tuple(range(len(target))), target)
        # Only the stretch between the common prefix and suffix needs aligning; when it has
        # the same length on both sides (odd spaces made plain) it maps one to one.
        head = _common_prefix(source, target)
        limit = min(len(source), len(target)) - head
        tail = _common_prefix(source[::-1][:limit], target[::-1][:limit])
        middle_source = source[head : len(source) - tail]
        middle_target = target[head : len(target) - tail]
        pairs = [(k, k) for k in range(head)]
        if len(middle_source) == len(middle_target):
            pairs += [(head + k, head + k) for k in range(len(middle_source))]
        else:
            matcher = SequenceMatcher(None, middle_source, middle_target, autojunk=False)
            for block in matcher.get_matching_blocks():
                pairs += [(head + block.a + k, head + block.b + k) for k in range(block.size)]
        pairs += [(len(source) - tail + k, len(target) - tail + k) for k in range(tail)]
        return cls(tuple(p[0] for p in pairs), tuple(p[1] for p in pairs), target)

    def project(self, span: GoldSpan) -> GoldSpan | None:
        """The target span covering the aligned characters of `span`, or None if none is."""
        first = bisect_left(self.source_positions, span.start)
        last = bisect_left(self.source_positions, span.end) - 1
        if first > last:
            return None
        start = self.target_positions[first]
        end = self.target_positions[last] + 1
        # Keep the target span trimmed like the source one.
        while start < end and self.target[start].isspace():
            start += 1
        while end > start and self.target[end - 1].isspace():
            end -= 1
        return span_of(self.target, start, end) if start < end else None


def project_doc(doc: GoldDoc, target: str) -> tuple[GoldDoc, int]:
    """`doc` with every span moved onto `target`, and how many spans had to be dropped."""
    if doc.text == target:
        return doc, 0
    alignment = Alignment.between(doc.text, target)
    dropped = 0

    def move(span: GoldSpan) -> GoldSpan | None:
        nonlocal dropped
        moved = alignment.project(span)
        dropped += moved is None
        return moved

    mentions = tuple(replace(m, span=s) for m in doc.mentions if (s := move(m.span)))
    times = tuple(replace(t, span=s) for t in doc.times if (s := move(t.span)))
    places = tuple(replace(p, span=s) for p in doc.places if (s := move(p.span)))
    quotes = []
    for quote in doc.quotes:
        content = move(quote.content)
        if content is None:
            continue
        source = move(quote.source) if quote.source else None
        cue = move(quote.cue) if quote.cue else None
        quotes.append(replace(quote, content=content, source=source, cue=cue))
    annotated = alignment.project(doc.annotated) if doc.annotated else None
    moved = doc.with_layers(text=target, mentions=mentions, times=times, places=places,
                            quotes=tuple(quotes), annotated=annotated)
    return moved, dropped
