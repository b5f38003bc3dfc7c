"""People: merge PERSON mentions into one entity per person and collect the titles they carry."""
from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Iterable, Optional, Sequence

from spacy.tokens import Doc, Span

from ..model import Entity, Mention
from ..text import SPEECH_VERBS, doc_text, is_english_word, is_subject, outside_regions
from .candidates import Candidate
from .given_names import (
    first_name_gender,
    given_name_gender,
    is_first_name,
)
from .labels import in_group_of_people
from .lexicon import ORG_DESCRIPTIONS, ORG_HEADS, ROMAN_NUMERAL
from .name_strings import normalize, written_again, written_in_lowercase
from .person_names import before_age
from .titles import (
    apposition_title,
    is_title_word,
    premodifier_title,
)

RECENT_FULL_NAME_CHARS = 400  # a full name this close before a bare surname claims it
SHARED_SURNAME_JOINT = re.compile(r"[ \t]+(?:and|&)[ \t]+")  # 'Raymond and Ellen Friesen'
MIN_MISSPELT_LENGTH = 5  # a lone word this long may be a surname with one letter wrong
# Text right after a name that marks a journalist's credit rather than a person in the story.
CREDIT_AFTER = re.compile(r"\s*(?:/|,\s*(?:The\s+)?(?:Associated Press|Canadian Press|CBC|CTV|Reuters|"
                          r"Global News|AFP|Bloomberg|Postmedia|Toronto Star|National Post)\b|"
                          r"\s+(?:has|have) (?:the (?:details|latest|story)|more)\b|"
                          r"\s+contributed\b|\s+reports\s*[.:]|\s+is an? [^.\n]{0,40}"
                          r"(?:writer|journalist|reporter|columnist|contributor|editor|photographer)\b)")
CREDIT_BEFORE = re.compile(r"(?:/\s*|\bAs\s+|\b[Ww]ith files from\s+(?:[^.\n]*?(?:,|and)\s+)?|"
                           r"\b(?:By|Photo:|Photo by|Image:|Credit:)\s+)$")


@dataclass
class Named:
    """A person mention ready for clustering: offsets, normalised name tokens, titles, span."""

    start: int
    end: int
    tokens: list[str]
    titles: list[str]
    span: Optional[Span]
    implied: Optional[str] = None  # the full name a shared surname gives: 'Raymond Friesen' of 'Raymond and Ellen Friesen'


@dataclass
class Cluster:
    """One person being assembled: the fullest name so far and every mention."""

    tokens: list[str]
    name: str
    starts: list[int] = field(default_factory=list)
    members: list[Named] = field(default_factory=list)

    def add(self, named: Named, text: str) -> None:
        bisect.insort(self.starts, named.start)
        self.members.append(named)
        if len(named.tokens) > len(self.tokens):
            self.tokens, self.name = named.tokens, text[named.start:named.end]

    def last_before(self, position: int) -> int:
        """Start of this person's latest mention before ``position``, or -1."""
        i = bisect.bisect_left(self.starts, position)
        return self.starts[i - 1] if i else -1


def build_people(persons: list[Candidate], doc: Doc, text: str, others: Iterable[Candidate] = (),
                 english_words: frozenset = frozenset(), credits: Sequence[tuple[int, int]] = ()) -> list[Entity]:
    """One Entity per person, ordered by first mention, ids p1, p2, ... No mention, not even one
    found again by its name, lies in ``credits`` (sign-offs, bylines, photo credits)."""
    named = [n for n in (strip_title(c, text, english_words) for c in persons)
             if n is not None and not is_credit(text, n.start, n.end) and not ends_in_title(n)]
    named.extend(outside_regions(recovered_mentions(doc, text, named, others, english_words), credits))
    named = with_shared_surnames(named, text)
    prose = doc_text(doc)  # metadata blanked
    clusters = [cl for cl in cluster_people(named, text)
                if not is_common_word(cl, prose)
                and not is_unintroduced_word(cl)
                and not is_phrase_of_words(cl, prose, english_words)]
    clusters.sort(key=lambda cl: cl.starts[0])
    return [to_entity(f"p{i}", cl, text) for i, cl in enumerate(clusters, 1)]


