"""One label per name: what a mention's own shape, its neighbours and the article's other mentions
say it is (PERSON, ORG or LOC), settled once for every mention of the name."""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import replace
from typing import Optional

from spacy.tokens import Doc, Span

from .candidates import Candidate, is_acronym, normalize, names_not_in_capitals
from .doc_arrays import text_keys_flagged, tokens_with
from .english_words import is_english_word
from .given_names import given_name_gender, is_first_name
from .places import is_dateline_place, is_known_place
from .entity_lexicon import (
    CENTRE, COUNTRY_ABBREVIATIONS, EVENT_HEADS, EXAMPLE_PREPOSITIONS, FACILITY_CENTRE_KINDS, HONORIFICS, LOC,
    NEWS_AGENCIES, NOT_ORG_ACRONYMS, ORG, ORG_DESCRIPTIONS, ORG_HEADS, PERSON, PERSON_DESCRIPTIONS,
    PLACE_ABBREVIATIONS, PLACE_HEADS, PLACE_LABELS, PLACE_PREPOSITIONS, PLATFORMS, REGION_ABBREVIATIONS,
    SETTLEMENT_NOUNS, SURNAME_HEADS, THING_DESCRIPTIONS,
)


INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")  # 'P.J.' of 'P.J. Boatwright'
MAX_AGE = 120  # 'Keith Dunn, 43,': a number in commas after a name below this is an age
ARABIC_ARTICLES = {"al", "el"}  # 'Al Shabaab', 'El Nuevo Herald': no first names there
MODIFIER_DEPS = {"compound", "amod", "nmod", "poss"}  # a list in these modifies a noun
# Before a list, these make its names places, whatever NER tagged them ('to X and Y Hotel').
LIST_PLACE_PREPOSITIONS = PLACE_PREPOSITIONS | {"between", "from", "to", "via", "into"}
# Before a known place tagged ORG, these make it the place; 'at' does not ('a job at Toyota').
KNOWN_PLACE_PREPOSITIONS = {"in", "near", "outside", "across", "around", "between", "from"}


def base_label(candidate: Candidate) -> str:
    """PERSON, ORG, LOC (all places) or NORP: the name's shape first, then its neighbours, then NER."""
    return decisive_label(candidate) or undecided_label(candidate)


def undecided_label(candidate: Candidate) -> str:
    """``base_label`` of a name whose shape settles nothing: its neighbours, then NER."""
    if candidate.label == PERSON and candidate.span is not None:
        return context_label(candidate.span) or PERSON
    if candidate.label == ORG and candidate.span is not None and named_as_place(candidate.span):
        return LOC
    if candidate.label == ORG and candidate.span is not None and len(candidate.span) == 1 \
            and listed_with_people_only(candidate.span):
        return PERSON
    if candidate.label == "GPE" and candidate.span is not None \
            and listed_with_orgs_only(candidate.span) and not is_known_place(candidate.text):
        return ORG  # 'Ubisoft, Microsoft and Sony' with 'Ubisoft' tagged GPE
    return LOC if candidate.label in PLACE_LABELS else candidate.label


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


def named_as_place(span: Span) -> bool:
    """'the town of Yeoncheon', 'the province of Herat': a settlement noun and 'of' before the name."""
    doc = span.doc
    return span.start >= 2 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lower_ in SETTLEMENT_NOUNS


def decisive_label(candidate: Candidate) -> Optional[str]:
    """A label the name's own shape settles for every mention: agencies, acronyms, 'X School'."""
    key = normalize(candidate.text)
    words = key.split()
    if not words:
        return None
    if key in NEWS_AGENCIES or key in PLATFORMS:
        return ORG
    if len(words) > 1 and words[-1] in EVENT_HEADS:
        return "MISC"
    if candidate.span is not None and is_dateline_place(candidate.span):
        return LOC  # 'SINGAPORE --' is no acronym
    if is_acronym(candidate.text) and key not in PLACE_ABBREVIATIONS | REGION_ABBREVIATIONS:
        return ORG if candidate.label in {ORG, PERSON, "GPE", "LOC", "NORP"} else None
    if is_acronym(candidate.text) and key in COUNTRY_ABBREVIATIONS:
        return LOC  # 'DPRK', 'UAE' tagged ORG
    if candidate.label in {PERSON, ORG, "NORP"} | PLACE_LABELS and len(words) > 1 and (
            words[-1] in CENTRE and words[-2] in FACILITY_CENTRE_KINDS):
        return LOC
    if candidate.label in {PERSON, "NORP"} | PLACE_LABELS and words[-1] in ORG_HEADS and not (
            candidate.label == PERSON and len(words) == 2 and words[-1] in SURNAME_HEADS
            and given_name_gender(candidate.text)):
        return ORG  # ('Jim Press' is a person; 'Art Gallery' is not)
    if candidate.label in {PERSON, ORG, "NORP"} and words[-1] in PLACE_HEADS and len(words) > 1:
        return LOC
    if candidate.label in {ORG} | PLACE_LABELS and len(words) > 2 and words[0] == "municipality" \
            and words[1] == "of":
        return ORG  # 'the Municipality of Livorno' asks for taxes: the town's government
    if candidate.label == PERSON and (key in REGION_ABBREVIATIONS or candidate.span is not None
                                      and before_region(candidate.span)):
        return LOC
    return None


