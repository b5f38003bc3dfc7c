"""Organizations (merged with their acronyms) and locations, one entity each, from cleaned mentions."""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Optional

from spacy.tokens import Doc

from ..model import Entity, Mention
from ..text import doc_text, word_set
from .candidates import Candidate
from .lexicon import ORG, PLACE_ABBREVIATIONS
from .name_strings import is_acronym, normalize, written_again, written_in_lowercase
from .org_mentions import (
    among_capitals,
    in_person_title,
    in_shouted_line,
    is_generic_word,
    is_shouted_word,
    names_of_things,
    shares_plural_head,
    without_trailing_title,
)
from .places import is_known_place

LEGAL_SUFFIXES = word_set(__package__, "legal_suffixes")
MINOR_WORDS = {"of", "and", "for", "on", "the", "in", "at", "to", "de", "&", "a", "an", "du", "la"}
PARENTHESISED = re.compile(r"\s*\(\s*([A-Z][A-Za-z&.]{1,11})\s*\)")
OPENING_PARENTHESIS = re.compile(r"\s*\(\s*")
# Fixed spellings of one place ("U.S." and "United States"); acronyms of the form cover the rest.
PLACE_SYNONYMS = {"america": "united states", "usa": "united states", "us": "united states",
                  "britain": "united kingdom", "great britain": "united kingdom",
                  "uk": "united kingdom", "the united states": "united states"}

# Long forms of wire services usually written as bare acronyms.
AGENCY_NAMES = {"afp": "Agence France-Presse", "ap": "Associated Press", "upi": "United Press International"}


@dataclass
class Group:
    """An organization or place being assembled from its mentions."""

    key: tuple[str, ...]
    name: str
    mentions: list[Mention] = field(default_factory=list)
    acronym: Optional[str] = None


def build_organizations(orgs: list[Candidate], text: str, missed: list[Candidate] = ()) -> list[Entity]:
    """One Entity per organization, long forms merged with acronyms, ids o1, o2, ... ``missed``
    (:func:`missed_mentions`) are more mentions of names found: they join their name's
    organization and make none."""
    defined = defined_acronyms(orgs, text)
    things = names_of_things(orgs)
    orgs = [c for c in orgs if normalize(c.text) not in things]
    groups: list[Group] = []
    by_key: dict[tuple, Group] = {}
    by_last: dict[str, list[Group]] = {}
    # whether the article also writes a word in lowercase: one text scan per distinct word, not per mention
    also_in_lowercase = lru_cache(maxsize=None)(lambda word: written_in_lowercase(word, text))
    calm = {normalize(c.text) for c in orgs if is_acronym(c.text) and not among_capitals(c, text)}
    for c in sorted(orgs, key=lambda c: c.start):
        titled, c = c, without_trailing_title(c)
        if in_person_title(c, text) or c is not titled and is_known_place(c.text):
            continue  # 'Home Secretary'; 'the Los Angeles Sheriff's office': a place's official
        key = org_key(c.text)
        if not key or is_generic_word(c.text, also_in_lowercase) and not shares_plural_head(c) \
                or is_shouted_word(c, text, also_in_lowercase) \
                or normalize(c.text) not in calm and in_shouted_line(c, text):
            continue
        prefix = name_before_of(key)
        group = by_key.get(key) or (by_key.get(prefix) or subset_match(prefix, by_last) if prefix else None) \
            or subset_match(key, by_last)  # 'Italian Supreme Court of Cassation' ~ 'Supreme Court'
        if group is None:
            group = Group(key, c.text)
            groups.append(group)
            by_last.setdefault(key[-1], []).append(group)
            if prefix:
                by_last.setdefault(prefix[-1], []).append(group)
        by_key[key] = group
        if prefix:
            by_key.setdefault(prefix, group)  # '... Space Museum of McMinnville' ~ '... Space Museum'
        add_mention(group, c, text)
    for c in missed:
        group = by_key.get(org_key(c.text))
        if group is not None:
            add_mention(group, c, text)
    return entities_of(merge_acronyms(merge_short_forms(groups, text), defined), "o")


