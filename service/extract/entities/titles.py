"""A person's titles and roles read from the parse: the words before the name ('Chinese President'
in 'Chinese President Xi Jinping') and the noun phrase in apposition to it ('his Russian
counterpart, Vladimir Putin'), trimmed to a plausible title."""
from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Span, Token

from ..text import has_word_character, word_set, word_table
from .name_strings import HEAD_PREPOSITIONS, normalize

# Words of a title or honorific that may precede a name inside the NER span ("President Xi").
TITLE_WORDS = word_set(__package__, "title_words") | word_set(__package__, "demonym_nouns")
TITLE_ABBREVIATIONS = word_table(__package__, "title_abbreviations")
MAX_TITLE_TOKENS = 10
AGE_WORDS = re.compile(r"(?:year|month|week)s?-old")
TITLE_DEPS = {"compound", "amod", "nmod", "nn", "npadvmod", "flat"}
TITLE_JOINERS = frozenset({"and", "&", "/"})


def is_title_word(word: str) -> bool:
    return normalize(word) in TITLE_WORDS or word.rstrip(".").lower() in TITLE_WORDS


def title_words(title: str) -> list[str]:
    """A title's words in lowercase, hyphenated words split and short forms spelt out:
    'Dr.' -> ['doctor'], 'CEO' -> ['chief', 'executive'], 'President-elect' ->
    ['president', 'elect']."""
    words = title.lower().replace("-", " ").split()
    return [spelt for w in words for spelt in TITLE_ABBREVIATIONS.get(w.rstrip("."), w).split()]


def title_heads(title: str) -> list[str]:
    """The nouns a title says the person is: the last word of each joined part before any
    preposition. 'president and CEO of Acme' -> ['president', 'executive']; 'organizer with the
    tenant union' -> ['organizer'] (not a tenant); "Kestrel Point's president" -> ['president']."""
    parts, part = [], []
    for word in title_words(title):
        bare = word.strip(",;:()")
        if bare in HEAD_PREPOSITIONS:
            break
        if bare and bare not in TITLE_JOINERS:
            part.append(bare)
        if word.endswith(",") or bare in TITLE_JOINERS:  # 'president, chief executive', 'president and CEO'
            parts.append(part)
            part = []
    return [part[-1] for part in parts + [part] if part]


def premodifier_title(span: Span) -> Optional[str]:
    """'Chinese President' in 'Chinese President Xi Jinping': modifiers left of the name."""
    doc, i = span.doc, span.start - 1
    inside = set(range(span.start, span.end))
    while i >= 0 and not doc[i + 1].is_sent_start:  # same sentence
        if is_premodifier(doc[i], inside):
            inside.add(i)
            i -= 1
        elif i > 0 and is_joining_hyphen(doc, i) and i + 1 in inside:  # 'President-elect', 'co-founder'
            inside.update((i - 1, i))
            i -= 2
        else:
            break
    first = i + 1
    while first < span.start and (not is_title_start(doc[first]) or doc[first].text in "-–"):
        first += 1  # not 'then' of 'then-prime minister', nor the hyphen after it
    if AGE_WORDS.fullmatch(doc[first:span.start].text):
        return None  # 'the 31-year-old Jones': an age, not a title
    return title_text(doc[first:span.start])


def is_joining_hyphen(doc, i: int) -> bool:
    """Token ``i`` is a hyphen glued between a word and the next token ('co-founder'; not '31-year')."""
    return doc[i].text in "-–" and not doc[i].whitespace_ and not doc[i - 1].whitespace_ and doc[i - 1].is_alpha


def is_premodifier(token: Token, inside: set) -> bool:
    return (token.head.i in inside and token.dep_ in TITLE_DEPS and token.ent_type_ != "PERSON"
            and token.pos_ in {"PROPN", "NOUN", "ADJ"} and not token.is_punct and has_word_character(token))


def is_title_start(token: Token) -> bool:
    """A title starts at a title word, a capitalised word or an adjective, not at 'former' or at an
    adverb ('Even Veterans Affairs deputy minister')."""
    return token.pos_ not in {"DET", "ADV"} and token.lower_ not in {"former", "late"}


def apposition_title(span: Span) -> Optional[str]:
    """'Russian counterpart' in 'his Russian counterpart, Vladimir Putin' or the reverse order."""
    root = span.root
    if root.dep_ == "appos" and root.head.i < span.start and root.head.pos_ == "NOUN":
        head = root.head
        tokens = [t for t in head.subtree if t.i < span.start]
        while tokens and tokens[-1].is_punct:
            tokens.pop()
        cut = max((k for k, t in enumerate(tokens) if t.is_punct and t.text != "-"), default=-1)
        return title_text(trim_title(tokens[cut + 1:], head))
    for child in root.rights:
        if child.dep_ == "appos" and child.i >= span.end and child.pos_ == "NOUN" or (
                child.dep_ == "appos" and child.i >= span.end and child.pos_ == "PROPN"
                and child.ent_type_ not in {"PERSON", "GPE", "LOC", "NORP", "DATE"}
                and any(is_title_word(t.text) for t in child.subtree)):
            return title_text(trim_title(list(child.subtree), child))
    return None


def trim_title(tokens: list[Token], head: Token) -> list[Token]:
    """Title words around ``head``: no determiner, possessive or clause, stop at the first comma."""
    kept = []
    for t in sorted(tokens, key=lambda t: t.i):
        if t.i > head.i and (t.is_punct and t.text not in {"-", "&"}
                             or t.dep_ in {"relcl", "acl", "advcl", "conj", "cc"}):
            break
        kept.append(t)
    while kept and (kept[0].pos_ in {"DET", "PRON", "PUNCT", "ADP"} or kept[0].dep_ in {"poss", "case"}
                    or is_leading_adverb(kept)  # 'now the Senate majority leader'
                    or kept[0].lower_ in {"former", "late"}):
        kept.pop(0)
    return kept


def is_leading_adverb(tokens: list[Token]) -> bool:
    """'now' or 'frankly' before a title; not 'then-' and not one grading an adjective ('most
    important ally')."""
    first = tokens[0]
    return (first.pos_ == "ADV" and first.lower_ != "then"
            and not (len(tokens) > 1 and tokens[1].pos_ == "ADJ"))


def title_text(tokens) -> Optional[str]:
    """The text of a title if it is a plausible one: a few words containing a noun, headed by no
    plural ('two Canadian citizens' describes a group, not the person)."""
    tokens = list(tokens)
    if not tokens or len(tokens) > MAX_TITLE_TOKENS:
        return None
    inside = {t.i for t in tokens}
    if any(t.head.i not in inside or t.head.i == t.i for t in tokens if t.tag_ in {"NNS", "NNPS"}):
        return None
    if not any(t.pos_ in {"NOUN", "PROPN"} for t in tokens) or any(
            t.like_num and not is_hyphenated(t) or t.pos_ in {"VERB", "AUX", "PRON"}
            or t.is_punct and t.text != "-" for t in tokens):
        return None
    return tokens[0].doc[tokens[0].i:tokens[-1].i + 1].text


def is_hyphenated(token: Token) -> bool:
    """A word glued to a hyphen after it: the number in '17-year-old daughter'."""
    return not token.whitespace_ and token.i + 1 < len(token.doc) and token.nbor(1).text == "-"
