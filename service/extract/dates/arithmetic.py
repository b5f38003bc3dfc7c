"""Date arithmetic around the article's date for ``timex``: number words, month and week
helpers, and which year a month or weekday without one falls in (nearest, leaning past).
Pure functions; none raises."""
from __future__ import annotations

import datetime as dt
import re
from typing import Callable, Optional

from .lexicon import MONTHS, NUMBERS


def number(word: str) -> Optional[float]:
    """'two' -> 2, '24' -> 24, 'twenty-five' -> 25; vague words ('several') -> None."""
    word = word.strip().lower()
    if re.fullmatch(r"\d+(?:\.\d+)?", word):
        return float(word)
    if word in NUMBERS:
        return NUMBERS[word]
    parts = re.split(r"[- ]", word)
    if len(parts) == 2 and all(p in NUMBERS for p in parts):
        return NUMBERS[parts[0]] + NUMBERS[parts[1]]
    return None


def fmt_number(n: Optional[float]) -> str:
    if n is None:
        return "X"
    return str(int(n)) if float(n).is_integer() else str(n)


def month_number(word: str) -> Optional[int]:
    return MONTHS.get(word.lower().rstrip(".")[:4]) or MONTHS.get(word.lower().rstrip(".")[:3])


def safe_date(year: int, month: int, day: int) -> Optional[dt.date]:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def day_of(value: Optional[str]) -> Optional[dt.date]:
    """The day a TIMEX3 value starts with ('2022-06-10', '2022-06-10TMO'), if it names one."""
    m = re.match(r"(\d{4})-(\d\d)-(\d\d)", value or "")
    return safe_date(int(m[1]), int(m[2]), int(m[3])) if m else None


def iso_week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


PAST_LEAN = 2.0     # without a tense, a future month must be twice as near as the past one
TENSE_WEIGHT = 4.0  # against the verb's tense, four times as near (the tense read is noisy)


def pick_year(anchor: dt.date, month: int, day: Optional[int], tense: Optional[str]) -> int:
    """Year of a month(-day) given without one (see ``nearest_year``); a month alone is at
    distance zero in its own month."""
    def when(year: int) -> dt.date:
        if day is None and (year, month) == (anchor.year, anchor.month):
            return anchor
        return safe_date(year, month, min(day or 15, 28)) or anchor
    return nearest_year(anchor, when, tense)


def nearest_year(anchor: dt.date, when: Callable[[int], dt.date], tense: Optional[str]) -> int:
    """Of last, this and next year, the one whose occurrence ``when(year)`` is nearest the anchor,
    where news leans to the past and a verb's tense makes the other direction cost more."""
    def cost(year: int) -> float:
        days = (when(year) - anchor).days
        against = (days > 0 and tense != "future") or (days < 0 and tense == "future")
        return abs(days) * (TENSE_WEIGHT if against and tense else PAST_LEAN if against else 1.0)
    return min((anchor.year - 1, anchor.year, anchor.year + 1), key=cost)


def weekday_date(anchor: dt.date, weekday: int, tense: Optional[str], rel: Optional[str] = None) -> dt.date:
    """News convention: the anchor's own weekday is that day; others the past one unless future."""
    delta = weekday - anchor.weekday()
    if rel == "next" or (tense == "future" and rel not in ("last", "past", "previous")):
        return anchor + dt.timedelta(days=delta % 7 or (7 if rel == "next" else 0))
    if rel == "last":
        return anchor - dt.timedelta(days=(-delta) % 7 or 7)
    return anchor - dt.timedelta(days=(-delta) % 7)


# ----------------------------------------------------------------------------- rule families
