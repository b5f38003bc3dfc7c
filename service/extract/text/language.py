"""Which language an article is in: py3langid's naive Bayes model (shipped inside its wheel, 140
languages, deterministic) read over the text's running words, and the rule that presumes English
unless the detector is confident of another language.

Names do not tell the language of the text around them ("Jürgen Klopp met Kylian Mbappé in
Dortmund"), so words that begin with a capital letter (and numbers) are left out before the
detector reads the text; in languages that capitalise nouns enough lowercase words remain. An
all-capitals text is read in lowercase. The calibrated probabilities of py3langid are low for short
or name-only texts, and there the service presumes English: a text is taken to be in another
language only when the detector gives that language at least ``MIN_CONFIDENCE`` and English less
than ``MAX_ENGLISH``. benchmarks/language.py measures the rule on tests/data/language.
"""
from __future__ import annotations

import functools
import re

from ..model import ArticleLanguage

ENGLISH = "en"
MIN_CONFIDENCE = 0.6  # no English sample above 0.46; short foreign sentences mostly above 0.8
MAX_ENGLISH = 0.01    # foreign samples give English under 0.001
NO_LANGUAGE = frozenset({"zxx"})  # the model's label for text with no linguistic content
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


@functools.lru_cache(maxsize=1)
def _identifier():
    """The model, loaded once per process (about half a second and 70 MB)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def load_detector() -> None:
    """Load the model now rather than on the first article."""
    _identifier()


def running_words(text: str) -> str:
    """The text's words that do not begin with a capital letter, space-separated (caseless
    scripts keep every word). An all-capitals text is lowercased first."""
    if text.isupper():
        text = text.lower()
    return " ".join(word for word in _WORD.findall(text) if not word[0].isupper())


def detect_language(text: str) -> ArticleLanguage:
    """The article's language: another language than English only when the detector is confident
    of it (see the module's docstring), else English; with the detector's probability of it."""
    ranked = _identifier().rank(running_words(text))  # (code, probability), most likely first
    best, confidence = ranked[0]
    english = dict(ranked).get(ENGLISH, 0.0)
    if best != ENGLISH and best not in NO_LANGUAGE and confidence >= MIN_CONFIDENCE and english < MAX_ENGLISH:
        return ArticleLanguage(best, round(confidence, 4))
    return ArticleLanguage(ENGLISH, round(english, 4))
