"""The list a name stands in ('Ubisoft, Microsoft and Sony'): its mates, what NER tagged them, and
the preposition or noun the list hangs on, which often tell what the name is."""
from __future__ import annotations

from collections import Counter

from spacy.tokens import Span

from .lexicon import (
    EXAMPLE_PREPOSITIONS,
    LOC,
    ORG,
    ORG_HEADS,
    PERSON,
    PLACE_LABELS,
    PLACE_PREPOSITIONS,
)

MODIFIER_DEPS = {"compound", "amod", "nmod", "poss"}  # a list in these modifies a noun
# Before a list, these make its names places, whatever NER tagged them ('to X and Y Hotel').
LIST_PLACE_PREPOSITIONS = PLACE_PREPOSITIONS | {"between", "from", "to", "via", "into"}


def listed_with_orgs_only(span: Span) -> bool:
    """List mates all tagged organizations, in a list that neither follows a preposition of place
    or motion nor modifies a noun: NER tags towns and buildings as organizations too in 'in
    Fleetwood or Clayton Heights', 'to the X Convention Centre and the Y Hotel', 'Broward and St.
    Lucie counties'."""
    mates = mate_labels(span)
    preposition = list_preposition(span)
    return (bool(mates) and set(mates) == {ORG} and list_head(span.root).dep_ not in MODIFIER_DEPS
            and not (preposition is not None and preposition.lower_ in LIST_PLACE_PREPOSITIONS))


def listed_with_people_only(span: Span) -> bool:
    """A one-word 'org' whose list mates are all tagged, two or more, people: 'Athena' tagged ORG
    in 'Zeus, Hera, Poseidon, Aphrodite and Athena' is a person. (A place in 'the X Museum of
    McMinnville, Oregon, and Y' is parsed as a list mate of orgs, so only people settle it.)"""
    mates = mate_labels(span)
    return sum(mates.values()) >= 2 and set(mates) == {PERSON}


def example_of(span: Span) -> str:
    """The plural noun a listed name is an example of ('companies including Colgate, Reckitt
    Benckiser and SAP', 'firms such as X'), as a lowercase lemma; '' if none."""
    preposition = list_preposition(span)
    if preposition is None or preposition.lower_ not in EXAMPLE_PREPOSITIONS:
        return ""
    noun = preposition.head
    return noun.lemma_ if noun.pos_ == "NOUN" and noun.is_lower and noun.tag_ == "NNS" else ""


def listed_with_places_only(span: Span) -> bool:
    """List mates all tagged places: 'in Scotland and Wales' with 'Wales' tagged ORG."""
    mates = mate_labels(span)
    return bool(mates) and set(mates) == {LOC}


def mate_labels(span: Span) -> Counter:
    """How many of the name's list mates NER tagged with each label (all places as LOC)."""
    return Counter(LOC if t.ent_type_ in PLACE_LABELS else t.ent_type_ for t in list_mates(span.root) if t.ent_type_)


def list_mates(token) -> list:
    """Tokens coordinated with this one, however the parser chained the list
    ('Edson and Medicine Hat', 'Lange, Abbott, Evans and Parks')."""
    members, todo = [], [list_head(token)]
    while todo:
        member = todo.pop()
        members.append(member)
        todo.extend(c for c in member.children if c.dep_ == "conj")
    return [m for m in members if m.i != token.i]


def list_preposition(span: Span):
    """The preposition whose object is the list the name is in ('as' of 'such firms as X and Y'),
    or None."""
    head = list_head(span.root)
    return head.head if head.dep_ == "pobj" else None


def list_head(token):
    """The first member of the list a token is coordinated in (the token itself if none)."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def shared_plural_head(span: Span):
    """The capitalised plural org word that the name and its list mates share after them
    ('Departments' of 'the Defense, Energy and Treasury Departments'), or None."""
    head = list_head(span.root).head
    return head if head.i >= span.end and head.text[:1].isupper() and is_plural_org_head(head.lower_) else None


def is_plural_org_head(word: str) -> bool:
    """The plural of an organization's head word, which coordinated names share: 'departments',
    'ministries'."""
    singular = word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else ""
    return singular in ORG_HEADS
