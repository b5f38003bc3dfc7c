"""Quote finding and attribution on sentences written for these tests."""
from __future__ import annotations

import pytest

from service.extract.quote_marks import find_quoted_passages


def quotes_of(extractor, text):
    return extractor.extract(text).quotes


def only(quotes):
    assert len(quotes) == 1, [(q.text, q.type) for q in quotes]
    return quotes[0]


@pytest.mark.parametrize("text", [
    "“We will build the bridge next year,” Mayor Anna Kowalski said.",
    "\"We will build the bridge next year,\" Mayor Anna Kowalski said.",
    "“We will build the bridge next year,” said Mayor Anna Kowalski.",
    "Mayor Anna Kowalski said: “We will build the bridge next year.”",
])
def test_direct_quote_with_speaker_before_or_after(extractor, text):
    quote = only(quotes_of(extractor, text))
    assert quote.type == "direct"
    assert "We will build the bridge next year" in quote.text
    assert quote.speaker.name == "Anna Kowalski" and quote.cue.text == "said"


def test_pronoun_speaker_resolves_to_the_person(extractor):
    text = ("Anna Kowalski spoke to the council on Monday.\n\n"
            "“The budget is tight, but the bridge matters,” she said.")
    quote = only(quotes_of(extractor, text))
    assert quote.speaker.mention.text == "she" and quote.speaker.name == "Anna Kowalski"


@pytest.mark.parametrize("text, content", [
    ("Anna Kowalski said that the bridge would open in the spring.", "the bridge would open in the spring"),
    ("The bridge will open in the spring, Anna Kowalski said.", "The bridge will open in the spring"),
    ("Anna Kowalski warned the council the bridge could cost more than planned.",
     "the bridge could cost more than planned"),
])
def test_reported_speech_is_an_indirect_quote(extractor, text, content):
    quote = only(quotes_of(extractor, text))
    assert quote.type == "indirect" and quote.text == content
    assert quote.speaker.name == "Anna Kowalski"


def test_according_to_names_the_source(extractor):
    text = "According to the Harbour Authority, the ferry service will resume on Friday."
    quote = only(quotes_of(extractor, text))
    assert quote.cue.text == "According to" and "ferry service will resume" in quote.text
    assert quote.speaker.mention.text == "the Harbour Authority"


def test_partial_quote_makes_a_mixed_quote_for_the_frame_subject(extractor):
    text = "Tomas Berg urged the two cities to “work together on transport” within the region."
    quote = only(quotes_of(extractor, text))
    assert quote.type == "mixed" and "“work together on transport”" in quote.text
    assert quote.speaker.name == "Tomas Berg"


def test_follow_on_paragraph_quote_goes_to_the_previous_speaker(extractor):
    text = ("“The harbour is our future,” Tomas Berg said.\n\n"
            "“We cannot let it decline for another decade.”")
    quotes = quotes_of(extractor, text)
    assert len(quotes) == 2
    assert all(q.speaker and q.speaker.name == "Tomas Berg" for q in quotes)


def test_scare_quotes_and_titles_are_not_quotes(extractor):
    text = "The so-called “experts” watched the film “Harbour” at the festival."
    assert quotes_of(extractor, text) == []


def test_apostrophes_are_not_quote_marks():
    text = "Xi’s plan for the ’90s was rock ’n’ roll, and the mayor's too."
    assert find_quoted_passages(text) == []


def test_unbalanced_mark_stops_at_the_paragraph_end():
    text = "He said “this never closes and goes on.\n\nA new paragraph starts here with plain text."
    (passage,) = find_quoted_passages(text)
    assert not passage.closed
    assert text[passage.start:passage.end] == "“this never closes and goes on."


def test_multi_paragraph_quote_opens_each_paragraph():
    text = ("“The first paragraph of the quote ends without a closing mark.\n\n"
            "“The second paragraph closes it,” she said.")
    passages = find_quoted_passages(text)
    assert [p.closed for p in passages] == [False, True]
