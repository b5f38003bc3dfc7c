"""Organization names NER cut short, made whole before cleaning: a capitalised word left out in
front ('Internet' of 'Internet Explorer'), a campus or purpose after 'at' or 'for', a second
collection head, a place after 'in', and the rest of a name after 'and' ('United Food' + 'and
Commercial Workers Local 175')."""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Span

from .lexicon import (
    CAMPUS_HEADS,
    COLLECTION_HEADS,
    ORG,
    PLACE_LABELS,
    PURPOSE_HEADS,
    TITLE_LIKE,
)
from .name_lists import is_plural_org_head
from .name_strings import is_plausible_name, normalize


def extend_org(ent: Span) -> Span:
    """Take in a trailing 'in Asia' of a formal org name ('Conference on ... Measures in Asia'),
    or a trailing 'and Agnostics' NER cut off ('Union of Rationalist Atheists and Agnostics')."""
    doc = ent.doc
    if ent.label_ == ORG and ent[-1].lower_ in ("at", "in") and ent.end < len(doc) and \
            doc[ent.end].ent_iob_ == "B" and doc[ent.end].ent_type_ in PLACE_LABELS:
        return doc[ent.start:entity_end(doc, ent.end)]  # 'the University of North Carolina at' + 'Chapel Hill'
    if ent.label_ == ORG:
        ent = with_leading_name_word(ent)
    if ent.label_ != ORG or ent.end + 1 >= len(doc):
        return ent
    joined = joined_name(ent) or joined_collection(ent)
    if joined is not None:
        return joined
    formal = any(t.lower_ in {"of", "on", "for", "and"} for t in ent[1:])
    if doc[ent.end].lower_ == "and" and doc[ent.end + 1].is_title and (
            not doc[ent.end + 1].ent_type_ or formal and coordinated_inside(doc[ent.end + 1], ent)):
        end = ent.end + 1
        while end < len(doc) and doc[end].is_title and doc[end].is_alpha and (
                not doc[end].ent_type_ or formal and coordinated_inside(doc[end], ent)):
            end += 1
        if not formal and (end - ent.end < 3 or is_plural_org_head(doc[end - 1].lower_)):
            return ent  # 'Tesla and Musk', 'the State and Homeland Security Departments': two
        if end < len(doc) and doc[end - 1].lower_ == "local" and doc[end].like_num:
            end += 1  # 'United Food and Commercial Workers Local 175'
        return doc[ent.start:end]
    if not formal:
        return ent
    if doc[ent.end].lower_ != "in":
        return ent
    if doc[ent.end + 1].ent_type_ != "LOC" or doc[ent.end + 1].ent_iob_ != "B":
        return ent
    return doc[ent.start:entity_end(doc, ent.end + 1)]


def entity_end(doc, i: int) -> int:
    """The end of the NER entity that starts at token ``i``: past every token inside it."""
    end = i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end


def with_leading_name_word(ent: Span) -> Span:
    """Take in a capitalised word NER left out before an org's name, which the parse makes part of
    it ('Internet' of 'Internet Explorer's market share'). At the start of a sentence, only when the
    sentence goes on in lowercase after the name: a headline in title case capitalises every word
    ('Tech Giant Apple Unveils'). A name that is no name alone gains none ('this Grand ConArtist')."""
    doc, start = ent.doc, ent.start
    if not is_plausible_name(ent.text, ORG):
        return ent
    while start > 0 and is_left_name_word(doc[start - 1], doc[start:ent.end]):
        start -= 1
    if start == ent.start or doc[start].is_sent_start and not lowercase_after(ent):
        return ent
    return doc[start:ent.end]


def is_left_name_word(token, name: Span) -> bool:
    """An untagged capitalised proper noun compounded into the name, no title ('President')."""
    return (token.pos_ == "PROPN" and token.is_title and token.is_alpha and not token.ent_type_
            and token.dep_ == "compound" and name.start <= token.head.i < name.end
            and token.lower_ not in TITLE_LIKE and "\n" not in token.whitespace_)


def lowercase_after(ent: Span) -> bool:
    """A lowercase word follows the name, past a possessive ('Explorer's market')."""
    i = ent.end + (ent.end < len(ent.doc) and ent.doc[ent.end].tag_ == "POS")
    return i < len(ent.doc) and ent.doc[i].is_lower and ent.doc[i].is_alpha


def joined_collection(ent: Span) -> Optional[Span]:
    """One institution with two collection heads that NER tagged as two ('the Tang Teaching Museum'
    + 'and' + 'Art Gallery'): the second follows right after 'and', with no 'the' of its own."""
    doc = ent.doc
    if ent[-1].lower_ not in COLLECTION_HEADS or doc[ent.end].lower_ != "and":
        return None
    second = doc[ent.end + 1]
    if second.ent_iob_ != "B":  # NER's label for it varies ('Art Gallery' as a person)
        return None
    end = entity_end(doc, second.i)
    return doc[ent.start:end] if doc[end - 1].lower_ in COLLECTION_HEADS else None


def joined_name(ent: Span) -> Optional[Span]:
    """Names NER cut in two: 'the University of Texas' + 'at Austin' (a campus), 'the Andy Warhol
    Foundation' + 'for the Visual Arts' (the entity after 'for (the)' is part of the name)."""
    doc = ent.doc
    after = doc[ent.end]
    first = next((t for t in ent if t.lower_ != "the"), ent[0])
    if after.lower_ == "at" and first.lower_ in CAMPUS_HEADS:
        following = doc[ent.end + 1]
        types = PLACE_LABELS
    elif after.lower_ == "for" and normalize(ent[-1].text) in PURPOSE_HEADS:
        following = doc[ent.end + 1]
        if following.lower_ == "the" and ent.end + 2 < len(doc):
            following = doc[ent.end + 2]
        types = {ORG}
    else:
        return None
    if following.ent_iob_ != "B" and not (following.ent_iob_ == "I" and doc[following.i - 1].lower_ == "the"):
        return None
    if following.ent_type_ not in types:
        return None
    return doc[ent.start:entity_end(doc, following.i)]


def coordinated_inside(token, span: Span) -> bool:
    """The parse joins the word to a word inside the name ('Atheists and Agnostics'), whatever NER
    tagged it; a word joined to the name's head is a second entity ('the Bank of England and France')."""
    return token.dep_ == "conj" and span.start <= token.head.i < span.end and token.head.i != span.root.i
