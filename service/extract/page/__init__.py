"""Web pages in, article text and page metadata out: the step before the parse for HTML input.

In: a page as text (``decode_page`` turns a page's bytes into it, as a browser would). Out:
``read_page`` gives the article's text (the page's headline as its first line, then one paragraph
a line, a blank line between) and a ``Page`` (model) of what the page states: title, authors,
site name, canonical URL and publication date. The main text comes from trafilatura
(``main_text``), the date, URL and site name from the markup (``metadata``). A page without
article text raises ``NoArticleText``. Nothing is fetched: a URL on the page is only read. Reads
no other package of the library (only ``model``).
"""
from __future__ import annotations

from typing import NamedTuple

from ..model import Page
from .encoding import UnknownCharset, decode_page
from .main_text import main_text, parse_html
from .metadata import canonical_url, json_ld, published_date, site_name

__all__ = ["NoArticleText", "PageText", "UnknownCharset", "decode_page", "read_page"]


class NoArticleText(ValueError):
    """The page has no article text to extract (empty, all script, all navigation ...)."""

    def __init__(self, detail: str = "No article text could be extracted from the page."):
        super().__init__(detail)


class PageText(NamedTuple):
    text: str
    page: Page


def read_page(html: str) -> PageText:
    """The page's article text (headline first) and its metadata; NoArticleText when it has none."""
    tree = parse_html(html)
    if tree is None:
        raise NoArticleText()
    linked = json_ld(tree)
    found = main_text(tree)
    if not found.paragraphs:
        raise NoArticleText()
    paragraphs = found.paragraphs
    if found.title:
        if paragraphs[0].casefold() == found.title.casefold():  # the page's <h1> was kept as text
            paragraphs = paragraphs[1:]
        if not paragraphs:  # a headline and nothing under it
            raise NoArticleText()
        paragraphs = [found.title, *paragraphs]
    page = Page(title=found.title, authors=found.authors, site_name=site_name(tree, linked),
                url=canonical_url(tree, linked), date=published_date(tree, linked))
    return PageText("\n\n".join(paragraphs), page)
