"""Word lists kept as data: read the ``data/*.txt`` files of a package, once per file; and the
lists every concern reads: the verbs that report speech, the nouns that name a person and the
gendered pronouns.

A file holds one entry per line: a word or phrase (``word_set``), or a word, a tab and a value
(``word_table``). Lines starting with ``#`` are comments; the first says where the words come
from. Blank lines are skipped. The files ship inside the package (``package_data``).
"""
from __future__ import annotations

import functools
from importlib import resources


@functools.lru_cache(maxsize=None)
def _entries(package: str, name: str) -> tuple[str, ...]:
    text = (resources.files(package) / "data" / f"{name}.txt").read_text(encoding="utf-8")
    return tuple(line for line in text.splitlines() if line.strip() and not line.startswith("#"))


def word_set(package: str, name: str) -> frozenset[str]:
    """The words of ``package``'s ``data/<name>.txt``."""
    return frozenset(_entries(package, name))


def word_table(package: str, name: str) -> dict[str, str]:
    """``package``'s ``data/<name>.txt`` as {word: value}, in file order."""
    return dict(line.split("\t", 1) for line in _entries(package, name))


# Lemmas of the verbs that report speech: frames (quotes) cue on them; entities read a name as a
# person when it is their subject.
SPEECH_VERBS = word_set(__package__, "speech_verbs")

MALE_PRONOUNS = frozenset("he him his himself".split())
FEMALE_PRONOUNS = frozenset("she her hers herself".split())
PERSON_NOUNS = word_set(__package__, "person_nouns")
PERSON_NOUN_ENDINGS = tuple(word_set(__package__, "person_noun_endings"))


def is_person_noun(lemma: str) -> bool:
    """Whether a common noun names a person: 'labourer', 'proprietor', 'goalkeeper', 'veteran' (not
    'move', 'city'). Agent-noun endings let a few things through ('paper'); callers screen those out."""
    lemma = lemma.lower()
    return lemma in PERSON_NOUNS or len(lemma) > 4 and lemma.endswith(PERSON_NOUN_ENDINGS)
