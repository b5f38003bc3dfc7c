"""The article's language (text/language.py): the real detector on the project's own samples
(tests/data/language, written for the project): foreign news is recognised, English is never taken
for another language, names and numbers do not count, and the answer is the same every time."""
from __future__ import annotations

from pathlib import Path

import pytest

from service.extract import ArticleLanguage, Extractor, detect_language
from service.extract.text.language import MIN_CONFIDENCE, running_words

SAMPLES = Path(__file__).resolve().parents[2] / "data" / "language"
FOREIGN = ("de", "fr", "es", "it", "nl", "pt")


def sample_lines(code: str) -> list[str]:
    return [line for line in (SAMPLES / "short" / f"{code}.txt").read_text(encoding="utf-8").splitlines() if line]


def read(relative: str) -> str:
    return (SAMPLES / relative).read_text(encoding="utf-8")


@pytest.mark.parametrize("path", sorted((SAMPLES / "long").glob("*.txt")), ids=lambda p: p.stem)
def test_long_articles_are_recognised_with_high_confidence(path):
    language = detect_language(path.read_text(encoding="utf-8"))
    assert language.code == path.stem.split("_")[0]
    assert language.confidence >= 0.99


@pytest.mark.parametrize("path", sorted((SAMPLES / "mixed").glob("*.txt")), ids=lambda p: p.stem)
def test_english_articles_with_foreign_passages_are_english(path):
    assert detect_language(path.read_text(encoding="utf-8")) == ArticleLanguage("en", 1.0)


def test_no_english_sentence_is_taken_for_another_language():
    """Every short English sample, including lines that are mostly names and numbers."""
    assert [line for line in sample_lines("en") if not detect_language(line).is_english] == []


@pytest.mark.parametrize("text", [
    "Xi Jinping met Vladimir Putin on Thursday.",  # the README's example
    "Bundesliga: Bayern München 3, Borussia Dortmund 1",
    "São Paulo, Porto Alegre, Belo Horizonte and Rio de Janeiro",
    "Die Welt", "Le Monde", "Putin.", "12:30", "2024-03-06", "$82.10 $78.45", "BREAKING: MERKEL MEETS MACRON",
    "Guten Tag, sagte er.",  # German, but two running words: the rule errs towards extracting
])
def test_short_texts_and_names_are_presumed_english(text):
    """Too little for the detector to be sure (names do not count): English, with its low probability."""
    language = detect_language(text)
    assert language.code == "en" and language.confidence < MIN_CONFIDENCE


@pytest.mark.parametrize("code", FOREIGN)
def test_short_foreign_sentences_are_recognised(code):
    """One sentence of news (about 100 characters) is enough for nearly all of them; one that is
    not is presumed English, never given a wrong foreign language."""
    found = [detect_language(line) for line in sample_lines(code)]
    assert {language.code for language in found} <= {code, "en"}
    assert sum(language.code == code for language in found) >= len(found) - 1


def test_other_scripts_are_recognised():
    assert detect_language("Президент заявил в понедельник, что переговоры продолжатся на следующей неделе "
                           "в столице.").code == "ru"
    assert detect_language("Der Bundeskanzler sagte am Montag: „Wir schaffen das.“ 習近平主席は月曜日に語った。"
                           "Путин сказал.").code != "en"


def test_running_words_leave_out_names_and_numbers():
    assert running_words("Jürgen Klopp met Kylian Mbappé in Dortmund on 12 May 2023.") == "met in on"
    assert running_words("BREAKING: MERKEL MEETS MACRON") == "breaking merkel meets macron"
    assert running_words("習近平主席は月曜日に語った") == "習近平主席は月曜日に語った"  # no case: kept


def test_the_answer_is_the_same_every_time():
    texts = sample_lines("en") + sample_lines("nl") + [read("long/it_1.txt")]
    assert [detect_language(text) for text in texts] == [detect_language(text) for text in texts]


def test_every_extraction_carries_its_language(extractor: Extractor):
    assert extractor.extract(read("mixed/en_german_quotes.txt")).language == ArticleLanguage("en", 1.0)
    assert extractor.extract(read("long/de_2.txt")).language == ArticleLanguage("de", 1.0)
    given = ArticleLanguage("en", 0.5)  # a caller that detected it already is believed
    assert extractor.extract("Jane Doe said so.", language=given).language is given
