"""Normalise one temporal phrase ("late February", "two hours", "last week") to a TIMEX3 type/value/mod.

``normalise(phrase, anchor, tense)`` is pure: ``anchor`` is the article date (None leaves relative
expressions without a value) and ``tense`` ("past", "future" or None) picks between the previous
and the coming occurrence of a weekday or a month. It returns None for phrases that are not
temporal expressions at all (ages such as "69 years old", birthdays) and never raises.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Callable, NamedTuple, Optional

from .holidays import holiday_date

from .timex_lexicon import (
    MONTHS, WEEKDAYS, NUMBERS, VAGUE_NUMBERS, ORDINALS, SEASONS, PARTS_OF_DAY, UNITS, MODS, REFS,
    SET_ADVERBS, WEEKDAY_RE, CLOCK, PART_OF_DAY, YMD, MDY_NUM, MONTH_DAY_YEAR, DAY_MONTH_YEAR,
    MONTH_YEAR, MONTH_ONLY, CENTURY, FUTURE_OPENERS, YEAR, DECADE, DECADE_WORDS, FISCAL_YEAR, QUARTER,
    SEASON, RELATIVE_UNIT, AGO, VAGUE_AGO, DURATION, SET_RE, YEAR_AGO, LATEST_PERIOD, NOT_TEMPORAL,
    DURATION_OPENINGS, HOLIDAY, SPOKEN_YEAR, TEENS_AND_TENS, HALF_YEAR, NUMBER_SPAN, SPOKEN_YEAR_INSIDE,
    ORDINAL_DAY, DAY_ORDINALS, WHOLE_OR_PAST_YEAR,
)


class Timex(NamedTuple):
    """A TIMEX3 type (DATE, TIME, DURATION, SET), its value and an optional mod."""

    type: str
    value: Optional[str]
    mod: Optional[str] = None


# ----------------------------------------------------------------------------- small helpers

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


def relative_unit(p: str, anchor: Optional[dt.date], tense: Optional[str] = None) -> Optional[str]:
    """last week, this month, next year, the following day ..."""
    m = RELATIVE_UNIT.match(p)
    if not m or anchor is None:
        return None
    step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "following": 1}.get(m["rel"], 0)
    step = 1 if p.startswith("the next ") else step
    unit = m["unit"]
    if unit == "day":
        return (anchor + dt.timedelta(days=step)).isoformat()
    if unit == "weekend" and step == 0 and tense != "future" and anchor.weekday() < 5:
        step = -1
    if unit in ("week", "weekend"):
        week = iso_week(anchor + dt.timedelta(weeks=step))
        return week + ("-WE" if unit == "weekend" else "")
    if unit == "month":
        y, mo = add_months(anchor.year, anchor.month, step)
        return f"{y:04d}-{mo:02d}"
    if unit == "year":
        return str(anchor.year + step)
    if unit == "decade":
        return str(anchor.year // 10 + step)
    return str(anchor.year // 100 + step)


def shifted(anchor: dt.date, n: float, unit: str) -> Optional[str]:
    """The anchor moved by n units (n negative = back), at the unit's granularity."""
    if unit == "D" or unit == "W" and abs(n) <= 2:  # 'a week ago' is usually that weekday
        return (anchor + dt.timedelta(days=n * (7 if unit == "W" else 1))).isoformat()
    if unit == "W":  # 'six weeks ago' is vaguer: a week, not a day
        return iso_week(anchor + dt.timedelta(days=n * 7))
    if unit in ("M", "Q"):
        y, mo = add_months(anchor.year, anchor.month, int(n * (3 if unit == "Q" else 1)))
        return f"{y:04d}-{mo:02d}"
    if unit == "Y":
        return str(anchor.year + int(n))
    if unit == "DE":
        return str((anchor.year + int(n) * 10) // 10)
    return None


def ago(p: str, anchor: Optional[dt.date]) -> Optional[str]:
    if VAGUE_AGO.match(p):
        return "PAST_REF"
    m = AGO.match(p)
    if not m or anchor is None:
        return None
    n, letter, clock = in_units(number(m["num"]), m["unit"])
    if n is None or clock:
        return anchor.isoformat() if clock else None
    sign = -1 if m["dir"] in ("ago", "earlier", "before") else 1
    return shifted(anchor, sign * n, letter)


def unit_name(word: str) -> str:
    word = word.lower()
    return "century" if word.startswith("centur") else word.rstrip("s")


def in_units(n: Optional[float], word: str) -> tuple[Optional[float], str, bool]:
    """``n`` of the unit ``word`` as (count, TIMEX3 letter, is a time-of-day unit): a fortnight
    counts two weeks."""
    name = unit_name(word)
    letter, clock = UNITS[name]
    return (n * 2 if n is not None and name == "fortnight" else n), letter, clock


def duration(p: str) -> Optional[str]:
    m = DURATION.match(p)
    if not m or (m["num"] is None and not p.startswith(DURATION_OPENINGS)):
        return None
    num = m["num"]
    if num is not None and number(num) is None and num not in VAGUE_NUMBERS and not NUMBER_SPAN.fullmatch(num):
        return None
    n, letter, clock = in_units(number(num) if num else (1 if not m["unit"].endswith("s") else None), m["unit"])
    if unit_name(m["unit"]) == "weekend":
        return "P1WE"
    if n is not None and not float(n).is_integer() and not clock:
        return None
    return ("PT" if clock else "P") + fmt_number(n) + letter


def set_expression(p: str) -> Optional[str]:
    if p in SET_ADVERBS:
        return SET_ADVERBS[p]
    m = SET_RE.match(p)
    if not m:
        return None
    unit = m["unit"].rstrip(".")
    if unit in ("morning", "night", "evening"):
        return f"XXXX-XX-XXT{PARTS_OF_DAY[unit]}"
    if unit in WEEKDAYS or unit.rstrip("s") in WEEKDAYS:
        return f"XXXX-WXX-{WEEKDAYS[unit.rstrip('s') if unit not in WEEKDAYS else unit] + 1}"
    month = month_number(unit)
    if month:
        return f"XXXX-{month:02d}"
    n, letter, clock = in_units(number(m["num"]) if m["num"] else 1, unit)
    return ("PT" if clock else "P") + fmt_number(n) + letter


def simple_relative(p: str, anchor: Optional[dt.date], tense: Optional[str]) -> Optional[str]:
    """today, yesterday, tomorrow, weekdays (last/next Friday), the day before yesterday."""
    if anchor is None:
        return None
    offsets = {"today": 0, "yesterday": -1, "tomorrow": 1, "the day": 0, "the same day": 0,
               "this day": 0, "that day": None, "the day before yesterday": -2,
               "the day after tomorrow": 2, "the previous day": -1, "the next day": 1,
               "the following day": 1, "a day earlier": -1}
    if p in offsets:
        return None if offsets[p] is None else (anchor + dt.timedelta(days=offsets[p])).isoformat()
    m = re.fullmatch(rf"(?:the\s+)?(?:(?P<rel>last|next|this|on|coming|this coming|past|previous|following)\s+)?"
                     rf"(?P<wd>{WEEKDAY_RE})", p)
    if m:
        rel = {"previous": "last", "past": "last", "coming": "next", "this coming": "next",
               "following": "next"}.get(m["rel"], m["rel"])
        return weekday_date(anchor, WEEKDAYS[m["wd"].rstrip(".")], tense, rel).isoformat()
    return None


# ----------------------------------------------------------------------------- dispatch

def year_ago(p: str, anchor: Optional[dt.date], quarterly: bool) -> Optional[str]:
    """'a year ago', 'the year-earlier period': last year, or in an article about quarterly results
    the same quarter a year before the latest completed one."""
    latest = LATEST_PERIOD.match(p)
    if anchor is not None and latest and quarterly:
        year, index = divmod(anchor.year * 4 + (anchor.month - 1) // 3 - 1, 4)
        return f"{latest['year'] or year}-Q{index + 1}"
    if latest and latest["year"]:
        return latest["year"]  # 'the 1988 period' outside quarterly news: that year
    if anchor is None or not YEAR_AGO.match(p):
        return None
    if not quarterly:
        return str(anchor.year - 1)
    year, index = divmod(anchor.year * 4 + (anchor.month - 1) // 3 - 1, 4)
    return f"{year - 1}-Q{index + 1}"


def date_value(p: str, anchor: Optional[dt.date], tense: Optional[str]) -> Optional[str]:
    """The value of a (possibly relative) calendar date phrase without time of day, or None."""
    for rule in (lambda: week_of(p, anchor, tense), lambda: absolute_date(p, anchor, tense),
                 lambda: year_like(p, anchor), lambda: spoken_year(p), lambda: holiday(p, anchor, tense),
                 lambda: simple_relative(p, anchor, tense), lambda: month_alone(p, anchor, tense),
                 lambda: quarter(p, anchor), lambda: half_year(p, anchor), lambda: season(p, anchor, tense),
                 lambda: relative_unit(p, anchor, tense), lambda: ago(p, anchor),
                 lambda: this_period(p, anchor)):
        value = rule()
        if value:
            return value
    return None


def this_period(p: str, anchor: Optional[dt.date]) -> Optional[str]:
    """'the year', 'earlier this year', 'later this month', 'this year's' ... -> the anchor's period."""
    m = re.fullmatch(r"(?:(?:earlier|later|so far|the rest of|the remainder of)\s+)?(?:in\s+)?"
                     r"(?:this|the|that)\s+(?:(?:current|full|fiscal|financial|calendar)\s+)*(year|month|week)"
                     r"(?:\s+so far)?"
                     r"|(year)(?:-end|\s+end|'s\s+end)", p)
    if not m or anchor is None:
        return None
    return relative_unit(f"this {m[1] or m[2]}", anchor)


def strip_modifier(p: str) -> tuple[str, Optional[str]]:
    for words, mod in MODS:
        if p.startswith(words + " ") or p.startswith(words + "-"):
            return p[len(words) + 1:].strip(), mod
    if p.startswith("the "):
        core, mod = strip_modifier(p[4:])
        if mod:
            return core, mod
    return p, None


def time_of_day(p: str, anchor: Optional[dt.date], tense: Optional[str]) -> Optional[Timex]:
    """Clock times and parts of day, alone or with a date: '9 a.m. Tuesday', 'Friday morning'."""
    clock = CLOCK.search(p)
    part = PART_OF_DAY.search(p)
    if not clock and not part:
        return None
    if clock:
        rest = (p[:clock.start()] + " " + p[clock.end():])
        suffix = clock_value(clock)
    else:
        rest = p[:part.start()] + " " + p[part.end():]
        suffix = PARTS_OF_DAY[part[1]]
    rest = re.sub(r"\b(?:at|on|of|in|the|this|early|late|about|around)\b|,", " ", rest)
    rest = {"last": "yesterday", "": "today"}.get(" ".join(rest.split()), " ".join(rest.split()))
    day = date_value(rest, anchor, tense)
    if day is None or len(day) != 10:
        return Timex("TIME", None)
    return Timex("TIME", f"{day}T{suffix}")


def clock_value(m: re.Match) -> str:
    if m["word"]:
        return "24:00" if m["word"] == "midnight" else "12:00"
    if m["h24"]:
        hour, minute = int(m["h24"]), int(m["m24"])
    else:
        hour, minute = int(m["h"] or m["h_part"]) % 12, int(m["m"] or 0)
        hour += 12 if m["ampm"] == "p" or m["part"] in ("afternoon", "evening") else 0
    zone = "Z" if m["tz"] in ("utc", "gmt") else ""
    return f"{hour:02d}:{minute:02d}{zone}"


def clean(phrase: str) -> str:
    p = phrase.lower().replace("’", "'").replace("\u2013", "-").replace("\u2014", "-")
    p = re.sub(r"'s$", "", p.strip(" \t\n,.;:()[]\"'"))
    return words_to_digits(" ".join(p.split()))


def words_to_digits(p: str) -> str:
    """Years and days in words inside a longer phrase, as digits: 'january nineteen ninety-seven'
    -> 'january 1997', 'march eighth' and 'the eighth of march' -> 'march 8'."""
    if SPOKEN_YEAR_INSIDE.search(p) and not SPOKEN_YEAR.match(p):
        p = SPOKEN_YEAR_INSIDE.sub(lambda m: spoken_year(m.group()) or m.group(), p)
    return ORDINAL_DAY.sub(lambda m: f"{m['mon'] or m['mon2']} {DAY_ORDINALS[m['ord'] or m['ord2']]}", p)


def normalise(phrase: str, anchor: Optional[dt.date], tense: Optional[str] = None,
              quarterly: bool = False) -> Optional[Timex]:
    """TIMEX3 type, value and mod of a temporal phrase; None if it is not a temporal expression."""
    p = clean(phrase)
    if re.search(r" or so\b", p):  # 'the next two years or so', 'a week or so ago'
        inner = normalise(re.sub(r" or so\b", "", p), anchor, tense, quarterly)
        return inner and Timex(inner.type, inner.value, inner.mod or "APPROX")
    if not p or len(p) > 120 or NOT_TEMPORAL.search(p) or re.fullmatch(
            r"(?:(?:his|her|their|its) )?\d{1,3}s?|\d{5,}|annual|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+", p):
        return None
    if p in REFS:
        return Timex("DATE", REFS[p])
    value = year_ago(p, anchor, quarterly)
    if value:
        return Timex("DATE", value)
    value = set_expression(p)
    if value:
        return Timex("SET", value)
    tense = "future" if p.startswith(FUTURE_OPENERS) else tense
    core, mod = strip_modifier(p)
    core = re.sub(r"^(?:in|on|of|during|at)\s+", "", core)
    if core != p:
        inner = normalise(core, anchor, tense, quarterly)
        if inner is None:
            return None
        return Timex(inner.type, inner.value, inner.mod or mod)
    if anchor is not None and WHOLE_OR_PAST_YEAR.match(p):  # 'the full year', 'over the past year'
        return Timex("DATE", str(anchor.year - (1 if "past" in p else 0)))
    value = duration(p) or ("P" + ("TX" if UNITS[unit_name(p)][1] else "X") + UNITS[unit_name(p)][0]
                             if p.endswith("s") and unit_name(p) in UNITS else None)
    if value:
        return Timex("DURATION", value)
    timed = time_of_day(p, anchor, tense)
    if timed:
        return timed
    value = date_value(p, anchor, tense)
    if value:
        return Timex("DATE", value)
    if re.search(r"\b(?:years?|months?|weeks?|days?|hours?|minutes?|decades?)\b", p) and not re.search(
            r"\b(?:ago|last|next|this|earlier|later)\b", p):
        return Timex("DURATION", None)
    return Timex("DATE", None)
