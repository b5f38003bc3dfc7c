"""Names spaCy's NER left untagged: all-caps acronyms in prose, capitalised runs ending in an org
word ('Deseret News'), the organization in 'Gary Fan of the Neo Democrats', the person in 'the Civic
Party's Alice Tam', names described in apposition ('TransLink, the transit agency', 'Deepak, a
forklift operator'), the other names before a shared 'Departments' and the signatures of embedded
tweets."""
from __future__ import annotations

from typing import Iterable, Iterator, Optional

from spacy.tokens import Doc, Span

from ..text import is_english_word, is_person_noun, tokens_flagged, tokens_with
from .candidates import Candidate, is_member_name
from .given_names import given_name_gender
from .lexicon import (
    EXAMPLE_PREPOSITIONS,
    LOC,
    NAME_CONNECTORS,
    NOT_ORG_ACRONYMS,
    ORG,
    ORG_DESCRIPTIONS,
    ORG_HEADS,
    PERSON,
    PLACE_ABBREVIATIONS,
    PLACE_HEADS,
    ROMAN_NUMERAL,
    TITLE_LIKE,
    TWEET_SIGNATURE,
    UNTAGGED_ACRONYM,
)
from .name_lists import list_head, shared_plural_head
from .name_shapes import is_personal_name_shape
from .name_strings import covered_tokens, names_not_in_capitals, normalize
from .person_names import lone_surname_subjects, next_pronoun_is_personal
from .places import is_dateline_place
from .titles import is_title_word

MAX_DESCRIBED_NAME = 4  # words of a name after 'the band', 'the team'


def untagged_acronyms(doc: Doc, text: str, candidates: Iterable[Candidate]) -> list[Candidate]:
    """All-caps words NER left untagged inside running prose ('the BRICS mechanism') as orgs; not a
    name the article also writes in lowercase letters ('LEEDS -' beside 'Leeds'), which is shouted.
    A dateline's place ('OTTAWA —') is a place."""
    candidates = list(candidates)
    covered = covered_tokens(candidates)
    not_acronyms = NOT_ORG_ACRONYMS | PLACE_ABBREVIATIONS | names_not_in_capitals(candidates)
    prose: dict[int, bool] = {}  # one look per sentence, however many capitals it holds
    found = []
    for token in tokens_flagged(doc, "IS_UPPER"):  # every all-caps word is among these
        if (not UNTAGGED_ACRONYM.fullmatch(token.text)
                or token.i in covered or token.ent_type_ not in {"", "ORG", "GPE", "NORP", "PERSON"}
                or normalize(token.text) in not_acronyms
                or ROMAN_NUMERAL.fullmatch(token.text)):
            continue
        sentence = token.sent
        if sentence.start not in prose:
            prose[sentence.start] = in_prose(token)
        if not prose[sentence.start]:
            continue
        span = doc[token.i:token.i + 1]
        found.append(Candidate(token.idx, token.idx + len(token.text),
                               LOC if is_dateline_place(span) else ORG, token.text, span))
    return found


def untagged_org_names(doc: Doc, text: str, candidates: Iterable[Candidate]) -> list[Candidate]:
    """Capitalised names NER left untagged that end in an organization word ('Deseret News',
    'Union of Rationalist Atheists'): runs of capitalised words, 'of'/'and'/'for' allowed inside."""
    covered = covered_tokens(candidates)
    found, run = [], []
    for token in list(doc) + [None]:
        if token is not None and token.i not in covered and (
                token.is_title and token.is_alpha or run and token.lower_ in NAME_CONNECTORS):
            run.append(token)
            continue
        while run and run[-1].lower_ in NAME_CONNECTORS:
            run.pop()
        after_the = bool(run) and run[0].lower_ == "the"
        run = run[1:] if after_the else run
        if len(run) >= 2 and normalize(run[-1].text) in ORG_HEADS and in_prose(run[0]) \
                and (after_the or not run[0].is_sent_start):
            span = doc[run[0].i:run[-1].i + 1]
            found.append(Candidate(span.start_char, span.end_char, ORG, span.text, span))
        run = []
    return found


