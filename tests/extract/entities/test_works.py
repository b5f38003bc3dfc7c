"""Titles of works (entities/works.py) name no one: titles with a subtitle in mid-sentence and
short title-case passages in quotation marks. Sentences written for the tests."""
from __future__ import annotations

import pytest

from service.extract.text import quoted_titles


@pytest.mark.parametrize("text, titles", [
    ('Disney\'s "Ralph Breaks the Internet" topped the box office.', ["Ralph Breaks the Internet"]),
    ("Fans queued for “Fantastic Beasts: The Crimes of Grindelwald.”", ["Fantastic Beasts: The Crimes of Grindelwald."]),
    ('She sang "Jolene" and "9 to 5" on Friday.', ["Jolene", "9 to 5"]),
    ('"We will win," Jane Doe said.', []),  # a sentence: speech
    ('He called it "a disaster for the town" on Monday.', []),  # lowercase words: a phrase
    ('"Stop. Now." the sign read.', []),
])
def test_a_short_title_case_quoted_passage_is_a_title(text, titles):
    assert [text[start:end] for start, end in quoted_titles(text)] == titles


def test_names_inside_quoted_titles_name_no_one(extractor):
    text = ('Disney\'s "Ralph Breaks the Internet" topped the box office ahead of "Mary Poppins Returns", '
            "the studio's chief Alan Horn said on Sunday.")
    result = extractor.extract(text)
    assert [p.name for p in result.participants] == ["Alan Horn"]


def test_a_title_with_a_subtitle_in_mid_sentence_names_no_one(extractor):
    text = "In a demo of Batman: Arkham Knight, players fly over the city, the developer said."
    result = extractor.extract(text)
    assert not result.participants and not result.organizations
