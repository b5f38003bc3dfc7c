"""Organization mentions judged by the people around them.

NER sometimes reads a first name as an organization ('Dries' of 'Dries Mertens'), a family by its
plural surname as one ('the Sams' beside 'Thomas Sam') and post-nominal letters after a name as an
acronym ('Tom Molomby, SC,'); ``fix_person_contexts`` undoes those. It also misses the company in
'Facebook creator Mark Zuckerberg', which ``untagged_employers`` finds.
"""
from __future__ import annotations

import re

from ..text import word_set
from .candidates import Candidate
from .lexicon import ORG, ORG_HEADS, PERSON
from .name_strings import covered_tokens, is_acronym, normalize

# Letters written after a person's name: honours, ranks of counsel, degrees, offices.
POST_NOMINALS = word_set(__package__, "post_nominals")
# Roles at a company written between its name and a person's ('Facebook creator Mark Zuckerberg').
EMPLOYER_ROLES = word_set(__package__, "employer_roles")
CHIEF_WORDS = {"chief", "vice", "deputy", "senior", "general"}  # before a role: 'Chief Executive'
AFTER_NAME = re.compile(r",\s*$")
NEXT_WORD = re.compile(r" ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")


def fix_person_contexts(candidates: list[Candidate], text: str) -> list[Candidate]:
    """All three corrections, in text order."""
    candidates = sorted(candidates, key=lambda c: (c.start, -c.end))
    surnames = {normalize(c.text).split()[-1] for c in candidates if c.label == PERSON and normalize(c.text)}
    candidates = join_first_names(candidates, text, surnames)
    return [c for c in candidates if not (c.label == ORG and (is_family(c, surnames)
                                                             or is_post_nominal(c, candidates, text)))]


def join_first_names(candidates: list[Candidate], text: str, surnames: set) -> list[Candidate]:
    """'Dries' (ORG) right before 'Mertens', a person's surname in this article (tagged or not
    here): one person 'Dries Mertens'."""
    result: list[Candidate] = []
    taken = -1
    for c in candidates:
        if c.start < taken:
            continue
        after = NEXT_WORD.match(text, c.end) if c.label == ORG and is_bare_first_name(c.text) else None
        if after and normalize(after.group(1)) in surnames:
            end = after.end()
            span = c.span.doc.char_span(c.start, end) if c.span is not None else None
            result.append(Candidate(c.start, end, PERSON, text[c.start:end], span))
            taken = end
            continue
        result.append(c)
    return result


def is_bare_first_name(word: str) -> bool:
    """One capitalised word that nothing marks as an organization."""
    return (" " not in word and word[:1].isupper() and word[1:].islower() and word.isalpha()
            and normalize(word) not in ORG_HEADS)


def is_family(c: Candidate, surnames: set) -> bool:
    """'the Sams' where 'Thomas Sam' is a person: the family, not an organization."""
    key = normalize(c.text)
    return " " not in key and key.endswith("s") and key[:-1] in surnames


def is_post_nominal(c: Candidate, candidates: list[Candidate], text: str) -> bool:
    """'Tom Molomby, SC,': letters right after a person's name and a comma."""
    if not is_acronym(c.text) or normalize(c.text).replace(" ", "") not in POST_NOMINALS:
        return False
    before = AFTER_NAME.search(text, max(0, c.start - 4), c.start)
    if before is None:
        return False
    return any(p.end == before.start() and (p.label == PERSON or len(p.text.split()) > 1) for p in candidates)


def untagged_employers(candidates: list[Candidate]) -> list[Candidate]:
    """'Facebook creator Mark Zuckerberg', 'Fed Chairman Jerome Powell': the untagged proper noun
    before a company role and a person is the organization the person works for."""
    covered = covered_tokens(candidates)
    found = []
    for person in candidates:
        if person.label != PERSON or person.span is None or person.span.start < 2:
            continue
        doc, role_i = person.span.doc, person.span.start - 1
        if doc[role_i].lower_ not in EMPLOYER_ROLES:
            continue
        end = role_i  # past the rest of a title of several words: 'BioNTech Chief Executive'
        while end > 0 and doc[end - 1].is_title and doc[end - 1].lower_ in EMPLOYER_ROLES | CHIEF_WORDS:
            end -= 1
        start = end
        while start > 0 and is_employer_word(doc[start - 1]) and start - 1 not in covered:
            start -= 1
        if start < end and not doc[start - 1].ent_type_ and (
                not doc[start].is_sent_start or any(c.isupper() for c in doc[start].text[1:])):
            span = doc[start:end]
            found.append(Candidate(span.start_char, span.end_char, ORG, span.text, span))
    return found


def is_employer_word(token) -> bool:
    """A capitalised name word NER left untagged ('Facebook'; 'BioNTech', which the tagger may take
    for a common noun at the start of a sentence)."""
    return not token.ent_type_ and token.text[:1].isupper() and (
        token.pos_ == "PROPN" and token.is_title or token.pos_ in {"PROPN", "NOUN"} and not token.is_title
        and any(c.isupper() for c in token.text[1:]))