def untagged_affiliations(doc: Doc, candidates: Iterable[Candidate]) -> list[Candidate]:
    """'Gary Fan of the Neo Democrats', 'Leung Kwok-hung of LSD': the untagged proper name right
    after a person and 'of' is the organization the person belongs to (a place there is tagged)."""
    candidates = list(candidates)
    covered = covered_tokens(candidates)
    found = []
    for person in candidates:
        if person.label != PERSON or person.span is None:
            continue
        i = person.span.end
        if i + 1 >= len(doc) or doc[i].lower_ != "of":
            continue
        start = i + 2 if doc[i + 1].lower_ == "the" else i + 1
        end = proper_noun_run(doc, start, covered)
        if end > start:
            span = doc[start:end]
            found.append(Candidate(span.start_char, span.end_char, ORG, span.text, span))
    return found


def proper_noun_run(doc: Doc, start: int, covered: set, most: Optional[int] = None) -> int:
    """The end of the run of capitalised proper nouns no candidate holds from token ``start`` (at
    most ``most`` of them)."""
    end = start
    while end < len(doc) and (most is None or end - start < most) and end not in covered \
            and doc[end].pos_ == "PROPN" and doc[end].is_alpha and (doc[end].is_title or doc[end].is_upper):
        end += 1
    return end


def untagged_members(doc: Doc, candidates: Iterable[Candidate]) -> list[Candidate]:
    """'the Civic Party's Alice Tam': an untagged first name and surname right after an
    organization's possessive is a person of that organization."""
    candidates = list(candidates)
    covered = covered_tokens(candidates)
    found = []
    for org in candidates:
        if org.label != ORG or org.span is None:
            continue
        start = org.span.end if org.span[-1].tag_ == "POS" else org.span.end + 1
        if start >= len(doc) or doc[start - 1].tag_ != "POS":
            continue
        end = proper_noun_run(doc, start, covered, most=3)
        span = doc[start:end]
        if is_member_name(span) and not (end < len(doc) and doc[end].pos_ == "PROPN"):
            found.append(Candidate(span.start_char, span.end_char, PERSON, span.text, span))
    return found


def untagged_plural_head_mates(doc: Doc, candidates: Iterable[Candidate]) -> list[Candidate]:
    """'the Defense, Energy and Treasury Departments' with only 'Treasury' tagged: the other
    capitalised names of the list before the shared plural org word are organizations too."""
    candidates = list(candidates)
    covered = covered_tokens(candidates)
    found, seen_heads = [], set()
    for org in candidates:
        head = shared_plural_head(org.span) if org.label == ORG and org.span is not None else None
        if head is None or head.i in seen_heads:
            continue
        seen_heads.add(head.i)
        start = end = list_head(org.span.root).left_edge.i
        while end <= head.i:
            if end == head.i or doc[end].lower_ in {",", "and", "or"}:
                if end > start and not any(i in covered for i in range(start, end)):
                    span = doc[start:end]
                    found.append(Candidate(span.start_char, span.end_char, ORG, span.text, span))
                start = end + 1
            elif not (doc[end].pos_ == "PROPN" and doc[end].is_title and doc[end].is_alpha):
                break
            end += 1
    return found


