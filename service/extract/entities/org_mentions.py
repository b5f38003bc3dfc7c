"""Organization mentions that name none: a person's title ('Home Secretary'), an ordinary word
('Government'), capitals for emphasis ('READ MORE:') and the name of a thing ('the ICI system')."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable

from spacy.lang.en.stop_words import STOP_WORDS

from ..text import word_set
from .candidates import Candidate
from .lexicon import GENERIC_INSTITUTIONS, ORG_HEADS
from .name_lists import shared_plural_head
from .name_strings import is_acronym, normalize

# Penn tags of function words: conjunctions, prepositions, adverbs, comparatives, pronouns ...
FUNCTION_WORD_TAGS = {"IN", "CC", "RB", "RBR", "RBS", "RP", "JJR", "JJS", "DT", "PDT", "PRP", "PRP$", "MD",
                      "WDT", "WP", "WRB", "TO", "EX", "UH"}
# Person titles NER glues to an organization ("NASA Administrator", "State Department Spokesperson").
TRAILING_TITLES = word_set(__package__, "trailing_titles")
# A portfolio inside a person's title is not an organization: 'Home Secretary', 'Foreign Affairs
# minister', 'Secretary of State', 'Undersecretary for Education', 'Emeritus Professor'.
TITLE_AFTER = re.compile(r"\s+(?:[Ss]ecretary|[Mm]inister|[Pp]rofessor)\b")
TITLE_BEFORE = re.compile(r"\b(?:[Ss]ecretary|[Mm]inister|[Uu]nder-?[Ss]ecretary)\s+(?:of|for)\s+(?:the\s+)?$")
# Things an acronym can name instead of an organization ('the ICI system').
THING_NOUNS = word_set(__package__, "thing_nouns")
MIN_SHOUTED_LENGTH = 4  # capitals shorter than this are acronyms whatever else they spell ('WHO')
WORD = re.compile(r"[A-Za-z]+")
SHOUTED_LABEL = re.compile(r"[A-Z][A-Z ,'’&.-]*:")  # 'EARN, BABY, EARN:' from a line's start
# Words in capitals joined by spaces, commas or hyphens to a mention, before and after it.
CAPITALS_BEFORE = re.compile(r"(?:[A-Z][A-Z'’]*[ ,-]+)*$")
CAPITALS_AFTER = re.compile(r"(?:[ ,-]+[A-Z][A-Z'’]*\b)*")
NEIGHBOUR_CHARS = 40  # how far among_capitals looks for the words beside a mention


def names_of_things(orgs: list[Candidate]) -> set[str]:
    """Names written only before a word for a thing ('the ICI system', 'the NEMISIS database',
    'the National Iodine Nutrition study'): the name of a tax, a system or a study, not of an
    organization. Single words stay unless they are acronyms ('a Harvard study'), and so do names
    with an organization's head word ('a Pew Research Center survey')."""
    uses: dict[str, set[bool]] = {}
    for c in orgs:
        key = normalize(c.text)
        words = key.split()
        if is_acronym(c.text) or len(words) > 1 and words[-1] not in ORG_HEADS:
            uses.setdefault(key, set()).add(names_a_thing(c))
    return {name for name, kinds in uses.items() if kinds == {True}}


def names_a_thing(c: Candidate) -> bool:
    span = c.span
    if span is None or span.end >= len(span.doc):
        return False
    after = span.doc[span.end]
    return (span.root.dep_ == "compound" and after.i == span.root.head.i and after.is_lower
            and after.lemma_ in THING_NOUNS)


def without_trailing_title(c: Candidate) -> Candidate:
    """'NASA Administrator' -> 'NASA': drop a person's title NER read as part of the org."""
    words = c.text.split()
    if len(words) > 1 and words[-1].lower() in TRAILING_TITLES:
        end = c.start + c.text.rstrip().rfind(" ")
        return replace(c, end=end, text=c.text[:end - c.start].rstrip())
    return c


