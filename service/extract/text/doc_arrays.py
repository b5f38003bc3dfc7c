"""Whole-document reads without a Token object per token: the doc's text built once per doc, and
token scans over spaCy's attribute arrays (plus two token tests the entity and quote rules share)."""
from __future__ import annotations

import weakref
from typing import Iterable

import numpy
from spacy.tokens import Doc, Token

_DOC_TEXTS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def doc_text(doc: Doc) -> str:
    """``doc.text`` (for a parsed article: the text with metadata blanked), built once for all the
    steps of one article: Doc.text joins every token anew on each call. Kept while the Doc lives
    (its text never changes), keyed by the Doc object itself."""
    text = _DOC_TEXTS.get(doc)
    if text is None:
        text = _DOC_TEXTS[doc] = doc.text
    return text


# Whole-document scans: ``[t for t in doc if t.lower_ in words]`` makes a Token object for every
# token; these compare a column of ``doc.to_array`` and make Tokens only for the tokens found.

def tokens_with(doc: Doc, attr: str, values: Iterable[str]) -> list[Token]:
    """The doc's tokens, in order, whose string attribute ``attr`` is one of ``values``: "LOWER"
    (``token.lower_``, the text lowercased), "POS", "DEP"... (``t.<attr>_ in values``)."""
    keys = numpy.array([doc.vocab.strings[value] for value in values], dtype=numpy.uint64)
    return _tokens_at(doc, numpy.isin(doc.to_array(attr), keys))


def tokens_flagged(doc: Doc, flag: str) -> list[Token]:
    """The doc's tokens, in order, whose boolean lexical attribute ``flag`` ("IS_UPPER",
    "IS_LOWER"...) is set."""
    return _tokens_at(doc, doc.to_array(flag) == 1)


def _tokens_at(doc: Doc, selected) -> list[Token]:
    """The doc's tokens at the True positions of a boolean array over them."""
    return [doc[i] for i in numpy.flatnonzero(selected).tolist()] if len(doc) else []


def text_keys_flagged(doc: Doc, flag: str) -> set[int]:
    """The string-store keys of the texts of the doc's tokens whose boolean lexical attribute
    ``flag`` is set: ``{t.orth for t in doc if t.is_lower}`` is ``text_keys_flagged(doc, "IS_LOWER")``,
    and ``token.lower in`` it tells whether the doc has a lowercase token written like ``token.lower_``."""
    if len(doc) == 0:
        return set()
    columns = doc.to_array(["ORTH", flag])
    return set(columns[columns[:, 1] == 1, 0].tolist())



def has_word_character(token: Token) -> bool:
    """Whether a token has a letter or digit: emoji and symbols, which the tagger may call PROPN,
    never belong to a name or a title."""
    return any(ch.isalnum() for ch in token.text)


def is_subject(token: Token) -> bool:
    """A subject, one of coordinated subjects ('Abara and Brandt toured ...') or the name in
    apposition to one ('Her mother, Ana Ruiz, stood ...')."""
    while token.dep_ in ("conj", "appos") and token.head.i != token.i:
        token = token.head
    return token.dep_ in ("nsubj", "nsubjpass")
