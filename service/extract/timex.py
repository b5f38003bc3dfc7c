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

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5,
    "sat": 5, "sunday": 6, "sun": 6,
}
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "couple": 2, "a couple of": 2, "dozen": 12, "a dozen": 12,
    "half a": 0.5, "half an": 0.5,
}
VAGUE_NUMBERS = {"few", "a few", "several", "many", "some", "numerous", "the", "recent"}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3,
            "4th": 4, "last": 4}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
                "tonight": "NI", "overnight": "NI", "noon": "MI"}
# unit -> (TIMEX3 letter, is a time-of-day unit)
UNITS = {"second": ("S", True), "minute": ("M", True), "hour": ("H", True), "day": ("D", False),
         "week": ("W", False), "fortnight": ("W", False), "month": ("M", False),
         "quarter": ("Q", False), "year": ("Y", False), "decade": ("DE", False),
         "century": ("CE", False), "weekend": ("WE", False)}
MODS = [("the beginning of", "START"), ("the start of", "START"), ("beginning of", "START"),
        ("start of", "START"), ("early", "START"), ("the middle of", "MID"), ("middle of", "MID"),
        ("the end of", "END"), ("end of", "END"), ("mid", "MID"), ("late", "END"),
        ("about", "APPROX"), ("around", "APPROX"), ("approximately", "APPROX"),
        ("roughly", "APPROX"), ("nearly", "LESS_THAN"), ("almost", "LESS_THAN"),
        ("more than", "MORE_THAN"), ("over", "MORE_THAN"), ("less than", "LESS_THAN"),
        ("under", "LESS_THAN"), ("at least", "EQUAL_OR_MORE"), ("up to", "EQUAL_OR_LESS"),
        ("before", "BEFORE"), ("after", "AFTER"), ("since", "AFTER"), ("until", "BEFORE"),
        ("by", "BEFORE"), ("earlier", None), ("later", None), ("sometime", None), ("just", None),
        ("as early as", None), ("as late as", None), ("as soon as", None), ("this past", None),
        ("the early hours of", "START"), ("the night of", None), ("the morning of", None)]
REFS = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF",
    "current": "PRESENT_REF", "at present": "PRESENT_REF", "presently": "PRESENT_REF",
    "the present": "PRESENT_REF", "present": "PRESENT_REF", "the moment": "PRESENT_REF",
    "at the moment": "PRESENT_REF", "these days": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "recently": "PAST_REF", "recent": "PAST_REF", "the past": "PAST_REF", "past": "PAST_REF",
    "previously": "PAST_REF", "formerly": "PAST_REF", "earlier": "PAST_REF",
    "once": "PAST_REF", "lately": "PAST_REF", "in the past": "PAST_REF",
    "the future": "FUTURE_REF", "future": "FUTURE_REF", "in the future": "FUTURE_REF",
    "soon": "FUTURE_REF", "the coming": "FUTURE_REF", "the near future": "FUTURE_REF",
    "the near term": "FUTURE_REF", "the short term": "FUTURE_REF", "the long term": "FUTURE_REF",
}
for _unit in ("days", "weeks", "months", "years", "decades"):
    REFS.update({f"recent {_unit}": "PAST_REF", f"coming {_unit}": "FUTURE_REF",
                 f"the coming {_unit}": "FUTURE_REF"})
SET_ADVERBS = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M",
               "quarterly": "P1Q", "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H",
               "biweekly": "P2W", "biannually": "P6M"}

MONTH_RE = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
WEEKDAY_RE = (r"(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?"
              r"|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\.?")
NUMBER_RE = r"(?:\d+(?:\.\d+)?|[a-z]+(?:-[a-z]+)?|a couple of|a few|a dozen|half an?)"
UNIT_RE = r"(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade|centur(?:y|ie)|weekend)s?"

CLOCK = re.compile(
    r"\b(?:(?P<h>\d{1,2})(?::(?P<m>\d{2}))?\s*(?P<ampm>[ap])\.?\s?m\b\.?|(?P<h24>\d{1,2}):(?P<m24>\d{2})"
    r"|(?P<word>noon|midday|midnight))(?:\s*(?P<tz>utc|gmt|est|edt|et|pst|pdt|cst|cdt|bst|cet))?")
PART_OF_DAY = re.compile(r"\b(?:this |that |the |late |early )?(morning|afternoon|evening|night|tonight|overnight)\b")
YMD = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
MDY_NUM = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})\b")
MONTH_DAY_YEAR = re.compile(
    rf"\b(?P<mon>{MONTH_RE})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s*(?P<year>\d{{4}})\b)?")
DAY_MONTH_YEAR = re.compile(
    rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{MONTH_RE})(?:,?\s*(?P<year>\d{{4}})\b)?")
MONTH_YEAR = re.compile(rf"\b(?P<mon>{MONTH_RE})(?:\s+of)?,?\s*(?P<year>\d{{4}})\b")
MONTH_ONLY = re.compile(rf"^(?:(?P<rel>last|next|this|in|of|coming|past)\s+)?(?P<mon>{MONTH_RE})"
                        r"(?:,?\s+(?:of\s+)?(?P<yrel>this|last|next|that) year)?$")
