"""One label per name: what a mention's own shape, its neighbours and the article's other mentions
say it is (PERSON, ORG or LOC), settled once for every mention of the name."""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import replace
from typing import Optional

from spacy.tokens import Span

from ..text import is_english_word
from .candidates import Candidate
from .companies import is_known_company, is_pair_with_company
from .given_names import given_name_gender, is_common_surname
from .lexicon import (
    CENTRE,
    COUNTRY_ABBREVIATIONS,
    EVENT_HEADS,
    FACILITY_CENTRE_KINDS,
    HONORIFICS,
    LOC,
    NEWS_AGENCIES,
    NOT_ORG_ACRONYMS,
    ORG,
    ORG_DESCRIPTIONS,
    ORG_HEADS,
    PERSON,
    PERSON_DESCRIPTIONS,
    PLACE_ABBREVIATIONS,
    PLACE_HEADS,
    PLACE_LABELS,
    PLACE_PREPOSITIONS,
    PLATFORMS,
    REGION_ABBREVIATIONS,
    SETTLEMENT_NOUNS,
    SURNAME_HEADS,
    THING_DESCRIPTIONS,
)
from .name_lists import (
    LIST_PLACE_PREPOSITIONS,
    example_of,
    list_mates,
    list_preposition,
    listed_with_orgs_only,
    listed_with_people_only,
    listed_with_places_only,
    mate_labels,
)
from .name_strings import is_acronym, names_not_in_capitals, normalize
from .person_names import (
    before_age,
    is_first_name_and_surname,
    is_given_name_and_surname,
    is_given_name_person,
    is_listed_with_people,
    is_org_name_after_org_word,
    is_pair_of_surnames,
    is_surname_and_noun,
    lone_surname_subjects,
    surnames_of,
)
from .places import is_dateline_place, is_known_place, is_known_town
from .teams import is_club_name

# Before a known place tagged ORG, these make it the place; 'at' does not ('a job at Toyota').
KNOWN_PLACE_PREPOSITIONS = {"in", "near", "outside", "across", "around", "between", "from"}


def base_label(candidate: Candidate) -> str:
    """PERSON, ORG, LOC (all places) or NORP: the name's shape first, then its neighbours, then NER."""
    return decisive_label(candidate) or undecided_label(candidate)


def undecided_label(candidate: Candidate) -> str:
    """``base_label`` of a name whose shape settles nothing: its neighbours, then NER."""
    if candidate.label == PERSON and candidate.span is not None:
        return context_label(candidate.span) or PERSON
    if candidate.label == ORG and candidate.span is not None and (
            named_as_place(candidate.span)
            or listed_with_places_only(candidate.span) and is_known_place(candidate.text)):
        return LOC  # 'the town of Yeoncheon'; 'in Scotland and Wales' with 'Wales' tagged ORG
    if candidate.label == ORG and candidate.span is not None and len(candidate.span) == 1 \
            and listed_with_people_only(candidate.span):
        return PERSON
    if candidate.label == "GPE" and candidate.span is not None \
            and listed_with_orgs_only(candidate.span) and not is_known_place(candidate.text):
        return ORG  # 'Ubisoft, Microsoft and Sony' with 'Ubisoft' tagged GPE
    return LOC if candidate.label in PLACE_LABELS else candidate.label


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
    if key in NEWS_AGENCIES or key in PLATFORMS or is_club_name(candidate):
        return ORG
    if len(words) > 1 and words[-1] in EVENT_HEADS:
        return "MISC"
    if candidate.span is not None and is_dateline_place(candidate.span):
        return LOC  # 'SINGAPORE --' is no acronym
    if is_acronym(candidate.text) and key not in PLACE_ABBREVIATIONS | REGION_ABBREVIATIONS:
        return ORG if candidate.label in {ORG, PERSON, "GPE", "LOC", "NORP"} else None
    if is_acronym(candidate.text) and key in COUNTRY_ABBREVIATIONS:
        return LOC  # 'DPRK', 'UAE' tagged ORG
    if candidate.label in {PERSON, ORG} and is_brand_shaped(candidate.text):
        return ORG  # 'QuillMind said' tagged PERSON
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


