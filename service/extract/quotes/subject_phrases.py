"""The words of a speaker's subject phrase: its name or description as written ("Chinese President
Xi Jinping", "a person familiar with the talks"), without deciding who it refers to (speakers.py)."""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..text import has_word_character

DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our"}
PHRASE_DEPS = {"compound", "amod", "det", "poss", "flat", "nmod", "case", "nummod", "quantmod", "advmod"}
# a description's words stop before these: "the person [who spoke ...]", "Rowland[, co-owner ...]"
DESCRIPTION_STOP_DEPS = {"relcl", "appos", "advcl", "parataxis", "punct"}
MAX_DESCRIPTION_TOKENS = 12


def subject_phrase(head: Token) -> Span:
    """The subject's words up to its head ("Chinese President Xi Jinping", "a spokeswoman")."""
    doc = head.doc
    start = head.i
    while start > 0 and head.left_edge.i <= start - 1 and (
            not doc[start - 1].whitespace_  # one hyphenated word: 'the 32-year-old labourer'
            or doc[start - 1].dep_ in PHRASE_DEPS and not doc[start - 1].is_punct
            and has_word_character(doc[start - 1])):
        start -= 1
    if start == head.left_edge.i and is_stray_adjective_subject(head):
        start -= 1  # the article the parser hung on the verb: 'the 52-year-old'
    end = head.i + 1
    while end < len(doc) and doc[end].dep_ in ("compound", "flat") and doc[end].head.i == head.i:
        end += 1
    return doc[start:end]


def is_stray_adjective_subject(token: Token) -> bool:
    """An adjective standing for a person before a verb, which the parser hangs on the verb along
    with its article: '"...," the 52-year-old said', 'the youngest added'."""
    verb, first = token.head, token.left_edge.i
    if token.dep_ != "amod" or token.pos_ != "ADJ" or verb.pos_ not in ("VERB", "AUX") \
            or not token.i < verb.i or first == 0:
        return False
    article = token.doc[first - 1]
    return article.dep_ == "det" and article.head.i == verb.i


def whole_description(head: Token, phrase: Span) -> Span:
    """The whole noun phrase of an unnamed speaker: "a person familiar with the talks",
    "Tore Sohlberg and Lehla Abreder"; it stops at a comma or a relative clause."""
    doc, end = head.doc, head.i + 1
    for child in head.rights:
        if child.dep_ in DESCRIPTION_STOP_DEPS or is_name(head) and child.dep_ not in ("cc", "conj"):
            break
        end = child.right_edge.i + 1
    start = min(phrase.start, head.left_edge.i)
    comma = next((t.i for t in doc[head.i + 1:end] if t.is_punct and t.text not in "-–&'’"
                  or t.lower_ == "but"), None)
    end = comma if comma is not None else end
    if end - start > MAX_DESCRIPTION_TOKENS:
        return phrase
    return doc[start:end]


def name_of(span: Span) -> str:
    """The words of a description without a leading determiner, as written."""
    first = span.start
    while first < span.end - 1 and span.doc[first].lower_ in DETERMINERS:
        first += 1
    return span.doc[first:span.end].text


def is_name(token: Token) -> bool:
    """A capitalised proper noun."""
    return token.pos_ == "PROPN" and not token.is_lower


def is_common_noun(token: Token) -> bool:
    """A noun, including the lowercase ones the tagger calls proper ("the minister")."""
    return token.pos_ == "NOUN" or token.pos_ == "PROPN" and token.is_lower
