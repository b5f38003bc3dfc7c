"""The article's date and every date expression in it, normalised TIMEX3-style.

In: the article's text (and, for expressions, the parsed Doc). Out: the article's own date with
where it came from (``find_article_date``: request, header line, dateline or text), the metadata
regions the parse should not see (``metadata_regions``), and ``DateExpression`` results
(``find_dates``): spans from NER and rules (``expressions``) valued against the article's date by
pure rules (``timex``, ``arithmetic``, ``holidays``) over the words in ``lexicon`` and ``data/``.
Reads ``text`` only.
"""
from .article_date import find_article_date, metadata_regions
from .expressions import find_dates

__all__ = ["find_article_date", "find_dates", "metadata_regions"]
