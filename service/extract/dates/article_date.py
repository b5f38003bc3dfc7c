"""The article's own date and the metadata header it may come from.

``metadata_regions`` finds header text (``date 2022-06-15``, ``Published: ...``, a date line under
the title) that the pipeline blanks before parsing; ``find_article_date`` picks the article's date
(request > the web page's own date > header > dateline > a full date near the top). Nothing here
reads the clock.
"""
from __future__ import annotations

import datetime as dt
import re
from itertools import islice
from typing import Iterable, Optional

from ..model import ArticleDate
from ..text import caption_lines
from .arithmetic import safe_date
from .lexicon import MONTH_NAME, MONTH_RE, WEEKDAY_NAME
from .timex import normalise

TOP_CHARS = 1500           # header lines and datelines live at the very top
TOP_LINES = 6
MAX_LINE_TOKENS = 25       # a date line is short
MARKER = re.compile(r"[ \t]*(?P<label>date)[ \t]*:?[ \t]*(?P<date>\d{4}-\d{2}-\d{2})(?=\s|$)", re.I)
LABEL = re.compile(r"^(?:(?:last\s+|first\s+)?(?:published|updated|posted|modified)(?:\s+on)?|date"
                   r"|dateline)\s*:?\s*", re.I)
LINE_TOKEN = re.compile(r"[A-Za-z]+\.?|\d+(?::\d\d)?(?:st|nd|rd|th)?|[^\sA-Za-z\d]")
LINE_WORDS = {"am", "a.m.", "pm", "p.m.", "a", "p", "m.", "at", "on", "utc", "gmt", "est", "edt", "et",
              "pst", "pdt", "cst", "cdt", "bst", "cet", "cest", "ist", "jst", "the", "of"}
FULL_DATE = re.compile(
    rf"\b(?:{MONTH_RE}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_RE},?\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2})\b", re.I)
# A date in a dateline, the article's date: looser than text/layout's DATELINE (where a dateline
# and its place are), since the place may be missing or in any case ('June 15 -', 'Moscow, June
# 15:'), but a date must be there.
DATELINE_DATE = re.compile(
    r"^[ \t]*(?:[A-Z][A-Za-z.'\-]*(?:[ \t]+[A-Za-z.'\-]+){0,4}(?:,[ \t]*[A-Z][A-Za-z.'\-]*(?:[ \t]+[A-Za-z.'\-]+){0,3}){0,2},?[ \t]+)?"
    rf"(?P<date>(?i:{MONTH_RE})[ \t]+\d{{1,2}}(?:,?[ \t]+\d{{4}})?)[ \t]*,?"
    r"(?:[ \t]*\([A-Za-z .&]{1,30}\)|[ \t]*/[A-Za-z .&-]{1,30}/)?[ \t]*(?:--|-|—|–|_|:)", re.M)


# ----------------------------------------------------------------------------- metadata header

def metadata_regions(text: str) -> list[tuple[int, int]]:
    """Spans of header metadata at the top of ``text`` (never prose or datelines)."""
    return [(start, end) for start, end, _ in header_items(text or "")]