def before_region(span: Span) -> bool:
    """'Mississauga, Ont.': a name followed by a comma and a province or state abbreviation that
    ends the phrase; in 'David Spade, NL MVP Christian Yelich' the letters start a new name."""
    after = span.doc[span.end:span.end + 3]
    if len(after) < 2 or after[0].text != "," or normalize(after[1].text) not in REGION_ABBREVIATIONS:
        return False
    if len(after) == 2 or after[1].text.endswith(".") or not after[2].is_alpha:
        return True
    return not (after[2].is_title or after[2].is_upper)


def context_label(span: Span) -> Optional[str]:
    """What a PERSON mention's neighbours say it is: a place after 'in', a list-mate's label,
    or no name at all when a determiner precedes it as a modifier ('her Brexit plan')."""
    doc = span.doc
    last = normalize(span[-1].text)
    if given_name_gender(span.text) and last not in ORG_HEADS | PLACE_HEADS:
        return None  # 'Scott Carson' stays a person whatever the parse lists him with
    if described_as_organization(span):
        return ORG
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    possessive = after is not None and after.lower_ in {"'s", "’s", "'", "’"}
    if before is not None and before.lower_ in PLACE_PREPOSITIONS and not possessive:
        return LOC
    mates = mate_labels(span)
    for label in (ORG, LOC):
        if mates[label] >= 2 and mates[label] > mates[PERSON]:
            return label
    if after is not None and span.root.dep_ == "compound" and after.pos_ == "NOUN" and determined(span):
        return "MISC"
    return None


def determined(span: Span) -> bool:
    """A determiner or a possessive before the name, past any adjectives: the name modifies the
    noun after it ('her Brexit plan', 'Eby's wealthy Point Grey riding')."""
    i = span.start - 1
    while i >= 0 and span.doc[i].pos_ == "ADJ":
        i -= 1
    if i < 0:
        return False
    before = span.doc[i]
    return before.lower_ in {"the", "a", "an", "her", "his", "their", "its", "our"} or before.tag_ == "POS"


def described_as_organization(span: Span) -> bool:
    """'the tech giant Oracle', 'airline, Ryanair,': a noun beside the name says it is an organization."""
    return any(t.lemma_ in ORG_DESCRIPTIONS for t in describing_nouns(span))


def described_as_thing(span: Span) -> bool:
    """'the cruise ship, Freewinds', 'the prototype orbiter, Space Shuttle Enterprise', 'the film
    Easy Rider': a noun beside the name says it names a craft or a work, not an organization."""
    return any(t.lemma_ in THING_DESCRIPTIONS for t in describing_nouns(span))


def described_as_person(span: Span) -> bool:
    """'fashion designer Halston', 'the actor, Jordan,': an occupation beside the name."""
    return any(t.lemma_ in PERSON_DESCRIPTIONS for t in describing_nouns(span))


def describing_nouns(span: Span) -> list:
    """Lowercase common nouns in apposition to the name or compounded before it."""
    root = span.root
    beside = [c for c in root.children if c.dep_ in ("appos", "compound") and c.i < span.start]
    after = [c for c in root.children if c.dep_ == "appos" and c.i >= span.end]
    beside += [t for t in after[:1] if not before_name(t)]  # only the apposition right after the
    # name ('X, CEO of Y, a group' is a person), and not a title of the next name in a list
    # ('The Black Caucus, former governor Ann Lee and ...')
    if root.dep_ == "appos":
        beside.append(root.head)
    return [t for t in beside if t.pos_ == "NOUN" and t.is_lower]


def before_name(token) -> bool:
    """The token is followed by a proper noun: 'governor' in 'governor Ann Lee'."""
    return token.i + 1 < len(token.doc) and token.doc[token.i + 1].pos_ == "PROPN"


