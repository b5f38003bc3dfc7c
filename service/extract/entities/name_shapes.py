"""Whether a run of capitalised words is shaped like a person's name by its own letters: a Chinese
family name before a given name written in pinyin ('Xi Jinping'), or a clearly gendered first name
before a surname that is no English word ('Graham DeLaet')."""
from __future__ import annotations

from functools import lru_cache

from ..text import is_english_word
from .given_names import given_name_gender
from .lexicon import CHINESE_FAMILY_NAMES, ORG_HEADS, PINYIN_SYLLABLES, PLACE_HEADS

MAX_GIVEN_SYLLABLES = 3  # 'Jinping' is two, 'Keqiang' two; pinyin given names run to three at most


@lru_cache(maxsize=4096)
def pinyin_syllable_count(word: str) -> int:
    """How few pinyin syllables spell ``word`` (lowercase, hyphens allowed between syllables);
    0 when none do."""
    word = word.replace("-", "")
    best = [0] + [99] * len(word)  # best[i]: fewest syllables spelling word[:i]
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - 6), end):
            if best[start] < 99 and word[start:end] in PINYIN_SYLLABLES:
                best[end] = min(best[end], best[start] + 1)
    return best[-1] if best[-1] < 99 else 0


def is_chinese_name(words: list[str], english_words: frozenset) -> bool:
    """'Xi Jinping', 'Wang Yi': a common family name, then one given name of one to three pinyin
    syllables that is no English word."""
    if len(words) != 2:
        return False
    family, given = words[0].lower(), words[1].lower()
    return (family in CHINESE_FAMILY_NAMES and given not in CHINESE_FAMILY_NAMES
            and 0 < pinyin_syllable_count(given) <= MAX_GIVEN_SYLLABLES
            and not is_english_word(given, english_words))


def is_personal_name_shape(words: list[str], english_words: frozenset) -> bool:
    """Two capitalised words shaped like a person's name: a Chinese name, or a clearly gendered
    first name before a word that is no English word, organization word or place word ('Ave')."""
    if not english_words or len(words) != 2 or not all(
            w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
        return False
    if is_chinese_name(words, english_words):
        return True
    surname = words[1].lower()
    return (given_name_gender(" ".join(words)) is not None and surname not in ORG_HEADS | PLACE_HEADS
            and not is_english_word(surname, english_words))
