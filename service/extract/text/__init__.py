"""The one spaCy pass, and what every concern reads from it.

In: an article's text. Out: one parsed ``Doc`` per article (``load_nlp`` once, then ``parse`` over
``parse_text`` of each article: metadata blanked, same length), and shared readings of a Doc or its
text: the doc's text and token scans over spaCy's arrays (``doc_arrays``), where the headline is
(``layout``), where the text credits its makers (``credits``: sign-offs, bylines, photo credits),
passages in quotation marks (``quote_marks``), ordinary English words
(``english_words``), word lists kept as data files (``lexicon``), and which language the text is
in (``language``). Imports nothing from the other packages of the library.
"""
from .credits import caption_lines, credit_regions, credited_authors, outside_regions
from .doc_arrays import (
           doc_text,
           has_word_character,
           is_subject,
           text_keys_flagged,
           tokens_flagged,
           tokens_with,
)
from .english_words import english_words, is_english_word
from .language import detect_language, load_detector
from .layout import dateline_at, dateline_spans, datelines, headline_span
from .lexicon import (
           FEMALE_PRONOUNS,
           MALE_PRONOUNS,
           SPEECH_VERBS,
           is_person_noun,
           word_set,
           word_table,
)
from .pipeline import (
           DEFAULT_MODEL,
           bounded_batches,
           load_nlp,
           long_run_breaks,
           mask,
           parse,
           parse_text,
)
from .quote_marks import (
           QuotedPassage,
           find_quoted_passages,
           paragraph_spans,
           quoted_titles,
)

__all__ = [
    "bounded_batches", "caption_lines", "credit_regions", "credited_authors", "DEFAULT_MODEL",
    "detect_language", "doc_text", "english_words", "find_quoted_passages", "quoted_titles",
    "has_word_character", "dateline_at", "datelines", "dateline_spans", "FEMALE_PRONOUNS", "headline_span", "is_english_word",
    "load_detector", "load_nlp", "long_run_breaks", "MALE_PRONOUNS", "mask", "outside_regions",
    "paragraph_spans", "is_person_noun", "is_subject", "parse", "parse_text", "QuotedPassage",
    "SPEECH_VERBS", "text_keys_flagged", "tokens_flagged", "tokens_with", "word_set", "word_table"
]
