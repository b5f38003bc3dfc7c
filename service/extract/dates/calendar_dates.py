"""Phrases that name a position on the calendar, for ``timex``: full and partial dates, months,
years and decades, spoken years, holidays, quarters, halves and seasons, valued against the
article's date. Pure functions; each returns a TIMEX3 value or None."""
from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from .arithmetic import (
    day_of,
    iso_week,
    month_number,
    nearest_year,
    pick_year,
    safe_date,
)
from .holidays import holiday_date
from .lexicon import (
    CENTURY,
    DAY_MONTH_YEAR,
    DECADE,
    DECADE_WORDS,
    FISCAL_YEAR,
    HALF_YEAR,
    HOLIDAY,
    MDY_NUM,
    MONTH_DAY_YEAR,
    MONTH_ONLY,
    MONTH_YEAR,
    ORDINALS,
    QUARTER,
    SEASON,
    SEASONS,
    SPOKEN_YEAR,
    TEENS_AND_TENS,
    WEEKDAY_RE,
    WEEKDAYS,
    YEAR,
    YMD,
)


def absolute_date(p: str, anchor: Optional[dt.date], tense: Optional[str]) -> Optional[str]:
    """Full or partial calendar dates: 2022-06-15, 6/15/2022, June 15(, 2022), 15 June, June 2022."""
    m = YMD.search(p)
    if m and safe_date(*map(int, m.groups())):
        return f"{int(m[1]):04d}-{int(m[2]):02d}-{int(m[3]):02d}"
    m = MDY_NUM.search(p)
    if m:
        year = int(m[3]) + (1900 if len(m[3]) == 2 and int(m[3]) > 30 else 2000 if len(m[3]) == 2 else 0)
        if safe_date(year, int(m[1]), int(m[2])):
            return f"{year:04d}-{int(m[1]):02d}-{int(m[2]):02d}"
    for pattern in (MONTH_DAY_YEAR, DAY_MONTH_YEAR):
        m = pattern.search(p)
        if m and 1 <= int(m["day"]) <= 31:
            weekday = re.search(rf"\b{WEEKDAY_RE}\b", p)
            return month_day(month_number(m["mon"]), int(m["day"]), m["year"], anchor, tense,
                             WEEKDAYS.get(weekday.group().rstrip(".")) if weekday else None)
    m = MONTH_YEAR.search(p)
    if m:
        return f"{int(m['year']):04d}-{month_number(m['mon']):02d}"
    return None


def week_of(p: str, anchor: Optional[dt.date], tense: Optional[str]) -> Optional[str]:
    """'the week of March 6' -> the ISO week holding that day."""
    m = re.match(r"(?:the )?week of (.+)$", p)
    day = day_of(absolute_date(m[1], anchor, tense)) if m else None
    return iso_week(day) if day else None


def month_day(month: int, day: int, year: Optional[str], anchor: Optional[dt.date],
              tense: Optional[str], weekday: Optional[int] = None) -> Optional[str]:
    """'June 15' in the year the anchor and tense suggest, or the one where it falls on the
    weekday written beside it ('Monday, Oct. 26')."""
    if year:
        return f"{int(year):04d}-{month:02d}-{day:02d}"
    if anchor is None:
        return f"XXXX-{month:02d}-{day:02d}"
    fitting = [y for y in (anchor.year, anchor.year - 1, anchor.year + 1)
               if weekday is not None and (safe_date(y, month, day) or dt.date.min).weekday() == weekday]
    chosen = fitting[0] if len(fitting) == 1 else pick_year(anchor, month, day, tense)
    if safe_date(chosen, month, day) is None:  # 'Feb. 29' outside a leap year
        return f"XXXX-{month:02d}-{day:02d}" if safe_date(2000, month, day) else None
    return f"{chosen:04d}-{month:02d}-{day:02d}"


def month_alone(p: str, anchor: Optional[dt.date], tense: Optional[str]) -> Optional[str]:
    m = MONTH_ONLY.match(p)
    if not m:
        return None
    month = month_number(m["mon"])
    if anchor is None:
        return f"XXXX-{month:02d}"
    rel = m["rel"]
    if m["yrel"] in ("this", "last", "next"):
        year = anchor.year + {"this": 0, "last": -1, "next": 1}[m["yrel"]]
    elif rel in ("last", "past"):
        year = anchor.year if month < anchor.month else anchor.year - 1
    elif rel in ("next", "coming"):
        year = anchor.year if month > anchor.month else anchor.year + 1
    elif rel == "this":
        year = anchor.year
    else:
        year = pick_year(anchor, month, None, tense)
    return f"{year:04d}-{month:02d}"