def header_items(text: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of metadata: kind 'marker' / 'labelled' / 'bare' (a lone date line)."""
    items = []
    marker = MARKER.match(text)
    if marker:
        items.append((marker.start("label"), marker.end("date"), "marker"))
    for start, end in top_lines(text):
        if marker and start < marker.end():
            continue
        kind = date_line_kind(text[start:end])
        if kind:
            items.append((start, end, kind))
    return items


def top_lines(text: str) -> Iterable[tuple[int, int]]:
    """(start, end) of the first non-empty lines, whitespace-trimmed."""
    count = 0
    for m in re.finditer(r"[^\n]+", text[:TOP_CHARS]):
        start, end = m.start(), m.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start == end:
            continue
        yield start, end
        count += 1
        if count >= TOP_LINES:
            return


def date_line_kind(line: str) -> Optional[str]:
    """'labelled' / 'bare' if the line is only a (labelled) date-time, else None."""
    label = LABEL.match(line)
    rest = line[label.end():] if label else line
    tokens = [m.group() for m in islice(LINE_TOKEN.finditer(rest), MAX_LINE_TOKENS + 1)]  # enough to judge
    if not tokens or len(tokens) > MAX_LINE_TOKENS or not all(is_date_token(t) for t in tokens):
        return None
    if not FULL_DATE.search(rest):
        return None
    return "labelled" if label else "bare"


def is_date_token(token: str) -> bool:
    word = token.lower()
    return (word[0].isdigit() or word in LINE_WORDS or word in ",|-/–—:()." or
            bool(MONTH_NAME.fullmatch(word)) or bool(WEEKDAY_NAME.fullmatch(word)))


def header_date_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Within a header line, the span after its label ("Updated", "Published:") to the line end."""
    label = LABEL.match(text[start:end])
    start += label.end() if label else 0
    return start, end


# ----------------------------------------------------------------------------- article date

def find_article_date(text: str, request_date: Optional[dt.date], today: Optional[dt.date] = None,
                      page_date: Optional[str] = None) -> Optional[ArticleDate]:
    """The article's date: request > page > header > dateline > a clear full date near the top;
    else None. ``page_date`` (YYYY-MM-DD) is the publication date a web page states in its markup,
    outside the text. ``today`` (the clock's date unless given) dates only a dateline with no year
    and no year for it in the text: the latest such day not after today."""
    if request_date is not None:
        return ArticleDate(value=request_date.isoformat()[:10], source="request")
    if page_date is not None:
        return ArticleDate(value=page_date, source="page")
    text = text or ""
    return header_date(text) or dateline_date(text, today) or text_date(text)


def header_date(text: str) -> Optional[ArticleDate]:
    for start, end, kind in header_items(text):
        s, e = header_date_span(text, start, end)
        value = full_date_value(text[s:e])
        if value:
            return ArticleDate(value, "dateline" if kind == "bare" else "header", text[s:e], s, e)
    return None


def full_date_value(phrase: str) -> Optional[str]:
    """YYYY-MM-DD of the first full date in ``phrase`` (absolute, so no anchor needed)."""
    m = FULL_DATE.search(phrase)
    timex = normalise(m.group(), None) if m else None
    value = timex.value if timex else None
    return value if value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) else None


def dateline_date(text: str, today: Optional[dt.date] = None) -> Optional[ArticleDate]:
    """The date of a dateline ('BEIJING, June 15 (Reuters) -'). Without a year, the year is that of
    the text's full dates in that month if they agree, else the latest such day not after today;
    either way the result says the year was inferred."""
    m = DATELINE_DATE.search(text[:TOP_CHARS])
    if not m:
        return None
    s, e = m.span("date")
    timex = normalise(text[s:e], None)
    value = timex.value if timex else None
    inferred = bool(value and value.startswith("XXXX"))
    if inferred:
        month, day = int(value[5:7]), int(value[8:10]) if re.fullmatch(r"XXXX-\d\d-\d\d", value) else 0
        year = year_from_text(text, month) or (latest_year(month, day, today or dt.date.today()) if day else None)
        value = f"{year}{value[4:]}" if year else None
    if not value or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return None
    return ArticleDate(value, "dateline", text[s:e], s, e, year_inferred=inferred)


def latest_year(month: int, day: int, today: dt.date) -> Optional[str]:
    """The year of the latest ``month``/``day`` not after ``today`` (29 February: the latest leap year)."""
    for year in range(today.year, today.year - 8, -1):
        that_day = safe_date(year, month, day)  # None for 29 February outside a leap year
        if that_day is not None and that_day <= today:
            return str(year)
    return None


def year_from_text(text: str, month: int) -> Optional[str]:
    """The year of the full dates in ``text`` in ``month``, if they all agree; else None."""
    years = {v[:4] for v in (full_date_value(m.group()) for m in FULL_DATE.finditer(text))
             if v and int(v[5:7]) == month}
    return years.pop() if len(years) == 1 else None


def text_date(text: str) -> Optional[ArticleDate]:
    """The first full date near the top that is not in a photo caption (it dates the picture)."""
    captions = caption_lines(text[:TOP_CHARS])
    for m in FULL_DATE.finditer(text[:400]):
        if any(start <= m.start() < end for start, end in captions):
            continue
        value = full_date_value(m.group())
        return ArticleDate(value, "text", m.group(), m.start(), m.end()) if value else None
    return None