BRAND_SHAPE = re.compile(r"[A-Z][a-z]{3,}[A-Z][A-Za-z]*")  # 'QuillMind', 'TransLink', 'OpenAI'


def is_brand_shaped(name: str) -> bool:
    """One word of two capitalised parts, the first of four letters or more: a company's or a
    product's name, never a person's ('McDonald', 'DeLaet', 'LeBron' start shorter)."""
    return BRAND_SHAPE.fullmatch(name) is not None


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
    """'fashion designer Halston', 'the actor, Jordan,': an occupation beside the name, or right
    before it where the parse hangs it elsewhere ('board chair Priya ...' with 'chair' a subject)."""
    before = [span.doc[span.start - 1]] if span.start > 0 else []
    return any(t.lemma_ in PERSON_DESCRIPTIONS for t in describing_nouns(span) + before
               if t.is_lower and t.pos_ == "NOUN")


MAX_GROUP_STEPS = 6  # names followed back through a list to the noun it is in apposition to


def in_group_of_people(span: Span) -> bool:
    """A name listed in apposition to a noun for people ('the two oldest girls, Baylasan and
    Jaidaa', 'Spindler's father, Joseph'): the name, or the first of the names it is coordinated
    with, is in apposition to that noun. A list's members share it. Not a name in apposition to
    another name (that is the same person: 'Mark Tedeschi, QC'), nor one listed with a noun."""
    token = span.root
    for _ in range(MAX_GROUP_STEPS):
        head = token.head
        if token.dep_ == "conj" and head.pos_ == "PROPN" and head.i != token.i:
            token = head
        elif token.dep_ == "appos" and head.pos_ == "NOUN" and head.is_lower and head.i < span.start:
            return head.lemma_ in PERSON_DESCRIPTIONS
        else:
            return False
    return False


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
        if label == ORG and c.span is not None and modifies_common_noun(c.span) and is_known_place(key):
            label = LOC  # a vote, not a verdict: 'the Halifax folk band', but 'Toyota sales' beside 'Toyota said'
        votes[key][label] += 1
        labelled.append((c, key, label))
    surnames = {surname for key, counts in votes.items() if counts.most_common(1)[0][0] == PERSON
                for surname in surnames_of(key)}  # "Kevin Vickers" makes "Vickers" a person
    given_names = {key.split()[0] for key, counts in votes.items() if " " in key  # not 'Mac' of 'Mac App Store'
                   and counts.most_common(1)[0][0] == PERSON and given_name_gender(key)
                   and not is_english_word(key.split()[-1], english_words)}
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
        if label == ORG and key not in decisive and key in given_names and not is_known_place(key):
            label = PERSON  # 'Fernanda said' (ORG) after 'Fernanda Ribeiro'
        if label == PERSON and is_org_name_after_org_word(c.text, key, org_words, lone_people):
            label = ORG  # 'Lockheed Martin's' (PERSON) where 'Lockheed' is an org in the article
        if label == PERSON and key not in decisive and key not in surnames and (
                is_known_company(key) or is_pair_with_company(c.text, org_words)):
            label = ORG  # 'Moderna said', 'Pfizer-BioNTech' (PERSON); not 'Ford' beside 'Doug Ford'
        if label == PERSON and key not in decisive and (is_surname_and_noun(key, surnames, english_words)
                                                        or is_pair_of_surnames(c.text, surnames)):
            continue  # 'the Warhol Polaroids' where Andy Warhol is a person, 'the Gasol-Valanciunas trade'
        if label in {PERSON, ORG, LOC} and not (label == ORG and key in NOT_ORG_ACRONYMS):
            result.append(c if c.label == label else replace(c, label=label))  # frozen: shared safely
    return places_listed_with_places(result, set(decisive))


