"""Names spelled out before their acronym: 'the Medicines and Healthcare products Regulatory Agency
(MHRA)', which NER cuts at the lowercase word ('Medicines', 'Healthcare', 'Regulatory Agency'), is
the run of words before the brackets whose capitalised words' initials spell the acronym."""
from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from .candidates import Candidate
from .lexicon import LOC, ORG

ACRONYM_IN_BRACKETS = re.compile(r"[ \t]*\(([A-Z][A-Z&]{1,9})\)")
MAX_NAME_TOKENS = 12


def spelled_out_acronyms(doc: Doc, text: str, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates with each name an acronym in brackets spells as one candidate: an org, or a
    place where NER had its last words as one ('Kennedy Space Center (KSC)'); the pieces it covers go."""
    names = []
    for found in ACRONYM_IN_BRACKETS.finditer(text):
        span = spelled_name(doc, found.start(), found.group(1))
        if span is not None:
            names.append(span)
    if not names:
        return candidates
    result = [c for c in candidates if not any(c.start < s.end_char and s.start_char < c.end for s in names)]
    for span in names:
        pieces = [c for c in candidates if c.start < span.end_char and span.start_char < c.end]
        if any(c.end > span.end_char for c in pieces):
            result.extend(pieces)  # a candidate runs past the brackets' name: leave it as it was
            continue
        label = LOC if pieces and pieces[-1].label == LOC and pieces[-1].end == span.end_char else ORG
        whole = Candidate(span.start_char, span.end_char, ORG, span.text, span)
        result.append(replace(whole, label=label))
    return sorted(result, key=lambda c: c.start)


def spelled_name(doc: Doc, end_char: int, acronym: str):
    """The shortest run of words ending at ``end_char`` on one line whose capitalised words'
    initials are the acronym's letters, starting at a capitalised word; None if there is none."""
    last = doc.char_span(0, end_char, alignment_mode="contract")
    if last is None or len(last) == 0:
        return None
    end = last.end
    letters = acronym.replace("&", "").lower()
    for start in range(end - 1, max(-1, end - MAX_NAME_TOKENS - 1), -1):
        token = doc[start]
        if "\n" in token.text or token.is_punct and token.text not in "&-":
            return None
        capitals = [t for t in doc[start:end] if t.text[:1].isupper() and t.is_alpha]
        initials = "".join(t.text[0] for t in capitals).lower()
        if not letters.endswith(initials):
            return None
        if initials == letters and token.text[:1].isupper() and len(capitals) >= 2:
            return doc[start:end]
    return None