def year_like(p: str, anchor: Optional[dt.date]) -> Optional[str]:
    """1990, the 1990s, the '90s, fiscal 1989."""
    m = YEAR.match(p)
    if m:
        return m["year"]
    m = DECADE.match(p)
    if m:
        decade = m["dec"] or str(DECADE_WORDS.index(m["dec_word"]) + 2)
        century = m["cent"] or {"eighteen": "18", "nineteen": "19"}.get(m["cent_word"]) or (
            str(anchor.year)[:2] if anchor and int(decade) <= (anchor.year % 100) // 10 else "19")
        return f"{century}{decade}"
    m = CENTURY.match(p)
    if m:
        return f"{int(m['n']) - 1:02d}" if m["n"] else (str(anchor.year)[:2] if anchor else None)
    m = FISCAL_YEAR.match(p)
    if m:
        year = m["year"].lstrip("'")
        return year if len(year) == 4 else ("19" if int(year) > 30 else "20") + year
    return None


def spoken_year(p: str) -> Optional[str]:
    """Years said in words, as in broadcast transcripts: 'nineteen ninety-six', 'the year two
    thousand', 'two thousand and one', 'twenty twenty-two'."""
    m = SPOKEN_YEAR.match(p)
    if not m:
        return None
    if m["millennium"]:
        return str(2000 + (TEENS_AND_TENS[m["units"]] if m["units"] else 0))
    low = 0 if m["low"] == "hundred" else two_digits(m["low"])
    return None if low is None else str((19 if m["century"] == "nineteen" else 20) * 100 + low)


def two_digits(words: str) -> Optional[int]:
    """'ninety-six' -> 96, 'ten' -> 10, 'oh five' -> 5; None for anything else."""
    parts = words.replace("-", " ").split()
    if parts and parts[0] == "oh":
        parts = parts[1:]
    values = [TEENS_AND_TENS.get(w) for w in parts]
    if not values or None in values or len(values) > 2 or (len(values) == 2 and (values[0] < 20 or values[1] > 9)):
        return None
    return sum(values)


def holiday(p: str, anchor: Optional[dt.date], tense: Optional[str]) -> Optional[str]:
    """'Thanksgiving Day', 'last Christmas', 'Easter 2000', 'Easter week': the holiday's date (or
    ISO week) in the stated year, else the occurrence the relative word or the tense picks."""
    m = HOLIDAY.match(p)
    if not m or holiday_date(m["name"], 2000) is None:
        return None
    def when(year: int) -> dt.date:
        return holiday_date(m["name"], year)
    if m["year"]:
        day = when(int(m["year"]))
    elif anchor is None:
        return None
    elif m["rel"] in ("last", "this past"):
        day = when(anchor.year) if when(anchor.year) < anchor else when(anchor.year - 1)
    elif m["rel"] in ("next", "this coming"):
        day = when(anchor.year) if when(anchor.year) > anchor else when(anchor.year + 1)
    elif m["rel"] == "this":
        day = when(anchor.year)
    else:
        day = when(nearest_year(anchor, when, tense))
    if m["week"]:
        return iso_week(day) + ("-WE" if m["week"] == "weekend" else "")
    return day.isoformat()


def quarter(p: str, anchor: Optional[dt.date]) -> Optional[str]:
    m = QUARTER.match(p)
    if not m or not (m["ord"] or m["rel"] or p.startswith(("the", "its", "that")) or m["year"] or m["year0"]):
        return None
    explicit = m["year"] or m["year0"]
    if explicit and m["ord"]:
        return f"{explicit}-Q{ORDINALS[m['ord']]}"
    if anchor is None:
        return None
    current = (anchor.month - 1) // 3 + 1
    year = anchor.year + {"last": -1, "next": 1}.get(m["yrel"] or m["yrel0"] or "", 0)
    if m["ord"]:
        year -= 1 if m["rel"] in ("year-ago", "year-earlier") else 0
        return f"{year}-Q{ORDINALS[m['ord']]}"
    shift = {"next": 1, "current": 0, "this": 0}.get(m["rel"] or "", -1)
    shift -= 4 if m["rel"] in ("year-ago", "year-earlier") or (explicit and int(explicit) < anchor.year) else 0
    y, q = divmod(anchor.year * 4 + current - 1 + shift, 4)
    return f"{y}-Q{q + 1}"


def half_year(p: str, anchor: Optional[dt.date]) -> Optional[str]:
    """"the first half of 1990", "the second half of this year", "the first two quarters of 1990" -> 1990-H1;
    half a decade is the decade ("the last half of the '80s" -> 198); never a bare "the second half"
    (of a match)."""
    m = HALF_YEAR.match(p)
    if not m:
        return None
    if m["decade"]:
        return year_like(m["decade"], anchor)
    year = m["year"] or (str(anchor.year + {"last": -1, "next": 1}.get(m["yrel"] or "", 0)) if anchor else None)
    return f"{year}-H{1 if 'first' in (m['which'], m['pair']) else 2}" if year else None


def season(p: str, anchor: Optional[dt.date], tense: Optional[str]) -> Optional[str]:
    m = SEASON.match(p)
    if not m:
        return None
    code = SEASONS[m["season"]]
    if m["year"]:
        return f"{m['year']}-{code}"
    if anchor is None:
        return None
    start_month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
    year = anchor.year
    if m["rel"] in ("last", "past") or (m["rel"] is None and tense == "past"):
        year -= 1 if start_month >= anchor.month else 0
    elif m["rel"] in ("next", "coming") or (m["rel"] is None and tense == "future"):
        year += 1 if start_month + 2 < anchor.month else 0
    return f"{year}-{code}"
