"""Person or organization, by the name's own words and the article's other names: a first name
before a word that is no English word ('Dean Kamen'), an age after the name, a surname the article
uses alone, a first word it uses alone as an organization ('Lockheed Martin')."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ..text import (
    FEMALE_PRONOUNS,
    MALE_PRONOUNS,
    is_english_word,
    text_keys_flagged,
    tokens_with,
)
from .candidates import Candidate
from .given_names import given_name_gender, is_common_surname, is_first_name
from .lexicon import ORG, ORG_HEADS, PARTICLES, PERSON, PLACE_LABELS
from .name_lists import mate_labels
from .name_strings import normalize

INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")  # 'P.J.' of 'P.J. Boatwright'
MAX_AGE = 120  # 'Keith Dunn, 43,': a number in commas after a name below this is an age
ARABIC_ARTICLES = {"al", "el"}  # 'Al Shabaab', 'El Nuevo Herald': no first names there
PERSONAL_PRONOUNS = MALE_PRONOUNS | FEMALE_PRONOUNS
THING_PRONOUNS = frozenset("it its itself they them their theirs".split())


def surnames_of(key: str) -> list[str]:
    """The last word of a person's full name, its last two words when it has three or more, and
    the family name from its first particle on: 'Mohammad Al Mnajer' gives 'mnajer' and 'al
    mnajer', 'Enrique Peña Nieto' 'peña nieto', 'Ursula von der Leyen' also 'von der leyen'."""
    words = key.split()
    surnames = [" ".join(words[-n:]) for n in (1, 2) if len(words) > n]
    first_particle = next((i for i, word in enumerate(words[1:-1], 1) if word in PARTICLES), None)
    if first_particle is not None:
        surnames.append(" ".join(words[first_particle:]))
    return surnames


def before_age(span: Span) -> bool:
    """'Keith Dunn, 43, was hurt': a name with an age in commas after it, which only people have."""
    after = span.doc[span.end:span.end + 3]
    return (len(after) == 3 and after[0].text == "," and after[2].text == ","
            and after[1].text.isdecimal() and len(after[1].text) <= 3 and 0 < int(after[1].text) < MAX_AGE)


def is_surname_and_noun(key: str, surnames: set, english_words: frozenset) -> bool:
    """'Warhol Polaroid' beside 'Andy Warhol': another person's surname, no first name, then an
    English word; a name modifying a noun, not a person ('Lee Young' keeps the first name 'Lee')."""
    words = key.split()
    return (len(words) == 2 and words[0] in surnames and not is_first_name(words[0])
            and len(words[1]) > 2 and is_english_word(words[1], english_words))  # not 'Muhammad V'


def is_pair_of_surnames(name: str, surnames: set) -> bool:
    """'Gasol-Valanciunas', 'Biden-Harris': two people's surnames hyphenated into one word name a
    trade, a ticket or a meeting of the two, not a third person."""
    parts = name.split("-")
    return " " not in name and len(parts) == 2 and all(normalize(part) in surnames for part in parts)


def is_first_name_and_surname(key: str, lone_surnames: set) -> bool:
    """A first name, then a word the article uses alone as a person: 'Ariel Quiros' beside
    'Quiros said'."""
    words = key.split()
    return 2 <= len(words) <= 3 and is_first_name(words[0]) and words[-1] in lone_surnames \
        and words[-1] not in ORG_HEADS


def is_org_name_after_org_word(text: str, key: str, org_words: set, lone_people: set) -> bool:
    """A two- or three-word 'person' whose first word the article uses alone as an organization,
    whose last word it never uses alone as a person ('Sanders' for 'Bernie Sanders') and which does
    not start with a known first name."""
    words = key.split()
    return (2 <= len(words) <= 3 and words[0] in org_words and words[-1] not in lone_people
            and given_name_gender(text) is None)