def in_person_title(c: Candidate, text: str) -> bool:
    """The mention is the portfolio of a title ('Home' of 'Home Secretary'), not an organization;
    acronyms stay ('NASA' of 'NASA Administrator' is the agency)."""
    return not is_acronym(c.text) and bool(TITLE_AFTER.match(text, c.end)
                                           or TITLE_BEFORE.search(text, max(0, c.start - 30), c.start))


def is_generic_word(name: str, also_in_lowercase: Callable[[str], bool]) -> bool:
    """A one-word 'org' that is an ordinary word: also written in lowercase ('Government',
    'Church') or a kind of institution standing for a named one ('the State', 'the Administration')."""
    if " " in name or is_acronym(name):
        return False
    return normalize(name) in GENERIC_INSTITUTIONS or also_in_lowercase(name)


def shares_plural_head(c: Candidate) -> bool:
    """'the State and Treasury Departments': the word is one of several names sharing a plural org
    word after them, so it names the State Department, not the state."""
    return c.span is not None and shared_plural_head(c.span) is not None


def is_shouted_word(c: Candidate, text: str, also_in_lowercase: Callable[[str], bool]) -> bool:
    """A word in capitals for emphasis or as a label, not an acronym: a function word the parser
    tags as one ('UNLESS', 'SEE BELOW'), or a word the article also writes in lowercase standing
    among capitals or first on its line ('READ MORE:', 'WATCH:', 'QUESTIONABLE CLAIMS'). 'FIRST' of
    'the first FIRST Global competition' sits among lowercase words and stays."""
    if c.span is None or not is_acronym(c.text) or len(c.text) < MIN_SHOUTED_LENGTH:
        return False
    if c.text.lower() in STOP_WORDS and c.span.root.tag_ in FUNCTION_WORD_TAGS:
        return True
    return c.text.isalpha() and among_capitals(c, text) and also_in_lowercase(c.text)


def in_shouted_line(c: Candidate, text: str) -> bool:
    """A word in capitals in a line that shouts: a small word in capitals near it ('READ MORE:',
    'THEY LOSE, WE WIN', 'FELLOW DOCTORS DON'T WANT TO ...'), or a label in capitals from the
    line's start to a colon ('ENERGY:', 'EARN, BABY, EARN:'). Only for a word the article never
    writes in capitals among lowercase words, as it does an acronym ('NASA said')."""
    if not c.text.isupper() or not c.text.isalpha():
        return False
    lowest, highest = max(0, c.start - NEIGHBOUR_CHARS), min(len(text), c.end + NEIGHBOUR_CHARS)
    before, after = CAPITALS_BEFORE.search(text, lowest, c.start), CAPITALS_AFTER.match(text, c.end, highest)
    words = WORD.findall(before.group()) + WORD.findall(after.group())  # the run of capitals it stands in
    if any(len(w) > 1 and w.lower() in STOP_WORDS for w in words):
        return True
    line_start = text.rfind("\n", lowest, c.start) + 1
    label = SHOUTED_LABEL.match(text, line_start if line_start else lowest, highest)
    return bool(line_start or lowest == 0) and label is not None and label.end() > c.end


def among_capitals(c: Candidate, text: str) -> bool:
    """Whether the mention has no word before it on its line, or a word in capitals right before
    or after it (looking a few words either way only, so long lines cost no more than short ones)."""
    lowest, highest = max(0, c.start - NEIGHBOUR_CHARS), min(len(text), c.end + NEIGHBOUR_CHARS)
    window_start = max(text.rfind("\n", lowest, c.start) + 1, lowest)  # the line's start, if that near
    line_end = text.find("\n", c.end, highest)  # searched within the window only: linear per article
    window_end = line_end if line_end >= 0 else highest
    before = WORD.findall(text, window_start, c.start)
    after = WORD.findall(text, c.end, window_end)
    return not before or before[-1].isupper() or bool(after) and after[0].isupper()
