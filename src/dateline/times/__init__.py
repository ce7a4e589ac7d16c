"""Times: temporal expressions with TIMEX3 values anchored on the publication date, and
the date of an event's clause (`date_clause`)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from dateline.nlp import run_stage
from dateline.times.anchor import anchor_date, dateline_date, published_date
from dateline.times.dating import ClauseDate, date_clause, governing_time
from dateline.times.detect import TimeRef, clause_tense, find_times
from dateline.times.grammar import Context, Timex, normalize

__all__ = [
    "ClauseDate",
    "Context",
    "TimeComponent",
    "TimeRef",
    "Timex",
    "anchor_date",
    "clause_tense",
    "date_clause",
    "dateline_date",
    "find_times",
    "governing_time",
    "normalize",
    "published_date",
]

if not Doc.has_extension("dateline_times"):
    Doc.set_extension("dateline_times", default=None)


class TimeComponent:
    """Sets `doc._.dateline_times` to the document's time expressions (`TimeRef`)."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.dateline_times = []
        return run_stage(doc, "times", _assign)


def _assign(doc: Doc) -> None:
    doc._.dateline_times = find_times(doc, anchor_date(doc._.dateline_article))


@Language.factory(
    "dateline_times",
    assigns=["doc._.dateline_times"],
    requires=["token.dep", "token.pos", "token.tag", "doc.ents"],
)
def make_time_component(nlp: Language, name: str) -> TimeComponent:
    return TimeComponent()
