"""Resolve the subject of a reporting verb ("Xi", "he", "the minister", "it") to a participant or organization."""
from __future__ import annotations

from functools import cached_property
from typing import Iterable, Optional

from spacy.tokens import Doc, Span, Token

from ..entities import TITLE_WORDS, given_name_gender, head_word, title_heads
from ..model import Entities, Entity, Mention, Speaker
from ..text import is_person_noun, tokens_with, word_set
from .coreference import (
    ANYWHERE,
    DECAY,
    AntecedentSalience,
    age_in,
    gender_filter,
    person_ages,
    person_genders,
    predicate_roles,
    pronoun_gender,
    word_gender,
)
from .subject_phrases import (
    DETERMINERS,
    is_common_noun,
    is_name,
    name_of,
    subject_phrase,
    whole_description,
)

ORG_PRONOUNS = {"it"}
PLURAL_PRONOUNS = {"they"}
RELATIVE_PRONOUNS = {"who", "which", "that"}
DEFINITE = {"the", "this", "that"}
ORG_POSSESSIVES = {"its", "their"}  # 'its chief executive said': the one who holds that post
INDEFINITE = {"a", "an", "another", "one"}
# nouns that name an organization when used with "the": "the company said", "the union says"
ORG_NOUNS = word_set(__package__, "org_nouns")
# things that "say" on someone's behalf: "a statement from the union said"
DOCUMENT_NOUNS = word_set(__package__, "document_nouns")
SOURCE_PREPOSITIONS = {"from", "by"}
CONTRAST_PREPOSITIONS = {"unlike", "like", "besides", "except"}  # 'Unlike X, he': he is not X
SPOKESPERSON_NOUNS = frozenset("spokesman spokeswoman spokesperson representative official".split())
PLURAL_TAGS = {"NNS", "NNPS"}
PLURAL_LOOKBACK_SENTENCES = 2
FOCUS_SENTENCES = 3  # how many sentences before a description the person in focus may be named
FOCUS_MARGIN = 0.5  # the person in focus outweighs any other by this much
MAX_PRONOUN_CHAIN = 8  # subject pronouns followed back to the first of a run
UNLINKED = "unlinked:"  # id prefix of named speakers that are not participants (never output)


