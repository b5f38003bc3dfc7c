"""Resolve the subject of a reporting verb ("Xi", "he", "the minister") to a participant or organization."""
from __future__ import annotations

import bisect
from typing import Optional

from spacy.tokens import Doc, Span, Token

from .model import Entities, Entity, Mention, Speaker

PERSONAL_PRONOUNS = {"he", "she", "him", "her"}
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our"}
PHRASE_DEPS = {"compound", "amod", "det", "poss", "flat", "nmod", "case", "nummod", "quantmod", "advmod"}
MAX_PRONOUN_DISTANCE = 1500  # characters back to look for a pronoun's antecedent


class SpeakerResolver:
    """Finds who a subject phrase refers to, using the document's entities as antecedents."""

    def __init__(self, doc: Doc, text: str, entities: Entities):
        self.doc, self.text, self.entities = doc, text, entities
        mentions = sorted((m.start, m.end, p) for p in entities.participants for m in p.mentions)
        self._person_starts = [start for start, _, _ in mentions]
        self._person_mentions = mentions

    def _phrase(self, head: Token) -> Span:
        """The subject's words up to its head ("Chinese President Xi Jinping", "a spokeswoman")."""
        doc = head.doc
        for child in head.children:  # "his spokesman, Dmitry Peskov": the name is the speaker
            if child.dep_ == "appos" and self.entities.at(child.idx, child.idx + len(child.text)):
                return doc[child.left_edge.i:child.i + 1]
        start = head.i
        while start > 0 and doc[start - 1].dep_ in PHRASE_DEPS and head.left_edge.i <= start - 1 \
                and not doc[start - 1].is_punct:
            start -= 1
        end = head.i + 1
        while end < len(doc) and doc[end].dep_ in ("compound", "flat") and doc[end].head is head:
            end += 1
        return doc[start:end]

    def _entity_in(self, span: Span) -> Optional[Entity]:
        entity = self.entities.at(span.start_char, span.end_char)
        if entity is None or any(entity is loc for loc in self.entities.locations):
            return None
        return entity

    def _antecedent(self, offset: int) -> Optional[Entity]:
        """The person most recently mentioned before ``offset``, preferring sentence subjects."""
        index = bisect.bisect_left(self._person_starts, offset)
        fallback = None
        for start, end, person in reversed(self._person_mentions[max(0, index - 12):index]):
            if offset - start > MAX_PRONOUN_DISTANCE:
                break
            span = self.doc.char_span(start, end, alignment_mode="expand")
            if span is not None and span.root.dep_ in ("nsubj", "nsubjpass"):
                return person
            fallback = fallback or person
        return fallback

    def _by_name(self, head: Token) -> Optional[Entity]:
        """A proper-noun subject NER missed ("Lopez told ...") matched to a participant's name."""
        if head.pos_ != "PROPN":
            return None
        word = head.text.lower()
        for person in self.entities.participants:
            if word in person.name.lower().split():
                return person
        return None

    def _by_role(self, head: Token) -> Optional[Entity]:
        """"the minister" -> the latest person titled minister; "the union" -> an org named ...Union."""
        noun = head.lemma_.lower()
        people = [p for p in self.entities.participants
                  if any(noun in title.lower().split() for title in p.titles)]
        if people:
            return max(people, key=lambda p: max((m.start for m in p.mentions if m.start < head.idx),
                                                 default=-1))
        return next((o for o in self.entities.organizations if noun in o.name.lower().split()), None)

    def _speaker(self, entity: Optional[Entity], mention: Mention, fallback_name: Optional[str]) -> Speaker:
        if entity is not None:
            return Speaker(entity.name, entity.id, mention)
        return Speaker(fallback_name, None, mention)

    def from_token(self, head: Token) -> Speaker:
        phrase = self._phrase(head)
        mention = Mention.of(self.text, phrase.start_char, phrase.end_char)
        if head.lower_ in PERSONAL_PRONOUNS:
            return self._speaker(self._antecedent(head.idx), mention, None)
        entity = self._entity_in(head.doc[head.i:head.i + 1]) or self._entity_in(phrase) or self._by_name(head)
        if entity is None and head.pos_ == "NOUN":
            entity = self._by_role(head)
        words = [t.text for t in phrase if t.lower_ not in DETERMINERS and not t.is_punct]
        return self._speaker(entity, mention, " ".join(words) or phrase.text)

    def from_span(self, span: Span) -> Speaker:
        mention = Mention.of(self.text, span.start_char, span.end_char)
        entity = self._entity_in(span)
        words = [t.text for t in span if t.lower_ not in DETERMINERS]
        return self._speaker(entity, mention, " ".join(words) or span.text)
