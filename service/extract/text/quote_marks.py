"""Find passages in quotation marks: pair straight and curly marks, skip apostrophes, never overrun a
paragraph; and tell the ones that are titles of works ('"Ralph Breaks the Internet"') from speech.

Pure string logic (no spaCy). A passage never crosses a paragraph break: an unclosed mark closes
at the end of its paragraph, which is also how news writes a quote running over several
paragraphs (each paragraph opens with a mark, only the last one closes).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

DOUBLE_OPENERS = "“„«"
DOUBLE_CLOSERS = "”»‟"
SINGLE_OPENERS = "‘‹"
SINGLE_CLOSERS = "’›"
OPENING_CONTEXT = "([{—–-/:;,"  # characters after which a straight mark opens a quotation

MAX_QUOTED_TITLE_WORDS = 8
MINOR_WORDS = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "from", "with",
               "by", "into", "vs", "is"}  # lowercase inside a title ('Ralph Breaks the Internet')

PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\r\n\s*\r\n")
SINGLE_MARKS = re.compile("['‘’‹›]")
DOUBLE_MARKS = re.compile("[\"“”„‟«»]")


@dataclass(frozen=True)
class QuotedPassage:
    """text[start:end] is the passage including its marks; inner_* exclude the marks."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    closed: bool  # False: the paragraph ended first (an unclosed or continued quotation)


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: text between blank lines, or single line breaks if none."""
    breaker = PARAGRAPH_BREAK if PARAGRAPH_BREAK.search(text) else re.compile(r"\n")
    spans, start = [], 0
    for match in breaker.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _is_opening_position(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in OPENING_CONTEXT) and not after.isspace()


def _mark_role(text: str, i: int, single: bool) -> str | None:
    """'open', 'close' or None (an apostrophe or a stray mark) for the mark at text[i]."""
    char = text[i]
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if single:
        if before.isalnum() and after.isalnum():
            return None  # Xi’s, don't, rock ’n’ roll's inner marks
        if char in SINGLE_OPENERS or char == "'":
            if _is_opening_position(text, i) and after.isalpha():
                return "open"
        if char in SINGLE_CLOSERS or char == "'":
            if not before.isspace() and not after.isalnum():
                return "close"
        return None  # ’90s, stray marks
    if char in DOUBLE_OPENERS:
        return "open"
    if char in DOUBLE_CLOSERS:
        return "close"
    return "open" if _is_opening_position(text, i) else "close"


def _passages_in_paragraph(text: str, start: int, end: int, single: bool) -> list[QuotedPassage]:
    marks = SINGLE_MARKS if single else DOUBLE_MARKS
    passages, open_at = [], None
    for mark in marks.finditer(text, start, end):
        i = mark.start()
        role = _mark_role(text, i, single)
        if role == "open" and open_at is None:
            open_at = i
        elif role == "close" and open_at is not None:
            passages.append(QuotedPassage(open_at, i + 1, open_at + 1, i, True))
            open_at = None
    if open_at is not None:
        inner_end = end
        while inner_end > open_at + 1 and text[inner_end - 1].isspace():
            inner_end -= 1
        if inner_end > open_at + 1:
            passages.append(QuotedPassage(open_at, inner_end, open_at + 1, inner_end, False))
    return passages


def find_quoted_passages(text: str) -> list[QuotedPassage]:
    """Every passage in double quotation marks; single marks are used only if the text has no double ones."""
    single = not any(c in text for c in "\"“”„‟«»")
    passages = []
    for start, end in paragraph_spans(text):
        passages.extend(_passages_in_paragraph(text, start, end, single))
    return [p for p in passages if text[p.inner_start:p.inner_end].strip()]


def quoted_titles(text: str, passages: Optional[list[QuotedPassage]] = None) -> list[tuple[int, int]]:
    """(start, end) inside the marks of each closed quoted passage that reads as a title: one to
    eight words, every one capitalised but the minor words ('the', 'of'), no sentence inside
    ('"Creed II"', '"Fantastic Beasts: The Crimes of Grindelwald."'; not '"We will win"').
    ``passages``: the text's passages when the caller has found them already."""
    titles = []
    for passage in find_quoted_passages(text) if passages is None else passages:
        inner = text[passage.inner_start:passage.inner_end].strip().rstrip(".,!?")
        words = inner.replace(":", " ").split()
        if passage.closed and 0 < len(words) <= MAX_QUOTED_TITLE_WORDS and words[0][:1].isalnum() \
                and all(w[:1].isupper() or w[:1].isdigit() or w.lower() in MINOR_WORDS for w in words) \
                and not all(w.lower() in MINOR_WORDS for w in words) \
                and not any(mark in inner for mark in ".!?;"):
            titles.append((passage.inner_start, passage.inner_end))
    return titles