def places_listed_with_places(candidates: list[Candidate], decided: set) -> list[Candidate]:
    """'the clinics, in Drumheller, Hanna, Vegreville and Pincher Creek': in a list after a
    preposition of place, organizations whose label nothing settled and whose last word is no
    organization word are places, every mention of them, when a mate is one (here 'Pincher Creek',
    by its head word): towns too small to be known places are often tagged ORG."""
    at = {c.span.root.i: c.label for c in candidates if c.span is not None}
    places = set()
    for c in candidates:
        key = normalize(c.text)
        if c.label == ORG and c.span is not None and key not in decided and key.split()[-1] not in ORG_HEADS:
            preposition = list_preposition(c.span)
            if preposition is not None and preposition.lower_ in LIST_PLACE_PREPOSITIONS \
                    and any(at.get(mate.i) == LOC for mate in list_mates(c.span.root)):
                places.add(key)
    return [replace(c, label=LOC) if c.label == ORG and normalize(c.text) in places else c for c in candidates]


def settled_label(c: Candidate, key: str, subjects: set, english_words: frozenset) -> Optional[str]:
    """A label this one mention settles for every mention of its name, or None."""
    label = decisive_label(c)
    if label:
        return label
    if is_given_name_person(c, subjects, english_words) or is_listed_with_people(c) \
            or is_given_name_and_surname(c, english_words):
        return PERSON
    if c.span is None:
        return None
    if c.label == ORG and (after_place_preposition(c.span) or of_a_person(c.span)) and (
            is_known_place(c.text) or is_unmistakable_town(c.text, english_words)):
        return LOC  # 'protests in Edmonton', 'Sen. Dale Hemmings of Ankeny' tagged ORG
    if c.label in (PERSON, ORG) and after_honorific(c.span):
        return PERSON  # 'developers like Mr. Trump': no description outweighs 'Mr.'
    if c.label in (PERSON, ORG, "GPE") and (" " not in key and described_as_organization(c.span)
                                     or example_of(c.span) in ORG_DESCRIPTIONS):
        return ORG  # 'airline, Ryanair,' settles 'Ryanair'
    if described_as_thing(c.span):
        return "MISC"  # 'the cruise ship, Freewinds'
    if described_as_person(c.span) or before_age(c.span) or in_group_of_people(c.span):
        return PERSON  # 'fashion designer Halston' tagged GPE, 'Keith Dunn, 43,' tagged ORG
    return None


def is_unmistakable_town(name: str, english_words: frozenset) -> bool:
    """A town of 1,000 people or more whose name is nothing else the article could mean: no
    English word ('Congress'), common surname ('Hughes') or listed company ('Ford')."""
    return is_known_town(name) and not is_known_company(normalize(name)) and not any(
        is_english_word(word, english_words) or is_common_surname(word) for word in name.split())


def after_place_preposition(span: Span) -> bool:
    """'in Edmonton', 'near Copenhagen': a preposition of place right before the name, not 'at'
    ('workers at Stella's', 'a job at Toyota') and no possessive after it."""
    doc = span.doc
    return (span.start > 0 and doc[span.start - 1].lower_ in KNOWN_PLACE_PREPOSITIONS
            and not (span.end < len(doc) and doc[span.end].tag_ == "POS"))


def of_a_person(span: Span) -> bool:
    """'Sen. Dale Hemmings of Ankeny': the name is the object of an 'of' that follows a person's
    name, where a hometown goes."""
    prep = span.root.head
    return (span.root.dep_ == "pobj" and prep.lower_ == "of" and prep.i == span.start - 1
            and prep.head.ent_type_ == "PERSON")


def modifies_common_noun(span: Span) -> bool:
    """'the Halifax folk band', 'the Toronto fintech': the name qualifies a lowercase noun after it,
    as a place does; an organization's name would end in its own capitalised word."""
    root = span.root
    return root.dep_ == "compound" and root.head.i >= span.end and root.head.is_lower \
        and root.head.pos_ == "NOUN"


def after_honorific(span: Span) -> bool:
    """'Mr. Trump', 'Dr Tam': an honorific right before the name, which only people carry."""
    return span.start > 0 and normalize(span.doc[span.start - 1].text) in HONORIFICS


def majority(counts: Counter, own: str) -> str:
    """The most frequent label; a tie keeps the mention's own label, NORP only wins alone."""
    ranked = counts.most_common()
    best = [label for label, n in ranked if n == ranked[0][1]]
    if own in best:
        return own
    return best[0]