def lone_surname_subjects(doc: Doc) -> set:
    """Texts of proper-noun subjects with no compound before them ('Nunes said'), a hyphenated
    surname whole ('Ferreira-Lam said'), leaving out words the article also writes in lowercase."""
    lowercase_words = text_keys_flagged(doc, "IS_LOWER")  # compared with token.lower, the key of lower_
    found = set()
    for t in tokens_with(doc, "DEP", ("nsubj",)):
        if t.tag_ != "NNP" or t.lower in lowercase_words:
            continue
        start = t.i - 2 if is_hyphen_joined(doc, t.i) else t.i
        if not any(c.dep_ == "compound" and c.i < start for c in t.children):
            found.add(doc[start:t.i + 1].text)
    return found


def is_hyphen_joined(doc: Doc, i: int) -> bool:
    """The word at ``i`` ends a hyphenated name: 'Lam' of 'Ferreira-Lam'."""
    return i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_ \
        and doc[i - 2].is_title


def is_given_name_person(candidate: Candidate, subjects: set, english_words: frozenset = frozenset()) -> bool:
    """'Amanda Nunes', 'Priya Sandhu-Morrison' tagged ORG: a common first name, or words that are
    none of them English, and the surname alone acts as a subject elsewhere ('Nunes said'), which
    brands and companies named after people rarely do."""
    words = candidate.text.split()
    return (candidate.label == ORG and 2 <= len(words) <= 4
            and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)
            and (given_name_gender(candidate.text) is not None
                 or bool(english_words) and not any(is_english_word(w, english_words) for w in words))
            and normalize(words[-1]) not in ORG_HEADS and words[-1] in subjects)


def is_given_name_and_surname(candidate: Candidate, english_words: frozenset) -> bool:
    """'Dean Kamen', 'Ariel Quiros', 'Sara Diaz' tagged ORG: a first name, then a word that is no
    English word, or a common surname (WordNet, where the English words come from, lists 'Diaz')
    when the next pronoun is 'he' or 'she' ('Merrill Lynch' and 'its' stay an organization).
    Teams and firms named after places that double as first names end in one ('Carolina
    Hurricanes', 'Houston Rockets'). An index has 'the' or a place's possessive before it ('Hong
    Kong's Hang Seng'). 'Al' in 'Al Shabaab' is the Arabic article, not a first name."""
    words = candidate.text.split()
    span = candidate.span
    if candidate.label != ORG or span is None or not english_words or len(words) != 2:
        return False
    if not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words) or not is_first_name(words[0]) \
            or words[0].lower() in ARABIC_ARTICLES:
        return False
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and (before.lower_ == "the" or before.tag_ == "POS" and before.i > 0
                               and before.nbor(-1).ent_type_ in PLACE_LABELS):
        return False  # 'the Hang Seng', 'Hong Kong's Hang Seng'; not 'the party's Regina Ip'
    if not is_english_word(words[-1], english_words):
        return True
    return is_common_surname(words[-1]) and next_pronoun_is_personal(span)


def next_pronoun_is_personal(span: Span) -> bool:
    """'Sara Diaz moved ... with her son': the first third-person pronoun after a name, in its
    sentence or the next, is 'he' or 'she' (or their forms), not 'it' or 'they' as for a company."""
    doc = span.doc
    sentence = span.sent
    end = doc[sentence.end].sent.end if sentence.end < len(doc) else sentence.end
    for token in doc[span.end:end]:
        word = token.lower_
        if word in PERSONAL_PRONOUNS:
            return True
        if word in THING_PRONOUNS:
            return False
    return False


def is_listed_with_people(candidate: Candidate) -> bool:
    """'Ansel Adams, Chuck Close, Walker Evans' with 'Walker Evans' tagged ORG: a first name (or
    initials: 'Joe Dey or P.J. Boatwright') and a surname in a list whose other names are people.
    Not after 'the', which people's names do not take ('from the Orlando Magic and P.J. Tucker')."""
    words = candidate.text.split()
    if candidate.label != ORG or candidate.span is None or not 2 <= len(words) <= 3:
        return False
    span = candidate.span
    if span.start > 0 and span.doc[span.start - 1].lower_ == "the":
        return False
    if normalize(words[-1]) in ORG_HEADS or not is_first_name(words[0]) and not INITIALS.fullmatch(words[0]):
        return False
    mates = mate_labels(candidate.span)
    return mates[PERSON] > 0 and mates[PERSON] > mates[ORG]