CENTURY = re.compile(r"^(?:the\s+|this\s+)?(?:(?P<n>\d{1,2})(?:st|nd|rd|th)|(?P<this>this|current))[\s-]+century$")
FUTURE_OPENERS = ("as soon as ", "as early as ", "until ", "by ", "sometime next", "later this")
YEAR = re.compile(r"^(?:(?:the\s+)?(?:year|fiscal|calendar|fiscal year|in)\s+)?(?P<year>1[5-9]\d\d|20\d\d)(?:'s)?$")
DECADE = re.compile(r"^(?:the\s+)?(?:(?P<cent>1[5-9]|20)|')(?P<dec>\d)0'?s$")
FISCAL_YEAR = re.compile(r"^(?:the\s+)?(?:fiscal|financial)\s+(?:year\s+)?(?P<year>\d{4}|'?\d\d)$")
QUARTER = re.compile(
    r"^(?:the\s+|its\s+|that\s+)?(?:(?P<rel>last|latest|past|previous|current|this|next|same|year-ago|year-earlier)\s+)?"
    r"(?:(?P<year0>\d{4})\s+|(?P<yrel0>this|last|next) year'?s?\s+)?"
    r"(?:(?:fiscal|calendar)[\s-]+)?(?:(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+)?"
    r"(?:(?:fiscal|calendar)\s+)?quarter(?:\s+(?:of\s+)?(?:(?P<year>\d{4})|(?P<yrel>this|last|next) year))?$")
SEASON = re.compile(
    r"^(?:the\s+)?(?:(?P<rel>last|next|this|past|coming)\s+)?(?P<season>spring|summer|autumn|fall|winter)"
    r"(?:\s+(?:of\s+)?(?P<year>\d{4}))?$")
RELATIVE_UNIT = re.compile(
    r"^(?:the\s+)?(?P<rel>last|past|previous|next|coming|this|current|following|same|that|the)\s+"
    r"(?P<unit>day|week|weekend|month|year|decade|century)$")
AGO = re.compile(rf"^(?P<num>{NUMBER_RE})\s+(?P<unit>{UNIT_RE})\s+(?P<dir>ago|earlier|before|later|from now|hence)$")
DURATION = re.compile(
    rf"^(?:(?:the|a|an|another)\s+)?(?:(?P<rel>last|past|next|first|coming|previous|following|additional|further|full|entire|whole|other)\s+)?"
    rf"(?:(?P<num>{NUMBER_RE})[\s-]+)?(?:(?:more|full|straight|consecutive|long)\s+)?(?P<unit>{UNIT_RE})"
    r"(?:[\s-]+long)?$")
SET_RE = re.compile(rf"^(?:every|each|per)\s+(?:(?P<num>{NUMBER_RE})\s+)?(?P<unit>{UNIT_RE}|{WEEKDAY_RE}|morning|night|evening)$")
YEAR_AGO = re.compile(
    r"^(?:the\s+|a\s+)?(?:(?:same|comparable|corresponding)\s+)?(?:(?:year-ago|year-earlier|year\s+(?:ago|earlier))"
    r"(?:\s+(?:period|quarter|results|level))?|(?:period|quarter)\s+(?:a year (?:ago|earlier)|(?:of\s+)?(?:the\s+)?last year))$")
LATEST_PERIOD = re.compile(r"^(?:the\s+)?(?:latest|most recent|recent|current|(?P<year>\d{4}))\s+(?:period|quarter)$")
NOT_TEMPORAL = re.compile(r"\b(?:old|aged?|birthdays?|anniversar(?:y|ies)|olds)\b|-year-old")


DURATION_OPENINGS = ("a ", "an ", "the past ", "the next ", "the entire ", "the whole ",
                     "the full ", "another ", "the coming ")


class Timex(NamedTuple):
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
    parts = word.split("-")
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


def iso_week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def pick_year(anchor: dt.date, month: int, day: int, tense: Optional[str]) -> int:
    """Year of a month(-day) given without one: the nearest occurrence to the anchor, where news
    leans to the past and a tense makes the other direction cost double."""
    def cost(year: int) -> float:
        when = safe_date(year, month, min(day, 28)) or anchor
        days = (when - anchor).days
        against = (days > 0 and tense != "future") or (days < 0 and tense == "future")
        return abs(days) * (2.0 if against and tense else 1.3 if against else 1.0)
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
            return month_day(month_number(m["mon"]), int(m["day"]), m["year"], anchor, tense)
    m = MONTH_YEAR.search(p)
    if m:
        return f"{int(m['year']):04d}-{month_number(m['mon']):02d}"
    return None


def month_day(month: int, day: int, year: Optional[str], anchor: Optional[dt.date],
              tense: Optional[str]) -> Optional[str]:
    if year:
        return f"{int(year):04d}-{month:02d}-{day:02d}"
    if anchor is None:
        return f"XXXX-{month:02d}-{day:02d}"
    return f"{pick_year(anchor, month, day, tense):04d}-{month:02d}-{day:02d}"


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
        year = pick_year(anchor, month, 15, tense)
    return f"{year:04d}-{month:02d}"


