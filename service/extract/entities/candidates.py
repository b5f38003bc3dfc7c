"""Mentions from spaCy's NER: spans extended, split and cleaned into labelled ``Candidate``s (the
string tests on names they use live in ``name_strings``)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator, Optional

from spacy.tokens import Doc, Span

from ..text import doc_text
from .given_names import given_name_gender, is_first_name
from .lexicon import (
    CAMP_WORD,
    CONNECTORS,
    CREDIT_LABELS,
    DANGLING,
    KEPT_LABELS,
    LEADING_DESCRIPTORS,
    LEADING_JUNK,
    ORG,
    ORG_HEADS,
    PARTICLES,
    PERSON,
    PLACE_HEADS,
    POSSESSIVE,
    SCORE_AFTER,
    SPLITTERS,
    TITLE_LIKE,
)
from .name_strings import (
    is_abbreviation,
    is_acronym,
    is_number_or_mark,
    is_plausible_name,
    normalize,
    trailing_possessive,
)
from .org_spans import extend_org

# First name(s), a capitalised nickname in quotes, then the surname: 'Cris "Cyborg" Justino'.
NICKNAMED = re.compile(r"[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)? "  # first name(s)
                       r"[\"“'‘](?:The )?[A-Z][\w.-]*(?: [A-Z][\w.-]*)?[\"”'’] "  # quoted nickname
                       r"[A-Z][\w'-]*[A-Za-z]")  # surname
MAX_NICKNAME_REACH = 8  # tokens from a tagged surname back to the first name: 'Dwayne "The Rock" Johnson'
FINITE_VERB_TAGS = {"VBD", "VBZ"}  # 'Archived', 'Says'; not 'VBN', which 'United' may get


@dataclass(frozen=True)
class Candidate:
    """One cleaned NER mention: character offsets into the text, its label and its doc span."""

    start: int
    end: int
    label: str
    text: str
    span: Optional[Span] = None


def collect_candidates(doc: Doc, text: str) -> list[Candidate]:
    """Cleaned NER spans of the labels we use, with offsets into ``text``."""
    found = []
    for ent in doc.ents:
        if ent.label_ not in KEPT_LABELS:  # only a titled person inside (split_at_title): 'Associate
            pieces = [ent]                  # Minister of Child Care Nadia Ferreira-Lam' (WORK_OF_ART)
        elif (nicknamed := with_nickname(ent)) is not None:
            pieces = [nicknamed]
        else:
            pieces = split_at_punctuation(extend_person(extend_org(ent)))
        for piece in pieces:
            for part, label in split_at_title(piece, ent.label_):
                cleaned = clean_span(part, label)
                if cleaned is None:
                    continue
                start, end = cleaned.start_char, cleaned.end_char - trailing_possessive(cleaned[-1].text)
                if is_plausible_name(text[start:end], label) and not is_handle(text, start):
                    found.append(Candidate(start, end, label, text[start:end], cleaned))
    return found


def drop_nested(candidates: list[Candidate]) -> list[Candidate]:
    """Drop mentions lying inside a longer one ('Asia' inside an org name extended over it)."""
    ordered = sorted(candidates, key=lambda c: (c.start, -c.end))
    kept, reach = [], -1
    for c in ordered:
        if c.end <= reach:
            continue
        kept.append(c)
        reach = max(reach, c.end)
    return kept


def extend_person(ent: Span) -> Span:
    """Take in the rest of a hyphenated name ('Moon Jae' + '-in'), the family name after particles
    ('Ursula von der' + 'Leyen') and a capitalised first name NER left out ('Junius' in 'Junius
    Ho'); cut at an inner possessive ('Ellison’s Sensei')."""
    if ent.label_ != PERSON:
        return ent
    doc, start, end = ent.doc, ent.start, ent.end
    for i in range(start, end - 1):
        if doc[i].lower_ in {"'s", "’s"}:
            return doc[start:i]
    while (end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_
           and not doc[end].whitespace_ and doc[end + 1].is_alpha):
        end += 2
    end = with_family_name_after_particles(doc, start, end)
    left = doc[start - 1] if start > 0 else None
    if (left is not None and left.pos_ == "PROPN" and left.is_title and not left.ent_type_
            and left.is_alpha and not left.is_sent_start
            and left.dep_ == "compound" and left.head.i in range(start, end)
            and left.lower_ not in TITLE_LIKE):
        start -= 1
    return doc[start:end]


def with_family_name_after_particles(doc: Doc, start: int, end: int) -> int:
    """A person's name that ends in lowercase family-name particles ('Ursula von der', 'Charles
    de') ends at the capitalised word after them ('Leyen', 'Gaulle'), which NER tagged apart or not
    at all. Returns the new end."""
    particles = end
    while particles > start + 1 and doc[particles - 1].text in PARTICLES:
        particles -= 1
    if particles == end or end >= len(doc):
        return end
    after = doc[end]
    return end + 1 if after.is_alpha and after.is_title and doc[end - 1].whitespace_ else end


def split_at_title(span: Span, label: str) -> list[tuple[Span, str]]:
    """'Boeing Commercial Airplanes CEO Scott Carson' (one ORG span) -> the org and the person (of a
    span of a label we do not keep, only that person: :func:`titled_name_at_end`); at
    an inner possessive, the owner and what it owns ('Golf Channel's Jaime Diaz'), or only the owner
    when a number follows ('Trump's 1995')."""
    if label not in KEPT_LABELS:  # of a work's or an event's name, only a titled person at its end
        titled = titled_name_at_end(span) if len(span) >= 3 else None
        return [(titled, PERSON)] if titled else []
    if label == PERSON or len(span) < 3:
        return [(span, label)]
    camp = CAMP_WORD.match(doc_text(span.doc), span.start_char) if label == ORG else None
    if camp is not None and camp.end() < span.end_char:  # 'Pan-democrat Lam Cheuk-ting' tagged ORG
        rest = span.doc[next(t.i for t in span if t.idx >= camp.end()):span.end]
        is_org = is_acronym(rest.text) or normalize(rest[-1].text) in ORG_HEADS
        return [(rest, label if is_org else PERSON)]
    for token in span[:-1]:
        rest = span.doc[token.i + 1:span.end]
        if (token.lower_ in TITLE_LIKE and len(rest) <= 3
                and all(t.text[:1].isupper() and t.pos_ == "PROPN" for t in rest)):
            head = span.doc[span.start:token.i]
            return ([(head, label)] if len(head) else []) + [(with_untagged_surname(rest), PERSON)]
    possessive = next((t for t in span[1:-1] if t.lower_ in POSSESSIVE and t.tag_ == "POS"), None)
    if possessive is not None and possessive.nbor(1).like_num:  # "Trump's 1995 tax filings": the
        return [(span.doc[span.start:possessive.i], label)]     # year is not the name's
    if label == ORG and possessive is not None:  # "Blaine Higgs' Tories": the owner, then the org
        owner, member = span.doc[span.start:possessive.i], span.doc[possessive.i + 1:span.end]
        if given_name_gender(owner.text) and len(owner) >= 2:
            return [(owner, PERSON), (member, label)]
        if is_member_name(member):  # "Golf Channel's Jaime Diaz": the org, then its person
            return [(owner, label), (member, PERSON)]
    if label == ORG and len(span) >= 4 and ends_in_person_name(span):
        return [(span[:-2], label), (span[-2:], PERSON)]
    host = next((t for t in span[1:-1] if t.lower_ == "at"), None) if label == ORG else None
    if host is not None and normalize(span[-1].text) in ORG_HEADS and any(
            normalize(t.text) in ORG_HEADS for t in span.doc[span.start:host.i]):
        # 'the Block Museum of Art at Northwestern University': two orgs
        return [(span.doc[span.start:host.i], label), (span.doc[host.i + 1:span.end], label)]
    return [(span, label)]


def titled_name_at_end(span: Span) -> Optional[Span]:
    """'Associate Minister of Child Care Nadia Ferreira-Lam': the name closing a span after a title,
    from a clearly gendered first name on, two or three capitalised words (a hyphenated one counts
    once), no organization word last."""
    words = [t for t in span if t.text != "-"]
    for first in words[-3:-1]:
        name = span.doc[first.i:span.end]
        if given_name_gender(name.text) and first.is_title and first.lower_ not in TITLE_LIKE \
                and any(t.lower_ in TITLE_LIKE for t in span.doc[span.start:first.i]) \
                and all(t.text[:1].isupper() and t.pos_ == "PROPN" and normalize(t.text) not in ORG_HEADS | PLACE_HEADS
                        for t in name if t.text != "-"):
            return name
    return None


def is_member_name(words: Span) -> bool:
    """A person's name after an org's possessive ('Jaime Diaz' of 'Golf Channel's Jaime Diaz'):
    two or three capitalised words, a first name of either gender first, and no org or place word
    last ('the Party's Grace Hotel')."""
    return (2 <= len(words) <= 3 and all(t.is_title and t.is_alpha for t in words)
            and normalize(words[-1].text) not in ORG_HEADS | PLACE_HEADS and is_first_name(words[0].text))


def with_untagged_surname(person: Span) -> Span:
    """'Huawei CFO Meng' + 'Wanzhou': a capitalised word NER left out right after the name."""
    doc, end = person.doc, person.end
    if end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title and doc[end].is_alpha \
            and not doc[end].ent_type_ and person[-1].whitespace_:
        end += 1
    return doc[person.start:end]


def ends_in_person_name(span: Span) -> bool:
    """'Council on American-Islamic Relations Alia Salem': a first name and a surname run on
    after the organization's last word."""
    first, last, before = span[-2], span[-1], span[-3]
    return (first.is_title and last.is_title and first.is_alpha and last.is_alpha
            and before.is_alpha and before.lower_ not in CONNECTORS
            and normalize(last.text) not in ORG_HEADS and given_name_gender(span[-2:].text) is not None)


def is_handle(text: str, start: int) -> bool:
    """A hashtag or @handle ('#VancouverIsland') rather than a name."""
    return start > 0 and text[start - 1] in "#@"


def with_nickname(ent: Span) -> Optional[Span]:
    """A person's name with a quoted nickname inside ('Marvin "Marvelous" Hagler'), as one span
    running to the surname, whether NER stopped at the first name or tagged only the surname
    ('Dwayne "The Rock" Johnson'); None for anything else."""
    if ent.label_ != PERSON:
        return None
    doc, text = ent.doc, doc_text(ent.doc)
    found = NICKNAMED.match(text, ent.start_char)
    if found is not None and found.end() >= ent.end_char:
        return doc.char_span(ent.start_char, found.end(), alignment_mode="contract")
    for i in range(ent.start - 1, max(-1, ent.start - MAX_NICKNAME_REACH), -1):
        found = NICKNAMED.match(text, doc[i].idx) if doc[i].is_title else None
        if found is not None and found.end() == ent.end_char:
            return doc.char_span(doc[i].idx, found.end(), alignment_mode="contract")
    return None


def split_at_punctuation(span: Span) -> Iterator[Span]:
    """Pieces of the span between punctuation marks, spaced hyphens and line breaks ('Xinhua, Xi
    called', 'San Jose - Cisco')."""
    start = span.start
    for token in span:
        breaks_before = token.text in SPLITTERS or "\n" in token.text or is_spaced_hyphen(token)
        if breaks_before or "\n" in token.whitespace_:
            stop = token.i if breaks_before else token.i + 1
            if stop > start:
                yield span.doc[start:stop]
            start = token.i + 1
    if span.end > start:
        yield span.doc[start:span.end]


def is_spaced_hyphen(token) -> bool:
    """A hyphen with a space on both sides and a noun before it: a dash between names ('San Jose -
    Cisco'), not a hyphen written spaced inside one ('Council on American - Islamic Relations')."""
    if token.text != "-" or not token.whitespace_ or token.i == 0:
        return False
    before = token.nbor(-1)
    return bool(before.whitespace_) and before.tag_ != "JJ"


def clean_span(span: Span, label: str = "") -> Optional[Span]:
    """Span without a leading 'the'/possessive pronoun/dash (or, for a person, a lowercase role
    word: 'spokesperson Lu Kang') and without trailing possessive or punctuation."""
    doc, start, end = span.doc, span.start, span.end
    while start < end and (doc[start].lower_ in LEADING_JUNK or doc[start].is_space or is_dash(doc[start])
                           or label == PERSON and doc[start].is_lower and doc[start].is_alpha
                           or label == PERSON and end - start >= 3 and is_leading_descriptor(doc[start])):
        start += 1
    camp = CAMP_WORD.match(doc_text(doc), doc[start].idx) if label == PERSON and start < end else None
    if camp is not None:  # 'Pro-Beijing DAB', 'Pan-democrat Lam Cheuk-ting'
        while start < end and doc[start].idx < camp.end():
            start += 1
    while end > start and (doc[end - 1].lower_ in POSSESSIVE or doc[end - 1].is_space
                           or is_stray_end_punct(doc, end - 1, start)
                           or is_dangling(doc, end - 1, start, label)
                           or label == PERSON and end - start > 1 and is_number_or_mark(doc[end - 1].text)):
        end -= 1  # ...and a person's name never ends in numbers: 'Daniil Medvedev 6-3 6-4'
    if end - start > 1 and doc[end - 1].lower_ in CREDIT_LABELS and end < len(doc) and doc[end].text == ":":
        end -= 1
    if label == ORG and end - start > 2 and doc[end - 2].lower_ in ("on", "in", "at") and doc[end - 2].is_lower \
            and doc[end - 1].head.i >= end:
        end -= 2  # 'spoke out against Scientology on French television': 'French' modifies what follows
    if end - start > 1 and doc[end - 1].is_digit and SCORE_AFTER.match(doc_text(doc), doc[end - 1].idx):
        end -= 1  # 'putting Sweden 1 – 0 up': the score is not part of the name
    if label in (ORG, PERSON) and end - start > 1 and doc[end - 1].tag_ in FINITE_VERB_TAGS:
        end -= 1  # 'Environment Canada Archived', 'Obama Says' in a headline: no name ends in a finite verb
    return doc[start:end] if end > start else None


def is_dash(token) -> bool:
    """A token of dashes ('--' after a dateline, which NER may glue to the next name)."""
    return token.is_punct and token.text.strip("-–—―") == ""


def is_leading_descriptor(token) -> bool:
    """'Nonpartisan Paul Tse': a capitalised camp or standing word NER took into a person's name."""
    return token.lower_ in LEADING_DESCRIPTORS


def is_dangling(doc: Doc, i: int, start: int, label: str) -> bool:
    """A separate connector word closing an org span ('University of North Carolina at'); never the
    end of a hyphenated name ('Moon Jae-in')."""
    return label == ORG and i > start and doc[i].lower_ in DANGLING and bool(doc[i - 1].whitespace_)


def is_stray_end_punct(doc: Doc, i: int, start: int) -> bool:
    """A final '.', '-' or ',' that is not the dot of an abbreviation ('Jr.', 'U.S.')."""
    if doc[i].text not in {".", ",", "-", "—", "–", "'", "’"}:
        return False
    return i == start or doc[i].text != "." or not is_abbreviation(doc[i - 1].text)
