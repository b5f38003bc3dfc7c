"""Titles of games, films, songs and books, which NER reads as people and organizations: a title
with a subtitle in mid-sentence ('a demo of Batman: Arkham VR, players...') and a short title-case
passage in quotation marks ('Disney's "Ralph Breaks the Internet" topped the box office'). The
mentions inside one name no one in the story."""
from __future__ import annotations

from spacy.tokens import Doc

from ..text import quoted_titles, tokens_with
from .candidates import Candidate
from .given_names import given_name_gender

ARTICLES = {"the", "a", "an"}  # may start a subtitle ('Forgotten Grunt: The Undead Soldier')
MAX_TITLE_WORDS = 6  # on each side of the colon; a longer run of proper nouns is no title


def outside_work_titles(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates that do not lie inside a work's title."""
    titles = work_titles(doc)
    if not titles:
        return candidates
    title_of = {i: n for n, (start, end) in enumerate(titles) for i in range(start, end)}  # token -> title
    return [c for c in candidates if c.span is None
            or title_of.get(c.span.start, -1) != title_of.get(c.span.end - 1, -2)]


def outside_quoted_titles(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates that do not lie inside a title in quotation marks."""
    titles = quoted_titles(text)
    return [c for c in candidates if not any(start <= c.start and c.end <= end for start, end in titles)]


def work_titles(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of 'Title: Subtitle' in mid-sentence: capitalised proper nouns after a
    lowercase word, a colon, capitalised proper nouns, then a comma and the sentence going on in
    lowercase ('of Batman: Arkham VR, players are'). A headline's 'pipelines: Trudeau' ends its
    line, 'the story of Copenhagen: In December' goes on with no proper noun, 'by National
    Interests: The Human Rights Council is' starts a clause after the colon, and a person's name on
    either side ('another Virginian: Harry Byrd, the patriarch') is what the colon introduces."""
    titles = []
    for colon in tokens_with(doc, "ORTH", (":",)):
        i = colon.i
        if i < 2 or doc[i - 1].whitespace_ or not colon.whitespace_ or "\n" in colon.whitespace_:
            continue
        start = i
        while start > 0 and i - start < MAX_TITLE_WORDS and is_title_word(doc[start - 1]):
            start -= 1
        if start == i or start == 0 or not (doc[start - 1].is_lower and doc[start - 1].is_alpha):
            continue
        first = i + 1 + (i + 2 < len(doc) and doc[i + 1].lower_ in ARTICLES and doc[i + 1].is_title)
        end = first
        while end < len(doc) and end - first < MAX_TITLE_WORDS and is_title_word(doc[end]):
            end += 1
        if end == first or not goes_on_in_lowercase(doc, end):
            continue
        if given_name_gender(doc[start:i].text) or given_name_gender(doc[first:end].text):
            continue
        titles.append((start, end))
    return titles


def is_title_word(token) -> bool:
    """A capitalised proper noun ('Arkham', 'VR') on the same line."""
    return token.pos_ == "PROPN" and (token.is_title or token.is_upper) and "\n" not in token.whitespace_


def goes_on_in_lowercase(doc: Doc, i: int) -> bool:
    """Token ``i`` is a comma, and a lowercase word follows it."""
    return i + 1 < len(doc) and doc[i].text == "," and doc[i + 1].is_lower and doc[i + 1].is_alpha
