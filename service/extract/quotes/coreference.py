"""Who a pronoun or a definite description refers to: genders and ages read from the text,
salience-ranked antecedents.

Genders come from the article (honorifics and gendered role words in a person's titles or right
before a name, "Mrs.", "spokeswoman"; pronouns in a stretch of text that mentions exactly one
person, "Lopez said she ...") and from census first names (given_names.py). Salience follows the
Lappin and Leass idea: every mention of an entity has a weight that halves with each sentence of
narration between (sentences wholly inside quotation marks are speech, not distance; an entity
scores its best mention); subjects and speakers weigh more, and mentions
inside quotation marks weigh little (the people a speaker talks about are rarely the speaker).
Ages come from the text around a person's mentions ('Keith Dunn, 43,', 'the 32-year-old labourer
Mohammad Al Mnajer'), so 'the 32-year-old labourer said' can find its person; roles from copulas
('Ferreyra is one of 14 tenants'), so 'the tenant said' can.
"""
from __future__ import annotations

import bisect
import copy
import re
from collections import Counter, defaultdict
from itertools import accumulate
from typing import Callable, Iterable, Optional

from spacy.tokens import Doc, Token

from ..entities import given_name_gender, title_heads
from ..model import Entity
from ..text import (
    FEMALE_PRONOUNS,
    MALE_PRONOUNS,
    is_person_noun,
    is_subject,
    tokens_with,
    word_set,
)

MALE_WORDS = word_set(__package__, "male_words")
FEMALE_WORDS = word_set(__package__, "female_words")
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
DECAY = 0.5            # weight kept per sentence of distance
WINDOW_SENTENCES = 8   # how far back an antecedent may be
ANYWHERE = 10 ** 6     # a window that covers the whole article
MAX_ROWS_SCANNED = 400  # the most recent mentions looked at: bounds the work on a giant text
SUBJECT_WEIGHT = 2.0
SPEAKER_WEIGHT = 3.0
QUOTED_WEIGHT = 0.1
UNKNOWN_GENDER_WEIGHT = 0.5


AGE_AFTER = re.compile(r"[ \t]*,[ \t]*(\d{1,3})[ \t]*,")  # 'Keith Dunn, 43, said'
AGE_BEFORE = re.compile(r"(\d{1,3})-year-old[ \t]+(?:[a-z-]+[ \t]+){0,3}$")  # '32-year-old labourer X'
AGE_WORD = re.compile(r"\b(\d{1,3})-year-old\b")
AGE_CONTEXT_CHARS = 60


def person_ages(text: str, people: list[Entity]) -> dict[str, set[int]]:
    """Person id -> the ages the text gives right after a mention ('Keith Dunn, 43,') or in an
    'N-year-old' just before one."""
    ages: dict[str, set[int]] = defaultdict(set)
    for person in people:
        for m in person.mentions:
            after = AGE_AFTER.match(text, m.end)
            before = AGE_BEFORE.search(text[max(0, m.start - AGE_CONTEXT_CHARS):m.start])
            ages[person.id].update(int(found.group(1)) for found in (after, before) if found)
    return dict(ages)


def age_in(words: str) -> Optional[int]:
    """The N of an 'N-year-old' in a description ('the 32-year-old labourer'), else None."""
    found = AGE_WORD.search(words)
    return int(found.group(1)) if found else None


GIVEN_NAME_VOTES = 3  # a census-gendered first name outweighs two stray pronouns
def pronoun_gender(word: str) -> Optional[str]:
    word = word.lower()
    return "m" if word in MALE_PRONOUNS else "f" if word in FEMALE_PRONOUNS else None


def word_gender(word: str) -> Optional[str]:
    word = word.lower().strip(".")
    return "m" if word in MALE_WORDS else "f" if word in FEMALE_WORDS else None


