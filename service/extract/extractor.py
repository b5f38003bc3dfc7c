"""The library's one public face: ``Extractor(model_name).extract(text, date)`` runs every concern
on one spaCy pass over the article and returns an :class:`Extraction` of plain result types.

A web page becomes an article first (``Article.from_html``: ``page`` takes its main text, with
the headline as the first line, and its metadata). The flow of one article: ``dates`` finds the
metadata to blank (header lines), ``text`` parses the blanked text once; then ``entities`` (people, organizations, locations), ``quotes`` (with speakers
resolved to those entities), salience (which needs the quote counts) and ``dates`` (the article's
date, then every date expression valued against it) read that one Doc. The article's language
comes from the text alone (``text.detect_language``), unless the caller already detected it.
"""
from __future__ import annotations

import datetime as dt
from typing import Iterable, Iterator, NamedTuple, Optional, Union

from spacy.language import Language
from spacy.tokens import Doc

from .dates import find_article_date, find_dates, metadata_regions
from .entities import find_entities, known_towns, rank_entities
from .model import ArticleLanguage, Author, Extraction, ModelInfo, Page
from .page import read_page
from .quotes import find_quotes
from .text import (
    DEFAULT_MODEL,
    credited_authors,
    detect_language,
    doc_text,
    english_words,
    load_detector,
    load_nlp,
    long_run_breaks,
    parse,
    parse_text,
)


class Article(NamedTuple):
    """One article to extract from: its text, optional publication date and optional id; for a
    web page, also what the page states about itself (``page``); and its language when the caller
    has detected it already (else the extractor does)."""

    text: str
    date: Optional[dt.date] = None
    id: Optional[str] = None
    page: Optional[Page] = None
    language: Optional[ArticleLanguage] = None

    @classmethod
    def from_html(cls, html: str, date: Optional[dt.date] = None, id: Optional[str] = None) -> "Article":
        """The article of a web page (page.NoArticleText when it has none). Its extraction carries
        the extracted ``text`` that every offset indexes, and the ``page`` metadata."""
        text, page = read_page(html)
        return cls(text, date, id, page)


class Extractor:
    """Holds a loaded spaCy pipeline and turns article texts into :class:`Extraction` results."""

    def __init__(self, model_name: str = DEFAULT_MODEL, nlp: Optional[Language] = None):
        self.nlp = nlp if nlp is not None else load_nlp(model_name)
        meta = self.nlp.meta
        self.model = ModelInfo(name=f"{meta.get('lang', 'xx')}_{meta.get('name', model_name)}",
                               version=str(meta.get("version", "")))
        self.english_words = english_words(self.nlp)
        known_towns()  # read the place and town names now (with the known places), not on the first article
        load_detector()  # and the language model

    def extract(self, text: str, date: Optional[dt.date] = None, id: Optional[str] = None,
                page: Optional[Page] = None, language: Optional[ArticleLanguage] = None) -> Extraction:
        """One article; ``page`` for a web page's article (see ``Article.from_html``)."""
        return next(self.extract_many([Article(text, date, id, page, language)]))

    def extract_many(self, articles: Iterable[Article], batch_size: int = 32,
                     return_errors: bool = False) -> Iterator[Union[Extraction, Exception]]:
        """Extract from many articles in order, parsing them in batches with ``nlp.pipe``.

        spaCy's per-document memory (new strings, lexemes) is released when the iteration ends
        (``nlp.memory_zone``), so a long-running worker stays flat; results hold no spaCy objects.
        With ``return_errors``, an article whose extraction fails yields its exception in its
        place instead of ending the iteration.
        """
        prepared = ((a, metadata_regions(a.text) + long_run_breaks(a.text)) for a in articles)
        as_tuples = ((parse_text(a.text, regions), a) for a, regions in prepared)
        with self.nlp.memory_zone():
            for doc, article in parse(self.nlp, as_tuples, batch_size):
                try:
                    if isinstance(doc, Exception):
                        raise doc
                    result: Union[Extraction, Exception] = self._extract_from_doc(doc, article)
                except Exception as exc:  # noqa: BLE001 - handed to the caller, who asked for it
                    if not return_errors:
                        raise
                    result = exc
                yield result

    def _extract_from_doc(self, doc: Doc, article: Article) -> Extraction:
        text, page = article.text, article.page
        own_date = find_article_date(text, article.date, page_date=page.date if page else None)
        anchor = dt.date.fromisoformat(own_date.value[:10]) if own_date else None
        found = find_entities(doc, text, self.english_words)
        found_quotes = find_quotes(doc, text, found)
        rank_entities(found, doc_text(doc))  # after quotes; metadata blanked, same offsets
        return Extraction(
            id=article.id,
            date=own_date,
            dates=find_dates(doc, text, anchor),
            participants=found.participants,
            organizations=found.organizations,
            locations=found.locations,
            quotes=found_quotes,
            model=self.model,
            authors=with_page_authors([Author(*credit) for credit in credited_authors(text)], page),
            text=text if page else None,
            page=page,
            language=article.language or detect_language(text),
        )


def with_page_authors(credited: list[Author], page: Optional[Page]) -> list[Author]:
    """The text's credits, then the page's authors that no credit names (role 'page', no offsets)."""
    named = {author.name.casefold() for author in credited}
    extra = [Author(name, "page") for name in (page.authors if page else ()) if name.casefold() not in named]
    return credited + extra
