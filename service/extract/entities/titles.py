"""A person's titles and roles read from the parse: the words before the name ('Chinese President'
in 'Chinese President Xi Jinping'), the noun phrase in apposition to it ('his Russian
counterpart, Vladimir Putin') and the role a verb of appointment gives the person ('Halloran
was elected mayor'), trimmed to a plausible title."""
from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Span, Token

from ..text import has_word_character, is_person_noun, word_set, word_table
from .given_names import is_first_name
from .name_strings import normalize

# Words of a title or honorific that may precede a name inside the NER span ("President Xi").
TITLE_WORDS = word_set(__package__, "title_words") | word_set(__package__, "demonym_nouns")
TITLE_ABBREVIATIONS = word_table(__package__, "title_abbreviations")
# verbs that give their subject a role: 'was elected mayor', 'became president', 'served as coach'
ROLE_VERBS = frozenset({"become", "elect", "name", "appoint", "serve", "hire"})
CONDITIONS = frozenset({"if", "unless", "whether", "should"})
MAX_TITLE_TOKENS = 10
AGE_WORDS = re.compile(r"(?:year|month|week)s?-old")
TITLE_DEPS = {"compound", "amod", "nmod", "nn", "npadvmod", "flat"}


def is_title_word(word: str) -> bool:
    return normalize(word) in TITLE_WORDS or word.rstrip(".").lower() in TITLE_WORDS


def title_words(title: str) -> list[str]:
    """A title's words in lowercase, hyphenated words split and short forms spelt out:
    'Dr.' -> ['doctor'], 'President-elect' -> ['president', 'elect']."""
    words = title.lower().replace("-", " ").split()
    return [TITLE_ABBREVIATIONS.get(w.rstrip("."), w) for w in words]


def is_leading_role_noun(token: Token, english_words: frozenset) -> bool:
    """'Goalkeeper' in 'Goalkeeper Amy Tran': an English noun for a person, and no first name
    ('Heather', 'Taylor'), that NER took into a name."""
    return (token.is_title and token.lower_ in english_words and is_person_noun(token.lower_)
            and not is_first_name(token.text))


def predicate_title(span: Span) -> Optional[str]:
    """'mayor' in 'Halloran was elected mayor', 'chief executive' in 'Cole, who became chief
    executive', 'coach' in 'Lind was named coach': the role a verb of appointment gives the person,
    as a fact ('would become president', 'if elected president' are none). Only offices and nouns for people count; 'is'
    is left out, as it mostly carries opinions ('the superior candidate')."""
    root = span.root
    verbs = [root.head] if root.dep_ in ("nsubj", "nsubjpass") else []
    verbs += [c for c in root.children if c.dep_ == "relcl"
              and any(w.dep_ in ("nsubj", "nsubjpass") and w.tag_ == "WP" for w in c.children)]
    for verb in verbs:
        if verb.lemma_.lower() not in ROLE_VERBS or any(  # not 'would become', 'if elected', 'never named'
                c.dep_ == "neg" or c.dep_ == "aux" and c.tag_ == "MD" or c.dep_ == "mark" and c.lower_ in CONDITIONS
                for c in verb.children):
            continue
        roles = [c for c in verb.children if c.dep_ in ("attr", "oprd")]
        roles += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children
                  if o.dep_ == "pobj"]  # 'served as mayor'
        for role in roles:
            owned = any(c.dep_ == "poss" for c in role.children)
            if role.tag_ == "NN" and not owned and (is_title_word(role.text) or is_person_noun(role.lemma_)):
                return title_text(trim_title(list(role.subtree), role))
    return None


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
