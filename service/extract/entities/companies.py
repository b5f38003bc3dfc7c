"""Well-known companies: the constituents of the major stock indexes (S&P 500, NASDAQ 100, Dow
Jones, FTSE 100, DAX, CAC 40, Euro Stoxx 50, Nikkei 225 and others) as shipped by the
``pytickersymbols`` package (MIT licence; names from its own index data), read once on first use.

NER tags a company named like a surname as a person ('Moderna said') or leaves it untagged ('Pfizer
said', 'the Pfizer vaccine'); a name on this list that the article does not use as a person's
surname is an organization."""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable

from spacy.tokens import Doc

from ..text import is_english_word
from .candidates import Candidate
from .given_names import is_first_name
from .lexicon import ORG
from .name_strings import covered_tokens, normalize
from .places import is_known_place

# Words of a legal form a company's listed name may end in ('Pfizer Inc.', 'AstraZeneca PLC').
LEGAL_FORMS = {"inc", "corp", "corporation", "co", "company", "plc", "ag", "se", "sa", "nv", "ltd",
               "limited", "llc", "lp", "kgaa", "the"}
MIN_KEY_LENGTH = 3
MAX_COMPANY_WORDS = 3


@lru_cache(maxsize=1)
def known_companies() -> frozenset:
    """normalize() keys of the listed companies, with and without their legal form; single words
    that are also first names or places ('Ross', 'Orange') left out."""
    from pytickersymbols.indices_data import (
        INDICES,  # large: imported only when first needed
    )

    keys = set()
    for index in INDICES.values():
        for company in index.get("companies", ()):
            key = normalize(company.get("name", ""))
            for form in (key, company_key(key)):
                if len(form) >= MIN_KEY_LENGTH and not (" " not in form and is_first_name(form)) \
                        and not is_known_place(form):
                    keys.add(form)
    return frozenset(keys)


def without_legal_form(key: str) -> str:
    """'pfizer inc' -> 'pfizer', 'the walt disney company' -> 'walt disney'."""
    words = key.split()
    while words and words[0] == "the":
        words = words[1:]
    while len(words) > 1 and (words[-1] in LEGAL_FORMS or words[-1] == "and"):
        words = words[:-1]  # 'eli lilly and company' -> 'eli lilly'
    return " ".join(words)


def company_key(name: str) -> str:
    """The key a company is known by: normalize()d, '&' as 'and', no legal form."""
    return without_legal_form(normalize(name).replace(" & ", " and "))


def is_known_company(name: str) -> bool:
    """'Moderna', 'Pfizer Inc.', 'AstraZeneca', 'Johnson & Johnson': a listed company, by name."""
    return company_key(name) in known_companies()


def is_pair_with_company(name: str, org_words: set) -> bool:
    """'Pfizer-BioNTech': two names hyphenated into one word, one of them a listed company or an
    organization of the article; a joint name of two organizations, not a person."""
    parts = name.split("-")
    return " " not in name and len(parts) == 2 and all(parts) and any(
        is_known_company(part) or normalize(part) in org_words for part in parts)


def untagged_companies(doc: Doc, candidates: Iterable[Candidate], english_words: frozenset) -> list[Candidate]:
    """Listed companies NER left untagged: a whole run of capitalised proper nouns that no
    candidate holds and that spells a listed name ('Pfizer said', 'the Pfizer vaccine'); a name
    that is also an English word only inside a sentence, where its capital means a name."""
    covered = covered_tokens(candidates)
    found = []
    i = 0
    while i < len(doc):
        end = i
        while end < len(doc) and is_name_word(doc[end], covered):
            end += 1
        span = doc[i:end]
        if 0 < len(span) <= MAX_COMPANY_WORDS and is_known_company(span.text) and not (
                len(span) == 1 and span[0].is_sent_start and is_english_word(span.text, english_words)):
            found.append(Candidate(span.start_char, span.end_char, ORG, span.text, span))
        i = max(end, i + 1)
    return found


def is_name_word(token, covered: set) -> bool:
    """A capitalised proper noun no candidate holds ('Pfizer', 'AstraZeneca'), or a capitalised
    word inside a sentence that the tagger took for a common noun ('Maria Lopez, Pfizer')."""
    return (token.i not in covered and token.text[:1].isupper() and token.ent_type_ == ""
            and (token.pos_ == "PROPN" or token.pos_ == "NOUN" and not token.is_sent_start))
