"""Words and patterns of English temporal expressions: month, weekday and number words, units,
modifiers, and the regular expressions ``timex`` matches phrases against. Data only, no logic."""
from __future__ import annotations

import re

from ..text import word_set, word_table

MONTHS = {word: int(value) for word, value in word_table(__package__, "months").items()}
WEEKDAYS = {word: int(value) for word, value in word_table(__package__, "weekdays").items()}
NUMBERS = {word: float(value) if "." in value else int(value) for word, value in word_table(__package__, "number_words").items()}
VAGUE_NUMBERS = word_set(__package__, "vague_numbers")
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
        ("before", "BEFORE"), ("after", "AFTER"), ("pre", "BEFORE"), ("post", "AFTER"), ("since", "AFTER"),
        ("until", "BEFORE"), ("by", "BEFORE"), ("earlier", None), ("later", None), ("sometime", None), ("just", None),
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
REFS.update({"a later date": "FUTURE_REF", "a future date": "FUTURE_REF"})
for _unit in ("days", "weeks", "months", "years", "decades"):
    REFS.update({f"recent {_unit}": "PAST_REF", f"past {_unit}": "PAST_REF"})
for _unit in ("days", "weeks", "months", "quarters", "years", "decades"):
    REFS.update({f"coming {_unit}": "FUTURE_REF", f"the coming {_unit}": "FUTURE_REF",
                 f"future {_unit}": "FUTURE_REF"})
SET_ADVERBS = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M",
               "quarterly": "P1Q", "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H",
               "biweekly": "P2W", "biannually": "P6M"}

MONTH_RE = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
WEEKDAY_RE = (r"(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?"
              r"|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\.?")
MONTH_NAME = re.compile(MONTH_RE)  # lowercase text
WEEKDAY_NAME = re.compile(WEEKDAY_RE)
NUMBER_RE = (r"(?:\d+(?:\.\d+)?(?:\s+(?:to|or)\s+\d+(?:\.\d+)?)?"
             r"|[a-z]+(?:[- ](?!(?:more|full|straight|consecutive|long)\b)[a-z]+)?(?:\s+(?:to|or)\s+[a-z]+)?"
             r"|a couple of|couple of|a few|a dozen|half an?)")
NUMBER_SPAN = re.compile(r"\S+\s+(?:to|or)\s+\S+")  # '12 to 18 (months)': a span of numbers, value unknown
UNIT_RE = r"(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade|centur(?:y|ie)|weekend)s?"

CLOCK = re.compile(
    r"\b(?:(?P<h>\d{1,2})(?::(?P<m>\d{2}))?\s*(?P<ampm>[ap])\.?\s?m\b\.?|(?P<h24>\d{1,2}):(?P<m24>\d{2})"
    r"|(?P<word>noon|midday|midnight)"
    r"|(?P<h_part>\d{1,2})(?:\s+o'clock)?\s+in\s+the\s+(?P<part>morning|afternoon|evening))"
    r"(?:\s*(?P<tz>utc|gmt|est|edt|et|pst|pdt|cst|cdt|bst|cet))?")
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
CENTURY = re.compile(r"^(?:the\s+|this\s+|a\s+)?(?:(?P<n>\d{1,2})(?:st|nd|rd|th)|(?P<this>this|current))[\s-]+century$")
FUTURE_OPENERS = ("as soon as ", "as early as ", "until ", "by ", "sometime next", "later this")
YEAR = re.compile(r"^(?:(?:the\s+)?(?:year|fiscal|calendar|fiscal year|in)\s+)?(?P<year>1[5-9]\d\d|20\d\d)(?:'s)?$")
DECADE_WORDS = ("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties")
DECADE = re.compile(r"^(?:the\s+)?(?:(?:(?P<cent>1[5-9]|20)|'|(?<=the ))(?P<dec>\d)0'?s"
                    rf"|(?:(?P<cent_word>eighteen|nineteen)[\s-])?(?P<dec_word>{'|'.join(DECADE_WORDS)}))$")
FISCAL_YEAR = re.compile(r"^(?:the\s+)?(?:fiscal|financial)\s+(?:year\s+)?(?P<year>\d{4}|'?\d\d)$")
HALF_YEAR = re.compile(
    r"^(?:the\s+)?(?:(?P<which>first|second|last|latter)\s+half|(?P<pair>first|last)\s+two\s+quarters)"
    r"\s+of\s+(?:the\s+)?(?:(?P<year>\d{4})|(?P<yrel>this|last|next)\s+year|the\s+year"
    r"|(?P<decade>(?:1[5-9]|20|')\d0'?s))$")
QUARTER = re.compile(
    r"^(?:the\s+|its\s+|that\s+|a\s+)?(?:(?P<rel>last|latest|past|previous|current|this|next|same|year-ago|year-earlier)\s+)?"
    r"(?:(?P<year0>\d{4})\s+|(?P<yrel0>this|last|next) year'?s?\s+)?"
    r"(?:(?:fiscal|financial|calendar)[\s-]+)?(?:(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+)?"
    r"(?:(?:fiscal|financial|calendar)\s+)?quarter(?:\s+(?:of\s+)?(?:(?P<year>\d{4})|(?P<yrel>this|last|next) year"
    r"|the (?:current |fiscal |financial |calendar )?year))?$")