def strip_title(candidate: Candidate, text: str, english_words: frozenset = frozenset()) -> Optional[Named]:
    """Split 'President Xi' into the name 'Xi' and the title 'President'; None if no name is left."""
    span = candidate.span
    if span is None:
        return Named(candidate.start, candidate.end, name_tokens(candidate.text), [], span)
    before, apposition = premodifier_title(span), apposition_title(span)
    first = span.start
    while first < span.end - 1 and is_title_word(span.doc[first].text):
        first += 1
    start = max(candidate.start, span.doc[first].idx)
    if first > span.start:  # 'Chairwoman' of 'Chairwoman Donna Brazile', after 'Interim DNC' if any
        inside = text[candidate.start:span.doc[first - 1].idx + len(span.doc[first - 1].text)]
        before = f"{before} {inside}" if before else inside
    titles = [t for t in (before, apposition) if t]
    tokens = name_tokens(text[start:candidate.end])
    if not tokens or start >= candidate.end:
        return None
    return Named(start, candidate.end, tokens, titles, span)


def with_shared_surnames(named: list[Named], text: str) -> list[Named]:
    """'Raymond and Ellen Friesen': a first name joined by 'and' to a full name shares its surname,
    so Raymond is Raymond Friesen (his mention stays the word 'Raymond')."""
    by_start = {n.start: n for n in named}
    shared = []
    for n in named:
        joint = SHARED_SURNAME_JOINT.match(text, n.end) if len(n.tokens) == 1 else None
        partner = by_start.get(joint.end()) if joint else None
        if (partner is not None and len(partner.tokens) > 1 and n.tokens[0] != partner.tokens[0]
                and is_first_name(n.tokens[0]) and is_first_name(partner.tokens[0])):
            surname = text[partner.end - len(partner.tokens[-1]):partner.end]
            n = replace(n, tokens=[n.tokens[0], partner.tokens[-1]],
                        implied=f"{text[n.start:n.end]} {surname}")
        shared.append(n)
    return shared


def is_credit(text: str, start: int, end: int) -> bool:
    """A photo credit, byline or 'X has the details' video line: the name of a journalist."""
    line_start = text.rfind("\n", 0, start) + 1
    return bool(CREDIT_AFTER.match(text, end) or CREDIT_BEFORE.search(text[max(line_start, start - 80):start]))


def ends_in_title(n: Named) -> bool:
    """'Yellowhead MP', 'Liberal MLA': a title NER took for a name."""
    return len(n.tokens) > 1 and n.tokens[-1] in {"mp", "mla", "mpp", "mna", "ceo", "minister",
                                                  "president", "senator", "mayor", "premier"}


def is_common_word(cluster: Cluster, text: str) -> bool:
    """A one-word 'person' that is an ordinary word: tagged as one or written in lowercase too."""
    if len(cluster.tokens) > 1:
        return False
    spans = [n.span for n in cluster.members if n.span is not None]
    if spans and all(s[0].pos_ not in {"PROPN"} for s in spans):
        return True
    word = cluster.tokens[0]
    return written_in_lowercase(word, text)


def is_unintroduced_word(cluster: Cluster) -> bool:
    """A one-word 'person' never given a full name, a title or a voice: news introduces people
    ('Maria Lopez', 'Dr. Tam', 'Lopez said'); lone capitalised words are mostly places, products
    and brands NER took for people ('Surrey', 'Firefox')."""
    return len(cluster.tokens) == 1 and not has_person_evidence(cluster)


def is_phrase_of_words(cluster: Cluster, text: str, english_words: frozenset = frozenset()) -> bool:
    """'Slow Dance', 'Young Merlin', 'Bat Cave': a capitalised phrase that nothing marks as a person,
    whose first word the article also writes in lowercase and is no clearly gendered first name, or
    which is made of English words none of which is a first name ('Rand Paul' stays)."""
    tokens = cluster.tokens
    if len(tokens) < 2 or has_person_evidence(cluster):
        return False
    if not given_name_gender(" ".join(tokens)) and written_in_lowercase(tokens[0], text):
        return True
    if any(ROMAN_NUMERAL.fullmatch(word.upper()) for word in tokens[1:]):
        return False  # 'Muhammad V': a ruler's number, not a word
    return bool(english_words) and all(is_english_word(word, english_words) and not is_first_name(word)
                                       for word in tokens)


def has_person_evidence(cluster: Cluster) -> bool:
    """A title, a voice, an age ('Maya, 11,') or a place among people ('daughters Judy and Jaidaa')
    for some mention."""
    return any(is_person_title(t) for n in cluster.members for t in n.titles) or any(
        n.span is not None and (is_speaker(n.span) or before_age(n.span) or in_group_of_people(n.span))
        for n in cluster.members)


