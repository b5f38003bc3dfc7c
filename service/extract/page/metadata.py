"""What a page states about itself, read from its markup: the publication date
(``article:published_time``, then JSON-LD ``datePublished``, then a ``<time datetime>`` outside
navigation, sidebars, footers and comments), the canonical URL (``<link rel=canonical>``, then
``og:url``, then JSON-LD) and the site name (``og:site_name``, then the JSON-LD publisher). Values
are only read, never followed."""
from __future__ import annotations

import datetime as dt
import json
import re
from typing import Iterator, Optional

from lxml.html import HtmlElement

ISO_DAY = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})(?![\d])")
ARTICLE_TYPES = re.compile(r"Article|BlogPosting|Report", re.I)  # NewsArticle, ReportageNewsArticle ...
OUTSIDE_ARTICLE = re.compile(r"comment|sidebar|related|footer|nav|menu|trending|popular|most-?read", re.I)
SKIPPED_TAGS = ("nav", "aside", "footer")


def iso_day(value: Optional[str]) -> Optional[str]:
    """YYYY-MM-DD of a value that starts with a real ISO date ('2024-05-14T18:05:00Z'), else None.
    The day is the one written, in the publisher's own time zone."""
    match = ISO_DAY.match(value or "")
    if not match:
        return None
    try:
        return dt.date(*(int(part) for part in match.groups())).isoformat()
    except ValueError:
        return None


def meta_content(tree: HtmlElement, *keys: str) -> Optional[str]:
    """The first non-empty content of <meta property|name|itemprop=key>, in the order of ``keys``."""
    for key in keys:
        for meta in tree.iter("meta"):
            if key in (meta.get("property"), meta.get("name"), meta.get("itemprop")):
                content = (meta.get("content") or "").strip()
                if content:
                    return content
    return None


def json_ld(tree: HtmlElement) -> list[dict]:
    """Every JSON-LD object of the page ('@graph' and lists unpacked); a block that is not valid
    JSON is skipped."""
    found: list[dict] = []
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "", strict=False)
        except (ValueError, RecursionError):
            continue
        found += list(objects(data))
    return found


def objects(data, depth: int = 0) -> Iterator[dict]:
    if depth > 4:
        return
    if isinstance(data, list):
        for item in data:
            yield from objects(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        yield from objects(data.get("@graph"), depth + 1)


def articles(linked: list[dict]) -> list[dict]:
    """The JSON-LD objects that describe an article (NewsArticle, Article, BlogPosting ...)."""
    def types(obj: dict) -> list:
        kind = obj.get("@type")
        return kind if isinstance(kind, list) else [kind]
    return [obj for obj in linked if any(isinstance(t, str) and ARTICLE_TYPES.search(t) for t in types(obj))]


def name_of(value) -> Optional[str]:
    """A JSON-LD value's name: the string itself, or the 'name' of an object."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name")
    return " ".join(value.split()) if isinstance(value, str) and value.strip() else None


def url_of(value) -> Optional[str]:
    """An absolute http(s) URL from a JSON-LD value (a string, or an object's '@id' or 'url')."""
    if isinstance(value, dict):
        value = value.get("@id") or value.get("url")
    return value.strip() if isinstance(value, str) and re.match(r"\s*https?://\S+\s*$", value) else None


def outside_article(element: HtmlElement) -> bool:
    """Whether the element sits in navigation, a sidebar, a footer or comments."""
    for ancestor in element.iterancestors():
        if ancestor.tag in SKIPPED_TAGS:
            return True
        if OUTSIDE_ARTICLE.search(f"{ancestor.get('class', '')} {ancestor.get('id', '')}"):
            return True
    return False


def published_date(tree: HtmlElement, linked: list[dict]) -> Optional[str]:
    """The page's publication date: article:published_time, JSON-LD datePublished, <time datetime>."""
    day = iso_day(meta_content(tree, "article:published_time", "datePublished"))
    for article in articles(linked) if day is None else ():
        day = iso_day(article.get("datePublished") if isinstance(article.get("datePublished"), str) else None)
        if day:
            break
    if day is None:
        times = [t for t in tree.iter("time") if t.get("datetime") and not outside_article(t)]
        marked = [t for t in times if t.get("pubdate") is not None or t.get("itemprop") == "datePublished"]
        day = next((d for d in (iso_day(t.get("datetime")) for t in marked + times) if d), None)
    return day


def canonical_url(tree: HtmlElement, linked: list[dict]) -> Optional[str]:
    """<link rel=canonical>, og:url, or the JSON-LD article's mainEntityOfPage or url."""
    for link in tree.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split():
            url = url_of(link.get("href"))
            if url:
                return url
    url = url_of(meta_content(tree, "og:url"))
    for article in articles(linked) if url is None else ():
        url = url_of(article.get("mainEntityOfPage")) or url_of(article.get("url"))
        if url:
            break
    return url


def site_name(tree: HtmlElement, linked: list[dict]) -> Optional[str]:
    """og:site_name, or the JSON-LD article's publisher."""
    name = name_of(meta_content(tree, "og:site_name"))
    for article in articles(linked) if name is None else ():
        name = name_of(article.get("publisher"))
        if name:
            break
    return name
