"""Which words are ordinary English: the word lists of the loaded pipeline's own lemmatizer
(WordNet lemmas by part of speech), read once per pipeline. A pipeline without them gives none."""
from __future__ import annotations

from spacy.language import Language


def english_words(nlp: Language) -> frozenset:
    """Lowercase lemmas the pipeline's lemmatizer knows, or an empty set if it keeps no word lists."""
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    index = lookups.get_table("lemma_index")
    return frozenset(word for part_of_speech in index for word in index[part_of_speech])


def is_english_word(word: str, words: frozenset) -> bool:
    """The word, or the singular of a plural ('Hurricanes', 'Rockets'), is in ``words``."""
    lower = word.lower()
    return lower in words or (lower.endswith("s") and lower[:-1] in words) or (
        lower.endswith("es") and lower[:-2] in words)