def example_of(span: Span) -> str:
    """The plural noun a listed name is an example of ('companies including Colgate, Reckitt
    Benckiser and SAP', 'firms such as X'), as a lowercase lemma; '' if none."""
    preposition = list_preposition(span)
    if preposition is None or preposition.lower_ not in EXAMPLE_PREPOSITIONS:
        return ""
    noun = preposition.head
    return noun.lemma_ if noun.pos_ == "NOUN" and noun.is_lower and noun.tag_ == "NNS" else ""


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


def consistent_labels(candidates: list[Candidate], english_words: frozenset = frozenset()) -> list[Candidate]:
    """Give every mention of a name one label: a decisive one if any mention has it, a person's
    if it is the surname of a full person name, else the label most of its mentions carry.
    NORP-only and MISC names go."""
    votes: dict[str, Counter] = defaultdict(Counter)
    decisive: dict[str, str] = {}
    labelled = []
    doc = next((c.span.doc for c in candidates if c.span is not None), None)
    subjects = lone_surname_subjects(doc) if doc is not None else set()
    not_shouted = names_not_in_capitals(candidates)
    for c in candidates:
        key = normalize(c.text)
        shouted = c.text.isupper() and key in not_shouted  # 'BRUSSELS -' beside 'Brussels': no acronym
        strong = None if shouted else settled_label(c, key, subjects, english_words)
        if strong:
            decisive.setdefault(key, strong)
        label = strong or undecided_label(c)  # decisive_label(c) gave nothing: base_label(c)
        votes[key][label] += 1
        labelled.append((c, key, label))
    surnames = {surname for key, counts in votes.items() if counts.most_common(1)[0][0] == PERSON
                for surname in surnames_of(key)}  # "Kevin Vickers" makes "Vickers" a person
    org_words = {key for key, counts in votes.items() if " " not in key and counts.most_common(1)[0][0] == ORG}
    lone_people = {key for key, counts in votes.items() if " " not in key and counts[PERSON]}
    lone_surnames = {key for key in lone_people if votes[key].most_common(1)[0][0] == PERSON}
    result = []
    for c, key, own in labelled:
        label = decisive.get(key) or (PERSON if key in surnames else majority(votes[key], own))
        if label == ORG and key not in decisive and votes[key][LOC] >= votes[key][ORG] and is_known_place(key):
            label = LOC  # 'the Los Angeles Sheriff's office' (ORG) and 'in Los Angeles' (GPE)
        if label == ORG and key not in decisive and is_first_name_and_surname(key, lone_surnames):
            label = PERSON  # 'two developers, Ariel Quiros' (ORG) where 'Quiros' alone is a person
        if label == PERSON and is_org_name_after_org_word(c.text, key, org_words, lone_people):
            label = ORG  # 'Lockheed Martin's' (PERSON) where 'Lockheed' is an org in the article
        if label == PERSON and key not in decisive and (is_surname_and_noun(key, surnames, english_words)
                                                        or is_pair_of_surnames(c.text, surnames)):
            continue  # 'the Warhol Polaroids' where Andy Warhol is a person, 'the Gasol-Valanciunas trade'
        if label in {PERSON, ORG, LOC} and not (label == ORG and key in NOT_ORG_ACRONYMS):
            result.append(c if c.label == label else replace(c, label=label))  # frozen: shared safely
    return result


def surnames_of(key: str) -> list[str]:
    """The last word of a person's full name, and its last two words when it has three or more:
    'Mohammad Al Mnajer' gives 'mnajer' and 'al mnajer', 'Enrique Peña Nieto' 'peña nieto'."""
    words = key.split()
    return [" ".join(words[-n:]) for n in (1, 2) if len(words) > n]


def settled_label(c: Candidate, key: str, subjects: set, english_words: frozenset) -> Optional[str]:
    """A label this one mention settles for every mention of its name, or None."""
    label = decisive_label(c)
    if label:
        return label
    if is_given_name_person(c, subjects) or is_listed_with_people(c) \
            or is_given_name_and_surname(c, english_words):
        return PERSON
    if c.span is None:
        return None
    if c.label == ORG and after_place_preposition(c.span) and is_known_place(c.text):
        return LOC  # 'protests in Edmonton' tagged ORG
    if c.label in (PERSON, ORG) and after_honorific(c.span):
        return PERSON  # 'developers like Mr. Trump': no description outweighs 'Mr.'
    if c.label in (PERSON, ORG) and (" " not in key and described_as_organization(c.span)
                                     or example_of(c.span) in ORG_DESCRIPTIONS):
        return ORG  # 'airline, Ryanair,' settles 'Ryanair'
    if described_as_thing(c.span):
        return "MISC"  # 'the cruise ship, Freewinds'
    if c.label != PERSON and (described_as_person(c.span) or before_age(c.span)):
        return PERSON  # 'fashion designer Halston' tagged GPE, 'Keith Dunn, 43,' tagged ORG
    return None