def year_like(p: str, anchor: Optional[dt.date]) -> Optional[str]:
    """1990, the 1990s, the '90s, fiscal 1989."""
    m = YEAR.match(p)
    if m:
        return m["year"]
    m = DECADE.match(p)
    if m:
        century = m["cent"] or (str(anchor.year)[:2] if anchor and int(m["dec"]) <= (anchor.year % 100) // 10
                                else "19")
        return f"{century}{m['dec']}"
    m = CENTURY.match(p)
    if m:
        return f"{int(m['n']) - 1:02d}" if m["n"] else (str(anchor.year)[:2] if anchor else None)
    m = FISCAL_YEAR.match(p)
    if m:
        year = m["year"].lstrip("'")
        return year if len(year) == 4 else ("19" if int(year) > 30 else "20") + year
    return None


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
    if unit in ("D", "W"):
        return (anchor + dt.timedelta(days=n * (7 if unit == "W" else 1))).isoformat()
    if unit in ("M", "Q"):
        y, mo = add_months(anchor.year, anchor.month, int(n * (3 if unit == "Q" else 1)))
        return f"{y:04d}-{mo:02d}"
    if unit == "Y":
        return str(anchor.year + int(n))
    if unit == "DE":
        return str((anchor.year + int(n) * 10) // 10)
    return None


def ago(p: str, anchor: Optional[dt.date]) -> Optional[str]:
    m = AGO.match(p)
    if not m or anchor is None:
        return None
    n = number(m["num"])
    letter, clock = UNITS[unit_name(m["unit"])]
    if n is None or clock:
        return anchor.isoformat() if clock else None
    sign = -1 if m["dir"] in ("ago", "earlier", "before") else 1
    return shifted(anchor, sign * n, letter)


def unit_name(word: str) -> str:
    word = word.lower()
    return "century" if word.startswith("centur") else word.rstrip("s")


def duration(p: str) -> Optional[str]:
    m = DURATION.match(p)
    if not m or (m["num"] is None and not p.startswith(DURATION_OPENINGS)):
        return None
    num = m["num"]
    if num is not None and number(num) is None and num not in VAGUE_NUMBERS:
        return None
    n = number(num) if num else (1 if not m["unit"].endswith("s") else None)
    name = unit_name(m["unit"])
    letter, clock = UNITS[name]
    if name == "fortnight":
        n = None if n is None else n * 2
    if name == "weekend":
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
    letter, clock = UNITS[unit_name(unit)]
    n = number(m["num"]) if m["num"] else 1
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
    if anchor is None or not YEAR_AGO.match(p):
        return None
    if not quarterly:
        return str(anchor.year - 1)
    year, index = divmod(anchor.year * 4 + (anchor.month - 1) // 3 - 1, 4)
    return f"{year - 1}-Q{index + 1}"


def date_value(p: str, anchor: Optional[dt.date], tense: Optional[str]) -> Optional[str]:
    """The value of a (possibly relative) calendar date phrase without time of day, or None."""
    for rule in (lambda: absolute_date(p, anchor, tense), lambda: year_like(p, anchor),
                 lambda: simple_relative(p, anchor, tense), lambda: month_alone(p, anchor, tense),
                 lambda: quarter(p, anchor), lambda: season(p, anchor, tense),
                 lambda: relative_unit(p, anchor, tense), lambda: ago(p, anchor),
                 lambda: this_period(p, anchor)):
        value = rule()
        if value:
            return value
    return None


def this_period(p: str, anchor: Optional[dt.date]) -> Optional[str]:
    """'the year', 'earlier this year', 'later this month', 'this year's' ... -> the anchor's period."""
    m = re.fullmatch(r"(?:(?:earlier|later|so far|the rest of|the remainder of)\s+)?(?:in\s+)?"
                     r"(?:this|the|that)\s+(?:(?:current|full|fiscal|calendar)\s+)*(year|month|week)(?:\s+so far)?"
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
        hour, minute = int(m["h"]) % 12 + (12 if m["ampm"] == "p" else 0), int(m["m"] or 0)
    zone = "Z" if m["tz"] in ("utc", "gmt") else ""
    return f"{hour:02d}:{minute:02d}{zone}"


def clean(phrase: str) -> str:
    p = phrase.lower().replace("’", "'").replace("\u2013", "-").replace("\u2014", "-")
    p = re.sub(r"'s$", "", p.strip(" \t\n,.;:()[]\"'"))
    return " ".join(p.split())


def normalise(phrase: str, anchor: Optional[dt.date], tense: Optional[str] = None,
              quarterly: bool = False) -> Optional[Timex]:
    """TIMEX3 type, value and mod of a temporal phrase; None if it is not a temporal expression."""
    p = clean(phrase)
    if not p or len(p) > 120 or NOT_TEMPORAL.search(p) or re.fullmatch(r"(?:(?:his|her|their|its) )?\d{1,3}s?|\d{5,}|annual", p):
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
