"""Named days of the calendar ("Christmas", "Thanksgiving Day", "Easter") and the date each falls
on in a given year. Pure functions; the US date is used where countries differ (Thanksgiving)."""
from __future__ import annotations

import datetime as dt
import re
from typing import Callable, Optional


def easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * l) // 433
    month = (h + l - 7 * m + 90) // 25
    return dt.date(year, month, (h + l - 7 * m + 33 * month + 19) % 32)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th given weekday of a month (n = -1: the last one)."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def fixed(month: int, day: int) -> Callable[[int], dt.date]:
    return lambda year: dt.date(year, month, day)


MON, TUE, THU, FRI, SUN = 0, 1, 3, 4, 6
# Lowercase name (without a trailing "day" where the name is also used without it) -> date in a year.
HOLIDAYS: dict[str, Callable[[int], dt.date]] = {
    "new year's day": fixed(1, 1), "new year's eve": fixed(12, 31), "valentine's day": fixed(2, 14),
    "st. patrick's day": fixed(3, 17), "st patrick's day": fixed(3, 17), "may day": fixed(5, 1),
    "canada day": fixed(7, 1), "independence day": fixed(7, 4), "bastille day": fixed(7, 14),
    "halloween": fixed(10, 31), "veterans day": fixed(11, 11), "remembrance day": fixed(11, 11),
    "armistice day": fixed(11, 11), "christmas eve": fixed(12, 24), "christmas": fixed(12, 25),
    "christmas day": fixed(12, 25), "boxing day": fixed(12, 26), "juneteenth": fixed(6, 19),
    "anzac day": fixed(4, 25),
    "easter": easter, "easter sunday": easter,
    "good friday": lambda y: easter(y) - dt.timedelta(days=2),
    "easter monday": lambda y: easter(y) + dt.timedelta(days=1),
    "palm sunday": lambda y: easter(y) - dt.timedelta(days=7),
    "ash wednesday": lambda y: easter(y) - dt.timedelta(days=46),
    "pentecost": lambda y: easter(y) + dt.timedelta(days=49),
    "thanksgiving": lambda y: nth_weekday(y, 11, THU, 4),
    "thanksgiving day": lambda y: nth_weekday(y, 11, THU, 4),
    "black friday": lambda y: nth_weekday(y, 11, THU, 4) + dt.timedelta(days=1),
    "memorial day": lambda y: nth_weekday(y, 5, MON, -1),
    "labor day": lambda y: nth_weekday(y, 9, MON, 1), "labour day": lambda y: nth_weekday(y, 9, MON, 1),
    "martin luther king day": lambda y: nth_weekday(y, 1, MON, 3),
    "presidents day": lambda y: nth_weekday(y, 2, MON, 3),
    "presidents' day": lambda y: nth_weekday(y, 2, MON, 3),
    "mother's day": lambda y: nth_weekday(y, 5, SUN, 2),
    "father's day": lambda y: nth_weekday(y, 6, SUN, 3),
    "election day": lambda y: nth_weekday(y, 11, MON, 1) + dt.timedelta(days=1),
}
# Capitalised holiday names as they appear in running text ("Thanksgiving Day", "New Year's Eve").
HOLIDAY_NAMES = re.compile(
    r"\b(?:New Year['’]s (?:Day|Eve)|Valentine['’]s Day|St\.? Patrick['’]s Day|May Day|Canada Day"
    r"|Independence Day|Bastille Day|Halloween|Veterans['’]? Day|Remembrance Day|Armistice Day"
    r"|Christmas(?: Eve| Day)?|Boxing Day|Juneteenth|Anzac Day|Easter(?: Sunday| Monday)?|Good Friday"
    r"|Palm Sunday|Ash Wednesday|Pentecost|Thanksgiving(?: Day)?|Black Friday|Memorial Day"
    r"|Labou?r Day|Martin Luther King(?: Jr\.?)? Day|Presidents['’]? Day|Mother['’]s Day"
    r"|Father['’]s Day|Election Day)(?: week(?:end)?)?\b")


def holiday_date(name: str, year: int) -> Optional[dt.date]:
    """The day a named holiday falls on in ``year``; None for a name this table does not know."""
    key = re.sub(r"\s+", " ", name.lower().replace("’", "'").replace(" jr. ", " ").replace(" jr ", " "))
    rule = HOLIDAYS.get(key) or HOLIDAYS.get(key.replace("veterans' ", "veterans "))
    return rule(year) if rule else None