def before_age(span: Span) -> bool:
    """'Keith Dunn, 43, was hurt': a name with an age in commas after it, which only people have."""
    after = span.doc[span.end:span.end + 3]
    return (len(after) == 3 and after[0].text == "," and after[2].text == ","
            and after[1].text.isdecimal() and len(after[1].text) <= 3 and 0 < int(after[1].text) < MAX_AGE)


def after_place_preposition(span: Span) -> bool:
    """'in Edmonton', 'near Copenhagen': a preposition of place right before the name, not 'at'
    ('workers at Stella's', 'a job at Toyota') and no possessive after it."""
    doc = span.doc
    return (span.start > 0 and doc[span.start - 1].lower_ in KNOWN_PLACE_PREPOSITIONS
            and not (span.end < len(doc) and doc[span.end].tag_ == "POS"))


def after_honorific(span: Span) -> bool:
    """'Mr. Trump', 'Dr Tam': an honorific right before the name, which only people carry."""
    return span.start > 0 and normalize(span.doc[span.start - 1].text) in HONORIFICS


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
    """Texts of proper-noun subjects with no compound before them ('Nunes said'), leaving out
    words the article also writes in lowercase."""
    lowercase_words = text_keys_flagged(doc, "IS_LOWER")  # compared with token.lower, the key of lower_
    return {t.text for t in tokens_with(doc, "DEP", ("nsubj",))
            if t.tag_ == "NNP" and not any(c.dep_ == "compound" for c in t.children)
            and t.lower not in lowercase_words}


def is_given_name_person(candidate: Candidate, subjects: set) -> bool:
    """'Amanda Nunes' tagged ORG: a common first name, and the surname alone acts as a subject
    elsewhere ('Nunes said'), which brands and companies named after people rarely do."""
    words = candidate.text.split()
    return (candidate.label == ORG and 2 <= len(words) <= 4
            and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)
            and given_name_gender(candidate.text) is not None
            and normalize(words[-1]) not in ORG_HEADS and words[-1] in subjects)


def is_given_name_and_surname(candidate: Candidate, english_words: frozenset) -> bool:
    """'Dean Kamen', 'Ariel Quiros' tagged ORG: a first name, then a word that is no English word.
    Teams and firms named after places that double as first names end in one ('Carolina
    Hurricanes', 'Houston Rockets'). An index has 'the' or a place's possessive before it ('Hong
    Kong's Hang Seng'). 'Al' in 'Al Shabaab' is the Arabic article, not a first name."""
    words = candidate.text.split()
    span = candidate.span
    if candidate.label != ORG or span is None or not english_words or len(words) != 2:
        return False
    if not all(w[:1].isupper() and w.isalpha() for w in words) or not is_first_name(words[0]) \
            or words[0].lower() in ARABIC_ARTICLES:
        return False
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and (before.lower_ == "the" or before.tag_ == "POS" and before.i > 0
                               and before.nbor(-1).ent_type_ in PLACE_LABELS):
        return False  # 'the Hang Seng', 'Hong Kong's Hang Seng'; not 'the party's Regina Ip'
    return not is_english_word(words[-1], english_words)


def is_listed_with_people(candidate: Candidate) -> bool:
    """'Ansel Adams, Chuck Close, Walker Evans' with 'Walker Evans' tagged ORG: a first name (or
    initials: 'Joe Dey or P.J. Boatwright') and a surname in a list whose other names are people."""
    words = candidate.text.split()
    if candidate.label != ORG or candidate.span is None or not 2 <= len(words) <= 3:
        return False
    if normalize(words[-1]) in ORG_HEADS or not is_first_name(words[0]) and not INITIALS.fullmatch(words[0]):
        return False
    mates = mate_labels(candidate.span)
    return mates[PERSON] > 0 and mates[PERSON] > mates[ORG]


def majority(counts: Counter, own: str) -> str:
    """The most frequent label; a tie keeps the mention's own label, NORP only wins alone."""
    ranked = counts.most_common()
    best = [label for label, n in ranked if n == ranked[0][1]]
    if own in best:
        return own
    return best[0]
