"""First names and the gender they usually carry, and common surnames, from the US Census 1990
name lists (shipped by the ``names`` package, MIT licence); read once, on first use."""
from __future__ import annotations

import unicodedata
from collections import defaultdict
from functools import lru_cache
from typing import Optional

import names as census_names

COMMON_SURNAME_PERCENT = 0.02  # 'Diaz' (0.084 % of Americans), 'Baker'; not 'Power' or 'Press'
GIVEN_NAME_RATIO = 4.0  # a first name counts as male or female when one list is this much more frequent
# the census lists are written without accents: 'Léo' is read as Leo and 'Renée' as Renee, when the
# unaccented name is this common (percent of Americans); not 'Stéphane', whose rare US namesake
# 'Stephane' is a woman's name
ACCENTED_NAME_MIN_PERCENT = 0.005


@lru_cache(maxsize=1)
def _frequencies() -> dict[str, dict[str, float]]:
    """First name (lowercase) -> its frequency among men and among women, from the US Census lists."""
    frequency: dict[str, dict[str, float]] = defaultdict(lambda: {"m": 0.0, "f": 0.0})
    for gender, key in (("m", "first:male"), ("f", "first:female")):
        with open(census_names.FILES[key], encoding="ascii") as lines:
            for line in lines:
                fields = line.split()
                if len(fields) >= 2:
                    frequency[fields[0].lower()][gender] += float(fields[1]) + 1e-4
    return dict(frequency)


@lru_cache(maxsize=1)
def _given_names() -> dict[str, str]:
    """First name (lowercase) -> "m" or "f" where one gender clearly dominates."""
    genders = {}
    for name, by_gender in _frequencies().items():
        if by_gender["m"] >= GIVEN_NAME_RATIO * by_gender["f"]:
            genders[name] = "m"
        elif by_gender["f"] >= GIVEN_NAME_RATIO * by_gender["m"]:
            genders[name] = "f"
    return genders


def given_name_gender(name: str) -> Optional[str]:
    """"m" or "f" if the name's first word is a clearly gendered given name ("Amanda Nunes")."""
    words = name.split()
    return first_name_gender(words[0]) if len(words) > 1 else None


def first_name_gender(word: str) -> Optional[str]:
    """"m" or "f" if one word is a clearly gendered given name ("Ellen", "Léo"), else None."""
    return _given_names().get(census_key(word))


def is_first_name(word: str) -> bool:
    """Whether one word is a given name in the census lists, of either or both genders ("Lee")."""
    return census_key(word) in _frequencies()


def census_key(word: str) -> str:
    """The word as the census lists would write it: lowercase, and without accents when the
    unaccented name is common enough (ACCENTED_NAME_MIN_PERCENT) to be the same name."""
    key = word.lower()
    if key in _frequencies() or key.isascii():
        return key
    plain = "".join(c for c in unicodedata.normalize("NFKD", key) if not unicodedata.combining(c))
    found = _frequencies().get(plain)
    return plain if found is not None and sum(found.values()) >= ACCENTED_NAME_MIN_PERCENT else key


@lru_cache(maxsize=1)
def _common_surnames() -> frozenset:
    """Surnames (lowercase) at least COMMON_SURNAME_PERCENT of the census population carries."""
    with open(census_names.FILES["last"], encoding="ascii") as lines:
        return frozenset(fields[0].lower() for fields in map(str.split, lines)
                         if len(fields) >= 2 and float(fields[1]) >= COMMON_SURNAME_PERCENT)


def is_common_surname(word: str) -> bool:
    """Whether a word is a common US surname ('Diaz', 'Baker'), English word or not."""
    return word.lower() in _common_surnames()