SEASON = re.compile(
    r"^(?:the\s+)?(?:(?P<rel>last|next|this|past|coming)\s+)?(?P<season>spring|summer|autumn|fall|winter)"
    r"(?:\s+(?:of\s+)?(?P<year>\d{4}))?$")
RELATIVE_UNIT = re.compile(
    r"^(?:the\s+)?(?P<rel>last|past|previous|next|coming|this|current|following|same|that|the)\s+(?:same\s+)?"
    r"(?P<unit>day|week|weekend|month|year|decade|century)$")
AGO = re.compile(rf"^(?P<num>{NUMBER_RE})\s+(?P<unit>{UNIT_RE})\s+(?P<dir>ago|earlier|before|later|from now|hence)$")
# 'several years ago', 'just months ago': some time back, TimeML's PAST_REF
VAGUE_AGO = re.compile(rf"^(?:(?:just|only)\s+)?(?:(?:a few|several|some|many)\s+)?{UNIT_RE}\s+ago$")
DURATION = re.compile(
    rf"^(?:(?:the|a|an|another)\s+)?(?:(?P<rel>last|past|next|first|coming|previous|following|additional|further|full|entire|whole|other|year-earlier|year-ago)\s+)?"
    rf"(?:(?P<num>{NUMBER_RE})[\s-]+)?(?:(?:more|full|straight|consecutive|long)\s+)?(?P<unit>{UNIT_RE})"
    r"(?:[\s-]+long)?$")
SET_RE = re.compile(rf"^(?:every|each|per)\s+(?:(?P<num>{NUMBER_RE})\s+)?"
                    rf"(?P<unit>{UNIT_RE}|{WEEKDAY_RE}|{MONTH_RE}|morning|night|evening)$")
YEAR_AGO = re.compile(
    r"^(?:the\s+|a\s+)?(?:(?:same|comparable|corresponding)\s+)?(?:(?:year-ago|year-earlier|year\s+(?:ago|earlier))"
    r"(?:\s+(?:period|quarter|results|level))?|(?:period|quarter)\s+(?:a year (?:ago|earlier)|(?:of\s+)?(?:the\s+)?last year)"
    r"|last year's (?:period|quarter))$")
LATEST_PERIOD = re.compile(r"^(?:the\s+)?(?:latest|most recent|recent|(?P<year>\d{4}))\s+(?:period|quarter)$")
NOT_TEMPORAL = re.compile(r"\b(?:old|aged?|birthdays?|anniversar(?:y|ies)|olds)\b|-year-old")


# news counts these as the calendar year, not as a length of time: 'sales for the full year',
# 'over the past year' (the year before the article's)
WHOLE_OR_PAST_YEAR = re.compile(r"^the (?:full|entire|whole|past) year$")
DURATION_OPENINGS = ("a ", "an ", "the past ", "the next ", "the entire ", "the whole ",
                     "the full ", "another ", "the coming ")
TEENS_AND_TENS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                  "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
                  "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
                  "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
                  "eighty": 80, "ninety": 90}
_SMALL = "|".join(sorted(TEENS_AND_TENS, key=len, reverse=True))
_DIGIT = "|".join(w for w, n in TEENS_AND_TENS.items() if n < 10)
_TENS_TEENS = "|".join(sorted((w for w, n in TEENS_AND_TENS.items() if n >= 10), key=len, reverse=True))
# Years in words: 'nineteen ninety-six', 'twenty oh five', 'two thousand and one' (groups: century
# and rest, or millennium and rest).
_SPOKEN_YEAR = (
    rf"(?:(?P<century>nineteen|twenty)\s+(?P<low>hundred|oh\s+(?:{_DIGIT})|(?:{_TENS_TEENS})(?:[\s-](?:{_DIGIT}))?)"
    rf"|(?P<millennium>two thousand)(?:\s+(?:and\s+)?(?P<units>{_SMALL}))?)")
SPOKEN_YEAR = re.compile(rf"^(?:the\s+year\s+)?{_SPOKEN_YEAR}$")
# the same years inside a longer phrase ('January nineteen ninety-seven', 'the winter of ...')
SPOKEN_YEAR_INSIDE = re.compile(rf"\b{_SPOKEN_YEAR}\b")
DAY_ORDINALS = {word: n for n, word in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split(), start=1)}
DAY_ORDINALS.update({f"twenty-{w}": 20 + n for w, n in list(DAY_ORDINALS.items())[:9]})
DAY_ORDINALS.update({"thirtieth": 30, "thirty-first": 31})
_ORDINAL_RE = "|".join(sorted(DAY_ORDINALS, key=len, reverse=True))
# 'March eighth', 'the eighth of March': a day written as an ordinal word beside a month name
ORDINAL_DAY = re.compile(rf"\b(?P<mon>{MONTH_RE})\s+(?:the\s+)?(?P<ord>{_ORDINAL_RE})\b"
                         rf"|\b(?:the\s+)?(?P<ord2>{_ORDINAL_RE})\s+of\s+(?P<mon2>{MONTH_RE})")
HOLIDAY = re.compile(
    r"^(?:(?P<rel>last|next|this past|this coming|this)\s+)?(?P<name>[a-z.'’ ]+?)"
    r"(?:,?\s+(?P<year>\d{4}))?(?:\s+(?P<week>week|weekend))?$")