class SpeakerResolver:
    """Finds who a subject phrase refers to, using the document's entities as antecedents.

    Call :meth:`record` with each resolved quote in text order: the speakers of earlier quotes are
    the likeliest antecedents of a later "he said".
    """

    def __init__(self, doc: Doc, text: str, entities: Entities, quoted: Iterable[tuple[int, int]] = ()):
        self.doc, self.text, self.entities = doc, text, entities
        self.people = AntecedentSalience(doc, quoted)
        self.orgs = self.people.empty_copy()
        for person in entities.participants:
            for m in person.mentions:
                self.people.add(person, m.start, m.end)
        for org in entities.organizations:
            for m in org.mentions:
                self.orgs.add(org, m.start, m.end)
        self.genders = person_genders(doc, text, entities.participants, self.people.is_quoted)
        self._kinds = {e.id: kind for kind, group in (("person", entities.participants),
                                                      ("org", entities.organizations)) for e in group}
        self._by_id = {e.id: e for e in entities.participants + entities.organizations}

    # ------------------------------------------------------------------ the subject's words
    def _named_apposition(self, head: Token) -> Optional[Token]:
        """The name beside a description: "his spokesman, Dmitry Peskov", "the aid group Gatsby",
        "Keeper of the Ruler's Seal, Syed Danial Syed Ahmad"."""
        names = [c for c in head.children if c.dep_ == "appos" and is_name(c)]
        if names and is_common_noun(head):
            return names[0]
        if head.pos_ in ("NOUN", "PROPN") and self._entity_at(head) is None:
            # a person's name closing the whole subject phrase, hung on a word inside it
            last = max((t.i for t in head.subtree if not t.is_punct), default=head.i)
            return next((t for t in head.subtree if t.dep_ == "appos" and t.right_edge.i == last
                         and self._kind(self._entity_at(t)) == "person"), None)
        return None

    # ------------------------------------------------------------------ antecedents
    def _entity_at(self, token: Token) -> Optional[Entity]:
        return self._entity_in(token.doc[token.i:token.i + 1])

    def _entity_in(self, span: Span) -> Optional[Entity]:
        entity = self.entities.at(span.start_char, span.end_char)
        if entity is None or entity.id not in self._kinds:
            return None
        return entity

    def _by_name(self, head: Token) -> Optional[Entity]:
        """A proper-noun subject NER missed ("Lopez told ...", "Facebook said") matched by name:
        a person with that word in the name, else an organization of that name or acronym. A
        capitalised word the tagger took for a common noun counts when it is a word of a participant's
        name ('"...," Baines said')."""
        word = head.text.lower()

        def named(entity: Entity) -> float:
            return 1.0 if word in entity.name.lower().split() else 0.0
        family = [p for p in self.entities.participants if named(p)]
        if not (is_name(head) or head.is_title and head.i > head.sent.start and family):
            return None
        person = self.people.best(head.idx, named, ANYWHERE) or next(iter(family), None)
        if person is not None:
            return person
        return next((o for o in self.entities.organizations
                     if word in (o.name.lower(), (o.acronym or "").lower())), None)

    def _by_role(self, head: Token, phrase: Span) -> Optional[Entity]:
        """"the minister" -> the most salient person titled minister; "the union" -> an organization.

        Words before the noun must fit the organization: "the Canadian government" is not the
        Australian Government.
        """
        noun = head.lemma_.lower()

        def has_title(person: Entity) -> float:
            return 1.0 if noun in self._roles.get(person.id, ()) else 0.0
        if not any(t.lower_ in DEFINITE or t.lower_ in ORG_POSSESSIVES for t in phrase):
            return self._only_titled(noun, head)
        titled = self.people.best_near_else_anywhere(head.idx, has_title) or self._only_titled(noun, head)
        if titled is not None:  # named before, or the one person with that title named later
            return titled
        modifiers = [t.lower_ for t in phrase if t.i != head.i and t.lower_ not in DETERMINERS]
        fits = [o for o in self.entities.organizations if all(w in o.name.lower() for w in modifiers)]
        named = [o for o in fits if noun in (words := o.name.lower().split())
                 and (noun == head_word(words) or not is_person_noun(noun))]  # 'the tenant': no Tenant Board
        if named or noun in ORG_NOUNS:
            ranked = self.orgs.ranked(head.idx, lambda o: 1.0 if o in (named or fits) else 0.0)
            tied = [entity for score, entity in ranked if score == ranked[0][0]] if ranked else []
            return max(tied, key=lambda o: len(o.mentions)) if tied else None  # the article's own company
        return None

    def _by_age(self, head: Token) -> Optional[Entity]:
        """'The 32-year-old labourer said' -> the one participant the text gives that age."""
        age = age_in(self.text[head.left_edge.idx:head.idx + len(head.text)])
        if age is None:
            return None
        aged = [p for p in self.entities.participants if age in self._ages.get(p.id, ())]
        return aged[0] if len(aged) == 1 else None

    def _by_epithet(self, head: Token, phrase: Span) -> Optional[Entity]:
        """'The 52-year-old baker said', 'the bow-tied maverick said': a definite description of a
        person that names no office refers to the person in focus (:meth:`_in_focus`).

        Left unresolved: an office ('the judge' nobody is titled with is someone unnamed, see
        :meth:`_by_role`), a noun of an organization or a document, and a description the article
        introduced as someone new ('a senior official ... the official said')."""
        noun = head.lemma_.lower()
        if (phrase[0].lower_ not in DEFINITE or head.tag_ in PLURAL_TAGS
                or not (is_person_noun(noun) or word_gender(noun) or is_age(head, phrase))
                or noun in TITLE_WORDS or head.lower_ in TITLE_WORDS or noun in ORG_NOUNS
                or noun in DOCUMENT_NOUNS or self._introduced_as_new(head)):
            return None
        if self.orgs.named_near(head.idx, 0):
            return None
        return self._in_focus(head.idx, gender_filter(self.genders, word_gender(head.text)))

    def _in_focus(self, offset: int, allowed=lambda entity: 1.0) -> Optional[Entity]:
        """The person in focus at ``offset``: the top-ranked person of its sentence and the three
        before, when no other comes within FOCUS_MARGIN of them. Someone named only inside quotation
        marks is talked about, not in focus."""
        ranked = self.people.ranked(offset, allowed, FOCUS_SENTENCES)
        if not ranked or ranked[0][0] < DECAY ** FOCUS_SENTENCES \
                or len(ranked) > 1 and ranked[1][0] > ranked[0][0] * FOCUS_MARGIN:
            return None
        return ranked[0][1]

    def _introduced_as_new(self, head: Token) -> bool:
        """Whether the noun came earlier with an indefinite article: 'a person familiar with ...'."""
        return self._first_indefinite.get(head.lemma_.lower(), len(self.doc)) < head.i

    @cached_property
    def _first_indefinite(self) -> dict[str, int]:
        """Noun lemma -> where it first comes with 'a', 'an', 'another' or 'one', read once."""
        first: dict[str, int] = {}
        for det in tokens_with(self.doc, "LOWER", INDEFINITE):
            if det.dep_ in ("det", "nummod"):  # 'a poster', 'one poster'
                first.setdefault(det.head.lemma_.lower(), det.head.i)
        return first

    @cached_property
    def _roles(self) -> dict[str, set[str]]:
        """Participant id -> what their titles say they are (``title_heads``) and what the text
        says they are ('Ferreyra is one of 14 tenants', ``predicate_roles``), read once."""
        said = predicate_roles(self.doc, self._entity_at)
        return {p.id: {head for title in p.titles for head in title_heads(title)} | said.get(p.id, set())
                for p in self.entities.participants}

    @cached_property
    def _ages(self) -> dict[str, set[int]]:
        """Person id -> ages, read only when a description gives one."""
        return person_ages(self.text, self.entities.participants)

    def _only_titled(self, noun: str, head: Token) -> Optional[Entity]:
        """'A Vancouver peewee hockey coach said' -> the one participant whose title is a coach
        (named before or after); none when no one or several are, the noun is plural or it names
        an organization ('camp', 'campaign')."""
        if head.tag_ in PLURAL_TAGS or noun in ORG_NOUNS:
            return None
        titled = [p for p in self.entities.participants if noun in self._roles[p.id]]
        return titled[0] if len(titled) == 1 else None

    def _source_in(self, head: Token) -> Optional[Entity]:
        """"a statement by the union", "the RCMP statement": the entity a document came from.
        An entity after "by" or "from" wins over one elsewhere in the phrase ("e-mailed to X"); one
        in a clause of what the document does is what it says, not who wrote it ("a statement backing X")."""
        found = []
        content = {t.i for c in head.children if c.dep_ == "acl" and c.tag_ == "VBG" for t in c.subtree}
        for token in head.subtree:  # 'a release sent from the union' and 'a study by X' keep theirs
            if token.i == head.i or token.dep_ == "relcl" or token.i in content:
                continue
            entity = self._entity_at(token)
            if entity is not None:
                preferred = token.head.lower_ in SOURCE_PREPOSITIONS or token.dep_ in ("poss", "compound")
                found.append((not preferred, token.i, entity))
        if found:
            return min(found, key=lambda row: row[:2])[2]
        owner = next((c for c in head.children if c.dep_ == "poss" and is_common_noun(c)), None)
        return self._by_role(owner, subject_phrase(owner)) if owner is not None else None  # "the union's release"

    def _represented_org(self, head: Token) -> Optional[Entity]:
        """The organization a spokesperson speaks for: "a spokeswoman for the company"."""
        if head.lemma_.lower() not in SPOKESPERSON_NOUNS:
            return None
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("for", "of", "at", "with")):
            for target in (c for c in prep.children if c.dep_ == "pobj"):
                entity = self._entity_at(target)
                if entity is None and is_common_noun(target):
                    entity = self._by_role(target, subject_phrase(target))
                if self._kind(entity) == "org":
                    return entity
        return None

    def _plural(self, pronoun: Token) -> Optional[Speaker]:
        """"they": the nearest plural or coordinated subject in this or the previous sentences."""
        sentence = self.people.sentence_of(pronoun.idx)
        for token in reversed(self.doc[max(0, pronoun.i - 120):pronoun.i]):
            if self.people.sentence_of(token.idx) < sentence - PLURAL_LOOKBACK_SENTENCES:
                break
            if token.dep_ in ("nsubj", "nsubjpass") and not self.people.is_quoted(token.idx) and (
                    token.tag_ in PLURAL_TAGS or any(c.dep_ == "conj" for c in token.children)
                    or self._kind(self._entity_at(token)) == "org"):
                speaker = self.from_token(token)
                return Speaker(speaker.name, speaker.id, None)
        return None

    def _chain_start(self, pronoun: Token, gender: str) -> Token:
        """The earliest of a run of subject pronouns of one gender ('he has been unable ... "...,"
        he said'), one sentence apart at most and with no person named between: they share a referent."""
        doc = pronoun.doc
        for _ in range(MAX_PRONOUN_CHAIN):  # bounded: a text of nothing but "he ..." stays linear
            sentence = pronoun.sent
            earliest = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
            earlier = None
            for token in reversed(doc[earliest:pronoun.i]):
                if self._kind(self._entity_at(token)) == "person" and not self.people.is_quoted(token.idx):
                    break
                if (token.dep_ in ("nsubj", "nsubjpass") and pronoun_gender(token.text) == gender
                        and not self.people.is_quoted(token.idx)):
                    earlier = token
                    break
            if earlier is None:
                return pronoun
            pronoun = earlier
        return pronoun

    def _pronoun_antecedent(self, pronoun: Token, gender: str) -> Optional[Entity]:
        """The likeliest person of that gender before a subject pronoun, leaving out anyone its own
        clause compares it with ('Unlike Al Mnajer, he ...' is someone else; 'For Espinos, he ...' is not).
        Beyond the window only the one person known to have that gender may be meant: with several,
        the answer is unknown rather than a guess."""
        same_gender = gender_filter(self.genders, gender)
        objects = [o for t in pronoun.head.children if t.dep_ == "prep" and t.lower_ in CONTRAST_PREPOSITIONS
                   for o in t.children if o.dep_ == "pobj"]
        own_clause = {e.id for o in objects
                      if (e := self._entity_in(o.doc[o.left_edge.i:o.right_edge.i + 1])) is not None}

        def allowed(entity: Entity) -> float:
            return 0.0 if entity.id in own_clause else same_gender(entity)
        near = self.people.best(pronoun.idx, allowed)
        if near is not None:
            return near
        far = [entity for _, entity in self.people.ranked(pronoun.idx, allowed, ANYWHERE) if allowed(entity) == 1.0]
        return far[0] if len(far) == 1 else None

    def _kind(self, entity: Optional[Entity]) -> Optional[str]:
        return self._kinds.get(entity.id) if entity is not None else None

    # ------------------------------------------------------------------ public
    def from_token(self, head: Token) -> Speaker:
        name = self._named_apposition(head)
        if name is not None:
            return self.from_token(name)
        phrase = subject_phrase(head)
        mention = Mention.of(self.text, phrase.start_char, phrase.end_char)
        word = head.lower_
        if word in RELATIVE_PRONOUNS and head.head.dep_ == "relcl":  # 'Dr. David Williams, who said'
            antecedent = self.from_token(head.head.head)
            return Speaker(antecedent.name, antecedent.id, mention)
        gender = pronoun_gender(word)
        if gender is not None:
            return _speaker(self._pronoun_antecedent(self._chain_start(head, gender), gender), mention, None)
        if word in ORG_PRONOUNS:
            return _speaker(self.orgs.best_near_else_anywhere(head.idx), mention, None)
        if word in PLURAL_PRONOUNS:
            plural = self._plural(head)
            return Speaker(plural.name, plural.id, mention) if plural else Speaker(None, None, mention)
        coordinated = any(c.dep_ == "conj" for c in head.children)
        entity = None if coordinated else (self._entity_at(head) or self._by_name(head))
        if entity is None and not coordinated and (is_common_noun(head) or is_age(head, phrase)):
            entity = (self._source_in(head) if head.lemma_.lower() in DOCUMENT_NOUNS
                      else self._by_role(head, phrase) or self._by_age(head) or self._by_epithet(head, phrase))
        if entity is not None:
            return _speaker(entity, mention, None)
        description = whole_description(head, phrase)
        mention = Mention.of(self.text, description.start_char, description.end_char)
        represented = self._represented_org(head)
        if represented is not None:  # "a spokeswoman for the company said": the company speaks
            return Speaker(represented.name, represented.id, mention)
        name = name_of(description)
        if is_name(head) and not coordinated:
            self._unlinked_person(name)
        return Speaker(name, None, mention)

    def _unlinked_person(self, name: str) -> Entity:
        """A named speaker NER missed ("Hereditary Chief Na'moks said"): not a participant, but a
        candidate antecedent for the "he said" that follows."""
        entity_id = UNLINKED + name
        if entity_id not in self._by_id:
            self._by_id[entity_id] = Entity(entity_id, name)
            self._kinds[entity_id] = "person"
            gender = given_name_gender(name)
            if gender:
                self.genders[entity_id] = gender
        return self._by_id[entity_id]

    def from_span(self, span: Span) -> Speaker:
        """The source of "according to X": resolved like a subject whose head is X's head."""
        return self.from_token(span.root)

    def follow_on(self, offset: int) -> Optional[Speaker]:
        """Speaker of a quotation with no reporting verb and no quote just before it: the person in focus."""
        person = self.people.best(offset)
        return Speaker(person.name, person.id, None) if person is not None else None

    def record(self, speaker: Optional[Speaker], offset: int) -> None:
        """A quote at ``offset`` went to ``speaker``: that entity becomes more salient from here on."""
        if speaker is None:
            return
        entity = self._by_id.get(speaker.id or UNLINKED + (speaker.name or ""))
        if entity is None:
            return
        at = speaker.mention.start if speaker.mention is not None else offset
        target = self.people if self._kind(entity) == "person" else self.orgs
        target.add(entity, at, at + 1, speaker=True)


def is_age(head: Token, phrase: Span) -> bool:
    """'the 52-year-old': an age standing alone for a person."""
    return head.pos_ == "ADJ" and age_in(phrase.text) is not None


def _speaker(entity: Optional[Entity], mention: Mention, fallback_name: Optional[str]) -> Speaker:
    if entity is not None:
        return Speaker(entity.name, None if entity.id.startswith(UNLINKED) else entity.id, mention)
    return Speaker(fallback_name, None, mention)
