"""Page layout read from the text (text/layout.py): where a dateline ends and its story begins,
and what that means for quotes and dates. Sentences written for the tests."""
from __future__ import annotations

import pytest

from service.extract.text import dateline_spans


@pytest.mark.parametrize("text, dateline", [
    ("ROTTERDAM, March 4 (Reuters) - Dock workers will strike.", "ROTTERDAM, March 4 (Reuters) - "),
    ("TORONTO — The province said so.", "TORONTO — "),
    ("RIO DE JANEIRO, Brazil (AP) -- Police said so.", "RIO DE JANEIRO, Brazil (AP) -- "),
    ("Washington (CNN) -- The senator said so.", "Washington (CNN) -- "),
    ("Headline here\nWELLINGTON, May 2 - The agency said so.", "WELLINGTON, May 2 - "),
])
def test_a_dateline_runs_from_its_place_to_the_story(text, dateline):
    assert [text[start:end] for start, end in dateline_spans(text)] == [dateline]


@pytest.mark.parametrize("text", [
    "Hello - world, she said.", "The end - The start.", "A - B testing works.", "Washington - The city.",
])
def test_prose_with_a_dash_is_no_dateline(text):
    assert dateline_spans(text) == []


def test_reported_content_starts_after_the_dateline(extractor):
    text = "ROTTERDAM, March 4 (Reuters) - Dock workers at the port will walk out on Friday, the union said."
    (quote,) = extractor.extract(text).quotes
    assert quote.text == "Dock workers at the port will walk out on Friday"
    assert text[quote.start:quote.end] == quote.text


def test_a_dateline_date_stops_where_the_story_begins(extractor):
    text = "WELLINGTON, May 2 - The New Zealand Transport Agency said the road would reopen on Monday."
    result = extractor.extract(text)
    assert [d.text for d in result.dates] == ["May 2", "Monday"]
    assert result.date.text == "May 2"