class AntecedentSalience:
    """Weighted mentions of entities by position; ranks the candidates for a reference at an offset."""

    def __init__(self, doc: Doc, quoted: Iterable[tuple[int, int]] = ()):
        self.doc = doc
        self._quoted = sorted(quoted)
        self._quoted_starts = [s for s, _ in self._quoted]
        sentences = list(doc.sents)
        self._sentence_starts = [s.start_char for s in sentences]
        self._narrative_index = list(accumulate(0 if self._wholly_quoted(s) else 1 for s in sentences))
        self._rows: list[tuple[int, Entity, float]] = []  # (start, entity, weight), kept sorted
        self._starts: list[int] = []

    def empty_copy(self) -> "AntecedentSalience":
        """Another ranking over the same sentences and quotations, read once, with no mentions yet."""
        other = copy.copy(self)
        other._rows, other._starts = [], []
        return other

    def sentence_of(self, offset: int) -> int:
        """How many sentences of narration (not wholly inside quotation marks) come up to ``offset``:
        distances count these, so a three-sentence quotation does not push back the person named
        before it."""
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        return self._narrative_index[i] if i >= 0 else 0

    def _wholly_quoted(self, sentence) -> bool:
        words = [t for t in sentence if not (t.is_punct or t.is_space)]
        if not words:
            return False
        i = bisect.bisect_right(self._quoted_starts, words[0].idx) - 1
        return i >= 0 and words[-1].idx + len(words[-1].text) <= self._quoted[i][1]

    def is_quoted(self, offset: int) -> bool:
        i = bisect.bisect_right(self._quoted_starts, offset) - 1
        return i >= 0 and offset < self._quoted[i][1]

    def add(self, entity: Entity, start: int, end: int, speaker: bool = False) -> None:
        """Record a mention of ``entity`` at text[start:end]; its grammatical role sets its weight."""
        if speaker:
            weight = SPEAKER_WEIGHT
        elif self.is_quoted(start):
            weight = QUOTED_WEIGHT
        else:
            span = self.doc.char_span(start, end, alignment_mode="expand")
            weight = SUBJECT_WEIGHT if span is not None and is_subject(span.root) else 1.0
        at = bisect.bisect_left(self._starts, start)
        self._starts.insert(at, start)
        self._rows.insert(at, (start, entity, weight))

    def ranked(self, offset: int, allowed=lambda entity: 1.0,
               window: int = WINDOW_SENTENCES) -> list[tuple[float, Entity]]:
        """Entities mentioned before ``offset``, best first; ``allowed`` scales (or zeroes) each one."""
        here = self.sentence_of(offset)
        scores: dict[str, float] = defaultdict(float)
        by_id: dict[str, Entity] = {}
        before = bisect.bisect_left(self._starts, offset)
        for row in range(before - 1, max(-1, before - 1 - MAX_ROWS_SCANNED), -1):
            start, entity, weight = self._rows[row]
            distance = here - self.sentence_of(start)
            if distance > window:
                break
            scores[entity.id] = max(scores[entity.id], weight * DECAY ** distance)
            by_id[entity.id] = entity
        ranked = [(score * allowed(by_id[eid]), by_id[eid]) for eid, score in scores.items()]
        return sorted((row for row in ranked if row[0] > 0), key=lambda row: -row[0])

    def best(self, offset: int, allowed=lambda entity: 1.0,
             window: int = WINDOW_SENTENCES) -> Optional[Entity]:
        ranked = self.ranked(offset, allowed, window)
        return ranked[0][1] if ranked else None

    def named_near(self, offset: int, sentences: int = 1) -> list[Entity]:
        """The distinct entities mentioned outside quotation marks before ``offset``, in its sentence
        and the ``sentences`` before it."""
        here = self.sentence_of(offset)
        found: dict[str, Entity] = {}
        before = bisect.bisect_left(self._starts, offset)
        for row in range(before - 1, max(-1, before - 1 - MAX_ROWS_SCANNED), -1):
            start, entity, _ = self._rows[row]
            if here - self.sentence_of(start) > sentences:
                break
            if not self.is_quoted(start):
                found.setdefault(entity.id, entity)
        return list(found.values())

    def best_near_else_anywhere(self, offset: int, allowed=lambda entity: 1.0) -> Optional[Entity]:
        """The best candidate in the usual window, else the best one anywhere before ``offset``."""
        return self.best(offset, allowed) or self.best(offset, allowed, ANYWHERE)


def predicate_roles(doc: Doc, entity_at: Callable[[Token], Optional[Entity]]) -> dict[str, set[str]]:
    """Entity id -> the person nouns a copula says the entity is ('Ferreyra is one of 14
    tenants', 'Okafor was the driver'; not 'was not the driver'), so that 'the tenant said' can find
    its person as a title would."""
    roles: dict[str, set[str]] = defaultdict(set)
    for verb in tokens_with(doc, "LEMMA", ("be",)):
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        noun = next((c for c in verb.children if c.dep_ == "attr"), None)
        if subject is None or noun is None or any(c.dep_ == "neg" for c in verb.children):
            continue
        if noun.lower_ == "one":  # 'one of 14 tenants'
            of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        entity = entity_at(subject)
        if entity is not None and noun is not None and noun.pos_ == "NOUN" \
                and is_person_noun(noun.lemma_.lower()):
            roles[entity.id].add(noun.lemma_.lower())
    return dict(roles)


def person_genders(doc: Doc, text: str, people: list[Entity], quoted=lambda offset: False) -> dict[str, str]:
    """Person id -> "m" or "f" where the article makes it clear; unknown people are left out.

    Pronouns inside quotation marks do not vote: there they mostly point at someone else.
    """
    votes: dict[str, Counter] = defaultdict(Counter)
    owner: list[tuple[int, Entity]] = sorted((m.start, p) for p in people for m in p.mentions)
    for person in people:
        clues = [(given_name_gender(person.name), GIVEN_NAME_VOTES)]
        clues += [(word_gender(word), 2) for title in person.titles for word in title_heads(title)]
        clues += [(word_gender(before[-1]), 2) for mention in person.mentions
                  if (before := text[max(0, mention.start - 12):mention.start].split())]
        for gender, weight in clues:
            if gender:
                votes[person.id][gender] += weight
    starts = [start for start, _ in owner]
    sentences = list(doc.sents)
    sentence_starts = [sentence.start for sentence in sentences]
    for token in tokens_with(doc, "LOWER", MALE_PRONOUNS | FEMALE_PRONOUNS):
        if quoted(token.idx):
            continue
        i = bisect.bisect_right(sentence_starts, token.i) - 1  # the token's sentence
        window_start = sentences[i - 1].start_char if i else sentences[i].start_char
        low, high = bisect.bisect_left(starts, window_start), bisect.bisect_left(starts, token.idx)
        persons = {p.id for _, p in owner[low:high]}
        if len(persons) == 1:
            votes[persons.pop()][pronoun_gender(token.text)] += 1
    genders = {}
    for person_id, counter in votes.items():
        (gender, count), = counter.most_common(1)
        if count > sum(counter.values()) - count:
            genders[person_id] = gender
    return genders


def gender_filter(genders: dict[str, str], wanted: Optional[str]):
    """Weight function for AntecedentSalience.ranked: same gender 1, unknown less, the other gender 0."""
    def allowed(entity: Entity) -> float:
        known = genders.get(entity.id)
        if wanted is None or known == wanted:
            return 1.0
        return UNKNOWN_GENDER_WEIGHT if known is None else 0.0
    return allowed