def merge_short_forms(groups: list[Group], text: str) -> list[Group]:
    """Fold a name into the one longer name it begins, when the article wrote the long one first:
    'Laurentide' after 'Laurentide Aero Inc.', 'Golden Crust' after 'Golden Crust Bakeries'. Apart
    stay a short form that begins two long ones ('Apex' of 'Apex Mining' and 'Apex Foods'), a name
    with its own legal suffix ('Ogden Corp.' beside its unit 'Ogden Projects Inc.'), a company beside
    its branch in a place ('Zorvex' and 'Zorvex UK') and the first of two names joined by a hyphen
    ('Washington Post-ABC News')."""
    first = {id(g): min(m.start for m in g.mentions) for g in groups}  # merging adds only later mentions
    kept = []
    for g in groups:
        longer = [other for other in groups if len(other.key) > len(g.key)
                  and other.key[:len(g.key)] == g.key and first[id(other)] < first[id(g)]]
        if len(longer) == 1 and not any(has_legal_suffix(m.text) for m in g.mentions) \
                and not names_a_place(" ".join(longer[0].key[len(g.key):])) \
                and not any(joined_by_hyphen(m, g.key, text) for m in longer[0].mentions):
            longer[0].mentions.extend(g.mentions)
        else:
            kept.append(g)
    return kept


def names_a_place(words: str) -> bool:
    return is_known_place(words) or words in PLACE_ABBREVIATIONS


def has_legal_suffix(name: str) -> bool:
    words = normalize(name).split()
    return len(words) > 1 and words[-1] in LEGAL_SUFFIXES


def joined_by_hyphen(mention: Mention, key: tuple[str, ...], text: str) -> bool:
    """Whether a hyphen follows the words of ``key`` at the start of the mention."""
    words = list(re.finditer(r"[^\s-]+", mention.text))
    if len(words) <= len(key):
        return False
    end = mention.start + words[len(key) - 1].end()
    return text[end:end + 1] in "-–"


def missed_mentions(doc: Doc, orgs: list[Candidate], others: list[Candidate]) -> list[Candidate]:
    """Where the article writes an organization's name again and NER tagged nothing there ('a
    study by TransLink.' after 'TransLink says'): more mentions of the same name, outside every
    other name's span and not run on into another capitalised word (the start of a longer name:
    'Laurentide' of a headline's 'Laurentide Aero cuts'). Not a one-word name the article also
    writes in lowercase ('Library')."""
    text = doc_text(doc)
    forms = {c.text for c in orgs if len(c.text) >= 2 and c.text[:1].isupper()
             and (" " in c.text or is_acronym(c.text) or not written_in_lowercase(c.text, text))}
    return [Candidate(m.start, m.end, ORG, m.text, doc.char_span(m.start, m.end))
            for m in written_again(text, forms, others, r"[\w'’&.-]", r"[\w&-]|\s+[A-Z]")]


def build_locations(places: list[Candidate], text: str) -> list[Entity]:
    """One Entity per place (same spelling, synonym or acronym), ids l1, l2, ..."""
    groups: dict[tuple, Group] = {}
    for c in sorted(places, key=lambda c: c.start):
        key = tuple(PLACE_SYNONYMS.get(normalize(c.text), normalize(c.text)).split())
        if key:
            add_mention(groups.setdefault(key, Group(key, c.text)), c, text)
    return entities_of(merge_acronyms(list(groups.values()), {}), "l")


def org_key(name: str) -> tuple[str, ...]:
    """Comparison tokens of an org name: no leading 'the', no legal suffix."""
    tokens = normalize(name).split()
    if len(tokens) > 1 and tokens[0] == "the":
        tokens = tokens[1:]
    while len(tokens) > 1 and tokens[-1] in LEGAL_SUFFIXES:
        tokens = tokens[:-1]
    return tuple(tokens)


def name_before_of(key: tuple) -> tuple:
    """The words before a trailing 'of ...' or 'for ...' when they are a name of three words or more
    on their own ('evergreen aviation space museum' of '... museum of mcminnville'); else ()."""
    cut = next((i for i, word in enumerate(key) if word in ("of", "for")), 0)
    return key[:cut] if cut >= 3 else ()


def subset_match(key: tuple, by_last: dict) -> Optional[Group]:
    """An earlier org with the same last word whose words contain this one's or vice versa, both
    of two words or more; or, for one word, the name after the 'of' of the other ('Scientology' ~
    'Church of Scientology')."""
    for group in reversed(by_last.get(key[-1], [])):
        shorter, longer = sorted((key, group.key), key=len)
        if len(shorter) == 1:
            if len(longer) >= 3 and longer[-2] == "of":
                return group
        elif set(shorter) <= set(longer):
            return group
    return None


def add_mention(group: Group, c: Candidate, text: str) -> None:
    group.mentions.append(Mention.of(text, c.start, c.end))
    if is_better_name(c.text, group.name):
        group.name = c.text


