"""Quote finding (marks, spans, types, cues) on sentences written for these tests.

Who said a quote is tested in test_speakers.py.
"""
from __future__ import annotations

import pytest

from service.extract.text.quote_marks import find_quoted_passages


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


@pytest.mark.parametrize("text", [
    "‘We are ready for the storm,’ Captain Ines Moreau said.",
    "'We are ready for the storm,' Captain Ines Moreau said.",
])
def test_single_quote_marks_make_direct_quotes(extractor, text):
    quote = only(quotes_of(extractor, text))
    assert quote.type == "direct" and "We are ready for the storm" in quote.text
    assert quote.speaker.name == "Ines Moreau"


def test_a_nested_quotation_stays_inside_the_outer_one(extractor):
    text = "“He told me, ‘never again,’ and then he left the room,” Ines Moreau said."
    quote = only(quotes_of(extractor, text))
    assert quote.text == "“He told me, ‘never again,’ and then he left the room,”"
    assert quote.type == "direct"


def test_an_unbalanced_mark_never_swallows_the_article(extractor):
    text = ("Ines Moreau said “the ferry will run on Friday.\n\n"
            "The council met on Tuesday. Tom Reyes said that the budget was final.")
    quotes = quotes_of(extractor, text)
    assert all("\n\n" not in q.text for q in quotes)
    assert any(q.text == "the budget was final" for q in quotes)


def test_a_second_passage_after_the_cue_sentence_is_the_same_speaker(extractor):
    text = ("“The ferry will run on Friday,” Ines Moreau said. "
            "“After that we will see how the weather holds.”")
    quotes = quotes_of(extractor, text)
    assert [q.type for q in quotes] == ["direct", "direct"]
    assert [q.speaker.name for q in quotes] == ["Ines Moreau", "Ines Moreau"]


@pytest.mark.parametrize("text, content, cue", [
    ("Ines Moreau told reporters that the ferry would run on Friday.", "the ferry would run on Friday", "told"),
    ("Ines Moreau noted that the ferry had never missed a crossing.", "the ferry had never missed a crossing",
     "noted"),
    ("Ines Moreau added that the harbour needed new cranes.", "the harbour needed new cranes", "added"),
    ("Ines Moreau pledged to keep the ferry running all winter.", "to keep the ferry running all winter",
     "pledged"),
    ("Ines Moreau urged the province to fund a second vessel.", "the province to fund a second vessel",
     "urged"),
    ("Ines Moreau insisted the crossing was safe.", "the crossing was safe", "insisted"),
    ("Ines Moreau argued that the fares were too high.", "the fares were too high", "argued"),
])
def test_reporting_verbs_of_the_lexicon(extractor, text, content, cue):
    quote = only(quotes_of(extractor, text))
    assert (quote.type, quote.text, quote.cue.text) == ("indirect", content, cue)
    assert quote.speaker.name == "Ines Moreau"


def test_colon_lead_in_after_an_addressee(extractor):
    text = "Ines Moreau told reporters at the harbour on Monday: “The ferry will run on Friday.”"
    quote = only(quotes_of(extractor, text))
    assert quote.type == "direct" and quote.cue.text == "told" and quote.speaker.name == "Ines Moreau"


def test_mixed_quote_keeps_the_quoted_fragment_inside_the_report(extractor):
    text = "Ines Moreau said the plan was “a costly mistake” that the council should drop."
    quote = only(quotes_of(extractor, text))
    assert quote.type == "mixed"
    assert quote.text == "the plan was “a costly mistake” that the council should drop"


def test_partial_quote_after_called_on(extractor):
    text = "President Xi Jinping called on China and Russia to “strengthen coordination” in regional affairs."
    quote = only(quotes_of(extractor, text))
    assert quote.type == "mixed" and "“strengthen coordination”" in quote.text
    assert quote.cue.text == "called" and quote.speaker.name == "Xi Jinping"


@pytest.mark.parametrize("text", [
    "The council used the word “temporary” in its notice.",
    "Ines Moreau did not say whether the ferry would run on Friday.",
    "The minister was asked if the ferry would run on Friday.",
    "Tom Reyes denied the request for a second ferry.",
    "Harbour master says ferry will run all winter\n\nThe harbour master spoke on Monday.",
    "READ MORE: Harbour master says the ferry will run all winter",
])
def test_things_that_are_not_quotes(extractor, text):
    assert quotes_of(extractor, text) == []


def test_cue_offsets_point_at_the_reporting_verb(extractor):
    text = "The bridge will open in the spring, Anna Kowalski said."
    quote = only(quotes_of(extractor, text))
    assert text[quote.cue.start:quote.cue.end] == "said"
    assert text[quote.start:quote.end] == quote.text


def test_reported_content_of_nothing_but_quoted_titles_is_no_quote(extractor):
    assert quotes_of(extractor, 'Critics praised "Green Book" and "Roma".') == []
    (quote,) = quotes_of(extractor, 'Critics said "Green Book" was the weaker film.')
    assert quote.speaker.name == "Critics" or quote.speaker.mention.text == "Critics"