def untagged_described_orgs(doc: Doc, candidates: Iterable[Candidate]) -> list[Candidate]:
    """'US team Cloud9 and Immortals', 'such bands as The Velvet Underground', 'TransLink, the
    transit agency': untagged capitalised names right after a noun that describes organizations,
    or after a plural one and 'as', 'including' or 'like', or with one in apposition, are
    organizations (a title before a person is not: 'company CEO')."""
    covered = covered_tokens(candidates)
    found = []
    for noun in tokens_with(doc, "LEMMA", ORG_DESCRIPTIONS):
        if noun.pos_ != "NOUN" or not noun.is_lower:
            continue
        described = described_name(noun, covered)
        if described is not None:
            found.append(Candidate(described.start_char, described.end_char, ORG, described.text, described))
            continue
        i = noun.i + 1
        if noun.tag_ == "NNS" and i < len(doc) and doc[i].lower_ == "such":
            i += 1
        if noun.tag_ == "NNS" and i < len(doc) and doc[i].lower_ in EXAMPLE_PREPOSITIONS:
            i += 1
        while i < len(doc):
            start = i + 1 if doc[i].lower_ == "the" else i
            end = start
            while end < len(doc) and end - start < MAX_DESCRIBED_NAME \
                    and is_untagged_name_word(doc[end], covered):
                end += 1
            if end == start or end < len(doc) and doc[end].ent_type_ == PERSON \
                    or normalize(doc[end - 1].text) in TITLE_LIKE:
                break
            span = doc[start:end]
            if normalize(span.text) not in NOT_ORG_ACRONYMS:  # 'the vehicle SUV'
                found.append(Candidate(span.start_char, span.end_char, ORG, span.text, span))
            if end + 1 >= len(doc) or doc[end].lower_ not in {"and", ","}:
                break
            i = end + 1
    return found


def untagged_described_people(doc: Doc, candidates: Iterable[Candidate],
                              english_words: frozenset) -> list[Candidate]:
    """'Deepak, a forklift operator, said he': an untagged name of no English words with a noun for
    a person in apposition is a person. Not with what it makes or does after the noun ('Crane, a
    maker of pumps'), and a noun that also describes organizations ('operator') needs 'he' or 'she'
    next."""
    if not english_words:
        return []
    covered = covered_tokens(candidates)
    found = []
    for noun in tokens_with(doc, "DEP", ("appos",)):
        if noun.pos_ != "NOUN" or not noun.is_lower or not is_person_noun(noun.lemma_) \
                or noun.lemma_ in ORG_HEADS | PLACE_HEADS \
                or any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
            continue
        named = described_name(noun, covered, people=True)
        if named is not None and not any(is_english_word(t.text, english_words) for t in named) \
                and (noun.lemma_ not in ORG_DESCRIPTIONS or next_pronoun_is_personal(named)):
            found.append(Candidate(named.start_char, named.end_char, PERSON, named.text, named))
    return found


def described_name(noun, covered: set, people: bool = False) -> Optional[Span]:
    """'TransLink, the region's transit agency': the untagged name an organization noun (or, for
    ``people``, a person noun) stands in apposition to (names written in camel case included), or
    None. For organizations, a noun that also names a person says nothing ('Deepak, a forklift
    operator') unless what it makes or does follows ('Crane, a maker of engineered products')."""
    head = noun.head
    if noun.dep_ != "appos" or head.i >= noun.i or not is_capitalised_name(head, covered) \
            or not people and is_person_noun(noun.lemma_) and not any(c.dep_ == "prep" and c.lower_ == "of"
                                                                      for c in noun.children) \
            or any(c.dep_ == "det" for c in head.children):  # 'the Internet, a network'
        return None
    start = head.i
    while start > 0 and is_capitalised_name(head.doc[start - 1], covered) and head.doc[start - 1].head.i == head.i:
        start -= 1
    return head.doc[start:head.i + 1]


def is_capitalised_name(token, covered: set) -> bool:
    """A proper noun starting with a capital ('TransLink', 'Gatsby') that no entity holds."""
    return token.pos_ == "PROPN" and token.text[:1].isupper() and token.i not in covered and token.ent_type_ == ""


def is_untagged_name_word(token, covered: set) -> bool:
    """A capitalised word no candidate holds and NER gave no other label ('Cloud9', 'Velvet')."""
    return (token.i not in covered and token.ent_type_ in {"", ORG} and token.text[:1].isupper()
            and token.pos_ in {"PROPN", "NOUN"} and not token.is_sent_start)


def tweet_authors(doc: Doc, text: str, candidates: Iterable[Candidate]) -> list[Candidate]:
    """The signature of an embedded tweet, '— Kyle Benning (@KBBenning) December 22, 2018': a person
    when the name starts with a known first name (an account can be an organization's)."""
    taken = [(c.start, c.end) for c in candidates]
    found = []
    for m in TWEET_SIGNATURE.finditer(text):
        start, end = m.span("name")
        if given_name_gender(m["name"]) and not any(s < end and e > start for s, e in taken):
            found.append(Candidate(start, end, PERSON, m["name"], doc.char_span(start, end)))
    return found