def is_better_name(new: str, old: str) -> bool:
    """Prefer a spelled-out name to an acronym, then more words."""
    if is_acronym(old) != is_acronym(new):
        return is_acronym(old)
    return len(new.split()) > len(old.split())


def defined_acronyms(orgs: list[Candidate], text: str) -> dict[str, tuple]:
    """Acronyms defined in the text: 'Shanghai Cooperation Organization (SCO)' -> {'sco': key}, and
    an acronym glossed after it, as one from another language often is: 'CEI (Italian Episcopal
    Conference)' -> {'cei': key}."""
    found = {}
    starts = {c.start: c for c in orgs if len(c.text.split()) > 1}
    for c in orgs:
        match = PARENTHESISED.match(text, c.end)
        if match and len(c.text.split()) > 1:
            found[normalize(match.group(1)).replace(" ", "")] = org_key(c.text)
        opening = OPENING_PARENTHESIS.match(text, c.end) if is_acronym(c.text) else None
        gloss = starts.get(opening.end()) if opening else None
        if gloss is not None and text[gloss.end:gloss.end + 1] == ")":
            found.setdefault(normalize(c.text).replace(" ", ""), org_key(gloss.text))
    return found


def acronyms_of_places(orgs: list[Candidate], places: list[Candidate], text: str) -> list[Candidate]:
    """Org mentions that are a place's acronym ('KSC' beside 'Kennedy Space Center'), by its exact
    initials or a parenthesised definition, relabelled as places."""
    keys = {org_key(p.text) for p in places if len(p.text.split()) > 1}
    defined = defined_acronyms(places, text)
    short_forms = {form for k in keys for form in (initials(k), every_initial(k))}
    moved = []
    for c in orgs:
        short = normalize(c.text).replace(" ", "")
        if is_acronym(c.text) and (defined.get(short) in keys or short in short_forms):
            moved.append(replace(c, label="LOC"))
    return moved


def initials(key: tuple) -> str:
    return "".join(w[0] for w in key if w not in MINOR_WORDS)


def every_initial(key: tuple) -> str:
    """Initials of all the words, minor ones too: (bank, of, england) -> "boe"."""
    return "".join(w[0] for w in key)


def abbreviates(short: str, key: tuple) -> bool:
    """'un' ~ (united, nations); 'cica' ~ (conference, on, interaction, ... asia) by ordered initials."""
    letters = initials(key)
    if len(short) < 2 or len(key) < 2 or not letters:
        return False
    if short == letters or short == every_initial(key):
        return True
    if len(short) < 3 or short[0] != letters[0] or short[-1] != letters[-1]:
        return False
    it = iter(letters)
    return all(ch in it for ch in short)


def merge_acronyms(groups: list[Group], defined: dict[str, tuple]) -> list[Group]:
    """Fold each acronym group into the long-form group it abbreviates (defined ones first)."""
    long_forms = [g for g in groups if len(g.key) > 1]
    kept = []
    for g in groups:
        short = "".join(g.key)
        target = None
        if len(g.key) == 1 and is_acronym(g.name):
            target = next((lf for lf in long_forms if lf.key == defined.get(short)), None) or next(
                (lf for lf in long_forms if abbreviates(short, lf.key)), None)
        if target is None:
            kept.append(g)
            continue
        target.mentions.extend(g.mentions)
        target.acronym = target.acronym or g.name
    for g in kept:
        if g.acronym is None:
            g.acronym = acronym_defined_for(g.key, defined)
    return kept


def acronym_defined_for(key: tuple, defined: dict[str, tuple]) -> Optional[str]:
    return next((a.upper() for a, k in defined.items() if k == key), None)


def entities_of(groups: list[Group], prefix: str) -> list[Entity]:
    """Entities ordered by first mention, mentions sorted by start, ids prefix1, prefix2, ..."""
    for g in groups:
        g.mentions.sort(key=lambda m: (m.start, m.end))
    groups = sorted(groups, key=lambda g: g.mentions[0].start)
    return [Entity(id=f"{prefix}{i}", name=spelled_out(g), mentions=g.mentions, acronym=g.acronym)
            for i, g in enumerate(groups, 1)]


def spelled_out(group: Group) -> str:
    """The group's name, with a bare wire-service acronym written out ('AFP' -> 'Agence France-Presse')."""
    return AGENCY_NAMES.get(group.name.lower(), group.name) if len(group.key) == 1 else group.name