def is_person_title(title: str) -> bool:
    """'son', 'Mr.', 'mayor' but not 'razor company' or 'tech giant' (those describe organizations)."""
    words = normalize(title).split()
    return (bool(words) and words[-1] not in ORG_HEADS and words[-1] not in ORG_DESCRIPTIONS
            and not words[-1].endswith("ing"))  # not 'Overstating'


def is_speaker(span: Span) -> bool:
    """The subject of a verb of saying: 'Lopez said', 'said Lopez'."""
    root = span.root
    return root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_.lower() in SPEECH_VERBS


def name_tokens(name: str) -> list[str]:
    """Normalised tokens of a person's name, without generational suffixes."""
    tokens = normalize(name).split()
    while len(tokens) > 1 and tokens[-1] in {"jr", "sr", "ii", "iii", "iv"}:
        tokens.pop()
    return tokens


def cluster_people(named: list[Named], text: str) -> list[Cluster]:
    """Full names first, then single words attach to the most recent compatible person."""
    clusters: list[Cluster] = []
    by_last: dict[str, list[Cluster]] = {}
    by_token: dict[str, list[Cluster]] = {}
    ordered = sorted(named, key=lambda n: n.start)
    lone_words = Counter(n.tokens[0] for n in ordered if len(n.tokens) == 1)
    for n in [n for n in ordered if len(n.tokens) > 1] + [n for n in ordered if len(n.tokens) == 1]:
        target = (match_full_name(n, by_last) if len(n.tokens) > 1
                  else match_single_name(n, by_last, by_token))
        if target is None and len(n.tokens) == 1 and lone_words[n.tokens[0]] == 1:
            target = misspelt_surname_owner(n.tokens[0], clusters)
        if target is None:
            target = Cluster(n.tokens, text[n.start:n.end])
            clusters.append(target)
        old_tokens = set(target.tokens)
        target.add(n, text)
        index_cluster(target, old_tokens, by_last, by_token)
    return clusters


def index_cluster(cluster: Cluster, old_tokens: set, by_last: dict, by_token: dict) -> None:
    """Keep the surname and any-token indexes up to date after a cluster's name grew."""
    if cluster not in by_last.get(cluster.tokens[-1], []):
        by_last.setdefault(cluster.tokens[-1], []).append(cluster)
    for token in set(cluster.tokens) - old_tokens or set(cluster.tokens):
        if cluster not in by_token.get(token, []):
            by_token.setdefault(token, []).append(cluster)


def compatible(a: list[str], b: list[str]) -> bool:
    """Same surname and one name's words (initials allowed) all found in the other's."""
    if a[-1] != b[-1]:
        return False
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    return all(any(w == x or len(w) == 1 and x.startswith(w) for x in longer) for w in shorter)


def most_recent(options: list[Cluster], position: int) -> Optional[Cluster]:
    """The option mentioned last before ``position``, else the one mentioned first after it."""
    if not options:
        return None
    before = max(options, key=lambda c: c.last_before(position))
    if before.last_before(position) >= 0:
        return before
    return min(options, key=lambda c: c.starts[0])


def match_full_name(n: Named, by_last: dict) -> Optional[Cluster]:
    return most_recent([c for c in by_last.get(n.tokens[-1], []) if compatible(n.tokens, c.tokens)],
                       n.start)


def match_single_name(n: Named, by_last: dict, by_token: dict) -> Optional[Cluster]:
    """A surname goes to the latest person of that surname; another name word only if unambiguous."""
    word = n.tokens[0]
    surnamed = [c for c in by_last.get(word, []) if len(c.tokens) > 1]
    if len(surnamed) > 1:
        return shared_surname_owner(surnamed, n.start)
    if surnamed:
        return surnamed[0]
    others = [c for c in by_token.get(word, []) if word in c.tokens]
    if len(others) <= 1:
        return others[0] if others else None
    leading = [c for c in others if c.tokens[0] == word]
    # 'Kim' among Kim Jong-un and Kim Yong-chol: the one introduced first, usually the protagonist.
    return min(leading, key=lambda c: c.starts[0]) if leading else None


def misspelt_surname_owner(word: str, clusters: list[Cluster]) -> Optional[Cluster]:
    """The one person whose surname a lone word, used once, misspells by a letter ('Mauer' said,
    after 'K.C. Maurer'). Short words and first names ('Ellen' beside 'Allen') never count."""
    if len(word) < MIN_MISSPELT_LENGTH or first_name_gender(word) is not None:
        return None
    owners = [c for c in clusters if len(c.tokens) > 1 and one_letter_apart(word, c.tokens[-1])]
    return owners[0] if len(owners) == 1 else None


