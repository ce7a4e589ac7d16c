"""The one place where a processed spaCy `Doc` becomes a plain `Extraction` record."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from dateline.entities import Cluster
from dateline.record import Article, Entity, Extraction, Mention, Role, StageWarning


def to_record(doc: Doc, article: Article) -> Extraction:
    clusters: list[Cluster] = doc._.dateline_entities or []
    entities = [_entity(f"e{n}", cluster) for n, cluster in enumerate(clusters, start=1)]
    warnings = [StageWarning(**w) for w in (doc._.dateline_warnings or [])]
    return Extraction(article=article, entities=entities, warnings=warnings)


def _entity(entity_id: str, cluster: Cluster) -> Entity:
    return Entity(
        id=entity_id,
        type=cluster.label,
        name=cluster.name,
        mentions=[Mention(**_offsets(m.span), kind=m.kind) for m in cluster.mentions],
        roles=[Role(**_offsets(r.span), kind=r.kind) for r in cluster.roles],
    )


def _offsets(span: Span) -> dict[str, object]:
    return {"start": span.start_char, "end": span.end_char, "text": span.text}
