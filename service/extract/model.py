"""Result types of the extraction library: plain dataclasses, no spaCy and no Flask.

Every offset is a Python string index (a Unicode code point) into the submitted text, end
exclusive, so ``text[start:end] == mention.text`` always holds.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Optional


@dataclass(frozen=True)
class Mention:
    """A piece of the submitted text."""

    text: str
    start: int
    end: int

    @classmethod
    def of(cls, text: str, start: int, end: int) -> "Mention":
        return cls(text[start:end], start, end)


@dataclass
class ArticleDate:
    """The article's own date and where it came from (request, page, header, dateline or text)."""

    value: str
    source: str
    text: Optional[str] = None
    start: Optional[int] = None
    end: Optional[int] = None
    year_inferred: bool = False  # the date as written has no year ('BEIJING, June 15 (Reuters) -')


@dataclass
class DateExpression:
    """A temporal expression in the text, with its TIMEX3-style type and normalised value."""

    text: str
    start: int
    end: int
    type: str  # DATE, TIME, DURATION or SET
    value: Optional[str] = None
    mod: Optional[str] = None


@dataclass
class Entity:
    """One real person, organization or location, with every mention of it."""

    id: str
    name: str
    mentions: list[Mention] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    acronym: Optional[str] = None
    quote_count: int = 0
    salience: float = 0.0

    @property
    def mention_count(self) -> int:
        return len(self.mentions)


@dataclass
class Speaker:
    """Who said a quote: the resolved entity (name, id) and the surface mention in the text."""

    name: Optional[str]
    id: Optional[str] = None
    mention: Optional[Mention] = None


@dataclass
class Quote:
    """A direct, indirect or mixed quotation with its speaker and reporting verb."""

    text: str
    start: int
    end: int
    type: str  # direct, indirect or mixed
    speaker: Optional[Speaker] = None
    cue: Optional[Mention] = None


@dataclass(frozen=True)
class Author:
    """A journalist a byline or a sign-off credits, or a web page names as its author: not a
    participant for that alone. A page's author (role ``page``) has no offsets: the page states
    it outside the article text."""

    name: str
    role: str  # byline, reporting, writing, editing, additional-reporting, or page
    start: Optional[int] = None
    end: Optional[int] = None


@dataclass(frozen=True)
class Page:
    """What a web page states about itself beside its article text (HTML input only): its title
    (the headline), authors, site name, canonical URL and publication date (YYYY-MM-DD, which
    becomes the article's date with source ``page``). None or empty where the page is silent."""

    title: Optional[str] = None
    authors: tuple[str, ...] = ()
    site_name: Optional[str] = None
    url: Optional[str] = None
    date: Optional[str] = None


@dataclass(frozen=True)
class ArticleLanguage:
    """The language the article was taken to be in (ISO 639-1 code, or ISO 639-3 for a language
    without one) and the detector's probability of it, in [0, 1]."""

    code: str
    confidence: float

    @property
    def is_english(self) -> bool:
        return self.code == "en"


@dataclass(frozen=True)
class ModelInfo:
    name: str
    version: str


@dataclass
class Extraction:
    """Everything extracted from one article."""

    date: Optional[ArticleDate]
    dates: list[DateExpression]
    participants: list[Entity]
    organizations: list[Entity]
    locations: list[Entity]
    quotes: list[Quote]
    model: ModelInfo
    id: Optional[str] = None
    authors: list[Author] = field(default_factory=list)
    text: Optional[str] = None   # the article text taken from a web page (HTML input only)
    page: Optional[Page] = None  # that page's own metadata (HTML input only)
    language: Optional[ArticleLanguage] = None


@dataclass
class Entities:
    """The people, organizations and locations of one article, with lookup by text position."""

    participants: list[Entity] = field(default_factory=list)
    organizations: list[Entity] = field(default_factory=list)
    locations: list[Entity] = field(default_factory=list)
    _index: Optional[list] = field(default=None, init=False, repr=False, compare=False)
    _starts: list = field(default_factory=list, init=False, repr=False, compare=False)
    _longest: int = field(default=0, init=False, repr=False, compare=False)

    def all(self) -> list[Entity]:
        return [*self.participants, *self.organizations, *self.locations]

    def at(self, start: int, end: int) -> Optional[Entity]:
        """The entity with a mention overlapping text[start:end], preferring the longest overlap."""
        if self._index is None:  # built on first use: the entity lists are final by then
            self._index = sorted(((m.start, m.end, e) for e in self.all() for m in e.mentions),
                                 key=lambda row: row[0])
            self._starts = [row[0] for row in self._index]
            self._longest = max((row[1] - row[0] for row in self._index), default=0)
        low = bisect.bisect_left(self._starts, start - self._longest)
        high = bisect.bisect_left(self._starts, end)
        best, best_overlap = None, 0
        for m_start, m_end, entity in self._index[low:high]:
            overlap = min(end, m_end) - max(start, m_start)
            if overlap > best_overlap:
                best, best_overlap = entity, overlap
        return best
