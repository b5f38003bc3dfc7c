"""Names that are no person, organization or place: diseases, drugs and vaccines, market indexes,
and product codes. NER tags them ORG or PERSON ('COVID-19', 'the FTSE 100', 'BNT162b2').

The evidence is general: the name's shape (letters and digits in one word: 'COVID-19', 'SARS-CoV-2',
'mRNA-1273', 'AZD1222', 'H5N1'; not 'G20' or '3M'), and two word lists kept as data
(``data/diseases_and_drugs.txt``, ``data/market_indexes.txt``), matched on the name together with
a number right after it ('FTSE' + '100', 'S&P' + '500'). And the name's context: a name the
article only ever writes before a head noun of such things ('the Sputnik vaccine', 'the Kospi
index', 'the Delta variant'; ``data/thing_kind_heads.txt``) names a thing; a company that makes it
is named elsewhere on its own too ('the BioNTech vaccine', 'BioNTech said').
"""
from __future__ import annotations

import re

from ..text import word_set
from .candidates import Candidate
from .name_strings import normalize

# compared as normalize() keys: 'COVID-19' and 'covid-19' are both 'covid 19'
MARKET_INDEXES = frozenset(normalize(name) for name in word_set(__package__, "market_indexes"))
NON_ENTITY_NAMES = MARKET_INDEXES | {normalize(name) for name in word_set(__package__, "diseases_and_drugs")}
# letters then digits with a hyphen ('COVID-19', 'mRNA-1273', 'SARS-CoV-2'), letters around two or
# more digits ('BNT162b2', 'A330s'), or letters before three digits ('AZD1222'); not 'G20', 'F1',
# 'B52', 'G4S', 'C2I'
CODE_WORD = re.compile(r"[A-Za-z]{2,}(?:-[A-Za-z]+)*-\d+[A-Za-z\d]*|[A-Za-z]+\d{2,}[A-Za-z]+\d*[A-Za-z\d]*"
                       r"|[A-Za-z]{2,}\d{3,}")
NUMBER_AFTER = re.compile(r"[ \t]+(\d{2,4})\b")
THING_KIND_HEADS = word_set(__package__, "thing_kind_heads")
HEAD_AFTER = re.compile(r"['’]?s?[ \t]+([a-z]+)\b")  # 'Sputnik vaccine', "Kospi's index" aside


def is_code_name(name: str) -> bool:
    """A product, drug or virus code: the name ends in a word of letters and digits in one
    ('Airbus A330s' is an aircraft; 'EB-5 Investment Coalition' is still an organization)."""
    words = name.split()
    return bool(words) and CODE_WORD.fullmatch(words[-1].strip(".,")) is not None


def is_non_entity(candidate: Candidate, text: str) -> bool:
    """A disease, drug, vaccine, market index or product code, however NER tagged it."""
    key = normalize(candidate.text).removeprefix("the ")
    number = NUMBER_AFTER.match(text, candidate.end)
    return (key in NON_ENTITY_NAMES or (number is not None and f"{key} {number.group(1)}" in MARKET_INDEXES)
            or is_code_name(candidate.text))


def without_non_entities(candidates: list[Candidate], text: str) -> list[Candidate]:
    """The candidates that name a person, organization or place."""
    things = names_before_kind_heads(candidates, text)
    return [c for c in candidates if not is_non_entity(c, text) and normalize(c.text) not in things]


def names_before_kind_heads(candidates: list[Candidate], text: str) -> set[str]:
    """Keys of the names every mention of which stands right before a head noun of a thing kind
    ('the Kospi index'), whatever NER tagged them and one word or several. The organizations step
    has a weaker rule of its own over a wider noun list (org_mentions.names_of_things: 'the ICI
    system'), which spares single words ('a Harvard study'); these heads are sure enough not to."""
    before_head: dict[str, bool] = {}
    for c in candidates:
        key = normalize(c.text)
        head = HEAD_AFTER.match(text, c.end)
        before_head[key] = before_head.get(key, True) and head is not None and head.group(1) in THING_KIND_HEADS
    return {key for key, always in before_head.items() if always}
