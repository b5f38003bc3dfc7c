"""The extraction library: article text in, plain result objects out (no Flask in here).

``Extractor`` (``extractor.py``) is its one public face; ``model.py`` holds the result types. The
work is done by four packages around one spaCy pass, whose imports run one way
(tests/extract/test_layering.py): ``text`` (the parse and shared readings of it) ← ``entities`` ←
``quotes``; ``dates`` reads ``text`` only. A fifth, ``page``, turns a web page into article text and
page metadata before any of that (``Article.from_html``); it reads no other package.
"""

from .extractor import Article, Extractor
from .model import ArticleLanguage, Extraction
from .page import NoArticleText, UnknownCharset, decode_page
from .text import detect_language, load_nlp

__all__ = ["Article", "ArticleLanguage", "Extraction", "Extractor", "NoArticleText", "UnknownCharset",
           "decode_page", "detect_language", "load_nlp"]