def untagged_personal_names(doc: Doc, candidates: Iterable[Candidate],
                            english_words: frozenset) -> list[Candidate]:
    """'Xi Jinping met Vladimir Putin' with only Putin tagged: a run of exactly two capitalised
    proper nouns that no candidate holds, shaped like a person's name (:mod:`.name_shapes`) or
    whose second word the article uses alone as a subject ('Novak Djokovic beat ...' beside
    'Djokovic beats Medvedev'), naming someone (not modifying a noun, taking no 'the': 'the newly
    re-launched Carmen Sandiego')."""
    if not english_words:
        return []
    covered = covered_tokens(candidates)
    lone_surnames = lone_surname_subjects(doc) | capitalised_subjects(doc)
    found = []
    for span in proper_noun_runs(doc, covered):
        before = doc[span.start - 1] if span.start > 0 else None
        words = [t.text for t in span]
        if (len(span) == 2 and all(t.ent_type_ == "" and t.is_title for t in span)
                and span[-1].dep_ != "compound" and not (before is not None and before.pos_ == "DET")
                and not any(child.dep_ == "det" for child in span[-1].children)
                and (is_personal_name_shape(words, english_words)
                     or is_surname_used_alone(words, lone_surnames, english_words))):
            found.append(Candidate(span.start_char, span.end_char, PERSON, span.text, span))
    return found


def proper_noun_runs(doc: Doc, covered: set) -> Iterator[Span]:
    """Each maximal run of capitalised proper nouns no candidate holds, left to right."""
    start = 0
    while start < len(doc):
        end = proper_noun_run(doc, start, covered)
        if end > start:
            yield doc[start:end]
        start = max(end, start + 1)


def capitalised_subjects(doc: Doc) -> set:
    """Capitalised one-word subjects the tagger took for common nouns ('Djokovic beats Medvedev'
    in a headline)."""
    return {t.text for t in tokens_with(doc, "DEP", ("nsubj",))
            if t.pos_ == "NOUN" and t.is_title and not any(c.dep_ == "compound" for c in t.children)}


def is_surname_used_alone(words: list[str], lone_surnames: set, english_words: frozenset) -> bool:
    """A first word and a surname, neither an English word, the surname a subject on its own
    elsewhere in the article."""
    return (len(words) == 2 and words[1] in lone_surnames
            and not any(is_english_word(w, english_words) for w in words)
            and normalize(words[1]) not in ORG_HEADS | PLACE_HEADS)


def untagged_titled_people(doc: Doc, candidates: Iterable[Candidate],
                           english_words: frozenset) -> list[Candidate]:
    """'BioNTech Chief Executive Ugur Sahin told Reuters' with nothing tagged: in a run of
    capitalised proper nouns no candidate holds, the two or three words after the last title word
    name a person, when the last of them is no English word, organization word or place word."""
    if not english_words:
        return []
    covered = covered_tokens(candidates)
    found = []
    for run in proper_noun_runs(doc, covered):
        titles = [t.i for t in run if is_title_word(t.text)]
        name = doc[titles[-1] + 1:run.end] if titles else doc[run.end:run.end]
        last = normalize(name[-1].text) if len(name) else ""
        if 2 <= len(name) <= 3 and all(t.is_title for t in name) and last not in ORG_HEADS | PLACE_HEADS \
                and not is_english_word(last, english_words) and not any(is_title_word(t.text) for t in name):
            found.append(Candidate(name.start_char, name.end_char, PERSON, name.text, name))
    return found


def in_prose(token) -> bool:
    """True if the token sits in a mostly lowercase sentence of at least five words."""
    words = [t for t in token.sent if t.is_alpha]
    lower = sum(1 for t in words if t.is_lower)
    return len(words) >= 5 and lower * 2 >= len(words)
