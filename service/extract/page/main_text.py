"""A page's article text: trafilatura's main-text extraction on the parsed page (no comments,
tables, images, links, navigation, footers or <noscript> fallbacks), one paragraph a line, with the title and authors
trafilatura reads from the page. Only ever given the parsed HTML: nothing is fetched."""
from __future__ import annotations

import logging
import re
from typing import NamedTuple, Optional

import trafilatura
from lxml import etree
from lxml.html import HtmlElement, document_fromstring

XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>", re.I)  # lxml refuses a str that declares an encoding
# Never the article: 'please enable JavaScript' notices and tracking pixels, navigation, page
# footers. trafilatura leaves them out of a page with an article, but falls back to them on a
# page without one, which should have no text at all.
PRUNED = ["//noscript", "//nav", "//footer"]
AUTHOR_SEPARATOR = re.compile(r"\s*;\s*")
logging.getLogger("trafilatura").setLevel(logging.ERROR)  # 'discarding data' is a 422, not a warning


class MainText(NamedTuple):
    """The article's paragraphs and the title and authors trafilatura found."""

    paragraphs: list[str]
    title: Optional[str]
    authors: tuple[str, ...]


def parse_html(html: str) -> Optional[HtmlElement]:
    """The page as an lxml tree (malformed markup repaired as a browser would), or None when it
    holds no element at all."""
    html = XML_DECLARATION.sub("", html, count=1)
    if not html.strip():
        return None
    try:
        return document_fromstring(html)
    except (etree.ParserError, ValueError):
        return None


def one_line(text: Optional[str]) -> Optional[str]:
    """Whitespace runs (line breaks too) as single spaces; None for nothing."""
    text = " ".join((text or "").split())
    return text or None


def main_text(tree: HtmlElement) -> MainText:
    """The main text of the parsed page (trafilatura copies the tree; ``tree`` is left as it was)."""
    document = trafilatura.bare_extraction(
        tree, include_comments=False, include_tables=False, include_images=False, include_links=False,
        with_metadata=True, prune_xpath=PRUNED)
    if document is None:
        return MainText([], None, ())
    paragraphs = [line for line in (one_line(raw) for raw in (document.text or "").splitlines()) if line]
    authors = tuple(name for name in AUTHOR_SEPARATOR.split(document.author or "")
                    if name and "://" not in name)
    return MainText(paragraphs, one_line(document.title), authors)
