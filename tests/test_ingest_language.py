"""The language check reads every text, short ones too, without refusing English headlines."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.cli import app
from dateline.errors import NotEnglish
from dateline.ingest import RawArticle, prepare_article
from dateline.settings import Settings

# Under 200 characters each: the length below which the check used to be skipped.
FRENCH = ("Le Premier ministre a rencontré mardi les dirigeants de l'opposition à Paris pour "
          "discuter de la réforme des retraites, a indiqué son bureau.")
SHORT_FOREIGN = [
    FRENCH,
    "Les négociations entre les deux pays ont échoué hier soir.",
    "Die Polizei nahm am Dienstag zwölf Demonstranten fest.",
    "Der Außenminister kritisierte die Sanktionen scharf.",
    "La policía detuvo a doce manifestantes frente al parlamento.",
    "Irán y los talibanes celebraron conversaciones en Teherán.",
    "La polizia ha arrestato dodici manifestanti davanti al parlamento.",
    "O governo anunciou novas sanções contra a Venezuela.",
    "De politie heeft twaalf demonstranten gearresteerd.",
    "Полиция задержала двенадцать демонстрантов.",
]
SHORT_ENGLISH = [
    "Afghan President Ashraf Ghani met Iranian officials in Kabul on Monday, his office said.",
    "Police arrested 12 protesters outside parliament on Tuesday.",
    "Burundi President Pierre Nkurunziza dies aged 55",
    "Ashraf Ghani, Hamdullah Mohib and Ali Shamkhani in Kabul.",
    "Andrés Manuel López Obrador wins the election",
    "Nicolás Maduro de Venezuela speaks to the nation",
    "Juan Guaidó declares himself president",
    "Wednesday, October 2, 2019",
    "Brexit vote",
    "Putin visits Kyiv.",
]
# Headline-only and name-only texts: too little running prose to judge (py3langid gives
# these odds of hundreds to thousands against English), so they pass.
HEADLINES = [
    "Iran Hosts Taliban Talks",
    "Juan Guaidó, Nicolás Maduro",
    "Recep Tayyip Erdoğan",
    "Deutsche Welle",
    "Nkurunziza",
    "Ursula von der Leyen",
]


def _prepare(text: str) -> str:
    return prepare_article(RawArticle(text=text, origin="test"), Settings()).language


@pytest.mark.parametrize("text", SHORT_FOREIGN)
def test_a_short_foreign_paragraph_is_refused(text: str) -> None:
    assert len(text) < Settings().min_chars_for_language
    with pytest.raises(NotEnglish) as caught:
        _prepare(text)
    assert caught.value.code == "DL106" and "times likelier than English" in caught.value.message


@pytest.mark.parametrize("text", SHORT_ENGLISH + HEADLINES)
def test_short_english_and_headlines_are_accepted(text: str) -> None:
    assert _prepare(text) == "en"


@pytest.mark.model
def test_the_cli_refuses_a_short_french_article(tmp_path: Path) -> None:
    (tmp_path / "fr.txt").write_text(FRENCH, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(tmp_path / "fr.txt")])
    assert result.exit_code == 1
    assert "DL106" in result.stderr and "'fr'" in result.stderr