def one_letter_apart(a: str, b: str) -> bool:
    """One letter added, dropped or changed turns ``a`` into ``b`` (and they differ)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    shorter, longer = sorted((a, b), key=len)
    i = next((i for i, (x, y) in enumerate(zip(shorter, longer)) if x != y), len(shorter))
    return shorter[i:] == longer[i + 1:]


def shared_surname_owner(options: list[Cluster], position: int) -> Cluster:
    """'Greenspan' among Dorie and Michael Greenspan: the one whose full name came just before (of
    several, the last that was the subject of its clause: :func:`acts`), else the article's main
    one (most mentions, then first introduced) among those whose full name is written out (not
    only implied, as Raymond's is in 'Raymond and Ellen Friesen'). Writers call the other one by
    the given name ('says Michael')."""
    def written_out(cluster: Cluster, test=lambda member: True) -> bool:
        return any(len(m.tokens) > 1 and m.implied is None and test(m) for m in cluster.members)

    def recent(member: Named) -> bool:
        return 0 <= position - member.start <= RECENT_FULL_NAME_CHARS
    recently = [c for c in options if written_out(c, recent)]
    subjects = [c for c in recently if written_out(c, lambda m: recent(m) and m.span is not None and acts(m.span.root))]
    if recently:  # a subject before an object: 'Raul Castro, brother of President Fidel Castro, ...'
        return most_recent(subjects or recently, position)
    written = [c for c in options if written_out(c)]
    return max(written or options, key=lambda c: (len(c.members), -c.starts[0]))


def acts(token) -> bool:
    """The name is the subject of its clause, or of a relative clause on it ('Jaylen Redsky, who
    thanked his grandmother')."""
    return is_subject(token) or any(c.dep_ == "relcl" and any(r.dep_ == "nsubj" and r.lower_ == "who"
                                                              for r in c.children) for c in token.children)


def recovered_mentions(doc: Doc, text: str, named: list[Named], others: Iterable[Candidate],
                       english_words: frozenset = frozenset()) -> list[Named]:
    """Mentions NER missed ('Xi' in 'Xi’s 69th birthday') of names already found, outside other
    spans, and of the surnames of full names when no English word ('Desrosiers said' after 'Liam
    Desrosiers', the tagger having read a plural noun)."""
    forms = {text[n.start:n.end] for n in named if n.end - n.start >= 2}
    if english_words:
        surnames = {text[n.start:n.end].split()[-1] for n in named if len(n.tokens) > 1}
        forms |= {word for word in surnames if len(word) > 2 and word[:1].isupper() and word[1:].islower()
                  and not is_english_word(word, english_words)}
    return [Named(m.start, m.end, name_tokens(m.text), [], doc.char_span(m.start, m.end))
            for m in written_again(doc_text(doc), forms, others, r"[\w'’-]", r"[\w-]")]


def to_entity(entity_id: str, cluster: Cluster, text: str) -> Entity:
    members = sorted(cluster.members, key=lambda n: n.start)
    titles = []
    for n in members:
        for t in n.titles:
            if t not in titles:
                titles.append(t)
    mentions = [Mention.of(text, n.start, n.end) for n in members]
    return Entity(id=entity_id, name=fullest_common_name(members, text), mentions=mentions, titles=titles)


def fullest_common_name(members: list[Named], text: str) -> str:
    """The name written most often among the longest-known forms: 'Kevin Vickers' twice beats a
    one-off 'Press Kevin Vickers' that NER glued onto a photo credit. A form that only adds a first
    name to it beats it, though: 'Bill de Blasio' once over 'De Blasio' twice. Written as the
    article writes it in ordinary case where it does."""
    forms = Counter(tuple(n.tokens) for n in members)
    multi = [form for form in forms if len(form) > 1] or list(forms)
    best = max(multi, key=lambda form: (forms[form], len(form)))
    fuller = [form for form in multi if len(form) > len(best) and form[-len(best):] == best
              and is_first_name(form[0])]
    best = max(fuller, key=lambda form: (forms[form], len(form))) if fuller else best
    written = [n.implied or text[n.start:n.end] for n in members if tuple(n.tokens) == best]
    name = next((w for w in written if not w.isupper()), written[0])
    return name.title() if name.isupper() else name  # only ever shouted: 'GRAHAM DELAET'
