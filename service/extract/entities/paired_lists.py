"""Lists of 'Name, Work' pairs: award nominees and cast lists written one pair a line ('Rami
Malek, Bohemian Rhapsody') or as a run split by semicolons ('Glenn Close, The Wife; Olivia Colman,
The Favourite'). The members of one list share a type: when most names before the commas are
people, all of them are, and what follows each comma is the title of a work, which names no one
(a listed company or an acronym there stays: 'Jane Doe, Microsoft' is a roster)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from .candidates import Candidate
from .companies import is_known_company
from .lexicon import LOC, ORG_HEADS, PERSON
from .name_strings import is_acronym, normalize

MIN_PAIRS = 3  # a list, not a sentence with a comma
# 'Rami Malek, Bohemian Rhapsody': two to four capitalised words, a comma, then the work
PAIR = re.compile(r"[ \t]*(?P<name>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){1,3}),[ \t]+(?P<work>[^,;\n]{2,80}?)[ \t]*")
AND_BEFORE_LAST = re.compile(r"[ \t]*(?:and|&)[ \t]+")


@dataclass(frozen=True)
class Pair:
    name: tuple[int, int]
    work: tuple[int, int]


def paired_lists(text: str) -> list[list[Pair]]:
    """Runs of three or more pairs: consecutive lines, or the pieces of one line between semicolons."""
    lists, run = [], []
    for line in re.finditer(r"[^\n]*", text):
        pieces = semicolon_pairs(text, line.start(), line.end())
        if len(pieces) >= MIN_PAIRS:
            lists.append(pieces)
        whole = pair_at(text, line.start(), line.end())
        if whole is not None:
            run.append(whole)
            continue
        if line.group().strip() or not run:  # a blank line between pairs keeps the run going
            if len(run) >= MIN_PAIRS:
                lists.append(run)
            run = []
    if len(run) >= MIN_PAIRS:
        lists.append(run)
    return sorted(lists, key=lambda pairs: pairs[0].name)


def semicolon_pairs(text: str, start: int, end: int) -> list[Pair]:
    """The pairs of a line split by semicolons, where every piece after the first is one."""
    pieces, at = [], start
    for m in re.finditer(";", text[start:end]):
        pieces.append((at, start + m.start()))
        at = start + m.end()
    pieces.append((at, end))
    if len(pieces) < MIN_PAIRS:
        return []
    found = []
    for n, (s, e) in enumerate(pieces):
        if n == len(pieces) - 1:
            lead = AND_BEFORE_LAST.match(text, s, e)
            s = lead.end() if lead else s
        if n == 0:  # 'The nominees are Yalitza Aparicio, Roma': the pair ends the first piece
            tail = re.search(r"[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){1,3},[^,;]*$", text[s:e])
            s = s + tail.start() if tail else e
        pair = pair_at(text, s, e)
        if pair is None:
            return []
        found.append(pair)
    return found


def pair_at(text: str, start: int, end: int):
    m = PAIR.fullmatch(text, start, end)
    if m is None:
        return None
    return Pair(m.span("name"), m.span("work"))


def with_paired_lists(doc: Doc, text: str, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates with each people's list settled: every name a person, no entity in a work."""
    for pairs in paired_lists(text):
        people = sum(any(c.label == PERSON and inside(c, p.name) for c in candidates) for p in pairs)
        if people * 2 <= len(pairs):
            continue
        names = [p.name for p in pairs]
        works = [p.work for p in pairs]
        kept = [c for c in candidates
                if not any(inside(c, n) for n in names) and not (any(inside(c, w) for w in works)
                                                                  and names_no_entity(c))]
        for start, end in names:
            overlapping = [c for c in candidates if inside(c, (start, end))]
            if any(c.label == LOC and (c.start, c.end) == (start, end) for c in overlapping):
                kept.extend(overlapping)
                continue
            span = doc.char_span(start, end, alignment_mode="contract")
            if span is not None:
                kept.append(Candidate(start, end, PERSON, text[start:end], span))
        candidates = sorted(kept, key=lambda c: c.start)
    return candidates


def inside(candidate: Candidate, region: tuple[int, int]) -> bool:
    return region[0] <= candidate.start and candidate.end <= region[1]


def names_no_entity(candidate: Candidate) -> bool:
    """A name inside a work's title: not a listed company, an acronym or a name ending in an
    organization word ('Jane Doe, Microsoft' and 'Jane Doe, BBC' keep their organization)."""
    words = normalize(candidate.text).split()
    return not (is_known_company(candidate.text) or is_acronym(candidate.text)
                or (words and words[-1] in ORG_HEADS))
