"""Normalise one temporal phrase ("late February", "two hours", "last week") to a TIMEX3 type/value/mod.

``normalise(phrase, anchor, tense)`` is pure: ``anchor`` is the article date (None leaves relative
expressions without a value) and ``tense`` ("past", "future" or None) picks between the previous
and the coming occurrence of a weekday or a month. It returns None for phrases that are not
temporal expressions at all (ages such as "69 years old", birthdays) and never raises.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple, Optional

from .arithmetic import (
    add_months,
    fmt_number,
    iso_week,
    month_number,
    number,
    weekday_date,
)
from .calendar_dates import (
    absolute_date,
    half_year,
    holiday,
    month_alone,
    quarter,
    season,
    spoken_year,
    week_of,
    year_like,
)
from .lexicon import (
    AGO,
    CLOCK,
    DAY_ORDINALS,
    DURATION,
    DURATION_OPENINGS,
    FUTURE_OPENERS,
    LATEST_PERIOD,
    MODS,
    NOT_TEMPORAL,
    NUMBER_SPAN,
    ORDINAL_DAY,
    PART_OF_DAY,
    PARTS_OF_DAY,
    REFS,
    RELATIVE_UNIT,
    SET_ADVERBS,
    SET_RE,
    SPOKEN_YEAR,
    SPOKEN_YEAR_INSIDE,
    UNITS,
    VAGUE_AGO,
    VAGUE_NUMBERS,
    WEEKDAY_RE,
    WEEKDAYS,
    WHOLE_OR_PAST_YEAR,
    YEAR_AGO,
)


class Timex(NamedTuple):
    """A TIMEX3 type (DATE, TIME, DURATION, SET), its value and an optional mod."""

    type: str
    value: Optional[str]
    mod: Optional[str] = None


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
