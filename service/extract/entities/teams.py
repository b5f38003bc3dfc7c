"""Places that stand for sports teams: in 'Sweden defeated South Korea 1 – 0' the two countries are
teams, which are organizations, not places; and a place with a plural nickname ('the Phoenix Suns')
is a club, whether NER read it as a place or a person.

A match result names two places with a score beside them: a score between them ('Sweden 1 – 0
Korea Republic'), or a result word between them and a score either there or right after ('Tunisia
lost 1 – 2 to England', 'Belgium defeated Panama 3 – 0'). Every mention of a place named in a match
result becomes an organization. Articles without one are left alone, so 'China faced sanctions' or
'Virginia 52-48' in an election story keep their places.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..text import word_set
from .candidates import Candidate
from .lexicon import LOC, ORG, PERSON, PLACE_LABELS
from .name_strings import normalize
from .places import is_known_place

# Goals or points, never a year or a season ('1 – 0', '3-1', '112-104'; not '1990-91').
SCORE = re.compile(r"\b\d{1,3}\s*[–—-]\s*\d{1,3}\b(?![–—-]?\d)")
SCORE_AFTER = re.compile(r",?\s*" + SCORE.pattern[2:])
# Words of a match result between the two teams ('defeated', 'lost ... to', 'drew ... with').
RESULT_WORDS = word_set(__package__, "match_result_words")
# Words that may follow the result word before the second team ('lost to', 'debutants Panama').
LINKING_WORDS = word_set(__package__, "match_linking_words")
MAX_LINK_WORDS = 4
# Plurals that end the names of places and agreements, not of clubs ('Clayton Heights', 'Hampton
# Roads', 'the Oslo Accords').
NOT_NICKNAMES = word_set(__package__, "not_team_nicknames")
MAX_NICKNAME_WORDS = 2  # 'Suns', 'Blue Jays'


def relabel_teams(candidates: list[Candidate], text: str) -> list[Candidate]:
    """``candidates`` with every mention of a place named in a match result relabelled ORG."""
    places = sorted((c for c in candidates if c.label == LOC), key=lambda c: c.start)
    teams = set()
    for first, second in zip(places, places[1:]):
        if is_match_result(text[first.end:second.start], text[second.end:second.end + 12]):
            teams.update((normalize(first.text), normalize(second.text)))
    if not teams:
        return candidates
    return [replace(c, label=ORG) if c.label == LOC and normalize(c.text) in teams else c
            for c in candidates]


def is_match_result(between: str, after: str) -> bool:
    """Whether the text between two places, and the text after the second, read as a match result:
    a bare score, or result words with a score among them or right after the second team."""
    if any(mark in between for mark in ".;:!?\n"):
        return False
    score = SCORE.search(between)
    words = (between[:score.start()] + " " + between[score.end():] if score else between).split()
    if not words:
        return score is not None
    if words[0].lower() not in RESULT_WORDS or len(words) > MAX_LINK_WORDS:
        return False
    if any(w.lower() not in LINKING_WORDS | RESULT_WORDS for w in words[1:]):
        return False
    return score is not None or SCORE_AFTER.match(after) is not None


def is_club_name(candidate: Candidate) -> bool:
    """A known place, then a plural nickname of one or two words ('Memphis Grizzlies', 'Toronto
    Blue Jays'), tagged a place, or a person after 'the' ('from the Charlotte Panthers'): people's
    names take no 'the', and first names that are also places are common ('Austin Rivers')."""
    words = candidate.text.split()
    last = words[-1] if words else ""
    if len(words) < 2 or not (last[:1].isupper() and last.endswith("s") and len(last) > 3 and last.isalpha()):
        return False
    if normalize(last) in NOT_NICKNAMES or is_known_place(candidate.text):
        return False
    if candidate.label == PERSON:
        span = candidate.span
        if span is None or span.start == 0 or span.doc[span.start - 1].lower_ != "the":
            return False
    elif candidate.label not in PLACE_LABELS:
        return False
    return any(is_known_place(" ".join(words[:n])) and words[n][:1].isupper()
               for n in range(max(1, len(words) - MAX_NICKNAME_WORDS), len(words)))
