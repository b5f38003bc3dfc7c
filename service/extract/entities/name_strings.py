"""String tests and comparison keys for names, shared by every entity module: ``normalize`` (the
key two mentions of one name share), ``is_acronym``, ``is_plausible_name`` (NER misfires out),
``head_word``, and the possessive, abbreviation and lowercase checks."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Iterable

from ..model import Mention
from ..text import outside_regions
from .lexicon import (
    ABBREVIATION,
    ACRONYM,
    ADJECTIVE_SUFFIX,
    CAMP_WORD,
    CONCEPT_NAMES,
    CONCEPT_WORD,
    CONNECTORS,
    DOTS_AND_APOSTROPHES,
    NOT_NAME_CHARS,
    ORG,
    PARTY_AND_DISTRICT,
    PERSON,
    POSSESSIVE_ENDING,
    POSSESSIVE_S,
)

# after one of these a phrase's head is behind us: 'Bank' of 'Royal Bank of Canada'
HEAD_PREPOSITIONS = frozenset("of for at with in on to from by under over within across".split())


def head_word(words: list[str]) -> str | None:
    """The last of ``words`` (lowercase) before any preposition: what a name or title names.
    'Landlord and Tenant Board' -> 'board', 'University of Toronto' -> 'university'."""
    head = None
    for word in words:
        if word in HEAD_PREPOSITIONS:
            break
        head = word
    return head


def trailing_possessive(token_text: str) -> int:
    """How many characters of a possessive ending ('Xi’s' -> 2) a token carries, if any."""
    match = POSSESSIVE_ENDING.search(token_text)
    return len(match.group()) if match and len(token_text) > len(match.group()) else 0


def is_abbreviation(word: str) -> bool:
    """'U.S', 'Jr', 'Inc' style words whose final dot belongs to the name."""
    return bool(ABBREVIATION.fullmatch(word))


def written_in_lowercase(word: str, text: str) -> bool:
    """True if the article also writes ``word`` in lowercase as a word of its own ('government')."""
    word = re.escape(word.lower())
    # the word first, then a look back past it, lets the engine jump between occurrences of the word
    return bool(re.search(r"%s(?<![\w-]%s)(?![\w-])" % (word, word), text))


def is_plausible_name(name: str, label: str) -> bool:
    """Reject NER misfires: too short, no capital, digits in a person, stray lowercase words."""
    words = name.split()
    if len(name.strip(".")) < 2 or not words or words[0][:1].islower():
        return False
    if not any(w[:1].isupper() for w in words) or label == PERSON and any(c.isdigit() for c in name):
        return False
    if label == ORG and len(words) == 1 and (CONCEPT_WORD.search(name) or name.lower() in CONCEPT_NAMES):
        return False  # 'Islamophobia', 'Scientologist': an idea or a follower, not an organization
    if CAMP_WORD.fullmatch(name):
        return False  # 'Pan-democrat' alone: a political camp, not a name
    if PARTY_AND_DISTRICT.match(name):
        return False  # '(D-Newport News)' after a legislator: party and district, not a name
    if ADJECTIVE_SUFFIX.search(words[-1]):
        return False  # 'Warhol-like', 'Beijing-based', 'Kremlin-backed': a description, not a name
    if label == ORG and len(words) > 2 and name.lower().endswith(" news agency"):
        return True  # 'Yonhap news agency', 'the official IRNA news agency'
    return all(not w[:1].islower() or w.lower() in CONNECTORS for w in words)


@lru_cache(maxsize=16384)
def normalize(name: str) -> str:
    """Comparison key: accents stripped, lowercase, dots and apostrophes removed, single spaces.
    Cached: the same names and words come back many times per article."""
    name = unicodedata.normalize("NFKD", name)
    name = "".join(c for c in name if not unicodedata.combining(c)).lower()
    name = POSSESSIVE_S.sub("", name)
    name = DOTS_AND_APOSTROPHES.sub("", name)
    return " ".join(NOT_NAME_CHARS.sub(" ", name).split())


def names_not_in_capitals(candidates) -> set[str]:
    """Keys of the names some mention writes with lowercase letters: an all-caps mention of one
    ('BRUSSELS -' beside 'Brussels') is the name shouted, not an acronym."""
    return {normalize(c.text) for c in candidates if not c.text.isupper()}


def is_number_or_mark(word: str) -> bool:
    """A word without letters that is not an abbreviation's period: '6-3', "''" (never the end of a
    person's name)."""
    return word != "." and not any(ch.isalpha() for ch in word)


def covered_tokens(candidates) -> set[int]:
    """Indices of the doc tokens the candidates' spans cover."""
    return {i for c in candidates if c.span is not None for i in range(c.span.start, c.span.end)}


def is_acronym(word: str) -> bool:
    """An all-caps token of two or more letters, dots allowed ('SCO', 'U.N.', 'AT&T')."""
    return bool(ACRONYM.fullmatch(word.strip()))


def written_again(text: str, forms: Iterable[str], claimed: Iterable, not_after: str, not_before: str) -> list[Mention]:
    """Every place ``text`` writes one of ``forms`` (the longest first) outside the ``claimed`` spans
    (anything with a start and an end): the mentions NER missed of names already found. A match
    must not follow a character matching ``not_after`` nor precede text matching ``not_before``
    (regular expressions), so it is no piece of a longer word or name."""
    forms = sorted(set(forms), key=len, reverse=True)
    if not forms:
        return []
    pattern = re.compile(r"(?<!%s)(?:%s)(?!%s)" % (not_after, "|".join(map(re.escape, forms)), not_before))
    found = [Mention.of(text, match.start(), match.end()) for match in pattern.finditer(text)]
    return outside_regions(found, [(c.start, c.end) for c in claimed])
